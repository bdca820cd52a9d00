"""Exit statuses and the one-sentence error every subcommand reports with."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

EXIT_OK, EXIT_GATE, EXIT_ERROR = 0, 1, 2
"""0 nothing tripped the gate; 1 the gate tripped; 2 a usage, config or input error."""

EXIT_STATUSES = """exit status:
  0  no letter tripped the gate (with --diff: no file would change)
  1  the gate tripped: a finding at or above --fail-on, or a score under
     --fail-under (with --diff: a file would change)
  2  a usage, config or input error, said in one sentence on stderr"""
"""The exit statuses as ``--help`` prints them."""


class UsageError(Exception):
    """A command line that cannot run; the message is one sentence."""


def error(message: str) -> None:
    sys.stderr.write(f"letterlint: error: {message}\n")


class ArgumentParser(argparse.ArgumentParser):
    """argparse, but a bad command line is one sentence (raised as UsageError,
    printed by ``main`` with exit status 2), not the whole usage block."""

    def error(self, message: str) -> NoReturn:
        unknown = re.fullmatch(r"unrecognized arguments: (.*)", message)
        if unknown:
            words = unknown.group(1).split()
            options = all(word.startswith("-") for word in words)
            kind = "option" if options else "argument"
            message = f"unknown {kind}{'s' if len(words) > 1 else ''} {', '.join(words)}"
        raise UsageError(f"{message}; see `{self.prog} --help`.")
