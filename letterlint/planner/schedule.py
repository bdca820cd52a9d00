"""The follow-up planner: when to send the thank-you, the follow-ups, and when to stop.

The practice in DESIGN.md, as dates:

- **thank-you** within 24 hours of the interview (by the end of the next day when
  no time of day is known);
- **first follow-up** the day after the employer's deadline; when they said "a few
  days" and gave no date, a week after the interview; when they said nothing, also
  a week after the interview (the usual wait);
- **nudges** weekly after that by default (``cadence="fortnightly"`` for every two
  weeks), strictly before the stop date;
- **stop** about a month (one calendar month) after the deadline, or after the
  interview when there is no deadline.

Everything here is pure: dates in, a :class:`Plan` out. The same functions decide
the timing check's thresholds, so the planner and the linter never disagree.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from letterlint.planner.told import PlanError, Timeline, add_months, parse_told

CADENCES: Mapping[str, int] = {"weekly": 7, "fortnightly": 14}
"""Named nudge cadences and their interval in days. Weekly is the default: it is
the most often a nudge stays polite (the timing check flags anything closer), and a
month of silence is reached after three or four nudges rather than one."""

THANK_YOU_HOURS = 24
NO_DEADLINE_WAIT_DAYS = 7

@dataclass(frozen=True)
class Step:
    date: dt.date
    action: Literal["thank-you", "follow-up", "nudge", "stop"]
    description: str


@dataclass(frozen=True)
class Plan:
    """A follow-up schedule. ``deadline_source`` says where ``deadline`` came from:
    ``"given"`` (``--deadline``), ``"told"`` (worked out from ``--told``) or None."""

    interview: dt.datetime
    interview_time_known: bool
    deadline: dt.date | None
    deadline_source: Literal["given", "told"] | None
    told: Timeline | None
    cadence: str
    thank_you_by: dt.date
    thank_you_by_time: dt.datetime | None
    first_follow_up: dt.date
    first_follow_up_basis: str
    nudges: tuple[dt.date, ...]
    stop_after: dt.date
    notes: tuple[str, ...]
    today: dt.date | None = None

    @property
    def cadence_days(self) -> int:
        return CADENCES[self.cadence]

    @property
    def steps(self) -> tuple[Step, ...]:
        when = (
            f"{self.thank_you_by_time:%H:%M}, 24 hours after the interview"
            if self.thank_you_by_time
            else "the end of the day after the interview"
        )
        recall = (
            "recall the timeline they gave"
            if self.deadline or self.told
            else "say you're still interested"
        )
        steps = [
            Step(self.thank_you_by, "thank-you", f"Send your thank-you note by {when}."),
            Step(
                self.first_follow_up,
                "follow-up",
                f"First follow-up ({self.first_follow_up_basis}): {recall}, and add "
                "something useful if you can.",
            ),
        ]
        steps += [
            Step(day, "nudge", f"Still no reply: a short, friendly nudge ({self.cadence}).")
            for day in self.nudges
        ]
        anchor = "deadline" if self.deadline else "interview"
        steps.append(Step(
            self.stop_after,
            "stop",
            f"About a month after the {anchor}: stop following up and put your energy "
            "into other applications.",
        ))
        return tuple(steps)

    def status(self, day: dt.date) -> Literal["past", "today", "upcoming"] | None:
        if self.today is None:
            return None
        if day < self.today:
            return "past"
        return "today" if day == self.today else "upcoming"

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data; dates as ISO 8601 strings."""
        return {
            "interview_date": (
                self.interview.isoformat(timespec="minutes")
                if self.interview_time_known
                else self.interview.date().isoformat()
            ),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_source": self.deadline_source,
            "told": self.told.phrase if self.told else None,
            "thank_you_by": self.thank_you_by.isoformat(),
            "thank_you_by_time": (
                self.thank_you_by_time.isoformat(timespec="minutes")
                if self.thank_you_by_time
                else None
            ),
            "first_follow_up": self.first_follow_up.isoformat(),
            "cadence": self.cadence,
            "cadence_days": self.cadence_days,
            "nudges": [day.isoformat() for day in self.nudges],
            "stop_after": self.stop_after.isoformat(),
            "today": self.today.isoformat() if self.today else None,
            "steps": [
                {
                    "date": step.date.isoformat(),
                    "weekday": calendar.day_name[step.date.weekday()],
                    "action": step.action,
                    "description": step.description,
                    "status": self.status(step.date),
                }
                for step in self.steps
            ],
            "notes": list(self.notes),
        }


