"""The rule catalogue as text and JSON: what ``letterlint explain`` prints, what
``letterlint rules --format json`` writes, and the rule help SARIF carries."""

from __future__ import annotations

import json
import shlex
import textwrap
from collections.abc import Mapping
from typing import Any

from letterlint import __version__
from letterlint.checks.base import Rule
from letterlint.registry import Registry

RULES_SCHEMA_VERSION = 1


def rule_to_dict(rule: Rule, check: str) -> dict[str, Any]:
    """One rule as ``rules --format json`` lists it."""
    return {
        "code": rule.code,
        "rule": rule.slug,
        "check": check,
        "severity": rule.severity.value,
        "summary": rule.summary,
        "what": rule.what,
        "why": rule.why,
        "example": rule.example,
        "instead": rule.instead,
        "explanation": explain_text(rule, check),
    }


def format_rules_json(registry: Registry) -> str:
    """Every registered rule, built-in and plugin, in code order within each check."""
    document = {
        "schema_version": RULES_SCHEMA_VERSION,
        "letterlint_version": __version__,
        "rules": [rule_to_dict(rule, check.name) for check, rule in registry.rules()],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


_FLAG_OF_OPTION = {"previous_follow_ups": "previous-follow-up"}


def explain_text(rule: Rule, check: str) -> str:
    """A rule's docs as ``letterlint explain`` prints them."""

    def block(text: str) -> str:
        return textwrap.indent(text.strip("\n"), "    ")

    def wrap(text: str) -> str:
        return "\n".join(textwrap.fill(paragraph, 79) for paragraph in text.split("\n\n"))

    def given(options: Mapping[str, Any]) -> str:
        """The context an example runs with, as the flags that give it."""
        if not options:
            return ""
        flags = []
        for key, value in options.items():
            flag = "--" + _FLAG_OF_OPTION.get(key, key.replace("_", "-"))
            for item in value if isinstance(value, list | tuple) else [value]:
                flags.append(f"{flag} {shlex.quote(str(item))}")
        return f"  (with {' '.join(flags)})\n"

    return (
        f"{rule.code} {rule.slug} ({check}, {rule.severity.value})\n{rule.summary}\n\n"
        f"What it does\n{wrap(rule.what)}\n\n"
        f"Why it matters\n{wrap(rule.why)}\n\n"
        f"Example\n{given(rule.example_options)}{block(rule.example)}\n\n"
        f"Instead\n{given(rule.options_for_instead)}{block(rule.instead)}\n"
    )


