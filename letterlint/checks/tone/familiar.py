"""The reader's looks remarked on: over-familiar in a letter to a hiring manager.

"You looked great in that green blazer", "it really suits you", "You've got the best
laugh", "Your smile is lovely": whatever the words, praise of how the reader
looks is personal, not professional. Read from the sentence's shape: "you" looking
some way, something suiting "you", or a word of praise for the reader's appearance
(``appearance_nouns``). "You look like you have a busy week" and "whenever suits you"
are not about their looks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from letterlint.checks.parsing import is_negated, lemma

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

    from letterlint.checks.tone.signals import Words


_ADMIRING = frozenset({"best", "great", "lovely", "amazing", "gorgeous", "stunning", "fab",
                       "fabulous", "beautiful", "handsome", "pretty", "cute", "hot", "sharp",
                       "infectious", "wonderful", "fantastic", "nice", "good", "smart"})


_WHENEVER = frozenset({"whenever", "whatever", "which", "when", "if", "time", "date", "day",
                       "slot", "works", "best"})
"""A time or choice that suits the reader ("whenever it suits you", "a date that suits
you best") is courtesy, not a remark on their looks."""


def _admired(token: Token, words: Words) -> bool:
    return token.lower_ in _ADMIRING or token.lower_ in words["lexicon_positives"]


def praised_their_looks(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "You looked great in that blazer", "it really suits you", "You've got the best
    laugh", "Your smile is lovely"."""
    for token in sentence:
        if is_negated(token, sentence):
            continue
        if lemma(token) == "look" and token.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.lower_ == "you" for c in token.children
        ) and any(c.dep_ == "acomp" and _admired(c, words) for c in token.children):
            yield "LL406", token  # "you looked great"
            return
        if lemma(token) == "suit" and not any(
            c.lower_ in _WHENEVER for c in token.subtree
        ) and any(c.dep_ == "nsubj" for c in token.children) and any(
            c.dep_ == "dobj" and c.lower_ == "you" for c in token.children
        ):
            yield "LL406", token  # "it really suits you"
            return
        if lemma(token) not in words["appearance_nouns"]:
            continue
        yours = any(c.dep_ == "poss" and c.lower_ == "your" for c in token.children) or (
            token.dep_ == "dobj" and any(
                c.dep_ == "nsubj" and c.lower_ == "you" for c in token.head.children
            )
        )
        praise = any(c.dep_ == "amod" and _admired(c, words) for c in token.children) or (
            token.dep_ == "nsubj"
            and any(c.dep_ == "acomp" and _admired(c, words) for c in token.head.children)
        )
        if yours and praise:
            yield "LL406", token  # "your smile is lovely", "you've got the best laugh"
            return
