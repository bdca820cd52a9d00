"""Whether a sentence passes a verdict on the employer's side.

The trained judge reads a bag of words, and most of the words people use to run
down a place or a person are ones it has never seen ("the kitchen was a pigsty",
"your relocation package is feeble", "my last boss was a pompous git"): it leans
towards bad tone (0.5–0.75) without the confidence a sentence alone in a courteous
letter needs. What it cannot see, the parse can: such a sentence says of the
employer's side what it *is*. A predicate (an adjective or a noun after "is",
"was", "seemed", "looked", "sounds", "felt"; or a passive participle said to be done
badly: "was poorly organised"; or a harsh word inside such a predicate: "is in a
horrible location") about the hiring, the people in it, the
place, the offer, the company, the writer's current or last employer or the other
candidates, and not a word the sentiment lexicon rates as praise, is a verdict; the
judge's lean then decides whether it is a harsh one. A verdict on the writer, a
negated one ("your panel was never intimidating"), a quoted one and one the reader
gave ("you described the budget cuts as depressing") are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from letterlint.checks.parsing import (
    FIRST_PERSON,
    has_parse,
    is_negated,
    lemma,
    of_objects,
    subjects,
)
from letterlint.checks.quotes import quoted
from letterlint.checks.tone.folded import normalise
from letterlint.checks.tone.lexicon import negative_by_affix

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

    from letterlint.checks.tone.signals import Words

_PREDICATES = frozenset({"acomp", "oprd", "attr"})
_NOT_EVER = frozenset({"never", "hardly", "barely", "scarcely"})
_TIMES = frozenset({"when", "whenever", "if", "once", "until", "before", "after", "while",
                    "unless"})
_TOLD = frozenset({"say", "tell", "mention", "admit", "explain", "describe", "warn", "joke",
                   "put", "note", "point", "confide", "acknowledge", "concede", "share"})
_CANDID = frozenset({"open", "honest", "candid", "frank", "upfront", "clear"})
_FILLERS = frozenset({"honest", "honestly", "frankly", "thanks", "thank", "please", "like",
                      "well", "sure", "ok", "okay", "yes", "lol", "lmao", "haha", "respect",
                      "kind", "kindly"})
"""Words the lexicon rates as praise that say nothing of the verdict's subject: "to be
honest", "with respect", "lol"."""
_EVERY = frozenset({"every", "any", "each", "no"})
_SOME = frozenset({"some", "all", "most", "many", "several", "half", "one", "two", "both",
                   "each", "much", "part", "parts", "few"})
PRONOUNS = frozenset({"it", "this", "that", "everything", "you", "they", "whole"})
"""Subjects ``process_nouns`` holds for its listed judgements only: a verdict in other
words needs the thing judged by name ("you must be exhausted" is sympathy)."""


def employer_side(words: Words) -> frozenset[str]:
    """The employer's side by name, for the tables' ``employer_side``: the process
    nouns less the pronouns, the employer's things and its people."""
    return words["process_nouns"] - PRONOUNS | words["employer_nouns"] | words["employer_people"]
_POINTED = frozenset({"the", "that", "this", "those", "these", "their", "its"})
_THEN = frozenset({"current", "previous", "old", "last", "former", "present", "existing"})
"""What makes "my boss" the writer's employer rather than the writer's own: "my
last manager", "my current firm"."""


def verdict(sentence: TokenSpan, words: Words) -> Token | None:
    """The predicate of ``sentence`` that judges the employer's side, if it has one."""
    if not has_parse(sentence):
        return None
    for token in sentence:
        adjectival, done_badly = _adjectival(token, words), _done_badly(token)
        small_clause = adjectival and any(  # "I found the questions petty"
            child.dep_ == "nsubj" for child in token.children
        )
        copula = _copula_above(token, words)
        if token.dep_ not in _PREDICATES and not (
            adjectival and (token.dep_ == "ROOT" or small_clause)
        ) and not done_badly and copula is None:
            continue
        if not adjectival and token.pos_ != "NOUN" and not done_badly:
            continue
        if {token.lower_, lemma(token)} & words["lexicon_positives"]:
            continue  # "the tour was so cool", "your team was lovely"
        if is_negated(token, sentence) or any(
            child.lower_ in _NOT_EVER for child in (*token.children, *token.head.children)
        ):
            continue
        text = sentence.doc.text
        if quoted(text, token.idx, token.idx + len(token.text)):
            continue  # "the reporting process is 'a bit of a mess'", as they put it
        judged = copula or (token.head if token.dep_ in ("oprd", "attr") else token)
        if _when(token.head if token.dep_ in _PREDICATES else token):
            continue  # "even when the questions got technical": a time, not a verdict
        if told_by_reader(token, words) or conceded(token, sentence, words):
            continue
        if any(_employers(subject, words) for subject in subjects(judged, sentence)):
            return token
    return None


