"""Running the real ``letterlint`` command in a subprocess, as a user would."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def plain_environment() -> dict[str, str]:
    """This process's environment without the variables that force colour on or off."""
    forcing = ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "PY_COLORS")
    return {key: value for key, value in os.environ.items() if key not in forcing}


def letterlint_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m letterlint``."""
    script = Path(sys.executable).with_name("letterlint")
    if script.exists():
        return [str(script)]
    found = shutil.which("letterlint")
    return [found] if found else [sys.executable, "-m", "letterlint"]


def run_letterlint(
    *args: str | Path,
    stdin: bytes | None = None,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    prefix: Sequence[str] = (),
    timeout: float = 120,
) -> Run:
    """Run ``letterlint ARGS`` and capture its exit status and output (UTF-8)."""
    completed = subprocess.run(
        [*prefix, *letterlint_command(), *map(str, args)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=cwd or ROOT,
        env=dict(env) if env is not None else plain_environment(),
        timeout=timeout,
        check=False,
    )
    return Run(
        status=completed.returncode,
        stdout=completed.stdout.decode("utf-8"),
        stderr=completed.stderr.decode("utf-8"),
    )


def run_in_terminal(*args: str | Path, env: Mapping[str, str]) -> str:
    """Run ``letterlint ARGS`` with stdout on a pseudo-terminal, as in a user's shell;
    what it wrote there (UTF-8). Fails the test when it does not exit 0."""
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(
            [*letterlint_command(), *map(str, args)], stdin=subprocess.DEVNULL,
            stdout=terminal, stderr=subprocess.PIPE, env=dict(env), timeout=120, check=False,
        )
        os.close(terminal)
        terminal = -1
        output = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other side is closed: all read
                break
            if not chunk:
                break
            output += chunk
    finally:
        if terminal != -1:
            os.close(terminal)
        os.close(controller)
    assert done.returncode == 0, done.stderr
    return output.decode("utf-8")
