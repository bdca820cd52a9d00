"""Timing: when the letter is sent, and whether a follow-up recalls the deadline (LL7xx).

The practice (DESIGN.md): a thank-you goes within 24 hours of the interview; the
first follow-up the day after the employer's deadline (a week after the interview
when they said "a few days" or nothing); it courteously recalls that deadline;
later nudges come no more than weekly; about a month after the deadline it is
time to move on. The dates come from the context (``--interview-date``,
``--deadline``, ``--told``, ``--previous-follow-up``, ``--sent``) and the
thresholds from :mod:`letterlint.planner`, so ``letterlint plan`` and this check
never disagree.

The send time is ``--sent``; else an email's ``Date`` header; else now (a draft
is judged as if sent now, and the message says so). Naive and zone-aware times
are compared on the wall clock, as both are the writer's own local time.

With no dates at all the check has nothing to say: it is **skipped** with the
reason, never reported as clean. A thank-you note without ``--interview-date`` is
skipped the same way.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from letterlint import planner
from letterlint.checks.base import Check, Rule
from letterlint.config import Config, Context
from letterlint.letter.parse import Letter
from letterlint.letter.timeline import is_courteous, reference_pairs
from letterlint.model import CheckResult, Finding, Severity

_THANK_YOU = (
    "Dear Ms. Park,\n\nThank you for meeting with me on Monday about the product designer "
    "role. Hearing how your team tests every flow with five customers before launch was "
    "exciting.\n\nAt Fernway I ran the same kind of study for our checkout and cut drop-off "
    "by 18%, and I would love to bring that practice to your spring launch.\n\nBest,\nSam"
)
_FOLLOW_UP = (
    "Dear Ms. Park,\n\nI hope your week is going well. You mentioned you hoped to decide on "
    "the product designer role by March 9, so I wanted to check in.\n\nI'm still very excited "
    "about the spring launch, and since we spoke I've finished a short usability study on "
    "a checkout like yours that I'd be glad to share.\n\nBest,\nSam"
)
_FOLLOW_UP_NO_REFERENCE = (
    "Dear Ms. Park,\n\nI wanted to check in on the product designer role. I'm still very "
    "excited about the spring launch, and since we spoke I've finished a short usability "
    "study on a checkout like yours that I'd be glad to share.\n\nBest,\nSam"
)
_NUDGE = (
    "Dear Ms. Park,\n\nI know the decision you hoped to make by March 9 may have taken "
    "longer than planned, so I'm sending a short note to say I'm still very interested in "
    "the product designer role and happy to help with anything you need.\n\nBest,\nSam"
)
_FOLLOW_UP_CONTEXT = {"kind": "follow-up", "deadline": "2026-03-09"}

RULES = (
    Rule(
        code="LL701",
        slug="thank-you-late",
        severity=Severity.WARNING,
        summary="A thank-you note sent more than 24 hours after the interview",
        what=(
            "Flags a thank-you note sent more than `thank_you_hours` (default 24) after "
            "`--interview-date`, and says how many hours late. Without a time of day the "
            "interview is taken to end at midnight, so the note is on time until the end of "
            "the next day. The send time is `--sent`, an email's Date header, or now."
        ),
        why=(
            "A thank-you note works while the conversation is fresh and before the decision "
            "is made; hiring managers often compare candidates within a day or two. A late "
            "note still beats none, but send it today and keep it short."
        ),
        example=_THANK_YOU,
        instead=_THANK_YOU,
        example_options=MappingProxyType(
            {"kind": "thank-you", "interview_date": "2026-03-02T10:00", "sent": "2026-03-04T09:00"}
        ),
        instead_options=MappingProxyType(
            {"kind": "thank-you", "interview_date": "2026-03-02T10:00", "sent": "2026-03-02T18:30"}
        ),
    ),
    Rule(
        code="LL702",
        slug="follow-up-too-early",
        severity=Severity.WARNING,
        summary="A follow-up sent before the employer's deadline has passed",
        what=(
            "Flags a follow-up sent before the day after `--deadline` (or the date worked "
            "out from `--told`). When they said 'a few days' or nothing, the first "
            "follow-up is due a week after `--interview-date`."
        ),
        why=(
            "Asking before the date they gave reads as impatience, or as not having "
            "listened. The day after the deadline you have a reason to write."
        ),
        example=_FOLLOW_UP,
        instead=_FOLLOW_UP,
        example_options=MappingProxyType({**_FOLLOW_UP_CONTEXT, "sent": "2026-03-09T16:00"}),
        instead_options=MappingProxyType({**_FOLLOW_UP_CONTEXT, "sent": "2026-03-10T09:00"}),
    ),
    Rule(
        code="LL703",
        slug="no-deadline-reference",
        severity=Severity.WARNING,
        summary="A follow-up that does not recall the timeline the employer gave",
        what=(
            "When a deadline or timeline is known (`--deadline` or `--told`), flags a "
            "follow-up with no sentence recalling it: 'you mentioned you hoped to decide by "
            "Friday', 'the timeline you shared', 'now that the date has passed'. A reference "
            "needs a time, a decision and the employer as the source; a demand of your own "
            "('I need to know by tomorrow') is not one, and nor is a reference the trained "
            "judge reads as a complaint ('You promised an answer by Friday and it's now "
            "Wednesday, so surely a decision has been made') or that counts the days gone "
            "past the date, in the sentence or the next ('You said I'd hear by the 9th. "
            "It's now the 23rd.'): then the message says the "
            "timeline is mentioned only in a complaint (the tone check flags the sentence "
            "itself)."
        ),
        why=(
            "Recalling their own date explains why you are writing now and makes the "
            "follow-up a reminder, not a complaint; without it a follow-up can read as "
            "impatient."
        ),
        example=_FOLLOW_UP_NO_REFERENCE,
        instead=_FOLLOW_UP,
        example_options=MappingProxyType({**_FOLLOW_UP_CONTEXT, "sent": "2026-03-10T09:00"}),
    ),
    Rule(
        code="LL704",
        slug="nudge-too-soon",
        severity=Severity.WARNING,
        summary="A follow-up less than a week after the previous one",
        what=(
            "With `--previous-follow-up DATE` (repeatable), flags a follow-up sent less "
            "than `nudge_interval_days` (default 7) after the most recent earlier one."
        ),
        why=(
            "Hiring decisions wait on other people's calendars. A nudge more often than "
            "weekly adds pressure without adding information and can cost the goodwill "
            "the letters are meant to build."
        ),
        example=_NUDGE,
        instead=_NUDGE,
        example_options=MappingProxyType(
            {**_FOLLOW_UP_CONTEXT, "previous_follow_ups": ["2026-03-10"], "sent": "2026-03-13"}
        ),
        instead_options=MappingProxyType(
            {**_FOLLOW_UP_CONTEXT, "previous_follow_ups": ["2026-03-10"], "sent": "2026-03-17"}
        ),
    ),
    Rule(
        code="LL705",
        slug="time-to-move-on",
        severity=Severity.INFO,
        summary="A follow-up a month or more past the deadline",
        what=(
            "Flags a follow-up sent a calendar month or more after `--deadline` (or after "
            "`--interview-date` when there is no deadline), the stop date `letterlint plan` "
            "gives."
        ),
        why=(
            "After about a month of silence the answer is usually no, or not yet. One last "
            "short, warm note is fine; after that your time is better spent on other "
            "applications, and the door stays open."
        ),
        example=_NUDGE,
        instead=_NUDGE,
        example_options=MappingProxyType({**_FOLLOW_UP_CONTEXT, "sent": "2026-04-14"}),
        instead_options=MappingProxyType({**_FOLLOW_UP_CONTEXT, "sent": "2026-03-17"}),
    ),
)

NO_CONTEXT = (
    "no dates given; pass --interview-date, --deadline, --told or --previous-follow-up "
    "to check timing"
)
THANK_YOU_NEEDS_INTERVIEW = "a thank-you note's timing needs --interview-date"


@dataclass(frozen=True)
class SendTime:
    moment: dt.datetime
    source: str  # "option", "email Date header" or "now"


class TimingCheck(Check):
    name = "timing"
    rules = RULES
    options = MappingProxyType({"thank_you_hours": planner.THANK_YOU_HOURS,
                                "nudge_interval_days": planner.CADENCES["weekly"]})

    def run(self, letter: Letter, config: Config) -> CheckResult:
        context = config.context
        if not _has_dates(context):
            return CheckResult.skipped(self.name, NO_CONTEXT)
        sent = send_time(letter, context)
        metrics: dict[str, Any] = {
            "sent": sent.moment.isoformat(timespec="minutes"),
            "sent_from": sent.source,
        }
        if letter.kind == "thank-you":
            if context.interview_date is None:
                return CheckResult.skipped(self.name, THANK_YOU_NEEDS_INTERVIEW)
            hours = float(self.setting(config, "thank_you_hours"))
            return self.result(self._thank_you(context.interview_date, sent, hours, metrics),
                               metrics)
        interval = int(self.setting(config, "nudge_interval_days"))
        return self.result(self._follow_up(letter, context, sent, interval, metrics), metrics)

    def _thank_you(
        self, interview: dt.datetime, sent: SendTime, hours: float, metrics: dict[str, Any]
    ) -> list[Finding]:
        moment, interview = _comparable(sent.moment, interview)
        due = planner.thank_you_due(interview, hours)
        elapsed = (moment - interview).total_seconds() / 3600
        metrics["hours_after_interview"] = round(elapsed, 1)
        metrics["thank_you_due"] = due.isoformat(timespec="minutes")
        if moment <= due:
            return []
        late = math.ceil((moment - due).total_seconds() / 3600)
        when = (
            f"{math.floor(elapsed)} hours after the interview"
            if planner.has_time(interview)
            else f"after the end of the day following the {interview.date().isoformat()} interview"
        )
        prefix = "If sent now, this thank-you is" if sent.source == "now" else "Thank-you sent"
        amount = f"{late} hour{'s' if late != 1 else ''}"
        if late >= 48:
            amount += f" ({late // 24} days)"
        return [self.finding(
            "LL701",
            f"{prefix} {amount} late: {when}",
            suggestion="Send it today anyway and keep it short; open with the thanks rather "
            "than an apology for the delay.",
            hours_late=late,
            hours_after_interview=round(elapsed, 1),
        )]

    def _follow_up(
        self,
        letter: Letter,
        context: Context,
        sent: SendTime,
        interval: int,
        metrics: dict[str, Any],
    ) -> list[Finding]:
        findings: list[Finding] = []
        day = sent.moment.date()
        interview = context.interview_date.date() if context.interview_date else None
        timeline, problem = _timeline(context.told, interview)
        if problem:
            metrics["told_problem"] = problem
        deadline = context.deadline or (timeline.date if timeline else None)
        metrics["deadline"] = deadline.isoformat() if deadline else None
        metrics["deadline_from"] = (
            "given" if context.deadline else "told" if deadline else None
        )
        if interview is not None or deadline is not None:
            anchor = interview or deadline
            assert anchor is not None
            first, basis = planner.first_follow_up(anchor, deadline, timeline)
            stop = planner.stop_date(anchor, deadline)
            metrics["first_follow_up"] = first.isoformat()
            metrics["stop_after"] = stop.isoformat()
            if day < first:
                findings.append(self.finding(
                    "LL702",
                    f"Follow-up {_sent_on(sent)} {_long(day)}, before {_long(first)} ({basis})",
                    suggestion=f"Wait until {_long(first)}; then recall the date they gave.",
                    first_follow_up=first.isoformat(),
                ))
            elif day >= stop:
                anchor_name = (
                    f"the {deadline.isoformat()} deadline" if deadline
                    else f"the {anchor.isoformat()} interview"
                )
                findings.append(self.finding(
                    "LL705",
                    f"Follow-up {_sent_on(sent)} {_long(day)}, a month or more after "
                    f"{anchor_name}",
                    suggestion="Consider moving on: send one last short, warm note if you "
                    "like, then put your energy into other applications.",
                    stop_after=stop.isoformat(),
                ))
        if deadline is not None or context.told:
            references = reference_pairs(letter)  # found once, the courteous ones among them
            courteous = [ref for ref, following in references if is_courteous(ref, following)]
            metrics["deadline_reference"] = bool(courteous)
            if not courteous:
                findings.append(self.finding(
                    "LL703",
                    ("The follow-up mentions the timeline they gave only in a complaint"
                     if references else "The follow-up does not mention the timeline they gave")
                    + (f" ({_long(deadline)})" if deadline else f" ({context.told!r})"),
                    suggestion=_reference_suggestion(deadline, context.told),
                ))
        earlier = sorted(date for date in context.previous_follow_ups if date <= day)
        if earlier:
            gap = (day - earlier[-1]).days
            metrics["days_since_last_follow_up"] = gap
            metrics["previous_follow_ups"] = len(earlier)
            if gap < interval:
                next_day = earlier[-1] + dt.timedelta(days=interval)
                findings.append(self.finding(
                    "LL704",
                    f"Nudge {gap} day{'s' if gap != 1 else ''} after your last follow-up "
                    f"({_long(earlier[-1])}); leave at least {interval} days",
                    suggestion=f"Wait until {_long(next_day)}.",
                    days_since_last_follow_up=gap,
                ))
        return findings


def send_time(letter: Letter, context: Context, now: dt.datetime | None = None) -> SendTime:
    """When the letter is (or would be) sent: ``--sent``, the email's Date, or now."""
    if context.sent is not None:
        return SendTime(context.sent, "option")
    header = _header(letter.source.headers, "date")
    if header:
        try:
            return SendTime(email.utils.parsedate_to_datetime(header), "email Date header")
        except (TypeError, ValueError, IndexError):
            pass  # an unreadable Date header is as good as none
    return SendTime(now or dt.datetime.now(), "now")


