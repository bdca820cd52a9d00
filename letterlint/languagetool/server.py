"""A local LanguageTool server that letterlint starts, owns and stops.

The server is ``java -cp … org.languagetool.server.HTTPServer --port N`` on a free
loopback port (LanguageTool listens on localhost only unless given ``--public``).
It runs in its own process group, so stopping it stops everything it started;
every live server is also in :data:`_LIVE_SERVERS`, which an ``atexit`` hook
empties, so no server outlives the Python process that started it. On Linux, when
started from the main thread, ``setpriv --pdeathsig`` also kills it if Python
itself is killed (a signal skips ``atexit``). The JVM command line carries
``-Dletterlint.owner=<pid>`` so that a person or a test can tell our servers apart.

language-tool-python can start a server too, but it retries on every port and
spawns a new Java process each time start-up takes over 15 s, so letterlint starts
and health-checks the server itself and only talks HTTP to it.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MIN_JAVA = 17
OWNER_PROPERTY = "letterlint.owner"
SERVER_CLASS = "org.languagetool.server.HTTPServer"
JVM_OPTIONS = ("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
"""Measured on 2 cores: the quick (C1) compiler and the serial collector start
LanguageTool in about 5 s instead of 12 s and check letters 2-3x faster in a
lint-sized run, because the optimising compiler and parallel GC threads compete
with the checks for the same cores."""
SERVER_SETTINGS = {"pipelineCaching": "true"}
"""The server's ``--config`` file. Reusing the checking pipeline between requests
(off by default) cut the per-letter time by about a quarter in measurements."""
HOME_ENV = "LETTERLINT_LANGUAGETOOL_HOME"
LTP_PATH_ENV = "LTP_PATH"  # language-tool-python's download folder
LTP_JAR_DIR_ENV = "LTP_JAR_DIR_PATH"  # language-tool-python: a folder holding the jar
CHECKOUT_HOME = Path(__file__).resolve().parents[2] / ".languagetool"
"""Where scripts/fetch-languagetool.sh assembles LanguageTool in a letterlint checkout."""

ENABLE_HINT = (
    "to enable grammar checks run `bash scripts/fetch-languagetool.sh` in a letterlint "
    "checkout or `letterlint languagetool download`, or set LETTERLINT_LANGUAGETOOL_URL "
    "to a LanguageTool server you trust"
)

_STOP_GRACE = 3.0


class LanguageToolUnavailable(Exception):
    """LanguageTool cannot be used; ``reason`` says why and how to enable it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_LIVE_SERVERS: set[LocalServer] = set()
"""Servers started and not yet stopped; the atexit hook stops what is left."""


@dataclass(frozen=True)
class Installation:
    """A LanguageTool on disk that can be started: a Java classpath and where it came from."""

    classpath: str
    origin: str
    version: str | None = None


def find_installation(home: str | os.PathLike[str] | None,
                      environ: Mapping[str, str] | None = None) -> Installation:
    """The local LanguageTool to start, in the documented order.

    ``home`` (the grammar check's ``languagetool-home`` setting) or
    ``LETTERLINT_LANGUAGETOOL_HOME`` name one directory, which must then hold
    LanguageTool; otherwise the checkout's ``.languagetool/`` and then
    language-tool-python's downloads are tried.
    """
    env = os.environ if environ is None else environ
    named = [(home, "the languagetool-home setting"), (env.get(HOME_ENV), HOME_ENV)]
    for directory, source in named:
        if directory:
            found = installation_at(Path(directory).expanduser(), f"{source} ({directory})")
            if found is None:
                raise LanguageToolUnavailable(
                    f"{source} points to {directory}, which holds no LanguageTool jars; "
                    f"assemble it with `bash scripts/fetch-languagetool.sh {directory}`"
                )
            return found
    candidates = [(CHECKOUT_HOME, "the letterlint checkout's .languagetool")]
    if env.get(LTP_JAR_DIR_ENV):
        candidates.append((Path(env[LTP_JAR_DIR_ENV]), LTP_JAR_DIR_ENV))
    downloads = Path(env.get(LTP_PATH_ENV) or Path.home() / ".cache" / "language_tool_python")
    candidates += [(path, "language-tool-python's download") for path in _downloads(downloads)]
    for directory, source in candidates:
        found = installation_at(directory, f"{source} ({directory})")
        if found is not None:
            return found
    raise LanguageToolUnavailable(
        f"no LanguageTool server URL is set and no local LanguageTool was found; {ENABLE_HINT}"
    )


def installation_at(directory: Path, origin: str) -> Installation | None:
    """A directory assembled by the fetch script (``lib/*.jar``) or an unzipped
    LanguageTool release (``languagetool-server.jar``, as language-tool-python
    downloads it); None when it is neither."""
    version_file = directory / "VERSION"
    version = version_file.read_text("utf-8").strip() if version_file.is_file() else None
    lib = directory / "lib"
    if lib.is_dir() and any(lib.glob("languagetool-server-*.jar")):
        return Installation(f"{lib}{os.sep}*", origin, version)
    server_jar = directory / "languagetool-server.jar"
    if server_jar.is_file():
        # A release's jar names its libraries in its manifest; libs/ is listed too
        # for copies whose manifest was lost.
        match = re.match(r"LanguageTool-(.+)", directory.name)
        classpath = os.pathsep.join([str(server_jar), f"{directory / 'libs'}{os.sep}*"])
        return Installation(classpath, origin, version or (match.group(1) if match else None))
    return None


