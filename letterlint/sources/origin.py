"""Where an extracted letter's characters are in the file it came from.

Extraction (Markdown, HTML, an email body, a Word document) drops markup and
adds a little (blank lines between blocks, list markers, a decoded ``&rsquo;``),
but keeps the prose in the file's order. So the reader that extracted the text
also knows which parts of the file can hold prose: it masks the rest (tags,
link targets, comments, the email's headers and other parts, quoted-printable
escapes) and the two texts are walked together. Equal characters pair up;
whitespace pairs with whitespace (HTML collapses it, Markdown joins wrapped
lines); at a difference the letter's next few characters are looked for a
little further on in the file, and a character found nowhere near is one the
extraction added. Linear in the text, unlike a general diff.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable

from letterlint.model import Origin, Run

MASK = "\x00"
"""Stands in the file's text for a character that can never be prose."""

_PROBES = ((16, 32768), (8, 400), (4, 80), (2, 24), (1, 8))
"""(length of the letter's next piece, how far ahead in the file to look for it)"""

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def masked(
    text: str, patterns: Iterable[re.Pattern[str]], spans: Iterable[tuple[int, int]] = ()
) -> str:
    """``text`` with every match of ``patterns``, and every ``(start, end)`` of
    ``spans``, masked; offsets unchanged."""
    chars = list(text)
    found = [match.span() for pattern in patterns for match in pattern.finditer(text)]
    for start, end in [*found, *spans]:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


def align(
    letter: str, file_text: str, searchable: str | None = None, window: int = 0
) -> Origin:
    """The Origin of ``letter`` extracted from ``file_text``. ``searchable`` is the
    part of ``file_text`` from offset ``window`` on that can hold the letter (an
    email's body part), with what cannot be prose masked (same length)."""
    searchable = file_text[window:] if searchable is None else searchable
    offsets = walk(letter, searchable)
    if window:
        offsets = array("l", (offset + window if offset >= 0 else -1 for offset in offsets))
    return origin_of(offsets, file_text[: window + len(searchable)])


def at_line(letter: str, file_text: str, offset: int) -> Origin:
    """An approximate Origin: every character of ``letter`` is at ``offset`` of
    the file (a part whose encoding hides its text, such as base64)."""
    starts = _LineStarts(file_text)
    line, column = starts.position(offset)
    return Origin(
        runs=((0, max(len(letter), 1), line, column),),
        lines={line: starts.line(file_text, line)},
        approximate=True,
    )


def origin_of(offsets: array[int], file_text: str, unit: str = "line") -> Origin:
    """Runs of consecutive characters on one file line, from a per-character map
    (-1: a character the extraction added)."""
    starts = _LineStarts(file_text)
    runs: list[Run] = []
    run_start = -1
    for index in range(len(offsets) + 1):
        target = offsets[index] if index < len(offsets) else -1
        if run_start >= 0:
            previous = offsets[index - 1]
            same_line = (
                target == previous + 1
                and target >= 0
                and file_text[previous] not in "\r\n"
            )
            if same_line:
                continue
            line, column = starts.position(offsets[run_start])
            runs.append((run_start, index - run_start, line, column))
            run_start = -1
        if target >= 0:
            run_start = index
    lines = {run[2]: starts.line(file_text, run[2]) for run in runs}
    return Origin(runs=tuple(runs), lines=lines, unit=unit)


def walk(letter: str, searchable: str) -> array[int]:
    """For each character of ``letter``, its offset in ``searchable`` (-1: one the
    extraction added). Equal characters pair up; at a difference, the letter's next
    few characters are looked for a little further on (a long piece far ahead, so
    e-mail headers are skipped in one step). Linear in the text, unlike a diff."""
    mapped = array("l", [-1]) * len(letter)
    i = j = 0
    while i < len(letter):
        if j < len(searchable):
            char, found = letter[i], searchable[j]
            if char == found or (char.isspace() and found.isspace()):
                mapped[i] = j
                i += 1
                j += 1
                continue
            if char.isspace() and found == MASK:  # a block break where markup was
                i += 1
                continue
        for length, reach in _PROBES:
            piece = letter[i : i + length]
            if len(piece) < length and length > 1:
                continue
            if piece.isspace():
                continue
            at = searchable.find(piece, j, j + reach + length)
            if at >= 0:
                j = at
                break
        else:
            i += 1  # a character the extraction added
    return mapped


class _LineStarts:
    """1-based line and column of offsets into a file's text (CRLF is one break)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line(self, text: str, number: int) -> str:
        start = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else len(text)
        return text[start:end].rstrip("\r\n")
