"""``letterlint lsp``: the language server over stdio, for editors."""

from __future__ import annotations

import logging
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from letterlint.cli.status import EXIT_OK, ArgumentParser, UsageError
from letterlint.lsp.server import DEFAULT_DEBOUNCE


def main(argv: Sequence[str]) -> int:
    parser = ArgumentParser(
        prog="letterlint lsp",
        description="Run the letterlint language server on stdin/stdout (editors start it).",
    )
    parser.add_argument("--stdio", action="store_true",
                        help="talk over stdin/stdout (the default and only transport; "
                        "accepted because some editors pass it)")
    parser.add_argument("--debounce", type=float, default=DEFAULT_DEBOUNCE, metavar="SECONDS",
                        help="wait this long after the last change before linting "
                        f"(default {DEFAULT_DEBOUNCE})")
    parser.add_argument("--log-level", choices=("error", "warning", "info", "debug"),
                        default="warning", help="what the server logs on stderr")
    args = parser.parse_args(list(argv))
    if not 0 <= args.debounce <= 10:
        raise UsageError("--debounce must be between 0 and 10 seconds.")
    logging.basicConfig(stream=sys.stderr, level=args.log_level.upper(),
                        format="letterlint lsp: %(levelname)s: %(message)s")
    from letterlint.lsp.server import build_server

    server = build_server(args.debounce)
    # An editor that quits may send SIGTERM: leave through the normal path, so the
    # LanguageTool server this session started is stopped too.
    signal.signal(signal.SIGTERM, _exit)
    try:
        server.start_io()
    finally:
        server.linter.close()
    return EXIT_OK


def _exit(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)
