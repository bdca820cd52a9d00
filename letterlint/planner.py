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
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

CADENCES: Mapping[str, int] = {"weekly": 7, "fortnightly": 14}
"""Named nudge cadences and their interval in days. Weekly is the default: it is
the most often a nudge stays polite (the timing check flags anything closer), and a
month of silence is reached after three or four nudges rather than one."""

THANK_YOU_HOURS = 24
NO_DEADLINE_WAIT_DAYS = 7

TOLD_EXAMPLES = "'a few days', 'two weeks', 'by Friday', 'end of the month' or '2026-03-20'"


class PlanError(ValueError):
    """Dates or a timeline phrase the planner cannot use. The message is one sentence."""


class TimelineNotUnderstood(PlanError):
    """A ``--told`` phrase the planner cannot read at all."""


@dataclass(frozen=True)
class Timeline:
    """What the employer said about when they would decide, as understood.

    ``date`` is the promised decision date when the phrase names or implies one;
    ``vague`` is True for "a few days"-style phrases that promise no date.
    """

    phrase: str
    date: dt.date | None
    vague: bool = False


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


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (Jan 31 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def as_datetime(value: dt.date | dt.datetime | str, what: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return _start_of(value)
    try:
        return dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise PlanError(
            f"{what} must be a date like 2026-03-02 or 2026-03-02T14:30, not {value!r}."
        ) from None


def as_date(value: dt.date | str, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise PlanError(f"{what} must be a date like 2026-03-09, not {value!r}.") from None


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


# --- what the employer said ------------------------------------------------------

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
}
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(_WEEKDAYS)
_NUMBER = "|".join(sorted((re.escape(word) for word in _NUMBERS), key=len, reverse=True))

_FILLER = re.compile(
    r"^(?:(?:(?:they|we|you|he|she|i)(?:'d|'ll)?|said|told me|told us|mentioned|hoped|hope|"
    r"expected|expect|would|will|should|decide|know|hear(?: back)?|have|make|"
    r"(?:a |an )?(?:decision|news|answer|update)|be in touch|get back to (?:me|you)|"
    r"let (?:me|us|you) know|to|by|before|within|in|around|about|on|until|till|the|"
    r"approximately|roughly|maybe|probably|no later than|sometime|some time)\b\s*)+"
)
_VAGUE = re.compile(
    r"^(?:(?:a|the next)\s+)?(?:few|couple(?: of)?|several|one or two|two or three|\d\s*-\s*\d)"
    r"\s+(?:more\s+)?(?:working\s+|business\s+)?days?$|^a day or two$|^(?:soon|shortly|"
    r"a few days' time|due course)$"
)
_DURATION = re.compile(
    rf"^(?P<count>\d+|{_NUMBER})\s+(?:more\s+)?(?P<business>working\s+|business\s+)?"
    r"(?P<unit>day|week|month|fortnight)s?(?:'? time)?$"
)
_WEEKDAY_PHRASE = re.compile(rf"^(?P<which>this|next|coming)?\s*(?P<day>{_WEEKDAY})$")
_END_OF = re.compile(
    r"^(?P<edge>end|middle|start|beginning)\s+of\s+(?:the\s+)?(?P<which>this|next|the)?\s*"
    rf"(?P<unit>week|month|{_MONTH})$"
)
_MID_MONTH = re.compile(rf"^mid[- ]?(?P<unit>month|{_MONTH})$")
_RELATIVE_WEEK = re.compile(r"^(?P<which>this|next|early next|end of next)\s+(?P<unit>week|month)$")
_DAY_MONTH = re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})\.?$")
_MONTH_DAY = re.compile(rf"^(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$")
_ORDINAL = re.compile(r"^(?P<day>\d{1,2})(?:st|nd|rd|th)$")


def check_told(phrase: str) -> None:
    """Raise PlanError unless ``phrase`` is a timeline the planner understands
    (whatever the interview date turns out to be)."""
    anchor = dt.date(2000, 1, 3)
    try:
        parse_told(phrase, anchor)
    except TimelineNotUnderstood:
        raise
    except PlanError:
        pass  # understood, but before this made-up interview date


def parse_told(phrase: str, interview: dt.date) -> Timeline:
    """Understand what the employer said about when they would decide.

    Relative phrases count from the interview date: "two weeks" is the interview
    plus 14 days, "by Friday" the first Friday after it, "next Friday" the Friday
    of the following week, "end of the month" the last day of the interview's
    month, "a few days" promises no date at all.
    """
    text = re.sub(r"\s+", " ", phrase.strip().lower().rstrip(".!"))
    text = text.replace("’", "'")
    core = _FILLER.sub("", text).strip()
    if _VAGUE.match(core):
        return Timeline(phrase=phrase.strip(), date=None, vague=True)
    date = _told_date(core, interview)
    if date is not None:
        if date < interview:
            raise PlanError(
                f"--told {phrase!r} points to {date.isoformat()}, before the interview; "
                "check the phrase or pass --deadline."
            )
        return Timeline(phrase=phrase.strip(), date=date)
    raise TimelineNotUnderstood(
        f"--told {phrase!r} is not a timeline letterlint understands; try {TOLD_EXAMPLES}."
    )


