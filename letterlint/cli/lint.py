"""``letterlint [PATH ...]``: lint letters, print a report, exit by the gate."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from letterlint import __version__
from letterlint.cli.status import EXIT_ERROR, EXIT_GATE, EXIT_OK, UsageError, error
from letterlint.config import Config, find_config_file, load_config, parse_fail_on
from letterlint.engine import Linter
from letterlint.formatters import FORMATTERS
from letterlint.formatters.text import wants_color
from letterlint.model import KINDS, Report, Status
from letterlint.registry import Registry
from letterlint.sources.read import (
    STDIN_NAME,
    InputError,
    Source,
    max_bytes,
    read_bytes,
    read_path,
    shown_name,
)

PARALLEL_FROM = 16
"""From this many letters the CLI uses every core: below it, forking and warming
up the workers costs about what it saves."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="letterlint",
        description="Lint the thank-you and follow-up letters you send after an interview.",
        epilog="Also: `letterlint rules` lists every rule, `letterlint explain CODE` explains one, "
        "`letterlint plan --interview-date DATE` plans the follow-ups.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="letters to lint; - or none for stdin"
    )
    parser.add_argument("--version", action="version", version=f"letterlint {__version__}")
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    output.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour the text format (default: on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR colours a pipe)",
    )
    rules = parser.add_argument_group("rules")
    rules.add_argument("--kind", choices=(*KINDS, "auto"), help="the letter's kind (default: auto)")
    rules.add_argument("--select", action="append", metavar="CODES",
                       help="only these codes, names or prefixes (comma-separated; repeatable)")
    rules.add_argument("--ignore", action="append", metavar="CODES",
                       help="skip these codes, names or prefixes (comma-separated; repeatable)")
    rules.add_argument("--config", metavar="FILE", help="config file (default: nearest "
                       "letterlint.toml or pyproject.toml with [tool.letterlint])")
    rules.add_argument("--isolated", action="store_true", help="ignore config files")
    rules.add_argument("--spacy-model", metavar="NAME", help="spaCy pipeline package to use")
    rules.add_argument("--languagetool", metavar="URL",
                       help="LanguageTool server for the grammar check (default: a local one)")
    rules.add_argument("--require-grammar", action="store_true", default=None,
                       help="exit 2 when the grammar check could not run")
    context = parser.add_argument_group("context (optional)")
    context.add_argument("--company")
    context.add_argument("--position")
    context.add_argument("--interviewer")
    context.add_argument("--interview-date", metavar="DATE")
    context.add_argument("--deadline", metavar="DATE")
    context.add_argument("--sent", metavar="DATE", help="when the letter is sent (default: now)")
    context.add_argument("--told", metavar="PHRASE",
                         help="what they said about timing, e.g. 'a few days' or 'by Friday'")
    context.add_argument("--previous-follow-up", action="append", metavar="DATE",
                         dest="previous_follow_ups",
                         help="when you sent an earlier follow-up (repeatable)")
    context.add_argument("--stdin-filename", metavar="NAME",
                         help="name (and so format) of the letter read from stdin")
    output.add_argument(
        "--jobs", "-j", type=int, metavar="N",
        help=f"lint letters in N processes (default: one per core from {PARALLEL_FROM} letters)",
    )
    gate = parser.add_argument_group("gate")
    gate.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                      help="lowest severity that fails the run (default: error)")
    gate.add_argument("--fail-under", type=int, metavar="SCORE",
                      help="fail when a letter scores below SCORE (0-100)")
    return parser


