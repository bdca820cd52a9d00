"""GitHub Actions workflow commands: one ``::warning file=…`` line per finding."""

from __future__ import annotations

from collections.abc import Sequence

from letterlint.formatters.positions import LineIndex
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
        index = LineIndex(report.text)
        path = _escape(shown_name(report.path or "<text>"), property_value=True)
        for finding in report.findings:
            where = f"file={path}"
            if finding.span is not None:
                line, column = index.position(finding.span.start)
                end_line, end_column = index.position(finding.span.end)
                where += f",line={line},col={column},endLine={end_line},endColumn={end_column}"
            title = _escape(f"{finding.code} {finding.rule}", property_value=True)
            message = finding.message + (f" — {finding.suggestion}" if finding.suggestion else "")
            lines.append(f"::{_LEVEL[finding.severity]} {where},title={title}::{_escape(message)}")
    return "".join(line + "\n" for line in lines)