MAXIMISERS = frozenset({"utter", "complete", "absolute", "total", "real", "proper", "right",
                        "crashing", "utterly", "woefully", "hopelessly", "wholly", "downright",
                        "singularly", "abysmally", "appallingly"})
"""Degree words that push a verdict to its extreme: "a complete shambles", "an utter
zoo", "a real arse", "hopelessly dense", "wholly inadequate". Not the ones that as
often measure a plain fact ("completely different", "totally new") or come with fair
description ("quite resistant at first", "so quiet")."""
_NOUN_MAXIMISERS = frozenset({"utter", "complete", "absolute", "total", "real", "proper",
                              "right", "crashing"})


_MEASURE_OF = frozenset({"bunch", "lot", "load", "pack", "collection", "band", "gang", "heap",
                         "pile", "set", "crowd"})


def _adjectival(token: Token, words: Words) -> bool:
    """Whether ``token`` is an adjective, or a harsh one the parser took for something
    else: a word shouted in capitals ("The hours you want are INSANE", a proper noun to
    the parser) or a participle ("find the leadership singularly uninspiring", a verb)."""
    if token.pos_ == "ADJ":
        return True
    shouted = token.pos_ == "PROPN" and token.is_upper and len(token.text) > 2
    participle = token.pos_ == "VERB" and token.tag_ == "VBG"
    return (shouted or participle) and rated_harsh(token, words)


_COPULAS = frozenset({"be", "seem", "look", "sound", "feel", "remain"})
_INSIDE = frozenset({"pobj", "prep", "attr", "acomp"})


def _copula_above(token: Token, words: Words) -> Token | None:
    """The copula whose predicate phrase holds ``token``, a word the lexicon rates
    harshly describing a noun inside it ("the office is in a horrible location", "your
    annual report is full of misleading numbers"): said of the copula's subject as an
    adjective after it would be. None for any other token."""
    if token.dep_ != "amod" or token.pos_ != "ADJ" or not rated_harsh(token, words):
        return None
    node = token.head
    for _ in range(4):
        if node.dep_ not in _INSIDE or node.head.i == node.i:
            break
        node = node.head
    if node is token.head or lemma(node) not in _COPULAS or node.pos_ not in ("AUX", "VERB"):
        return None
    return node


_BADLY = frozenset({
    "poorly", "badly", "woefully", "terribly", "horribly", "shockingly", "appallingly",
    "atrociously", "sloppily", "haphazardly", "chaotically", "incompetently", "dreadfully",
    "abysmally", "disgracefully", "carelessly", "shabbily", "clumsily", "ineptly",
})
"""Manners that judge how something was done: "badly run", "woefully mismanaged"."""


def _done_badly(token: Token) -> bool:
    """Whether ``token`` is a passive participle said to be done badly ("the round was
    so poorly designed", "the scheduling was woefully mismanaged"): a verdict on what was
    done, as an adjective would be."""
    passive = any(child.dep_ == "auxpass" for child in token.children) or (
        token.dep_ in ("ccomp", "acomp", "xcomp") and lemma(token.head) == "be"
    )  # "was, with respect, woefully mismanaged": the parser hangs it on "was"
    return token.tag_ == "VBN" and passive and any(
        child.dep_ == "advmod" and child.lower_ in _BADLY for child in token.children
    )


