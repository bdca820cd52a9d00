"""The score reads in three bands: 60 and over, send it; 40–59, send after edits;
under 40, do not send it. Findings decide the band, so number and findings agree."""

from __future__ import annotations

from letterlint import Linter
from letterlint.model import CheckResult, Finding, Severity, Status
from letterlint.scoring import letter_score


def _result(check: str, *severities: Severity) -> CheckResult:
    findings = tuple(
        Finding(code="LL999", rule="r", check=check, severity=severity, message="m")
        for severity in severities
    )
    return CheckResult(name=check, status=Status.OK, score=100, findings=findings)


def test_a_clean_letter_scores_100() -> None:
    assert letter_score([_result("tone"), _result("presend")]) == 100


def test_an_error_elsewhere_caps_the_score_at_59_a_tone_error_at_25() -> None:
    placeholder = letter_score([_result("presend", Severity.ERROR), _result("tone")])
    hostile = letter_score([_result("presend"), _result("tone", Severity.ERROR)])
    assert 40 <= placeholder <= 59
    assert hostile <= 25


def test_a_hostile_letter_scores_below_one_that_only_needs_edits(linter: Linter) -> None:
    needs_edits = linter.lint(
        "Dear [Interviewer Name],\n\nThank you for meeting me on Monday. I'm excited about "
        "the role; I ran the night desk at the Herald for four years.\n\nBest,\nSam"
    )
    hostile = linter.lint(
        "Dear Ms. Park,\n\nThank you for meeting me on Monday. Frankly, the interview started "
        "forty minutes late and your panel seemed bored.\n\nBest,\nSam"
    )
    assert hostile.score < 40 <= needs_edits.score < 60
    assert not hostile.passed


def test_a_letter_that_needs_edits_scores_well_below_a_good_one(linter: Linter) -> None:
    good = linter.lint(
        "Dear Ms. Park,\n\nThank you for meeting me on Monday. I enjoyed hearing how your desk "
        "plans to move the evening edition online, and I'm excited about the role.\n\nI ran "
        "the night desk at the Herald for four years, cutting our corrections by a third, so "
        "I'd bring that habit from day one.\n\nBest,\nSam"
    )
    stock_and_thin = linter.lint(
        "Dear Ms. Park,\n\nI am writing to express my sincere gratitude for the opportunity "
        "to interview for the role on Monday. I enjoyed hearing how your desk plans to move "
        "the evening edition online.\n\nPlease do not hesitate to contact me should you "
        "require any further information.\n\nBest,\nSam"
    )
    assert good.score >= 85
    assert stock_and_thin.score <= good.score - 20
