"""Human output, ruff-like: ``path:line:col: CODE [severity] message``, the line
with a caret underline, the suggestion, then a score summary per file.

Line and column are in the file the user opened (for Markdown, HTML, email and
Word, where the words are in the file, not in the extracted letter), and the
line shown is the file's. The caret counts display cells (rich's ``cell_len``),
so an emoji or a CJK character before the words does not shift it. Colour comes
from rich: see :func:`wants_color`."""

from __future__ import annotations

import io
import shutil
from collections.abc import Sequence
from typing import TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from letterlint.formatters.positions import FilePositions
from letterlint.model import Finding, Report, Severity, Status
from letterlint.sources.read import shown_name

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
WIDTH = 100
"""The columns a quoted line may fill when the report does not go to a terminal."""
_NARROWEST = 40
"""The fewest columns a quoted line is given, however narrow the terminal says it is."""
_LEAD = 24
"""How many display cells of the line are kept before the words a finding marks, when
the line is cut to fit and the words leave room for them."""
_CUT = "…"


def wants_color(choice: str, stream: TextIO) -> bool:
    """Whether to colour output for ``stream``: ``--color always`` or ``never`` as
    said; ``auto`` asks rich, which colours a terminal and honours ``NO_COLOR``
    (no colour), ``FORCE_COLOR`` (colour even into a pipe), ``TTY_COMPATIBLE``
    and ``TERM=dumb``."""
    if choice != "auto":
        return choice == "always"
    probe = Console(file=stream)
    return probe.is_terminal and not probe.no_color and probe.color_system is not None


def terminal_width(output_file: str | None, stream: TextIO) -> int | None:
    """The terminal's width when the report goes to a terminal on ``stream``
    (``COLUMNS`` first), else None: a report piped or written to a file does not
    depend on the window it was made in."""
    if output_file is not None or not stream.isatty():
        return None
    return shutil.get_terminal_size((WIDTH, 24)).columns


def format_text(reports: Sequence[Report], color: bool = False, width: int | None = None) -> str:
    """The reports as text; a quoted line wider than ``width`` display cells (default
    :data:`WIDTH`) is shown as a window round the finding."""
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
        _report(console, report, max(_NARROWEST, width or WIDTH))
    return buffer.getvalue()


def _report(console: Console, report: Report, width: int) -> None:
    path = shown_name(report.path or "<text>")
    positions = FilePositions(report)
    for finding in report.findings:
        _finding(console, path, positions, finding, width)
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


def _finding(
    console: Console, path: str, positions: FilePositions, finding: Finding, width: int
) -> None:
    region = positions.region(finding)
    head = Text()
    if region is None:
        head.append(f"{path}: ", style="bold")
    else:
        head.append(f"{path}:{region[0]}:{region[1]}: ", style="bold")
    head.append(finding.code, style="bold")
    head.append(" ")
    head.append(f"[{finding.severity.value}]", style=_SEVERITY_STYLE[finding.severity])
    head.append(f" {finding.message}")
    console.print(head, soft_wrap=True)
    source_line = positions.line_text(region[0]) if region is not None else None
    if region is not None and source_line is not None:
        line, column, end_line, end_column = region
        shown = source_line.expandtabs(1)  # a tab is one cell, so columns stay put
        end = end_column - 1 if end_line == line else len(shown)
        gutter = f"{line:>4} | "
        before, words, after = _window(shown, column - 1, end, width - len(gutter))
        console.print(Text(gutter, style="dim") + Text(before + words + after), soft_wrap=True)
        marker = " " * cell_len(before) + "^" * max(1, cell_len(words))
        console.print(
            Text(" " * (len(gutter) - 2) + "| ", style="dim")
            + Text(marker, style=_SEVERITY_STYLE[finding.severity]),
            soft_wrap=True,
        )
    if finding.suggestion:
        console.print(Text(f"  help: {finding.suggestion}", style="green"), soft_wrap=True)



def _window(line: str, start: int, end: int, width: int) -> tuple[str, str, str]:
    """The part of ``line`` to show around ``line[start:end]``, as (before, words,
    after), each with its cut marks: a letter's paragraph is often one line of a
    thousand characters, and a finding in it should not print all of it twice (the
    line and its underline). A line that fits is shown whole; otherwise the window
    opens a few words before the marked words (at a word's start, as far back as the
    words leave room for) and is filled up to ``width`` display cells, ending at a
    word's end, and "…" marks each side that was cut."""
    start = min(max(0, start), len(line))
    end = min(max(start, end), len(line))
    if cell_len(line) <= width:
        return line[:start], line[start:end], line[end:]
    room = width - 2 * len(_CUT)
    lead = min(_LEAD, max(0, room - cell_len(line[start:end])))
    first = start
    while first > 0 and cell_len(line[first - 1 : start]) <= lead:
        first -= 1
    if first > 0:
        space = line.find(" ", first, start)
        first = space + 1 if space != -1 else first
    head = _CUT if first else ""
    last, used = first, 0
    while last < len(line) and used + cell_len(line[last]) <= room:
        used += cell_len(line[last])
        last += 1
    floor = end if end <= last else start + 1  # the marked words stay whole when they fit
    if last < len(line):
        # end at a word's end, not mid-word
        space = line.rfind(" ", floor, last)
        last = space if space > start else last
    while last > max(floor, start + 1) and line[last - 1] == " ":
        last -= 1
    tail = _CUT if last < len(line) else ""
    words_end = max(start, min(end, last))
    return head + line[first:start], line[start:words_end], line[words_end:last] + tail
