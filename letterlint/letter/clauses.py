"""The clauses of a long sentence, for the trained judge.

The judge learned whole sentences and reads a bag of their words, so one barbed
clause inside a long courteous sentence ("I really appreciated the chance to talk
about the role, and I was impressed by the new system, even if the panel seemed more
interested in their phones than in anything I had to say") is outvoted by the words
around it (0.08 as a sentence, 0.80 as the clause). The parse says where the
clauses are: a coordinated, adverbial, relative or reported clause is the subtree of
its verb, and the main clause is what is left.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan

LONG_SENTENCE = 18
"""The tokens from which a sentence is also read clause by clause."""
LONGEST_SENTENCE = 150
"""The tokens beyond which a sentence is not split: a run-on paste of hundreds of
words nests clause in clause, and reading every one would cost the square of its
length."""
MOST_CLAUSES = 8
"""The most clauses read in one sentence (the main one and the first seven others)."""
SHORTEST_CLAUSE = 5
"""The fewest tokens a clause needs to be read on its own ("which was odd" is not)."""
SHORTEST_ASIDE = 4
"""The fewest words an aside (in brackets or between dashes) needs to be read on its
own."""
_BRACKETED = re.compile(r"\(([^()]+)\)")
_DASHED = re.compile(r"(?<=\S)\s+[–—-]+\s+(\S[^–—]*?)\s+[–—-]+\s+(?=\S)")
"""An aside between two dashes ("Thank you for the tour – the waiting room was a
joke – and for the coffee")."""
_CLAUSE_DEPS = frozenset({"conj", "advcl", "relcl", "ccomp", "parataxis"})
_EDGES = frozenset({"CCONJ", "PUNCT", "SPACE"})


Clause = tuple[int, int, str]
"""A clause's start and end (character offsets into its Doc) and its words (the main
clause without the clauses inside it)."""


def clauses(sentence: TokenSpan) -> list[Clause]:
    """The clauses of a long sentence: the main clause first, then each coordinated,
    adverbial, relative or reported one with the clauses inside it (and then those
    alone), without the conjunction or comma that joins it on; at most
    ``MOST_CLAUSES``, and none for a short sentence, a run-on of more than
    ``LONGEST_SENTENCE`` tokens or one the parse splits no further."""
    if not LONG_SENTENCE <= len(sentence) <= LONGEST_SENTENCE:
        return []
    inside = range(sentence.start, sentence.end)
    found: list[Clause] = []
    taken: set[int] = set()
    for token in sentence:
        if token.dep_ not in _CLAUSE_DEPS or token.pos_ not in ("VERB", "AUX"):
            continue
        left, right = token.left_edge.i, token.right_edge.i
        if left not in inside or right not in inside:
            continue
        taken.update(range(left, right + 1))
        piece = _trimmed(sentence, list(range(left, right + 1)))
        if piece is not None and piece not in found:
            found.append(piece)
    if not found:
        return []
    rest = _trimmed(sentence, [i for i in inside if i not in taken])
    return (([rest] if rest is not None else []) + found)[:MOST_CLAUSES]


def _trimmed(sentence: TokenSpan, indices: list[int]) -> Clause | None:
    """The tokens at ``indices`` as a clause, without joining words and punctuation at
    either end, when it is long enough to read and shorter than the sentence."""
    doc = sentence.doc
    while indices and doc[indices[0]].pos_ in _EDGES:
        indices = indices[1:]
    while indices and doc[indices[-1]].pos_ in _EDGES:
        indices = indices[:-1]
    if len(indices) < SHORTEST_CLAUSE or len(indices) > len(sentence) - 4:
        return None
    first, last = doc[indices[0]], doc[indices[-1]]
    words = "".join(doc[i].text_with_ws for i in indices).strip()
    return first.idx, last.idx + len(last.text), words


def set_apart(sentence: TokenSpan) -> list[Clause]:
    """The asides of a sentence of any length, each read on its own: what it puts in
    brackets or between two dashes. A barb set apart inside a courteous sentence
    ("Thank you for the tour (and for the extra forty minutes to study your carpet)
    and for your time") is outvoted by the words around it as surely as a barbed
    clause. An aside of fewer than ``SHORTEST_ASIDE`` words, or one that is nearly the
    whole sentence, is not read apart."""
    text = sentence.text
    pieces = [(match.start(1), match.end(1))
              for pattern in (_BRACKETED, _DASHED) for match in pattern.finditer(text)]
    found: list[Clause] = []
    for start, end in pieces:
        inner = text[start:end]
        words = inner.strip().rstrip(".!?")
        if len(words.split()) < SHORTEST_ASIDE or len(text) - len(words) < 12:
            continue
        first = sentence.start_char + start + len(inner) - len(inner.lstrip())
        if (first, first + len(words), words) not in found:
            found.append((first, first + len(words), words))
    return found
