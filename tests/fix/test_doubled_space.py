"""The doubled-space fix: LanguageTool (a real server) finds the doubled space,
the engine turns it into a safe fix, and ``--fix`` closes it up."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from letterlint import Applicability, Linter, Registry
from letterlint.checks.grammar import GrammarCheck
from letterlint.fix.edits import apply_fixes
from letterlint.letter.nlp import Pipeline
from tests.grammar_support import owned_java_pids, require_languagetool

LETTER = (
    "Dear Ms. Park,\n\nThank you for talking  with me today about the support lead role. "
    "Hearing how your team answers every ticket within four hours made me keen to join.\n\n"
    "Best regards,\nSam Ortiz\n"
)


@pytest.fixture(scope="module")
def grammar_linter(pipeline: Pipeline) -> Iterator[Linter]:
    require_languagetool()
    earlier = set(owned_java_pids(os.getpid()))  # another module's server may still run
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("LETTERLINT_LANGUAGETOOL_URL", raising=False)
        linter = Linter(
            registry=Registry([GrammarCheck]), pipeline=pipeline, grammar={"start_timeout": 120}
        )
        try:
            yield linter
        finally:
            linter.close()
    assert set(owned_java_pids(os.getpid())) <= earlier, "our server outlived its Linter"


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
