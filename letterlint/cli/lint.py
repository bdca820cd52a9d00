"""``letterlint [PATH ...]``: lint letters, print a report, exit by the gate.

Folders are walked for letter files (``letterlint.files``); ``--fix`` and
``--diff`` hand the reports to ``cli.fix``; ``--statistics`` and ``--quiet``
choose a shorter report; ``--output-file`` writes it atomically.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from letterlint import __version__
from letterlint.cli.status import (
    EXIT_ERROR,
    EXIT_GATE,
    EXIT_OK,
    EXIT_STATUSES,
    ArgumentParser,
    UsageError,
    error,
)
from letterlint.config import Config, find_config_file, load_config, parse_fail_on
from letterlint.engine import Linter
from letterlint.files import configs_by_folder, letter_files
from letterlint.formatters import FORMATTERS
from letterlint.formatters.summary import format_statistics, format_summaries
from letterlint.formatters.text import format_text, terminal_width, wants_color
from letterlint.model import KINDS, Report, Status
from letterlint.registry import Registry
from letterlint.sources.read import (
    FORMATS,
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
    parser = ArgumentParser(
        prog="letterlint",
        description="Lint the thank-you and follow-up letters you send after an interview.",
        epilog="Also: `letterlint rules` lists every rule, `letterlint explain CODE` explains one, "
        "`letterlint plan --interview-date DATE` plans the follow-ups.\n\n" + EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="letters or folders of letters to lint; - or none for stdin",
    )
    parser.add_argument("--version", action="version", version=f"letterlint {__version__}")
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    output.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="colour the text format (default: on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR colours a pipe)",
    )
    output.add_argument("--quiet", "-q", action="store_true",
                        help="text format: only the summary of each letter that fails, "
                        "nothing when all pass")
    output.add_argument("--statistics", action="store_true",
                        help="print how many findings each rule has, not the findings")
    output.add_argument("--output-file", "-o", metavar="PATH",
                        help="write the report to PATH (atomically) instead of stdout")
    fixing = parser.add_argument_group("fixes")
    fixing.add_argument("--fix", action="store_true",
                        help="apply safe fixes to plain-text and Markdown letters, then report "
                        "what is left")
    fixing.add_argument("--unsafe-fixes", action="store_true",
                        help="with --fix or --diff, also apply fixes that rewrite a phrase")
    fixing.add_argument("--diff", action="store_true",
                        help="print the fixes as a unified diff instead of writing them "
                        "(exit 1 when a file would change)")
    rules = parser.add_argument_group("rules")
    rules.add_argument("--kind", choices=(*KINDS, "auto"), help="the letter's kind (default: auto)")
    rules.add_argument("--select", action="append", metavar="CODES",
                       help="only these codes, names or prefixes (comma-separated; repeatable)")
    rules.add_argument("--ignore", action="append", metavar="CODES",
                       help="skip these codes, names or prefixes (comma-separated; repeatable)")
    rules.add_argument("--config", metavar="FILE", help="config file (default: nearest "
                       "letterlint.toml or pyproject.toml with [tool.letterlint])")
    rules.add_argument("--isolated", action="store_true", help="ignore config files")
    rules.add_argument("--force-exclude", action="store_true",
                       help="apply exclude to files named on the command line too")
    rules.add_argument("--report-unused-suppressions", action="store_true", default=None,
                       help="report suppression comments that silence nothing (LL801)")
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
                         help="name of the letter read from stdin: its format, and where its "
                         "config is looked for")
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
    if args.fix and args.diff:
        raise UsageError("--fix writes the fixes and --diff only shows them; choose one.")
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes needs --fix or --diff.")
    base = load_config(Path(args.config)) if args.config else None
    session = Session(base, args.isolated, Registry.default(), options)
    given = args.paths or ["-"]
    if given.count("-") > 1:
        raise UsageError("stdin (-) can be read only once.")
    paths, empty = letter_files(given, configs_by_folder(session.config_for),
                                args.force_exclude)
    status = EXIT_OK
    for folder in empty:
        # a gate that checked nothing must not pass quietly
        error(f"{shown_name(folder)} is a directory with no letter files in it "
              f"({', '.join(sorted(FORMATS))}, outside hidden and excluded folders); "
              "pass letters or a folder that holds them.")
        status = EXIT_ERROR
    sources: list[Source] = []
    stdin: tuple[int, bytes] | None = None
    for path in paths:
        try:
            if path == "-":
                data = _read_stdin(args.stdin_filename)
                sources.append(read_bytes(data, args.stdin_filename or STDIN_NAME))
                stdin = (len(sources) - 1, data)
            else:
                sources.append(read_path(path))
        except InputError as problem:
            error(str(problem))
            status = EXIT_ERROR
    jobs = args.jobs or (-1 if len(sources) >= PARALLEL_FROM else 1)
    try:
        reports = session.lint(sources, jobs)
        if args.fix or args.diff:
            from letterlint.cli.fix import fix_letters

            outcome = fix_letters(session, sources, reports, stdin, args.unsafe_fixes,
                                  write=args.fix)
            if outcome.failed:
                status = EXIT_ERROR
            if args.diff:
                _emit(args, outcome.diff)
                return status if status != EXIT_OK or not outcome.changed else EXIT_GATE
            reports = outcome.reports
            if stdin is not None and outcome.stdin_data is not None:
                # ruff's way: the fixed letter on stdout, the report on stderr
                sys.stdout.flush()
                sys.stdout.buffer.write(outcome.stdin_data)
                sys.stderr.write(_report_text(args, reports))
                return _status(status, reports)
    finally:
        session.close()
    _emit(args, _report_text(args, reports))
    return _status(status, reports)


def _status(status: int, reports: Sequence[Report]) -> int:
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


def _report_text(args: argparse.Namespace, reports: Sequence[Report]) -> str:
    if args.statistics:
        return format_statistics(reports, args.format == "json", args.unsafe_fixes)
    if args.quiet and args.format == "text":
        return format_summaries([report for report in reports if not report.passed])
    if not reports and args.format == "text":
        return ""
    color = args.output_file is None and wants_color(args.color, sys.stdout)
    if args.format == "text":
        return format_text(reports, color, width=terminal_width(args.output_file, sys.stdout))
    return FORMATTERS[args.format](reports, color)


def _emit(args: argparse.Namespace, text: str) -> None:
    """The report on stdout, or written whole to ``--output-file`` (a temporary file
    renamed over it, so a reader never sees half a report)."""
    if args.output_file is None:
        sys.stdout.write(text)
        return
    from letterlint.fix.write import WriteError, write_atomically

    try:
        write_atomically(Path(args.output_file), text.encode("utf-8"))
    except WriteError as problem:
        raise UsageError(str(problem)) from None


class Session:
    """One run's linter and configs: each letter is linted under the config found
    from its own folder (or ``--config``), and ``--fix`` lints letters again under
    the same one."""

    def __init__(
        self, base: Config | None, isolated: bool, registry: Registry, options: dict[str, Any]
    ) -> None:
        self.base = base
        self.isolated = isolated
        self.registry = registry
        self.options = options
        self._configs: dict[Path | None, Config] = {}
        self._linter: Linter | None = None

    def config_for(self, path: Path) -> Config:
        """The config for a letter at ``path``, with the command line's options."""
        if self.base is not None:
            key: Path | None = self.base.source
            if key not in self._configs:
                self._configs[key] = self._checked(self.base)
            return self._configs[key]
        key = None if self.isolated else find_config_file(path.absolute())
        if key not in self._configs:
            self._configs[key] = self._checked(load_config(key))
        return self._configs[key]

    def source_config(self, source: Source) -> Config:
        if source.path in (None, STDIN_NAME):
            return self.config_for(Path.cwd() / "_")
        return self.config_for(Path(source.path or "."))

    def _checked(self, config: Config) -> Config:
        config = config.with_options(**self.options)
        self.registry.validate(config)
        return config

    @property
    def linter(self) -> Linter:
        if self._linter is None:
            first = next(iter(self._configs.values()), None) or self._checked(Config())
            self._linter = Linter(first, registry=self.registry)
        return self._linter

    def lint(self, sources: Sequence[Source], jobs: int = 1) -> list[Report]:
        """Lint each source under its own config; letters sharing one are batched."""
        groups: dict[int, tuple[Config, list[int]]] = {}
        for position, source in enumerate(sources):
            config = self.source_config(source)
            groups.setdefault(id(config), (config, []))[1].append(position)
        reports: list[Report | None] = [None] * len(sources)
        for config, positions in groups.values():
            batch = [sources[position] for position in positions]
            linted = self.linter.lint_many(batch, config, n_process=jobs)
            for position, report in zip(positions, linted, strict=True):
                reports[position] = report
        return [report for report in reports if report is not None]

    def lint_one(self, source: Source) -> Report:
        return self.linter.lint(source, self.source_config(source))

    def close(self) -> None:
        if self._linter is not None:
            self._linter.close()


def _read_stdin(stdin_filename: str | None) -> bytes:
    # Read one byte past the limit for the name's format (an .eml may be
    # 25 MB): enough to refuse, never a silently truncated letter.
    return sys.stdin.buffer.read(max_bytes(stdin_filename or STDIN_NAME) + 1)


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
        "report_unused_suppressions": args.report_unused_suppressions,
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
