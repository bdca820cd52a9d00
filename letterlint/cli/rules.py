"""``letterlint rules`` lists the catalogue; ``letterlint explain CODE`` explains one rule."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from letterlint.cli.status import EXIT_OK
from letterlint.formatters.rules import explain_text, format_rules_json
from letterlint.registry import Registry

__all__ = ["explain", "explain_text", "list_rules"]


def list_rules(args: argparse.Namespace, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    registry = Registry.default()
    if getattr(args, "format", "text") == "json":
        out.write(format_rules_json(registry))
        return EXIT_OK
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
