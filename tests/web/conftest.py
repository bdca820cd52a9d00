"""A real ``letterlint serve`` in a subprocess, shared by the web tests, and the
letters they send it."""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli_support import ROOT, letterlint_command, plain_environment
from tests.letters_support import BAD_LETTER, GOOD_LETTER

_SERVING = re.compile(r"serving on (http://\S+/)")


@dataclass(frozen=True)
class Server:
    url: str
    host: str
    port: int
    tmp: Path
    """The TMPDIR the server runs with: it must stay empty (nothing stored)."""


def readme_serve() -> tuple[list[str], str]:
    """The README's ``letterlint serve`` command and the line it says it prints."""
    lines = (ROOT / "README.md").read_text("utf-8").splitlines()
    at = lines.index("$ letterlint serve")
    return shlex.split(lines[at][2:])[1:], lines[at + 1]


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The README's ``letterlint serve``, started as a user would, on a free port
    (``--port 0``) and with no config file (``--isolated``)."""
    tmp = tmp_path_factory.mktemp("server-tmp")
    environment = {**plain_environment(), "TMPDIR": str(tmp)}
    arguments, printed = readme_serve()
    process = subprocess.Popen(
        [*letterlint_command(), *arguments, "--port", "0", "--isolated"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    found: list[str] = []

    def read_first_line() -> None:
        assert process.stdout is not None
        found.append(process.stdout.readline())

    reader = threading.Thread(target=read_first_line, daemon=True)
    reader.start()
    reader.join(timeout=180)
    match = _SERVING.search(found[0]) if found else None
    if match is None:
        process.kill()
        _, errors = process.communicate(timeout=30)
        pytest.fail(f"letterlint serve did not start: {found!r}\n{errors}")
    url = match.group(1)
    assert re.sub(r":\d+/", ":8765/", found[0].strip()) == printed, "the README shows this line"
    host_port = url.split("//")[1].rstrip("/")
    host, port = host_port.rsplit(":", 1)
    try:
        yield Server(url=url, host=host, port=int(port), tmp=tmp)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def docx_bytes(path: Path, paragraphs: list[str]) -> bytes:
    """A real Word file, written with python-docx."""
    from docx import Document

    document = Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path.read_bytes()


__all__ = ["BAD_LETTER", "GOOD_LETTER", "Server", "bad_letter_paragraphs", "docx_bytes"]


def bad_letter_paragraphs() -> list[str]:
    return BAD_LETTER.split("\n\n")

