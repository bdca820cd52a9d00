"""Small readings of a spaCy parse that several checks share.

Every helper degrades when the pipeline is blank (no tags, no parse): a token's
clause is then the rest of its sentence, and a subject is any pronoun before it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import TYPE_CHECKING, Any

from letterlint.derived import derived_object

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

FIRST_PERSON = frozenset(
    {"i", "we", "me", "us", "my", "our", "myself", "ourselves", "mine", "undersigned"}
)
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves", "y'all"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "hardly", "barely", "nor", "without"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "VERB"})
CONCRETE_ENTITIES = frozenset({
    "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORG", "PRODUCT", "GPE", "LOC", "FAC",
    "WORK_OF_ART", "LAW", "LANGUAGE", "NORP", "EVENT", "DATE", "TIME", "ORDINAL", "PERSON",
})


def data_text(name: str) -> str:
    """The text of a data file shipped in ``letterlint/checks/data``."""
    return resources.files("letterlint.checks").joinpath("data", name).read_text("utf-8")


def load_data(name: str) -> dict[str, Any]:
    """A TOML data file shipped in ``letterlint/checks/data`` (parsed once and
    kept as a derived table: unpickling is many times faster than parsing)."""
    text = data_text(name)
    data: dict[str, Any] = derived_object(f"data-{name}", (text,), lambda: tomllib.loads(text))
    return data


def lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def has_parse(sentence: TokenSpan) -> bool:
    """Whether the Doc has a dependency parse. Asked once per Doc and kept in its
    ``user_data``: spaCy answers by scanning every token, and checks ask for every
    cue, which made a long sentence quadratic."""
    doc = sentence.doc
    known = doc.user_data.get(_HAS_PARSE)
    if known is None:
        known = bool(doc.has_annotation("DEP"))
        doc.user_data[_HAS_PARSE] = known
    return bool(known)


_HAS_PARSE = "letterlint.has_parse"


def clause(token: Token, sentence: TokenSpan) -> list[Token]:
    """The tokens ``token`` governs, within its sentence (the rest of the sentence
    without a parse)."""
    if not has_parse(sentence):
        return [t for t in sentence if t.i >= token.i]
    # a coordinated clause ("…, and I wanted to follow up") says something else
    excluded: set[int] = set()
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            excluded.update(t.i for t in child.subtree)
        elif child.dep_ == "cc":
            excluded.add(child.i)
    return [
        t for t in token.subtree
        if sentence.start <= t.i < sentence.end and t.i not in excluded
    ]


def subjects(token: Token, sentence: TokenSpan) -> list[Token]:
    """The subject tokens of ``token``'s clause, following conjunctions and
    auxiliary chains up (``I led and grew``: ``grew`` has the subject ``I``)."""
    if not has_parse(sentence):
        return [t for t in sentence if t.i < token.i and t.pos_ in ("PRON", "") and
                t.lower_ in FIRST_PERSON | SECOND_PERSON | {"he", "she", "they", "it"}]
    current = token
    for _ in range(6):
        found = [child for child in current.children if child.dep_ in SUBJECT_DEPS] or [
            grandchild  # "I did like…": the parser can hang the subject on the auxiliary
            for child in current.children if child.dep_ in ("aux", "auxpass")
            and child.i < current.i
            for grandchild in child.children if grandchild.dep_ in SUBJECT_DEPS
        ]
        if found and all(_thanks_for(t) for t in found):
            return []  # "cheers for the trial shift, would love this job": no subject
        if found and current.lower_ == "thank" and all(
            t.pos_ == "PROPN" and not any(c.dep_ in ("det", "poss") for c in t.children)
            for t in found
        ):
            return []  # "hi chef marco thank you …": the name is whom the writer greets
        relative = all(t.lower_ in ("who", "that", "which") for t in found)
        if found and not (current.dep_ == "relcl" and relative):
            return found
        if current.dep_ in ("conj", "xcomp", "acomp", "aux", "auxpass", "advcl", "ccomp",
                            "pcomp", "attr", "relcl") and current.head.i != current.i:
            if current.dep_ == "relcl":
                antecedent = current.head
                # "I was the one who helped…", "As a CFA charterholder who covered…":
                # the relative clause is about the writer
                if antecedent.dep_ in ("attr", "acomp") and antecedent.head.i != antecedent.i:
                    return subjects(antecedent.head, sentence) or [antecedent]
                if antecedent.dep_ == "pobj" and antecedent.head.lower_ == "as":
                    return subjects(antecedent.head.head, sentence) or [antecedent]
                return [_owned_head(antecedent) or antecedent]
            current = current.head
            continue
        break
    return []


def _thanks_for(token: Token) -> bool:
    """ "Thanks for …", "cheers for …" read by the parser as the subject of the clause
    after it: the thanks stand alone, and the clause's subject is left unsaid."""
    return token.lower_ in ("thanks", "cheers", "thank") and any(
        child.dep_ == "prep" and child.lower_ == "for" for child in token.children)


def _owned_head(noun: Token) -> Token | None:
    """The writer's noun a prepositional chain hangs from: "my work on volatility
    models at Aldgate Capital, which cut…" — the parser hangs the relative clause on
    the nearest noun ("Capital"), but what it says is about "my work"."""
    current = noun
    for _ in range(3):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return None
        current = current.head.head
        if current.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(child.dep_ == "poss" and child.lower_ in FIRST_PERSON
               for child in current.children):
            return current
    return None