def _has_dates(context: Context) -> bool:
    return bool(
        context.interview_date or context.deadline or context.told or context.previous_follow_ups
    )


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _comparable(first: dt.datetime, second: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """Both zone-aware, or both naive on their own wall clocks."""
    if (first.tzinfo is None) == (second.tzinfo is None):
        return first, second
    return first.replace(tzinfo=None), second.replace(tzinfo=None)


def _timeline(
    told: str | None, interview: dt.date | None
) -> tuple[planner.Timeline | None, str | None]:
    if not told:
        return None, None
    if interview is None:
        try:
            return planner.Timeline(told, dt.date.fromisoformat(told.strip())), None
        except ValueError:
            return None, "relative --told phrases need --interview-date"
    try:
        return planner.parse_told(told, interview), None
    except planner.PlanError as error:
        return None, str(error)


def _sent_on(sent: SendTime) -> str:
    return "sent today," if sent.source == "now" else "sent"


def _long(day: dt.date) -> str:
    return f"{day:%A} {day.isoformat()}"


def _reference_suggestion(deadline: dt.date | None, told: str | None) -> str:
    if deadline is not None:
        return (
            f"Recall it politely: 'You mentioned you hoped to decide by {deadline:%B} "
            f"{deadline.day}, so I wanted to check in.'"
        )
    return (
        f"Recall what they told you ({told!r}) politely, e.g. 'You mentioned you hoped to "
        "decide soon after our interview, so I wanted to check in.'"
    )
