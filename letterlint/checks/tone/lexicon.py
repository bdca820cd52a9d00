"""A general sentiment lexicon (VADER) as one feature of the judged tone.

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
from typing import Protocol


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
