"""Writing instructions left in a letter from the template it was copied from.

Sample letters on career sites carry their advice inline: "Mention one thing you
discussed in the interview.", "Be sure to restate your interest in the position.",
"Tip: send it within 24 hours." Copied with the letter, such a line is a
placeholder in sentence form (presend reports it, LL611), and it is not the
writer speaking to the reader, so the tone and coverage checks do not read it as
the letter's own words: its imperative reads as pushy to a sentence classifier.

A sentence is an instruction when it is an imperative (no subject, the verb in its
base form) of a verb of letter-writing ("mention", "restate", "proofread", "be sure
to", "don't forget to" …) that speaks of the reader in the third person ("the
interviewer", "the hiring manager", "them") or of the writer's own letter and
qualities ("your note", "your interest"), or a line labelled "Tip:". A statement
is advice too when it tells "you" what the letter does to its reader, named in the
third person, with no word of the writer's own ("This shows the interviewer that
your interest is real.", "The point of the letter is to let the interviewer see that
you are careful"); "Thank you for forwarding it to the hiring manager" is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

_TIP = re.compile(r"(?i)^\W*(?:pro[ -]?tip|tip|hint|instructions?|guidance|advice)\s*[:\-–—]")
_GUIDE_VERBS = frozenset({
    "mention", "restate", "reiterate", "include", "highlight", "emphasize", "emphasise",
    "recap", "summarize", "summarise", "tailor", "personalize", "personalise", "reference",
    "insert", "describe", "explain", "express", "add", "keep", "send", "proofread", "thank",
    "remind", "state", "address", "close", "end", "open", "start", "sign", "use", "avoid",
    "attach", "customize", "customise", "list", "share", "focus", "indicate", "specify",
    "write", "note", "recall", "follow", "touch", "reaffirm", "show", "demonstrate",
    "briefly", "name", "refer", "spell",
})
_ONLY_ADVICE = frozenset({
    "proofread", "restate", "reiterate", "personalize", "personalise", "tailor",
    "customize", "customise", "recap",
})
"""Verbs nobody asks of the reader: an imperative of one is advice to the writer."""
_FRAMES = frozenset({"remember", "forget", "be", "make", "try", "consider"})
"""Verbs that frame an instruction: "remember to", "don't forget to", "be sure to",
"make sure you", "try to", "consider mentioning"."""
_READER = (r"(?:the|an?|your|each|every) (?:interviewers?|hiring managers?|recruiters?"
           r"|employers?|recipients?|readers?|interview panel)")
_ADVICE_STATED = re.compile(
    rf"(?i)\b(?:shows?|tells?|reminds?|lets?|helps?|assures?|convinces?) {_READER}\b"
    r"[^.!?]{0,30}\b(?:that )?your?\b"
    rf"|\b{_READER} (?:will|would|may|might|can|should) (?:appreciate|see|know|notice"
    r"|remember|value|like)\b[^.!?]{0,40}\byou"
    r"|\bthe (?:point|purpose|aim|goal) of (?:the|your|a|this) (?:letter|note|e-?mail|message)\b"
)
"""Advice stated about the letter's effect on its reader: "This shows the interviewer
that your interest is real", "The point of the letter is to let the interviewer see
that you are careful"."""
_ASKING = re.compile(
    r"(?i)^\W*(?:please|kindly|thanks?|thank you|could|would|can|will|do|did|may"
    r"|congratulations)\b"
)
"""A sentence that asks or thanks is said to the reader, whoever else it names."""
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself"})
_READER_NOUNS = frozenset({
    "interviewer", "interviewers", "recruiter", "recipient", "reader", "employer",
    "hiring", "panel", "them", "their", "they",
})
_OWN_NOUNS = frozenset({
    "interest", "enthusiasm", "qualification", "qualifications", "skill", "skills",
    "strength", "strengths", "note", "letter", "email", "e-mail", "message", "signature",
    "thank-you", "name", "resume", "résumé", "cv", "fit", "background", "experience",
})


def is_instruction(tokens: TokenSpan) -> bool:
    """Whether a sentence is a writing instruction from a template (see above).
    Four checks ask of every sentence, so the answer is kept in the Doc."""
    key = f"letterlint.instruction.{tokens.start}.{tokens.end}"
    known = tokens.doc.user_data.get(key)
    if known is None:
        known = tokens.doc.user_data[key] = _is_instruction(tokens)
    return bool(known)


