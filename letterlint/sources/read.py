"""Reading inputs: files and stdin become decoded text plus metadata.

Plain text is decoded without touching newlines, so offsets into ``Source.text``
are offsets into the file as the user sees it (after any byte-order mark).
Email (``.eml``), HTML (``.html``, ``.htm``), Markdown (``.md``) and Word
(``.docx``) files, chosen by extension, are turned into text first: their
``Source`` is ``extracted`` and offsets index that extracted text.
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

MAX_INPUT_BYTES = 32 * 1024
"""Largest input letterlint reads. A long letter is under 10 KB; anything past
this is a wrong file (32 KB is some 5,500 words), and refusing it keeps the run
bounded: a letter at the limit takes a few seconds and under 400 MB, cold
(``benchmarks/speed.py``), where 256 KB took 14 s."""

MAX_CONTAINER_BYTES = 25 * 1024 * 1024
"""Largest email or Word file letterlint reads: these carry attachments, images
and styles, so the file may be far larger than the letter in it (25 MB is the
common mail size limit). The extracted text is still held to MAX_INPUT_BYTES."""

STDIN_NAME = "<stdin>"

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".eml": "email",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}
"""File extensions letterlint reads, and the format each means. Anything else is
read as plain text."""


class InputError(Exception):
    """An input that cannot be read as a letter. The message is one plain sentence."""


@dataclass(frozen=True)
class Source:
    """One letter's text and what we know about where it came from."""

    text: str
    path: str | None = None
    format: str = "text"
    """"text", "email", "html", "markdown" or "docx"."""
    extracted: bool = False
    """Whether ``text`` was extracted from markup or a container (offsets then
    index ``text``, not the file's bytes)."""
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """An email's Subject, From, To, Cc and Date, as written (decoded)."""
    attachments: tuple[str, ...] = ()
    """File names of an email's attachments."""


def format_of(name: str | None) -> str:
    """The format a file name's extension means (plain text when unknown)."""
    if not name:
        return "text"
    return FORMATS.get(Path(name).suffix.lower(), "text")


def max_bytes(name: str | None) -> int:
    """How many bytes letterlint reads from a file of this name."""
    return MAX_CONTAINER_BYTES if format_of(name) in ("email", "docx") else MAX_INPUT_BYTES


def read_path(path: str | Path) -> Source:
    """Read a letter from a file, or raise InputError saying what is wrong."""
    shown = str(path)
    file = Path(path)
    if not file.exists():
        raise InputError(f"{shown}: no such file; check the path and try again.")
    if file.is_dir():
        raise InputError(f"{shown} is a directory; pass the letter files inside it.")
    try:
        size = file.stat().st_size
        if size > max_bytes(shown):
            with file.open("rb") as handle:
                head = handle.read(8192)
            if format_of(shown) == "text" and _binary_head(head):
                raise InputError(_binary(shown))  # the more useful thing to say
            raise InputError(_too_large(shown, size))
        data = file.read_bytes()
    except PermissionError:
        raise InputError(f"{shown}: permission denied; check the file's permissions.") from None
    except OSError as error:
        raise InputError(f"{shown}: cannot be read ({error.strerror}).") from None
    return from_bytes(data, shown)


def read_bytes(data: bytes, name: str = STDIN_NAME) -> Source:
    """Read a letter from bytes already in memory (stdin); ``name``'s extension
    (``--stdin-filename``) chooses the format."""
    if len(data) > max_bytes(name):
        # The caller may have stopped reading at the limit: the size is unknown.
        raise InputError(_too_large(name, None))
    return from_bytes(data, name)


def from_bytes(data: bytes, name: str) -> Source:
    """A Source from a file's bytes, read as the format its name's extension means."""
    kind = format_of(name)
    if kind == "text":
        return Source(text=decode(data, name), path=name)
    if kind == "email":
        return _email_source(data, name)
    if kind == "docx":
        return _docx_source(data, name)
    if kind == "html":
        from letterlint.sources.html import html_to_text

        return _extracted(html_to_text(_decode_html(data, name)), name, kind)
    from letterlint.sources.markdown import markdown_to_text

    return _extracted(markdown_to_text(decode(data, name)), name, kind)


def _decode_html(data: bytes, name: str) -> str:
    """UTF-8, or else the encoding the page declares (Word's "Save as Web Page"
    writes windows-1252)."""
    try:
        return decode(data, name)
    except InputError:
        if b"\x00" in data[:8192]:
            raise
        from bs4 import UnicodeDammit

        detected = UnicodeDammit(data, is_html=True).unicode_markup
        if detected is None or _looks_binary(detected):
            raise
        return detected


def _email_source(data: bytes, name: str) -> Source:
    from letterlint.sources.email import EmailError, read_email

    try:
        email = read_email(data)
    except EmailError as error:
        raise InputError(
            f"{name} is not a readable email: it {error}; export the message again as .eml."
        ) from None
    return _extracted(
        email.text,
        name,
        "email",
        headers=MappingProxyType(email.headers),
        attachments=email.attachments,
    )


def _docx_source(data: bytes, name: str) -> Source:
    from letterlint.sources.docx import DocxError, docx_to_text

    try:
        text = docx_to_text(data)
    except DocxError:
        raise InputError(
            f"{name} is not a readable Word document (the file is damaged or not a .docx); "
            "open and save it again in Word, or export the letter as text."
        ) from None
    return _extracted(text, name, "docx")


def _extracted(
    text: str,
    name: str,
    kind: str,
    headers: Mapping[str, str] | None = None,
    attachments: tuple[str, ...] = (),
) -> Source:
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        size = len(text.encode("utf-8"))
        raise InputError(_too_large(f"the text in {name}", size, MAX_INPUT_BYTES))
    if _looks_binary(text):
        raise InputError(
            f"{name} holds binary data, not a letter; pass a text, email or Word file."
        )
    return Source(
        text=text,
        path=name,
        format=kind,
        extracted=True,
        headers=headers if headers is not None else MappingProxyType({}),
        attachments=attachments,
    )


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8, UTF-8 with BOM, or UTF-16 with BOM; refuse binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16", name)
    if _binary_head(data[:8192]):
        raise InputError(_binary(name))
    return _decode_as(data, "utf-8", name)


def _binary_head(head: bytes) -> bool:
    """A NUL byte in the first 8 KB of a file without a UTF-16 byte-order mark."""
    return not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" in head


def _binary(name: str) -> str:
    return f"{name} is a binary file, not a letter; pass a text, email or Word file."


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not valid {encoding.upper()} text (bad byte at offset {error.start}); "
            "save it as UTF-8 and try again."
        ) from None
    if _looks_binary(text):
        raise InputError(_binary(name))
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f\v")
    return control / len(sample) > 0.01


def _too_large(name: str, size: int | None, limit: int | None = None) -> str:
    limit = max_bytes(name) if limit is None else limit
    shown = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} KB"
    if size is None:
        measured = f"is over {shown}"
    elif size >= 1_000_000:
        measured = f"is {size / 1_000_000:.1f} MB"
    else:
        measured = f"is {-(-size // 1024)} KB"  # rounded up: never "32 KB" over a 32 KB limit
    return f"{name} {measured}; letterlint reads letters up to {shown}, so pass the letter itself."
