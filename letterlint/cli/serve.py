"""``letterlint serve``: the local web page, on Starlette under uvicorn.

Binds 127.0.0.1 by default, loads spaCy (and LanguageTool) once before saying
where it listens, and serves until interrupted.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from letterlint.cli.status import EXIT_ERROR, EXIT_OK, ArgumentParser, error
from letterlint.config import Config, find_config_file, load_config
from letterlint.engine import Linter

DEFAULT_PORT = 8765


def build_parser() -> argparse.ArgumentParser:
    parser = ArgumentParser(
        prog="letterlint serve",
        description="A local web page to check a letter: paste it or drop a file.",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"port to listen on; 0 picks a free one (default: {DEFAULT_PORT})")
    parser.add_argument("--config", metavar="FILE", help="config file (default: nearest "
                        "letterlint.toml or pyproject.toml with [tool.letterlint] from here)")
    parser.add_argument("--isolated", action="store_true", help="ignore config files")
    parser.add_argument("--languagetool", metavar="URL",
                        help="LanguageTool server for the grammar check (default: a local one)")
    parser.add_argument("--spacy-model", metavar="NAME", help="spaCy pipeline package to use")
    return parser


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    if not 0 <= args.port <= 65535:
        error("--port must be from 0 to 65535.")
        return EXIT_ERROR
    config = _config(args)
    try:
        listener = _bind(args.host, args.port)
    except socket.gaierror as problem:
        error(f"cannot find the host {args.host!r} ({problem.strerror or problem}); "
              "check --host, or leave it out to use 127.0.0.1.")
        return EXIT_ERROR
    except OSError as problem:
        error(f"cannot listen on {args.host} port {args.port} ({problem.strerror or problem}); "
              "choose another --port.")
        return EXIT_ERROR
    # Imported here so that the linting commands never pay for the web stack.
    import uvicorn

    from letterlint.web.app import WebLinter, create_app

    with listener, Linter(config) as linter:
        web_linter = WebLinter(linter, linter.config)
        sys.stderr.write("letterlint: loading the language model...\n")
        web_linter.warm_up()
        app = create_app(web_linter, bound_host=args.host)
        port = listener.getsockname()[1]
        if not _is_loopback(args.host):
            sys.stderr.write(f"letterlint: note: {args.host} is reachable from other machines; "
                             "anyone who can reach it can check letters here.\n")
        shown = f"[{args.host}]" if ":" in args.host else args.host
        sys.stdout.write(f"letterlint: serving on http://{shown}:{port}/ (Ctrl+C to stop)\n")
        sys.stdout.flush()
        server = uvicorn.Server(uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,  # letters are private: no request is logged
            server_header=False,
            lifespan="off",
        ))
        server.run(sockets=[listener])
    return EXIT_OK


def _config(args: argparse.Namespace) -> Config:
    if args.config:
        base = load_config(Path(args.config))
    else:
        base = load_config(None if args.isolated else find_config_file(Path.cwd()))
    options = {"languagetool": args.languagetool, "spacy_model": args.spacy_model}
    return base.with_options(**{key: value for key, value in options.items() if value})


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    listener = socket.socket(family, kind, proto)
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(64)
    except OSError:
        listener.close()
        raise
    return listener


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
