"""The timing check (LL7xx) on real parses: send time, deadline reference, cadence.

Every test passes an explicit ``sent`` (or an email Date header) so nothing
depends on the clock, except where a test asserts only that "now" was used.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from letterlint import Finding, Linter, Report, Source, Status
from letterlint.checks import BUILTIN_CHECKS
from letterlint.checks.timing import NO_CONTEXT, RULES, THANK_YOU_NEEDS_INTERVIEW, TimingCheck
from letterlint.cli import main
from letterlint.letter.timeline import is_deadline_reference
from tests.conftest import CORPUS

THANK_YOU = (
    "Dear Ms. Park,\n\nThank you for meeting with me on Monday about the analyst role. "
    "Hearing how your team rebuilt the weekly forecast around store-level data was "
    "exciting.\n\nAt Fernway I built the demand model our buyers use every Monday, which cut "
    "overstock by 12% in a year, and I'd love to bring that to your team.\n\nBest,\nSam\n"
)
FOLLOW_UP = (
    "Dear Ms. Park,\n\nI hope your week is going well. You mentioned you hoped to decide on "
    "the analyst role by March 9, so I wanted to check in.\n\nI'm still very keen, and since "
    "we spoke I've finished the forecasting course I mentioned.\n\nBest,\nSam\n"
)
FOLLOW_UP_NO_REFERENCE = (
    "Dear Ms. Park,\n\nI wanted to check in on the analyst role. I'm still very keen, and "
    "since we spoke I've finished the forecasting course I mentioned.\n\nBest,\nSam\n"
)


def lint(linter: Linter, text: str | Source, **options: Any) -> Report:
    return linter.lint(text, select=["timing"], **options)


def timing_of(report: Report) -> Any:
    result = report.check("timing")
    assert result is not None
    return result


def only(report: Report, code: str) -> Finding:
    found = [finding for finding in report.findings if finding.code == code]
    assert len(found) == 1, f"expected one {code}, got {report.findings}"
    return found[0]


# --- every rule's documented examples ---------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_example_fires_and_instead_does_not(linter: Linter, rule: Any) -> None:
    for part in (rule.what, rule.why, rule.summary, rule.example, rule.instead):
        assert part.strip()
    assert rule.code.startswith("LL7")
    example = linter.lint(rule.example, **rule.example_options)
    instead = linter.lint(rule.instead, **rule.options_for_instead)
    assert rule.code in example.codes()
    assert rule.code not in instead.codes()


def test_timing_is_registered_last_among_the_built_in_checks() -> None:
    assert BUILTIN_CHECKS[-1] is TimingCheck


def test_explain_prints_a_timing_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "thank-you-late"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("LL701 thank-you-late (timing, warning)")
    assert "Why it matters" in out
    # the example and the better version differ only in when they are sent
    assert "Example\n  (with --kind thank-you --interview-date 2026-03-02T10:00 --sent " \
        "2026-03-04T09:00)\n" in out
    assert "Instead\n  (with --kind thank-you --interview-date 2026-03-02T10:00 --sent " \
        "2026-03-02T18:30)\n" in out


# --- no context: nothing to say, and it says so -----------------------------------


def test_without_dates_timing_is_skipped_with_the_reason(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP)
    result = timing_of(report)
    assert result.status is Status.SKIPPED
    assert result.score is None
    assert result.reason == NO_CONTEXT
    assert not report.findings


def test_a_send_date_alone_is_not_enough_context(linter: Linter) -> None:
    result = timing_of(lint(linter, FOLLOW_UP, sent="2026-03-10"))
    assert result.status is Status.SKIPPED


def test_thank_you_without_interview_date_is_skipped(linter: Linter) -> None:
    result = timing_of(lint(linter, THANK_YOU, kind="thank-you", deadline="2026-03-09",
                            sent="2026-03-03"))
    assert result.status is Status.SKIPPED
    assert result.reason == THANK_YOU_NEEDS_INTERVIEW


def test_skipped_timing_shows_in_the_json(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(FOLLOW_UP, "utf-8")
    assert main(["--isolated", "--select", "LL7", "--format", "json", str(draft)]) == 0
    checks = json.loads(capsys.readouterr().out)["files"][0]["checks"]
    timing = next(check for check in checks if check["name"] == "timing")
    assert (timing["status"], timing["score"], timing["reason"]) == ("skipped", None, NO_CONTEXT)


# --- LL701: thank-you sent more than 24 hours after the interview -----------------


def test_late_thank_you_says_how_many_hours_late(linter: Linter) -> None:
    report = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02T10:00",
                  sent="2026-03-03T17:00")
    finding = only(report, "LL701")
    assert "7 hours late" in finding.message
    assert "31 hours after the interview" in finding.message
    assert finding.metadata["hours_late"] == 7
    assert finding.span is None


def test_thank_you_within_24_hours_is_on_time(linter: Linter) -> None:
    report = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02T10:00",
                  sent="2026-03-03T10:00")
    assert "LL701" not in report.codes()
    result = timing_of(report)
    assert result.status is Status.OK
    assert result.metrics["hours_after_interview"] == 24.0


def test_date_only_interview_allows_until_the_end_of_the_next_day(linter: Linter) -> None:
    on_time = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02",
                   sent="2026-03-03T23:30")
    late = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02",
                sent="2026-03-04T06:00")
    assert "LL701" not in on_time.codes()
    assert "6 hours late" in only(late, "LL701").message


def test_very_late_thank_you_also_gives_days(linter: Linter) -> None:
    report = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02T10:00",
                  sent="2026-03-06T10:00")
    assert "72 hours (3 days) late" in only(report, "LL701").message


def test_send_time_comes_from_the_email_date_header(linter: Linter) -> None:
    late = Source(text=THANK_YOU, path="note.eml", format="email", extracted=True,
                  headers={"Subject": "Thank you", "Date": "Wed, 04 Mar 2026 09:00:00 +0000"})
    report = lint(linter, late, kind="thank-you", interview_date="2026-03-02T10:00")
    assert "23 hours late" in only(report, "LL701").message
    assert timing_of(report).metrics["sent_from"] == "email Date header"
    on_time = Source(text=THANK_YOU, headers={"Date": "Mon, 02 Mar 2026 18:30:00 -0500"})
    assert "LL701" not in lint(linter, on_time, kind="thank-you",
                               interview_date="2026-03-02T10:00").codes()


def test_sent_option_wins_over_the_date_header(linter: Linter) -> None:
    source = Source(text=THANK_YOU, headers={"Date": "Wed, 04 Mar 2026 09:00:00 +0000"})
    report = lint(linter, source, kind="thank-you", interview_date="2026-03-02T10:00",
                  sent="2026-03-02T20:00")
    assert "LL701" not in report.codes()
    assert timing_of(report).metrics["sent_from"] == "option"


def test_unreadable_date_header_falls_back_to_now(linter: Linter) -> None:
    source = Source(text=THANK_YOU, headers={"Date": "sometime last week"})
    report = lint(linter, source, kind="thank-you", interview_date="2000-01-03T10:00")
    assert timing_of(report).metrics["sent_from"] == "now"
    assert only(report, "LL701").message.startswith("If sent now, this thank-you is")


def test_zone_aware_header_compares_on_the_wall_clock(linter: Linter) -> None:
    # 23:00 in New York on the 2nd is 04:00 UTC on the 3rd; the writer's own clock counts.
    source = Source(text=THANK_YOU, headers={"Date": "Tue, 03 Mar 2026 09:30:00 -0500"})
    report = lint(linter, source, kind="thank-you", interview_date="2026-03-02T10:00")
    assert "LL701" not in report.codes()
    assert timing_of(report).metrics["hours_after_interview"] == 23.5


def test_thank_you_hours_is_configurable(linter: Linter, tmp_path: Path) -> None:
    config = tmp_path / "letterlint.toml"
    config.write_text("[timing]\nthank_you_hours = 48\n", "utf-8")
    with Linter(config, registry=linter.registry, pipeline=linter.pipeline) as custom:
        report = custom.lint(THANK_YOU, select=["timing"], kind="thank-you",
                             interview_date="2026-03-02T10:00", sent="2026-03-03T17:00")
    assert "LL701" not in report.codes()


# --- LL702: follow-up before the day after the deadline ---------------------------


def test_follow_up_on_the_deadline_day_is_too_early(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", deadline="2026-03-09",
                  sent="2026-03-09T16:00")
    finding = only(report, "LL702")
    assert "2026-03-10" in finding.message
    assert "the day after the 2026-03-09 deadline" in finding.message


def test_follow_up_the_day_after_the_deadline_is_fine(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", deadline="2026-03-09",
                  sent="2026-03-10T09:00")
    assert not report.codes()
    assert timing_of(report).metrics["first_follow_up"] == "2026-03-10"


def test_told_a_few_days_means_wait_a_week(linter: Linter) -> None:
    early = lint(linter, FOLLOW_UP, kind="follow-up", interview_date="2026-03-02",
                 told="a few days", sent="2026-03-06")
    assert "a week after the interview" in only(early, "LL702").message
    fine = lint(linter, FOLLOW_UP, kind="follow-up", interview_date="2026-03-02",
                told="a few days", sent="2026-03-09")
    assert "LL702" not in fine.codes()


def test_told_phrase_gives_the_deadline(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", interview_date="2026-03-02",
                  told="two weeks", sent="2026-03-16")
    metrics = timing_of(report).metrics
    assert (metrics["deadline"], metrics["deadline_from"]) == ("2026-03-16", "told")
    assert "LL702" in report.codes()


# --- LL703: the follow-up recalls the deadline ------------------------------------


def test_follow_up_without_the_deadline_is_flagged(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP_NO_REFERENCE, kind="follow-up", deadline="2026-03-09",
                  sent="2026-03-10")
    finding = only(report, "LL703")
    assert "Monday 2026-03-09" in finding.message
    assert finding.suggestion is not None and "March 9" in finding.suggestion


def test_deadline_reference_is_only_asked_for_when_a_deadline_is_known(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP_NO_REFERENCE, kind="follow-up",
                  interview_date="2026-03-02", sent="2026-03-10")
    assert "LL703" not in report.codes()
    assert "deadline_reference" not in timing_of(report).metrics


def test_a_reference_made_only_in_a_complaint_is_not_the_courteous_one(
    linter: Linter,
) -> None:
    """Since the twenty-seventh session a reference the judge reads as bad tone (at
    timeline.COURTEOUS_BELOW or more) does not count: the labelled letters call only a
    courteous reminder a reference, and the advice is to make one."""
    text = (
        "Hi Dr. Huang,\n\nYou promised an answer by Friday and it's now Wednesday, so "
        "surely a decision has been made by now.\n\nKelly\n"
    )
    report = lint(linter, text, kind="follow-up", deadline="2026-03-13", sent="2026-03-18")
    finding = only(report, "LL703")
    assert "only in a complaint" in finding.message
    assert timing_of(report).metrics["deadline_reference"] is False


def test_a_reference_that_counts_the_days_gone_past_is_no_reminder(linter: Linter) -> None:
    """"You told me I'd hear by the 10th and it's now the 18th": the days past the date
    counted against the reader (11 of 15 such read letters are labelled with no
    courteous reference), whatever the judge makes of the plain words."""
    from letterlint.letter.parse import parse_letters
    from letterlint.letter.timeline import deadline_references, is_courteous
    from letterlint.sources.read import Source

    text = ("Hi Dr. Huang,\n\nYou told me at interview I'd hear by the 10th and it's now the "
            "18th.\n\nKelly\n")
    letter = parse_letters([Source(text)], linter.pipeline, judge=True)[0]
    (reference,) = deadline_references(letter)
    assert not is_courteous(reference, None)
    report = lint(linter, text, kind="follow-up", deadline="2026-03-10", sent="2026-03-18")
    assert "only in a complaint" in only(report, "LL703").message
    kind = text.replace("and it's now the 18th", "so I wanted to check in")
    report = lint(linter, kind, kind="follow-up", deadline="2026-03-10", sent="2026-03-18")
    assert timing_of(report).metrics["deadline_reference"] is True


def test_the_days_counted_in_the_next_sentence_make_no_reminder(linter: Linter) -> None:
    """"You said I'd hear by the 10th. It's now the 24th, so…": the count said in the
    sentence after the reference is the same complaint; a next sentence that says
    something else leaves the reference a reminder."""
    text = ("Hi Dr. Huang,\n\nYou said I would hear by the 10th. It's now the 24th, so I "
            "assume the role has gone.\n\nKelly\n")
    report = lint(linter, text, kind="follow-up", deadline="2026-03-10", sent="2026-03-24")
    assert "only in a complaint" in only(report, "LL703").message
    kind = text.replace("It's now the 24th, so I assume the role has gone.",
                        "It's no trouble if things have moved on.")
    report = lint(linter, kind, kind="follow-up", deadline="2026-03-10", sent="2026-03-24")
    assert timing_of(report).metrics["deadline_reference"] is True


@pytest.mark.parametrize(("reference", "following", "reminder"), [
    # the wait granted, or no date counted: still a reminder
    ("You mentioned you hoped to decide by the 10th.",
     "It's now over a week since then, and I know these things take time, so no rush.", True),
    ("You mentioned you hoped to decide by the 10th.",
     "It's already mid-March, so I imagine things are busy.", True),
    ("You mentioned you hoped to decide by the 10th.",
     "It's now Tuesday, and I'm off on leave from Friday, so here is my mobile number.", True),
    ("You mentioned you hoped to decide by the 10th.",
     "It's now almost two weeks on, and I completely understand these things can slip.", True),
    # the days counted in other words: a complaint
    ("You said I would hear by the 10th.", "Well, it's now the 24th.", False),
    ("You said I would hear by the 10th.", "Today is the 24th.", False),
    ("You said I would hear by the 10th.", "It's now two weeks later.", False),
    ("You said I would hear by the 10th.", "It is now 24 March and I have heard nothing.", False),
])
def test_what_the_next_sentence_says_decides_the_reminder(
    linter: Linter, reference: str, following: str, reminder: bool
) -> None:
    text = f"Hi Dr. Huang,\n\n{reference} {following}\n\nKelly\n"
    report = lint(linter, text, kind="follow-up", deadline="2026-03-10", sent="2026-03-24")
    assert timing_of(report).metrics["deadline_reference"] is reminder


def test_a_courteous_reference_counts(linter: Linter) -> None:
    text = (
        "Hi Dr. Huang,\n\nYou mentioned you hoped to decide by Friday, so I wanted to check "
        "in. I'm still very keen on the lab manager role.\n\nKelly\n"
    )
    report = lint(linter, text, kind="follow-up", deadline="2026-03-13", sent="2026-03-18")
    assert "LL703" not in report.codes()
    assert timing_of(report).metrics["deadline_reference"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "You mentioned you hoped to decide by Friday, so I thought I'd check in.",
        "I hope the timeline you shared is still on track.",
        "You said you'd let me know about the job by the end of last week.",
        "I was told I'd hear back within a week or so.",
        "Dr. Osei told me that the team would make a decision by March 13.",
        "At the interview you kindly explained that the panel aimed to confirm the outcome "
        "within three weeks.",
        "You'd mentioned the team hoped to wrap up interviews by mid-March.",
        "The date you gave for a decision has now passed, so I wanted to check in.",
        "I understand the school planned to make appointments after half term.",
        "Thank you again for the interview on 12 March. You mentioned that the\ncommittee "
        "expected to reach a decision in the first week of April.",
        "According to the recruiter, a decision would be made by Friday.",
        "Sarah said the panel would be in touch within ten days.",
        "You said you'd be in touch soon, so I thought I'd check in.",
        "Since the decision was due last Friday, I wanted to follow up.",
        "Given the two-week timeframe you mentioned, I wanted to check in.",
        "I'm following up, since you'd said a decision was likely around [date/week].",
        "You said you expected to be in contact by [original timeline], so I'm checking in.",
        "It was Mark in HR that said a decision would come by the 14th.",
        # the source after what they said
        "I wanted to check whether you're still on track to decide by the end of this week, "
        "as you mentioned at interview.",
        "I hope to hear by Friday, as you said.",
    ],
)
def test_references_to_the_employers_timeline(sentence: str) -> None:
    assert is_deadline_reference(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I need to know by tomorrow whether you're moving forward with me.",
        "That said, I need a firm decision from you by 5pm tomorrow.",  # read set 42
        "Please get back to me this week.",
        "I'd like a clear answer by the end of the week.",
        "Had my interview two weeks ago and I still haven't heard back.",
        "You mentioned your team ships every week, which I loved.",
        "You told me about the clinic opening in June, and I'd love to help.",
        "I'm the obvious choice, after you told me the region has had no rep for three months.",
        "My caseload winds down at the end of April, so I could start in May.",
        "I interviewed for the Senior Accountant position on 4 March.",
        "As I said in my last email, I'd appreciate an answer by Friday.",
        "As mentioned, I'd love to hear back by Friday.",
        "You explained that the new lab opens in September and that I would help set it up.",
        "I heard that offers were sent out last week.",
        "I am reaching out to inquire about your timeline for the next steps.",
        "I look forward to [meeting] you.",
        "I was in Leeds last week, as you mentioned.",
        "I can start on 1 May, as I mentioned at interview.",
        "I'll call you on Monday, as you suggested.",
        "I finish my notice at the end of March, as you had noted in the interview.",
        "I heard the new hires start in September, as you said.",
    ],
)
def test_not_references_to_the_employers_timeline(sentence: str) -> None:
    assert not is_deadline_reference(sentence)


def _labelled_follow_ups() -> list[tuple[Path, bool]]:
    letters = []
    for labels_path in sorted(CORPUS.glob("*.json")):
        labels = json.loads(labels_path.read_text("utf-8"))
        if labels["kind"] == "follow-up":
            letters.append((labels_path.with_suffix(".txt"), bool(labels["references_deadline"])))
    return letters


def test_deadline_reference_precision_and_recall_on_the_corpus(linter: Linter) -> None:
    labelled = _labelled_follow_ups()
    assert len(labelled) >= 40
    reports = linter.lint_many(
        (path for path, _ in labelled), select=["timing"], kind="follow-up",
        deadline="2026-03-09", sent="2026-03-10",
    )
    true_positive = false_positive = false_negative = 0
    misses = []
    for (path, references), report in zip(labelled, reports, strict=True):
        detected = timing_of(report).metrics["deadline_reference"]
        assert ("LL703" in report.codes()) is (not detected)
        if detected and references:
            true_positive += 1
        elif detected:
            false_positive += 1
            misses.append(f"false reference: {path.name}")
        elif references:
            false_negative += 1
            misses.append(f"missed reference: {path.name}")
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert precision >= 0.95 and recall >= 0.9, misses


# --- LL704: nudges more often than weekly -----------------------------------------


def test_nudge_three_days_after_the_last_one_is_too_soon(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", deadline="2026-03-09",
                  previous_follow_ups=["2026-03-10"], sent="2026-03-13")
    finding = only(report, "LL704")
    assert "3 days after your last follow-up" in finding.message
    assert finding.suggestion == "Wait until Tuesday 2026-03-17."


def test_weekly_nudges_are_fine_and_later_dates_are_ignored(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", deadline="2026-03-09",
                  previous_follow_ups=["2026-03-10", "2026-03-17", "2026-03-30"],
                  sent="2026-03-24")
    assert "LL704" not in report.codes()
    metrics = timing_of(report).metrics
    assert (metrics["days_since_last_follow_up"], metrics["previous_follow_ups"]) == (7, 2)


def test_previous_follow_ups_alone_are_enough_context(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", previous_follow_ups=["2026-03-20"],
                  sent="2026-03-22")
    assert report.codes() == {"LL704"}


# --- LL705: a month past the deadline ---------------------------------------------


def test_a_month_past_the_deadline_suggests_moving_on(linter: Linter) -> None:
    report = lint(linter, FOLLOW_UP, kind="follow-up", deadline="2026-03-09",
                  sent="2026-04-09")
    finding = only(report, "LL705")
    assert finding.severity.value == "info"
    assert "moving on" in (finding.suggestion or "")


def test_without_deadline_the_month_counts_from_the_interview(linter: Linter) -> None:
    late = lint(linter, FOLLOW_UP, kind="follow-up", interview_date="2026-03-02",
                sent="2026-04-02")
    early = lint(linter, FOLLOW_UP, kind="follow-up", interview_date="2026-03-02",
                 sent="2026-04-01")
    assert "the 2026-03-02 interview" in only(late, "LL705").message
    assert "LL705" not in early.codes()


def test_follow_up_rules_leave_a_thank_you_alone(linter: Linter) -> None:
    report = lint(linter, THANK_YOU, kind="thank-you", interview_date="2026-03-02T10:00",
                  deadline="2026-03-09", previous_follow_ups=["2026-03-02"],
                  sent="2026-03-02T15:00")
    assert not report.codes()


# --- CLI: flags, config key, validation -------------------------------------------


def test_cli_previous_follow_up_is_repeatable(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    draft = tmp_path / "nudge.txt"
    draft.write_text(FOLLOW_UP, "utf-8")
    status = main(["--isolated", "--select", "LL7", "--kind", "follow-up", "--format", "json",
                   "--deadline", "2026-03-09", "--previous-follow-up", "2026-03-10",
                   "--previous-follow-up", "2026-03-16", "--sent", "2026-03-18", str(draft)])
    document = json.loads(capsys.readouterr().out)
    assert status == 0  # a warning does not trip the default gate (error)
    findings = document["files"][0]["findings"]
    assert [finding["code"] for finding in findings] == ["LL704"]
    assert "2 days after your last follow-up" in findings[0]["message"]


def test_config_key_previous_follow_ups(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    (tmp_path / "letterlint.toml").write_text(
        'kind = "follow-up"\ndeadline = "2026-03-09"\nprevious-follow-ups = ["2026-03-10"]\n'
        'told = "a week"\n', "utf-8")
    draft = tmp_path / "nudge.txt"
    draft.write_text(FOLLOW_UP, "utf-8")
    status = main(["--select", "LL7", "--fail-on", "warning", "--sent", "2026-03-12",
                   str(draft)])
    out = capsys.readouterr().out
    assert status == 1
    assert "LL704" in out


@pytest.mark.parametrize(
    ("flag", "value", "needle"),
    [
        ("--interview-date", "2026-02-30", "interview-date must be a date"),
        ("--sent", "yesterday", "sent must be a date"),
        ("--deadline", "next week", "deadline must be a date"),
        ("--previous-follow-up", "2026-13-01", "previous-follow-ups must be a date"),
        ("--told", "whenever", "not a timeline letterlint understands"),
    ],
)
def test_cli_bad_timing_context_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, flag: str, value: str, needle: str
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(FOLLOW_UP, "utf-8")
    assert main(["--isolated", flag, value, str(draft)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
