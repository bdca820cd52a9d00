"""Coverage: the three points every post-interview letter must make (LL2xx).

Each point is judged sentence by sentence from the parse, not from keywords alone:
who is the subject, is the verb negated, what does the clause talk about, and is
that concrete (a number, a name, specific nouns) or generic ("the role").

Which points apply to which kind of letter:

- **thank-you**: interest (LL201), stand-out (LL202), learned (LL203) and thanks
  (LL204) are all expected.
- **follow-up**: only interest (LL201) is expected: a follow-up restates interest
  and references the promised timeline (the timing check's LL7xx). Stand-out and
  learned are still measured and reported in ``points``, but their absence is not
  a finding.
- a letter that declines an offer or withdraws (either kind) is not expected to
  state interest: LL201 does not fire on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import islice, pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING

from letterlint.checks.base import Check, Rule
from letterlint.checks.instructions import is_instruction
from letterlint.checks.parsing import (
    FIRST_PERSON,
    SECOND_PERSON,
    SUBJECT_DEPS,
    clause,
    concrete_anchors,
    has_parse,
    is_first_person,
    is_negated,
    lemma,
    load_data,
    modal,
    specific_words,
    subjects,
)
from letterlint.checks.presend.placeholders import EDITORIAL_START
from letterlint.config import Config, ConfigError
from letterlint.letter.kind import bows_out
from letterlint.letter.parse import Letter, Sentence
from letterlint.letter.structure import Role, is_bullet
from letterlint.model import CheckResult, Finding, PointCoverage, Severity, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

_GOOD = (
    "Dear Ms. Park,\n\nThank you for meeting with me today. When you described the plan "
    "to move the support queue into Zendesk before the holiday rush, I thought of the "
    "same switch I led at Fernway, where we cut first-response time from 9 hours to 2.\n\n"
    "I'm very excited about the role and would love to help your team get there.\n\n"
    "Best,\nSam"
)

RULES = (
    Rule(
        code="LL201",
        slug="missing-interest",
        severity=Severity.WARNING,
        summary="The letter never says you want the job",
        what=(
            "Flags a thank-you or follow-up letter with no explicit interest in or "
            "enthusiasm for the role or the organisation. Applies to both kinds, but not "
            "to a letter that declines an offer or withdraws from the process."
        ),
        why=(
            "The hiring manager reads the letter to learn whether you still want the job "
            "after the interview. Saying so plainly is the single most important sentence; "
            "polite thanks alone reads as a formality."
        ),
        example=(
            "Dear Ms. Park,\n\nThank you for your time today. When you described the plan "
            "to move support into Zendesk, I thought of the switch I led at Fernway, where "
            "we cut response time from 9 hours to 2.\n\nBest,\nSam"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL202",
        slug="missing-standout",
        severity=Severity.WARNING,
        summary="No concrete reason you stand out",
        what=(
            "Flags a thank-you note that offers no concrete qualification, achievement, "
            "skill or idea. 'My skills align with the role' or 'I'd be a great fit' do not "
            "count; 'I led the migration of 38 services' does. Thank-you notes only."
        ),
        why=(
            "After a day of interviews, candidates blur together. One specific, checkable "
            "detail (a number, a project, a credential, an idea for their problem) is what "
            "the interviewer remembers you by."
        ),
        example=(
            "Dear Ms. Park,\n\nThank you for meeting with me today. When you described the "
            "plan to move support into Zendesk, it made me even more excited about the role."
            "\n\nI believe my skills align well with your needs and I would be a great fit."
            "\n\nBest,\nSam"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL203",
        slug="missing-learned",
        severity=Severity.WARNING,
        summary="Nothing specific from the interview conversation",
        what=(
            "Flags a thank-you note that mentions nothing specific from the interview: a "
            "topic, fact or event from the conversation. 'I enjoyed learning more about the "
            "role' does not count; 'when you described the Zendesk migration' does. "
            "Thank-you notes only."
        ),
        why=(
            "A specific detail proves you listened and makes the note impossible to send "
            "unchanged to another employer: that is what makes it read as sincere."
        ),
        example=(
            "Dear Ms. Park,\n\nThank you for meeting with me today. I enjoyed learning more "
            "about the role and the company.\n\nAt Fernway I led our move to Zendesk and cut "
            "response time from 9 hours to 2. I'm very excited about the position.\n\n"
            "Best,\nSam"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL204",
        slug="missing-thanks",
        severity=Severity.WARNING,
        summary="A thank-you note that never thanks the reader",
        what="Flags a thank-you note with no thanks or appreciation anywhere in it.",
        why="The reader gave you their time; a note that skips the thanks reads as a pitch.",
        example=(
            "Dear Ms. Park,\n\nFollowing up on today's interview. When you described the "
            "Zendesk migration, I thought of the switch I led at Fernway, where we cut "
            "response time from 9 hours to 2.\n\nI'm very excited about the role.\n\nSam"
        ),
        instead=_GOOD,
    ),
)

POINT_CODES = {"interest": "LL201", "standout": "LL202", "learned": "LL203"}
_APPLIES = {"thank-you": ("interest", "standout", "learned"), "follow-up": ("interest",)}
_SUGGESTIONS = {
    "interest": "Say plainly that you want the job, e.g. 'I'm excited about the role and "
    "would love to join the team.'",
    "standout": "Add one concrete reason you stand out: a result with a number, a project, "
    "a credential, or an idea for a problem they mentioned.",
    "learned": "Mention one specific thing from the conversation, e.g. 'When you described "
    "<a plan, problem or detail they shared>, …'",
}
_MESSAGES = {
    "interest": "No sentence says you are interested in the role",
    "standout": "No concrete qualification, achievement or idea that makes you stand out",
    "learned": "Nothing specific from the interview conversation",
}


@dataclass(frozen=True)
class Cues:
    """The coverage word lists, as frozensets for fast lookup."""

    lists: Mapping[str, Mapping[str, frozenset[str]]]

    def __call__(self, section: str, name: str) -> frozenset[str]:
        return self.lists[section][name]


def load_cues() -> Cues:
    data = load_data("coverage.toml")
    return Cues(
        {
            section: {name: frozenset(words) for name, words in table.items()}
            for section, table in data.items()
        }
    )


Scorer = Callable[[Sentence, Cues, bool], float]
"""Scores one sentence for one point; the flag says the writer is the implied
subject (a list item under "Since we spoke I have:")."""


def _first_person_list_items(letter: Letter, prose: list[Sentence]) -> set[Span]:
    items: set[Span] = set()
    for before, sentence in pairwise(prose):
        lead_in = before.text.rstrip().endswith(":") and is_first_person(before.tokens)
        same_paragraph = before.paragraph == sentence.paragraph
        if (lead_in or before.span in items) and same_paragraph and is_bullet_text(
            letter.text, sentence.span.start
        ):
            items.add(sentence.span)
    return items


def is_bullet_text(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return is_bullet(text[line_start : start + 2])


MODEL_WEIGHT = MappingProxyType({"interest": 0.55, "standout": 0.6, "learned": 0.65})
"""The trained judge's share in a sentence's score for each point. First chosen on
corpus/real/dev cross-validated by site and on held-out set 9; chosen again, with
:data:`THRESHOLD`, on real dev cross-validated beside eleven held-out sets the judge
never saw (19–27, 29, 30: 440 letters), where the rules' score for a concrete
achievement (0.8) alone fell just short and the judge, half-weighted, vetoed it
("Having catalogued the parish records of St Oswald's Church over two winters"):
stand-out right in 141 of 148 dev letters and 405 of 440 held-out at 0.5 and 0.45,
141 and 417 at 0.6 and 0.375; interest 137 and 416 at 0.3 and 0.5, 137 and 420 at
0.5 and 0.45. Learned, chosen a third time once a restated hiring timeline no longer
counted (tenth session, the same dev and held-out letters): 133 of 148 dev and 411 of
440 held-out at 0.6 and 0.4, 136 and 411 at 0.65 and 0.375 (a floor for a strong rule
reading, whatever the judge says, lost letters on both). Interest, chosen a third time
in the eleventh session with the read adversarial sets 36 and 37 beside them: 137 of
148 dev, 422 of 440 held-out and 75 of 80 at 0.5 and 0.45; 136, 428 and 77 at 0.55 and
0.425 (the rules' 0.8 for "I'm still keen" with a doubtful judge now counts)."""
THRESHOLD = MappingProxyType({"interest": 0.425, "standout": 0.375, "learned": 0.375})
"""The combined score at which a sentence makes each point, chosen with
:data:`MODEL_WEIGHT` (learned: 30 wrong letters of 183 at weight 0.5 and threshold
0.5, 27 at 0.6 and 0.4; unchanged by the second choice, where 0.45 gained five dev
letters and lost three held-out; 0.375 at weight 0.65 since the third, see
:data:`MODEL_WEIGHT`). With ``mode = "rules"`` or ``"model"`` the default
is 0.5, as in 0.1.0."""
TEMPLATE_MARGIN = 0.1
"""How much higher the stand-out and learned thresholds are in a letter that still
holds a template's slots ("[Company Name]", "{{date}}"): a template's sentences about
what was discussed and what the writer brings are generic by construction, and the
judge credits them too readily. Chosen on corpus/real/dev cross-validated (learned
accuracy 0.881 -> 0.895, stand-out 0.951 -> 0.958; 0.15 no better on learned, and it
took stand-out from a filled letter of the team's corpus);
``[tool.letterlint.coverage] template_margin``, 0 turns it off."""
_TEMPLATE_SLOTS = 3
"""How many slots make a letter a template (one, two or three: the same on real dev)."""


class CoverageCheck(Check):
    name = "coverage"
    rules = RULES
    options = MappingProxyType(
        {"threshold": THRESHOLD, "mode": "combined", "model_weight": MODEL_WEIGHT,
         "template_margin": TEMPLATE_MARGIN}
    )

    def __init__(self) -> None:
        self._cues: Cues | None = None

    @property
    def cues(self) -> Cues:
        if self._cues is None:
            self._cues = load_cues()
        return self._cues

    def run(self, letter: Letter, config: Config) -> CheckResult:
        thresholds = self.setting(config, "threshold")
        mode = str(self.setting(config, "mode"))
        if mode != "combined" and thresholds == THRESHOLD:
            thresholds = 0.5  # the defaults were chosen for the combined score
        prose = [
            s for s in letter.sentences
            if s.role in (Role.BODY, Role.POSTSCRIPT) and not is_instruction(s.tokens)
        ]
        scorers: dict[str, Scorer] = {
            "interest": interest_score,
            "standout": standout_score,
            "learned": learned_score,
        }
        mine = _first_person_list_items(letter, prose)
        if mode not in _MODES:
            raise ConfigError(
                f"[tool.letterlint.coverage] mode must be one of {', '.join(_MODES)}, not {mode!r}."
            )
        weights = self.setting(config, "model_weight")
        margin = float(self.setting(config, "template_margin")) if _templated(letter) else 0.0
        run_ons = {sentence.span for sentence in prose if _run_on(sentence)}
        points: dict[str, PointCoverage] = {}
        for point, scorer in scorers.items():
            threshold = _for_point(thresholds, point, THRESHOLD)
            if point in _DETAIL_POINTS:
                threshold += margin
            weight = _for_point(weights, point, MODEL_WEIGHT)
            scored = [
                (
                    0.0 if (point in _DETAIL_POINTS and slot_for_detail(sentence.text))
                    or (point == "learned" and restates_timeline(sentence, self.cues))
                    else _combine(
                        scorer(sentence, self.cues, sentence.span in mine),
                        sentence.judgement.get(point),
                        mode,
                        weight,
                        run_on=sentence.span in run_ons,
                    ),
                    sentence,
                )
                for sentence in prose
            ]
            best = max((score for score, _ in scored), default=0.0)
            evidence = tuple(
                sentence.span
                for score, sentence in sorted(scored, key=lambda pair: -pair[0])[:3]
                if score >= threshold
            )
            confidence = best if best >= threshold else min(best, threshold - 0.05)
            points[point] = PointCoverage(
                covered=best >= threshold,
                confidence=round(max(0.02, confidence), 2),
                evidence=tuple(sorted(evidence)),
            )
        findings: list[Finding] = [
            self.finding(POINT_CODES[point], _MESSAGES[point], suggestion=_SUGGESTIONS[point])
            for point in _APPLIES[letter.kind]
            if not points[point].covered
            and not (point == "interest" and bows_out(letter))
        ]
        thanked = any(
            thanks_in(sentence, self.cues) for sentence in letter.sentences
        ) or any(_thanks_text(letter.text_of(part.span)) for part in letter.of(Role.CLOSING))
        if letter.kind == "thank-you" and not thanked:
            findings.append(self.finding(
                "LL204",
                "The letter never thanks the reader",
                suggestion="Open with thanks, e.g. 'Thank you for meeting with me on Tuesday.'",
            ))
        metrics = {f"{point}_confidence": points[point].confidence for point in points}
        metrics["thanks"] = thanked
        return self.result(findings, metrics, points=MappingProxyType(points))


_MODES = ("combined", "rules", "model")


def _for_point(setting: object, point: str, defaults: Mapping[str, float]) -> float:
    """A per-point setting's value for ``point``: the number itself, or its entry in
    a table (a point the table leaves out keeps its default)."""
    if isinstance(setting, Mapping):
        return float(setting.get(point, defaults[point]))
    return float(setting)  # type: ignore[arg-type]


_DETAIL_POINTS = frozenset({"standout", "learned"})
"""The points made by a concrete detail, which a template slot only promises."""
_SLOT = re.compile(
    r"\[([^\[\]\n@/:]{2,60})\](?!\()|\{\{([^{}\n]{1,60})\}\}|<([A-Za-z][^<>\n@/:]{0,49}\S)>"
    r"|«([^«»\n]{1,40})»|\(([^()\n]{2,60})\)"
)
"""A bracketed stretch that may be a template's slot: "[…]" (not a Markdown link's
text), "{{…}}", "<…>" opening on a letter (not "< 200 ms", not an e-mail address),
"«…»", or "(…)"."""
_DETAIL_WORDS = re.compile(
    r"(?i)\b(?:specific|particular|relevant|topic|skill|experience|project|question|thing"
    r"|point|detail|area|achievement|accomplishment|outcome|initiative|capability|challenge"
    r"|goal|insight|thought|reason|something|example|strength|takeaway)s?\b"
)
_ROUND_SLOT = re.compile(r"(?i)\b(?:specific|particular|insert|name a|mention)\b")
"""Round brackets hold asides in prose, so only one that asks for something is a slot:
"(specific topic we covered)", not "(the Leeds project)"."""


def _templated(letter: Letter) -> bool:
    """A letter that still holds template slots in square, curly or angle brackets
    ("[Company Name]", "{{date}}", "<Interviewer>"), greeting and signature included:
    three or more, so a filled letter with one slot left ("the role at [Company]")
    keeps its points."""
    slots = (match for match in _SLOT.finditer(letter.text) if _template_slot(match))
    return next(islice(slots, _TEMPLATE_SLOTS - 1, None), None) is not None


_NOT_SLOTS = frozenset({"sic", "sic.", "...", "…", "[...]", "etc"})
_HTML_TAG = re.compile(r"/?[a-z][a-z0-9]*(?:\s[^<>]*)?")


def _template_slot(match: re.Match[str]) -> bool:
    """Whether a bracketed stretch is a slot left to fill, not "[sic]", an editor's
    insert ("[the forecast]"), a Markdown reference link ("[portfolio][1]"), an HTML
    tag ("<br>"), a quotation in guillemets or an aside in round brackets."""
    text, inner = match.group(), next(group for group in match.groups() if group is not None)
    if text.startswith(("(", "«")):
        return False
    if text.startswith("<"):
        return not _HTML_TAG.fullmatch(inner)
    if text.startswith("["):
        words = inner.strip().lower().split()
        after = match.string[match.end() : match.end() + 1]
        before = match.string[max(0, match.start() - 1) : match.start()]
        return not (inner.strip().lower() in _NOT_SLOTS or (words and words[0] in EDITORIAL_START)
                    or after == "[" or before == "]")
    return True


def slot_for_detail(text: str) -> bool:
    """A slot a template leaves for the detail itself: "I enjoyed hearing about
    [specific topic we covered]" names no detail, so the sentence makes neither the
    stand-out nor the learned point, whatever the rules or the judge read in it. A
    slot for a name ("[Company]'s new warehouse in Leeds") leaves the detail in
    place. (The presend check reports the slots it recognises as placeholders.)"""
    for match in _SLOT.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        if match.group().startswith("(") and not _ROUND_SLOT.search(inner):
            continue
        if _DETAIL_WORDS.search(inner):
            return True
    return False


RUN_ON_TOKENS = 40
"""A "sentence" this long with no comma, colon, semicolon, bracket or dash in it is a
run-on: a letter dictated or typed with no punctuation ("hi chef thank you for the
interview today i really need this job … i worked 5 years on the flat top doing 300
covers on a saturday so i know speed please …"). The judge reads the whole of it and
its probability for one point drowns in the rest, so it vetoed the rules' reading of
one clause; there its share is :data:`RUN_ON_WEIGHT` at most. Chosen on the held-out
sets 66–95 the judge never trained on (1,200 letters): stand-out +4 letters, learned
+3, interest +1, none lost there or on the sets it trained on. Without the
punctuation test (any sentence of 50 tokens) a long satirical sentence of real dev
("…after just four months of lessons with Mr. Delacroix…") made the point."""
RUN_ON_WEIGHT = 0.3
_PAUSE = re.compile(r"[,;:()]|\s[-–—]\s")
"""A pause in a sentence: a comma, colon, semicolon, bracket, or a dash with spaces
round it (not the hyphen of "flat-top")."""


def _run_on(sentence: Sentence) -> bool:
    """Whether the sentence is a run-on: :data:`RUN_ON_TOKENS` tokens, no pause."""
    return len(sentence.tokens) >= RUN_ON_TOKENS and _PAUSE.search(sentence.text) is None


def _combine(
    rule: float, judged: float | None, mode: str, weight: float, run_on: bool = False
) -> float:
    """A sentence's score for a point: the rules' score, the trained judge's
    probability, or their weighted mean (the default). Without a judge, the rules'. In
    a run-on sentence a judge that reads less than the rules has a share of
    :data:`RUN_ON_WEIGHT` at most: it cannot veto the rules' reading of one clause."""
    if judged is None or mode == "rules":
        return rule
    if mode == "model":
        return judged
    if run_on and judged < rule:
        weight = min(weight, RUN_ON_WEIGHT)  # the judge may not veto; it may still credit
    return (1 - weight) * rule + weight * judged


def _thanks_text(text: str) -> bool:
    lowered = text.lower()
    return "thank" in lowered or "grateful" in lowered or "appreciat" in lowered


def thanks_in(sentence: Sentence, cues: Cues) -> bool:
    words = cues("thanks", "lemmas")
    tokens = sentence.tokens
    return any(
        (lemma(t) in words or t.lower_ in words) and not is_negated(t, tokens) for t in tokens
    )


# --- interest -------------------------------------------------------------------------


def interest_score(sentence: Sentence, cues: Cues, implied_me: bool = False) -> float:
    tokens = sentence.tokens
    best = 0.0
    # the word lists, looked up once a sentence rather than once a token
    adjectives, wish_verbs = cues("interest", "adjectives"), cues("interest", "wish_verbs")
    nouns, verbs = cues("interest", "nouns"), cues("interest", "verbs")
    for token in tokens:
        word, base = token.lower_, lemma(token)
        if word in adjectives or base in adjectives or _positive_degree(token) in adjectives:
            best = max(best, _adjective_interest(token, tokens, cues))
        elif base == "want" and has_parse(tokens) and _the_job_i_want(token, tokens, cues):
            best = max(best, 0.9)  # "This is the job I want", "the role I most want"
        elif base in wish_verbs and (
            token.pos_ in ("VERB", "AUX", "") or _would_like(token) or _am_want(token)
        ):
            best = max(best, _wish_interest(token, tokens, cues))
        elif base == "look" and any(t.lower_ == "forward" for t in tokens[token.i - tokens.start:]):
            best = max(best, _look_forward_interest(token, tokens, cues))
        elif base in nouns and token.pos_ in ("NOUN", ""):
            best = max(best, _noun_interest(token, tokens, cues))
        elif base in ("wish", "hope") and token.pos_ == "NOUN" and _wish_to_join(token, cues):
            best = max(best, _noun_interest(token, tokens, cues))  # "my wish to work at X"
        elif word in _SOUGHT and _sought_job(token, tokens, cues):
            best = max(best, 0.85)  # "exactly the position I've been hoping for"
        elif word in _FINE and has_parse(tokens) and _fine_to_work_here(token, tokens, cues):
            best = max(best, 0.85)  # "Would be great to work for you."
        elif base in _PROSPECTS and has_parse(tokens) and _relish_the_prospect(token, tokens,
                                                                              cues):
            best = max(best, 0.85)  # "I really loved the idea of working on the festival"
        elif base in _KINDS and has_parse(tokens) and _kind_i_relish(token, tokens, cues):
            best = max(best, 0.85)  # "That's exactly the kind of work I enjoy"
        elif base in verbs or word in ("exciting", "appealing") or (
            word == "interesting" and _to_me(token, tokens)
        ):
            best = max(best, _verb_interest(token, tokens, cues))
        elif base in _PICTURE and _pictures_myself_there(token, tokens):
            best = max(best, 0.8)  # "I can already picture myself on Ward 7"
        elif word == "wait" and _cannot(token, tokens):
            best = max(best, 0.85)
        elif base in _DREAM and token.head.i != token.i and modal(token.head) == "would":
            best = max(best, 0.8)  # "working at Daily Grind would be a dream"
        elif base in ("choice", "option") and _my_first_choice(token):
            best = max(best, 0.85)  # "Acme is still my first choice"
        elif base == "mean" and has_parse(tokens) and _means_the_world(token, tokens, cues):
            best = max(best, 0.85)  # "This job would mean everything to me"
        elif word == "interesting" and has_parse(tokens) and _interesting_in(token, tokens, cues):
            best = max(best, 0.85)  # "I am interesting in this job" (second language)
        elif base == "prefer" and has_parse(tokens) and _preferred_job(token, tokens, cues):
            best = max(best, 0.95)  # "Yours is the role I'd prefer", "I'd prefer to join you"
        elif word == "rather" and has_parse(tokens) and _rather_join(token, tokens, cues):
            best = max(best, 0.95)  # "I'd much rather come to you, but I need to know"
        elif word == "me" and has_parse(tokens) and _job_for_me(token, tokens, cues):
            best = max(best, 0.85)  # "defo the job for me"
        elif word == "up" and has_parse(tokens) and _up_for_it(token, tokens, cues):
            best = max(best, 0.85)  # "I'm still up for the site carpenter job"
        elif word == "moon" and _over_the_moon(token, tokens, cues):
            best = max(best, 0.85)  # "I'd be over the moon to join the team"
    return best


def _asks(sentence: TokenSpan) -> bool:
    """Whether the sentence ends in a question mark (its last few tokens, so trailing
    white space or a closing quote does not hide it)."""
    ending = sentence.doc[max(sentence.end - 3, sentence.start) : sentence.end]
    return any(t.lower_ == "?" for t in ending)


def _the_job_i_want(verb: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "This is the job I want", "The Learning Officer post remains the role I most
    want", "this is the one I want the most": the writer's wish told as a clause on the
    job (a wish verb's object read as its head; a plain "I want the job" is read by
    :func:`_wish_interest`). Not "the answer I want", nor "the role I wanted to ask about"
    (an infinitive makes it something else)."""
    if verb.dep_ != "relcl" or is_negated(verb, sentence):
        return False
    if not is_first_person(subjects(verb, sentence)):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in verb.children):
        return False
    head = verb.head  # the job, said to be it: "this is the job", "remains the role"
    if head.dep_ != "attr" or is_negated(head.head, sentence):
        return False
    if _asks(sentence):
        return False  # "Is this the job I want?"
    return lemma(head) in cues("interest", "targets") or (
        head.lower_ == "one" and any(  # "this is the one I want": the job as "this"
            c.dep_ == "nsubj" and c.lower_ in ("this", "it", "yours")
            for c in head.head.children
        )
    )


def _up_for_it(up: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "I'm still up for the site carpenter job", "Still up for it if you are", "I'd be
    well up for being part of it" (four writers of the read sets): ready for the job, in
    British English. Not "up for a chat" (the process), "up for review" or "up for
    grabs" (said of a thing), nor "not up for it"."""
    after = list(up.doc[up.i + 1 : min(up.i + 7, sentence.end)])  # a few words on, read once
    if not after or after[0].lower_ != "for" or len(after) < 2:
        return False
    head = up.head if up.dep_ != "ROOT" else up
    if is_negated(head, sentence) or any(
        t.lower_ in ("not", "n't") for t in up.doc[max(head.i - 3, sentence.start) : up.i]
    ):
        return False
    subject = subjects(head, sentence)
    if subject and not is_first_person(subject):
        return False
    if not subject and up.i - sentence.start > 3:
        return False  # "the role is up for review": a thing's, not the writer's
    what = after[1:6]
    words = {lemma(t) for t in what}
    if words & cues("interest", "not_targets") or words & {"grabs", "review", "debate",
                                                         "discussion", "sale", "renewal"}:
        return False
    return what[0].lower_ in ("it", "this", "that") or bool(
        words & (cues("interest", "targets") | {"part", "join", "joining", "work", "working"})
    )


def _over_the_moon(moon: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "I'd be absolutely over the moon to join the Grindstone family": thrilled, said of
    joining (not "over the moon for you", said of the reader's news)."""
    doc = moon.doc
    if moon.i - sentence.start < 2 or [t.lower_ for t in doc[moon.i - 2 : moon.i]] != [
        "over", "the"
    ]:
        return False
    after = {lemma(t) for t in doc[moon.i + 1 : min(moon.i + 8, sentence.end)]}
    return bool(after & (cues("interest", "join_verbs") | cues("interest", "targets")))


_RATHER_VERBS = frozenset({"come", "join", "work", "be", "go", "stay", "start", "move"})
_RATHER_PLACES = frozenset({"to", "with", "at", "for", "in", "into"})


def _rather_join(rather: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "I'd much rather come to you", "I'd rather work with you lot", "I'd rather be at
    Larkspur", "I'd rather join Quanta": the writer's preference for the reader over
    another offer. Told from "I'd rather know", "I'd rather be told" and "I'd rather not
    do Sundays" by its verb of joining and its place: the reader, their firm or team."""
    verb = rather.head
    if rather.dep_ != "advmod" or verb.i == rather.i or lemma(verb) not in _RATHER_VERBS:
        return False
    if modal(verb) not in ("would", "'d", "’d", "wd") or is_negated(verb, sentence):
        return False
    if not is_first_person(subjects(verb, sentence)):
        return False
    targets = cues("interest", "targets")

    def the_reader(word: Token) -> bool:  # the place, read in its first few words
        return any(t.lower_ in ("you", "your", "yours", "here") or lemma(t) in targets
                   or (t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME"))
                   for t in word.subtree if t.i - word.i <= 6)

    return any(
        (child.dep_ == "dobj" and lemma(verb) == "join" and the_reader(child))
        or (child.dep_ == "prep" and child.lower_ in _RATHER_PLACES and the_reader(child))
        or (child.lower_ == "here" and child.dep_ == "advmod")
        for child in verb.children
    )


def _job_for_me(me: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "defo the job for me", "this is exactly the role for me": the job named as the
    writer's own. Not asked ("is this the job for me?") or denied ("not the role for
    me")."""
    preposition = me.head
    noun = preposition.head
    if me.dep_ != "pobj" or preposition.lower_ != "for" or preposition.dep_ != "prep":
        return False
    if lemma(noun) not in cues("interest", "targets") or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(child.lower_ in ("the", "this", "that") for child in noun.children):
        return False
    if _asks(sentence) or any(
        t.lower_ in ("not", "n't", "never", "no")
        for t in me.doc[max(noun.i - 6, sentence.start) : noun.i]
    ):
        return False
    return not is_negated(noun.head, sentence)


def _preferred_job(verb: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "Yours is the role I'd prefer", "I would prefer this position", "I'd prefer to
    join your team": the writer's preference, told from "I'd prefer a morning slot" by
    what is preferred — the job, or joining it."""
    if is_negated(verb, sentence) or not is_first_person(subjects(verb, sentence)):
        return False
    if verb.dep_ == "relcl":
        return lemma(verb.head) in cues("interest", "targets")
    complements = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if any(lemma(c) == "join" or (lemma(c) == "work" and _for_them(c, cues))
           or (lemma(c) == "work" and any(g.dep_ == "prep" and g.lower_ == "on"
                                          and any(_their_work(o) for o in g.children)
                                          for g in c.children))
           for c in complements):
        return True  # "I'd prefer to join you", "I'd still prefer to work on the scheme"
    return not complements and any(  # "I'd prefer the position to be full-time": a condition
        child.dep_ == "dobj" and (
            lemma(child) in cues("interest", "targets")
            # "Honestly I'd prefer Pixel & Pine because of the Shopify work": the employer
            or (child.pos_ == "PROPN" and child.ent_type_ not in ("DATE", "TIME", "PERSON"))
        )
        and not any(grand.dep_ in ("acl", "relcl", "xcomp") for grand in child.children)
        for child in verb.children
    )


_WHEN_WORKED = frozenset({"shift", "shifts", "rota", "weekend", "weekends", "night",
                          "nights", "day", "days", "morning", "mornings", "evening",
                          "evenings", "site", "basis"})


def _their_work(noun: Token) -> bool:
    """ "the Canal Basin housing scheme you showed me": a piece of the employer's work,
    named with its article; not "Tuesdays" or "the night shift" (when, not what)."""
    return (
        noun.dep_ == "pobj"
        and noun.ent_type_ not in ("DATE", "TIME")
        and lemma(noun) not in _WHEN_WORKED
        and any(c.lower_ in ("the", "your", "that", "this") for c in noun.children)
    )


_EVERYTHING = frozenset({"everything", "world", "lot", "much", "deal"})


def _means_the_world(verb: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "This job would mean everything to me", "the role means a great deal to me": the
    job is what matters to the writer."""
    if is_negated(verb, sentence):
        return False
    subject = subjects(verb, sentence)
    if not subject or not any(lemma(t) in cues("interest", "targets") for t in subject):
        return False  # "It meant a lot to me that you took the time": thanks, not the job
    objects = [t for t in verb.subtree if t.i > verb.i]
    to_me = any(t.lower_ == "to" and any(c.lower_ == "me" for c in t.children) for t in objects)
    return to_me and any(t.lower_ in _EVERYTHING for t in objects)


def _interesting_in(adjective: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "I am interesting in this job", "I am very interesting for this job", "I am very
    interesting to work in Studio Fern": a second-language "interested in", told from
    "an interesting job" by its first-person subject and its "in" (or "for") the job or
    its "to work", "to join"."""
    if is_negated(adjective, sentence) or not is_first_person(subjects(adjective, sentence)):
        return False
    return any(
        child.lower_ in ("in", "for")
        and any(lemma(t) in cues("interest", "targets") for t in child.subtree)
        for child in adjective.children
    ) or any(  # "I am very interesting to work in Studio Fern" (set 105)
        child.dep_ == "xcomp" and lemma(child) in _JOINING and any(
            t.pos_ == "PROPN" or lemma(t) in cues("interest", "targets")
            for t in child.subtree if t.i > child.i
        )  # an employer or the job, not "to work in many different fields"
        for child in (*adjective.children,
                      *(adjective.head.children if adjective.dep_ == "acomp" else ()))
    )


_JOINING = frozenset({"work", "join", "start"})


def _would_like(token: Token) -> bool:
    """ "I would very much like this job": the small parser reads "like" after an
    adverb as a preposition; with "would" on it, it is still the verb."""
    return token.lower_ == "like" and any(
        child.dep_ == "aux" and child.lower_ in ("would", "'d", "d") for child in token.children
    )


def _am_want(token: Token) -> bool:
    """ "I am very want to join": a second-language "want" after "am", which the
    small parser reads as an adjective; with an infinitive under it, still the verb."""
    return token.lower_ in ("want", "wish") and token.pos_ == "ADJ" and any(
        child.dep_ == "xcomp" for child in token.children
    )


_RANKED_FIRST = frozenset({"first", "top", "number-one", "preferred", "favoured", "favored"})


def _my_first_choice(token: Token) -> bool:
    """ "my first choice", "our top choice", "my preferred option" — the writer ranking
    the employer first."""
    if token.dep_ not in ("attr", "oprd", "appos"):
        return False  # "my first choice of topic was …" is no ranking of the employer
    children = {child.lower_ for child in token.children}
    if not (children & {"my", "our"} and children & _RANKED_FIRST) or "of" in children:
        return False
    if lemma(token) == "choice" and children & {"first", "top", "number-one"}:
        return True
    # "Kestrel Energy is my preferred option": an employer named, not "Email is my
    # preferred option" nor "Zoom is my preferred option for the second interview"
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return False
    return any(
        subject.pos_ == "PROPN" or subject.lower_ in ("you", "yours") or any(
            c.dep_ == "poss" and c.lower_ == "your" for c in subject.children)
        for subject in token.head.children if subject.dep_ == "nsubj"
    )


_DREAM = frozenset({"dream", "honor", "honour", "privilege", "thrill", "joy"})


def _positive_degree(token: Token) -> str:
    """ "I'm keener" -> "keen": the small parser tags a comparative it does not know as
    a noun and keeps it as its own lemma. Not before a noun ("a keener listener")."""
    word = token.lower_
    if token.dep_ in ("amod", "compound") or not word.endswith("er") or len(word) <= 5:
        return word
    return word[:-2]


def _wish_to_join(token: Token, cues: Cues) -> bool:
    """ "my wish to work at Acme", "our hope to join": the noun with an infinitive of
    joining; not "best wishes" or "I have high hopes for the team"."""
    return any(
        child.dep_ in ("acl", "relcl") and lemma(child) in cues("interest", "join_verbs")
        for child in token.children
    )


_KINDS = frozenset({"kind", "type", "sort"})
_RELISH = frozenset({"like", "love", "enjoy", "want", "relish", "thrive", "adore"})


_FINE = frozenset({"great", "lovely", "brilliant", "amazing", "fantastic", "wonderful",
                   "exciting", "ace", "awesome", "fab", "incredible"})


def _fine_to_work_here(adjective: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "Would be great to work for you", "it would be amazing to be part of it": the
    job wished for with no "I" (four read letters, all labelled interest). Only
    working, joining or being part of it, and only as a wish ("would", "'d"): not "it'd
    be great to get an answer" nor "it was great to work with you on the trial"."""
    verb = adjective.head
    if adjective.dep_ != "acomp" or lemma(verb) != "be" or modal(verb) not in ("would", "'d"):
        return False
    if _perfect_wish(verb):
        return False  # "It would have been great to work for you, but …"
    if is_negated(verb, sentence) or any(
        child.dep_ in ("nsubj", "expl") and child.lower_ not in ("it", "that", "this")
        for child in verb.children
    ):
        return False
    return any(
        child.dep_ == "xcomp" and _doing_the_job(child, cues)
        for child in (*adjective.children, *verb.children)  # the parser hangs it on either
    )


_PROSPECTS = frozenset({"idea", "thought", "prospect"})


def _relish_the_prospect(noun: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "I really loved the studio and the idea of working on the festival identity",
    "I like the thought of joining a small team": the writer likes the prospect of doing
    the job. Not "I don't like the idea of working weekends" (denied) nor "You liked the
    idea of …" (not the writer's); "excited about the prospect of joining" is the
    adjective's (:func:`_adjective_interest`)."""
    doing = [t for child in noun.children if child.lower_ == "of"
             for t in child.children if t.dep_ in ("pobj", "pcomp") and t.tag_ == "VBG"]
    if not doing or not _doing_the_job(doing[0], cues):
        return False
    node = noun
    while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "the studio and the idea of …"
    verb = node.head
    if node.dep_ != "dobj" or lemma(verb) not in _RELISH or _perfect_wish(verb):
        return False  # "I would have loved the idea of …, but": a wish given up
    return is_first_person(subjects(verb, sentence)) and not is_negated(verb, sentence)


def _doing_the_job(verb: Token, cues: Cues) -> bool:
    """Working ("working on the festival identity", not "working out a time"), teaching
    or serving; joining the employer or its team ("joining a small team", not "joining
    the call on Thursday"); being part of it. With no subject of its own ("you getting
    the office off the ground" is someone else's)."""
    if any(c.dep_ in ("nsubj", "poss") for c in verb.children):
        return False
    base = lemma(verb)
    if base in ("work", "teach", "serve"):
        return not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if base == "join":
        joined = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(joined) and all(_employer_or_team(t, cues) for t in joined) and not any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
        )
    if base in ("be", "become"):
        part = [c for c in verb.children if c.lower_ in ("part", "member")]
        return bool(part) and all(
            _employer_or_team(t, cues) for p in part for prep in p.children
            if prep.lower_ == "of" for t in prep.children if t.dep_ == "pobj"
        )
    return False


def _employer_or_team(noun: Token, cues: Cues) -> bool:
    """The employer, its team or the reader: "your team", "us", "it", "Acme"."""
    return (noun.lower_ in ("you", "us", "it", "them", "this") or noun.pos_ == "PROPN"
            or lemma(noun) in cues("interest", "targets"))


def _perfect_wish(verb: Token) -> bool:
    """ "would have loved", "it would have been great": a wish for what will not be —
    a modal and a perfect together, not a present perfect ("I've always loved the idea
    of working in a bakery" is a liking the writer still has)."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lower_ in ("have", "'ve") for c in auxiliaries) and any(
        c.tag_ == "MD" for c in auxiliaries)


_SOUGHT = frozenset({"hoping", "looking", "waiting", "searching", "seeking", "dreaming",
                     "hoped", "looked", "waited", "searched", "sought", "dreamed", "dreamt"})


def _sought_job(token: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "exactly the position I've been hoping for", "just what I was looking for": the
    writer's own search ending on the job. The clause must be the writer's and end on a
    stranded "for", and what it describes must be the job (a target noun, or "what"
    in a sentence about one)."""
    subject = subjects(token, sentence)
    if not is_first_person(subject) or is_negated(token, sentence):
        return False
    stranded = [c for c in token.children
                if c.lower_ == "for" and all(object_.i < c.i for object_ in c.children)]
    if not stranded and token.lower_ != "sought":
        return False
    if token.dep_ == "relcl":
        return lemma(token.head) in cues("interest", "targets") | _KINDS
    if any(t.lower_ == "what" and t.i < token.i for t in sentence):
        before = [t for t in sentence if t.i < token.i]
        return any(lemma(t) in cues("interest", "targets") for t in before)
    return False


def _kind_i_relish(kind: Token, sentence: TokenSpan, cues: Cues) -> bool:
    """ "That's exactly the kind of work I enjoy", "the menu is the kind of cooking I
    want to be doing": the employer's work named as what the writer likes (read sets:
    35 of 35 such letters state interest). The noun must be what something is said to
    be, the liking the writer's and neither denied; not "the kind of feedback I want"
    or "not the kind of place I want to work"."""
    if kind.dep_ != "attr" or is_negated(kind.head, sentence) or _asks(sentence):
        return False
    if is_first_person(subjects(kind.head, sentence)):
        return False  # "I'm the kind of nurse I would want looking after my own mum"
    described = [t for child in kind.children if child.lower_ == "of"
                 for t in child.children if t.dep_ == "pobj"]
    if any(lemma(t) in cues("interest", "not_targets") for t in described):
        return False
    return any(
        child.dep_ == "relcl" and lemma(child) in _RELISH
        and is_first_person(subjects(child, sentence)) and not is_negated(child, sentence)
        and not any(c.dep_ == "xcomp" and lemma(c) in ("be", "become") for c in child.children)
        for child in kind.children
    )  # not "That's the kind of manager I want to be"


def _target_kind(tokens: list[Token], cues: Cues) -> str:
    """What an enthusiasm is about: the job ("target"), the process ("process"), or
    something else ("other"); "" when nothing follows. The writer's own ("proud of my
    team", "passionate about my work") is not the job."""
    parsed = bool(tokens) and has_parse(tokens[0].doc[:])  # no children without a parse
    not_mine = [t for t in tokens if not (parsed and any(c.lower_ == "my" for c in t.children))]
    bases = {lemma(t) for t in not_mine} | {t.lower_ for t in not_mine}
    targets = bases & cues("interest", "targets")
    joins = bases & (cues("interest", "join_verbs") - {"be"})
    process = bases & cues("interest", "not_targets")
    if targets or (joins and not process):
        return "target"
    if parsed and not process and any(t.pos_ == "VERB" and _for_the_firm(t) for t in not_mine):
        return "target"  # "glad to come and drive for Hendry Haulage"
    if process:
        return "process"
    content = [t for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB") and not t.is_stop]
    return "other" if content else ""


_ADJECTIVE_LIKE = frozenset({"acomp", "ROOT", "xcomp", "conj", "amod", "advcl"})


_CONCESSIVE = frozenset({"although", "though", "while", "whilst"})


def _conceded(token: Token) -> bool:
    """ "Although I was thrilled about joining…, things have shifted": enthusiasm
    granted in the past only to be set aside."""
    verb = token.head if token.dep_ in ("acomp", "attr") else token
    return any(child.dep_ == "mark" and child.lower_ in _CONCESSIVE for child in verb.children
               ) and any(t.tag_ == "VBD" or t.lower_ in ("was", "were") for t in (verb, token))


def _adjective_interest(token: Token, sentence: TokenSpan, cues: Cues) -> float:
    if is_negated(token, sentence) or _conceded(token):
        return 0.0
    if token.pos_ == "VERB" and token.dep_ not in _ADJECTIVE_LIKE:
        return 0.0
    subject = subjects(token, sentence)
    if not subject and token.dep_ in ("oprd", "npadvmod") and token.head.i != token.i:
        # "I left even more enthusiastic about the role", "I came away even keener on
        # the job" (the comparative parsed as a noun): the feeling of the verb's subject,
        # or of its object ("The tour left me keener", not "I left the children excited")
        objects = [c for c in token.head.children if c.dep_ == "dobj"]
        subject = objects or subjects(token.head, sentence)
    first_person = is_first_person(subject) or (
        not subject and token.i - sentence.start <= 3
    )
    if not first_person:
        return 0.0
    if has_parse(sentence) and any(
        child.dep_ == "xcomp" and _chosen(child, cues) for child in token.children
    ):
        return 0.85  # "I would be very glad to be considered further"
    following = [t for t in clause(token, sentence) if t.i > token.i]
    if not has_parse(sentence):
        following = [t for t in sentence if t.i > token.i]
    elif token.dep_ == "acomp":
        # "I would be glad if I could join your team", "I am very happy if I can work
        # for your company": the condition is the job, hung on the verb
        following += [
            t for child in token.head.children
            if child.dep_ == "advcl" and child.i > token.i
            and lemma(child) in cues("interest", "join_verbs")
            and any(c.dep_ == "mark" and c.lower_ == "if" for c in child.children)
            and is_first_person(subjects(child, sentence))
            for t in child.subtree
        ]
    kind = _target_kind(following, cues)
    if has_parse(sentence) and any(c.dep_ == "xcomp" and _takes_it_on(c) for c in token.children):
        return 0.85  # "I'd be very glad to take this on"
    if has_parse(sentence) and _glad_to_have_heard(token):
        # "I was pleased to hear about the move to the new teaching labs": news heard in
        # the interview and welcomed (the learned point), which tells interest only with
        # the judge's support (read sets: 99 such letters state interest, 14 do not)
        return 0.45 if kind == "target" else 0.0
    if lemma(token) in cues("interest", "target_only_adjectives") or token.lower_ in cues(
        "interest", "target_only_adjectives"
    ):
        return 0.9 if kind == "target" else 0.0
    return {"target": 0.95, "other": 0.75, "": 0.8, "process": 0.2}[kind]


_TOLD_OF = frozenset({"hear", "learn", "find", "discover", "read", "see", "know", "note"})


def _glad_to_have_heard(adjective: Token) -> bool:
    """ "I was glad to hear about …", "I was most interested to learn of …": the writer's
    past pleasure at news, told from "I'd be glad to learn the ropes" by its past tense."""
    if not any(c.dep_ == "xcomp" and lemma(c) in _TOLD_OF for c in adjective.children):
        return False
    verb = adjective.head if adjective.dep_ == "acomp" else adjective
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass")
                                     for c in verb.children)


def _wish_interest(token: Token, sentence: TokenSpan, cues: Cues) -> float:
    if is_negated(token, sentence):
        return 0.0
    denied = token.head.dep_ == "attr" and is_negated(token.head.head, sentence)
    if token.dep_ == "relcl" and denied:
        return 0.0  # "It's not the kind of place I want to work"
    base = lemma(token)
    subject = subjects(token, sentence)
    if subject and not is_first_person(subject):
        return 0.0
    if base in ("love", "like", "enjoy", "relish") and modal(token) not in ("would", "'d", "d"):
        return 0.0
    following = [t for t in clause(token, sentence) if t.i > token.i]
    process = {lemma(t) for t in following} & cues("interest", "not_targets")
    if has_parse(sentence):
        # only what is wished for: "hope to join", "love the chance to work", "hope I
        # get the job"; not "I hope the position wasn't filled"
        wished = [
            c for c in token.children
            if c.dep_ in ("xcomp", "dobj")
            or (c.dep_ == "ccomp" and is_first_person(subjects(c, sentence))
                and not is_negated(c, sentence))
        ]
        if base == "hope" and any(_considers_me(c, sentence) for c in token.children):
            return 0.85  # "I hope you will consider me for the role"
        if any(_chosen(c, cues) for c in wished):
            return 0.85  # "I'd love to be considered if another role comes up"
        if any(lemma(c) == "accept" and any(
                o.dep_ == "dobj" and lemma(o) in cues("interest", "targets") for o in c.children)
               for c in wished):
            return 0.9  # "I'd love to accept the workshop mechanic job"
        if base == "like" and token.pos_ == "ADP":  # "would very much like this job"
            wished += [c for c in token.children if c.dep_ == "pobj"]
        candidates = [c for c in wished if c.pos_ in ("VERB", "AUX")] + [
            grandchild for c in wished if c.pos_ == "NOUN"
            for grandchild in c.children if grandchild.dep_ in ("acl", "relcl")
        ]
        candidates += [  # "I would love to come and work for you"
            conj for c in candidates if c.dep_ == "xcomp"
            for conj in c.children if conj.dep_ == "conj" and conj.pos_ == "VERB"
        ]
        following = [t for c in wished for t in c.subtree]
    else:
        candidates = following
    joins = [
        t for t in candidates
        if (lemma(t) in cues("interest", "join_verbs") | {"get", "land"}
            or (has_parse(sentence) and _for_them(t, cues)))
        and t.pos_ in ("VERB", "AUX", "")
        and (lemma(t) != "be" or not has_parse(sentence) or _being_in(t, cues))
    ]
    if joins and not (process and lemma(joins[0]) in ("be", "get", "make")):
        return 0.9
    if not process and has_parse(sentence) and any(
        (lemma(t) in _TAKE_ON and any(
            o.dep_ == "dobj" and lemma(o) in cues("interest", "targets")
            and lemma(o) not in _FORMULA_OBJECTS
            for o in t.children
        )) or _takes_it_on(t)
        for t in candidates
    ):
        return 0.85  # "I'd genuinely love to manage the shop", "like to take this store on"
    objects = {lemma(t) for t in following
               if t.dep_ in ("dobj", "pobj") and t.head.i == token.i  # pobj: "like" as ADP
               and not (lemma(t) == "spot" and any(c.lower_ == "of" for c in t.children))}
    if not has_parse(sentence):
        objects = {lemma(t) for t in following}
    if objects & (cues("interest", "targets") | {"possibility"}):
        return 0.0 if process else 0.85
    return 0.0


_TAKE_ON = frozenset({"manage", "run", "take", "do", "fill", "have", "secure", "land", "win",
                      "lead"})
"""What a writer wishes to do with the job itself: manage the shop, take this store on,
do the apprenticeship at Pembridge (read sets 18, 26 and 60, all missed)."""
def _takes_it_on(verb: Token) -> bool:
    """ "to take this on", "to take that on": the work just described taken on (six
    writers of the read sets, every letter labelled interested). Not "take on any extra
    tasks" (a willingness) nor "take it easy"."""
    return (
        lemma(verb) == "take"
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ in ("this", "that", "it") for c in verb.children)
    )


_FORMULA_OBJECTS = frozenset({"opportunity", "chance", "possibility", "offer"})
"""Not "I would like to take this opportunity to thank you", "to have the chance to
discuss": formulas, and a taken offer is told elsewhere (accepting it)."""


_BELONGING = frozenset({"part", "member", "addition", "asset", "colleague", "teammate",
                        "considered", "involved"})


def _being_in(verb: Token, cues: Cues) -> bool:
    """ "to be part of the team", "to be considered", "to be on your team", "to be your
    sous chef": being with the employer, or its next one of something; not "to be
    respectful of your time" or "to be honest"."""
    words = {lemma(t) for t in verb.subtree if t.i > verb.i} | {
        t.lower_ for t in verb.subtree if t.i > verb.i}
    if words & (cues("interest", "targets") | _BELONGING):
        return True
    if _where_i_would_be(verb, cues):
        return True
    return any(
        child.dep_ == "attr" and (
            (child.pos_ == "NOUN"
             and any(c.dep_ == "poss" and c.lower_ == "your" for c in child.children))
            # "I'd love to be one of the guides for that gallery": one of their people
            or (child.lower_ == "one" and any(
                c.lower_ == "of" and any(o.tag_ in ("NNS", "NNPS") for o in c.children)
                for c in child.children))
        )
        for child in verb.children
    )


def _where_i_would_be(verb: Token, cues: Cues) -> bool:
    """ "Halden Foods is where I would most like to be", "Your ward is where I'd like to
    be": the place named as the subject of "is where…" is the employer (an organisation,
    or a job or company word), not "Cardiff" or "The Hague" (a proper name alone can be
    a place)."""
    if not any(child.dep_ == "advmod" and child.lower_ == "where" for child in verb.children):
        return False
    copula = verb.head
    while copula.dep_ == "xcomp" and copula.head.i != copula.i:
        copula = copula.head
    copula = copula.head
    if lemma(copula) != "be":
        return False
    return any(
        child.dep_ == "nsubj" and (
            lemma(child) in cues("interest", "targets") | {"yours", "this", "here"}
            or child.ent_type_ == "ORG")
        for child in copula.children
    )


def _for_them(verb: Token, cues: Cues) -> bool:
    """ "to write for you", "to cook for your kitchen", "to nurse with your team": any
    work done for the employer is joining it."""
    for child in verb.children:
        if child.dep_ not in ("prep", "dative") or child.lower_ not in ("for", "with", "at"):
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ == "you" and child.lower_ == "for":
                return True
            owned = any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)
            if owned and lemma(noun) in cues("interest", "targets"):
                return True
    return False


_NOT_WORK = frozenset({"thank", "apply", "interview", "write", "ask", "wait"})
"""Verbs done towards an employer that are not work for it: "to apply for Kestrel Capital"."""


def _for_the_firm(verb: Token) -> bool:
    """ "to come and drive for Hendry Haulage": work to be done for an employer named
    (not "proud to have worked for Boots")."""
    return verb.tag_ == "VB" and lemma(verb) not in _NOT_WORK and any(
        child.dep_ == "prep" and child.lower_ == "for"
        and any(noun.dep_ == "pobj" and noun.pos_ == "PROPN"
                and noun.ent_type_ not in ("PERSON", "DATE", "TIME") for noun in child.children)
        for child in verb.children
    )


def _look_forward_interest(token: Token, sentence: TokenSpan, cues: Cues) -> float:
    following = [t for t in clause(token, sentence) if t.i > token.i]
    bases = [lemma(t) for t in following]
    if set(bases) & {"hear", "hearing", "response", "reply", "decision", "news", "update"}:
        return 0.0
    if set(bases) & (cues("interest", "join_verbs") - {"be", "get", "make", "put", "take"}):
        return 0.85
    if "stick" in bases and any(t.lower_ == "in" for t in following):
        return 0.85  # "looking forward to getting stuck in"
    if set(bases) & {"possibility", "chance", "opportunity", "prospect"}:
        return 0.85
    return 0.0


_CONSIDER_ME = frozenset({"consider", "choose", "select", "hire", "pick", "keep", "remember",
                          "think", "offer"})


def _chosen(verb: Token, cues: Cues) -> bool:
    """ "(I'd love) to be considered", "(I hope) to be selected": the wish to be chosen,
    in the passive."""
    children = {c.dep_ for c in verb.children}
    if lemma(verb) not in _CONSIDER_ME or "auxpass" not in children or children & {
            "oprd", "acomp", "attr"}:
        return False  # "to be considered rude" is no wish to be chosen
    wanted = [obj for prep in verb.children if prep.lower_ == "for"
              for obj in prep.children if obj.dep_ == "pobj"]
    return all(lemma(obj) in cues("interest", "targets") | {"one", "it", "that", "this"}
               for obj in wanted)  # not "considered for reimbursement of my costs"


def _considers_me(verb: Token, sentence: TokenSpan) -> bool:
    """ "(I hope) you will consider me", "… keep me in mind", "… think of me for future
    openings": the writer wishing to be chosen."""
    if verb.dep_ != "ccomp" or lemma(verb) not in _CONSIDER_ME or is_negated(verb, sentence):
        return False
    me = [t for t in verb.subtree if t.lower_ == "me" and t.i > verb.i]
    return bool(me) and not is_first_person(subjects(verb, sentence))


def _noun_interest(token: Token, sentence: TokenSpan, cues: Cues) -> float:
    if is_negated(token, sentence):
        return 0.0
    owners = [child for child in token.children if child.dep_ == "poss"]
    if owners and not is_first_person(owners):
        return 0.0
    if not owners and not is_first_person(sentence):
        return 0.0
    if token.head.i != token.i and lemma(token.head) in ("lose", "lack", "lost"):
        return 0.0
    return 0.9 if owners else 0.6


def _verb_interest(token: Token, sentence: TokenSpan, cues: Cues) -> float:
    if is_negated(token, sentence):
        return 0.0
    if token.lower_ in ("exciting", "appealing", "interesting"):
        nearby = [t for t in sentence if abs(t.i - token.i) <= 6]
        return 0.8 if _target_kind(nearby, cues) == "target" else 0.0
    objects = [t for t in clause(token, sentence) if t.lower_ in ("me", "us")]
    return 0.85 if objects else 0.0


_PICTURE = frozenset({"picture", "see", "imagine", "envision", "envisage"})


def _to_me(token: Token, sentence: TokenSpan) -> bool:
    """ "interesting for me", "interesting to me": the writer's interest, not a fact
    found interesting ("it was interesting to hear that…")."""
    following = sentence.doc[token.i + 1 : min(sentence.end, token.i + 3)]
    return [t.lower_ for t in following] in (["to", "me"], ["for", "me"])


def _pictures_myself_there(token: Token, sentence: TokenSpan) -> bool:
    """ "I can picture myself on that ward", "I could see myself working here"; not
    "I see myself as a team player" (a trait) and not negated."""
    following = [t.lower_ for t in sentence.doc[token.i + 1 : min(sentence.end, token.i + 4)]]
    if "myself" not in following[:2]:
        return False
    after = following[following.index("myself") + 1 :][:1]
    return after not in ([], ["as"]) and not is_negated(token, sentence)


def _cannot(token: Token, sentence: TokenSpan) -> bool:
    window = sentence.doc[max(sentence.start, token.i - 3) : token.i]
    following = sentence.doc[token.i + 1 : min(sentence.end, token.i + 3)]
    return any(t.lower_ in ("ca", "can't", "cannot", "n't") for t in window) and any(
        t.lower_ == "to" for t in following
    )


# --- stand-out ------------------------------------------------------------------------


def standout_score(sentence: Sentence, cues: Cues, implied_me: bool = False) -> float:
    tokens = sentence.tokens
    if not is_first_person(tokens) and not implied_me:
        return 0.0
    generic = cues("standout", "generic_nouns")
    best = 0.0
    parsed = has_parse(tokens)  # without a parse a token has no children to ask about
    not_deeds, credentials = cues("standout", "not_achievements"), cues("standout", "credentials")
    ideas = cues("standout", "idea_words")
    for token in tokens:
        base = lemma(token)
        phrasal = parsed and any((base, c.lower_) in _PHRASAL_DEEDS for c in token.children
                                 if c.dep_ == "prt")  # "set up", "put together"
        if token.pos_ == "VERB" and (
            phrasal or base not in not_deeds or _published(token)
        ):
            best = max(best, _achievement(token, tokens, cues, generic, implied_me))
            if token.lower_ in credentials:
                # a participle the parser reads as a verb: "I'm Gas Safe registered"
                best = max(best, _credential(token, tokens, generic))
        elif base in ("experience", "background", "expertise", "career") and token.pos_ == "NOUN":
            best = max(best, _experience_in(token, tokens, generic))
        elif base == "be" and has_parse(tokens):
            best = max(best, _been_a(token, tokens, generic))
        elif base in ("responsible", "accountable") and token.pos_ == "ADJ":
            best = max(best, _responsible_for(token, tokens, generic))
        elif base in credentials or token.lower_ in credentials:
            best = max(best, _credential(token, tokens, generic))
        elif base in ("year", "month", "decade") and any(
            child.like_num or child.lower_ in ("many", "several", "few")
            for child in token.children
        ):
            best = max(best, _years_of(token, tokens, generic))
        elif base in ideas:
            best = max(best, _idea(token, tokens, generic))
        elif base in _STUDIES and parsed and _my_study_of(token):
            best = max(best, 0.8)  # "my dissertation on roundabout capacity modelling"
    if best < 0.75 and _my_result(tokens):
        best = 0.8
    if best and _only_vague(tokens, cues):
        best = min(best, 0.3)
    return best


_STUDIES = frozenset({"thesis", "dissertation", "capstone", "project"})
_STUDY_PROJECTS = frozenset({"final", "year", "research", "degree", "masters", "honours",
                             "honors", "thesis", "dissertation", "capstone"})
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ"})


def _my_study_of(work: Token) -> bool:
    """ "my dissertation on roundabout capacity modelling", "my final-year project on
    valve seat wear", "my dissertation was on flood-resilient culvert design": the
    writer's own study named with its subject (read sets: eight of eight such letters
    labelled). A bare "project" must say it was study ("final-year", "research")."""
    if not any(c.dep_ == "poss" and c.lower_ == "my" for c in work.children):
        return False
    if lemma(work) == "project" and not any(
        c.lower_ in _STUDY_PROJECTS for c in work.children if c.dep_ in ("amod", "compound")
    ):
        return False
    about = [c for c in work.children if c.dep_ == "prep"]
    if work.dep_ == "nsubj" and lemma(work.head) == "be":  # "my dissertation was on …"
        about += [c for c in work.head.children if c.dep_ == "prep"]
    elif work.dep_ == "dobj":  # "continuing my project on valve seat wear", hung on the verb
        about += [c for c in work.head.children if c.dep_ == "prep" and c.i == work.i + 1]
    return any(
        p.lower_ in ("on", "about", "into") and any(
            o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
            # a subject named in two words or more: not "on request", "on time"
            and sum(t.pos_ in _CONTENT for t in o.subtree) >= 2
            for o in p.children)
        for p in about
    )


_PHRASAL_DEEDS = frozenset({
    ("set", "up"), ("put", "together"), ("turn", "around"), ("turn", "round"),
    ("take", "over"), ("bring", "in"), ("roll", "out"), ("build", "out"), ("carry", "out"),
    ("clean", "up"), ("scale", "up"), ("stand", "up"), ("spin", "up"), ("sort", "out"),
    ("pull", "together"), ("lay", "out"), ("map", "out"), ("write", "up"), ("pay", "off"),
})
"""Phrasal verbs that report a deed, though their verb alone says nothing."""

_CHANGE = frozenset({"from", "to", "by", "up", "down", "%", "percent", "per", "cent"})


_WRITTEN_WORKS = frozenset({
    "article", "piece", "story", "column", "report", "book", "paper", "grant", "bid",
    "proposal", "policy", "code", "software", "script", "program", "programme", "manual",
    "guide", "blog", "newsletter", "feature", "review", "thesis", "dissertation",
    "curriculum", "course", "strategy", "procedure", "tender", "spec", "specification",
    "documentation", "content", "copy", "campaign", "release", "speech", "handbook",
    "module", "lesson", "toolkit", "app", "library", "test", "tests", "case", "brief",
    "submission", "application", "series", "play", "album", "song", "songs", "textbook",
})
"""What a writer writes as work: "I wrote the £40,000 bid", "the grant proposal"."""
_PUBLICATIONS = frozenset({
    "paper", "papers", "magazine", "magazines", "newspaper", "newspapers", "journal",
    "journals", "title", "titles", "website", "blog", "site", "publication", "publications",
    "press", "outlet", "outlets", "column", "newsletter", "station", "channel", "series",
})
"""Where writing is published: "I have written for four student papers"."""


def _published(verb: Token) -> bool:
    """ "I have written for four student papers", "I wrote the bid that…": writing as
    work done, in the past, with a work as its object or a publication it was for; not
    "I'm writing to thank you", "I wrote you a note" or "I wrote a list of questions".
    And a work of the writer's accepted for publication."""
    if lemma(verb) == "accept" and verb.tag_ == "VBN":
        # "our paper on drought signalling has been accepted in Rhizosphere Letters": a
        # work accepted; not "I have accepted a post in Lyon" (a move in the search)
        return any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "nsubjpass" and lemma(c) in _WRITTEN_WORKS for c in verb.children
        )
    if lemma(verb) != "write" or verb.tag_ not in ("VBD", "VBN"):
        return False  # "I'm writing to…", "I write further to…": the letter itself
    for child in verb.children:
        if child.dep_ == "dobj" and lemma(child) in _WRITTEN_WORKS:
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(
            grand.dep_ == "pobj" and (grand.lower_ in _PUBLICATIONS or grand.ent_type_ == "ORG")
            for grand in child.children
        ):
            return True
    return False


def _my_result(sentence: TokenSpan) -> bool:
    """A measured change in the writer's own work: "On my last project, the approach
    took completion from 61% to 88%"."""
    if not is_first_person(sentence):
        return False
    numbers = [t for t in sentence if t.like_num or t.ent_type_ in ("PERCENT", "MONEY")]
    words = {t.lower_ for t in sentence}
    moved = ("from" in words and "to" in words) or bool(words & {"%", "percent"})
    return len(numbers) >= 2 and moved and bool(words & _CHANGE)


def _achievement(
    token: Token, sentence: TokenSpan, cues: Cues, generic: frozenset[str], implied_me: bool
) -> float:
    if is_negated(token, sentence):
        return 0.0
    subject = subjects(token, sentence)
    mine = is_first_person(subject) or any(
        child.dep_ == "poss" and child.lower_ in FIRST_PERSON
        for noun in subject for child in noun.children
    ) or (_having_done(token) and not any(t.lower_ in SECOND_PERSON for t in subject))
    # "my packaging work, which won a Pentawards bronze"; "having run the logistics for
    # a 600-guest gala, it's the kind of thing I love": a perfect participle with no
    # subject of its own, in a letter, is the writer's however the sentence goes on
    if not mine and not (implied_me and not subject):
        return 0.0
    if modal(token) in ("would", "could", "will", "might", "may", "'d", "'ll", "can", "should"):
        return 0.0
    if has_parse(sentence) and _offered_a_job(token):
        return 0.0  # "I've been offered a job at Rexford Foods": news, not a deed
    if has_parse(sentence) and not _done(token):
        return 0.0  # "I hope to build…", "interested in helping…": a wish, not a thing done
    helped_to = any(
        child.dep_ == "xcomp" and lemma(child) in cues("standout", "achievement_verbs")
        for child in token.children
    )  # "I helped lead the switch", "I managed to cut…"
    if not helped_to and has_parse(sentence) and not any(
        child.dep_ in _OBJECT_DEPS for child in token.children
    ):
        return 0.0  # "I'm writing to ask…": nothing was done to anything
    reach = [t for t in clause(token, sentence) if t.i > token.i or t.dep_ == "npadvmod"]
    if token.dep_ == "relcl":
        # what was done is the noun the clause describes: "the grant I drafted… £48,000"
        reach = list(sentence)
        anchors = [t for t in concrete_anchors(reach)
                   if t.ent_type_ not in ("DATE", "TIME") or t.like_num]
        return 0.8 if anchors else 0.0
    reach = [t for t in reach if t.lower_ not in SECOND_PERSON]
    if lemma(token) in _SCHEDULE_VERBS and has_parse(sentence) and not any(
        child.dep_ in ("dobj", "xcomp") for child in token.children
    ):
        return 0.0  # "I finish at The Drover on the 4th", "I start on the 1st": a date
    if _for_the_interview(reach):
        return 0.1  # "I took two buses to get to the interview": the cost of coming
    weak = weak_verb(token, cues)
    # "that morning", "all weekend" date a deed and do not make it concrete; after a
    # weak verb even a counted duration ("drove four hours") does not
    anchors = [t for t in concrete_anchors(reach) if t.ent_type_ not in ("DATE", "TIME")
               or (t.like_num and not weak)]
    specific = specific_words(reach, generic)
    if anchors and len(specific) >= 1:
        return 0.8 if weak else 0.95
    if anchors:
        return 0.6 if weak else 0.75
    if len(specific) >= 2 and not weak:
        return 0.7
    return 0.3 if specific else 0.1


_SCHEDULE_VERBS = frozenset({"start", "finish", "end", "begin"})
"""Verbs that, with nothing started or finished, give a date, not a deed."""


def _having_done(verb: Token) -> bool:
    """A perfect participle clause with no subject of its own: "having led the
    refinancing", "having managed the branch's housebound service"."""
    return (
        verb.tag_ == "VBN" and verb.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def weak_verb(token: Token, cues: Cues) -> bool:
    """A verb that is an accomplishment only with a number or a name attached."""
    base = lemma(token)
    return base in cues("standout", "weak_verbs") or base not in cues(
        "standout", "achievement_verbs"
    )


_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "dative", "oprd", "npadvmod", "acomp", "prt"})


def _done(verb: Token) -> bool:
    """A finite verb ("I led", "I run") or a participle with an auxiliary ("I have
    led", "I've been teaching"): something the writer did or does."""
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        child.dep_ in ("aux", "auxpass") and child.tag_ != "TO" for child in verb.children
    )


_KIN = frozenset({"son", "daughter", "child", "mother", "father", "parent", "husband",
                  "wife", "brother", "sister", "breadwinner", "grandchild", "sibling"})
"""What a writer is to their family, which is no qualification ("I am the first son")."""
_JOURNEY = frozenset({"fare", "ticket", "bus", "train", "journey", "trip", "travel"})
"""What getting to the interview took, which is no qualification ("I sold my only goat
to pay the fare for this interview")."""


def _for_the_interview(reach: list[Token]) -> bool:
    """The deed was done to get to the interview or to pay for the journey there."""
    lemmas = {lemma(t) for t in reach}
    return bool(lemmas & _JOURNEY) or any(
        lemma(t) == "interview" and t.dep_ == "pobj" and t.head.lower_ in ("for", "to")
        for t in reach
    )


_MY_WORKS = frozenset({
    "thesis", "dissertation", "project", "placement", "internship", "research", "phd",
    "doctorate", "degree", "apprenticeship", "capstone", "masters", "fellowship",
})
"""What a writer's study or training was: "my thesis project at Bath was a …"."""


def _been_a(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """"I was a cashier at Safeway for four years", "I've been a nurse since 2014",
    "My thesis project at Bath was a Passivhaus-certified community library"."""
    if not _done(token) or is_negated(token, sentence) or modal(token):
        return 0.0
    subject = subjects(token, sentence)
    if not is_first_person(subject) and not any(
        lemma(noun) in _MY_WORKS and any(c.dep_ == "poss" and c.lower_ == "my"
                                         for c in noun.children)
        for noun in subject
    ):
        return 0.0
    roles = [
        child for child in token.children
        if child.dep_ == "attr" and (child.pos_ == "NOUN" or child.tag_ == "VBG")
        and lemma(child) not in _KIN
    ]  # "an accredited checking technician" is parsed as a verb now and then
    if not roles:
        return 0.0
    reach = [t for t in clause(token, sentence) if t.i > token.i]
    return 0.85 if concrete_anchors(reach) else 0.0


def _responsible_for(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """"I was for eleven years responsible for the bridge contracts"."""
    if is_negated(token, sentence) or not is_first_person(subjects(token, sentence)):
        return 0.0
    reach = list(sentence)
    anchors = concrete_anchors(reach)
    return 0.8 if anchors and len(specific_words(reach, generic)) >= 2 else 0.0


_JOBS = frozenset({"post", "role", "position", "job", "vacancy", "place"})


def _offered_a_job(verb: Token) -> bool:
    """ "I've been offered a maintenance electrician job at Rexford Foods": a job offered
    elsewhere is news of the search; not "I was offered a permanent contract after my
    placement", which an offer earned says."""
    if lemma(verb) != "offer" or not any(c.dep_ in ("auxpass", "nsubjpass")
                                          for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("after", "for", "because") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and lemma(c) in _JOBS for c in verb.children)


def _credential(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    if is_negated(token, sentence):
        return 0.0
    if has_parse(sentence) and _in_generic_chunk(token, generic):
        return 0.0  # "for the Registered Nurse (nights) post": the title of the job
    nearby = [t for t in sentence if abs(t.i - token.i) <= 6]
    if not is_first_person(nearby):
        return 0.0
    if token.pos_ == "ADJ":
        return 0.85 if is_first_person(subjects(token, sentence)) else 0.0
    anchors = [t for t in concrete_anchors(nearby)
               if t.ent_type_ not in ("DATE", "TIME") or t.like_num]
    return 0.85 if anchors else 0.4


_SERVED = frozenset({"work", "serve", "practise", "practice", "teach", "volunteer", "nurse"})
"""Verbs a stretch of years is spent in: "worked in care for eleven years"."""


def _years_of(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """"my five years as a line cook", "twelve years in the Royal Engineers"."""
    if is_negated(token, sentence) or not is_first_person(sentence):
        return 0.0
    of = [t for child in token.children
          if (child.dep_ == "prep" and child.lower_ in ("of", "as", "in", "at", "with", "on"))
          or child.dep_ in ("acl", "relcl")
          for t in child.subtree]
    if token.dep_ == "npadvmod" and token.head.tag_ == "VBG":
        of += [t for t in token.head.subtree if t.i > token.i]  # "my eight years writing for…"
    if token.dep_ == "poss":
        of += [t for t in token.head.subtree if t.i > token.i]  # "six years' frontline casework"
    if token.dep_ == "pobj":
        # "after four years running post-op recovery": the deed hangs on the preposition
        of += [t for sibling in token.head.children
               if sibling.dep_ == "pcomp" and sibling.tag_ == "VBG" and sibling.i > token.i
               for t in sibling.subtree]
        worked = token.head.head
        if token.head.lower_ in ("for", "over") and lemma(worked) in _SERVED:
            # "I have worked in retail for six years": the field is the work's
            of += [t for child in worked.children
                   if child.dep_ in ("prep", "attr", "dobj") and child.i != token.head.i
                   for t in child.subtree]
    if not of:
        of = _phrase_after(token, sentence)  # the parse lost "as a harbour pilot in Rosslare"
    specific = specific_words(of, generic | {"year", "month", "decade"})
    return 0.8 if specific else 0.0


def _phrase_after(token: Token, sentence: TokenSpan, limit: int = 8) -> list[Token]:
    """The words after ``token`` up to a comma, when they open with a preposition
    that says where or as what ("three years at a busy Boots branch"), read from
    the word order when the parse attached them elsewhere."""
    words: list[Token] = []
    for later in sentence[token.i - sentence.start + 1 :]:
        if later.is_punct or len(words) >= limit:
            break
        words.append(later)
    return words if words and words[0].lower_ in ("as", "in", "at", "with", "on", "of") else []


def _experience_in(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """"my experience in month-end close and IFRS 16 lease accounting"."""
    owners = [child for child in token.children if child.dep_ == "poss"]
    if not owners and token.dep_ == "dobj":
        owners = subjects(token.head, sentence)  # "I have 6 years experience in …"
    if not is_first_person(owners) or is_negated(token, sentence):
        return 0.0
    about = [t for child in token.children if child.dep_ in ("prep", "acl")
             for t in child.subtree]
    if not about and token.dep_ == "nsubj" and token.head.tag_ == "VBG":
        # "I think my experience running the blister-pack service for 140 residents would
        # be useful": the parser made the gerund the verb of a clause with "experience"
        # as its subject, so what the experience is of hangs from the gerund
        about = [t for t in token.head.subtree if t.i > token.i]
    amount = [t for child in token.children if child.dep_ in ("compound", "nummod", "amod")
              for t in child.subtree if t.like_num]
    anchors = concrete_anchors(about) + amount
    specific = specific_words(about, generic)
    if anchors and specific:
        return 0.8
    return 0.6 if len(specific) >= 3 else 0.0


def _idea(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """An idea the writer offers: "one idea I had…", "I'd suggest…", "my plan for…"."""
    if has_parse(sentence):
        if token.pos_ == "VERB":
            owner = subjects(token, sentence)
        else:
            owner = [c for c in token.children if c.dep_ == "poss"]
            if not owner and token.dep_ in ("dobj", "attr", "nsubj"):
                owner = subjects(token.head, sentence) if token.dep_ == "dobj" else [
                    c for c in token.children if c.dep_ == "relcl"
                    for c in subjects(c, sentence)
                ]
        if not is_first_person(owner):
            return 0.0
    following = [t for t in clause(token, sentence) if t.i > token.i]
    if not has_parse(sentence):
        following = list(sentence)
    specific = specific_words(following, generic)
    return 0.7 if len(specific) >= 2 and is_first_person(sentence) else 0.0


def _only_vague(sentence: TokenSpan, cues: Cues) -> bool:
    vague = cues("standout", "vague")
    has_vague = any(lemma(t) in vague or t.lower_ in vague for t in sentence)
    return has_vague and not concrete_anchors(sentence)


# --- learned --------------------------------------------------------------------------


READINGS_PER_SENTENCE = 12
"""How many of a sentence's cue words (speech, learning, conversation …) the learned
point reads: each reading walks its clause, so a run-on "sentence" of thousands of
words would cost the square of its length. Letters' sentences hold at most a few."""


def learned_score(sentence: Sentence, cues: Cues, implied_me: bool = False) -> float:
    tokens = sentence.tokens
    generic = (
        cues("learned", "generic_topics")
        | cues("learned", "speech_verbs")
        | cues("learned", "learning_verbs")
    )
    best = 0.0
    speech, building = cues("learned", "speech_verbs"), cues("learned", "building_verbs")
    learning, knowing = cues("learned", "learning_verbs"), cues("learned", "knowing_verbs")
    talks, open_words = cues("learned", "conversation_nouns"), cues("learned", "speech_adjectives")
    read = 0
    for token in tokens:
        base = lemma(token)
        if base in speech or base in building or base in learning or base in talks or (
            base in knowing or base in open_words
        ):
            read += 1
            if read > READINGS_PER_SENTENCE:
                break  # a run-on "sentence" of 20 KB: its first readings decide
        if (base in speech or (
            base in building and token.tag_ == "VBG"
        )) and token.pos_ in ("VERB", "AUX", ""):
            best = max(best, _they_said(token, tokens, generic, cues))
        if base in learning and token.pos_ in ("VERB", "ADJ", ""):
            best = max(best, _i_learned(token, tokens, generic))
        elif base == "come" and _came_away_knowing(token):
            # "I came away with a clear picture of the fibre backbone expansion to Oyo"
            # (twelve writers of the read sets, all labelled)
            best = max(best, _i_learned(token, tokens, generic))
        if base in talks and token.pos_ in ("NOUN", ""):
            best = max(best, _conversation_about(token, tokens, generic))
        if base in knowing and _known_from_the_talk(token, cues):
            best = max(best, _i_learned(token, tokens, generic))
        elif base in _NEWS_VERBS or base == "have":
            news = _news_to_me(token, tokens, cues)
            if news:
                best = max(best, _specificity(news, generic, strong=0.85))
        if base in open_words and token.pos_ == "ADJ" and has_parse(
            tokens
        ):
            best = max(best, _open_about(token, tokens, generic, cues))
        if token.lower_ in _EYE_OPENING and has_parse(tokens):
            best = max(best, _eye_opener(token, tokens, generic))
    return best


_EYE_OPENING = frozenset({"opener", "opening"})


def _eye_opener(word: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    """What the writer found an eye-opener: "Going out on the valuation with Ben was a
    real eye-opener", "Watching the pass during a 140-cover service was an eye-opener"
    (3 of the 4 such sentences in the read sets' letters credited with the point; the
    fourth, "the candidate experience has been eye-opening", names nothing specific)."""
    before = sentence.doc[word.i - 1] if word.i >= 1 else None
    if before is not None and before.text == "-" and word.i >= 2:
        before = sentence.doc[word.i - 2]
    if before is None or before.lower_ != "eye":
        return 0.0
    verb = word.head
    if word.dep_ not in ("attr", "acomp") or lemma(verb) != "be" or is_negated(verb, sentence):
        return 0.0
    doing = [child for child in verb.children if child.dep_ == "csubj" or (
        child.dep_ == "nsubj" and child.tag_ == "VBG")]  # an activity, not "the traffic"
    seen = [t for child in doing for t in child.subtree]
    if not seen or is_first_person(seen):
        return 0.0
    return _specificity(seen, generic, strong=0.85)


def _open_about(adjective: Token, sentence: TokenSpan, generic: frozenset[str],
                cues: Cues) -> float:
    """What a speaker was open about: "You were very candid about the problems on the
    Marsh Lane job: the drainage failures…" is what they told; "I was honest about my
    gap year" is the writer's, and "an open plan office" no talk at all."""
    if adjective.dep_ != "acomp" or is_negated(adjective.head, sentence):
        return 0.0
    subject = subjects(adjective, sentence)
    if not subject or is_first_person(subject) or not any(_speaker(t, cues) for t in subject):
        return 0.0
    about = [
        t for child in adjective.children if child.dep_ == "prep" and child.lower_ == "about"
        for t in child.subtree
    ]
    if not about:
        return 0.0
    end = max(t.i for t in about) + 1
    if end < sentence.end and sentence.doc[end].text in (":", "—", "–", "-"):
        about += list(sentence.doc[end + 1 : sentence.end])  # "…: the drainage failures"
    if _timeline(about, cues):
        return 0.0
    return _specificity(about, generic, strong=0.9)


def _known_from_the_talk(verb: Token, cues: Cues) -> bool:
    """ "I know from our interview that…", "I gathered from the call that…", "I
    realised during our talk that…": what the writer knows, sourced in the
    conversation; or "happy to know about …", news the writer was glad of."""
    if lemma(verb) == "know" and verb.dep_ == "xcomp" and (
        lemma(verb.head) in cues("learned", "glad_to_know")
    ):
        return True
    return any(
        (child.lower_ in ("from", "during", "in", "at", "after") and any(
            lemma(grand) in cues("learned", "conversation_sources")
            for grand in child.children if grand.dep_ == "pobj"
        ))
        or _while_we_talked(child)
        or (child.dep_ == "ccomp" and any(_while_we_talked(c) for c in child.children))
        for child in verb.children
    )


_DURING_THE_TALK = frozenset({"talk", "chat", "speak", "walk", "sit", "tour"})


def _while_we_talked(clause: Token) -> bool:
    """ "I noticed your guest Wi-Fi dropped three times while we were talking", "while
    we were walking round the ward": a clause of time, with "we" its subject, that puts
    what the writer noticed in the interview itself (not "while I was waiting to hear
    back" or "while I was talking to my recruiter")."""
    return clause.dep_ == "advcl" and lemma(clause) in _DURING_THE_TALK and any(
        c.dep_ == "mark" and c.lower_ in ("while", "when", "as") for c in clause.children
    ) and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in clause.children)


_TITLE_HEADS = frozenset({
    "role", "position", "job", "post", "opening", "vacancy", "opportunity", "company",
    "organization", "organisation", "firm", "team", "department", "school", "interview",
})


def _in_generic_chunk(token: Token, generic: frozenset[str]) -> bool:
    """A modifier in a noun phrase that only names the job or the employer: "the
    Senior Platform Engineer role", "the Associate position"."""
    if token.pos_ == "PROPN" and _employer_after_title(token):
        return True
    if token.dep_ not in ("compound", "amod", "nmod", "poss", "det", "nummod") and not (
        token.pos_ == "PROPN" and token.head.pos_ == "NOUN"
    ):
        return False
    head = token.head
    while head.dep_ in ("compound", "amod", "nmod", "poss") and head.head.i != head.i:
        head = head.head
    return head.pos_ == "NOUN" and lemma(head) in _TITLE_HEADS


def _contact(token: Token) -> bool:
    """Part of an e-mail address, a web address or a phone number: "(555) 319-4420"."""
    text = token.text
    return token.like_email or token.like_url or (
        any(ch.isdigit() for ch in text) and any(ch in "()-+" for ch in text)
        and sum(ch.isdigit() for ch in text) >= 3
    ) or (text in ("(", ")") and token.i + 1 < len(token.doc)
          and token.doc[token.i + 1].text.isdigit())


def _employer_after_title(token: Token) -> bool:
    """A name that only says where the job is: "the position at Harbor Crest", "the
    role with Lumen Health"."""
    name = token
    while name.dep_ in ("compound", "flat") and name.head.i != name.i:
        name = name.head
    preposition = name.head
    if name.dep_ != "pobj" or preposition.lower_ not in ("at", "with", "in", "for"):
        return False
    return preposition.head.pos_ == "NOUN" and lemma(preposition.head) in _TITLE_HEADS


def _bracketed(token: Token) -> bool:
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return before in ("[", "{", "<", "{{") and after in ("]", "}", ">", "}}")


_NOBODY = frozenset({"nobody", "no", "none", "noone", "neither"})
_THINGS = frozenset({"it", "this", "that", "which", "what", "there"})
_TOGETHER = frozenset({"discuss", "talk", "cover", "speak", "chat", "explore", "go"})
"""Verbs where "we" is the conversation itself: "the module we discussed"."""


def _they_said(
    token: Token, sentence: TokenSpan, generic: frozenset[str], cues: Cues
) -> float:
    said = _said_by_them(token, sentence, cues)
    if said is None or _timeline(said, cues):
        return 0.0
    return _specificity(said, generic, strong=0.9)


def restates_timeline(sentence: Sentence, cues: Cues) -> bool:
    """Whether the sentence reports the interviewer's hiring timeline ("You said you'd
    hoped to have a decision by the end of the month", "You mentioned the team was
    hoping to wrap up interviews by Friday"): process talk, not something learned
    about the job, so neither the rules nor the judge credit it with the point."""
    tokens = sentence.tokens
    speech = [token for token in tokens if lemma(token) in cues("learned", "speech_verbs")
              and token.pos_ in ("VERB", "AUX", "")]
    return any(
        (said := _said_by_them(token, tokens, cues)) is not None and _timeline(said, cues)
        for token in speech[:READINGS_PER_SENTENCE]
    )


def _timeline(said: list[Token], cues: Cues) -> bool:
    """What was said names the hiring process and a time for it."""
    words = {lemma(t) for t in said} | {t.lower_ for t in said}
    ends = words & cues("learned", "timeline_ends")  # "wrap up interviews by Friday"
    process = (
        bool(words & cues("learned", "timeline_words"))
        or bool(ends and words & cues("learned", "timeline_stages"))
        or _REPLY_PROMISED.search(" ".join(t.lower_ for t in said)) is not None
    )
    return process and any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _BY_WHEN for t in said)


_REPLY_PROMISED = re.compile(
    r"\b(?:get|getting|got) back to\b|\bhear(?:d|ing)? back\b"
    r"|\b(?:be|being|get|getting) in touch\b|\blet (?:me|you|us|everyone|candidates|them) know\b"
)
"""A reply promised to the candidates: "you hoped to get back to everyone by Friday"."""


_BY_WHEN = frozenset({"by", "within", "before", "until", "soon", "shortly"})


_PARTICLE_MOVES = frozenset({"fit", "move", "switch"})
"""Building verbs that with a particle tell of the hiring, not the work."""


def _said_by_them(token: Token, sentence: TokenSpan, cues: Cues) -> list[Token] | None:
    """What a speaker other than the writer said, told or showed with ``token``, or
    None when the verb reports no such thing."""
    if is_negated(token, sentence):
        return None
    subject = subjects(token, sentence)
    thanked = not subject and _thanked_for(token)  # "Thank you for walking me through…"
    if thanked:
        subject = [token.head.head]
    if not subject:
        return None
    if not thanked and not any(_speaker(t, cues) for t in subject):
        return None  # "the walk raised £6,200", "a brand that talks…": no one told me
    together = [t for t in subject if t.lower_ == "we"] and lemma(token) in _TOGETHER
    if (is_first_person(subject) and not together) or any(
        t.lower_ in _NOBODY | _THINGS for t in subject
    ):
        return None
    if any(child.dep_ == "mark" and child.lower_ in ("if", "whether", "unless")
           for child in token.children):
        return None
    if _ahead(token):
        return None  # "next time we can discuss…", "you could show me…": not yet said
    if lemma(token) in _PARTICLE_MOVES and any(c.dep_ == "prt" for c in token.children):
        return None  # "finally fitting me in", "moving on to references": the process
    if lemma(token) in cues("learned", "building_verbs") and any(
        c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in FIRST_PERSON
                                 for p in c.children)
        for c in token.children
    ):
        return None  # "she's moving my capstone presentation to August": my plans
    consequences = {
        t.i for child in token.children if child.dep_ == "advcl" and child.i > token.i
        for t in child.subtree
    }  # "You said …, so I thought I'd check in": the writer's own move
    said = [t for t in clause(token, sentence) if t.i > token.i and t.i not in consequences]
    if token.dep_ in ("relcl", "acl") and token.head.i != token.i:
        # "the number you mentioned, that 22% of mobile shoppers drop off": what was
        # said is the noun the clause describes
        inside = {t.i for t in token.subtree}
        said += [t for t in _described(token).subtree if t.i not in inside]
        after = max(inside) + 1
        if after + 1 < sentence.end and sentence.doc[after].text in (",", ":", "—", "-", "–") \
                and _restated(sentence.doc[after + 1]):
            said += list(sentence.doc[after : sentence.end])  # "…, that 22% drop off"
    said = [t for t in said if t.lower_ not in FIRST_PERSON]
    if has_parse(sentence) and not any(t.is_alpha and t.pos_ not in _BARE for t in said):
        said = _reduced_relative(token, subject, sentence) or said
    return said


def _described(clause: Token) -> Token:
    """The noun phrase a contact clause like "you described" is about: the parser hangs
    it on the nearest noun ("the move to Svelte you described" on "Svelte"), but what
    was described is the whole phrase ("the move to Svelte"). A clause with a relative
    pronoun ("everyone who works in nursing") stays on its noun."""
    noun = clause.head
    relative = any(child.dep_ in ("nsubj", "nsubjpass") and child.tag_ in ("WP", "WDT")
                   for child in clause.children)
    if not relative and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


_BARE = frozenset({"ADP", "PART", "PRON", "PUNCT", "SPACE"})
"""What is left after a verb that says nothing was said: "about", "me", "to us"."""


def _reduced_relative(verb: Token, subject: list[Token], sentence: TokenSpan) -> list[Token]:
    """The noun phrase right before "you described" when the parser took the clause
    for the sentence's main verb ("…and in the expansion of the Daventry hub you
    described.", "what with the Brighton conference you told me about, …"): what was
    said is the noun the clause describes, as when it is parsed as a relative
    clause. Nothing when the subject does not follow a noun straight away."""
    if len(subject) != 1 or subject[0].i != verb.i - 1 - sum(
        1 for t in sentence.doc[subject[0].i + 1 : verb.i] if t.dep_ in ("aux", "neg")
    ):
        return []
    before = subject[0].i - 1
    if before < sentence.start:
        return []
    noun = sentence.doc[before]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    return [t for t in noun.subtree if sentence.start <= t.i < subject[0].i]


def _ahead(verb: Token) -> bool:
    """A modal on the verb puts the talk in the future or the conditional ("we can
    discuss", "you could show me"); "you'd mentioned" is "had", not "would"."""
    found = modal(verb)
    return found is not None and not (found in ("'d", "d", "’d") and verb.tag_ == "VBN")


def _restated(token: Token) -> bool:
    """What opens a restatement after a comma ("the number you mentioned, that 22%…",
    "…, the Leeds clinic"), not the writer's next clause ("…, and I am…", "…, please
    do not hesitate…")."""
    if token.lower_ in ("that", "how", "which", "namely", "about", "the", "a", "an", "of"):
        return True
    return token.pos_ in ("NUM", "NOUN", "PROPN", "ADJ") and token.lower_ != "please"


def _speaker(token: Token, cues: Cues) -> bool:
    return (
        token.ent_type_ == "PERSON"
        or token.pos_ == "PROPN"
        or lemma(token) in cues("learned", "speakers")
        or token.lower_ in cues("learned", "speakers")
    )


def _thanked_for(verb: Token) -> bool:
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and preposition.lower_ == "for"
        and lemma(preposition.head) in ("thank", "thanks", "grateful", "appreciate")
    )


def _i_learned(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    if is_negated(token, sentence) or modal(token) or _under_modal(token):
        return 0.0  # "I would appreciate a reply", "I'd love to see…": a request
    if lemma(token) == "hear" and any(
        child.lower_ == "from" or child.lower_ == "back" for child in token.children
    ):
        return 0.0  # "hearing from you", "hear back": a reply, not a topic
    if _seen_now_or_met(token):
        return 0.0
    subject = subjects(token, sentence)
    if subject and not is_first_person(subject) and subject[0].lower_ not in ("it", "this",
                                                                                "that"):
        return 0.0
    if not subject and token.tag_ == "VB" and not any(
        child.tag_ == "TO" for child in token.children
    ):
        return 0.0  # an imperative ("Please find attached…") reports nothing learned
    learned = [
        t for t in clause(token, sentence)
        if t.i > token.i and not _in_conditional(t, token)
    ]
    return _specificity(learned, generic, strong=0.85)


_PERCEIVING = frozenset({"see", "observe", "watch", "notice"})


def _seen_now_or_met(verb: Token) -> bool:
    """ "I observe that that period expired on 27 March", "I see the post has been
    re-advertised": a remark the writer makes now, in the present, not something
    seen at the interview; "Thank you for seeing me on Wednesday": a meeting, the
    person seen being the writer."""
    if lemma(verb) not in _PERCEIVING:
        return False
    if verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in verb.children):
        return not _understood_now(verb)
    return any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in verb.children)


def _understood_now(verb: Token) -> bool:
    """ "After our talk I see why the Leeds kitchen preps sauces the night before", "I
    now see how your fitters log every job": understanding the interview gave, told
    in the present."""
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in ("why", "how"):
        return True
    return any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children) or any(
        c.dep_ in ("ccomp", "xcomp") and any(
            g.lower_ in ("why", "how") and g.dep_ in ("advmod", "mark") for g in c.children
        )
        for c in verb.children
    )


_NEWS_VERBS = frozenset({"know", "realise", "realize"})


def _news_to_me(verb: Token, sentence: TokenSpan, cues: Cues) -> list[Token]:
    """What was news to the writer, and so learned at the interview: "I hadn't
    realised the Bellamy collection had never been catalogued", "I didn't know you
    ferment the sourdough for 36 hours", "I had no idea how much happens before a
    hearing" (the 36 read letters with such a sentence are all labelled learned).
    Not a confession with no clause ("I didn't know much about the database you
    use", "I had no idea about the dress code"), another person's ignorance, the
    present ("I don't know when you'll decide"), a supposition ("as though I didn't
    know the scheme"), a doubt or a how-to ("I didn't know if I should follow up", "I
    had no idea how to answer the budget question"), the writer's own affairs ("I
    hadn't realised my train was cancelled") or the hiring's ("I didn't know you had
    already filled the post")."""
    if not has_parse(sentence):
        return []
    subject = subjects(verb, sentence)
    if not subject or subject[0].lower_ != "i":
        return []
    if lemma(verb) == "have":
        idea = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "idea"
                and any(d.lower_ == "no" for d in c.children)]
        if not idea or verb.tag_ not in ("VBD", "VBN"):
            return []
        told = [c for c in (*verb.children, *idea[0].children)
                if c.dep_ in ("ccomp", "acl", "relcl")]
    else:
        if not any(c.dep_ == "neg" for c in verb.children):
            return []
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not (auxes & {"had", "'d", "did"} or verb.tag_ == "VBD"):
            return []
        told = [c for c in verb.children if c.dep_ == "ccomp"]
        if told:  # "realised [the collection] had never been…": the subject parsed as object
            told += [c for c in verb.children if c.dep_ == "dobj"]
    if not told or _supposed(verb) or any(_not_news(clause) for clause in told):
        return []
    news = [t for child in told for t in child.subtree if sentence.start <= t.i < sentence.end]
    words = {lemma(t) for t in news}
    if words & (cues("learned", "timeline_words") | _HIRING_DONE):
        return []
    return news


_HIRING_DONE = frozenset({"fill", "appoint", "hire", "offer", "shortlist"})


def _not_news(clause: Token) -> bool:
    """A clause that is no fact about the employer: a doubt ("if I should follow up"), a
    how-to ("how to answer", "which door to use") or the writer's own affairs ("my train
    was cancelled", "I was on the list")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return True
    if any(c.tag_ == "TO" and (c.dep_ == "aux" or clause.tag_ == "VB")
           for c in clause.children):
        return True  # "how to answer", "which door to use": the infinitive is the clause
    subject = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        is_first_person([t]) or any(d.dep_ == "poss" and is_first_person([d]) for d in t.children)
        for t in subject
    )


def _supposed(verb: Token) -> bool:
    """Inside "as though …", "as if …" or a condition: not a fact the writer learned."""
    current = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("though", "if", "whether", "unless")
               for c in current.children):
            return True
        if current.head.i == current.i:
            return False
        current = current.head


_TAKEAWAYS = frozenset({"picture", "sense", "understanding", "idea", "appreciation",
                        "grasp", "view", "insight", "knowledge", "respect"})


def _came_away_knowing(verb: Token) -> bool:
    """ "I came away with a clear picture of …", "… with lots of ideas from your phonics
    groups": what the writer took from the talk; not "came away with a good feeling"."""
    if not any(c.lower_ == "away" for c in verb.children):
        return False
    return any(
        c.lower_ == "with" and any(lemma(t) in _TAKEAWAYS for t in c.subtree if t.i - c.i <= 8)
        for c in verb.children
    )


def _under_modal(token: Token) -> bool:
    """An infinitive under a modal wish: "I would love to see", "I'd like to hear"."""
    head = token.head
    return token.dep_ == "xcomp" and head.i != token.i and modal(head) is not None


def _in_conditional(token: Token, verb: Token) -> bool:
    current = token
    while current.i != verb.i and current.head.i != current.i:
        if any(child.dep_ == "mark" and child.lower_ in ("if", "whether") for child in
               current.children):
            return True
        current = current.head
    return False


def _conversation_about(token: Token, sentence: TokenSpan, generic: frozenset[str]) -> float:
    owners = {child.lower_ for child in token.children if child.dep_ in ("poss", "det")}
    if not owners & {"your", "our", "the", "her", "his", "their", "that"}:
        return 0.0
    if token.lower_ == "account" and not any(
        child.dep_ == "prep" and child.lower_ in ("of", "on", "about") for child in token.children
    ):
        return 0.0  # "your account of the scheme" is a story told; "the account you set up" not
    about = [
        t for child in token.children if child.dep_ in ("prep", "acl", "relcl")
        for t in child.subtree
    ]
    if not has_parse(sentence):
        about = [t for t in sentence if t.i > token.i][:12]
    return _specificity(about, generic, strong=0.85)


def _specificity(tokens: list[Token], generic: frozenset[str], strong: float) -> float:
    """How specific a stretch of text is. Dates, placeholders and noun phrases headed
    by a generic noun ("the Associate position", "your team's culture") add nothing."""
    tokens = [
        t for t in tokens
        if t.ent_type_ not in ("DATE", "TIME") and not _in_generic_chunk(t, generic)
        and not _bracketed(t) and not _contact(t)
    ]
    specific = specific_words(tokens, generic)
    anchors = concrete_anchors(tokens)
    if len(specific) >= 2 or (specific and anchors):
        return strong
    if specific:
        return 0.45
    return 0.1
