"""Which tone cues can match a sentence, found in one pass.

Each cue is a Python regular expression tried on every sentence; most are long
alternations that Python's engine tries at every position, so forty cues cost more
than the rest of the check. An RE2 set (``re2.Set``) runs them all as one automaton
and names the cues that match somewhere; only those are then run in Python, for
their exact spans and Python semantics.

The set must never miss a cue that Python would match, so each pattern is relaxed
before it joins: word boundaries (``\\b``, ``\\B``, zero-width tests that only narrow
a match) are dropped, and the classes whose meaning RE2 narrows to ASCII (``\\w``,
``\\d``, ``\\s`` and their negations) are spelt in Unicode properties as Python reads
them. A lookaround only narrows a match, so it is dropped as well (the
fifteenth session's cues narrow many alternatives with one, and run in Python on every
sentence they would undo the prefilter). A pattern that RE2 still cannot take (a
backreference) or that cannot be relaxed safely is always run.

Relaxing also keeps the automaton small. RE2 writes a bounded repeat out in full
(``[^.]{0,60}`` is sixty copies of the class) and spells a Unicode class as every
UTF-8 byte range in it, so the cues' ``.{0,60}`` and ``\\w`` grew the set to 34 MB of
a cold run's memory by the twelfth session. A bounded repeat becomes ``*`` (it then
matches any count, the bounded ones among them), and ``\\w`` outside a negated class
becomes the ASCII word characters or any character beyond ASCII, ``\\W`` every
character but the ASCII word ones (each a superset of what Python means): 3 MB.

The cues run as several small sets, not one. RE2 searches with a lazily built DFA
whose states combine every pattern in the set; by the nineteenth session's 195 cues
one set's states no longer fitted its memory budget, so RE2 threw the cache away
and rebuilt it for nearly every sentence: about 2 ms a sentence, warm, more than
the rest of the tone check. Sets of :data:`CHUNK` cues each keep their states:
about 40 µs a sentence once warm and 0.4 ms on a cold process's first sentences,
in less memory (``/work/exp/s20/re2m.py`` in the twentieth session's notes).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from letterlint.checks.tone.check import Cue

_SPACE = r"\t\n\x0b\f\r\x1c-\x1f\x85\p{Z}"
"""Python's ``\\s`` (``str.isspace``): the ASCII controls and every Unicode separator."""
_WORDISH = r"0-9A-Z_a-z\x{80}-\x{10FFFF}"
"""Python's ``\\w`` and more: the ASCII word characters and every character beyond ASCII."""
_ASCII_SPACE = r"\t\n\x0b\f\r\x1c-\x20"
"""The ASCII characters Python's ``\\s`` holds."""
_IN_CLASS = {"w": _WORDISH, "d": r"\p{Nd}", "s": _SPACE}
_IN_NEGATED_CLASS = {"w": "0-9A-Z_a-z", "d": "0-9", "s": _ASCII_SPACE}
"""Inside ``[^…]`` a larger class would match less, so only the ASCII part of each:
every character beyond ASCII is then let through, which Python may not, but never
one it would. (RE2's Unicode tables are newer than Python's: "every letter" in RE2
holds letters Python does not know, so the Unicode classes would not be safe here.)"""
_OUTSIDE = {
    "w": f"[{_WORDISH}]", "W": "[^0-9A-Z_a-z]",
    "d": r"\p{Nd}", "D": "[^0-9]",
    "s": f"[{_SPACE}]", "S": f"[^{_ASCII_SPACE}]",
    "b": "", "B": "",
}


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

    def __init__(self, cues: Sequence[Cue]) -> None:
        import re2

        self._cues = tuple(cues)
        self._extra: tuple[Cue, ...] = ()
        self._always: list[int] = []
        # each set with the cue indices of its entries, in the order they were added;
        # Any: the stubs say Set.Match returns a bool; it returns the matching entries
        self._automata: list[tuple[Any, list[int]]] = []
        automaton, entries = _new_set(re2), []
        for index, cue in enumerate(self._cues):
            compiled = cue.pattern
            relaxed = (relax(compiled.pattern)
                       if isinstance(compiled, re.Pattern | LazyPattern) else None)
            if relaxed is None:
                self._always.append(index)
                continue
            try:
                automaton.Add(relaxed)
            except re2.error:
                self._always.append(index)
                continue
            entries.append(index)
            if len(entries) == CHUNK:
                automaton.Compile()
                self._automata.append((automaton, entries))
                automaton, entries = _new_set(re2), []
        if entries:
            automaton.Compile()
            self._automata.append((automaton, entries))

    def with_extra(self, extra: Sequence[Cue]) -> CueFilter:
        """This filter with ``extra`` cues after its own, sharing its automaton."""
        if not extra:
            return self
        combined = copy.copy(self)
        combined._extra = tuple(extra)
        return combined

    def candidates(self, text: str) -> list[Cue]:
        """The cues worth running on ``text``: a cue left out cannot match it."""
        chosen = list(self._always)
        for automaton, entries in self._automata:
            matched = automaton.Match(text) or ()  # None when no cue matches
            chosen += [entries[entry] for entry in matched]
        return [self._cues[index] for index in sorted(chosen)] + list(self._extra)


