"""Reading inputs: files and stdin become decoded text plus metadata.

Plain text is decoded without touching newlines, so offsets into ``Source.text``
are offsets into the file as the user sees it (after any byte-order mark).
Email (``.eml``), HTML (``.html``, ``.htm``), Markdown (``.md``) and Word
(``.docx``) files, chosen by extension, are turned into text first: their
``Source`` is ``extracted`` and offsets index that extracted text, while its
``origin`` says where each character of it is in the file.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from letterlint.model import Origin

MAX_INPUT_BYTES = 20 * 1024
"""Largest input letterlint reads. A long letter is under 10 KB; anything past
this is a wrong file (20 KB is some 3,400 words), and refusing it keeps the run
bounded: a letter at the limit takes under 5 s and 400 MB, cold
(``benchmarks/speed.py``), where 32 KB took about 6 s and 256 KB 14 s."""

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
    origin: Origin | None = None
    """Where an extracted ``text`` is in the file (None: ``text`` is the file's)."""


def format_of(name: str | None) -> str:
    """The format a file name's extension means (plain text when unknown)."""
    if not name:
        return "text"
    return FORMATS.get(Path(name).suffix.lower(), "text")


def max_bytes(name: str | None) -> int:
    """How many bytes letterlint reads from a file of this name."""
    return MAX_CONTAINER_BYTES if format_of(name) in ("email", "docx") else MAX_INPUT_BYTES


def read_path(path: str | Path) -> Source:
    """Read a letter from a file, or raise InputError saying what is wrong.

    At most the size limit plus one byte is read, whatever the file is (a device
    such as /dev/zero, a FIFO, a process substitution), so a run stays bounded.
    """
    name = str(path)
    shown = shown_name(name)
    limit = max_bytes(name)
    try:
        with open(path, "rb") as file:
            data = file.read(limit + 1)
            size = _regular_size(file.fileno())
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file; check the path and try again.") from None
    except IsADirectoryError:
        raise InputError(f"{shown} is a directory; pass the letter files inside it.") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied; check the file's permissions.") from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise InputError(
                f"{shown} is a symbolic link loop; point the link at the letter itself."
            ) from None
        reason = (error.strerror or type(error).__name__).lower()
        raise InputError(f"{shown}: cannot be read ({reason}).") from None
    if len(data) > limit:
        if format_of(name) == "text" and _binary_head(data[:8192]):
            raise InputError(  # the more useful thing to say about a program or an image
                f"{shown} is a binary file, not a letter; pass a text, email or Word file."
            )
        raise InputError(_too_large(shown, size if size is not None and size > limit else None,
                                    limit))
    return from_bytes(data, name)


def _binary_head(head: bytes) -> bool:
    """A NUL byte in the first 8 KB that is not UTF-16 text."""
    return b"\x00" in head and _utf16_without_bom(head) is None and not head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    )


def _regular_size(descriptor: int) -> int | None:
    """The size of a regular file; None for a pipe or device, whose size is unknown."""
    status = os.fstat(descriptor)
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def read_bytes(data: bytes, name: str = STDIN_NAME) -> Source:
    """Read a letter from bytes already in memory (stdin); ``name``'s extension
    (``--stdin-filename``) chooses the format."""
    if len(data) > max_bytes(name):
        # The caller may have stopped reading at the limit: the size is unknown.
        raise InputError(_too_large(shown_name(name), None))
    return from_bytes(data, name)


def shown_name(name: str) -> str:
    """A file name safe to print: bytes that are not UTF-8 (kept by the file
    system's surrogate escapes) become ``\\xff`` and control characters such as
    terminal escape sequences become ``\\x1b``, so a name can neither make the
    output invalid UTF-8 nor drive the terminal."""
    text = utf8_name(name)
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escaped(char) for char in text)


