"""Telling a thank-you note from a follow-up when the user did not say.

A thank-you note is written within a day or so of the interview: it thanks for the
meeting, often in its first sentence, places it *today*, *yesterday* or *this
morning*, and says something warm about it. A follow-up is written after time has
passed: it checks in on a decision, says it has not heard back, recalls the date
the employer gave, says what has happened *since we spoke*, quotes the earlier
thank-you, or thanks *again*. Each cue below is one of those signs with a weight;
the side with more weight wins. A letter that neither thanks for nor places a
recent meeting leans to follow-up; a tie goes to thank-you.

Only the letter's own prose sentences and its subject line are read (quoted
replies only to spot a quoted earlier thank-you), with line breaks and curly
quotes normalised, so hard-wrapped and smart-quoted letters read alike. The cues
describe how people write these letters, not any one corpus; the labelled corpus
and letters written apart from it measure them (see the README).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from letterlint.automaton import Automaton, python_pattern
from letterlint.letter.parse import Letter
from letterlint.letter.structure import Role
from letterlint.letter.timeline import deadline_references, normalise

THANK_YOU, FOLLOW_UP = "thank-you", "follow-up"


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


_RECENT = _any(
    "today", "yesterday", "this (?:past )?(?:morning|afternoon|evening)", "earlier today",
    "last night", "tonight", "at lunchtime",
)
_MEETING = _any(
    r"interview\w*", r"meet\w*", "met", "conversation", r"chat\w*", r"talk\w*", "call", "visit",
    "tour", "time", r"speak\w*", "spoke", "session", "stage", "trial", "shift", "coffee", "lunch",
    "day", "panel", "discussion", "having me", "seeing me", "showing me", "hosting me",
)
_MEETING_NOUN = _any(
    "meeting", "conversation", "chat", "interview", "talk", "discussion", "visit", "call",
    "video call", "coffee", "lunch", "tour", "session", "questions",
)
_GOOD = _any(
    "great", "lovely", "wonderful", "enjoyable", "fantastic", "pleasure", "nice", "stimulating",
    "productive", "thorough", "warm", "fun", "interesting", "engaging", "inspiring", "insightful",
    "informative", "brilliant", "amazing", "thoughtful", "valuable", "candid", "frank", "open",
    "helpful",
)
_THANKS = _any("thank(?:s| you)", "grateful", "gratitude", r"appreciat\w+", "cheers")
_AGAIN = r"\b(?:again|once more)\b"


@dataclass(frozen=True)
class Cue:
    """One sign of a letter's kind. ``where`` is what it reads: ``text`` (the
    subject line and every prose sentence), ``opening`` (the first two body
    sentences), ``subject`` or ``quoted`` (quoted earlier messages)."""

    name: str
    kind: str
    weight: float
    pattern: re.Pattern[str]
    where: str = "text"
    unless: re.Pattern[str] | None = None  # a sentence that also matches this does not count

    def found_in(self, sentences: Sequence[str]) -> bool:
        return any(
            self.pattern.search(sentence) and not (self.unless and self.unless.search(sentence))
            for sentence in sentences
        )


_THE_JOB = (
    r"(?:the|your|this) (?:kind |generous )?(?:offer|position|job|role|post)\b"
    r"(?! (?:description|title|spec|ad|advert|posting))"
)
_DECLINE = rf"\b(?:declin(?:e|ing)|turn(?:ing)? down) {_THE_JOB}"
_WITHDRAW = (
    r"\bwithdraw(?:ing|n)? (?:my application|my candidacy|my name|my acceptance"
    r"|(?:myself |my name )?from (?:the |your )?(?:[\w'’-]+ ){0,4}?(?:consideration|process"
    r"|running|search|recruitment|selection))\b"
)
"""Declining and withdrawing: a reply to the employer's decision or offer (a
follow-up), and a letter with no reason to state interest (:func:`bows_out`)."""
_BOWS_OUT = re.compile(
    rf"{_DECLINE}|{_WITHDRAW}"
    r"|\b(?:accepted|said yes to|signed|taken) (?:an(?:other)?|a) (?:\w+ )?(?:offer|position"
    r"|role|job)\b[^.!?]{0,40}\b(?:elsewhere|another|other)\b"
    rf"|\b(?:can(?:'t|’t|t|not)|unable to|not able to) accept (?:it\b|{_THE_JOB})"
)


def _cue(
    name: str,
    kind: str,
    weight: float,
    *alternatives: str,
    where: str = "text",
    unless: str = "",
) -> Cue:
    flags = re.IGNORECASE
    return Cue(
        name,
        kind,
        weight,
        re.compile(_any(*alternatives), flags),
        where,
        re.compile(unless, flags) if unless else None,
    )


_NOT_OFFERED = r"(?<!for you to )(?<!welcome to )(?<!free to )"
"""Not the writer's own offer: "I'm happy for you to take up my references"."""

