"""Time and peak memory versus input size on the worst paths, one fresh
``letterlint`` process per run (so each figure includes ~2-4 s of start-up:
Python, spaCy's load; the first row, a one-line letter, shows that constant).

    .venv/bin/python benchmarks/hostile.py [--sizes 1,2,4,8]

Each path is run at 1x, 2x, 4x and 8x its base size; a linear path's time
(less the start-up row) roughly doubles from one row to the next.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz import hostile  # noqa: E402

PATHS: dict[str, tuple[str, Callable[[int], bytes], int]] = {
    "punctuation run (! x n)": ("bang.txt", hostile.punctuation_run, 4000),
    "bullet lines": ("bullets.txt", hostile.bullets, 250),
    "quoted lines": ("quoted.txt", hostile.quoted_lines, 1000),
    "long sentence (words)": ("sentence.txt", hostile.long_sentence, 500),
    "big HTML (paragraphs)": ("big.html", hostile.big_html, 250),
    "deep HTML (levels)": ("deep.html", hostile.deep_html, 1000),
    "nested emphasis (levels)": ("emphasis.md", hostile.nested_emphasis, 1000),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="multiples of each base size")
    multiples = [int(item) for item in parser.parse_args().sizes.split(",")]
    print(f"{'path':28} {'size':>8} {'bytes':>9} {'seconds':>8} {'peak MB':>8} exit")
    with tempfile.TemporaryDirectory() as folder:
        start = Path(folder) / "one.txt"
        start.write_text(hostile.LETTER)
        outcome = hostile.run_measured(["--isolated", "--ignore", "LL5", start])
        print(f"{'start-up (one short letter)':28} {1:>8} {start.stat().st_size:>9} "
              f"{outcome.seconds:>8.2f} {outcome.peak_mb:>8.0f} {outcome.status}")
        for label, (name, build, base) in PATHS.items():
            for multiple in multiples:
                path = Path(folder) / name
                path.write_bytes(build(base * multiple))
                outcome = hostile.run_measured(["--isolated", "--ignore", "LL5", path])
                print(f"{label:28} {base * multiple:>8} {path.stat().st_size:>9} "
                      f"{outcome.seconds:>8.2f} {outcome.peak_mb:>8.0f} {outcome.status}",
                      flush=True)


if __name__ == "__main__":
    main()