def utf8_name(name: str) -> str:
    """A file name as valid UTF-8 text for JSON and SARIF: bytes that are not UTF-8
    (surrogate escapes) become ``\\xff``; other characters are kept (the JSON
    encoder escapes control characters itself)."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


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
        from letterlint.sources.html import html_origin, html_to_text

        markup = _decode_html(data, name)
        text = html_to_text(markup)
        return _extracted(text, name, kind, origin=lambda: html_origin(text, markup))
    from letterlint.sources.markdown import markdown_origin, markdown_to_text

    markdown = decode(data, name)
    text = markdown_to_text(markdown)
    return _extracted(text, name, kind, origin=lambda: markdown_origin(text, markdown))


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
            f"{shown_name(name)} is not a readable email: it {error}; "
            "export the message again as .eml."
        ) from None
    return _extracted(
        email.text,
        name,
        "email",
        headers=MappingProxyType(email.headers),
        attachments=email.attachments,
        origin=lambda: email.origin(data),
    )


def _docx_source(data: bytes, name: str) -> Source:
    from letterlint.sources.docx import MAX_UNPACKED_BYTES, DocxError, DocxTooLarge, read_docx

    try:
        text, paragraphs = read_docx(data)
    except DocxTooLarge:
        raise InputError(
            f"{shown_name(name)}: the document is too large (it unpacks to over "
            f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB); export the letter as text."
        ) from None
    except DocxError:
        raise InputError(
            f"{shown_name(name)} is not a readable Word document "
            "(the file is damaged or not a .docx); "
            "open and save it again in Word, or export the letter as text."
        ) from None
    from letterlint.sources.docx import docx_origin

    return _extracted(text, name, "docx", origin=lambda: docx_origin(text, paragraphs))


def _extracted(
    text: str,
    name: str,
    kind: str,
    headers: Mapping[str, str] | None = None,
    attachments: tuple[str, ...] = (),
    origin: Callable[[], Origin] | None = None,
) -> Source:
    """A Source of extracted text, once it is known to be a letter; ``origin``
    maps it back to the file (worked out only then)."""
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        size = len(text.encode("utf-8"))
        raise InputError(_too_large(f"the text in {shown_name(name)}", size, MAX_INPUT_BYTES))
    if _looks_binary(text):
        raise InputError(
            f"{shown_name(name)} holds binary data, not a letter; pass a text, email or Word file."
        )
    return Source(
        text=text,
        path=name,
        format=kind,
        extracted=True,
        headers=headers if headers is not None else MappingProxyType({}),
        attachments=attachments,
        origin=origin() if origin is not None else None,
    )


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8, UTF-8 with BOM, or UTF-16 with BOM; refuse binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16", name)
    if b"\x00" in data[:8192]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise InputError(
                f"{shown_name(name)} is a binary file, not a letter; "
                "pass a text, email or Word file."
            )
        return _decode_as(data, encoding, name)
    return _decode_as(data, "utf-8", name)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16 text without a
    byte-order mark (Windows tools write it): mostly text whose every other byte
    is zero on one side only. None when it is some other binary data."""
    sample = data[:8192]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros >= 0.3 * half and even_zeros <= 0.02 * half:
        return "utf-16-le"
    if even_zeros >= 0.3 * half and odd_zeros <= 0.02 * half:
        return "utf-16-be"
    return None


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{shown_name(name)} is not valid {encoding.upper()} text "
            f"(bad byte at offset {error.start}); "
            "save it as UTF-8 and try again."
        ) from None
    if _looks_binary(text):
        raise InputError(
            f"{shown_name(name)} is a binary file, not a letter; pass a text, email or Word file."
        )
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f\v")
    return control / len(sample) > 0.01


def _too_large(name: str, size: int | None, limit: int | None = None) -> str:
    limit = max_bytes(name) if limit is None else limit
    unit, scale = ("MB", 1024 * 1024) if limit >= 1024 * 1024 else ("KB", 1024)
    shown = f"{limit // scale} {unit}"
    measured = f"is {size / scale:,.1f} {unit}" if size is not None else f"is over {shown}"
    return f"{name} {measured}; letterlint reads letters up to {shown}, so pass the letter itself."