CUES = (
    # -- thank-you: the meeting just happened, and the letter thanks for it
    _cue("recent-meeting", THANK_YOU, 3.5,
         rf"\b{_MEETING}\b[^.!?]{{0,60}}\b{_RECENT}\b",
         rf"\b{_RECENT}(?:'s)? {_MEETING}\b",
         r"\bthank(?:s| you)[^.!?]{0,25}\bfor (?:today|this morning|this afternoon)\b"),
    _cue("recent", THANK_YOU, 1.5, rf"\b{_RECENT}\b"),
    _cue("way-home", THANK_YOU, 1.5,
         r"\b(?:on|during) the (?:way|drive|ride|train|walk|journey) (?:home|back)\b"),
    _cue("opening-thanks", THANK_YOU, 2.0,
         rf"\b{_THANKS}\b(?:\W+\w+){{0,6}}?\W+(?:{_MEETING}|{_MEETING_NOUN}|opportunity|chance"
         r"|considering|welcom\w*|invit\w*|\w+ing me)\b",
         r"^(?:thank(?:s| you)|many thanks)(?: \w+){0,3}\W*$",  # "Thank you so much!"
         where="opening", unless=_AGAIN),
    _cue("thanks-for-meeting", THANK_YOU, 1.0,
         rf"\b{_THANKS}\b[^.!?]{{0,30}}\bfor\b[^.!?]{{0,45}}\b(?:interview\w*|meeting"
         r"|conversation|chat|tour|visit|talking|speaking|having me|showing me|hosting me"
         r"|seeing me)\b",
         unless=r"\b(?:again|once more|ago|last (?:week|month))\b"),
    _cue("enjoyed-meeting", THANK_YOU, 1.0,
         rf"\b(?:enjoyed|loved|{_GOOD}) (?:\w+ )?(?:{_MEETING_NOUN}|welcome|speaking|talking"
         r"|chatting|to meet|to speak|to talk|to chat)\b",
         r"\bit was (?:a|an|such a) (?:real |great |true )?(?:pleasure|honou?r|privilege|delight"
         r"|treat) to\b",
         r"\bit was (?:great|lovely|wonderful|good|nice|fun|brilliant) (?:to )?(?:meet|meeting"
         r"|speak|speaking|talk|talking|interview)\b",
         rf"\b(?:after|following) (?:our|the|my) {_MEETING_NOUN}\b"
         r"(?! (?:on|last|\w+ (?:weeks?|days) ago))"),
    _cue("subject-thanks", THANK_YOU, 1.5,
         r"^subject: .*\b(?:thank|thanks|great (?:meeting|to meet)|today)\b", where="subject"),
    # -- follow-up: time has passed and the writer asks where things stand
    _cue("follow-up", FOLLOW_UP, 2.5,
         r"\bfollow(?:ing)?[- ]?up\b",
         # not "following up on today's interview" or "a few points to follow up on"
         unless=rf"\b{_RECENT}\b|\b(?:things|points|questions|items|ideas)\b"),
    # "Further to my interview on 3 March, I am writing to enquire…"; the same opening
    # with thanks in the sentence is a formal thank-you ("Further to my interview on
    # Thursday, I write to place on record my sincere thanks": in the read sets 4 of 4
    # such sentences open thank-you notes, the 8 without thanks follow-ups)
    _cue("further-to", FOLLOW_UP, 2.5,
         r"\bfurther to my (?:interview|application|email|letter|previous)\b",
         unless=rf"\b{_RECENT}\b|\b(?:thank|thanks|gratitude|grateful)\b(?![^.!?]*{_AGAIN})"),
    _cue("written-thanks", THANK_YOU, 2.0,
         r"\bfurther to my (?:interview|meeting|visit)\b[^.!?]*\b(?:thank|thanks|gratitude"
         r"|grateful)\b",
         unless=_AGAIN),
    _cue("check-in", FOLLOW_UP, 2.5,
         r"\b(?:check(?:ing)? in|circl(?:e|ing) back|touch(?:ing)? base|reach(?:ing)? out again"
         r"|bump(?:ing)? this)\b",
         r"\bany (?:news|updates?|progress|word|developments?|movement|joy|luck)\b",
         r"\ban update\b|\b(?:the )?status of (?:my|the)\b",
         r"\bwhere (?:things|the process|my application|the search|matters) (?:stands?|are|is)\b",
         r"\bhow things are (?:going|progressing)\b",
         r"\bhow (?:the|things with the) (?:hiring|search|process|recruitment)\b[^.!?]{0,40}"
         r"\bgoing\b",
         r"\b(?:on|about|regarding|of) the outcome\b",
         r"\bwhether (?:a|any|the) decision has\b",
         r"\b(?:been|there has been) any (?:progress|news|movement)\b",
         r"\bprogress (?:with|on|of) (?:the|my)\b",
         r"\bdid (?:you|you guys|the team) decide\b|\b(?:decided|decision) yet\b",
         r"\b(?:whether|if) (?:you|the team|the panel|the committee)(?:'d|'ve| had| have)?"
         r" (?:\w+ )?(?:made|reached|decided|come to|had (?:a|the) chance)\b",
         r"\b(?:enquir|inquir)(?:e|ing) (?:about|regarding|whether|after|as to|if)\b",
         r"\b(?:indication|idea|sense) of (?:the )?(?:timescales?|timelines?|timing)\b",
         r"\bwondering (?:if|whether) (?:you|there|the|a)\b",
         r"\b(?:is|was) (?:the (?:job|role|position|post|vacancy)|it) still"
         r" (?:open|available|going|vacant)\b"),
    _cue("not-heard", FOLLOW_UP, 2.5,
         r"\b(?:haven'?t|have not|hadn'?t|not) heard\b|\bstill waiting\b",
         r"\b(?:i'?ve|i have|i am|i'm|am) (?:been )?waiting\b|\bwaited\b|\bwait around\b",
         r"\bno (?:reply|response|word) (?:yet|so far)\b|\bnothing yet\b",
         r"\bnobody (?:is|has) (?:replying|replied|got(?:ten)? back)\b|\bnot received any\b",
         r"\b(?:haven'?t|have not|hasn'?t|not) (?:yet )?(?:had|received|got(?:ten)?) (?:a|any)"
         r" (?:reply|response|answer|word)\b",
         r"\bneed an answer\b"),
    _cue("earlier-message", FOLLOW_UP, 2.5,
         r"\bmy (?:previous|last|earlier|first) (?:email|message|note|letter|mail)\b",
         r"\bas per my previous\b|\bre: re:",
         r"\b(?:following|checking|writing|reaching) (?:up |in |out )?again\b",
         r"\bfor the (?:second|third|fourth) time\b|\bbother(?:ing)? you again\b"),
    _cue("since", FOLLOW_UP, 2.0,
         r"\bsince (?:we (?:last )?(?:spoke|met|talked|chatted)|(?:we|i) last|(?:our|my|the)"
         r" (?:interview|conversation|chat|meeting|call|discussion))\b",
         r"\b(?:it'?s |it has )?been (?:about |nearly |almost |over |a little |quite )?(?:a|two"
         r"|three|four|several|a few|a couple of|\d+|while|some time) ?(?:weeks?|days|while)?\b",
         r"\bin the meantime\b|\bhas only grown\b",
         r"\b(?:a|one|two|three|four|\d+) (?:weeks?|days) (?:after|since) (?:my|our|the)"
         r" (?:interview|conversation|meeting|call|chat)\b"),
    # answering the employer's decision or offer: a follow-up however recent the call it
    # answers ("Thank you for your call this morning … I'm delighted to accept"), so it
    # outweighs a recent meeting, the word "today" and thanks in the opening together
    _cue("decision-reply", FOLLOW_UP, 8.0,
         r"(?:\bnot|n't|\bnever) (?:to (?:have )?)?(?:been |being )?(?:selected|chosen|successful"
         r"|shortlisted"
         r"|picked|offered the)\b",
         r"\b(?:you|the (?:team|panel|committee|company)) (?:have |has |had )?(?:chose|chosen"
         r"|selected|picked|hired|went with|gone with|decided to (?:go|move) (?:with|forward with))"
         r" (?:someone|somebody|another|a different|an internal|other)\b",
         r"\b(?:for|after) (?:your (?:email|e-mail|message|letter|note|call) )?(?:letting me know"
         r"|informing me|telling me|notifying me)[^.!?]{0,40}"
         r"\b(?:decision|outcome|result|where things stand|you(?:'ve| have)? (?:decided|chosen"
         r"|selected|filled)|(?:is|was|has been|are) (?:on hold|paused|frozen|delayed"
         r"|postponed))\b",
         rf"\baccept(?:ing)? {_THE_JOB}", _DECLINE, _WITHDRAW,
         r"\b(?:rejection|refusal|regret) (?:letter|email|e-mail|message|note)\b",
         r"\b(?:role|position|job|post|vacancy|place) (?:has|had) (?:gone|been given|been offered)"
         r" to (?:another|someone|somebody|an(?:other)? (?:internal |external )?candidate)\b",
         r"\b(?:go|move|going|moving|gone|went) (?:in|with) a different direction\b",
         r"\b(?:i was|i've been|i have been|i had been|i'd been) unsuccessful\b"
         r"|\bunsuccessful (?:on this occasion|this time)\b",
         r"\b(?:thanks|thank you)(?: (?:so|very) much)? for (?:letting me know|telling me|the news)"
         r"(?: (?:so )?(?:quickly|promptly|soon|personally))?"
         r" (?:about|regarding|on) (?:the|my) (?:[\w-]+ ){0,4}?(?:role|position|job|post"
         r"|application)\b",
         r"\bkeep (?:my (?:cv|resume|résumé|details|application)) on file\b",
         r"\bconsidered (?:if|when|should) (?:another|a|any) (?:[\w-]+ ){0,3}?(?:role|position"
         r"|opening|vacancy|job|post|opportunity)\b",
         r"\bif (?:another|a|any) (?:[\w-]+ ){0,3}?(?:role|position|opening|vacancy|job|post)"
         r" (?:comes up|opens up|becomes available)\b",
         r"\b(?:moving|moved|move|going) (?:on )?to (?:the )?references\b",
         # the reply to a no: thanks for the news, regret with grace, keep me in mind
         r"\b(?:thanks|thank you)(?: (?:so|very) much)? for (?:telling|letting) me(?: know)?"
         r"\s*(?:[.,;!]|$|and\b)",
         r"\b(?:thanks|thank you)(?: (?:so|very) much)? for (?:telling|letting) me know,?"
         r" [a-z]+[.!]",
         r"\b(?:for|after) (?:calling|phoning|ringing|emailing|writing to|getting back to"
         r"|contacting) me\b[^.!?]{0,60}\b(?:decision|outcome|result|news)\b",
         r"\bdecided not to (?:offer|appoint|progress|proceed|take|move|hire|select)\b",
         r"(?:\bnot|n't|\bno longer) (?:being|been|be) considered\b",
         # asking why: feedback on a decision already made
         r"\b(?:any|some) feedback\b[^.!?]{0,60}\b(?:could have done (?:better|differently)"
         r"|have done better|fell short|led to (?:me|my) not)\b",
         r"\b(?:wasn'?t|was not|isn'?t|is not) the (?:news|answer|outcome|result) i (?:wanted"
         r"|was hoping|hoped|'d hoped|had hoped)\b",
         r"\b(?:sorry|shame|pity) (?:that )?(?:it|things) (?:didn'?t|did not) work out\b",
         r"\b(?:although|while|though) (?:i'?m|i am|i was) (?:\w+ )?disappointed\b",
         r"\bdisappointed (?:to hear|to learn|by the news|with the news|not to)\b",
         r"\b(?:keep|bear) me in mind for (?:any )?(?:future|other|similar|later)\b",
         r"\bconsidered for (?:any )?(?:future|other|similar) (?:openings?|roles?|positions?"
         r"|vacancies|opportunities)\b",
         # the reply to an offer
         r"\b(?:for )?(?:offering|extending) (?:me )?(?:the|an|this|your|a) (?:kind |generous )?"
         r"(?:\[[^\]\n]{1,30}\] |(?!interview|chance|opportunity|to |for )[\w-]+ ){0,4}?"
         r"(?:offer|role|position|post|job|place|contract"
         r"|opportunity to join)\b",
         r"\btake up (?:the|your|this) (?:kind |generous )?offer\b",
         r"\b(?:delighted|happy|pleased|thrilled|glad|excited|honou?red) to accept\b",
         r"\bfor (?:the|your) (?:kind |generous )?(?:written |formal |verbal |job )?offer\b"),
    # the employer's next step after a decision: references taken up ("the panel would
    # like to take up my references", "you are now taking up references": four follow-ups
    # of the read sets, no thank-you note); not the writer's offer ("I'm happy for you to
    # take up my references", "you're welcome to contact my referees")
    _cue("references", FOLLOW_UP, 3.0,
         _NOT_OFFERED + r"\b(?:take|taking|took) up (?:my |your |the )?references\b",
         _NOT_OFFERED + r"\b(?:contact|contacting|approach|approaching) (?:both )?(?:of )?"
         r"(?:my )?referees\b",
         r"\bdetails (?:of|for) (?:my |both )?(?:two )?referees\b"),
    _cue("weeks-ago", FOLLOW_UP, 2.5,
         r"\b(?:weeks?|fortnight|months?) ago\b", r"\b(?:last|earlier this) month\b"),
    _cue("days-ago", FOLLOW_UP, 1.0, r"\bdays ago\b"),
    _cue("other-offer", FOLLOW_UP, 1.0,
         r"\b(?:received|got|have|been (?:made|offered)) (?:another |an(?:other)? |a competing "
         r"|other )?offers?\b(?! letter)"),
    _cue("add-value", FOLLOW_UP, 1.0,
         r"\b(?:came across|i saw that|wanted to share (?:a|some|an)|thought (?:of you|you might)"
         r"|a (?:small )?bit of news)\b"),
    _cue("still-interested", FOLLOW_UP, 1.0,
         r"\b(?:still|remain|remains|continue to be) (?:very |really |so |just as |very much "
         r"|extremely |keenly )*(?:interested|keen|excited|enthusiastic|eager|hoping|hopeful"
         r"|open to)\b"),
    _cue("interview-dated", FOLLOW_UP, 1.0,
         r"\b(?:interview\w*|spoke|met|conversation|meeting)\b[^.!?]{0,40}\bon (?:the )?"
         r"\d{1,2}(?:st|nd|rd|th)?\b",
         r"\b(?:interview\w*|spoke|met|conversation|meeting)\b[^.!?]{0,40}\bon"
         r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d",
         r"\b(?:interview\w*|spoke|met|meeting|chat)\b[^.!?]{0,40}\b(?:back )?in (?:january"
         r"|february|march|april|may|june|july|august|september|october|november|december)\b"),
    _cue("thanks-again-opening", FOLLOW_UP, 1.5,
         rf"\b{_THANKS}\b[^.!?]*{_AGAIN}", where="opening"),
    _cue("hope-well-opening", FOLLOW_UP, 1.0,
         r"\bhope (?:you(?:'re| are| have been|'ve been| had)|all is|things are|this finds you"
         r"|your (?:week|weekend)|the (?:\w+ )?(?:term|week|month|season)|the \w+ (?:is|are)"
         r" going)",
         where="opening"),
    _cue("last-week", FOLLOW_UP, 0.75,
         r"\blast (?:week|monday|tuesday|wednesday|thursday|friday|month)\b"),
    _cue("quoted-thank-you", FOLLOW_UP, 3.0,
         r"\bthank(?:s| you)(?: so much| very much)? for (?:the (?:interview|conversation|chat"
         r"|meeting)|interviewing me|meeting (?:with )?me|(?:taking the time|your time) to"
         r" (?:meet|talk|speak)|seeing me|speaking with me|talking with me|today)\b",
         r"\bsubject: (?:re: )*thank",
         where="quoted"),
)
DEADLINE_REFERENCE_WEIGHT = 1.5
"""Recalling the date the employer gave is a follow-up's habit (see timeline.py)."""
NO_THANK_YOU_WEIGHT = 0.5
"""A letter with no thank-you cue at all leans to follow-up: a thank-you note
thanks for, or places, a recent meeting; a letter doing neither is written later."""
_OPENING_SENTENCES = 2


