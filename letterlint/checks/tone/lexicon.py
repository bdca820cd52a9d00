"""A general sentiment lexicon (VADER): its words, and its score as one feature of the
judged tone.

Its 7,500 rated words are what the tone check reads a judgement in when a sentence
says them of the hiring, its people or place (``negative_words``, the signals'
``judged_in_plain_words``), and its words of praise keep a compliment from reading as
a verdict (``positive_words``, verdicts.py). Its compound score of a sentence is the
optional path below.

On its own a lexicon reads words, not moves: it rates "I still haven't heard back,
even though you promised an answer by Friday" as positive and "I was disappointed
not to be chosen, but grateful for your time" as negative. Beside the trained
judge it earns its place (``benchmarks/accuracy.py --modes``): a sentence the
lexicon rates clearly negative needs less of the judge's confidence to be flagged,
because ordinary negative words aimed at the reader ("a waste of my time", "your
disorganised process") are exactly what the judge's small training set may not have
seen. A courteous regret the judge is sure is fine stays unflagged.

VADER (``vaderSentiment``, MIT) ships its lexicon in the package: nothing is
downloaded. It is loaded once, on first use (about 35 ms).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Protocol

from letterlint.derived import derived_object, source_of


class _Analyser(Protocol):
    def polarity_scores(self, text: str) -> dict[str, float]: ...


@cache
def _analyser() -> _Analyser:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser: _Analyser = SentimentIntensityAnalyzer()
    return analyser


def compound(text: str) -> float:
    """VADER's compound score of ``text``: -1 (most negative) to 1 (most positive)."""
    return float(_analyser().polarity_scores(text)["compound"])


NEGATIVE_VALENCE = -1.5
"""The valence (VADER rates words from -4 to 4) at or below which a word the lexicon
knows reads as a clear judgement when it is said of the hiring process or the
people in it (``negative_words``): "lame" -1.8, "sucks" -1.5, "dumb" -2.3; "tough"
-0.5 and "boring" -1.3 stay out."""

POSITIVE_VALENCE = 0.5
"""The valence at or above which the lexicon rates a word as praise ("cool" 1.3,
"lovely" 2.8): a predicate in such a word is no harsh verdict (``positive_words``)."""


def negative_words() -> frozenset[str]:
    """The words VADER's lexicon rates at ``NEGATIVE_VALENCE`` or below."""
    return _valenced()[0]


def positive_words() -> frozenset[str]:
    """The words VADER's lexicon rates at ``POSITIVE_VALENCE`` or above."""
    return _valenced()[1]


_NEGATING_PREFIXES = ("un", "in", "im", "ir", "il", "dis")
_PRAISE_ALL_THE_SAME = frozenset({"invaluable"})
"""Prefixed words that intensify their root rather than deny it."""


def negative_by_affix(word: str) -> bool:
    """Whether ``word`` is a word of praise turned round by its affix, which the lexicon
    may not list: "uninspiring", "unwelcoming", "inadequate", "disrespectful",
    "joyless", "talentless". Within VADER's own list the rule holds for 128 of the 130
    prefixed words it rates (the two others, "inspirit(ed)", are praise the lexicon
    lists and so stay praise here); "-less" turns round only a root of praise
    ("flawless", "painless" and "seamless" have roots that are not)."""
    if len(word) < 7 or word in positive_words() or word in _PRAISE_ALL_THE_SAME:
        return False
    praise = positive_words()
    if word.endswith("less"):
        return word[:-4] in praise
    return any(
        word.startswith(prefix) and len(word) - len(prefix) >= 4 and word[len(prefix):] in praise
        for prefix in _NEGATING_PREFIXES
    )


@cache
def _valenced() -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's clearly negative and clearly positive words, read from the file
    the package ships and kept as a derived table keyed by the file's size and time
    (reading its 7,500 lines takes 6 ms; the table loads in well under one)."""
    import vaderSentiment

    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    stat = lexicon.stat()

    def build() -> tuple[frozenset[str], frozenset[str]]:
        negative, positive = set(), set()
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 2 or not fields[0].isalpha():
                continue
            valence = float(fields[1])
            if valence <= NEGATIVE_VALENCE:
                negative.add(fields[0].lower())
            elif valence >= POSITIVE_VALENCE:
                positive.add(fields[0].lower())
        return frozenset(negative), frozenset(positive)

    words: tuple[frozenset[str], frozenset[str]] = derived_object(
        "vader-valenced", (f"{stat.st_size}:{stat.st_mtime_ns}", source_of(__file__)), build
    )
    return words
