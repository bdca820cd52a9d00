"""How long letterlint's regular expressions take on long, hostile lines.

    .venv/bin/python benchmarks/patterns.py            # lines of 4,000 characters
    .venv/bin/python benchmarks/patterns.py --size 20000

Imports every module of the package, collects each compiled pattern kept at module
level (alone, or in a list or tuple of patterns), and times ``match`` and ``search``
on lines built to make a backtracking engine work hard: long runs of spaces, tabs,
blank lines, separators and repeated words with no way to finish the match. Prints
every pattern and input that took longer than the threshold, slowest first, and a
count. A pattern whose time grows with the square of the line (two ``\\s*`` that can
share the same spaces, a ``(?m)^\\s*`` that crosses lines) shows up here; run it twice
with ``--size`` doubled to tell linear from quadratic. A pattern the package only
ever uses with ``match`` at one position (``_ELSEWHERE``, ``_PLEASANTRY``,
``_ITEM_START``, ``_ATTACHED_TO_OTHER`` today) may show a slow ``search`` that no
letter pays for. It prints numbers and exits 0 (timings on a shared machine are not
a test).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import letterlint


def hostile_lines(size: int) -> dict[str, str]:
    """Lines that end in a character no pattern expects, so no match can finish."""
    units = {
        "spaces": " ", "tabs": "\t", "blank lines": " \n", "no-break spaces": "\t \u00a0",
        "words": "a ", "commas": ", ", "dashes": "- ", "full stops": ". ", "hashes": "#",
        "quote marks": "> ", "capitalised words": "Dear ", "digits": "1 ", "letters": "x",
    }
    return {name: unit * (size // len(unit)) + "\x00" for name, unit in units.items()}


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[int] = set()
    for module in pkgutil.walk_packages(letterlint.__path__, "letterlint."):
        if module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for name, value in vars(loaded).items():
            found = value if isinstance(value, (list, tuple)) else [value]
            for pattern in found:
                if not isinstance(pattern, re.Pattern) or isinstance(pattern.pattern, bytes):
                    continue
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield f"{module.name}.{name}", pattern


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=4000, help="characters per line")
    parser.add_argument("--threshold", type=float, default=0.02, help="seconds to report")
    args = parser.parse_args()
    lines = hostile_lines(args.size)
    slow: list[tuple[float, str]] = []
    count = 0
    for name, pattern in patterns():
        count += 1
        for kind, line in lines.items():
            for method in (pattern.match, pattern.search):
                start = time.perf_counter()
                method(line)
                took = time.perf_counter() - start
                if took > args.threshold:
                    slow.append((took, f"{name}.{method.__name__} on {kind}"))
    print(f"{count} patterns, lines of {args.size} characters, "
          f"{len(slow)} timings over {args.threshold:.2f} s")
    for took, what in sorted(slow, reverse=True):
        print(f"{took:8.3f} s  {what}")


if __name__ == "__main__":
    main()
