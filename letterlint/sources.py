"""Reading inputs: files and stdin become decoded text plus metadata.

Text is decoded without touching newlines, so offsets into ``Source.text`` are
offsets into the file as the user sees it (after any byte-order mark).
"""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

MAX_INPUT_BYTES = 256 * 1024
"""Largest input letterlint reads. A long letter is under 10 KB; anything past
this is a wrong file, and refusing it keeps the run bounded in time."""

STDIN_NAME = "<stdin>"


class InputError(Exception):
    """An input that cannot be read as a letter. The message is one plain sentence."""


@dataclass(frozen=True)
class Source:
    """One letter's text and what we know about where it came from."""

    text: str
    path: str | None = None
    format: str = "text"
    extracted: bool = False
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    attachments: tuple[str, ...] = ()


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
        if size > MAX_INPUT_BYTES:
            raise InputError(_too_large(shown, size))
        data = file.read_bytes()
    except PermissionError:
        raise InputError(f"{shown}: permission denied; check the file's permissions.") from None
    except OSError as error:
        raise InputError(f"{shown}: cannot be read ({error.strerror}).") from None
    return Source(text=decode(data, shown), path=shown)


def read_bytes(data: bytes, name: str = STDIN_NAME) -> Source:
    """Read a letter from bytes already in memory (stdin)."""
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(_too_large(name, len(data)))
    return Source(text=decode(data, name), path=name)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8, UTF-8 with BOM, or UTF-16 with BOM; refuse binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(data[len(codecs.BOM_UTF8) :], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16", name)
    if b"\x00" in data[:8192]:
        raise InputError(f"{name} is a binary file, not a letter; pass a text, email or Word file.")
    return _decode_as(data, "utf-8", name)


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not valid {encoding.upper()} text (bad byte at offset {error.start}); "
            "save it as UTF-8 and try again."
        ) from None
    if _looks_binary(text):
        raise InputError(f"{name} is a binary file, not a letter; pass a text, email or Word file.")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f\v")
    return control / len(sample) > 0.01


def _too_large(name: str, size: int) -> str:
    return (
        f"{name} is {size / 1_000_000:.1f} MB; letterlint reads letters up to "
        f"{MAX_INPUT_BYTES // 1024} KB, so pass the letter itself."
    )
