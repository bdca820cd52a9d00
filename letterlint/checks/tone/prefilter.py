"""Which tone cues can match a sentence, found in one pass: the cues' Python patterns
through one automaton (:mod:`letterlint.automaton`, which says how it never leaves out
a cue that matches), so that only the few that may match run in Python, for their
exact spans and Python semantics."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from letterlint.automaton import Automaton, python_pattern

if TYPE_CHECKING:
    from letterlint.checks.tone.check import Cue


class LazyPattern:
    """A built-in cue's Python pattern, compiled the first time a sentence needs it.

    Compiling the forty-odd long alternations takes longer than linting a short
    letter, and behind the prefilter most of them never run in a given process."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)


class CueFilter:
    """The cues of one tuple that may match a text, in the tuple's order, followed by
    any ``extra`` cues (a user's, compiled with RE2 already), which always run."""

    def __init__(self, cues: Sequence[Cue], name: str = "tone-cues") -> None:
        """``name`` names the kept automaton: the built-in cues' is ``tone-prefilter``
        (:attr:`ToneCheck.cue_filter`), and a filter of other cues must not replace it."""
        self._cues = tuple(cues)
        self._extra: tuple[Cue, ...] = ()
        self.automaton = Automaton([_python_pattern(cue) for cue in self._cues], name)

    def with_extra(self, extra: Sequence[Cue]) -> CueFilter:
        """This filter with ``extra`` cues after its own, sharing its automaton."""
        if not extra:
            return self
        combined = copy.copy(self)
        combined._extra = tuple(extra)
        return combined

    def candidates(self, text: str) -> list[Cue]:
        """The cues worth running on ``text``: a cue left out cannot match it."""
        return [self._cues[index] for index in self.automaton.matching(text)] + list(self._extra)


def _python_pattern(cue: Cue) -> str | None:
    """The cue's Python pattern, or None when the automaton cannot stand in for it (a
    user's RE2 pattern, or one compiled with flags that change what it matches)."""
    pattern = cue.pattern
    if isinstance(pattern, LazyPattern):
        return pattern.pattern
    if isinstance(pattern, re.Pattern):
        return python_pattern(pattern)
    return None
