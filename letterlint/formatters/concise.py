"""One line per finding, ``path:line:col: CODE message``, for editors' problem
matchers (Vim's errorformat ``%f:%l:%c: %m``, VS Code's problemMatcher, Emacs'
compilation mode).

Line and column are in the file the user opened; a whole-letter finding is at
``path:1:1`` (an email header's finding, on that header's line). Each letter's
summary follows its findings on a line that starts with ``# `` and has no
``:LINE:COL:``, so no matcher takes it for a finding."""

from __future__ import annotations

from collections.abc import Sequence

from letterlint.formatters.positions import FilePositions
from letterlint.model import Report, Status
from letterlint.sources.read import shown_name


def format_concise(reports: Sequence[Report], color: bool = False) -> str:
    lines = []
    for report in reports:
        path = shown_name(report.path or "<text>")
        positions = FilePositions(report)
        for finding in report.findings:
            line, column = (positions.region(finding) or (1, 1))[:2]
            message = " ".join(finding.message.split())
            lines.append(f"{path}:{line}:{column}: {finding.code} {message}")
        count = len(report.findings)
        verdict = "passed" if report.passed else "failed"
        lines.append(f"# {path} {report.kind}, score {report.score}/100, "
                     f"{count} finding{'' if count == 1 else 's'}, {verdict}")
        lines += [
            f"#   {result.name} {result.status.value}: {' '.join((result.reason or '').split())}"
            for result in report.checks
            if result.status is not Status.OK
        ]
    return "".join(line + "\n" for line in lines)