def _is_instruction(tokens: TokenSpan) -> bool:
    if _TIP.match(tokens.text):
        return True
    words = {token.lower_ for token in tokens}
    if (words & _SECOND_PERSON and not words & _FIRST_PERSON
            and not tokens.text.rstrip().endswith("?") and not _ASKING.match(tokens.text)
            and _ADVICE_STATED.search(tokens.text)):
        return True  # "This shows the interviewer that your interest in the job is real."
    suggested = _suggested(tokens)
    if suggested is not None:
        rest = tokens.doc[suggested.i + 1 : tokens.end]
        return _YOU_DID.search(rest.text.lower()) is not None or any(
            token.lower_ == "your" and _owned(token, rest) for token in rest
        )
    verb = _instructed(tokens)
    if verb is None:
        return False
    rest = tokens.doc[verb.i + 1 : tokens.end]
    if len(rest) and rest[0].lower_ in ("you", "me", "us"):
        return False  # "Thank you again", "Send me the schedule": said to the reader
    if verb.lower_ in _ONLY_ADVICE:
        return True
    for token in rest:
        if token.lower_ in _READER_NOUNS:
            return True
        if token.lower_ == "your" and _owned(token, rest):
            return True
    return _YOU_DID.search(rest.text.lower()) is not None


_LEADS = frozenset({"briefly", "also", "then", "finally", "next", "always", "politely",
                    "again", "and", "now", "lastly", "first", "second"})
_NOT = frozenset({"do", "don't", "dont", "not", "n't", "never"})
_ADVISING_MODALS = frozenset({"might", "may", "could"})
"""Advice given as a suggestion: "You might also bring up anything new you found
out", "You may want to mention the project you discussed". It needs "also" or "want
to" after the modal and no first-person word: said to the reader, a suggestion
names the writer or asks ("You might want to share the slides with the panel" is
still said to the reader, so the reader named must be the interviewer or a thing
"you" did in the interview, not "them")."""
_SUGGESTING = frozenset({"also", "want", "wish"})
_YOU_DID = re.compile(
    r"\byou (discussed|learned|learnt|found|talked|met|spoke|covered|heard|interviewed|saw|"
    r"enjoyed|bring|offer|can offer|would bring)\b"
)


def _instructed(tokens: TokenSpan) -> Token | None:
    """The verb an imperative at the start of the sentence asks for: "Mention …",
    "Briefly remind …", or what "Remember to", "Be sure to", "Make sure you" and
    "Don't forget to" frame. Read from the words, not the tags: the small pipeline
    often tags a sentence-initial imperative as a proper noun or an adverb."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    index = 0
    while index < len(words) and words[index].lower_ in _LEADS | _NOT:
        index += 1
    if index >= len(words) or index > 3:
        return None
    first = words[index]
    if any(t.lower_ in ("please",) for t in words[:index]):
        return None
    word = first.lower_
    if word in _GUIDE_VERBS and first.tag_ not in ("VBD", "VBN", "VBZ", "VBG", "MD"):
        return first
    if word in _FRAMES:
        for token in words[index + 1 : index + 6]:
            if token.lower_ in _GUIDE_VERBS:
                return token
    return None


def _suggested(tokens: TokenSpan) -> Token | None:
    """The verb of letter-writing a suggestion to the writer asks for: "You might also
    bring up …", "You may want to mention …" (see ``_ADVISING_MODALS``)."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if (len(words) < 3 or words[0].lower_ != "you" or words[1].lower_ not in _ADVISING_MODALS
            or any(word.lower_ in _FIRST_PERSON for word in words)):
        return None
    framed = words[2:6]
    if not any(token.lower_ in _SUGGESTING for token in framed):
        return None
    return next((token for token in framed
                 if token.lower_ in _GUIDE_VERBS or token.lower_ == "bring"), None)


def _owned(your: Token, rest: TokenSpan) -> bool:
    """ "your interest", "your own qualifications": the writer's letter or qualities."""
    after = [t.lower_ for t in rest if t.i > your.i][:3]
    return any(word in _OWN_NOUNS for word in after)
