"""What the employer said about when they would decide, read as a date.

``parse_told`` turns phrases such as "a few days", "two weeks", "by Friday" or
"end of the month" into a :class:`Timeline`, counting from the interview date.
Pure: a phrase and a date in, a Timeline out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from letterlint.letter.months import MONTH, month_number

TOLD_EXAMPLES = "'a few days', 'two weeks', 'by Friday', 'end of the month' or '2026-03-20'"

_DAY = dt.timedelta(days=1)


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




_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "a couple of": 2, "couple of": 2, "a few": 3, "few": 3,
}
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
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
    rf"(?P<unit>week|month|{MONTH})$"
)
_MID_MONTH = re.compile(rf"^mid[- ]?(?P<unit>month|{MONTH})$")
_RELATIVE_WEEK = re.compile(r"^(?P<which>this|next|early next|end of next)\s+(?P<unit>week|month)$")
_DAY_MONTH = re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})\.?$")
_MONTH_DAY = re.compile(rf"^(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?$")
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
        return _next_date(interview, month_number(match["month"]), int(match["day"]))
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
        month = month_number(unit)
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


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (Jan 31 → Feb 28)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
