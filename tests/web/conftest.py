"""A real ``letterlint serve`` in a subprocess, shared by the web tests, and the
letters they send it."""

from __future__ import annotations

import re
import signal
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli_support import ROOT, letterlint_command, plain_environment

BAD_LETTER = (
    "Dear [Hiring Manager],\n\n"
    "I am writing to express my sincere gratitude for the interview. "
    "I still haven't heard back, even though you said you would decide by Friday.\n\n"
    "Please do not hesitate to contact me at your earliest convenience.\n\n"
    "Sincerely,\nSam"
)

GOOD_LETTER = (
    "Dear Ms. Alvarez,\n\n"
    "Thank you for meeting with me yesterday about the Data Analyst role. I enjoyed hearing "
    "how your team moved the weekly sales report from spreadsheets to a shared dashboard, and "
    "I'm excited about the chance to help with the next step.\n\n"
    "In my last job I rebuilt our churn model in Python and cut the monthly reporting time "
    "from two days to three hours. The dashboard work you described is the kind of project "
    "I do best.\n\n"
    "I would love to join the team. If anything else would help your decision, I'm happy to "
    "send it.\n\n"
    "Best regards,\nSam Patel\n"
)

_SERVING = re.compile(r"serving on (http://\S+/)")


@dataclass(frozen=True)
class Server:
    url: str
    host: str
    port: int
    tmp: Path
    """The TMPDIR the server runs with: it must stay empty (nothing stored)."""


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """``letterlint serve --port 0`` started as a user would, on a free port."""
    tmp = tmp_path_factory.mktemp("server-tmp")
    environment = {**plain_environment(), "TMPDIR": str(tmp)}
    process = subprocess.Popen(
        [*letterlint_command(), "serve", "--port", "0", "--isolated"],
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


def bad_letter_paragraphs() -> list[str]:
    return BAD_LETTER.split("\n\n")

