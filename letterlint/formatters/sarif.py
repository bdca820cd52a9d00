"""SARIF 2.1.0, the shape code-scanning tools read: one run, the rule catalogue
under ``tool.driver.rules`` and one result per finding."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from letterlint import __version__
from letterlint.formatters.positions import LineIndex
from letterlint.model import Report, Severity
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