def _downloads(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        (path for path in folder.glob("LanguageTool-*") if path.is_dir()),
        key=lambda path: _version_key(path.name),
        reverse=True,
    )


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name))


def find_java(environ: Mapping[str, str] | None = None) -> str:
    """The ``java`` to run: ``$JAVA_HOME/bin/java``, else the one on PATH; it must be 17+."""
    env = os.environ if environ is None else environ
    java_home = env.get("JAVA_HOME")
    candidate = Path(java_home) / "bin" / "java" if java_home else None
    java = (
        str(candidate)
        if candidate and candidate.is_file()
        else shutil.which("java", path=env.get("PATH"))
    )
    if java is None:
        raise LanguageToolUnavailable(
            f"Java was not found; LanguageTool needs Java {MIN_JAVA} or newer (install it or "
            "set JAVA_HOME), or set LETTERLINT_LANGUAGETOOL_URL to a running server"
        )
    try:
        output = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LanguageToolUnavailable(f"{java} -version failed ({error})") from None
    major = java_major_version(output.stderr + output.stdout)
    if major is None or major < MIN_JAVA:
        found = f"Java {major}" if major else f"an unrecognised Java ({java})"
        raise LanguageToolUnavailable(
            f"{found} is too old; LanguageTool needs Java {MIN_JAVA} or newer (install it "
            "and set JAVA_HOME), or set LETTERLINT_LANGUAGETOOL_URL to a running server"
        )
    return java


def java_major_version(version_output: str) -> int | None:
    """17 from ``openjdk version "17.0.15"``, 8 from ``java version "1.8.0_392"``."""
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if match is None:
        return None
    major = int(match.group(1))
    if major == 1 and match.group(2):
        return int(match.group(2))
    return major


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LocalServer:
    """One LanguageTool HTTP server process on a loopback port."""

    def __init__(self, process: subprocess.Popen[bytes], port: int,
                 scratch: tempfile.TemporaryDirectory[str], installation: Installation) -> None:
        self.process = process
        self.port = port
        self.installation = installation
        self._scratch = scratch

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    @classmethod
    def start(
        cls,
        installation: Installation,
        java: str,
        timeout: float,
        port: int | None = None,
        public: bool = False,
    ) -> LocalServer:
        """Start a server and wait until its health check answers, within ``timeout``
        seconds; on any failure nothing is left running. ``port`` defaults to a free
        one; ``public`` makes it listen on every interface, not just loopback."""
        deadline = time.monotonic() + timeout
        port = port or free_loopback_port()
        # Removed by stop(): the server's settings, and its log for error messages.
        scratch = tempfile.TemporaryDirectory(prefix="letterlint-languagetool-")
        settings = Path(scratch.name) / "server.properties"
        settings.write_text("".join(f"{key}={value}\n" for key, value in SERVER_SETTINGS.items()))
        command = [
            java,
            f"-D{OWNER_PROPERTY}={os.getpid()}",
            *JVM_OPTIONS,
            "-cp",
            installation.classpath,
            SERVER_CLASS,
            "--port",
            str(port),
            "--config",
            str(settings),
            *(["--public"] if public else []),
        ]
        if threading.current_thread() is threading.main_thread() and shutil.which("setpriv"):
            # Dies with this process even when a signal skips atexit. Only from the
            # main thread: the signal fires when the *thread* that started it ends.
            command = ["setpriv", "--pdeathsig", "KILL", "--", *command]
        try:
            with (Path(scratch.name) / "server.log").open("wb") as log:
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
        except OSError as error:
            scratch.cleanup()
            raise LanguageToolUnavailable(f"could not start {java}: {error.strerror}") from None
        server = cls(process, port, scratch, installation)
        _LIVE_SERVERS.add(server)
        try:
            server._wait_until_healthy(deadline, timeout)
        except BaseException:
            server.stop()
            raise
        return server

    def _wait_until_healthy(self, deadline: float, timeout: float) -> None:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while True:
            code = self.process.poll()
            if code is not None:
                raise LanguageToolUnavailable(
                    f"the local LanguageTool server ({self.installation.origin}) exited with "
                    f"code {code} while starting: {self.log_tail() or 'no output'}"
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LanguageToolUnavailable(
                    f"the local LanguageTool server did not answer within {timeout:g} s; "
                    "raise start-timeout in [tool.letterlint.grammar] on a slow machine"
                )
            health = f"{self.url}/v2/healthcheck"
            with (
                contextlib.suppress(OSError, urllib.error.URLError),
                opener.open(health, timeout=min(1.0, remaining)) as response,
            ):
                if response.status == 200:
                    return
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    def log_tail(self, lines: int = 1) -> str:
        """The last line(s) the server printed, for error messages."""
        try:
            text = (Path(self._scratch.name) / "server.log").read_text("utf-8", "replace")
        except OSError:
            return ""
        useful = [line.strip() for line in text.splitlines() if line.strip()]
        return " / ".join(useful[-lines:])

    def stop(self) -> None:
        """Stop the server and everything in its process group; idempotent."""
        _LIVE_SERVERS.discard(self)
        if self.process.poll() is None:
            for sig, grace in ((signal.SIGTERM, _STOP_GRACE), (signal.SIGKILL, _STOP_GRACE)):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.process.pid, sig)
                try:
                    self.process.wait(grace)
                    break
                except subprocess.TimeoutExpired:
                    continue
        with contextlib.suppress(OSError):
            self._scratch.cleanup()


def _stop_all_servers() -> None:
    for server in list(_LIVE_SERVERS):
        server.stop()


atexit.register(_stop_all_servers)
