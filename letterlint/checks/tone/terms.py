"""Terms dictated before any offer: the writer settling what the employer will give.

"Relocation costs will be covered in full", "Let's agree now that my bonus will be
guaranteed for the first year", "I expect the job title to be changed to Senior
Analyst": a term of the job (``terms_nouns``) stated as settled by the writer, in a
passive with will, must or "have to", or as what the writer expects or requires to
be done. Read from the sentence's shape, not from phrases. What the employer said
("you mentioned relocation will be covered"), what the writer understands or hopes,
a condition ("if", "whether") and a question are not dictation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from letterlint.checks.parsing import FIRST_PERSON, is_negated, lemma
from letterlint.checks.tone.folded import normalise

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

    from letterlint.checks.tone.signals import Words


SETTLING = frozenset({"cover", "guarantee", "pay", "reimburse", "provide", "include", "raise",
                      "increase", "match", "change", "honour", "honor", "waive", "review",
                      "adjust", "upgrade", "double", "extend", "backdate", "fund"})
"""What a term is settled by: "will be covered", "to be changed"."""
_EXPECTING = frozenset({"expect", "require", "insist", "demand", "need", "want"})
_BINDING = frozenset({"will", "must", "shall", "'ll"})
_NOT_DICTATED = re.compile(
    r"\b(you (said|mentioned|told|confirmed|explained|noted|kindly|offered|promised)|"
    r"as (discussed|agreed|mentioned|you)|i understand|i gather|i believe|i hope|i wonder|"
    r"i was told|if|whether|unless|could|would it|is it|hopefully|assume|presume|"
    r"the offer letter|your offer|currently|(at|in|with|from) (my|our) (current|present|existing|"
    r"previous|old|day) (job|role|employer|work|position|company|place|team|firm))\b"
)
"""The employer's own word, the writer's understanding or hope, a condition, the
writer's present job ("my hours at the café will be reduced next month")."""


def _a_term(verb: Token, words: Words) -> bool:
    """Whether the subject of ``verb`` is a term of the job, not the writer."""
    said_of = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not said_of:
        return False
    if {t.lower_ for t in said_of[0].subtree} & (FIRST_PERSON - {"my"}):
        return False
    return lemma(said_of[0]) in words["terms_nouns"] or said_of[0].lower_ in words["terms_nouns"]


def _settled(verb: Token) -> bool:
    """A passive of a settling verb bound by will, must or "have to"."""
    if verb.tag_ != "VBN" or lemma(verb) not in SETTLING:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & _BINDING) or ("to" in aux and lemma(verb.head) in ("have", "need"))


def dictated_terms(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "Relocation costs will be covered in full", "I expect the job title to be
    changed to Senior Analyst"."""
    text = normalise(sentence.text)
    if text.rstrip().endswith("?") or _NOT_DICTATED.search(text):
        return
    for token in sentence:
        if _settled(token) and _a_term(token, words) and not is_negated(token, sentence):
            yield "LL403", token
            return
        if lemma(token) in _EXPECTING and not is_negated(token, sentence) and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in token.children
        ) and any(
            c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "auxpass" for g in c.children)
            and _a_term(c, words) for c in token.children
        ):
            yield "LL403", token
            return
