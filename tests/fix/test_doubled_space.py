"""The doubled-space fix: LanguageTool (a real server) finds the doubled space,
the engine turns it into a safe fix, and ``--fix`` closes it up."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from letterlint import Applicability, Linter
from letterlint.fix.edits import apply_fixes
from letterlint.letter.nlp import Pipeline
from tests.grammar_support import grammar_linter_on

LETTER = (
    "Dear Ms. Park,\n\nThank you for talking  with me today about the support lead role. "
    "Hearing how your team answers every ticket within four hours made me keen to join.\n\n"
    "Best regards,\nSam Ortiz\n"
)


@pytest.fixture(scope="module")
def grammar_linter(pipeline: Pipeline) -> Iterator[Linter]:
    with grammar_linter_on(pipeline) as linter:
        yield linter


def test_a_doubled_space_between_words_gets_a_safe_fix(grammar_linter: Linter) -> None:
    report = grammar_linter.lint(LETTER)
    fixes = [f.fix for f in report.findings if f.fix is not None]
    assert len(fixes) == 1
    [fix] = fixes
    assert fix.applicability is Applicability.SAFE
    assert apply_fixes(report.text, fixes) == LETTER.replace("talking  with", "talking with")
    again = grammar_linter.lint(apply_fixes(report.text, fixes))
    assert all(f.fix is None for f in again.findings)


def test_two_spaces_after_a_full_stop_and_indentation_are_left_alone(
    grammar_linter: Linter,
) -> None:
    report = grammar_linter.lint(LETTER.replace("talking  with", "talking with").replace(
        "role. ", "role.  "
    ).replace("Best regards", "    Best regards"))
    assert all(f.fix is None for f in report.findings)
