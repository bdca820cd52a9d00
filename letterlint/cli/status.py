"""Exit statuses and the one-sentence error every subcommand reports with."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_GATE, EXIT_ERROR = 0, 1, 2
"""0 nothing tripped the gate; 1 the gate tripped; 2 a usage, config or input error."""


class UsageError(Exception):
    """A command line that cannot run; the message is one sentence."""


def error(message: str) -> None:
    sys.stderr.write(f"letterlint: error: {message}\n")
