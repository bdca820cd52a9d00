"""A letter's fixes, mapped onto the file the user wrote and checked there.

Only plain text and Markdown are rewritten. Plain text is the letter itself: the
edits apply to it as they are and it is encoded back as it was read (UTF-8, with
or without a byte-order mark, or UTF-16), so line endings and every byte outside
the edits are kept. In Markdown the checks read extracted prose, so each edit is
found in the source by its words (the n-th occurrence in the prose is the n-th
in the file) and the result must read back, through the same Markdown reader, as
exactly the fixed prose; an edit that does not is left out. Other formats (an
e-mail, HTML, Word) are never rewritten: an edit there could break the markup or
the message's encoding, and the reader cannot check it.
"""

from __future__ import annotations

import codecs
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from letterlint.fix.edits import apply_fixes
from letterlint.model import Fix, Span
from letterlint.sources.read import InputError, Source, from_bytes

REWRITABLE = ("text", "markdown")

_ENCODINGS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"", "utf-8"),
    (b"", "utf-16-le"),
    (b"", "utf-16-be"),
)


@dataclass(frozen=True)
class Rewritten:
    """The file's new bytes and the fixes they carry (in the letter's text)."""

    data: bytes
    source: Source
    fixes: tuple[Fix, ...]


def rewrite(source: Source, data: bytes, fixes: Sequence[Fix]) -> Rewritten | None:
    """The file ``data`` (the bytes ``source`` was read from) with ``fixes`` made,
    and the letter read back from it; None when none of them can be made safely."""
    if source.format not in REWRITABLE or not fixes:
        return None
    name = source.path or "letter.txt"
    encoding = _encoding(data, _raw_text(source, data))
    if encoding is None:
        return None
    prefix, codec = encoding
    raw = data[len(prefix) :].decode(codec)
    if source.format == "text":
        new_raw = apply_fixes(raw, fixes)
        checked = _read_back(prefix + new_raw.encode(codec), name)
        wanted = apply_fixes(source.text, fixes)
        if checked is None or checked.text != wanted:
            return None
        return Rewritten(prefix + new_raw.encode(codec), checked, tuple(fixes))
    kept: list[Fix] = []
    result: Rewritten | None = None
    for fix in sorted(fixes, key=lambda fix: fix.span.start):
        trial = [*kept, fix]
        edits = _markdown_edits(source.text, raw, trial)
        if edits is None:
            continue
        new_data = prefix + apply_fixes(raw, edits).encode(codec)
        checked = _read_back(new_data, name)
        if checked is None or checked.text != apply_fixes(source.text, trial):
            continue
        kept = trial
        result = Rewritten(new_data, checked, tuple(kept))
    return result


def _raw_text(source: Source, data: bytes) -> str | None:
    """The file's text as decoded: the letter itself for plain text."""
    if source.format == "text":
        return source.text
    for prefix, codec in _ENCODINGS:
        if data.startswith(prefix):
            try:
                return data[len(prefix) :].decode(codec)
            except UnicodeDecodeError:
                continue
    return None


def _encoding(data: bytes, text: str | None) -> tuple[bytes, str] | None:
    """The byte-order mark and codec that give back exactly ``data`` from ``text``."""
    if text is None:
        return None
    for prefix, codec in _ENCODINGS:
        try:
            if prefix + text.encode(codec) == data:
                return prefix, codec
        except UnicodeEncodeError:
            continue
    return None


def _read_back(data: bytes, name: str) -> Source | None:
    try:
        return from_bytes(data, name)
    except InputError:
        return None


def _markdown_edits(prose: str, raw: str, fixes: Sequence[Fix]) -> list[Fix] | None:
    """Each fix moved onto the Markdown source: the n-th occurrence of its words in
    the prose is taken to be the n-th in the source, which holds only when the
    source has them as often (the read-back check catches the rest)."""
    edits = []
    for fix in fixes:
        words = fix.span.of(prose)
        if not words:
            return None
        in_prose = _occurrences(prose, words)
        in_raw = _occurrences(raw, words)
        if len(in_prose) != len(in_raw):
            return None
        start = in_raw[in_prose.index(fix.span.start)]
        edits.append(Fix(Span(start, start + len(words)), fix.replacement, fix.applicability))
    ends = sorted(edits, key=lambda edit: edit.span.start)
    if any(a.span.end > b.span.start for a, b in itertools.pairwise(ends)):
        return None
    return edits


def _occurrences(text: str, words: str) -> list[int]:
    found = []
    position = text.find(words)
    while position != -1:
        found.append(position)
        position = text.find(words, position + 1)
    return found
