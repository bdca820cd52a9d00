"""Hostile inputs, built on the fly (nothing hostile is committed), and a way to
run letterlint on one in a subprocess that reports its time and peak memory.
Shared by tests/fuzz/test_hostile.py and benchmarks/hostile.py."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from tests.cli_support import letterlint_command, plain_environment

LETTER = "Dear Ana,\n\nThank you for meeting me today about the analyst role.\n\nBest,\nSam\n"


@dataclass(frozen=True)
class Outcome:
    status: int
    stdout: bytes
    stderr: str
    seconds: float
    peak_mb: float


def run_measured(
    args: Sequence[str | Path],
    *,
    stdin: Path | bytes | None = None,
    stdout: Path | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 120,
) -> Outcome:
    """Run ``letterlint ARGS``; its wall time and peak resident memory, from the
    kernel's rusage of that one child (reaped with wait4). Output goes through
    files, so a child that writes a lot cannot block on a full pipe."""
    environment = dict(env) if env is not None else plain_environment()
    with tempfile.TemporaryDirectory() as folder:
        out_path = stdout or Path(folder) / "stdout"
        err_path = Path(folder) / "stderr"
        if isinstance(stdin, bytes):
            in_path = Path(folder) / "stdin"
            in_path.write_bytes(stdin)
        else:
            in_path = stdin if stdin is not None else Path(os.devnull)
        started = time.monotonic()
        with (
            open(in_path, "rb") as input_file,
            open(out_path, "wb") as output_file,
            open(err_path, "wb") as error_file,
        ):
            process = subprocess.Popen(
                [*letterlint_command(), *map(str, args)],
                stdin=input_file,
                stdout=output_file,
                stderr=error_file,
                env=environment,
                cwd=cwd,
            )
            killer = threading.Timer(timeout, process.kill)
            killer.start()
            try:
                _, wait_status, usage = os.wait4(process.pid, 0)
            finally:
                killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        seconds = time.monotonic() - started
        captured = out_path.read_bytes() if stdout is None or stdout.is_file() else b""
        return Outcome(
            status=process.returncode,
            stdout=captured,
            stderr=err_path.read_bytes().decode("utf-8", "replace"),
            seconds=seconds,
            peak_mb=usage.ru_maxrss / 1024,
        )


# --- the cases ------------------------------------------------------------------------


def deep_html(depth: int = 5000) -> bytes:
    return ("<div>" * depth + "Dear Ana, thank you." + "</div>" * depth).encode()


def nested_emphasis(depth: int = 3000) -> bytes:
    return ("*" * depth + "Dear Ana, thank you" + "*" * depth + "\n").encode()


def nested_mime(depth: int = 1000) -> bytes:
    body = "Content-Type: text/plain\n\nDear Ana, thank you.\n"
    for level in range(depth):
        body = (
            f'Content-Type: multipart/mixed; boundary="b{level}"\n\n'
            f"--b{level}\n{body}\n--b{level}--\n"
        )
    return (
        "From: sam@example.com\nTo: ana@example.com\nSubject: Thanks\nMIME-Version: 1.0\n" + body
    ).encode()


def encoded_words(count: int = 30000) -> bytes:
    subject = " ".join(["=?utf-8?q?a?="] * count)
    return (f"From: sam@example.com\nTo: ana@example.com\nSubject: {subject}\n\n{LETTER}").encode()


def zip_bomb_docx(inflated_mb: int = 300) -> bytes:
    """A real .docx whose word/document.xml inflates to ``inflated_mb`` MB."""
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as bomb:
        for entry in source.infolist():
            if entry.filename != "word/document.xml":
                bomb.writestr(entry, source.read(entry))
        with bomb.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(inflated_mb):
                member.write(chunk)
    return output.getvalue()


def punctuation_run(count: int = 16000) -> bytes:
    return ("Dear Ana,\n\nThank you" + "!" * count + "\n\nBest,\nSam\n").encode()


def bullets(count: int = 5000) -> bytes:
    items = "".join(f"- point number {number} about the role\n" for number in range(count))
    return ("Dear Ana,\n\nThank you for the interview.\n\n" + items + "\nBest,\nSam\n").encode()


def quoted_lines(count: int = 5000) -> bytes:
    quoted = "".join(f"> line {number} of the earlier message\n" for number in range(count))
    return (LETTER + "\nOn Mon, Ana wrote:\n" + quoted).encode()


def long_sentence(words: int = 4000) -> bytes:
    sentence = " ".join(
        ("the team", "and the role", "with the work", "for the (data) people")[number % 4]
        for number in range(words // 3)
    )
    return ("Dear Ana,\n\nThank you for " + sentence + "\n\nBest,\nSam\n").encode()


def big_html(paragraphs: int = 2000) -> bytes:
    body = "".join(f"<p>Paragraph {n} <b>about</b> the <i>role</i>.</p>" for n in range(paragraphs))
    return f"<html><body>{body}</body></html>".encode()


def email_message(body: str = LETTER) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "s@example.com", "a@example.com", "Hi"
    message.set_content(body)
    return message.as_bytes()
