"""What ``letterlint --fix`` does to a copy of the corpus: the acceptance numbers.

    .venv/bin/python benchmarks/fixes.py [--unsafe-fixes] [--ignore grammar] [DIR ...]

Copies the letters of each DIR (default: corpus/letters and corpus/real/dev; never
corpus/real/test) to a temporary folder, lints them (JSON), runs the real
``letterlint --fix`` over the copy, lints again, runs ``--fix`` a second time, and
prints: letters touched, fixes made, findings before and after on the touched
letters, letters whose findings did not drop, findings that are new (by code and
the words quoted), and files the second run changed. Every number but the first
two should be 0 for the acceptance.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT / "corpus" / "letters", ROOT / "corpus" / "real" / "dev"]


def findings(folder: Path, extra: list[str]) -> dict[str, Counter[str]]:
    run = subprocess.run(
        [sys.executable, "-m", "letterlint", "--format", "json", "--fail-on", "never",
         *extra, str(folder)],
        capture_output=True, text=True, check=True,
    )
    return {
        Path(file["path"]).relative_to(folder).as_posix(): Counter(
            f"{f['code']} {' '.join((f['text'] or '').split())}" for f in file["findings"]
        )
        for file in json.loads(run.stdout)["files"]
    }


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.txt")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--unsafe-fixes", action="store_true")
    parser.add_argument("--ignore", action="append", default=[])
    args = parser.parse_args()
    if any("real/test" in folder.as_posix() for folder in args.folders):
        parser.error("corpus/real/test is scored once, blind; it is not fixed here")
    extra = [f"--ignore={item}" for item in args.ignore]
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "corpus"
        for folder in args.folders:
            target = copy / folder.name
            target.mkdir(parents=True)
            for letter in sorted(folder.glob("*.txt")):
                shutil.copy(letter, target / letter.name)
        before_bytes = snapshot(copy)
        before = findings(copy, extra)
        fix = [sys.executable, "-m", "letterlint", "--fix", "--fail-on", "never", *extra]
        if args.unsafe_fixes:
            fix.append("--unsafe-fixes")
        started = time.perf_counter()
        first = subprocess.run([*fix, str(copy)], capture_output=True, text=True, check=False)
        seconds = time.perf_counter() - started
        after_bytes = snapshot(copy)
        after = findings(copy, extra)
        subprocess.run([*fix, str(copy)], capture_output=True, text=True, check=False)
        second_bytes = snapshot(copy)
    touched = [name for name in before_bytes if before_bytes[name] != after_bytes[name]]
    summary = [line for line in first.stderr.splitlines() if "fixed" in line]
    not_fewer = [n for n in touched if sum(after[n].values()) >= sum(before[n].values())]
    new = {n: after[n] - before[n] for n in touched if after[n] - before[n]}
    print(f"letters: {len(before_bytes)}, fix run exit {first.returncode} in {seconds:.1f} s")
    print(f"letters touched: {len(touched)} ({summary[0] if summary else 'no fixes'})")
    print(f"findings on touched letters: {sum(sum(before[n].values()) for n in touched)} before, "
          f"{sum(sum(after[n].values()) for n in touched)} after")
    print(f"touched letters without fewer findings: {len(not_fewer)} {not_fewer}")
    print(f"new findings: {sum(sum(c.values()) for c in new.values())} {new}")
    changed = [n for n in after_bytes if after_bytes[n] != second_bytes[n]]
    print(f"files the second --fix changed: {len(changed)} {changed}")


if __name__ == "__main__":
    main()
