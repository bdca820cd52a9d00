"""The follow-up planner: the pure ``plan()`` and ``letterlint plan``."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest

import letterlint
from letterlint import Linter
from letterlint.cli import main
from letterlint.planner import PlanError, add_months, parse_told, plan

D = dt.date


def run_plan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["plan", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_acceptance_json_schedule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_plan(
        capsys, "--interview-date", "2026-03-02", "--deadline", "2026-03-09", "--format", "json"
    )
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert document["schema_version"] == 1
    assert document["thank_you_by"] == "2026-03-03"
    assert document["first_follow_up"] == "2026-03-10"
    assert document["cadence"] == "weekly"
    nudges = [D.fromisoformat(day) for day in document["nudges"]]
    assert nudges[0] == D(2026, 3, 17)
    assert all((later - earlier).days == 7 for earlier, later in itertools.pairwise(nudges))
    stop = D.fromisoformat(document["stop_after"])
    assert stop == D(2026, 4, 9)
    assert 28 <= (stop - D(2026, 3, 9)).days <= 31
    assert all(day < stop for day in nudges)
    actions = [step["action"] for step in document["steps"]]
    assert actions == ["thank-you", "follow-up", *["nudge"] * len(nudges), "stop"]
    assert [step["date"] for step in document["steps"]] == sorted(
        step["date"] for step in document["steps"]
    )


def test_text_schedule_lists_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_plan(capsys, "--interview-date", "2026-03-02", "--deadline",
                              "2026-03-09", "--today", "2026-03-12")
    assert status == 0
    assert out.startswith("Follow-up plan for the interview on Monday 2026-03-02; "
                          "deadline Monday 2026-03-09 (given)")
    assert "Tue 2026-03-03  thank-you  (past) Send your thank-you note" in out
    assert "Tue 2026-03-10  follow-up  (past) First follow-up" in out
    assert "Tue 2026-03-17  nudge" in out
    assert "Thu 2026-04-09  stop" in out


def test_plan_is_exported_from_the_public_api() -> None:
    schedule = letterlint.plan(D(2026, 3, 2), deadline=D(2026, 3, 9))
    assert isinstance(schedule, letterlint.Plan)
    assert schedule.thank_you_by == D(2026, 3, 3)
    assert schedule.first_follow_up == D(2026, 3, 10)
    assert schedule.stop_after == D(2026, 4, 9)
    assert "plan" in letterlint.__all__


def test_interview_time_gives_a_thank_you_time() -> None:
    schedule = plan("2026-03-02T14:30")
    assert schedule.thank_you_by_time == dt.datetime(2026, 3, 3, 14, 30)
    assert schedule.to_dict()["thank_you_by_time"] == "2026-03-03T14:30"
    assert plan("2026-03-02").to_dict()["thank_you_by_time"] is None


def test_told_a_few_days_without_a_date_waits_a_week() -> None:
    schedule = plan("2026-03-02", told="a few days")
    assert schedule.deadline is None
    assert schedule.first_follow_up == D(2026, 3, 9)
    assert "a few days" in schedule.first_follow_up_basis
    assert schedule.stop_after == D(2026, 4, 2)


def test_told_with_a_date_sets_the_deadline() -> None:
    schedule = plan("2026-03-02", told="by Friday")
    assert (schedule.deadline, schedule.deadline_source) == (D(2026, 3, 6), "told")
    assert schedule.first_follow_up == D(2026, 3, 7)
    assert any("weekend" in note for note in schedule.notes)  # the 7th is a Saturday


def test_no_deadline_waits_a_week_and_says_why() -> None:
    schedule = plan("2026-03-02")
    assert schedule.first_follow_up == D(2026, 3, 9)
    assert any("No deadline given" in note for note in schedule.notes)


def test_deadline_wins_over_told() -> None:
    schedule = plan("2026-03-02", deadline="2026-03-20", told="a few days")
    assert (schedule.deadline, schedule.deadline_source) == (D(2026, 3, 20), "given")
    assert any("rather than" in note for note in schedule.notes)


def test_fortnightly_cadence(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_plan(capsys, "--interview-date", "2026-03-02", "--deadline",
                              "2026-03-09", "--cadence", "fortnightly", "--format", "json")
    document = json.loads(out)
    assert status == 0
    assert (document["cadence"], document["cadence_days"]) == ("fortnightly", 14)
    assert document["nudges"] == ["2026-03-24", "2026-04-07"]


def test_today_marks_steps(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_plan(capsys, "--interview-date", "2026-03-02", "--deadline", "2026-03-09",
                         "--today", "2026-03-10", "--format", "json")
    statuses = {step["date"]: step["status"] for step in json.loads(out)["steps"]}
    assert statuses["2026-03-03"] == "past"
    assert statuses["2026-03-10"] == "today"
    assert statuses["2026-04-09"] == "upcoming"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("two weeks", D(2026, 3, 16)),
        ("within a fortnight", D(2026, 3, 16)),
        ("10 days", D(2026, 3, 12)),
        ("7 working days", D(2026, 3, 11)),
        ("a couple of weeks", D(2026, 3, 16)),
        ("by Friday", D(2026, 3, 6)),
        ("next Friday", D(2026, 3, 13)),
        ("end of the week", D(2026, 3, 6)),
        ("end of next week", D(2026, 3, 13)),
        ("by the end of the month", D(2026, 3, 31)),
        ("mid-March", D(2026, 3, 15)),
        ("the 20th", D(2026, 3, 20)),
        ("March 20", D(2026, 3, 20)),
        ("20 March", D(2026, 3, 20)),
        ("2026-03-20", D(2026, 3, 20)),
        ("they said they would decide by Friday", D(2026, 3, 6)),
        ("tomorrow", D(2026, 3, 3)),
    ],
)
def test_told_phrases(phrase: str, expected: D) -> None:
    assert parse_told(phrase, D(2026, 3, 2)).date == expected


@pytest.mark.parametrize("phrase", ["a few days", "in a couple of days", "soon", "a day or two"])
def test_vague_told_phrases(phrase: str) -> None:
    timeline = parse_told(phrase, D(2026, 3, 2))
    assert timeline.vague and timeline.date is None


def test_month_names_roll_into_next_year_only_when_ahead() -> None:
    assert parse_told("end of January", D(2026, 12, 10)).date == D(2027, 1, 31)
    with pytest.raises(PlanError, match="before the interview"):
        parse_told("end of February", D(2026, 3, 2))


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--interview-date", "2026-03-0x"], "--interview-date must be a date like 2026-03-02"),
        (["--interview-date", "2026-03-02", "--deadline", "soon"], "--deadline must be a date"),
        (["--interview-date", "2026-03-09", "--deadline", "2026-03-02"], "is before the interview"),
        (["--interview-date", "2026-03-02", "--told", "whenever"], "not a timeline"),
        (["--interview-date", "2026-03-02", "--today", "later"], "--today must be a date"),
    ],
)
def test_plan_validation_errors_exit_2_with_one_sentence(
    capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    status, out, err = run_plan(capsys, *args)
    assert status == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("letterlint: error: ") and needle in lines[0]
    assert lines[0].endswith(".")


def test_missing_interview_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--deadline", "2026-03-09"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "letterlint: error: the following arguments are required: --interview-date; "
        "see `letterlint plan --help`."
    ]


@pytest.mark.parametrize(
    ("options", "sent", "fires"),
    [
        ({"deadline": "2026-03-09"}, "2026-03-09", True),
        ({"deadline": "2026-03-09"}, "2026-03-10", False),
        ({"interview_date": "2026-03-02", "told": "a few days"}, "2026-03-08", True),
        ({"interview_date": "2026-03-02", "told": "a few days"}, "2026-03-09", False),
        ({"interview_date": "2026-03-02", "told": "by Friday"}, "2026-03-07", False),
    ],
)
def test_timing_check_agrees_with_the_plan(
    linter: Linter, options: dict[str, Any], sent: str, fires: bool
) -> None:
    schedule = plan(options.get("interview_date", "2026-03-02"),
                    deadline=options.get("deadline"), told=options.get("told"))
    assert (D.fromisoformat(sent) < schedule.first_follow_up) is fires
    report = linter.lint("Hi Sam,\n\nAny news on the role?\n\nJo\n", select=["timing"],
                         kind="follow-up", sent=sent, **options)
    assert ("LL702" in report.codes()) is fires