CHUNK = 12
"""Cues to one RE2 set: small enough that a set's DFA states fit its memory."""
SET_MEMORY = 8 << 20
"""RE2's memory budget for one set (its program and its DFA's cache of states)."""


def _new_set(re2: Any) -> Any:
    options = re2.Options()
    options.log_errors = False  # a pattern RE2 refuses is simply always run
    options.max_mem = SET_MEMORY
    return re2.Set.SearchSet(options)


_BOUNDED = re.compile(r"\{(?:\d+(?:,\d*)?|,\d*)\}")
"""A bounded repeat as Python reads one: ``{2}``, ``{0,60}``, ``{3,}``, ``{,4}``,
``{,}``; ``{}`` and ``{x}`` are literals and stay so."""


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def _group_end(pattern: str, start: int) -> int | None:
    """The index just past the group that opens at ``start``, or None when it never
    closes (escapes and character classes are read as Python reads them)."""
    depth = 0
    in_class = False
    index = start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return None


def relax(pattern: str) -> str | None:
    """``pattern`` for RE2, matching wherever Python's would (and perhaps more), or
    None when it cannot be rewritten safely."""
    if pattern.startswith("(?") and not pattern.startswith(("(?:", "(?P<", *_LOOKAROUNDS)):
        return None  # inline flags change what the classes mean: leave it to Python
    out: list[str] = []
    in_class = negated = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            letter = pattern[index + 1]
            if in_class and letter in _IN_CLASS:
                out.append((_IN_NEGATED_CLASS if negated else _IN_CLASS)[letter])
            elif in_class and letter in _OUTSIDE:
                return None  # a negated class or a backspace inside brackets
            elif not in_class and letter in _OUTSIDE:
                out.append(_OUTSIDE[letter])
            elif letter.isdigit() or letter in "AZz":
                return None  # a backreference; \A and \Z mean other things in RE2
            else:
                out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            index += 1
            negated = pattern[index : index + 1] == "^"
            if negated:
                out.append("^")
                index += 1
            if pattern[index : index + 1] == "]":  # a literal ] first in the class
                out.append(r"\]")
                index += 1
            continue
        if char == "]" and in_class:
            in_class = False
        if char == "$" and not in_class:
            out.append(r"(?:\n?\z)")  # Python's $ also matches before a final newline
            index += 1
            continue
        if char == "(" and not in_class and pattern.startswith(_LOOKAROUNDS, index):
            end = _group_end(pattern, index)
            if end is None:
                return None
            index = end  # a lookaround only narrows a match: the set may match more
            continue
        repeat = _BOUNDED.match(pattern, index) if char == "{" and not in_class else None
        if repeat is not None:
            out.append("*")  # any count: RE2 would write every bounded copy out
            index = repeat.end()
            continue
        out.append(char)
        index += 1
    return "".join(out)
