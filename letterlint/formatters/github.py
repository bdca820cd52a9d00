"""GitHub Actions workflow commands: one ``::warning file=…`` line per finding, at
the words' line and column in the file the user opened."""

from __future__ import annotations

from collections.abc import Sequence

from letterlint.formatters.positions import FilePositions
from letterlint.model import Report, Severity
from letterlint.sources.read import shown_name

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(reports: Sequence[Report], color: bool = False) -> str:
    lines = []
    for report in reports:
        positions = FilePositions(report)
        path = _escape(shown_name(report.path or "<text>"), property_value=True)
        for finding in report.findings:
            where = f"file={path}"
            region = positions.region(finding)
            if region is not None:
                line, column, end_line, end_column = region
                where += f",line={line},col={column},endLine={end_line},endColumn={end_column}"
            title = _escape(f"{finding.code} {finding.rule}", property_value=True)
            message = finding.message + (f" — {finding.suggestion}" if finding.suggestion else "")
            lines.append(f"::{_LEVEL[finding.severity]} {where},title={title}::{_escape(message)}")
    return "".join(line + "\n" for line in lines)
