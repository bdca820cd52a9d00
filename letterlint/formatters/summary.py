"""Short reports: a count per rule (``--statistics``) and the summary line of each
failing letter (``--quiet``)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from letterlint.model import Report
from letterlint.sources.read import shown_name


def format_statistics(reports: Sequence[Report], as_json: bool, unsafe: bool = False) -> str:
    """How many findings each rule has, most first, as ruff's ``--statistics``:
    ``[*]`` marks a rule whose findings ``--fix`` can fix."""
    counts: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    names: dict[str, str] = {}
    for report in reports:
        for finding in report.findings:
            counts[finding.code] += 1
            names[finding.code] = finding.rule
            if finding.fix is not None and (unsafe or finding.fix.safe):
                fixable[finding.code] += 1
    ordered = sorted(counts, key=lambda code: (-counts[code], code))
    if as_json:
        rows = [
            {"code": code, "name": names[code], "count": counts[code],
             "fixable": fixable[code]}
            for code in ordered
        ]
        return json.dumps(rows, indent=2) + "\n"
    width = max((len(str(count)) for count in counts.values()), default=1)
    return "".join(
        f"{counts[code]:>{width}}\t{code}\t{'[*]' if fixable[code] else '   '} {names[code]}\n"
        for code in ordered
    )


def format_summaries(reports: Sequence[Report]) -> str:
    """One line per letter: its kind, score, number of findings and verdict."""
    lines = []
    for report in reports:
        count = len(report.findings)
        verdict = "passed" if report.passed else "failed"
        lines.append(
            f"{shown_name(report.path or '<text>')}: {report.kind}, score {report.score}/100, "
            f"{count} finding{'' if count == 1 else 's'} — {verdict}\n"
        )
    return "".join(lines)