@dataclass(frozen=True)
class KindGuess:
    kind: str
    confidence: float
    cues: tuple[str, ...]
    thank_you: float
    follow_up: float


_IF_OR_ELSE = re.compile(r"\b(?:if|unless|otherwise|or else|or i)\b")
_NEGATED = re.compile(r"\b(?:not|never|n't|no intention of|no plans? to|won't)\W+(?:\w+\W+){0,2}$")


def bows_out(letter: Letter) -> bool:
    """True when the letter's own words (not a quoted message) decline an offer or
    withdraw: it has no reason to say the writer wants the job. A threat ("if I hear
    nothing by Friday I will withdraw my application") or a negation ("I have no
    intention of withdrawing") is no bowing out."""
    text = " ".join(letter.read(prose.part) for prose in letter.prose).lower()
    for match in _BOWS_OUT.finditer(text):
        before = re.split(r"[.!?]\s", text[max(0, match.start() - 300) : match.start()])[-1]
        if not _IF_OR_ELSE.search(before) and not _NEGATED.search(before):
            return True
    return False


def detect_kind(letter: Letter) -> tuple[str, float]:
    """The letter's kind and how sure we are (0.5–1)."""
    guess = guess_kind(letter)
    return guess.kind, guess.confidence


def guess_kind(letter: Letter) -> KindGuess:
    """The letter's kind with the cues that decided it and each side's weight."""
    if not letter.sentences:
        return KindGuess(THANK_YOU, 0.5, (), 0.0, 0.0)  # nothing to go on: the usual kind
    prose = [normalise(sentence.text) for sentence in letter.sentences]
    body = [sentence for sentence in letter.sentences if sentence.role is Role.BODY]
    subject = f"subject: {normalise(_subject(letter))}"
    quoted = normalise(" ".join(
        line.lstrip("> \t")
        for part in letter.of(Role.QUOTED)
        for line in letter.text_of(part.span).splitlines()
    ))
    texts = {
        "text": [subject, *prose],
        "opening": [normalise(sentence.text) for sentence in body[:_OPENING_SENTENCES]],
        "subject": [subject],
        "quoted": [quoted],
    }
    automaton = _automaton()
    unique = {text for texts_read in texts.values() for text in texts_read}  # openings repeat
    may_match = {text: set(automaton.matching(text)) for text in unique}
    score = {THANK_YOU: 0.0, FOLLOW_UP: 0.0}
    fired: list[str] = []
    for index, cue in enumerate(CUES):
        # only the sentences the automaton says the cue may match are searched
        if cue.found_in([text for text in texts[cue.where] if index in may_match[text]]):
            score[cue.kind] += cue.weight
            fired.append(cue.name)
    if deadline_references(letter):
        score[FOLLOW_UP] += DEADLINE_REFERENCE_WEIGHT
        fired.append("deadline-reference")
    if score[THANK_YOU] == 0:
        score[FOLLOW_UP] += NO_THANK_YOU_WEIGHT
        fired.append("no-thank-you-cue")
    margin = score[FOLLOW_UP] - score[THANK_YOU]
    kind = FOLLOW_UP if margin > 0 else THANK_YOU
    confidence = round(1 / (1 + math.exp(-abs(margin) / 2)), 2)
    return KindGuess(kind, confidence, tuple(fired), score[THANK_YOU], score[FOLLOW_UP])


@cache
def _automaton() -> Automaton:
    """Every cue's pattern in one automaton: which may match a sentence, in one scan
    (about a quarter of the time searching each cue's pattern in every sentence took:
    ``/work/exp/s27/tm2.py`` in the twenty-seventh session's notes)."""
    return Automaton([python_pattern(cue.pattern, caseless=True) for cue in CUES], "kind-cues",
                     caseless=True)


_SUBJECT_LINE = re.compile(r"(?im)^[ \t]*subject[ \t]*:[ \t]*(.*)$")


def _subject(letter: Letter) -> str:
    for key, value in letter.source.headers.items():
        if key.lower() == "subject":
            return value
    for part in letter.of(Role.HEADER, Role.SUBJECT):
        match = _SUBJECT_LINE.search(letter.text_of(part.span))
        if match:
            return match.group(1)
    return ""
