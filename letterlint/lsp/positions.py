"""Offsets ↔ LSP positions, and offsets in an extracted letter ↔ offsets in its buffer.

A ``Span`` counts Python characters (code points). LSP positions count a line's
code units in the encoding the client and server agreed on at start-up: UTF-16
unless the client offers another, so an emoji is two units and "é" one. Lines end
at ``\\n``, ``\\r\\n`` or ``\\r`` only, as the protocol says (``str.splitlines``
also breaks at form feeds and U+2028, which editors do not).

For Markdown and e-mail the checks read the extracted prose, not the buffer, so
each finding's span is carried back through an alignment of the two texts:
markup, headers and encodings fall in the gaps, and the prose the finding quotes
maps onto the same characters in the buffer.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

from letterlint.model import Span
from letterlint.sources.origin import walk

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def units(text: str, encoding: str) -> int:
    """How many code units ``text`` is in a position encoding (``utf-16`` default)."""
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


class LineIndex:
    """Converts between character offsets into one text and LSP positions."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self._starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]

    def position(self, offset: int) -> types.Position:
        offset = min(max(offset, 0), len(self.text))
        line = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        return types.Position(line, units(self.text[start:offset], self.encoding))

    def range(self, span: Span) -> types.Range:
        return types.Range(self.position(span.start), self.position(span.end))

    def offset(self, position: types.Position) -> int:
        """The character offset of a client position (clamped to the text)."""
        if position.line >= len(self._starts):
            return len(self.text)
        start = self._starts[position.line]
        end = self._starts[position.line + 1] if position.line + 1 < len(self._starts) else None
        line = _LINE_BREAK.sub("", self.text[start:end])
        counted = 0
        for index, char in enumerate(line):
            if counted >= position.character:
                return start + index
            counted += units(char, self.encoding)
        return start + len(line)

    def line_span(self, offset: int) -> Span:
        """The line holding ``offset``, without its line break."""
        line = bisect.bisect_right(self._starts, min(max(offset, 0), len(self.text))) - 1
        start = self._starts[line]
        match = _LINE_BREAK.search(self.text, start)
        return Span(start, match.start() if match else len(self.text))


class BufferMap:
    """Maps spans of a letter's text (extracted or not) to spans of its buffer.

    Extraction drops markup, headers and encodings and adds little (block breaks,
    list markers, decoded characters), in the same order as the buffer, so the two
    texts are walked together by the readers' own aligner (``sources.origin.walk``).
    """

    def __init__(self, letter: str, buffer: str) -> None:
        self.letter = letter
        self.buffer = buffer
        self._to_buffer: list[int | None] = []
        if letter != buffer:
            self._to_buffer = self._align()

    def _align(self) -> list[int | None]:
        return [None if at < 0 else at for at in walk(self.letter, self.buffer)]

    @property
    def identity(self) -> bool:
        return self.letter == self.buffer

    def span(self, span: Span) -> Span:
        """The buffer's span for a span of the letter: each end moves inward to the
        nearest character both texts share."""
        if self.identity:
            return span
        inside = [self._to_buffer[index] for index in range(span.start, span.end)
                  if index < len(self._to_buffer)]
        found = [index for index in inside if index is not None]
        if found:
            return Span(found[0], found[-1] + 1)
        after = next((index for index in self._to_buffer[span.start :] if index is not None),
                     len(self.buffer))
        return Span(after, after)

    def exact(self, span: Span) -> Span | None:
        """The buffer's span when it holds exactly the letter's words (so an edit of
        it replaces just those words), else None."""
        mapped = self.span(span)
        if self.buffer[mapped.start : mapped.end] != self.letter[span.start : span.end]:
            return None
        return mapped
