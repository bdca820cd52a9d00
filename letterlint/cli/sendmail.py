"""``letterlint sendmail [OPTIONS] -- COMMAND...``: a sendmail program that lints first.

Mail clients (mutt, neomutt, ``git send-email``) hand a sendmail program the
message on stdin and the recipients as arguments. This reads the message, lints
it as an ``.eml``, and on pass runs COMMAND (the real sendmail, with whatever the
client appended) with the unchanged bytes on its stdin, exiting with its status.
On failure it prints the findings on stderr and exits 1, so the client reports
the error, keeps the draft, and nothing is sent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from letterlint.cli.lint import gate_options
from letterlint.cli.status import EXIT_ERROR, EXIT_GATE, ArgumentParser, UsageError, error
from letterlint.config import find_config_file, load_config
from letterlint.engine import Linter
from letterlint.formatters.text import format_text
from letterlint.model import KINDS
from letterlint.sources.read import MAX_CONTAINER_BYTES, InputError, read_bytes

MESSAGE_NAME = "message.eml"


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="letterlint sendmail",
        usage="letterlint sendmail [OPTIONS] -- COMMAND [ARG ...]",
        description="Lint the message on stdin; send it with COMMAND only if it passes.",
        epilog="Example: set sendmail=\"letterlint sendmail -- msmtp -a work\" in muttrc.",
    )
    parser.add_argument("--fail-on", choices=("error", "warning", "info", "never"),
                        help="lowest severity that stops the message (default: error)")
    parser.add_argument("--fail-under", type=int, metavar="SCORE",
                        help="stop a message that scores below SCORE (0-100)")
    parser.add_argument("--kind", choices=(*KINDS, "auto"))
    parser.add_argument("--select", action="append", metavar="CODES")
    parser.add_argument("--ignore", action="append", metavar="CODES")
    parser.add_argument("--config", metavar="FILE", help="config file (default: nearest "
                        "letterlint.toml or pyproject.toml with [tool.letterlint] from here)")
    parser.add_argument("--isolated", action="store_true", help="ignore config files")
    parser.add_argument("--company")
    parser.add_argument("--position")
    parser.add_argument("--interviewer")
    parser.add_argument("--interview-date", metavar="DATE")
    parser.add_argument("--deadline", metavar="DATE")
    parser.add_argument("--languagetool", metavar="URL")
    return parser


def main(argv: Sequence[str]) -> int:
    arguments = list(argv)
    if "--" not in arguments:
        if {"-h", "--help"} & set(arguments):
            build_parser().parse_args(["--help"])
        raise UsageError("name the real sendmail command after --, "
                         "e.g. letterlint sendmail -- msmtp -a work.")
    split = arguments.index("--")
    command = arguments[split + 1 :]
    if not command:
        raise UsageError("the command after -- is empty; name the real sendmail program.")
    args = build_parser().parse_args(arguments[:split])
    message = sys.stdin.buffer.read(MAX_CONTAINER_BYTES + 1)
    try:
        source = read_bytes(message, MESSAGE_NAME)
    except InputError as problem:
        error(f"{problem} Nothing was sent.")
        return EXIT_ERROR
    base = (
        load_config(Path(args.config))
        if args.config
        else load_config(None if args.isolated else find_config_file(Path.cwd()))
    )
    with Linter(base, **_options(args)) as linter:
        report = linter.lint(source)
    if not report.passed:
        sys.stderr.write(format_text([report], False))
        sys.stderr.write(f"letterlint: the message was not sent (score {report.score}/100); "
                         "fix the letter and send it again.\n")
        return EXIT_GATE
    try:
        return subprocess.run(command, input=message, check=False).returncode
    except OSError as problem:
        error(f"cannot run {command[0]!r} ({problem.strerror or problem}); "
              "check the command after --. Nothing was sent.")
        return EXIT_ERROR


def _options(args: argparse.Namespace) -> dict[str, Any]:
    if args.fail_under is not None and not 0 <= args.fail_under <= 100:
        raise UsageError("--fail-under must be a score from 0 to 100.")
    options: dict[str, Any] = {
        key: getattr(args, key)
        for key in ("kind", "company", "position", "interviewer", "interview_date",
                    "deadline", "languagetool", "fail_under")
        if getattr(args, key) is not None
    }
    options.update(gate_options(args))
    return options
