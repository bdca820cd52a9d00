"""``letterlint plan``: the follow-up schedule for one interview, as text or JSON.

Thin over :func:`letterlint.planner.plan`; errors are one sentence on stderr and
exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from letterlint.cli.status import ArgumentParser
from letterlint.formatters.plan import format_plan_json, format_plan_text
from letterlint.planner import CADENCES, TOLD_EXAMPLES, PlanError, as_date, plan

EXIT_OK, EXIT_ERROR = 0, 2


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="letterlint plan",
        description="When to send the thank-you, the follow-ups, and when to stop.",
    )
    parser.add_argument("--interview-date", metavar="DATE", required=True,
                        help="the interview, as 2026-03-02 or 2026-03-02T14:30")
    parser.add_argument("--deadline", metavar="DATE",
                        help="the date they said they would decide by")
    parser.add_argument("--told", metavar="PHRASE",
                        help=f"what they said about timing, e.g. {TOLD_EXAMPLES}")
    parser.add_argument("--cadence", choices=tuple(CADENCES), default="weekly",
                        help="how often to nudge after the first follow-up (default: weekly)")
    parser.add_argument("--today", metavar="DATE",
                        help="mark steps as past or due relative to this date (default: today)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    try:
        today = as_date(args.today, "--today") if args.today else dt.date.today()
        schedule = plan(
            args.interview_date,
            deadline=args.deadline,
            told=args.told,
            today=today,
            cadence=args.cadence,
        )
    except PlanError as error:
        sys.stderr.write(f"letterlint: error: {error}\n")
        return EXIT_ERROR
    render = format_plan_json if args.format == "json" else format_plan_text
    sys.stdout.write(render(schedule))
    return EXIT_OK
