"""``letterlint languagetool serve``: the real local LanguageTool in the foreground,
answering checks on the chosen port, shared by a lint, stopped by SIGINT or SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
from pathlib import Path

import pytest

from letterlint.languagetool.client import LanguageToolClient
from letterlint.languagetool.server import free_loopback_port
from letterlint.model import Span
from tests.cli_support import ROOT, letterlint_command, plain_environment, run_letterlint
from tests.grammar_support import owned_java_pids, require_languagetool

SENTENCE = "I has went to the interview."


def _as_in_a_terminal() -> None:
    """Ctrl-C's default action in the child, as in a terminal: a test suite started as
    a background job (``cmd &`` in a script) passes SIGINT on ignored, and a process
    that starts with SIGINT ignored rightly keeps ignoring it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_serving(port: int) -> tuple[subprocess.Popen[str], str]:
    """Start the command; return it and the URL it printed once it is ready."""
    process = subprocess.Popen(
        [*letterlint_command(), "languagetool", "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=plain_environment(), preexec_fn=_as_in_a_terminal,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # blocks until the server answers (or the command ends)
    if "is serving" not in first:
        process.kill()
        pytest.fail(f"serve did not start: {first!r} {process.communicate()[1]!r}")
    for _ in range(2):
        process.stdout.readline()
    return process, f"http://127.0.0.1:{port}"


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_serve_answers_checks_and_stops_on_a_signal(stop_signal: signal.Signals,
                                                    tmp_path: Path) -> None:
    require_languagetool()
    port = free_loopback_port()
    process, url = start_serving(port)
    try:
        assert owned_java_pids(process.pid), "the Java server should belong to the command"
        matches = LanguageToolClient(url, 30, use_proxies=False).check(
            SENTENCE, [Span(0, len(SENTENCE))], "en-US"
        )
        assert matches and matches[0].span.of(SENTENCE) in ("has", "has went", "I has")
        if stop_signal is signal.SIGINT:
            # a lint shares the served LanguageTool instead of starting its own
            letter = tmp_path / "typo.txt"
            letter.write_text("Dear Ms. Lee,\n\nThank you, I was glad to recieve the agenda.\n\n"
                              "Best,\nSam\n")
            lint = run_letterlint("--languagetool", url, "--select", "LL5", letter)
            assert "LL501" in lint.stdout and "recieve" in lint.stdout, lint.stderr
    finally:
        process.send_signal(stop_signal)
        out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "Stopping LanguageTool." in out
    assert owned_java_pids(process.pid) == []
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nothing listens any more


def test_serve_refuses_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = run_letterlint("languagetool", "serve", "--port", port)
    assert run.status == 2
    assert run.stderr_lines == [
        f"letterlint: error: port {port} is already in use (another LanguageTool?); "
        "choose one with --port."
    ]
