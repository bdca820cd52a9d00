"""The stable, versioned JSON document described in DESIGN.md.

A finding's ``start``/``end``, ``line``/``column`` and ``end_line``/``end_column``
index the checked text (for an extracted letter: the ``text`` field);
``file_line``/``file_column``/``file_end_line``/``file_end_column`` are where the
words are in the file the user opened, as the other formats report them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from letterlint import __version__
from letterlint.formatters.positions import FilePositions, LineIndex
from letterlint.model import POINTS, CheckResult, Finding, Part, PointCoverage, Report
from letterlint.sources.read import utf8_name

SCHEMA_VERSION = 1


def format_json(reports: Sequence[Report], color: bool = False) -> str:
    document = {
        "schema_version": SCHEMA_VERSION,
        "letterlint_version": __version__,
        "files": [report_to_dict(report) for report in reports],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def report_to_dict(report: Report) -> dict[str, Any]:
    index = LineIndex(report.text)
    positions = FilePositions(report)
    origin = report.origin
    data: dict[str, Any] = {
        "path": utf8_name(report.path) if report.path is not None else None,
        "kind": report.kind,
        "kind_detected": report.metadata.get("kind_detected"),
        "score": report.score,
        "passed": report.passed,
        "points": {
            name: _point(report.points[name]) for name in POINTS if name in report.points
        },
        "checks": [_check(result) for result in report.checks],
        "findings": [
            _finding(finding, report.text, index, positions) for finding in report.findings
        ],
        "parts": [_part(part, index) for part in report.parts],
        "position_unit": origin.unit if origin is not None else "line",
        "positions_approximate": origin.approximate if origin is not None else False,
    }
    if report.extracted:
        data["text"] = report.text
    return data


def _part(part: Part, index: LineIndex) -> dict[str, Any]:
    line, column = index.position(part.span.start)
    end_line, end_column = index.position(part.span.end)
    data: dict[str, Any] = {
        "role": part.role.value,
        "start": part.span.start,
        "end": part.span.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
    }
    if part.gaps:
        data["gaps"] = [{"start": gap.start, "end": gap.end} for gap in part.gaps]
    return data


def _point(point: PointCoverage) -> dict[str, Any]:
    return {
        "covered": point.covered,
        "confidence": round(point.confidence, 2),
        "evidence": [{"start": span.start, "end": span.end} for span in point.evidence],
    }


def _check(result: CheckResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "score": result.score,
        "status": result.status.value,
        "reason": result.reason,
        "metrics": dict(result.metrics),
    }


def _finding(
    finding: Finding, text: str, index: LineIndex, positions: FilePositions
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": finding.code,
        "rule": finding.rule,
        "check": finding.check,
        "severity": finding.severity.value,
        "message": finding.message,
    }
    if finding.span is None:
        data.update(
            start=None, end=None, line=None, column=None, end_line=None, end_column=None, text=None
        )
    else:
        line, column = index.position(finding.span.start)
        end_line, end_column = index.position(finding.span.end)
        data.update(
            start=finding.span.start,
            end=finding.span.end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            text=finding.span.of(text),
        )
    region = positions.region(finding)
    file_line, file_column, file_end_line, file_end_column = region or (None,) * 4
    data.update(
        file_line=file_line,
        file_column=file_column,
        file_end_line=file_end_line,
        file_end_column=file_end_column,
    )
    data["suggestion"] = finding.suggestion
    if finding.metadata:
        data["metadata"] = dict(finding.metadata)
    if finding.fix is not None:
        data["fix"] = {
            "start": finding.fix.span.start,
            "end": finding.fix.span.end,
            "replacement": finding.fix.replacement,
            "applicability": finding.fix.applicability.value,
        }
    return data
