"""SARIF 2.1.0, the shape code-scanning tools read: one run, the rule catalogue
under ``tool.driver.rules`` and one result per finding."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from letterlint import __version__
from letterlint.formatters.positions import LineIndex
from letterlint.model import Fix, Report, Severity
from letterlint.sources.read import utf8_name

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_sarif(reports: Sequence[Report], color: bool = False) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for report in reports:
        index = LineIndex(report.text)
        for finding in report.findings:
            rules.setdefault(
                finding.code,
                {
                    "id": finding.code,
                    "name": finding.rule,
                    "defaultConfiguration": {"level": _LEVEL[finding.severity]},
                },
            )
            uri = utf8_name(report.path or "stdin")
            location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
            if finding.span is not None:
                line, column = index.position(finding.span.start)
                end_line, end_column = index.position(finding.span.end)
                location["region"] = {
                    "startLine": line,
                    "startColumn": column,
                    "endLine": end_line,
                    "endColumn": end_column,
                    "charOffset": finding.span.start,
                    "charLength": finding.span.end - finding.span.start,
                }
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "level": _LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": location}],
            }
            if finding.suggestion:
                result["properties"] = {"suggestion": finding.suggestion}
            if finding.fix is not None and not report.extracted:
                result["fixes"] = sarif_fixes(finding.fix, index, uri)
            results.append(result)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "letterlint",
                        "version": __version__,
                        "rules": sorted(rules.values(), key=lambda rule: rule["id"]),
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def sarif_fixes(fix: Fix, index: LineIndex, uri: str) -> list[dict[str, Any]]:
    """A finding's fix as SARIF's ``fixes``: one artifact change replacing the fix's
    region of the file with its text. Only for letters linted as they are written
    (a plain-text file), where the letter's offsets are the file's; whether
    ``--fix`` applies it on its own is in ``properties.applicability``."""
    line, column = index.position(fix.span.start)
    end_line, end_column = index.position(fix.span.end)
    region = {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": fix.span.start,
        "charLength": fix.span.end - fix.span.start,
    }
    return [
        {
            "description": {"text": f"Replace with '{fix.replacement}'"},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": uri},
                    "replacements": [
                        {"deletedRegion": region, "insertedContent": {"text": fix.replacement}}
                    ],
                }
            ],
            "properties": {"applicability": fix.applicability.value},
        }
    ]