def harsh(predicate: Token, words: Words) -> bool:
    """Whether the verdict ``predicate``, or a predicate joined to it ("stuffy and
    unbearable", "naive and doomed to fail"), is a word of disparagement ("the kitchen
    was a pigsty", "the decor is tacky"; ``disparaging_words``) or one the lexicon rates
    clearly negative (:func:`rated_harsh`), or is pushed to its extreme by a maximiser:
    an adjective before a noun ("a complete shambles"), an adverb before an adjective
    ("hopelessly dense")."""
    joined = [child for child in predicate.children if child.dep_ == "conj"]
    if predicate.dep_ in _PREDICATES and lemma(predicate.head) in _COPULAS:
        # "is naive and doomed to fail", "was sarcastic and mocked my company": the
        # parser joins the second to the copula
        joined += [child for child in predicate.head.children
                   if child.dep_ == "conj" and child.pos_ in ("ADJ", "VERB")]
    if any(rated_harsh(said, words) for said in (predicate, *joined)):
        return True
    if _done_badly(predicate):
        return True  # "woefully mismanaged"
    if lemma(predicate) in _MEASURE_OF and any(  # "a bunch of dinosaurs"
        {thing.lower_, lemma(thing)} & words["disparaging_words"]
        for thing in of_objects(predicate)
    ):
        return True
    for child in predicate.children:
        if child.lower_ not in MAXIMISERS:
            continue
        noun = predicate.pos_ == "NOUN" and child.dep_ == "amod" and not any(
            of.lower_ == "of" for of in predicate.children
        )  # "a total change of direction" measures the change; "a total mess" judges
        if (noun and child.lower_ in _NOUN_MAXIMISERS) or (
            predicate.pos_ == "ADJ" and child.dep_ == "advmod"
            and child.lower_ not in _NOUN_MAXIMISERS
        ):
            return True
    return False


def disparaged(sentence: TokenSpan, words: Words) -> bool:
    """Whether ``sentence`` uses a word of disparagement (``disparaging_words``, as
    written: "fluffed" is not "fluff") as an adjective or noun, not negated and not of
    the writer's own ("my messy first draft", "I inherited a messy set of accounts"):
    "they're deadweight", "which looked shoddy", "that godforsaken car park" — said
    of something no parse names as the employer's."""
    for token in sentence:
        if token.lower_ not in words["disparaging_words"] or token.pos_ not in (
            "ADJ", "NOUN", "PROPN"
        ) or is_negated(token, sentence):
            continue
        verb = token
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        owners = {child.lower_ for child in (*token.children, *token.head.children)
                  if child.dep_ in ("poss", "nsubj", "det")}
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            owners |= {subject.lower_} | {  # "my first portfolio site was clunky"
                child.lower_ for child in subject.children if child.dep_ == "poss"
            }
        if not owners & FIRST_PERSON:
            return True
    return False


def told_by_reader(token: Token, words: Words) -> bool:
    """Whether ``token`` is in what the reader or their side said, as the writer retells
    it ("You told me the commute can be awful in winter", "The team told me the role is
    a real step up", "thank you for being open that the hours can be grim"): their
    candour, not the writer's verdict."""
    for ancestor in token.ancestors:
        if lemma(ancestor) in _TOLD and any(
            child.dep_ in ("nsubj", "nsubjpass")
            and (child.lower_ in ("you", "they") or _employers(child, words))
            for child in ancestor.children
        ):
            return True
        if ancestor.lower_ in _CANDID and ancestor.head.lower_ == "being":
            return True
    return False


def conceded(token: Token, sentence: TokenSpan, words: Words) -> bool:
    """Whether the sentence turns to praise after its verdict ("The written exercise was
    harder than I expected, which made finishing it all the more satisfying"; "tiring,
    yet one of the most engaging interviews I've had"): a hard task granted, then
    enjoyed. Praise before a verdict does not soften it ("Thanks for the tour, but the
    office was filthy")."""
    own = {t.i for t in token.subtree}
    return any(
        later.i > token.i and later.i not in own and later.lower_ not in _FILLERS
        and {later.lower_, lemma(later)} & words["lexicon_positives"]
        for later in sentence
    )


def _when(verb: Token) -> bool:
    """Whether ``verb`` heads a clause of time or condition ("when", "if", "once")."""
    return verb.dep_ == "advcl" and any(
        child.lower_ in _TIMES and child.dep_ in ("mark", "advmod") for child in verb.children
    )


