"""How fast letterlint is, without grammar (see benchmarks/grammar.py for that).

    .venv/bin/python benchmarks/speed.py [--rounds 3]

Prints: the CLI's wall time on one letter (a fresh process: Python start, spaCy
load, parse, checks, report), the library's per-letter time with a warm Linter over
every labelled letter (one batch, best of the rounds), and where that time goes
(parsing versus each check).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter  # noqa: E402
from letterlint.checks import BUILTIN_CHECKS  # noqa: E402
from letterlint.letter.parse import parse_letters  # noqa: E402
from letterlint.registry import Registry  # noqa: E402
from letterlint.sources.read import read_path  # noqa: E402

LETTERS = sorted([*(ROOT / "corpus" / "letters").glob("*.txt"),
                  *(ROOT / "corpus" / "heldout").glob("*/*.txt")])


def cli_once(letter: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "letterlint", "--ignore", "grammar", "--isolated", str(letter)],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    letter = ROOT / "corpus" / "letters" / "thanks-02-platform-engineer-email.txt"
    cold = [cli_once(letter) for _ in range(rounds)]
    print(f"CLI, one letter, fresh process: median {statistics.median(cold):.2f} s "
          f"(min {min(cold):.2f} s) over {rounds} runs")

    registry = Registry(check for check in BUILTIN_CHECKS if check.name != "grammar")
    sources = [read_path(path) for path in LETTERS]
    with Linter(registry=registry) as linter:
        linter.lint(sources[0])  # load spaCy and the checks' data once
        parse_times, check_times = [], {check.name: 0.0 for check in registry.checks}
        best = float("inf")
        for _ in range(rounds):
            started = time.perf_counter()
            letters = parse_letters(sources, linter.pipeline)
            parsed = time.perf_counter()
            for parsed_letter in letters:
                for check in registry.checks:
                    began = time.perf_counter()
                    linter.check(check).run(parsed_letter.with_kind("thank-you"), linter.config)
                    check_times[check.name] += time.perf_counter() - began
            elapsed = time.perf_counter() - started
            parse_times.append(parsed - started)
            best = min(best, elapsed)
            list(linter.lint_many(sources))
    count = len(sources)
    print(f"Library, warm Linter: {count} letters in {best:.2f} s, "
          f"{1000 * best / count:.1f} ms a letter (best of {rounds})")
    print(f"  parsing (spaCy, one batch): {1000 * min(parse_times) / count:.1f} ms a letter")
    for name, total in check_times.items():
        print(f"  {name:<9} {1000 * total / rounds / count:.2f} ms a letter")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
