"""Every rule is documented and has a bad example that fires and a good one that
does not. Grammar's examples need a LanguageTool server and run in test_grammar."""

from __future__ import annotations

import pytest

from letterlint import Linter
from letterlint.checks import BUILTIN_CHECKS
from letterlint.cli.rules import explain_text

ALL_RULES = [(check, rule) for check in BUILTIN_CHECKS for rule in check.rules]
OFFLINE_RULES = [(check, rule) for check, rule in ALL_RULES if check.name != "grammar"]


def test_every_check_has_rules_with_unique_codes() -> None:
    codes = [rule.code for _, rule in ALL_RULES]
    assert len(codes) == len(set(codes))
    assert {check.name for check in BUILTIN_CHECKS} >= {
        "length", "coverage", "phrasing", "tone", "presend", "timing", "grammar"
    }


@pytest.mark.parametrize(("check", "rule"), ALL_RULES, ids=[r.code for _, r in ALL_RULES])
def test_rule_docs_have_all_four_parts(check: type, rule: object) -> None:
    for part in ("summary", "what", "why", "example", "instead"):
        if part == "example" and rule.slug == "empty-letter":  # type: ignore[attr-defined]
            continue  # its bad example is, rightly, nothing but whitespace
        assert getattr(rule, part).strip(), f"{rule.code} has no {part}"  # type: ignore[attr-defined]
    text = explain_text(rule, check.name)  # type: ignore[arg-type]
    for heading in ("What it does", "Why it matters", "Example", "Instead"):
        assert heading in text


@pytest.mark.parametrize(("check", "rule"), OFFLINE_RULES, ids=[r.code for _, r in OFFLINE_RULES])
def test_example_fires_and_instead_does_not(linter: Linter, check: type, rule: object) -> None:
    bad = linter.lint(rule.example, **dict(rule.example_options))  # type: ignore[attr-defined]
    assert rule.code in bad.codes(), f"{rule.code}'s example does not fire"  # type: ignore[attr-defined]
    good = linter.lint(rule.instead, **dict(rule.options_for_instead))  # type: ignore[attr-defined]
    assert rule.code not in good.codes(), f"{rule.code}'s 'instead' fires"  # type: ignore[attr-defined]