def _told_date(core: str, interview: dt.date) -> dt.date | None:
    try:
        return dt.date.fromisoformat(core)
    except ValueError:
        pass
    if core == "tomorrow":
        return interview + _DAY
    if match := _DURATION.match(core):
        count = _count(match["count"])
        unit = match["unit"]
        if unit == "day":
            return _add_business_days(interview, count) if match["business"] else (
                interview + dt.timedelta(days=count)
            )
        if unit == "week":
            return interview + dt.timedelta(weeks=count)
        if unit == "fortnight":
            return interview + dt.timedelta(weeks=2 * count)
        return add_months(interview, count)
    if core in ("a fortnight", "fortnight"):
        return interview + dt.timedelta(weeks=2)
    if match := _WEEKDAY_PHRASE.match(core):
        return _weekday_after(interview, _WEEKDAYS[match["day"]], match["which"] == "next")
    if match := _RELATIVE_WEEK.match(core):
        return _relative(interview, match["which"], match["unit"])
    if match := _END_OF.match(core):
        return _edge_of(interview, match["edge"], match["which"] or "this", match["unit"])
    if match := _MID_MONTH.match(core):
        return _edge_of(interview, "middle", "this", match["unit"])
    if match := _DAY_MONTH.match(core) or _MONTH_DAY.match(core):
        return _next_date(interview, _MONTHS[match["month"]], int(match["day"]))
    if match := _ORDINAL.match(core):
        day = int(match["day"])
        month = interview.month if day > interview.day else interview.month % 12 + 1
        return _next_date(interview, month, day)
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _add_business_days(start: dt.date, count: int) -> dt.date:
    day = start
    while count > 0:
        day += _DAY
        if day.weekday() < 5:
            count -= 1
    return day


def _weekday_after(start: dt.date, weekday: int, next_week: bool) -> dt.date:
    """The first ``weekday`` after ``start``; with "next", that day in the
    following calendar week (Monday-based)."""
    if next_week:
        monday = start - dt.timedelta(days=start.weekday()) + 7 * _DAY
        return monday + dt.timedelta(days=weekday)
    ahead = (weekday - start.weekday()) % 7 or 7
    return start + dt.timedelta(days=ahead)


def _relative(start: dt.date, which: str, unit: str) -> dt.date:
    if unit == "month":
        return _edge_of(start, "end", "next" if "next" in which else "this", "month")
    monday = start - dt.timedelta(days=start.weekday())
    if which == "this":
        friday = monday + 4 * _DAY
        return friday if friday >= start else friday + 7 * _DAY
    if which == "early next":
        return monday + 8 * _DAY  # Tuesday of next week
    return monday + 11 * _DAY  # "next week" / "end of next week": that Friday


def _edge_of(start: dt.date, edge: str, which: str, unit: str) -> dt.date:
    if unit == "week":
        monday = start - dt.timedelta(days=start.weekday())
        if which == "next":
            monday += 7 * _DAY
        weekday = monday + dt.timedelta(days={"end": 4, "middle": 2}.get(edge, 0))
        return weekday if weekday >= start else weekday + 7 * _DAY
    if unit == "month":
        year, month = start.year, start.month
        if which == "next":
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        month = _MONTHS[unit]
        year = _year_of(start, month)
    last = calendar.monthrange(year, month)[1]
    day = {"end": last, "middle": 15}.get(edge, 1)
    result = dt.date(year, month, day)
    if result < start and unit == "month" and which != "next":
        return add_months(result, 1) if edge != "end" else _edge_of(start, edge, "next", unit)
    return result


def _year_of(start: dt.date, month: int) -> int:
    """The year of the named month nearest the interview: up to six months ahead
    rolls into next year ("end of January" in December); otherwise it is this
    year's month, which may lie in the past and is then reported as a mistake."""
    ahead = (month - start.month) % 12
    if ahead <= 6:
        return start.year + (1 if month < start.month else 0)
    return start.year - (1 if month > start.month else 0)


def _next_date(start: dt.date, month: int, day: int) -> dt.date:
    year = _year_of(start, month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise TimelineNotUnderstood(
            f"there is no day {day} in {calendar.month_name[month]}; check the --told phrase."
        ) from None