def _employers(subject: Token, words: Words) -> bool:
    """Whether ``subject`` is the employer's side: the hiring, its people, place, offer
    or company, named or as "your …"; the writer's current or last employer ("my
    previous boss"); the other candidates."""
    forms = {subject.lower_, lemma(subject)}
    if forms & FIRST_PERSON:
        return False
    if subject.lower_ in _SOME:  # "some of the questions": the questions
        return any(_employers(whole, words) for whole in of_objects(subject))
    owners = {child.lower_ for child in subject.children
              if child.dep_ in ("poss", "det", "amod", "compound")}
    if owners & _EVERY:
        return False  # "every site is different": said of sites in general
    if "your" in owners:
        return True
    if owners & {"my", "our"} and not owners & _THEN and not forms & words["employer_people"]:
        return False  # "my answer was rushed", "our system was a little different"
    if forms & words["employer_side"]:
        return True
    if forms & words["employer_places"]:  # "your kitchen", "my current practice", not "a ward"
        return bool("your" in owners or owners & (_POINTED | _THEN))
    for child in subject.children:
        if child.dep_ == "poss" and child.lower_ not in FIRST_PERSON and _employers(child, words):
            return True  # "the company's leadership", "the board's decisions"
        if child.dep_ == "relcl" and any(  # "the hours you want", "the test your team set"
            grand.dep_ == "nsubj" and (grand.lower_ == "you" or _employers(grand, words))
            for grand in child.children
        ):
            return True
    # any thing of theirs the writer points at: "the kitchen", "that clause", "the board's
    # decisions" (not "a chaotic launch calendar", said of such things in general)
    return subject.pos_ in ("NOUN", "PROPN") and bool(owners & _POINTED) and not any(
        child.dep_ == "relcl" for child in subject.children
    )


def rated_harsh(token: Token, words: Words) -> bool:
    """Whether ``token`` is a word the lexicon rates clearly negative, a word of the
    disparaging table (both ``lexicon_negatives``) or praise turned round by its affix
    — and not one that only describes a hard task or someone's trouble
    (``lexicon_descriptive``: "difficult", "sad")."""
    forms = {token.lower_, lemma(token)}
    return not forms & words["lexicon_descriptive"] and bool(
        forms & words["lexicon_negatives"] or negative_by_affix(token.lower_)
    )


_ANNOUNCED = re.compile(
    r"\b(with (all )?(due )?respect|in all (candour|candor|honesty|frankness)|to put it "
    r"(plainly|bluntly|mildly|kindly|politely)|i (am|'m) afraid|i must (confess|say|admit)|"
    r"i regret to say|frankly|candidly|strikes? me as|struck me as|did not escape my notice|"
    r"didn'?t escape my notice)\b"
)
"""The formal ways of announcing a verdict: "The remuneration proposed is, I am afraid,
derisory", "The terms strike me as wholly unconscionable"."""


def verdict_announced(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """A word the lexicon or the disparaging table rates harshly, said as a predicate
    (or an attribute of the subject) of anything but the writer, in a sentence that
    announces a verdict in the formal way ("with respect", "in all candour", "to put
    it plainly", "I am afraid", "strikes me as"). "I'm afraid my own answer was
    terrible" is the writer's; "with respect to the timeline" carries no verdict."""
    if not _ANNOUNCED.search(normalise(sentence.text)):
        return
    for token in sentence:
        if not rated_harsh(token, words):
            continue
        if token.pos_ not in ("ADJ", "NOUN") or is_negated(token, sentence):
            continue
        judged = token.head if token.dep_ in ("oprd", "attr", "amod", "acomp") else token
        if _announcing(judged):  # "…is, I am afraid, derisory": the parse hangs it on "am"
            judged = sentence.root
        said_of = (subjects(judged, sentence) or subjects(sentence.root, sentence)
                   if token.dep_ != "amod" else [token.head])  # "was, in all candour, squalid"
        if said_of and not any(_named(subject) & FIRST_PERSON for subject in said_of):
            yield "LL401", token
            return


def _announcing(verb: Token) -> bool:
    """Whether ``verb`` is the writer's own announcing clause ("I am afraid")."""
    return any(child.lower_ in FIRST_PERSON and child.dep_ == "nsubj"
               for child in verb.children) and any(
        child.lower_ in ("afraid", "sorry") for child in verb.children)


def _named(subject: Token) -> set[str]:
    """A subject's own word and its determiner or owner ("the facilities I was shown"
    is named by "facilities" and "the", not by the "I" of its relative clause)."""
    return {subject.lower_} | {
        child.lower_ for child in subject.children if child.dep_ in ("poss", "det")
    }
