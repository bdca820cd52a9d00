"""Plan → text or JSON: the follow-up schedule as ``letterlint plan`` prints it."""

from __future__ import annotations

import json
import textwrap

from letterlint import __version__
from letterlint.planner import Plan

PLAN_SCHEMA_VERSION = 1
_ACTION_WIDTH = len("follow-up")


def format_plan_json(plan: Plan) -> str:
    """One JSON document: the plan's fields (see ``Plan.to_dict``) plus versions."""
    document = {
        "schema_version": PLAN_SCHEMA_VERSION,
        "letterlint_version": __version__,
        **plan.to_dict(),
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def format_plan_text(plan: Plan) -> str:
    interview = plan.interview
    when = (
        f"{interview:%A} {interview:%Y-%m-%d %H:%M}"
        if plan.interview_time_known
        else f"{interview:%A} {interview:%Y-%m-%d}"
    )
    heading = f"Follow-up plan for the interview on {when}"
    if plan.deadline is not None:
        source = (
            f"from {plan.told.phrase!r}"
            if plan.deadline_source == "told" and plan.told is not None
            else "given"
        )
        heading += f"; deadline {plan.deadline:%A} {plan.deadline.isoformat()} ({source})"
    elif plan.told is not None:
        heading += f"; they said {plan.told.phrase!r}"
    lines = [heading, ""]
    indent = " " * (2 + len("Mon 2026-03-02") + 2 + _ACTION_WIDTH + 2)
    for step in plan.steps:
        status = plan.status(step.date)
        marker = f"({status}) " if status in ("past", "today") else ""
        first = f"  {step.date:%a} {step.date.isoformat()}  {step.action:<{_ACTION_WIDTH}}  "
        body = textwrap.wrap(marker + step.description, 79 - len(first)) or [""]
        lines.append(first + body[0])
        lines += [indent + more for more in body[1:]]
    if plan.notes:
        lines += ["", "Notes:"]
        for note in plan.notes:
            lines += textwrap.wrap(note, 77, initial_indent="  - ", subsequent_indent="    ")
    return "\n".join(lines) + "\n"
