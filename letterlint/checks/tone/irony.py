"""Thanks for what nobody thanks for: gratitude as sarcasm.

"Thank you so much for your continued silence", "Thanks for keeping me in suspense",
"Cheers for the radio silence": the words are polite and every reader hears the
complaint. Read from the sentence's shape, not from phrases: a word of thanks whose
"for" names something unwelcome (``unwelcome_nouns``: silence, suspense, runaround,
limbo…) or the reader keeping the writer waiting, guessing or in the dark. "Thank
you for your patience during the delay" thanks them for their patience, and "Thanks
for letting me know about the delay" for the news: neither names the unwelcome thing
as the gift.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from letterlint.checks.parsing import is_negated, lemma, of_objects

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

    from letterlint.checks.tone.signals import Words


THANKING = frozenset({"thank", "thanks", "grateful", "cheers", "obliged", "appreciate",
                      "kudos", "gratitude"})
"""The words of thanks, as lemma or lower-case form."""
_HELD = frozenset({"keep", "leave"})
_HELD_IN = frozenset({"waiting", "wait", "guessing", "hanging", "suspense", "dark", "limbo"})
"""What "keeping me …" and "leaving me …" hold the writer in."""


def _gifts(thanks: Token) -> Iterator[Token]:
    """What ``thanks`` is for: the object of its "for", or of "appreciate"."""
    for child in thanks.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            yield from (c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "dobj" and lemma(thanks) == "appreciate":
            yield child


_MEASURES = frozenset({"minute", "hour", "day", "week", "month", "year", "age", "lot",
                       "amount", "bit", "period", "stretch", "spell"})
"""What measures the thing thanked for: "the weeks of silence", "all that suspense"."""


def _unwelcome(gift: Token, words: Words) -> bool:
    if lemma(gift) in _MEASURES:  # "for the weeks of silence"
        return any(_unwelcome(thing, words) for thing in of_objects(gift))
    if lemma(gift) in words["unwelcome_nouns"] and gift.pos_ in ("NOUN", "PROPN"):
        return True
    if lemma(gift) in _HELD and gift.pos_ == "VERB":  # "for keeping me in suspense"
        held = {t.lower_ for t in gift.subtree if t.i > gift.i}
        return "me" in held and bool(held & _HELD_IN)
    return False


def thanked_for_the_unwelcome(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "Thank you so much for your continued silence", "Thanks for keeping me in
    suspense — really appreciated": thanks given for what nobody would thank for."""
    for token in sentence:
        if not {lemma(token), token.lower_} & THANKING or is_negated(token, sentence):
            continue
        for gift in _gifts(token):
            if _unwelcome(gift, words):
                yield "LL402", gift
                return
