"""``letterlint rules`` lists the catalogue; ``letterlint explain CODE`` explains one rule."""

from __future__ import annotations

import argparse
import shlex
import sys
import textwrap
from collections.abc import Mapping
from typing import Any, TextIO

from letterlint.checks.base import Rule
from letterlint.cli.status import EXIT_OK
from letterlint.registry import Registry


def list_rules(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    registry = Registry.default()
    for check, rule in registry.rules():
        out.write(f"{rule.code}  {rule.slug:<28} {check.name:<9} {rule.severity.value:<8} "
                  f"{rule.summary}\n")
    return EXIT_OK


def explain(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    registry = Registry.default()
    rule = registry.rule(args.code)
    check = registry.check_of(rule.code)
    out.write(explain_text(rule, check.name))
    return EXIT_OK


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