def of_objects(token: Token) -> Iterator[Token]:
    """What the "of" after ``token`` names: "some of *the questions*", "the weeks of
    *silence*", "a bunch of *dinosaurs*"."""
    for of in token.children:
        if of.lower_ == "of":
            yield from (thing for thing in of.children if thing.dep_ == "pobj")


def is_first_person(tokens: Iterable[Token]) -> bool:
    return any(token.lower_ in FIRST_PERSON for token in tokens)


CAUSATIVES = frozenset({"make", "leave", "keep", "render", "get"})
"""Verbs whose small clause ("made the office unbearable") is part of their own clause:
negated or felt with it."""


def is_negated(token: Token, sentence: TokenSpan) -> bool:
    """Negated by a ``neg`` child of the token or of the verb it depends on, or (without
    a parse) by a negation word just before it."""
    if has_parse(sentence):
        for candidate in (token, token.head):
            if any(child.dep_ == "neg" for child in candidate.children):
                return True
            if candidate.dep_ not in ("acomp", "xcomp", "attr", "oprd", "amod", "dobj", "pobj",
                                      "prep") and not (
                candidate.dep_ == "ccomp" and lemma(candidate.head) in CAUSATIVES
            ):  # "hasn't made the office unbearable"
                break
    window = sentence.doc[max(sentence.start, token.i - 3) : token.i]
    return any(t.lower_ in NEGATIONS for t in window)


_NOBODY = frozenset({"none", "nobody", "nothing", "neither", "noone", "no-one"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd", "xcomp"})


def denied_by_subject(token: Token) -> bool:
    """Whether the clause ``token`` predicates of has a subject that denies it of all
    it names: "None of the questions felt unfair", "No part of the day was rushed",
    "Nobody on the panel was dismissive"."""
    verb = token
    while verb.dep_ in _PREDICATE_DEPS and verb.head.i != verb.i:
        verb = verb.head
    return any(
        child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NOBODY
            or any(grand.dep_ == "det" and grand.lower_ == "no" for grand in child.children)
        )
        for child in verb.children
    )


_OWN_WORK = frozenset({
    "email", "e-mail", "message", "letter", "note", "reply", "response", "answer",
    "interview", "presentation", "application", "call", "demo", "test", "task",
})
"""What a "sorry" about is the writer's own doing even without "my": "I'm sorry the
email ran so long", "sorry the interview went the way it did"."""


def regrets_what_befell(tokens: Iterable[Token]) -> bool:
    """Whether a "sorry" among ``tokens`` regrets a thing that befell someone rather
    than something the writer did: its clause has a subject that is not the writer's
    ("I'm sorry the fire alarm cut our tour short", "I'm sorry the lift was broken"),
    named by a noun. Not "I'm sorry I rambled", "sorry that my English was slow" or
    "sorry it went the way it did" (the writer's own, or a pronoun that may be), nor a
    denial ("sorry the demo didn't go better", which owns a failure), nor "sorry if"."""
    for sorry in tokens:
        if sorry.lower_ != "sorry" or not sorry.doc.has_annotation("DEP"):
            continue
        for event in sorry.children:
            if event.dep_ != "ccomp" or any(
                c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ == "if")
                for c in event.children
            ):
                continue  # "sorry the demo didn't go better", "sorry if this is long"
            said_of = [c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")]
            if said_of and all(
                subject.pos_ in ("NOUN", "PROPN") and lemma(subject) not in _OWN_WORK
                and not any(t.lower_ in FIRST_PERSON for t in subject.subtree)
                for subject in said_of
            ):
                return True
    return False


def modal(token: Token) -> str | None:
    """The modal auxiliary on a verb: would, could, will, …"""
    if not token.doc.has_annotation("DEP"):
        return None
    for child in token.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return child.lower_
    return None


_NOUNS_ON_THE_STOP_LIST = frozenset({"move"})
"""Nouns spaCy's stop list holds for their other uses: "the move to Svelte" names a
topic."""


def specific_words(tokens: Iterable[Token], generic: frozenset[str]) -> list[Token]:
    """Content words that carry information: not stop words, not generic."""
    return [
        t for t in tokens
        if (t.pos_ in CONTENT_POS or not t.pos_)
        and t.is_alpha
        and (not t.is_stop or (t.pos_ == "NOUN" and t.lower_ in _NOUNS_ON_THE_STOP_LIST))
        and lemma(t) not in generic
        and t.lower_ not in generic
        and len(t) > 2
    ]


def concrete_anchors(tokens: Iterable[Token]) -> list[Token]:
    """Numbers and named things: the details that make a claim checkable."""
    return [
        t for t in tokens
        if t.like_num or any(ch.isdigit() for ch in t.text) or t.ent_type_ in CONCRETE_ENTITIES
    ]


def tokens_between(sentence: TokenSpan, start: int, end: int) -> Iterator[Token]:
    doc = sentence.doc
    for index in range(max(start, sentence.start), min(end, sentence.end)):
        yield doc[index]
