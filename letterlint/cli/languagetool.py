"""``letterlint languagetool status|download``: where LanguageTool comes from, and
the explicit, opt-in download.

``status`` says which LanguageTool the grammar check would use (a configured URL,
or which local install) and, with ``--start``, starts it and checks a sentence.
``download`` fetches a LanguageTool release with language-tool-python's own
downloader into its cache (``LTP_PATH``, default ``~/.cache/language_tool_python``),
where the grammar check then finds it. letterlint never downloads by itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from letterlint.config import Config, find_config_file, load_config
from letterlint.languagetool.client import (
    DEFAULT_START_TIMEOUT,
    URL_ENV,
    LanguageTool,
    LanguageToolSettings,
    LanguageToolUnavailable,
)
from letterlint.languagetool.server import find_installation, find_java
from letterlint.model import Span

DEFAULT_DOWNLOAD_VERSION = "6.8"  # the version scripts/languagetool-pom.xml pins
_SAMPLE = "I has went to the interview."


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="letterlint languagetool",
        description="Where the grammar check gets LanguageTool from, and how to get it.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    status = commands.add_parser("status", help="show which LanguageTool would be used")
    status.add_argument("--start", action="store_true",
                        help="also start (or connect to) it and check a sentence")
    status.add_argument("--languagetool", metavar="URL", help="a LanguageTool server URL")
    download = commands.add_parser(
        "download",
        help="download LanguageTool (about 250 MB) with language-tool-python into LTP_PATH",
    )
    download.add_argument("--version", default=DEFAULT_DOWNLOAD_VERSION,
                          help=f"LanguageTool version (default: {DEFAULT_DOWNLOAD_VERSION})")
    args = parser.parse_args(list(argv))
    if args.command == "download":
        return _download(args.version)
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

