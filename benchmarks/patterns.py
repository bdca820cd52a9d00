"""How the time of letterlint's regular expressions grows on long, hostile lines.

    .venv/bin/python benchmarks/patterns.py                 # lines of 2,000 and 8,000 characters
    .venv/bin/python benchmarks/patterns.py --size 5000     # 5,000 and 20,000

Imports every module of the package, collects each compiled pattern kept at module
level (alone, or in a list or tuple of patterns), and times ``match`` and ``search``
on lines built to make a backtracking engine work hard: long runs of spaces, tabs,
blank lines, separators and repeated words with no way to finish the match, bare or
after a word a pattern may start with ("Greetings", "Dear", "Re:", "tool", "["). Each
line is timed at two lengths, the second four times the first: a linear pattern
takes about four times as long, a quadratic one (two ``\\s*`` that can share the same
spaces, a ``(?m)^\\s*`` that crosses lines) about sixteen. Prints every pattern and
line whose time at the longer length passes the threshold, with the growth, slowest
first. A pattern the package only ever uses with ``match`` at one position
(``lines._PLEASANTRY`` today, x16) may show a slow ``search`` that no letter pays
for. It prints numbers and exits 0
(timings on a shared machine are not a test).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import letterlint

_LEADS = ("Greetings", "Good morning", "Dear", "On", "Re:", "From:", "To:", "tool", "[",
          "Sent from my", "Reply", "P.S.", "vale", "\U0001F4CE", ">", "Thank you")
"""Words a pattern may start with, put before the runs of spaces, tabs and blank lines."""


def hostile_lines(size: int) -> dict[str, str]:
    """Lines that end in a character no pattern expects, so no match can finish."""
    units = {
        "spaces": " ", "tabs": "\t", "blank lines": " \n", "no-break spaces": "\t \u00a0",
        "words": "a ", "commas": ", ", "dashes": "- ", "full stops": ". ", "hashes": "#",
        "quote marks": "> ", "capitalised words": "Dear ", "digits": "1 ", "letters": "x",
    }
    lines = {name: unit * (size // len(unit)) + "\x00" for name, unit in units.items()}
    for lead in _LEADS:
        for name in ("spaces", "tabs", "blank lines"):
            lines[f"'{lead}' then {name}"] = lead + lines[name]
    return lines


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


def _time(method: object, line: str) -> float:
    start = time.perf_counter()
    method(line)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000,
                        help="characters per line at the shorter length (the longer is 4x)")
    parser.add_argument("--threshold", type=float, default=0.01,
                        help="seconds at the longer length to report")
    args = parser.parse_args()
    short, long = hostile_lines(args.size), hostile_lines(4 * args.size)
    slow: list[tuple[float, float, str]] = []
    count = 0
    for name, pattern in patterns():
        count += 1
        for kind, line in long.items():
            for method in (pattern.match, pattern.search):
                took = _time(method, line)
                if took > args.threshold:
                    growth = took / max(_time(method, short[kind]), 1e-6)
                    slow.append((took, growth, f"{name}.{method.__name__} on {kind}"))
    print(f"{count} patterns, {len(long)} lines of {args.size} and {4 * args.size} characters, "
          f"{len(slow)} timings over {args.threshold:.2f} s at the longer length")
    for took, growth, what in sorted(slow, reverse=True):
        print(f"{took:8.3f} s  x{growth:5.1f}  {what}")


if __name__ == "__main__":
    main()