def run(args: argparse.Namespace) -> int:
    options = _options(args)
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs must be a number of processes, 1 or more.")
    base = load_config(Path(args.config)) if args.config else None
    registry = Registry.default()
    paths = args.paths or ["-"]
    if paths.count("-") > 1:
        raise UsageError("stdin (-) can be read only once.")
    sources: list[Source] = []
    status = EXIT_OK
    for path in paths:
        try:
            sources.append(_read(path, args.stdin_filename))
        except InputError as problem:
            error(str(problem))
            status = EXIT_ERROR
    jobs = args.jobs or (-1 if len(sources) >= PARALLEL_FROM else 1)
    reports = _lint_sources(sources, base, args.isolated, registry, options, jobs)
    color = wants_color(args.color, sys.stdout)
    if reports or args.format != "text":
        sys.stdout.write(FORMATTERS[args.format](reports, color))
    for report in reports:
        shown = shown_name(report.path or STDIN_NAME)
        for result in report.checks:
            if result.status is Status.FAILED:
                error(f"{shown}: the {result.name} check failed ({result.reason}); "
                       "the letter was not fully checked, please report this.")
        grammar = report.check("grammar")
        if report.metadata.get("require_grammar") and grammar and grammar.status is not Status.OK:
            error(f"{shown}: grammar was required but not checked ({grammar.reason}).")
            status = EXIT_ERROR
    if status == EXIT_OK and any(not report.passed for report in reports):
        status = EXIT_GATE
    return status


def _lint_sources(
    sources: list[Source],
    base: Config | None,
    isolated: bool,
    registry: Registry,
    options: dict[str, Any],
    jobs: int = 1,
) -> list[Report]:
    """Lint each source under its own config; letters sharing one are batched."""
    configs: dict[Path | None, Config] = {}
    groups: dict[Path | None, list[int]] = {}
    for position, source in enumerate(sources):
        if base is not None:
            key = base.source
            configs.setdefault(key, base)
        else:
            start = Path.cwd() if source.path in (None, STDIN_NAME) else Path(source.path or ".")
            key = None if isolated else find_config_file(start.absolute())
            if key not in configs:
                configs[key] = load_config(key)
        groups.setdefault(key, []).append(position)
    reports: list[Report | None] = [None] * len(sources)
    linter: Linter | None = None
    try:
        for key, positions in groups.items():
            config = configs[key].with_options(**options)
            if linter is None:
                linter = Linter(config, registry=registry)
            registry.validate(config)
            batch = [sources[position] for position in positions]
            linted = linter.lint_many(batch, config, n_process=jobs)
            for position, report in zip(positions, linted, strict=True):
                reports[position] = report
    finally:
        if linter is not None:
            linter.close()
    return [report for report in reports if report is not None]


def _read(path: str, stdin_filename: str | None) -> Source:
    if path == "-":
        name = stdin_filename or STDIN_NAME
        # Read one byte past the limit for the name's format (an .eml may be
        # 25 MB): enough to refuse, never a silently truncated letter.
        data = sys.stdin.buffer.read(max_bytes(name) + 1)
        return read_bytes(data, name)
    return read_path(path)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    options: dict[str, Any] = {
        "kind": args.kind,
        "company": args.company,
        "position": args.position,
        "interviewer": args.interviewer,
        "interview_date": args.interview_date,
        "deadline": args.deadline,
        "sent": args.sent,
        "told": args.told,
        "previous_follow_ups": args.previous_follow_ups,
        "spacy_model": args.spacy_model,
        "languagetool": args.languagetool,
        "require_grammar": args.require_grammar,
        "fail_under": args.fail_under,
    }
    options.update(gate_options(args))
    if args.fail_under is not None and not 0 <= args.fail_under <= 100:
        raise UsageError("--fail-under must be a score from 0 to 100.")
    parse_fail_on(args.fail_on or "error", "--fail-on")
    return options


def gate_options(args: argparse.Namespace) -> dict[str, Any]:
    """``--fail-on``, ``--select`` and ``--ignore`` (comma-separated, repeatable) as
    API options; shared by every subcommand that lints."""
    options: dict[str, Any] = {}
    if args.fail_on is not None:
        options["fail_on"] = args.fail_on
    for key in ("select", "ignore"):
        values = getattr(args, key)
        if values:
            options[key] = [item for value in values for item in value.split(",") if item.strip()]
    return options
