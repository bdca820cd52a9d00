"""Tone signals read from the parse rather than from phrases.

The cue phrases in data/tone.toml catch the forms people use most; these catch the
same moves in words nobody listed, from who does what to whom: the reader as the
subject of a negated contact verb ("nobody has rung me"), the writer as the one who
has not heard or was promised, the writer's negative feelings, judgements of the
process, self-criticism, deadlines the writer imposes, and hardship offered as a
reason; talking down to the reader (``lectures.py``), remarks on their looks
(``familiar.py``), thanks given as sarcasm (``irony.py``) and terms dictated before
an offer (``terms.py``) are read the same way. Each signal returns the token it hangs
on, and the check reports the clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from letterlint.checks.parsing import (
    CAUSATIVES,
    FIRST_PERSON,
    denied_by_subject,
    has_parse,
    is_first_person,
    is_negated,
    lemma,
    modal,
    subjects,
)
from letterlint.checks.tone.familiar import praised_their_looks
from letterlint.checks.tone.irony import THANKING, thanked_for_the_unwelcome
from letterlint.checks.tone.lectures import (
    backhanded_praise,
    doubted_knowledge,
    held_on_record,
    unasked_advice,
)
from letterlint.checks.tone.lexicon import negative_by_affix
from letterlint.checks.tone.terms import dictated_terms
from letterlint.checks.tone.verdicts import (
    conceded,
    rated_harsh,
    told_by_reader,
    verdict_announced,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

Words = Mapping[str, frozenset[str]]
AFFIXED = "\0praise turned round"
"""What ``signals`` adds to a sentence's words when one of them is praise turned round
by its affix ("uninspiring", "joyless"): no word of the text can be it."""
Signal = Callable[["TokenSpan", Words], Iterator[tuple[str, "Token"]]]

_STILL = frozenset({"still", "yet", "never", "again", "already", "anymore"})
_TIME_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "fortnight"})
_DEMANDS = frozenset({"need", "must", "require", "expect", "demand", "insist"})
_ASKS = frozenset({"reply", "respond", "answer", "decide", "confirm", "call", "get", "let",
                   "tell", "inform", "contact", "ring", "email"})
_RECEIVE = frozenset({"hear", "know", "have", "get", "receive", "see", "learn", "find"})
"""What a writer needs *from the reader* ("I need to hear by Friday"); "I need to
give them an answer by Friday" is the writer's own deadline, stated as a fact."""
_TOLD_TO = frozenset({"tell", "advise", "promise", "say", "inform", "assure"})
"""What the writer was told to expect is the employer's promise, retold."""
_JOB_NOUNS = frozenset({"job", "role", "position", "post", "work", "shift", "shifts",
                        "hours", "salary", "pay", "wage"})


def _words(token: Token) -> set[str]:
    return {lemma(token), token.lower_}


_REACH = 30
"""How far either side of its verb a signal reads the verb's words (a run-on sentence
of thousands of words stays linear; a letter's sentence is read whole)."""


def _near(token: Token) -> range:
    """The indices of ``token``'s subtree within ``_REACH`` of it, read as the words from
    its left edge to its right (the same words but for a rare crossing arc)."""
    return range(max(token.left_edge.i, token.i - _REACH),
                 min(token.right_edge.i, token.i + _REACH) + 1)


def _subject_words(token: Token, sentence: TokenSpan) -> set[str]:
    found: set[str] = set()
    for subject in subjects(token, sentence):
        found |= {t.lower_ for t in subject.subtree} | {lemma(subject)}
    return found


