"""SARIF 2.1.0, the shape code-scanning tools read: one run, the rule catalogue
under ``tool.driver.rules`` (each rule's summary, what it flags and the text
``letterlint explain`` prints) and one result per finding.

Every result has a region in the file the user opened (a whole-letter finding:
line 1, or its email header's line), with columns in Unicode code points
(``columnKind``). ``charOffset`` is given only where the checked text is the
file's own, for a plain-text letter. ``artifactLocation.uri`` is a URI
reference: a relative path percent-encoded (spaces, ``#``, ``%``, non-ASCII
bytes), an absolute one a ``file://`` URI, and standard input without a
``--stdin-filename`` the relative reference ``stdin`` with a description."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from letterlint import __version__
from letterlint.formatters.positions import FilePositions, LineIndex
from letterlint.formatters.rules import explain_text
from letterlint.model import Finding, Fix, Report, Severity
from letterlint.registry import Registry, RegistryError
from letterlint.sources.read import STDIN_NAME

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_location(path: str | None) -> dict[str, Any]:
    """A SARIF artifactLocation for a report's path (None or ``<stdin>``: stdin)."""
    if path is None or path == STDIN_NAME:
        return {"uri": "stdin", "description": {"text": "standard input"}}
    raw = os.fsencode(path)
    if os.path.isabs(path):
        return {"uri": "file://" + quote(raw, safe="/")}
    # ":" is encoded too, so "a:b.txt" is not read as a URI with the scheme "a".
    return {"uri": quote(raw, safe="/")}


def format_sarif(reports: Sequence[Report], color: bool = False) -> str:
    registry = _registry()
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for report in reports:
        positions = FilePositions(report)
        index = LineIndex(report.text)
        location_of_file = artifact_location(report.path)
        for finding in report.findings:
            rules.setdefault(finding.code, _rule(finding, registry))
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "level": _LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": location_of_file,
                    "region": _region(finding, positions, report),
                }}],
            }
            if finding.suggestion:
                result["properties"] = {"suggestion": finding.suggestion}
            if finding.fix is not None and not report.extracted:
                result["fixes"] = sarif_fixes(finding.fix, index, location_of_file)
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
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def sarif_fixes(
    fix: Fix, index: LineIndex, location: dict[str, Any]
) -> list[dict[str, Any]]:
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
                    "artifactLocation": location,
                    "replacements": [
                        {"deletedRegion": region, "insertedContent": {"text": fix.replacement}}
                    ],
                }
            ],
            "properties": {"applicability": fix.applicability.value},
        }
    ]


def _region(finding: Finding, positions: FilePositions, report: Report) -> dict[str, Any]:
    found = positions.region(finding)
    if found is None:  # a whole-letter finding: code scanning needs a line
        return {"startLine": 1}
    line, column, end_line, end_column = found
    region: dict[str, Any] = {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
    }
    if report.origin is None and finding.span is not None:
        region["charOffset"] = finding.span.start
        region["charLength"] = finding.span.end - finding.span.start
    return region


def _rule(finding: Finding, registry: Registry | None) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": finding.code,
        "name": finding.rule,
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
    }
    try:
        known = registry.rule(finding.code) if registry is not None else None
    except RegistryError:  # a check from a registry the caller built
        known = None
    if known is not None and registry is not None:
        rule["defaultConfiguration"] = {"level": _LEVEL[known.severity]}
        rule["shortDescription"] = {"text": known.summary}
        rule["fullDescription"] = {"text": known.what}
        rule["help"] = {"text": explain_text(known, registry.check_of(known.code).name)}
    return rule


def _registry() -> Registry | None:
    try:
        return Registry.default()
    except RegistryError:  # a broken plugin: the results still go out, without rule docs
        return None
