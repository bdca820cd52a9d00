"""What must hold for every report, whatever the input."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from rich.cells import cell_len

from letterlint.formatters.json import format_json
from letterlint.formatters.sarif import format_sarif
from letterlint.formatters.text import format_text
from letterlint.model import Report
from tests.sarif_support import sarif_validator

_TEXT_WIDTH = 60
_QUOTED = re.compile(r" *(\d+)? \| ")
"""A quoted line of the text format or its caret line: "   3 | …", "     | ^^^"."""
_LIST_MARKER = re.compile(r"(?:[-*+•‣◦▪–]|\d{1,3}[.)])[ \t]")


@cache
def report_validator() -> jsonschema.protocols.Validator:
    text = resources.files("letterlint").joinpath("schema/report-v1.json").read_text("utf-8")
    schema = json.loads(text)
    validator: jsonschema.protocols.Validator = jsonschema.validators.validator_for(schema)(schema)
    return validator


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, worked out independently of the formatter (CRLF,
    CR and LF each end a line)."""
    line, start, index = 1, 0, 0
    while index < offset:
        char = text[index]
        if char == "\r" and index + 1 < len(text) and text[index + 1] == "\n":
            index += 1
            if index >= offset:  # an offset between CR and LF belongs to the first line
                break
        if char in "\r\n":
            line, start = line + 1, index + 1
        index += 1
    return line, offset - start + 1


def check_span(text: str, start: int, end: int, what: str) -> None:
    assert 0 <= start <= end <= len(text), f"{what}: span {start}..{end} outside 0..{len(text)}"


def check_report(report: Report) -> None:
    text = report.text
    assert report.score is None or 0 <= report.score <= 100, report.score
    for result in report.checks:
        assert result.score is None or 0 <= result.score <= 100, (result.name, result.score)
        assert result.status.value != "failed", f"{result.name} crashed: {result.reason}"
    for part in report.parts:
        check_span(text, part.span.start, part.span.end, f"part {part.role}")
    for name, point in report.points.items():
        assert 0 <= point.confidence <= 1, (name, point.confidence)
        for span in point.evidence:
            check_span(text, span.start, span.end, f"evidence of {name}")
    for finding in report.findings:
        if finding.span is None:
            continue
        start, end = finding.span.start, finding.span.end
        check_span(text, start, end, finding.code)
        if start < end:
            quoted = text[start:end]
            assert not quoted[0].isspace() and not quoted[-1].isspace(), (
                f"{finding.code} span {quoted!r} starts or ends in whitespace"
            )
            line_start = text.rfind("\n", 0, start) + 1
            if not text[line_start:start].strip():
                assert not _LIST_MARKER.match(text, start), (
                    f"{finding.code} span {quoted!r} starts with a list marker"
                )


def check_outputs(reports: list[Report]) -> dict[str, Any]:
    """JSON and SARIF validate; JSON ``text`` is the quoted slice and line/column
    agree with the offsets; the text format's quoted lines and carets fit its width.
    Returns the JSON document."""
    for line in format_text(reports, width=_TEXT_WIDTH).splitlines():
        if _QUOTED.match(line):
            assert cell_len(line) <= _TEXT_WIDTH, line
    document: dict[str, Any] = json.loads(format_json(reports))
    report_validator().validate(document)
    sarif_validator().validate(json.loads(format_sarif(reports)))
    for report, data in zip(reports, document["files"], strict=True):
        for finding in data["findings"]:
            if finding["start"] is None:
                continue
            assert finding["text"] == report.text[finding["start"] : finding["end"]]
            assert (finding["line"], finding["column"]) == line_column(
                report.text, finding["start"]
            )
            assert (finding["end_line"], finding["end_column"]) == line_column(
                report.text, finding["end"]
            )
            file_position = (finding["file_line"], finding["file_column"],
                             finding["file_end_line"], finding["file_end_column"])
            assert all(isinstance(value, int) and value >= 1 for value in file_position)
            assert file_position[:2] <= file_position[2:], file_position
            if not report.extracted:  # a plain-text letter is its own file
                assert file_position == (finding["line"], finding["column"],
                                         finding["end_line"], finding["end_column"])
    return document
