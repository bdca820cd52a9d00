"""Which of many Python patterns can match a text, found in one pass.

The tone check's cues (``checks/tone/prefilter.py``) and the kind's (``letter/kind.py``)
run through it.

Each cue is a Python regular expression tried on every sentence; most are long
alternations that Python's engine tries at every position, so two hundred cues would
cost more than the rest of the check. One Hyperscan database runs them all as one
automaton and names the cues that match somewhere; only those are then run in Python,
for their exact spans and Python semantics.

The automaton must never miss a cue that Python would match, so each pattern is
relaxed before it joins: word boundaries (``\\b``, ``\\B``, zero-width tests that
only narrow a match) are dropped, and the classes whose meaning an automaton may
narrow to ASCII (``\\w``, ``\\d``, ``\\s`` and their negations) are spelt in Unicode
properties as Python reads them. A lookaround only narrows a match, so it is dropped
as well (the fifteenth session's cues narrow many alternatives with one, and run in
Python on every sentence they would undo the prefilter). A pattern that cannot be
relaxed safely (a backreference, inline flags) or that Hyperscan refuses is always
run. Hyperscan compiles in prefiltering mode: where it cannot take a construct
exactly, it matches more, never less.

Relaxing also keeps the automaton small: a bounded repeat (``[^.]{0,60}``) becomes
``*``, which matches any count, the bounded ones among them, and ``\\w`` outside a
negated class becomes the ASCII word characters or any character beyond ASCII,
``\\W`` every character but the ASCII word ones (each a superset of what Python
means). The database is 3.7 MB and takes about 2.6 s to compile, so it is built once
and kept on disk (:mod:`letterlint.derived`).

Until the twenty-seventh session the automaton was RE2's (``re2.Set``), as nineteen
sets of twelve cues: one set of all of them outgrew its DFA's memory and rebuilt its
states for nearly every sentence, and even the small sets cost about 1.3 ms a
letter inside a lint (each sentence a walk through nineteen DFAs the parse had just
pushed out of the processor's caches) and grew to 150 MB of states over 500 letters.
Hyperscan's one database scans a sentence in a few microseconds, in fixed memory
(``/work/exp/s27/hs.py`` and ``tm2.py`` in that session's notes).
"""

from __future__ import annotations

import contextlib
import platform
import re
import threading
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

_SPACE = r"\t\n\x0b\f\r\x1c-\x1f\x85\p{Z}"
"""Python's ``\\s`` (``str.isspace``): the ASCII controls and every Unicode separator."""
_WORDISH = r"0-9A-Z_a-z\x{80}-\x{10FFFF}"
"""Python's ``\\w`` and more: the ASCII word characters and every character beyond ASCII."""
_ASCII_SPACE = r"\t\n\x0b\f\r\x1c-\x20"
"""The ASCII characters Python's ``\\s`` holds."""
_DIGITISH = r"0-9\x{80}-\x{10FFFF}"
"""Python's ``\\d`` and more: the ASCII digits and every character beyond ASCII (an
automaton's Unicode tables may be older than Python's and miss digits it knows)."""
_IN_CLASS = {"w": _WORDISH, "d": _DIGITISH, "s": _SPACE}
_IN_NEGATED_CLASS = {"w": "0-9A-Z_a-z", "d": "0-9", "s": _ASCII_SPACE}
"""Inside ``[^…]`` a larger class would match less, so only the ASCII part of each:
every character beyond ASCII is then let through, which Python may not, but never
one it would. (RE2's Unicode tables are newer than Python's: "every letter" in RE2
holds letters Python does not know, so the Unicode classes would not be safe here.)"""
_OUTSIDE = {
    "w": f"[{_WORDISH}]", "W": "[^0-9A-Z_a-z]",
    "d": f"[{_DIGITISH}]", "D": "[^0-9]",
    "s": f"[{_SPACE}]", "S": f"[^{_ASCII_SPACE}]",
    "b": "", "B": "",
}


def python_pattern(pattern: re.Pattern[str], caseless: bool = False) -> str | None:
    """``pattern``'s text when the automaton reads it as Python does: compiled with no
    flag but Unicode (or, for a ``caseless`` automaton, with IGNORECASE as well); else
    None, and the pattern always runs."""
    wanted = re.IGNORECASE if caseless else re.NOFLAG
    return pattern.pattern if pattern.flags & ~re.UNICODE == wanted else None