def reader_did_not(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "you never replied", "nobody has rung me", "no one got back to me"."""
    no_one: bool | None = None  # "no one" in the sentence: read once, when first needed
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or lemma(token) not in words["contact_verbs"]:
            continue
        who = _subject_words(token, sentence)
        if not who & words["reader_subjects"] and not who & {"nobody", "no", "noone"}:
            continue
        if who & FIRST_PERSON and not who & {"nobody", "no"}:
            continue
        if no_one is None:
            no_one = "no one" in " ".join(t.lower_ for t in sentence)
        nobody = bool(who & {"nobody", "noone", "no-one"}) or no_one
        never = any(c.lower_ in _STILL for c in token.children)
        if (is_negated(token, sentence) and (never or _has_perfect(token))) or nobody:
            yield "LL402", token


def i_have_not_heard(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I still have not received a reply", "I've yet to hear anything"."""
    for token in sentence:
        if lemma(token) not in words["receive_verbs"] or token.pos_ not in ("VERB", "AUX"):
            continue
        if not is_first_person(subjects(token, sentence)):
            continue
        around = {t.lower_ for t in sentence}
        yet_to = token.i > sentence.start + 1 and sentence.doc[token.i - 2].lower_ == "yet"
        negated = is_negated(token, sentence) or yet_to
        about_reply = around & _ABOUT_REPLY
        contrast = any(t.lower_ == "but" and t.i < token.i for t in sentence)
        recent = around & _STILL or _has_perfect(token) or yet_to or contrast
        if negated and about_reply and recent and not _had_something_else(token):
            yield "LL402", token


_ABOUT_REPLY = frozenset({"back", "reply", "response", "word", "anything", "update", "news",
                          "answer", "communication", "correspondence", "from", "call", "email",
                          "phone", "ring", "text", "letter", "message", "acknowledgement",
                          "acknowledgment", "confirmation", "feedback", "nothing"})
"""Words that make a sentence about a reply ("I still haven't heard back")."""
_REPLIES = (_ABOUT_REPLY - {"from", "phone"}) | {
    "e-mail", "contact", "peep", "sign", "line", "note", "decision", "outcome", "result",
    "much", "one"}
"""What a reply that never came is had as: the object of "had", "got" or "seen"."""


def _had_something_else(verb: Token) -> bool:
    """ "I have never had a single complaint from a patient", "never had a day off
    sick": a record of the writer's own, not a reply that never came. Only for the verbs
    of having and getting, whose object says what was (not) had."""
    if lemma(verb) not in ("have", "get", "see", "obtain"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(lemma(o) in _REPLIES for o in objects)


def expected_more(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I was promised an answer", "I would have expected a call"."""
    for token in sentence:
        if lemma(token) not in words["expectation_verbs"]:
            continue
        who = subjects(token, sentence)
        passive_me = any(c.dep_ == "nsubjpass" and c.lower_ == "i" for c in token.children)
        would_have = any(c.lower_ in ("would", "'d") for c in token.children) and any(
            c.lower_ == "have" for c in token.children
        )
        mine = passive_me or (is_first_person(who) and (would_have or (
            token.tag_ == "VBD" and token.dep_ != "relcl" and _wants_more(token)
        )))
        if mine and not is_negated(token, sentence):
            yield "LL402", token


_WANTED = frozenset({"more", "better", "reply", "response", "answer", "call", "decision",
                     "hear", "feedback", "courtesy", "respect"})
"""What a writer says they expected of the reader: "I expected a reply"."""


def _wants_more(verb: Token) -> bool:
    """Whether what ``verb`` expected is something of the reader's (``_WANTED``), read
    in its own words (``_near``)."""
    doc = verb.doc
    return any(lemma(doc[index]) in _WANTED for index in _near(verb))


def negative_feeling(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I'm frustrated", "I felt let down"; own nerves are self-criticism instead."""
    for token in sentence:
        if not _words(token) & words["negative_feelings"] or token.pos_ not in ("ADJ", "VERB"):
            continue
        if token.pos_ == "VERB" and token.tag_ != "VBN":
            continue
        if lemma(token) in ("fed", "sick", "tired") and not any(
            c.lower_ in ("up", "of") for c in token.children
        ):
            continue
        if not is_first_person(subjects(token, sentence)) or is_negated(token, sentence):
            continue
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in token.children):
            continue  # "I had worried about X": a worry that is over
        if _worry_eased(token, sentence):
            continue  # "I was worried I'd lost my chance, so I really appreciated it"
        if any(c.dep_ == "prep" and c.lower_ in ("with", "at") and any(
            g.lower_ == "myself" for g in c.children
        ) for c in token.children):
            continue  # "I was annoyed with myself for missing the duplicates": not at them
        own = _words(token) & words["self_feelings"]
        yield ("LL405" if own else "LL401"), token


_EASED = frozenset({"appreciate", "thank", "grateful", "relieved", "glad", "relief"})
"""Lemmas that say the reader eased a worry: "so I really appreciated it"."""


def _worry_eased(token: Token, sentence: TokenSpan) -> bool:
    """A past worry the sentence goes on to say the reader eased: "I was worried I'd
    lost my chance, so I really appreciated it". Not a request for relief still to
    come ("so I'd appreciate an update")."""
    if token.lower_ != "worried":
        return False
    past = any(c.dep_ in ("auxpass", "aux", "cop") and c.lower_ in ("was", "were")
               for c in token.children) or token.head.lower_ in ("was", "were")
    return past and any(
        t.i > token.i and lemma(t) in _EASED and modal(t) is None for t in sentence
    )


def judged_process(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "the process has been chaotic", "a rushed interview", "that was unprofessional"."""
    for token in sentence:
        if token.pos_ != "ADJ" or not _words(token) & words["negative_judgements"]:
            continue
        if is_negated(token, sentence) or denied_by_subject(token):
            continue  # "none of the questions felt unfair"
        mild = bool(_words(token) & words["mild_judgements"])
        if token.dep_ == "amod":
            if mild:
                continue  # "a short call", "a slow week": description, not judgement
            about = {lemma(token.head), token.head.lower_}
        else:
            about = _subject_words(token, sentence)
        if about & FIRST_PERSON:
            continue
        named = about & (words["process_nouns"] - {"it", "this", "that", "everything", "you",
                                                   "they"})
        if named or (not mild and about & words["process_nouns"]):
            yield "LL401", token


def judged_in_plain_words(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "the whole process sucks", "a lame format", "the office looked depressing and
    dirty", "the salary is an insult", "I hated the group exercise": a judgement of the
    process, the people or the place in any word the general sentiment lexicon rates
    clearly negative (``lexicon_negatives``, VADER at -1.5 or below), not only the
    ones ``negative_judgements`` lists. Said of the hiring process, a place or the
    people by name; a verb only of the hiring itself ("the interview dragged"), or
    the writer's strongest dislike of it ("I hated the group exercise"). Words that
    describe a hard task or someone's trouble ("difficult", "problem", "sad") are
    ``lexicon_descriptive`` and stay out."""
    for token in sentence:
        if not rated_harsh(token, words):
            continue
        forms = _words(token)
        if forms & words["negative_judgements"] or is_negated(token, sentence):
            continue  # the listed judgements are judged_process's
        if denied_by_subject(token):
            continue  # "nobody on the panel was dismissive"
        if told_by_reader(token, words) or conceded(token, sentence, words):
            continue  # "you told me the commute can be awful"; "tiring, yet engaging"
        if token.pos_ == "ADJ":
            if token.dep_ == "amod":
                if token.head.dep_ not in _JUDGED_NOUNS or any(
                    child.dep_ == "relcl" for child in token.head.children
                ):
                    continue  # "went to the wrong office", "the bad experience a clinic has"
                about = {lemma(token.head), token.head.lower_}
            else:  # "seemed kinda dumb": the parser hangs it on the verb as its object
                judged = token.head if token.dep_ == "oprd" else token
                about = _subject_words(judged, sentence)
        elif token.pos_ == "NOUN" and token.dep_ == "attr":
            about = _subject_words(token.head, sentence)  # "the salary is an insult"
        elif token.pos_ == "VERB":
            about = _subject_words(token, sentence)
            if about & FIRST_PERSON:
                if not forms & words["lexicon_dislikes"]:
                    continue
                about = {form for child in token.children if child.dep_ == "dobj"
                         for form in _words(child)}
            about &= words["hiring_nouns"]
        else:
            continue
        theirs = about & (words["employer_side"] | _THEIRS) and not about & FIRST_PERSON
        if theirs and not _felt_for_them(token):
            yield "LL401", token


_THEIRS = frozenset({"your", "yours"})
"""A thing the writer calls the reader's ("your warehouse is a dump", "your strategy is
doomed") is the employer's side whatever it is."""
_FEELING_FOR = frozenset({"sorry", "hope", "imagine", "bet", "sympathise", "sympathize"})


def _felt_for_them(token: Token) -> bool:
    """Whether the clause of ``token`` is what the writer feels for the reader ("I'm
    sorry your flight was so awful", "I hope your week wasn't too horrible")."""
    clause = token
    for _ in range(4):
        if clause.dep_ == "ccomp" and lemma(clause.head) not in CAUSATIVES:
            return lemma(clause.head) in _FEELING_FOR
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


FACES = (("LL402", "scorn_faces"), ("LL401", "anger_faces"))
"""The faces that say what a sentence's words mean, with the rule each makes of it:
eyes rolled or a sneer (insinuating), a fume (a complaint)."""


def scornful_face(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "Still waiting on that decision 🙄", "Great, another week of silence 😡": a face
    that rolls its eyes, sneers or fumes says the sentence's words mean their opposite
    or are meant as a complaint. A sad face stays out (it is also how sympathy looks)."""
    for token in sentence:
        code = next((code for code, table in FACES if token.text in words[table]), None)
        if code is not None:
            yield code, token


_CAPITALS = re.compile(r"[A-Z]{3}")
"""Three capitals in a row: a sentence without them shouts nothing."""


def shouted_waiting(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I am following up AGAIN regarding my interview", "I'm STILL waiting to hear",
    "it was to ask me to do ANOTHER trial": a word of waiting or repetition in capitals,
    in a sentence about the wait and otherwise written in lower case, says the writer is
    fed up with waiting (the first such word is enough). A line all in capitals (a
    heading, a caps-lock letter) shouts nothing by it, nor does a name ("ONCE Upon a
    Time Theatre") or joy ("Thank you AGAIN for a lovely afternoon")."""
    if _CAPITALS.search(sentence.text) is None:
        return
    lower = sum(1 for token in sentence if token.is_alpha and token.text.islower())
    if lower < 2 or all(_words(token).isdisjoint(words["waiting_words"]) for token in sentence):
        return
    for token in sentence:
        text = token.text
        if (
            len(text) >= 3 and text.isupper() and token.pos_ != "PROPN"
            and token.lower_ in words["shouted_waiting"]
        ):
            yield "LL402", token
            return


_JUDGED_NOUNS = frozenset({"nsubj", "nsubjpass", "attr", "ROOT", "appos"})
"""Where a noun stands when an adjective on it is the sentence's verdict ("a lame
format was all we got", "the format was a lame one"), not its route ("went to the
wrong office")."""


_MENTION = frozenset({"ask", "mention", "attach", "include", "say", "tell", "add", "give"})
"""What a writer forgot to do that is put right by saying it now ("I forgot to mention my
forklift licence")."""


def self_criticism(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I froze on the budget question", "I didn't explain it well"."""
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or not is_first_person(subjects(token, sentence)):
            continue
        base = lemma(token)
        if base in words["self_failure_verbs"] and not is_negated(token, sentence):
            if base == "forget" and not any(c.dep_ in ("dobj", "xcomp", "ccomp")
                                            for c in token.children):
                continue
            if any(c.lower_ in ("almost", "nearly", "practically") for c in token.children):
                continue  # "I almost forgot I was being interviewed": a figure of speech
            if base == "forget" and any(
                c.dep_ == "xcomp" and lemma(c) in _MENTION for c in token.children
            ):
                continue  # "I forgot to ask about next steps": a question, not a failure
            yield "LL405", token
        elif base in words["performance_verbs"] and is_negated(token, sentence):
            manner = {t.lower_ for t in token.subtree}
            if manner & {"well", "clearly", "properly", "justice", "best", "enough", "right"} and (
                _rued(sentence, words)
            ):
                yield "LL405", token


_AT_ALL = re.compile(r"\bat all\b", re.IGNORECASE)
"""The emphasis that makes a weak answer owned a rueful one: "not very well at all"."""


def _rued(sentence: TokenSpan, words: Words) -> bool:
    """Whether the writer rues a weak answer in the sentence that admits it ("I'm
    embarrassed", "sorry", "very well at all"), rather than setting the record straight.
    A rue word describing a thing ("the nervous system model") rues nothing."""
    if _AT_ALL.search(sentence.text):
        return True
    return any(
        not _words(token).isdisjoint(words["rue_words"]) and token.dep_ != "amod"
        for token in sentence
    )


_CONDITIONS = frozenset({"if", "when", "whenever"})
"""What opens a clause of condition ("if you need anything"); not "whether", which opens
the question asked ("let me know whether I have been successful by Friday")."""
_DECIDING = frozenset({"decide", "hear", "know", "answer", "reply", "respond", "confirm",
                       "choose", "select", "offer", "make", "reach", "get", "let"})
"""What the reader does in a condition that is still the writer's deadline: "let me know
if you have decided by Friday"."""


def _outside_conditions(token: Token) -> list[Token]:
    """The words under ``token`` (``_near`` it) less the reader's own clauses of
    condition: in "let me know if you need anything today" the day is the reader's
    need, not the writer's deadline; "I need to know if I have the job by Friday" keeps
    it."""
    doc = token.doc
    near = _near(token)
    low, high = near.start, near.stop - 1
    inside: set[int] = set()
    for clause in doc[low : high + 1]:
        if clause.i == token.i or lemma(clause) in _DECIDING:
            continue
        if any(child.dep_ == "mark" and child.lower_ in _CONDITIONS
               for child in clause.children) and any(
            child.dep_ in ("nsubj", "nsubjpass") and child.lower_ == "you"
            for child in clause.children
        ):
            inside.update(range(max(low, clause.left_edge.i),
                                min(high, clause.right_edge.i) + 1))
    return [doc[index] for index in near if index not in inside]


_ASKING = frozenset({"could", "can", "would", "will"})


def asked_of_you(verb: Token, who: list[Token]) -> bool:
    """ "Could you let me know by Wednesday?", "if you could confirm the outcome by
    Friday": a request put to the reader, its modal before "you" or its clause a
    condition (read sets: 12 of 12 such requests with a deadline labelled). Not the
    reader's own promise retold ("I understood you would let me know by Friday")."""
    if not who or any(t.lower_ != "you" for t in who):
        return False
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in _ASKING]
    if not modals:
        return False
    inverted = modals[0].i < who[0].i
    if not inverted and not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children):
        return False
    return not any(lemma(above) in _HEDGES for above in verb.ancestors)


_HEDGES = frozenset({"chance", "possible", "possibility", "wonder", "grateful", "appreciate"})
"""A request asked as a hope ("is there any chance you could…", "I wonder if you
could…"); "I'd be grateful if you could let me know by Friday" is read by the cues."""


def imposed_deadline(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "I must have an answer by Friday", "Please reply today"."""
    for token in sentence:
        if lemma(token) not in _DEMANDS | _ASKS:
            continue
        who = subjects(token, sentence)
        imperative = not who and token.tag_ == "VB" and token.dep_ == "ROOT"
        demand = is_first_person(who) and lemma(token) in _DEMANDS
        if not (demand or ((imperative or asked_of_you(token, who)) and lemma(token) in _ASKS)):
            continue
        if demand and token.dep_ == "xcomp" and lemma(token.head) in _TOLD_TO:
            continue  # "I was told to expect a decision within ten days": their promise
        own = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if demand and own and lemma(own[0]) not in _RECEIVE:
            continue  # "I need to give them an answer by Friday": the writer's deadline
        reach = _outside_conditions(token)
        timed = any(t.ent_type_ in ("DATE", "TIME") for t in reach) and any(
            t.lower_ in ("by", "before", "within", "until") for t in reach
        )
        urgent = {t.lower_ for t in reach} & words["urgency"]
        about = {lemma(t) for t in reach} & {"answer", "decision", "response", "reply", "know",
                                            "hear", "offer", "confirm", "back", "decide"}
        if about and (timed or urgent) and not is_negated(token, sentence):
            yield "LL403", token


def _formal_beg(token: Token, words: Words) -> bool:
    """ "I beg to thank you", "I beg leave to…": the old formal courtesy, not a plea."""
    if lemma(token) != "beg" or token.i + 2 >= len(token.doc):
        return False
    after, verb = token.doc[token.i + 1], token.doc[token.i + 2]
    return after.lower_ == "leave" or (
        after.lower_ == "to" and lemma(verb) in words["formal_begs"]
    )


_PLIGHTS = ("short", "under", "needed", "overstretched", "stretched", "busy", "sad", "ill",
            "unwell")
"""What "desperately" may describe other than the writer's plea: "we were desperately
short-staffed", "desperately under-resourced", "desperately sad news"."""


def _desperately_so(token: Token) -> bool:
    """ "desperately short-staffed": a plight described, not a plea."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "desperately" and after is not None and (
        after.lower_.startswith(_PLIGHTS)
    )


def hardship(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    """ "my rent is due", "I need this role", "I'd work for lower pay"."""
    for token in sentence:
        pleading = bool(_words(token) & words["hardship_words"]) and not _formal_beg(
            token, words
        ) and not _desperately_so(token)
        unpaid = bool(_words(token) & words["hardship_costs"]) and bool(
            {t.lower_ for t in sentence} & {"due", "overdue", "afford", "behind", "pay", "cover"}
        )
        if (pleading or unpaid) and is_first_person(sentence):
            yield "LL404", token
        elif lemma(token) == "need" and token.pos_ == "VERB" and is_first_person(
            subjects(token, sentence)
        ) and not is_negated(token, sentence):
            objects = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree]
            if {lemma(t) for t in objects} & _JOB_NOUNS and any(
                t.lower_ in ("this", "the", "a", "that") for t in objects
            ):
                yield "LL404", token


def _has_perfect(verb: Token) -> bool:
    return any(c.lower_ in ("have", "has", "'ve", "'s", "had") and c.dep_ == "aux"
               for c in verb.children)


SIGNALS: tuple[tuple[Signal, tuple[str, ...], frozenset[str]], ...] = (
    (reader_did_not, ("contact_verbs",), frozenset()),
    (i_have_not_heard, ("receive_verbs",), frozenset()),
    (expected_more, ("expectation_verbs",), frozenset()),
    (negative_feeling, ("negative_feelings",), frozenset()),
    (judged_process, ("negative_judgements",), frozenset()),
    (judged_in_plain_words, ("lexicon_negatives",), frozenset({AFFIXED})),
    (scornful_face, ("scorn_faces", "anger_faces"), frozenset()),
    (shouted_waiting, ("shouted_waiting",), frozenset()),
    (self_criticism, ("self_failure_verbs", "performance_verbs"), frozenset()),
    (imposed_deadline, (), _DEMANDS | _ASKS),
    (hardship, ("hardship_words", "hardship_costs"), frozenset({"need"})),
    (unasked_advice, ("change_verbs",), frozenset({"you", "your", "advice", "recommend",
                                                   "recommendation", "suggest"})),
    (backhanded_praise, ("lexicon_positives",), frozenset()),
    (doubted_knowledge, (), frozenset({"you", "your", "lay", "non-specialists", "non-experts",
                                       "laypeople", "uninitiated", "non-technical"})),
    (held_on_record, (), frozenset({"keep", "kept", "save", "saved", "store", "down", "remember",
                                    "forget"})),
    (praised_their_looks, ("appearance_nouns",), frozenset({"look", "suit"})),
    (thanked_for_the_unwelcome, (), THANKING),
    (dictated_terms, ("terms_nouns",), frozenset()),
    (verdict_announced, (), frozenset({"respect", "candour", "candor", "honesty", "frankness",
                                       "plainly", "bluntly", "mildly", "afraid", "confess",
                                       "regret", "frankly", "candidly", "strike", "notice",
                                       "say", "admit", "kindly", "politely"})),
)
"""Each signal with what starts it: the word tables and the further words (lemmas or
lower-case forms) one of which a sentence must hold for the signal to fire. Every
signal starts from such a token, so a sentence without one skips the signal."""


def signals(sentence: TokenSpan, words: Words) -> Iterator[tuple[str, Token]]:
    if not has_parse(sentence):
        return
    present = {form for token in sentence for form in _words(token)}
    if any(negative_by_affix(token.lower_) for token in sentence):
        present.add(AFFIXED)
    for signal, tables, extra in SIGNALS:
        if not present.isdisjoint(extra) or any(
            not present.isdisjoint(words[table]) for table in tables
        ):
            yield from signal(sentence, words)
