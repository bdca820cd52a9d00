"""The reader talked down to: advice nobody asked for, praise held against a low
expectation of them, being told what they do not know, and their conduct kept on
record.

A candidate who tells the employer how to run things ("you should be hiring for two
roles, not one", "My advice would be to retire the take-home test", "Switch your CRM
before the sales team grows, trust me") or praises them for beating a low bar ("Your
questions were more thoughtful than I'd expect from a manager only a year into the
job", "Your walkthrough was good, especially given you're not from IT") reads as
condescending in any words. Both are read from the sentence's shape, not from phrases:
a change prescribed to the employer's side with a modal of obligation or an
advice frame; a word of praise for the employer's side beside a qualifier that lowers
the bar. Advice the reader asked for, or offered with a hedge ("since you asked, one
small idea might be…", "for what it's worth"), is the modest suggestion advisers
recommend, and a question is no lecture.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from letterlint.checks.parsing import FIRST_PERSON, is_negated, lemma, modal
from letterlint.checks.tone.folded import normalise

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

    from letterlint.checks.tone.signals import Words


_ADVISING = re.compile(
    r"\b(if i were you|if it were (my call|up to me)|if i were in your (shoes|position)|"
    r"my (advice|recommendation) (would be|is)|might i (recommend|suggest)|take it from me|"
    r"you'?d (be wise|do well) to|(you|your \w+|someone|somebody) (might|may)( also| even| just| "
    r"perhaps| really)? (want|wish) to"
    r"(?![^.!?]*\b(my|me|myself|i'?ve (sent|attached|enclosed|shared|uploaded)|i (sent|attached|"
    r"enclosed|shared|submitted|uploaded|included|linked|mentioned))))\b"
)
"""Frames that make whatever follows advice to the reader; "you may wish to contact my
referee", "you might want to look at the portfolio I sent" point to the writer's own
case, not at how the employer runs things."""
_URGING = re.compile(
    r"\b(trust me|you (really )?(need|have) to|you'?d want to|"
    r"you (might|may|could) (also |even |perhaps )?(want to )?"
    r"(consider|think about|look (at|into)))\b"
)
"""Frames that make a change to the employer's side advice."""
_HEDGED = re.compile(
    r"\b(perhaps|maybe|possibly|tentative(ly)?|humbl[ey]|one (small |modest |rough )?"
    r"(idea|thought|option)|i wondered|for what it'?s worth|(could|might) be worth|"
    r"if (it|that) (helps|'?s useful|would be useful)|if useful)\b"
)
_ASKED = re.compile(
    r"\b(you asked|you wanted|you invited|as (you )?requested|you were (interested|curious|"
    r"open)|since you asked|your question|you mentioned wanting|at your request)\b"
)
_OBLIGED = frozenset({"should", "ought", "must"})
_READER = frozenset({"you", "your", "yours"})
_BEAT_THE_BAR = re.compile(
    r"\b(than (i'?d|i would) (have )?(expected|expect|guessed|thought|imagined|assumed)|"
    r"than (its|your|the) reputation|especially given|given (that )?"
    r"(you'?re|you are|how|your)|even if)\b"
)
"""What lowers the bar the praise is measured against."""
_SOMEONE = frozenset({"someone", "somebody", "anyone", "beginner", "newcomer"})
def _said_of_them(token: Token, words: Words) -> bool:
    """Whether the clause ``token`` stands in is about the reader or the employer's side
    by name ("your questions", "the lab", "you guys"), and not about the writer."""
    verb = token
    for _ in range(4):
        said_of = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if said_of:
            forms = {t.lower_ for t in said_of[0].subtree}
            lemmas = {lemma(t) for t in said_of[0].subtree}
            return not forms & FIRST_PERSON and bool(
                forms & _READER or lemmas & words["employer_side"]
            )
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def unasked_advice(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "you guys should really sort the wifi", "I'd drop the group interview if I were
    you", "Switch your CRM before the team grows", "The lab would benefit from a proper
    tracking system": a change to the employer's side prescribed to them."""
    text = normalise(sentence.text)
    if _HEDGED.search(text) or _ASKED.search(text) or text.rstrip().endswith("?"):
        return
    if _ADVISING.search(text):
        yield "LL402", sentence[0]
        return
    urged = _URGING.search(text) is not None
    for token in sentence:
        if token.pos_ != "VERB" or lemma(token) not in words["change_verbs"]:
            continue
        verb = token.head if token.dep_ == "xcomp" else token  # "you need to rethink"
        said_of = [c for c in (*token.children, *verb.children)
                   if c.dep_ in ("nsubj", "nsubjpass")]
        obliged = {c.lower_ for c in (*token.children, *verb.children)
                   if c.dep_ == "aux"} & _OBLIGED
        theirs = any(t.lower_ in _READER or lemma(t) in words["employer_side"]
                     for subject in said_of for t in subject.subtree)
        imperative = (not said_of and token.tag_ == "VB" and token.i == sentence.start
                      and any(c.dep_ == "dobj" and any(t.lower_ == "your" for t in c.subtree)
                              for c in token.children))
        if ((theirs and (obliged or urged)) or imperative or (urged and not said_of)) and (
            not is_negated(token, sentence)
        ):
            yield "LL402", token
            return
        if lemma(token) == "benefit" and modal(token) == "would" and _theirs_to_mend(token):
            yield "LL402", token
            return


def _theirs_to_mend(benefit: Token) -> bool:
    """ "The lab would benefit from a proper tracking system": a thing of theirs (named
    with "the" or "your") that would gain from a change, not from the writer ("your
    team would benefit from my experience" is the writer's case for themselves)."""
    said_of = [c for c in benefit.children if c.dep_ == "nsubj"]
    gain = [t for c in benefit.children if c.dep_ == "prep" for t in c.subtree]
    return bool(said_of) and not any(
        t.lower_ in FIRST_PERSON | _SOMEONE | {"having", "hiring"} for t in gain
    ) and any(
        det.lower_ in ("the", "your") for det in said_of[0].children
    ) and not any(t.lower_ in FIRST_PERSON for t in said_of[0].subtree)


def _adjective(adverb: str) -> str:
    """The adjective an adverb of manner is made from ("smoothly" → "smooth", "happily"
    → "happy"), so that praise in an adverb reads as praise."""
    if adverb.endswith("ily") and len(adverb) > 5:
        return adverb[:-3] + "y"
    return adverb[:-2] if adverb.endswith("ly") and len(adverb) > 5 else adverb


def backhanded_praise(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "Your questions were more thoughtful than I'd expect from a manager only a year
    into the job", "The building is nicer than I'd have guessed a haulage outfit could
    afford", "Your walkthrough was good, especially given you're not from IT": praise
    of the employer's side measured against a low expectation of them. The writer's
    own surprise ("I enjoyed it more than I expected", "the panel were kinder than I
    had feared") is about the writer's nerves, not about them."""
    text = normalise(sentence.text)
    bar = _BEAT_THE_BAR.search(text)
    offset = sentence[0].idx
    for token in sentence:
        if token.pos_ not in ("ADJ", "ADV") or not (
            {token.lower_, lemma(token), _adjective(token.lower_)} & words["lexicon_positives"]
        ):
            continue
        if is_negated(token, sentence):
            continue
        for_a = [
            child for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "for"
            for child in prep.children if child.dep_ == "pobj"
            and any(det.lower_ in ("a", "an") for det in child.children)
            and not {t.lower_ for t in child.subtree} & (FIRST_PERSON | _SOMEONE)
        ]  # "decent for a council office"
        lowered = bar is not None and bar.start() > token.idx - offset
        if (for_a or lowered) and _said_of_them(token, words):
            yield "LL402", token
            return


_OUT_OF_DEPTH = re.compile(
    r"\b((not|n't|isn't|wasn't) (quite |really |exactly )?your (area|field|forte|strong suit|"
    r"strength|thing|speciality|specialty)|for (non-specialists|non-experts|lay (readers|people|"
    r"audiences)|laypeople|a lay(man|person| reader)|the uninitiated|non-technical (people|"
    r"readers|managers))|(over|above) your head(?! office|quarters| of\b))\b"
)
"""The reader placed out of their depth: "which I sensed wasn't quite your area",
"dense for lay readers"."""
_KNOWING = frozenset({"know", "aware", "familiar", "understand", "follow", "grasp", "realise",
                      "realize"})
_THE_WRITER = frozenset({"i", "me", "we", "us", "myself"})


def doubted_knowledge(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "You may not be aware of it, but most hospitals moved away from that model",
    "I don't expect you to follow every detail of my research", "which I sensed wasn't
    quite your area": the writer telling the reader what they do not know. Not news of
    the writer ("You may not know that I also hold a forklift licence"), not "as you
    know", not a question."""
    text = normalise(sentence.text)
    if text.rstrip().endswith("?") or re.search(r"\bas you (know|are aware|'re aware)\b", text):
        return
    if _OUT_OF_DEPTH.search(text):
        yield "LL402", sentence[0]
        return
    for token in sentence:
        if lemma(token) not in _KNOWING:
            continue
        verb = token.head if token.dep_ in ("acomp", "xcomp") else token
        said_of = [c for c in (*token.children, *verb.children) if c.dep_ == "nsubj"]
        if not any(subject.lower_ == "you" for subject in said_of):
            continue
        if any(t.lower_ in _THE_WRITER for t in token.subtree if t.i > token.i):
            continue  # "you may not know that I hold a licence": news of the writer
        expected = token.dep_ == "ccomp" and lemma(token.head) == "expect"
        if is_negated(verb, sentence) or (expected and is_negated(token.head, sentence)):
            yield "LL402", token
            return


_ON_RECORD = re.compile(
    r"\bi('ve| have|'d| had)? (kept|keep|saved|save|stored|screenshotted) (copies|a copy|"
    r"records?|screenshots?|a log) of (all |every |each of )?(our|your|the|this|these|those) "
    r"(\w+ )?(correspondence|emails?|e-mails?|messages?|conversations?|exchanges?|calls?|"
    r"letters?|chats?|interviews?|process)\b|\bi('ve| have)? (wrote|written|noted|taken) down "
    r"(the names?|who)\b"
)
_REMEMBERED = re.compile(
    r"\bi('ll| will)? (always |certainly |definitely |long )?(remember|not forget|never "
    r"forget|won't forget|don't (usually |often )?forget) (exactly )?(how (it|this|that|i|"
    r"the \w+) (was|were|is|has been) (handled|treated|dealt with)|the way (it|this|i) (was|"
    r"were) (handled|treated)|who (turned|passed|let|treated|chose|rejected|ignored))\b"
)


def held_on_record(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I've kept copies of all our correspondence, just for my records", "I wrote down
    the names of everyone on the panel", "Whatever you decide, I'll remember exactly how
    it was handled": the reader's conduct kept on record by the writer, a threat left
    unsaid. Not notes of what was said ("I took notes on your feedback"), nor kindness
    remembered ("I'll remember how welcoming everyone was")."""
    text = normalise(sentence.text)
    found = _ON_RECORD.search(text) or _REMEMBERED.search(text)
    if found is not None:
        yield "LL402", sentence[0]
