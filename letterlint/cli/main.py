"""Command line: argument parsing and exit statuses, thin over the API.

``letterlint [PATH ...]`` lints (``cli.lint``); the subcommands ``rules``,
``explain`` (``cli.rules``), ``plan`` (``cli.plan``), ``languagetool``
(``cli.languagetool``), ``lsp`` (``cli.lsp``, the language server), ``serve``
(``cli.serve``, the web page) and ``sendmail`` (``cli.sendmail``, the pre-send hook
for mail clients) each have a module. Exit status: 0 nothing tripped the gate; 1 the
gate tripped; 2 a usage, config or input error. Errors are one plain sentence on
stderr.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

from letterlint.cli.status import EXIT_ERROR, EXIT_OK, ArgumentParser, UsageError, error
from letterlint.config import ConfigError
from letterlint.letter.nlp import LetterlintWarning, PipelineError
from letterlint.registry import RegistryError

SUBCOMMANDS = ("rules", "explain", "languagetool", "plan", "lsp", "serve", "sendmail")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    warnings.showwarning = _show_warning
    _tolerate_unencodable()
    try:
        status = _dispatch(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``| head -1``): nothing more to say to anyone.
        _discard_stdout()
        return EXIT_OK
    except OSError as problem:  # a full disk or a broken terminal under stdout
        _discard_stdout()
        reason = (problem.strerror or type(problem).__name__).lower()
        error(f"cannot write the output ({reason}); check where it is redirected.")
        return EXIT_ERROR
    return status


def _tolerate_unencodable() -> None:
    """An emoji or "…" on a terminal whose encoding lacks it (PYTHONIOENCODING=ascii)
    is replaced, not fatal."""
    for stream, handler in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors=handler)


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _dispatch(args: list[str]) -> int:
    # Each subcommand's module is imported only when it runs: a cold start
    # pays for what it uses.
    try:
        if args and args[0] == "rules":
            from letterlint.cli import rules

            parser = _subparser("rules")
            parser.add_argument("--format", choices=("text", "json"), default="text",
                                help="one line a rule (text) or every rule's docs (json)")
            return rules.list_rules(parser.parse_args(args[1:]))
        if args and args[0] == "explain":
            from letterlint.cli import rules

            parser = _subparser("explain")
            parser.add_argument("code", help="a rule code (LL101) or name (too-many-paragraphs)")
            return rules.explain(parser.parse_args(args[1:]))
        if args and args[0] == "languagetool":
            from letterlint.cli import languagetool

            return languagetool.main(args[1:])
        if args and args[0] == "plan":
            from letterlint.cli import plan

            return plan.main(args[1:])
        if args and args[0] == "lsp":
            from letterlint.cli import lsp

            return lsp.main(args[1:])
        if args and args[0] == "serve":
            from letterlint.cli import serve

            return serve.main(args[1:])
        if args and args[0] == "sendmail":
            from letterlint.cli import sendmail

            return sendmail.main(args[1:])
        from letterlint.cli import lint

        return lint.run(lint.build_parser().parse_args(args))
    except (ConfigError, RegistryError, PipelineError, UsageError) as problem:
        error(str(problem))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _subparser(name: str) -> argparse.ArgumentParser:
    return ArgumentParser(prog=f"letterlint {name}")


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    if issubclass(category, LetterlintWarning):
        sys.stderr.write(f"letterlint: note: {message}\n")
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))
