"""Suppression comments that silence nothing (LL801), ruff's RUF100 for letters.

The engine works these out after every other check has run, since only then is it
known which ``<!-- letterlint … -->`` comments silenced a finding
(``letter/suppress.py``); this check holds the rule and its docs, and has findings
only when ``report-unused-suppressions`` (``--report-unused-suppressions``) asks
for them.
"""

from __future__ import annotations

from types import MappingProxyType

from letterlint.checks.base import Check, Rule
from letterlint.config import Config
from letterlint.letter.parse import Letter
from letterlint.model import CheckResult, Severity

RULES = (
    Rule(
        code="LL801",
        slug="unused-suppression",
        severity=Severity.WARNING,
        summary="A suppression comment that silences nothing",
        what=(
            "With --report-unused-suppressions, flags a `<!-- letterlint off … -->`, "
            "`ignore` or `RULE = NO` comment (or an e-mail's X-Letterlint header) under "
            "which no finding of its rules was silenced, and a comment letterlint cannot "
            "read ('letterlint of LL301')."
        ),
        why=(
            "A switch left over after the words it excused were rewritten would silence "
            "the next problem in its place without anyone noticing; a misspelt one "
            "silences nothing while the writer believes it does."
        ),
        example=(
            "Dear Ms. Park,\n\n<!-- letterlint ignore LL302 -->\nThank you for talking "
            "with me today about the support lead role.\n\nBest regards,\nSam Ortiz"
        ),
        instead=(
            "Dear Ms. Park,\n\n<!-- letterlint ignore LL302 -->\nWe utilised every "
            "channel at Fernway.\n\nBest regards,\nSam Ortiz"
        ),
        example_options=MappingProxyType(
            {"report_unused_suppressions": True, "select": ["LL801", "LL302"]}
        ),
    ),
)


class SuppressionCheck(Check):
    name = "suppression"
    rules = RULES

    def run(self, letter: Letter, config: Config) -> CheckResult:
        # the findings are added by the engine once every other check has run
        return self.result([])