class Automaton:
    """Which of many Python patterns may match a text, in one scan: the indices of
    those that can, never leaving out one that does. ``None`` for a pattern that is
    not Python's (it always runs); ``caseless`` for patterns compiled with
    ``re.IGNORECASE``; ``name`` names the kept database."""

    def __init__(self, patterns: Sequence[str | None], name: str, caseless: bool = False
                 ) -> None:
        self.count = len(patterns)
        self.caseless = caseless
        self.sets: list[tuple[Any, list[int]]] = []
        try:
            self.database, always = _database(patterns, name, caseless)
        except (ImportError, PackageNotFoundError):  # no Hyperscan here: RE2 sets instead
            self.database = None
            relaxed, unrelaxed = _relaxed(patterns)
            self.sets, refused = _re2_sets(relaxed, caseless)
            always = [*unrelaxed, *refused]
        self.always = sorted(always)
        self._scratch = threading.local()  # a scratch space serves one scan at a time

    def matching(self, text: str) -> list[int]:
        """The indices, in order, of the patterns that may match ``text``."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no automaton reads it as Python does
            return list(range(self.count))
        if self.caseless and ("\u0130" in text or "\u0131" in text):
            # Python's IGNORECASE also matches "i" to the dotted capital İ and the
            # dotless ı; Hyperscan and RE2 do not
            return list(range(self.count))
        chosen = list(self.always)
        if self.database is not None:
            scratch = getattr(self._scratch, "space", None)
            if scratch is None:
                import hyperscan

                scratch = self._scratch.space = hyperscan.Scratch(self.database)

            def found(index: int, start: int, end: int, flags: int, context: object) -> None:
                chosen.append(index)

            self.database.scan(data, match_event_handler=found, scratch=scratch)
        for automaton, entries in self.sets:
            matched = automaton.Match(text) or ()  # None when no pattern matches
            chosen += [entries[entry] for entry in matched]
        return sorted(chosen)

    @property
    def size(self) -> int:
        """Bytes of the compiled database (0 without one)."""
        return 0 if self.database is None else int(self.database.size())


_FLAGS = ("HS_FLAG_UTF8", "HS_FLAG_UCP", "HS_FLAG_SINGLEMATCH", "HS_FLAG_ALLOWEMPTY",
          "HS_FLAG_PREFILTER")
"""Read the patterns as UTF-8 with Unicode classes, report each cue once a text, let a
pattern match the empty string, and where Hyperscan cannot take a construct exactly,
match more (prefiltering mode), never less."""


def _relaxed(patterns: Sequence[str | None]) -> tuple[list[tuple[int, str]], list[int]]:
    """Each pattern relaxed, with its index, and the indices of those that cannot be."""
    relaxed: list[tuple[int, str]] = []
    unrelaxed: list[int] = []
    for index, pattern in enumerate(patterns):
        loose = relax(pattern) if pattern is not None else None
        if loose is None:
            unrelaxed.append(index)
        else:
            relaxed.append((index, loose))
    return relaxed, unrelaxed


def _database(patterns: Sequence[str | None], name: str, caseless: bool
              ) -> tuple[Any, list[int]]:
    """The relaxed patterns as one Hyperscan database (ids are the patterns' indices),
    and the indices of those it does not hold (they always run). Relaxing and compiling
    take seconds, so both are done once and kept (:mod:`letterlint.derived`), keyed by
    the patterns themselves; loading the database takes milliseconds."""
    import hyperscan

    from letterlint.derived import derived_object, source_of, table_path

    def build() -> tuple[bytes, list[int]]:
        kept, always = _relaxed(patterns)
        while kept:
            try:
                return hyperscan.dumpb(_compiled(kept, caseless)), always
            except hyperscan.error:
                # find the pattern it refuses (none of the built-in cues'), drop it;
                # when each compiles alone, leave all of them to Python
                bad = next((entry for entry in kept if not _compiles(entry, caseless)), None)
                if bad is None:
                    return b"", always + [index for index, _ in kept]
                always.append(bad[0])
                kept.remove(bad)
        return b"", always

    inputs: tuple[bytes | str, ...] = (
        source_of(__file__), version("hyperscan"), platform.machine(), str(caseless),
        *("\x01" if pattern is None else f"\x00{pattern}" for pattern in patterns),
    )

    def load(data: bytes) -> Any:
        return hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK) if data else None

    data, always = derived_object(name, inputs, build)
    try:
        return load(data), always
    except hyperscan.error:  # built for another processor: build it for this one, kept
        with contextlib.suppress(OSError):
            table_path(name, inputs).unlink()
        data, always = derived_object(name, inputs, build)
        try:
            return load(data), always
        except hyperscan.error:  # the old table could not be removed: build in memory
            data, always = build()
            return load(data), always


CHUNK = 12
"""Cues to one RE2 set: small enough that a set's DFA states fit its memory."""
SET_MEMORY = 8 << 20
"""RE2's memory budget for one set (its program and its DFA's cache of states)."""


def _re2_sets(relaxed: Sequence[tuple[int, str]], caseless: bool = False
              ) -> tuple[list[tuple[Any, list[int]]], list[int]]:
    """Where Hyperscan has no wheel (Linux on ARM), the relaxed patterns as RE2 sets of
    :data:`CHUNK` cues each, with the cue indices of their entries, and the indices of
    the patterns RE2 refuses. Slower inside a lint (about 1.3 ms a letter) and larger
    in a long run, with the same candidates."""
    import re2

    sets: list[tuple[Any, list[int]]] = []
    refused: list[int] = []
    automaton, entries = _new_set(re2, caseless), []
    for index, pattern in relaxed:
        try:
            automaton.Add(pattern)
        except re2.error:
            refused.append(index)
            continue
        entries.append(index)
        if len(entries) == CHUNK:
            automaton.Compile()
            sets.append((automaton, entries))
            automaton, entries = _new_set(re2, caseless), []
    if entries:
        automaton.Compile()
        sets.append((automaton, entries))
    return sets, refused


def _new_set(re2: Any, caseless: bool = False) -> Any:
    options = re2.Options()
    options.log_errors = False  # a pattern RE2 refuses is simply always run
    options.max_mem = SET_MEMORY
    options.case_sensitive = not caseless
    return re2.Set.SearchSet(options)


def _compiled(entries: Sequence[tuple[int, str]], caseless: bool) -> Any:
    import hyperscan

    flags = 0
    for name in _FLAGS:
        flags |= getattr(hyperscan, name)
    if caseless:
        flags |= hyperscan.HS_FLAG_CASELESS
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[pattern.encode("utf-8") for _, pattern in entries],
        ids=[index for index, _ in entries],
        elements=len(entries),
        flags=[flags] * len(entries),
    )
    return database


def _compiles(entry: tuple[int, str], caseless: bool) -> bool:
    import hyperscan

    try:
        _compiled([entry], caseless)
    except hyperscan.error:
        return False
    return True


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
    """``pattern`` for the automaton (Hyperscan or RE2), matching wherever Python's
    would (and perhaps more), or None when it cannot be rewritten safely."""
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
