"""``letterlint languagetool status|serve|download``: where LanguageTool comes from,
one long-running server to share, and the explicit, opt-in download.

``status`` says which LanguageTool the grammar check would use (a configured URL,
or which local install) and, with ``--start``, starts it and checks a sentence.
``serve`` runs the local LanguageTool in the foreground on a chosen port, so that
hooks, editors and scripts can all point ``LETTERLINT_LANGUAGETOOL_URL`` at one
warm server instead of each starting its own; Ctrl-C (SIGINT) or SIGTERM stops it.
``download`` fetches a LanguageTool release with language-tool-python's own
downloader into its cache (``LTP_PATH``, default ``~/.cache/language_tool_python``),
where the grammar check then finds it. letterlint never downloads by itself.
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from letterlint.cli.status import EXIT_ERROR, EXIT_GATE, EXIT_OK, ArgumentParser, UsageError
from letterlint.config import Config, find_config_file, load_config
from letterlint.languagetool.client import (
    DEFAULT_START_TIMEOUT,
    URL_ENV,
    LanguageTool,
    LanguageToolClient,
    LanguageToolSettings,
    LanguageToolUnavailable,
)
from letterlint.languagetool.server import (
    LocalServer,
    find_installation,
    find_java,
)
from letterlint.model import Span

DEFAULT_DOWNLOAD_VERSION = "6.8"  # the version scripts/languagetool-pom.xml pins
DEFAULT_SERVE_PORT = 8081  # LanguageTool's own default port
_SAMPLE = "I has went to the interview."


def main(argv: Sequence[str]) -> int:
    parser = ArgumentParser(
        prog="letterlint languagetool",
        description="Where the grammar check gets LanguageTool from, and how to get it.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="show which LanguageTool would be used")
    status.add_argument("--start", action="store_true",
                        help="also start (or connect to) it and check a sentence")
    status.add_argument("--languagetool", metavar="URL", help="a LanguageTool server URL")
    serve = commands.add_parser(
        "serve", help="run the local LanguageTool in the foreground for hooks and editors",
        description="Run the local LanguageTool server (the one the grammar check would "
        "start) in the foreground until Ctrl-C or SIGTERM; point LETTERLINT_LANGUAGETOOL_URL "
        "at the URL it prints.",
    )
    serve.add_argument("--port", type=int, default=DEFAULT_SERVE_PORT,
                       help=f"port to listen on (default {DEFAULT_SERVE_PORT}; 0 for any free one)")
    serve.add_argument("--public", action="store_true",
                       help="listen on every network interface, not only 127.0.0.1 (letters "
                       "sent to it then cross the network)")
    serve.add_argument("--start-timeout", type=float, metavar="SECONDS",
                       help="how long to wait for it to start (default: the config's, else "
                       f"{DEFAULT_START_TIMEOUT:g})")
    download = commands.add_parser(
        "download",
        help="download LanguageTool (about 250 MB) with language-tool-python into LTP_PATH",
    )
    download.add_argument("--version", default=DEFAULT_DOWNLOAD_VERSION,
                          help=f"LanguageTool version (default: {DEFAULT_DOWNLOAD_VERSION})")
    args = parser.parse_args(list(argv))
    if args.command == "download":
        return _download(args.version)
    if args.command == "serve":
        return _serve(args.port, args.public, args.start_timeout)
    return _status(args.languagetool, args.start)


def _settings(url: str | None) -> tuple[LanguageToolSettings, str]:
    """The settings a lint in this folder would use, and where the URL came from."""
    config_file = find_config_file(Path.cwd())
    config = load_config(config_file) if config_file else Config()
    options = config.check_options("grammar")
    settings = LanguageToolSettings.from_sources(
        url=url or config.languagetool,
        home=options.get("languagetool_home"),
        start_timeout=options.get("start_timeout", DEFAULT_START_TIMEOUT),
    )
    source = "--languagetool" if url else f"{config_file}" if config.languagetool else URL_ENV
    return settings, source


def _status(url: str | None, start: bool) -> int:
    settings, source = _settings(url)
    try:
        if settings.url:
            print(f"LanguageTool server: {settings.url} (from {source})")
        else:
            installation = find_installation(settings.home)
            print(f"Local LanguageTool {installation.version or '(version unknown)'}: "
                  f"{installation.origin}")
            print(f"Java: {find_java()}")
        if start:
            with LanguageTool(settings) as languagetool:
                matches = languagetool.check(_SAMPLE, [Span(0, len(_SAMPLE))], "en-US")
                print(f"Started in {languagetool.start_seconds or 0:.1f} s; "
                      f"'{_SAMPLE}' has {len(matches)} matches "
                      f"({', '.join(match.rule_id for match in matches)}).")
    except LanguageToolUnavailable as error:
        print(f"letterlint: LanguageTool unavailable: {error.reason}", file=sys.stderr)
        return 1
    return 0


def _download(version: str) -> int:
    from language_tool_python.download_lt import LocalLanguageTool

    try:
        local = LocalLanguageTool.from_version_name(version)
        local.download()
        where = local.get_directory_path()
    except Exception as error:  # network, checksum, Java: report, don't trace back
        print(f"letterlint: error: downloading LanguageTool {version} failed ({error}); "
              "check the network, or use scripts/fetch-languagetool.sh (Maven).",
              file=sys.stderr)
        return 2
    print(f"LanguageTool {version} is in {where}; the grammar check will find it there.")
    return 0



class _Stop(Exception):
    """SIGTERM arrived: leave the wait and stop the server."""


def _serve(port: int, public: bool, start_timeout: float | None) -> int:
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, not {port}.")
    settings, _ = _settings(None)
    timeout = start_timeout if start_timeout is not None else settings.start_timeout
    if port and not _port_free(port):
        raise UsageError(
            f"port {port} is already in use (another LanguageTool?); choose one with --port."
        )
    try:
        installation = find_installation(settings.home)
        server = LocalServer.start(installation, find_java(), timeout, port=port or None,
                                   public=public)
    except LanguageToolUnavailable as error:
        print(f"letterlint: LanguageTool unavailable: {error.reason}", file=sys.stderr)
        return EXIT_GATE
    previous = signal.signal(signal.SIGTERM, _raise_stop)
    try:
        client = LanguageToolClient(server.url, settings.request_timeout, use_proxies=False)
        # The first check loads the English rules: do it now, not on a hook's first letter.
        client.check(_SAMPLE, [Span(0, len(_SAMPLE))], "en-US", timeout=timeout)
        where = "every interface" if public else "127.0.0.1 only"
        print(f"LanguageTool {installation.version or '(version unknown)'} is serving "
              f"{server.url} ({where}; from {installation.origin}).\n"
              f"Point letterlint at it:  export LETTERLINT_LANGUAGETOOL_URL={server.url}\n"
              "Stop it with Ctrl-C.", flush=True)
        code = server.process.wait()
        print(f"letterlint: error: LanguageTool stopped by itself (exit code {code}): "
              f"{server.log_tail() or 'no output'}", file=sys.stderr)
        return EXIT_ERROR
    except LanguageToolUnavailable as error:
        print(f"letterlint: LanguageTool unavailable: {error.reason}", file=sys.stderr)
        return EXIT_GATE
    except (KeyboardInterrupt, _Stop):
        print("Stopping LanguageTool.", flush=True)
        return EXIT_OK
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()


def _raise_stop(signum: int, frame: object) -> None:
    raise _Stop


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