def plan(
    interview_date: dt.date | dt.datetime | str,
    deadline: dt.date | str | None = None,
    told: str | None = None,
    today: dt.date | None = None,
    cadence: str = "weekly",
) -> Plan:
    """The follow-up schedule for one interview.

    ``interview_date`` may carry a time of day (``2026-03-02T14:00``); a bare date,
    or a datetime at exactly midnight, means the time is unknown and the thank-you
    is due by the end of the next day. ``told`` is what the employer said about
    their timeline ("a few days", "two weeks", "by Friday"); ``deadline`` wins
    when both are given. ``today`` only marks steps as past, today or upcoming.

        >>> schedule = plan("2026-03-02", deadline="2026-03-09")
        >>> schedule.first_follow_up.isoformat(), schedule.stop_after.isoformat()
        ('2026-03-10', '2026-04-09')
    """
    if cadence not in CADENCES:
        raise PlanError(f"cadence must be {' or '.join(CADENCES)}, not {cadence!r}.")
    interview = as_datetime(interview_date, "--interview-date")
    time_known = has_time(interview)
    given = as_date(deadline, "--deadline") if deadline is not None else None
    timeline = parse_told(told, interview.date()) if told else None
    notes: list[str] = []
    if given is not None and given < interview.date():
        raise PlanError(
            f"--deadline {given.isoformat()} is before the interview on "
            f"{interview.date().isoformat()}; check the dates."
        )
    source: Literal["given", "told"] | None = None
    decision = given
    if given is not None:
        source = "given"
        if timeline is not None:
            notes.append(f"Using the deadline {given.isoformat()} rather than {told!r}.")
    elif timeline is not None and timeline.date is not None:
        decision, source = timeline.date, "told"
    first, basis = first_follow_up(interview.date(), decision, timeline)
    if decision is None and timeline is None:
        notes.append(
            "No deadline given: a week after the interview is the usual wait before a "
            "first follow-up. Pass --deadline or --told if they said when they would decide."
        )
    stop = stop_date(interview.date(), decision)
    nudges = nudge_dates(first, stop, CADENCES[cadence])
    for day in (first, *nudges):
        if day.weekday() >= 5:
            monday = day + dt.timedelta(days=7 - day.weekday())
            notes.append(
                f"{calendar.day_name[day.weekday()]} {day.isoformat()} is a weekend day; "
                f"sending on Monday {monday.isoformat()} reads better."
            )
    thank_you_time = thank_you_due(interview) if time_known else None
    thank_you = interview.date() + _DAY
    if today is not None and today >= stop:
        notes.append(
            "It is about a month or more past the "
            + ("deadline" if decision else "interview")
            + ": time to move on, leaving the door open with one last short note at most."
        )
    elif today is not None and today > thank_you:
        notes.append(
            "The 24-hour window for the thank-you has passed; if you have not sent it, a "
            "short, warm note is still better than none."
        )
    return Plan(
        interview=interview,
        interview_time_known=time_known,
        deadline=decision,
        deadline_source=source,
        told=timeline,
        cadence=cadence,
        thank_you_by=thank_you,
        thank_you_by_time=thank_you_time,
        first_follow_up=first,
        first_follow_up_basis=basis,
        nudges=nudges,
        stop_after=stop,
        notes=tuple(notes),
        today=today,
    )


_DAY = dt.timedelta(days=1)


def has_time(moment: dt.datetime) -> bool:
    """Whether a time of day was given; midnight is how a bare date arrives."""
    return moment.time() != dt.time()


def thank_you_due(interview: dt.datetime, hours: float = THANK_YOU_HOURS) -> dt.datetime:
    """When the thank-you becomes late: ``hours`` after the interview. When only
    the date is known the interview may have ended late that day, so the clock
    starts at midnight after it: 24 hours gives the end of the next day."""
    if has_time(interview):
        return interview + dt.timedelta(hours=hours)
    return _start_of(interview.date() + _DAY) + dt.timedelta(hours=hours)


def first_follow_up(
    interview: dt.date, deadline: dt.date | None, timeline: Timeline | None = None
) -> tuple[dt.date, str]:
    """The earliest polite date for the first follow-up, and why."""
    if deadline is not None:
        return deadline + _DAY, f"the day after the {deadline.isoformat()} deadline"
    wait = dt.timedelta(days=NO_DEADLINE_WAIT_DAYS)
    if timeline is not None and timeline.vague:
        return interview + wait, f"a week after the interview, as they said {timeline.phrase!r}"
    return interview + wait, "a week after the interview, as no deadline was given"


def stop_date(interview: dt.date, deadline: dt.date | None) -> dt.date:
    """About a month after the deadline (or the interview): time to move on."""
    return add_months(deadline or interview, 1)


def nudge_dates(first: dt.date, stop: dt.date, every_days: int) -> tuple[dt.date, ...]:
    step = dt.timedelta(days=every_days)
    days = []
    day = first + step
    while day < stop:
        days.append(day)
        day += step
    return tuple(days)


FIRST_YEAR, LAST_YEAR = 1970, 2200
"""Dates outside these years are typing mistakes, and the calendar arithmetic
near year 9999 overflows."""


def sane_date_problem(day: dt.date, what: str) -> str | None:
    """One sentence when ``day`` is outside FIRST_YEAR..LAST_YEAR, else None."""
    if FIRST_YEAR <= day.year <= LAST_YEAR:
        return None
    return (
        f"{what} {day.isoformat()} is not a plausible date; "
        f"use a date between {FIRST_YEAR} and {LAST_YEAR}."
    )


def local_naive(moment: dt.datetime) -> dt.datetime:
    """A datetime with a UTC offset as local wall-clock time without one, so it
    compares with the naive datetimes everything else uses."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=None)
    try:
        return moment.astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return moment.replace(tzinfo=None)


def as_datetime(value: dt.date | dt.datetime | str, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = _start_of(value)
    else:
        try:
            moment = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise PlanError(
                f"{what} must be a date like 2026-03-02 or 2026-03-02T14:30, not {value!r}."
            ) from None
    problem = sane_date_problem(moment.date(), what)
    if problem:
        raise PlanError(problem)
    return local_naive(moment)


def as_date(value: dt.date | str, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise PlanError(f"{what} must be a date like 2026-03-09, not {value!r}.") from None
    problem = sane_date_problem(day, what)
    if problem:
        raise PlanError(problem)
    return day


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


