"""Where LanguageTool comes from, how its server lives and dies, and what the grammar
check does when it cannot be used. Servers that fail on purpose are stubs named as
such (tests/grammar_support.py); every other server here is the real LanguageTool."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from letterlint import Linter, Status
from letterlint.checks.grammar import GrammarCheck
from letterlint.checks.length import LengthCheck
from letterlint.languagetool.client import (
    Utf16Offsets,
    annotated,
    normalise_url,
)
from letterlint.languagetool.server import (
    CHECKOUT_HOME,
    LanguageToolUnavailable,
    find_installation,
    find_java,
    java_major_version,
)
from letterlint.letter.nlp import Pipeline
from letterlint.model import Span
from letterlint.registry import Registry
from tests.conftest import ROOT
from tests.grammar_support import (
    BrokenStubServer,
    HangingStubServer,
    RefusingStubServer,
    RejectingStubServer,
    env_without_languagetool,
    owned_java_pids,
    require_languagetool,
)

LETTER = "Dear Ms. Park,\n\nThank you for the tour today. I recieve alot of ideas.\n\nBest,\nSam\n"


def grammar_result(linter: Linter, text: str = LETTER) -> tuple[Status, str | None, float]:
    started = time.monotonic()
    result = linter.lint(text).check("grammar")
    assert result is not None
    return result.status, result.reason, time.monotonic() - started


def wait_until_gone(pids: list[int], timeout: float = 10) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [pid for pid in pids if pid in owned_java_pids()]
        if not alive:
            return []
        time.sleep(0.1)
    return alive


# --- offsets, annotation, URLs, versions (no server) ---


def test_utf16_offsets_map_to_python_indices() -> None:
    text = "a😀b𝒯c"
    offsets = Utf16Offsets(text)
    # UTF-16: a=0, 😀=1-2, b=3, 𝒯=4-5, c=6
    assert offsets.span(3, 1) == Span(2, 3)
    assert offsets.span(6, 1) == Span(4, 5)
    assert offsets.span(1, 2) == Span(1, 2)  # the emoji itself
    assert Utf16Offsets("plain text").span(6, 4) == Span(6, 10)


def test_only_prose_is_annotated_as_text() -> None:
    text = "Subject: Hi\n\nDear Ann,\n\nBody.\n\nBest,\nSam\n"
    prose = [Span(13, 22), Span(24, 29), Span(31, 36)]
    items = annotated(text, prose)
    assert "".join(item.get("text", item.get("markup", "")) for item in items) == text
    assert items[0] == {"markup": "Subject: Hi\n\n", "interpretAs": "\n\n"}
    assert {"text": "Body."} in items
    assert items[-1] == {"markup": "\nSam\n", "interpretAs": "\n\n"}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("localhost:8081", "http://localhost:8081"),
        ("http://lt.example:8081/", "http://lt.example:8081"),
        ("http://lt.example:8081/v2/", "http://lt.example:8081"),
        ("https://languagetool.org/api", "https://languagetool.org/api"),
    ],
)
def test_server_urls_are_normalised(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_392"', 8),
        ('openjdk version "11.0.2" 2019-01-15', 11),
        ('openjdk version "21" 2023-09-19', 21),
        ("not java at all", None),
    ],
)
def test_java_versions_are_parsed(output: str, major: int | None) -> None:
    assert java_major_version(output) == major


# --- where LanguageTool comes from ---


def test_the_fetch_scripts_directory_is_found_in_the_checkout() -> None:
    installation = require_languagetool()
    if os.environ.get("LETTERLINT_LANGUAGETOOL_HOME"):
        pytest.skip("LETTERLINT_LANGUAGETOOL_HOME overrides the checkout's directory")
    assert installation.classpath == f"{CHECKOUT_HOME / 'lib'}{os.sep}*"
    assert installation.version == "6.8"


def test_a_named_home_without_languagetool_says_how_to_assemble_it(tmp_path: Path) -> None:
    with pytest.raises(LanguageToolUnavailable, match=r"fetch-languagetool\.sh"):
        find_installation(str(tmp_path))
    env = {"LETTERLINT_LANGUAGETOOL_HOME": str(tmp_path)}
    with pytest.raises(LanguageToolUnavailable, match="LETTERLINT_LANGUAGETOOL_HOME"):
        find_installation(None, env)


def test_language_tool_pythons_download_folder_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("letterlint.languagetool.server.CHECKOUT_HOME", tmp_path / "absent")
    for version in ("6.6", "6.10", "6.8"):
        release = tmp_path / "ltp" / f"LanguageTool-{version}"
        release.mkdir(parents=True)
        (release / "languagetool-server.jar").write_bytes(b"")
    installation = find_installation(None, {"LTP_PATH": str(tmp_path / "ltp")})
    assert installation.version == "6.10"
    assert installation.classpath.startswith(str(tmp_path / "ltp" / "LanguageTool-6.10"))
    with pytest.raises(LanguageToolUnavailable, match="letterlint languagetool download"):
        find_installation(None, {"LTP_PATH": str(tmp_path / "empty")})


def test_missing_java_is_reported_with_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LanguageToolUnavailable, match=r"Java was not found.*Java 17"):
        find_java({"PATH": "/nonexistent", "JAVA_HOME": "/nonexistent"})
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(LanguageToolUnavailable, match="Java was not found"):
        find_java()


def test_java_older_than_17_is_refused(tmp_path: Path) -> None:
    """With a stub ``java`` that fails the version check by reporting Java 11."""
    stub = tmp_path / "failing-stub-java-11" / "bin" / "java"
    stub.parent.mkdir(parents=True)
    stub.write_text('#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n')
    stub.chmod(0o755)
    with pytest.raises(LanguageToolUnavailable, match=r"Java 11 is too old.*Java 17 or newer"):
        find_java({"JAVA_HOME": str(stub.parent.parent), "PATH": "/nonexistent"})


# --- when LanguageTool cannot be used ---


@pytest.fixture
def no_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LETTERLINT_LANGUAGETOOL_URL", raising=False)


def test_without_java_grammar_is_skipped_quickly(
    pipeline: Pipeline, no_url: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_languagetool()
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with Linter(registry=Registry([GrammarCheck]), pipeline=pipeline) as linter:
        status, reason, seconds = grammar_result(linter)
    assert status is Status.SKIPPED
    assert reason is not None and reason.startswith("LanguageTool unavailable: Java was not found")
    assert seconds < 2


@pytest.mark.parametrize("stub", [RefusingStubServer, HangingStubServer, BrokenStubServer])
def test_a_failing_server_skips_grammar_within_its_timeout(
    pipeline: Pipeline, stub: type[RefusingStubServer]
) -> None:
    with stub() as server, Linter(
        registry=Registry([GrammarCheck]),
        pipeline=pipeline,
        languagetool=server.url,
        grammar={"start_timeout": 1, "request_timeout": 1},
    ) as linter:
        status, reason, seconds = grammar_result(linter)
        assert status is Status.SKIPPED
        assert reason is not None and server.url in reason and "unset" in reason
        assert seconds < 3
        # The failure is remembered: the next letter does not wait again.
        status, same_reason, seconds = grammar_result(linter)
        assert (status, same_reason) == (Status.SKIPPED, reason) and seconds < 0.5


def test_a_letter_the_server_rejects_is_skipped_alone(pipeline: Pipeline) -> None:
    with RejectingStubServer() as server, Linter(
        registry=Registry([GrammarCheck]), pipeline=pipeline, languagetool=server.url
    ) as linter:
        status, reason, _ = grammar_result(linter)
        assert status is Status.SKIPPED and reason is not None and "HTTP 413" in reason
        status, _, _ = grammar_result(linter)
        assert status is Status.SKIPPED
        assert server.checks == 2  # the second letter was tried, not skipped unasked


def test_other_checks_still_run_when_grammar_is_skipped(pipeline: Pipeline) -> None:
    with (
        RefusingStubServer() as server,
        Linter(
            registry=Registry([LengthCheck, GrammarCheck]),
            pipeline=pipeline,
            languagetool=server.url,
        ) as linter,
    ):
        report = linter.lint(LETTER)
    statuses = {result.name: result.status for result in report.checks}
    assert statuses["grammar"] is Status.SKIPPED
    assert statuses["length"] is Status.OK


def test_require_grammar_fails_the_report_in_the_api(pipeline: Pipeline) -> None:
    with RefusingStubServer() as server, Linter(
        registry=Registry([GrammarCheck]), pipeline=pipeline, languagetool=server.url,
        require_grammar=True,
    ) as linter:
        report = linter.lint(LETTER)
    assert report.metadata["require_grammar"] is True
    assert not report.passed
    grammar = report.check("grammar")
    assert grammar is not None and grammar.status is Status.SKIPPED


def _run_cli(
    args: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "letterlint", *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False,
    )
    return result, time.monotonic() - started


def test_cli_without_languagetool_skips_grammar_fast_and_require_grammar_exits_2(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    env = env_without_languagetool(tmp_path)
    # Length alone stands in for "the other checks" so that the timing compares
    # like with like and does not depend on how heavy the other checks are.
    common = ["--format", "json", "--isolated", "--fail-on", "never", str(letter)]
    without, seconds_without = _run_cli([*common, "--select", "LL1"], env)
    skipped, seconds_skipped = _run_cli([*common, "--select", "LL1,LL5"], env)
    required, seconds_required = _run_cli(
        [*common, "--select", "LL1,LL5", "--require-grammar"], env
    )
    assert without.returncode == 0, without.stderr
    assert skipped.returncode == 0, skipped.stderr  # the normal gate decides
    [file] = json.loads(skipped.stdout)["files"]
    [grammar] = [check for check in file["checks"] if check["name"] == "grammar"]
    assert grammar["status"] == "skipped"
    assert grammar["reason"].startswith("LanguageTool unavailable: ")
    assert "fetch-languagetool.sh" in grammar["reason"]
    assert min(seconds_skipped, seconds_required) < seconds_without + 2
    assert required.returncode == 2
    assert json.loads(required.stdout)["files"]  # the report is still printed
    errors = required.stderr.strip().splitlines()
    assert len(errors) == 1 and "grammar was required but not checked" in errors[0]


# --- the real server's lifecycle ---


def test_one_server_per_linter_and_one_that_dies_mid_run_skips_the_rest_quickly(
    pipeline: Pipeline, no_url: None
) -> None:
    require_languagetool()
    before = set(owned_java_pids(os.getpid()))
    with Linter(
        registry=Registry([GrammarCheck]), pipeline=pipeline, grammar={"start_timeout": 120}
    ) as linter:
        reports = list(linter.lint_many([LETTER, LETTER.replace("tour", "visit"), LETTER]))
        assert all(report.check("grammar").status is Status.OK  # type: ignore[union-attr]
                   for report in reports)
        assert len(set(owned_java_pids(os.getpid())) - before) == 1  # one, reused
        check = linter.check(GrammarCheck)
        assert isinstance(check, GrammarCheck)
        languagetool = check.languagetool(linter.config)
        assert languagetool.start_seconds is not None and 0 < languagetool.start_seconds < 120
        server = languagetool.server
        assert server is not None and server.pid in owned_java_pids(os.getpid())
        os.kill(server.pid, signal.SIGKILL)
        server.process.wait(10)
        status, reason, seconds = grammar_result(linter)
        assert status is Status.SKIPPED
        assert reason is not None and "stopped during the run" in reason
        assert seconds < 2
        status, _, seconds = grammar_result(linter)
        assert status is Status.SKIPPED and seconds < 0.5
    assert wait_until_gone([server.pid]) == []


_ABANDON = textwrap.dedent(
    """
    import sys, threading, time
    from letterlint.languagetool.client import LanguageTool, LanguageToolSettings
    tool = LanguageTool(LanguageToolSettings(start_timeout=120))
    if sys.argv[1] == "exit":
        # Started from a worker thread there is no parent-death signal, so only
        # the atexit hook can stop the server when this script ends unclosed.
        worker = threading.Thread(target=tool.connect)
        worker.start()
        worker.join()
    else:
        tool.connect()
    print(tool.server.pid, flush=True)
    if sys.argv[1] == "hang":
        time.sleep(600)
    """
)


@pytest.mark.parametrize("ending", ["exit", "hang"])
def test_no_server_outlives_its_python_process(ending: str, tmp_path: Path, no_url: None) -> None:
    """A normal exit stops the server through atexit; a SIGKILL (which skips atexit)
    through the parent-death signal."""
    require_languagetool()
    script = tmp_path / "abandon.py"
    script.write_text(_ABANDON, encoding="utf-8")
    env = {key: value for key, value in os.environ.items()
           if key != "LETTERLINT_LANGUAGETOOL_URL"}
    process = subprocess.Popen(
        [sys.executable, str(script), ending], stdout=subprocess.PIPE, text=True,
        cwd=ROOT, env=env,
    )
    assert process.stdout is not None
    pid = int(process.stdout.readline())
    arguments = Path(f"/proc/{pid}/cmdline").read_bytes().decode().split("\0")
    scratch = Path(arguments[arguments.index("--config") + 1]).parent
    try:
        assert pid in owned_java_pids(process.pid)
        if ending == "hang":
            process.send_signal(signal.SIGKILL)
        process.wait(60)
        assert wait_until_gone([pid]) == []
    finally:
        if process.poll() is None:
            process.kill()
        if pid in owned_java_pids():
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(scratch, ignore_errors=True)  # a SIGKILL leaves it behind



def test_a_gap_in_a_paragraph_is_read_as_a_space() -> None:
    """A page's number and header inside a paragraph (a PDF page break) is markup
    LanguageTool reads as a space, so the sentence runs on across it."""
    text = "Dear Ann,\n\nwe agreed\n\nPage 1 of 2\n\nvaluations monthly.\n\nBest,\nSam\n"
    gap = Span(text.index("\n\nPage"), text.index("valuations"))
    prose = [Span(0, 9), Span(11, gap.start), Span(gap.end, text.index("\n\nBest"))]
    items = annotated(text, prose, [gap])
    assert "".join(item.get("text", item.get("markup", "")) for item in items) == text
    assert {"markup": "\n\nPage 1 of 2\n\n", "interpretAs": " "} in items
    assert items[1] == {"text": "\n\n"}
