"""A sentence as the tone cues read it: lower case with straight apostrophes
(``normalise``), every run of white space one space (``Folded``).

A letter copied from a PDF or typed in a narrow window breaks its lines inside
sentences ("I can't keep my life\\non hold forever"), and one written with CRLF line
ends or two spaces after a full stop spaces its words unevenly. A cue spells its
words with single spaces, so it reads the sentence folded, and the offsets of what
it finds are mapped back to the sentence as written.
"""

from __future__ import annotations

import bisect
import re

from letterlint.letter.lines import ODD_SPACES

_RUN = re.compile(r"\s+")


class Folded:
    """``text`` with each run of white space as one space, and the map between the
    offsets of the two."""

    def __init__(self, text: str) -> None:
        self.original_length = len(text)
        pieces: list[str] = []
        starts: list[int] = []  # where each folded character is in ``text``
        position = 0
        for run in _RUN.finditer(text):
            pieces.append(text[position : run.start()])
            starts.extend(range(position, run.start()))
            pieces.append(" ")
            starts.append(run.start())
            position = run.end()
        pieces.append(text[position:])
        starts.extend(range(position, len(text)))
        self.text = "".join(pieces)
        self._starts = starts

    def start(self, offset: int) -> int:
        """Where the folded character at ``offset`` begins in the text as written."""
        return self._starts[offset] if offset < len(self._starts) else self.original_length

    def end(self, offset: int) -> int:
        """Where a folded span ending at ``offset`` ends in the text as written."""
        return self._starts[offset - 1] + 1 if offset > 0 else 0

    def folded(self, offset: int) -> int:
        """The folded offset of ``offset`` into the text as written (the start of
        its run, for a character inside a run of white space)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return max(index, 0) if offset < self.original_length else len(self.text)


def normalise(text: str) -> str:
    """Lower case with straight apostrophes and quotes and plain spaces (for the odd
    spaces of a web copy, ``lines.ODD_SPACES``); same length as ``text``.

    A few characters lower-case to two (``"İ".lower()`` is "i" plus a combining
    dot); those are lowered one by one and kept to one character, so offsets in
    the result are offsets in ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(_lower_one(char) for char in text)
    return lowered.translate(_STRAIGHT)


def _lower_one(char: str) -> str:
    lowered = char.lower()
    return lowered if len(lowered) == 1 else lowered[0]


_STRAIGHT = {**str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}), **ODD_SPACES}
