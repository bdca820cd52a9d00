"""Human output, ruff-like: ``path:line:col: CODE [severity] message``, the line
with a caret underline, the suggestion, then a score summary per file.
Colour comes from rich and only when the stream is a terminal."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from letterlint.formatters.positions import LineIndex
from letterlint.model import Finding, Report, Severity, Status
from letterlint.sources.read import shown_name

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def format_text(reports: Sequence[Report], color: bool = False) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        width=10_000,
    )
    for report in reports:
        _report(console, report)
    return buffer.getvalue()


def _report(console: Console, report: Report) -> None:
    path = shown_name(report.path or "<text>")
    index = LineIndex(report.text)
    for finding in report.findings:
        _finding(console, path, index, finding)
    summary = Text()
    summary.append(f"{path}: ", style="bold")
    summary.append(f"{report.kind}, score {report.score}/100, ")
    count = len(report.findings)
    summary.append(f"{count} finding{'' if count == 1 else 's'}")
    summary.append(" — ")
    verdict_style = "green" if report.passed else "bold red"
    summary.append("passed" if report.passed else "failed", verdict_style)
    console.print(summary, soft_wrap=True)
    for result in report.checks:
        if result.status is not Status.OK:
            console.print(
                Text(f"  {result.name} {result.status.value}: {result.reason}", style="dim"),
                soft_wrap=True,
            )
    console.print()


def _finding(console: Console, path: str, index: LineIndex, finding: Finding) -> None:
    head = Text()
    if finding.span is None:
        head.append(f"{path}: ", style="bold")
    else:
        line, column = index.position(finding.span.start)
        head.append(f"{path}:{line}:{column}: ", style="bold")
    head.append(finding.code, style="bold")
    head.append(" ")
    head.append(f"[{finding.severity.value}]", style=_SEVERITY_STYLE[finding.severity])
    head.append(f" {finding.message}")
    console.print(head, soft_wrap=True)
    if finding.span is not None:
        line, column = index.position(finding.span.start)
        end_line, end_column = index.position(finding.span.end)
        source_line = index.line_text(line).expandtabs(1)
        width = (end_column - column) if end_line == line else len(source_line) - column + 1
        gutter = f"{line:>4} | "
        console.print(Text(gutter, style="dim") + Text(source_line), soft_wrap=True)
        marker = " " * (column - 1) + "^" * max(1, width)
        console.print(
            Text(" " * (len(gutter) - 2) + "| ", style="dim")
            + Text(marker, style=_SEVERITY_STYLE[finding.severity]),
            soft_wrap=True,
        )
    if finding.suggestion:
        console.print(Text(f"  help: {finding.suggestion}", style="green"), soft_wrap=True)
