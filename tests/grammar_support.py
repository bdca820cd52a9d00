"""Helpers for the grammar tests: the real LanguageTool the fetch script assembles,
Java processes that letterlint started, and stub servers that fail on purpose."""

from __future__ import annotations

import os
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import pytest

from letterlint import Linter
from letterlint.checks.grammar import GrammarCheck
from letterlint.languagetool.server import (
    OWNER_PROPERTY,
    Installation,
    LanguageToolUnavailable,
    find_installation,
)
from letterlint.letter.nlp import Pipeline
from letterlint.registry import Registry

SKIP_ENV = "LETTERLINT_SKIP_GRAMMAR_TESTS"
FETCH_HINT = (
    "LanguageTool is not assembled, so the grammar tests cannot run against a real "
    "server: run `bash scripts/fetch-languagetool.sh` (needs Java 17+ and Maven), or set "
    f"{SKIP_ENV}=1 to skip them knowingly."
)


@contextmanager
def grammar_linter_on(pipeline: Pipeline) -> Iterator[Linter]:
    """A Linter with only the grammar check, on the real LanguageTool this Linter
    starts itself (not one named by LETTERLINT_LANGUAGETOOL_URL); on the way out,
    checks that the server it started went with it."""
    require_languagetool()
    earlier = set(owned_java_pids(os.getpid()))  # another module's server may still run
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("LETTERLINT_LANGUAGETOOL_URL", raising=False)
        # A generous start-up budget: CI shares two cores with the rest of the suite.
        linter = Linter(
            registry=Registry([GrammarCheck]), pipeline=pipeline, grammar={"start_timeout": 120}
        )
        try:
            yield linter
        finally:
            linter.close()
    assert set(owned_java_pids(os.getpid())) <= earlier, "our server outlived its Linter"


def require_languagetool() -> Installation:
    """The local LanguageTool, or fail the test (skip only when asked to)."""
    try:
        return find_installation(None)
    except LanguageToolUnavailable as error:
        reason = error.reason
    if os.environ.get(SKIP_ENV) == "1":
        pytest.skip(f"{SKIP_ENV}=1: {reason}")
    pytest.fail(f"{FETCH_HINT} ({reason})", pytrace=False)


def owned_java_pids(owner: int | None = None) -> list[int]:
    """Live processes whose command line carries ``-Dletterlint.owner`` (of ``owner``
    when given): the LanguageTool servers letterlint started."""
    marker = f"-D{OWNER_PROPERTY}=" + (str(owner) if owner is not None else "")
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().split(") ", 1)[1][0]
        except OSError:
            continue
        if state == "Z":
            continue
        if any(argument.decode("utf-8", "replace").startswith(marker) for argument in arguments):
            found.append(int(entry.name))
    return found


class _StubServer:
    """A TCP server on a loopback port that does *not* behave like LanguageTool."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(16)
        self._socket.settimeout(0.2)
        self._stopping = threading.Event()
        self._held: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def __enter__(self) -> _StubServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._stopping.set()
        self._thread.join(5)
        for connection in self._held:
            connection.close()
        self._socket.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._socket.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.handle(connection)

    def handle(self, connection: socket.socket) -> None:
        raise NotImplementedError


class RefusingStubServer(_StubServer):
    """Accepts a connection and drops it at once, like a crashed or refusing server."""

    def handle(self, connection: socket.socket) -> None:
        linger_zero = struct.pack("ii", 1, 0)  # close with a reset, not a goodbye
        connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger_zero)
        connection.close()


class HangingStubServer(_StubServer):
    """Accepts a connection and never answers, like a wedged server."""

    def handle(self, connection: socket.socket) -> None:
        self._held.append(connection)


class BrokenStubServer(_StubServer):
    """Answers every request with HTTP 500, like a server with a broken install."""

    def handle(self, connection: socket.socket) -> None:
        connection.settimeout(1)
        try:
            connection.recv(65536)
            connection.sendall(
                b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                b"Content-Length: 21\r\nConnection: close\r\n\r\nError: internal error"
            )
        except OSError:
            pass
        connection.close()


class RejectingStubServer(_StubServer):
    """Answers /v2/languages like LanguageTool but rejects every check with HTTP
    413, like a server whose text-size limit every letter exceeds."""

    def __init__(self) -> None:
        super().__init__()
        self.checks = 0

    def handle(self, connection: socket.socket) -> None:
        connection.settimeout(1)
        try:
            request = connection.recv(65536)
            if b"/v2/check" in request.split(b"\r\n", 1)[0]:
                self.checks += 1
                status, body = b"413 Payload Too Large", b"Error: your text exceeds the limit"
            else:
                status, body = b"200 OK", b"[]"
            connection.sendall(
                b"HTTP/1.1 " + status + b"\r\nContent-Length: " + str(len(body)).encode()
                + b"\r\nConnection: close\r\n\r\n" + body
            )
        except OSError:
            pass
        connection.close()


def env_without_languagetool(tmp_path: Path) -> dict[str, str]:
    """An environment in which no LanguageTool can be found: the home points to an
    empty folder and no server URL is set."""
    empty = tmp_path / "no-languagetool"
    empty.mkdir(exist_ok=True)
    env = {key: value for key, value in os.environ.items()
           if key != "LETTERLINT_LANGUAGETOOL_URL"}
    env["LETTERLINT_LANGUAGETOOL_HOME"] = str(empty)
    return env

