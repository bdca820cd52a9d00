"""The follow-up plan: dates from the interview, the deadline and what was said.

``schedule`` turns dates into a :class:`Plan`; ``told`` reads what the employer
said about timing ("a few days", "by Friday"). This module is their public face.
"""

from letterlint.planner.schedule import (
    CADENCES,
    NO_DEADLINE_WAIT_DAYS,
    THANK_YOU_HOURS,
    Plan,
    Step,
    as_date,
    as_datetime,
    first_follow_up,
    has_time,
    nudge_dates,
    plan,
    stop_date,
    thank_you_due,
)
from letterlint.planner.told import (
    TOLD_EXAMPLES,
    PlanError,
    Timeline,
    TimelineNotUnderstood,
    add_months,
    check_told,
    parse_told,
)

__all__ = [
    "CADENCES",
    "NO_DEADLINE_WAIT_DAYS",
    "THANK_YOU_HOURS",
    "TOLD_EXAMPLES",
    "Plan",
    "PlanError",
    "Step",
    "Timeline",
    "TimelineNotUnderstood",
    "add_months",
    "as_date",
    "as_datetime",
    "check_told",
    "first_follow_up",
    "has_time",
    "nudge_dates",
    "parse_told",
    "plan",
    "stop_date",
    "thank_you_due",
]
