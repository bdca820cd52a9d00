"""Phrasing: robotic or stuffy wording, with plainer suggestions (LL3xx).

Career advisers ask for a thank-you or follow-up that sounds like the person the
interviewer just met: natural and sincere, professional but not a form. Stock
business-letter formulas ("Please do not hesitate to contact me"), stiff words
("utilize", "herewith"), form-letter greetings ("Dear Sir or Madam") and
template claims ("my skills and experience align with your needs") all read as
a letter sent to anyone.

The phrase lists are data (``checks/data/phrasing.toml``) matched through
spaCy's lemmas on the already parsed letter, so "we utilised", "don't hesitate
to reach out" and "at your very earliest convenience" are found as well as the
listed forms. Users add phrases with ``extra_phrases`` and silence one with
``allow``. A phrase that is quoted or talked about rather than used ('my manager
told me never to write "To Whom It May Concern"') is not flagged. Only the
salutation, body, closing and postscript are read: never headers, the signature
or quoted earlier messages.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from letterlint.checks.base import Check, Rule
from letterlint.checks.parsing import data_text, load_data
from letterlint.checks.parsing import lemma as _lemma
from letterlint.checks.phrasing.phrasebook import (
    OPT_IN,
    Match,
    PatternError,
    Phrase,
    PhraseBook,
    phrases_from_table,
)
from letterlint.checks.quotes import quoted
from letterlint.config import Config, ConfigError
from letterlint.letter.parse import Letter, Sentence
from letterlint.letter.structure import Role
from letterlint.model import Applicability, CheckResult, Finding, Fix, Severity, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_FILE = "phrasing.toml"

_GOOD = (
    "Dear Ms. Park,\n\nThank you for talking with me today about the support lead role. "
    "Hearing how your team answers every ticket within four hours made me even keener "
    "to join.\n\nAt Fernway I rebuilt our help-centre search and cut repeat tickets by "
    "a fifth, and I would love to try the same with your billing questions.\n\n"
    "If anything else would help, just let me know.\n\nBest regards,\nSam Ortiz"
)

RULES = (
    Rule(
        code="LL301",
        slug="stock-phrase",
        severity=Severity.WARNING,
        summary="A stock business-letter phrase",
        what=(
            "Flags formulas from form letters — 'Please do not hesitate to contact me', "
            "'at your earliest convenience', 'I am writing to express my sincere "
            "gratitude', 'Please find attached', 'your esteemed organization', 'per our "
            "conversation', 'I remain at your disposal', 'I would like to take this "
            "opportunity to' — in any inflection or small variation ('don't hesitate to "
            "reach out', 'at your very earliest convenience'). Courtesy formulas most "
            "readers accept ('I hope you're well', 'I would be grateful if you could') "
            "are flagged only with courtesies = true."
        ),
        why=(
            "The interviewer has read these phrases thousands of times; they carry no "
            "information and make a personal note read like a template. Plain words in "
            "your own voice sound confident and sincere."
        ),
        example=(
            "Dear Ms. Park,\n\nI am writing to express my sincere gratitude for the "
            "interview. Please do not hesitate to contact me at your earliest "
            "convenience.\n\nBest regards,\nSam Ortiz"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL302",
        slug="stiff-word",
        severity=Severity.INFO,
        summary="A stiff word with a plain everyday equivalent",
        what=(
            "Flags words nobody says aloud — 'utilize', 'herewith', 'aforementioned', "
            "'commence', 'endeavour to', 'kindly revert', 'as per', 'henceforth' — the "
            "vocabulary of a chatbot's draft pasted unread ('delve', 'a testament to', "
            "'the ever-evolving landscape', 'underscored the pivotal role') and office "
            "jargon ('move the needle'), old commercial English ('for the avoidance of "
            "doubt', 'your letter of the 14th instant'), and suggests the everyday word "
            "('use', 'start', "
            "'try', 'please reply') or a plain sentence."
        ),
        why=(
            "Stiff words make a short note sound like a contract. The reader notices the "
            "register, not the content."
        ),
        example=(
            "Dear Ms. Park,\n\nThank you for the interview. We utilised the aforementioned "
            "tools at my last job and I would commence work in May.\n\nBest regards,\n"
            "Sam Ortiz"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL303",
        slug="formal-salutation",
        severity=Severity.WARNING,
        summary="An over-formal or generic salutation or sign-off",
        what=(
            "Flags form-letter greetings and sign-offs: 'Dear Sir or Madam', 'To Whom It "
            "May Concern', 'Dear Hiring Manager', 'Respected Sir', 'Thanking you in "
            "advance', 'Yours respectfully', and 'Yours faithfully' when the letter greets "
            "a named person."
        ),
        why=(
            "After an interview you know who you spoke with. A greeting for a stranger "
            "undoes the personal connection the note is meant to build, and 'thanking you "
            "in advance' presumes a favour."
        ),
        example=(
            "Dear Sir or Madam,\n\nThank you for the interview on Tuesday about the "
            "support lead role.\n\nThanking you in advance,\nSam Ortiz"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL304",
        slug="i-openers",
        severity=Severity.INFO,
        summary="Most sentences start with 'I'",
        what=(
            "Flags a body in which at least `i_openers_min` sentences (default 4) and at "
            "least `i_openers_share` of them (default 0.6) start with 'I'. It is a "
            "whole-letter finding; the metadata lists the sentences."
        ),
        why=(
            "A run of 'I am… I have… I believe… I look forward…' reads as a form being "
            "filled in and keeps the focus on the writer instead of the reader and the "
            "conversation you had."
        ),
        example=(
            "Dear Ms. Park,\n\nI enjoyed our talk today. I liked the team. I think the "
            "role suits me. I led support at Fernway for three years. I hope to hear "
            "from you soon.\n\nBest,\nSam Ortiz"
        ),
        instead=_GOOD,
    ),
    Rule(
        code="LL305",
        slug="template-sentence",
        severity=Severity.WARNING,
        summary="A template claim any applicant could write",
        what=(
            "Flags generic claims — 'I believe I would be a valuable asset to your team', "
            "'a results-driven self-starter with a proven track record', 'add value to "
            "your organisation', claims of fit such as 'my skills and experience "
            "align with your needs' and 'make me an ideal candidate' (template_claims = "
            "false turns those off) — that say nothing only you could say."
        ),
        why=(
            "Advisers ask the letter to say what makes you stand out: a concrete skill, "
            "result or idea. A template claim takes the place where that evidence "
            "should be."
        ),
        example=(
            "Dear Ms. Park,\n\nThank you for the interview. I believe I would be a "
            "valuable asset to your team, as my skills and experience align with your "
            "needs.\n\nBest regards,\nSam Ortiz"
        ),
        instead=_GOOD,
    ),
)

_PHRASE_RULES: Mapping[str, str] = MappingProxyType({
    **{rule.slug: rule.slug for rule in RULES if rule.code != "LL304"},
    **{rule.code: rule.slug for rule in RULES if rule.code != "LL304"},
})
_CODE_OF = MappingProxyType({rule.slug: rule.code for rule in RULES})
_LABELS = MappingProxyType({
    "stock-phrase": "Stock phrase",
    "stiff-word": "Stiff word",
    "formal-salutation": "Over-formal greeting",
    "template-sentence": "Template phrase",
})
_PRIORITY = MappingProxyType(
    {"formal-salutation": 0, "stock-phrase": 1, "template-sentence": 2, "stiff-word": 3}
)
_CONDITIONS = frozenset({"salutation", "closing", "named-salutation"})

_IMPERSONAL_SALUTATION = re.compile(
    r"(?i)\b(sirs?|madam|madame|ma'?am|whom|hiring|manager|recruit\w*|hr|human resources"
    r"|concerned|team|committee|panel|all|everyone|everybody|colleagues|friends|folks"
    r"|there|department|employer|officer|director)\b"
)
_MENTION_NOUNS = frozenset({
    "word", "phrase", "term", "expression", "cliché", "cliche", "greeting", "salutation",
    "sign-off", "signoff", "opener", "jargon", "buzzword", "wording", "formula", "idiom",
})
_SAYING_VERBS = frozenset({"write", "say", "type", "use", "call"})
_PHRASE_OPENERS = frozenset({"start", "open", "begin", "end", "close", "off", "sign"})
_DISAPPROVAL = frozenset({
    "never", "not", "n't", "avoid", "stop", "ban", "tell", "warn", "advise", "instead",
    "without", "rather", "quit", "teach", "learn", "no", "cut", "drop", "skip", "dislike",
    "hate", "remind",
})
_JUDGEMENTS = frozenset({
    "banned", "ban", "overused", "outdated", "old-fashioned", "cliché", "cliche", "clichéd",
    "stuffy", "stiff", "robotic", "dated", "archaic", "forbidden", "jargon", "formal",
    "generic", "impersonal", "cringe", "cringeworthy", "corny", "tired", "lazy", "fake",
    "overdone", "meaningless", "pompous", "awkward",
})
_QUOTE_WINDOW = 200


@dataclass(frozen=True)
class _Candidate:
    phrase: Phrase
    sentence: Sentence
    span: Span


MODEL_THRESHOLD = 0.5
"""The trained judge's probability of stock phrasing at which a body sentence no
phrase in the book matched is flagged (LL301). Chosen on corpus/real/dev,
cross-validated: rules alone 0.53 / 0.34 precision / recall per sentence, with the
judge at 0.5 0.62 / 0.49 (``[tool.letterlint.phrasing] model_threshold``; 1.01
switches the judge off)."""

_JUDGED_SUGGESTION = (
    "Say it in your own words, with a detail from the interview only you could give."
)


class PhrasingCheck(Check):
    name = "phrasing"
    rules = RULES
    table_options = frozenset({"extra_phrases"})
    options = MappingProxyType(
        {
            "extra_phrases": (),
            "allow": (),
            "i_openers_min": 4,
            "i_openers_share": 0.6,
            "model_threshold": MODEL_THRESHOLD,
            "template_claims": True,
            "courtesies": False,
        }
    )

    def __init__(self) -> None:
        self._builtin: PhraseBook | None = None
        self._extras: dict[str, PhraseBook] = {}
        self._allows: dict[str, tuple[frozenset[str], PhraseBook | None]] = {}
        self._fixes: Mapping[Applicability, Mapping[str, str]] | None = None
        self._vague: frozenset[str] | None = None

    # --- loading -------------------------------------------------------------------

    def builtin_book(self) -> PhraseBook:
        """The shipped phrase list, read and compiled once per check instance."""
        if self._builtin is None:
            data = load_data(DATA_FILE)
            macros = dict(data.get("macros", {}))
            phrases = phrases_from_table(data.get("phrase", []), _PHRASE_RULES, DATA_FILE)
            _check_conditions(phrases, DATA_FILE)
            self._builtin = PhraseBook(
                phrases, MappingProxyType(macros), cache_key=data_text(DATA_FILE)
            )
        return self._builtin

    def _vague_words(self) -> frozenset[str]:
        """The words that name a skill without saying which (the ``skill`` and
        ``soft_skill`` macros): "my customer service skills and passion for retail"
        is no evidence, however many of them a claim piles up."""
        if self._vague is None:
            macros = self.builtin_book().macros
            self._vague = frozenset(
                word.strip().lstrip("=").lower()
                for name in ("skill", "soft_skill")
                for word in macros[name].split("|")
            )
        return self._vague

    def _extra_book(self, entries: Any) -> PhraseBook | None:
        if not entries:
            return None
        key = json.dumps(entries, sort_keys=True, default=str)
        if key not in self._extras:
            origin = "[tool.letterlint.phrasing] extra_phrases"
            if isinstance(entries, str | Mapping) or not isinstance(entries, Iterable):
                raise ConfigError(f"{origin} must be a list of phrases.")
            try:
                phrases = phrases_from_table(list(entries), _PHRASE_RULES, origin)
                _check_conditions(phrases, origin)
                book = PhraseBook(phrases, self.builtin_book().macros)
            except PatternError as error:
                raise ConfigError(f"{error}.") from None
            self._extras[key] = book
        return self._extras[key]

    def _allowed(self, items: Any, known_ids: set[str]) -> tuple[frozenset[str], PhraseBook | None]:
        if not items:
            return frozenset(), None
        origin = "[tool.letterlint.phrasing] allow"
        if isinstance(items, str):
            items = [items]
        if not all(isinstance(item, str) for item in items):
            raise ConfigError(f"{origin} must be a list of phrase ids or phrases.")
        key = json.dumps([sorted(items), sorted(known_ids & set(items))])
        if key not in self._allows:
            ids = frozenset(item for item in items if item in known_ids)
            patterns = [item for item in items if item not in known_ids]
            book = None
            if patterns:
                entries = [{"id": f"allow-{n}", "pattern": item} for n, item in enumerate(patterns)]
                try:
                    book = PhraseBook(
                        phrases_from_table(entries, _PHRASE_RULES, origin),
                        self.builtin_book().macros,
                    )
                except PatternError as error:
                    raise ConfigError(f"{error}.") from None
            self._allows[key] = (ids, book)
        return self._allows[key]

    # --- running -------------------------------------------------------------------

    def run(self, letter: Letter, config: Config) -> CheckResult:
        books = [self.builtin_book()]
        extra = self._extra_book(self.setting(config, "extra_phrases"))
        if extra is not None:
            books.append(extra)
        known_ids = {phrase.id for book in books for phrase in book.phrases}
        allowed_ids, allow_book = self._allowed(self.setting(config, "allow"), known_ids)
        switched_on = {name for name in OPT_IN if self.setting(config, name)}

        candidates: list[_Candidate] = []
        booked: set[Span] = set()  # sentences with a phrase match, kept or cleared
        for sentence in letter.sentences:
            allowed_spans = (
                [_match_span(sentence, match) for match in allow_book.find(sentence.tokens)]
                if allow_book is not None
                else []
            )
            for book in books:
                for match in book.find(sentence.tokens):
                    booked.add(sentence.span)  # the book's call, reported or not
                    if match.phrase.opt_in and match.phrase.opt_in not in switched_on:
                        continue
                    candidate = self._candidate(letter, sentence, match)
                    if candidate is None or candidate.phrase.id in allowed_ids:
                        continue
                    if any(candidate.span.contains(span) for span in allowed_spans):
                        continue
                    candidates.append(candidate)

        findings = [
            self._finding(letter, group)
            for group in (_without_loose_prefixes(group) for group in _merge(_select(candidates)))
            if group
        ]
        threshold = float(self.setting(config, "model_threshold"))
        findings += self._judged(letter, booked, threshold)
        i_openers, body_sentences = self._i_openers(letter, config)
        if i_openers is not None:
            findings.append(i_openers)
        counts = {slug: sum(1 for f in findings if f.rule == slug) for slug in _LABELS}
        metrics = {
            "stock_phrases": counts["stock-phrase"],
            "stiff_words": counts["stiff-word"],
            "formal_greetings": counts["formal-salutation"],
            "template_phrases": counts["template-sentence"],
            "i_opener_sentences": len(_i_opener_sentences(letter)),
            "body_sentences": body_sentences,
        }
        return self.result(findings, metrics)

    def _judged(self, letter: Letter, booked: set[Span], threshold: float) -> list[Finding]:
        """Body sentences the trained judge reads as stock phrasing in words the phrase
        book does not list. A sentence the book matched is the book's call, flagged or
        cleared (a phrase mentioned in quotes, an allowed one): it knows why."""
        judged = []
        for sentence in letter.body_sentences:
            probability = sentence.judgement.get("stock", 0.0)
            if probability < threshold or sentence.span in booked:
                continue
            quote = sentence.text if len(sentence.text) <= 60 else sentence.text[:57] + "..."
            judged.append(self.finding(
                "LL301",
                f"Reads as a stock phrase: '{quote}'",
                sentence.span,
                suggestion=_JUDGED_SUGGESTION,
                source="judge",
                probability=round(probability, 2),
            ))
        return judged

    def _candidate(self, letter: Letter, sentence: Sentence, match: Match) -> _Candidate | None:
        tokens = _trim_punctuation(sentence, match)
        if tokens is None:
            return None
        start, end = tokens
        span = _match_span(sentence, Match(match.phrase, start, end))
        if not _condition_holds(match.phrase.when, letter, sentence):
            return None
        if match.phrase.rule == "template-sentence" and (
            _concrete(sentence, start, end, self._vague_words())
            or not _about_the_writer(sentence, start, end)
        ):
            return None
        if _mentioned(letter, sentence, start, end, span):
            return None
        return _Candidate(match.phrase, sentence, span)

    def _finding(self, letter: Letter, group: Sequence[_Candidate]) -> Finding:
        span = Span(group[0].span.start, group[-1].span.end)
        main = max(group, key=lambda candidate: candidate.span.end - candidate.span.start)
        phrase = main.phrase
        text = " ".join(letter.text_of(span).split())
        label = phrase.label or _LABELS[phrase.rule]
        if phrase.rule == "formal-salutation" and phrase.label is None:
            label = "Over-formal salutation" if main.sentence.role is Role.SALUTATION else (
                "Over-formal sign-off" if main.sentence.role is Role.CLOSING else label
            )
        return self.finding(
            _CODE_OF[phrase.rule],
            f"{label} '{text}'",
            span,
            suggestion=phrase.suggestion,
            fix=self._fix(letter, span, phrase.rule, main.sentence.role),
            phrase=phrase.id,
            phrases=tuple(candidate.phrase.id for candidate in group),
        )

    def fixes(self) -> Mapping[Applicability, Mapping[str, str]]:
        """The exact replacements of ``[fix.safe]`` and ``[fix.unsafe]`` in the data."""
        if self._fixes is None:
            table = load_data(DATA_FILE).get("fix", {})
            self._fixes = MappingProxyType({
                kind: MappingProxyType(dict(table.get(kind.value, {}))) for kind in Applicability
            })
        return self._fixes

    def _fix(self, letter: Letter, span: Span, rule: str, role: Role) -> Fix | None:
        """The exact edit for the flagged words, when the data has one for them as
        written. A sign-off is replaced only where it stands as the closing, so a
        sentence that merely contains the words is never half rewritten."""
        if rule == "formal-salutation" and role is not Role.CLOSING:
            return None
        written = letter.text_of(span)
        key = " ".join(written.replace("’", "'").lower().split())
        following = letter.text[span.end : span.end + 12].split()
        for applicability, table in self.fixes().items():
            if key in table:
                replacement = table[key]
                if replacement.endswith("you") and following[:1] in (["to"], ["towards"]):
                    return None  # "express my gratitude to you for" would read "thank you to you"
                return Fix(span, _same_case(written, replacement), applicability)
        return None

    def _i_openers(self, letter: Letter, config: Config) -> tuple[Finding | None, int]:
        sentences = letter.body_sentences
        openers = _i_opener_sentences(letter)
        minimum = int(self.setting(config, "i_openers_min"))
        share = float(self.setting(config, "i_openers_share"))
        if len(openers) < minimum or len(openers) < share * len(sentences):
            return None, len(sentences)
        return self.finding(
            "LL304",
            f"{len(openers)} of {len(sentences)} sentences start with 'I'",
            suggestion=(
                "Open some sentences with the reader or the work: 'Your plan to …', "
                "'The migration you described …', 'At Fernway, …'."
            ),
            sentences=tuple((s.span.start, s.span.end) for s in openers),
        ), len(sentences)


# --- helpers ---------------------------------------------------------------------------


def _same_case(written: str, replacement: str) -> str:
    """The replacement with the written words' capital first letter (or lack of one)."""
    if written[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    if written[:1].islower() and not replacement.startswith("I'"):
        return replacement[:1].lower() + replacement[1:]
    return replacement


def _check_conditions(phrases: Iterable[Phrase], origin: str) -> None:
    for phrase in phrases:
        if phrase.when is not None and phrase.when not in _CONDITIONS:
            raise PatternError(
                f"{origin}: phrase {phrase.id!r} has unknown `when` {phrase.when!r}; "
                f"use one of {', '.join(sorted(_CONDITIONS))}"
            )


def _match_span(sentence: Sentence, match: Match) -> Span:
    doc = sentence.tokens.doc
    first, last = doc[match.start], doc[match.end - 1]
    return Span(sentence.offset + first.idx, sentence.offset + last.idx + len(last.text))


def _trim_punctuation(sentence: Sentence, match: Match) -> tuple[int, int] | None:
    doc = sentence.tokens.doc
    start, end = match.start, match.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _condition_holds(condition: str | None, letter: Letter, sentence: Sentence) -> bool:
    if condition == "salutation":
        return sentence.role is Role.SALUTATION
    if condition == "closing":
        return sentence.role is Role.CLOSING
    if condition == "named-salutation":
        # 'Yours faithfully' answers 'Dear Sir or Madam'; to a named reader it is wrong.
        salutations = letter.of(Role.SALUTATION)
        if not salutations:
            return False
        greeting = letter.text_of(salutations[0].span)
        names = re.findall(r"\b[A-Z][\w'’.-]*", greeting)
        return not _IMPERSONAL_SALUTATION.search(greeting) and len(names) >= 2
    return True


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest of overlapping candidates (ties: the more specific rule)."""
    ranked = sorted(
        candidates,
        key=lambda c: (-(c.span.end - c.span.start), _PRIORITY[c.phrase.rule], c.span.start),
    )
    kept: list[_Candidate] = []
    for candidate in ranked:
        if not any(candidate.span.overlaps(other.span) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.span.start)


def _merge(candidates: list[_Candidate]) -> Iterator[list[_Candidate]]:
    """Group phrases of the same rule that directly follow each other in a sentence:
    'I am writing to' + 'express my sincere gratitude' is one stock phrase, with
    one suggestion."""
    group: list[_Candidate] = []
    for candidate in candidates:
        if group:
            previous = group[-1]
            gap = candidate.sentence.text[
                previous.span.end - candidate.sentence.span.start :
                candidate.span.start - candidate.sentence.span.start
            ]
            if (
                previous.sentence is candidate.sentence
                and previous.phrase.rule == candidate.phrase.rule
                and not gap.strip()
            ):
                group.append(candidate)
                continue
            yield group
        group = [candidate]
    if group:
        yield group


def _without_loose_prefixes(group: list[_Candidate]) -> list[_Candidate]:
    """A prefix ('I believe that', 'I would like to') counts only before a phrase."""
    while group and group[-1].phrase.prefix:
        group = group[:-1]
    return group


def _concrete(sentence: Sentence, start: int, end: int, vague: frozenset[str]) -> bool:
    """Whether a claim of fit carries its own evidence — a name or number in it, or a
    specific subject ('my experience in IFRS 16 lease accounting would be an
    asset') — so that it is not a template. Words in ``vague`` ('skills', 'passion',
    'customer service') do not make a subject specific."""
    doc = sentence.tokens.doc
    for token in doc[start:end]:
        if token.pos_ == "PROPN" and _possessor(token):
            continue  # "Brightline Media's continued success": the employer's name
        if token.pos_ in ("PROPN", "NUM") or token.like_num:
            return True
    if not doc.has_annotation("DEP"):
        return False
    for token in doc[start:end]:
        for child in token.children:
            if child.dep_ not in ("nsubj", "nsubjpass", "csubj") or start <= child.i < end:
                continue
            subject = list(child.subtree)
            if any(t.pos_ in ("PROPN", "NUM") or t.like_num or t.ent_type_ for t in subject):
                return True
            if sum(
                t.pos_ in ("NOUN", "ADJ", "VERB") and t.lower_ not in vague
                and t.lemma_.lower() not in vague
                for t in subject
            ) >= 5:
                return True
    return False


def _possessor(token: Token) -> bool:
    """Whether ``token`` is (part of) a name in the possessive ("Brightline Media's",
    "Corvane Analytics' continued success", which the parser may not join)."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.dep_ == "poss" or (after is not None and after.text in ("'", "’"))


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "myself", "ourselves"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _about_the_writer(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a claim is the writer's own ('I would be a real asset') rather than
    about someone or something else ('the new lab is a real asset', 'you said you
    need a self-starter'). Without a parse, assume it is."""
    doc = sentence.tokens.doc
    if any(token.lower_ in _FIRST_PERSON for token in doc[start:end]):
        return True
    if not doc.has_annotation("DEP"):
        return True
    head = next(
        (t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), None
    )
    for _ in range(4):
        if head is None:
            return True
        subjects = [child for child in head.children if child.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in ("which", "that", "who") and head.dep_ == "relcl":
                antecedent = head.head
                if any(token.lower_ in _FIRST_PERSON for token in antecedent.subtree):
                    return True
                if antecedent.dep_ in ("dobj", "obj", "attr") and antecedent.head.i != antecedent.i:
                    # 'My background brings a fresh perspective that would be an
                    # asset': the clause that names the antecedent says whose it is
                    head = antecedent.head
                    continue
                return False
            return any(token.lower_ in _FIRST_PERSON for token in subject.subtree)
        if head.head.i == head.i:
            return True
        head = head.head
    return True


def _i_opener_sentences(letter: Letter) -> list[Sentence]:
    openers = []
    for sentence in letter.body_sentences:
        first = next((t for t in sentence.tokens if t.is_alpha), None)
        if first is not None and first.text == "I":
            openers.append(sentence)
    return openers


# --- quoted or mentioned, not used -----------------------------------------------------


def _mentioned(letter: Letter, sentence: Sentence, start: int, end: int, span: Span) -> bool:
    """Whether the phrase at ``span`` is quoted or talked about rather than used."""
    part = next(
        (p.span for p in letter.parts if p.span.start <= span.start < p.span.end + 1),
        sentence.span,
    )
    text = letter.text
    if quoted(text, span.start, span.end, max(part.start, span.start - _QUOTE_WINDOW),
              min(part.end, span.end + _QUOTE_WINDOW)):
        return True
    doc = sentence.tokens.doc
    # the words nearest the phrase say whether it is mentioned: a window, so that a
    # run-on "sentence" of thousands of words stays linear
    first = max(sentence.tokens.start, start - _MENTION_REACH)
    last = min(sentence.tokens.end, end + _MENTION_REACH)
    before = [t for t in doc[first:start] if not (t.is_punct or t.is_space)]
    after = [t for t in doc[end:last] if not (t.is_punct or t.is_space)]
    return _mention_context(before) or _judged_after(after)


_MENTION_REACH = 30
"""How many tokens either side of a phrase ``_mentioned`` reads."""


def _mention_context(before: list[Token]) -> bool:
    """'the phrase X', 'clichés like X', 'never write X', 'told me to avoid X'."""
    if not before:
        return False
    last = before[-1]
    if _lemma(last) in _MENTION_NOUNS or last.lower_.rstrip("s") in _MENTION_NOUNS:
        return True
    if last.lower_ in ("like", "as", "including") and len(before) >= 2:
        head = before[-2] if last.lower_ != "as" else before[-3] if len(before) >= 3 else before[-2]
        if _lemma(head) in _MENTION_NOUNS or head.lower_.rstrip("s") in _MENTION_NOUNS:
            return True
    verb = last
    if last.lower_ == "with" and len(before) >= 2 and _lemma(before[-2]) in _PHRASE_OPENERS:
        verb = before[-2]
    elif _lemma(last) not in _SAYING_VERBS:
        return False
    earlier = before[: before.index(verb)]
    return any(_lemma(token) in _DISAPPROVAL or token.lower_ in _DISAPPROVAL for token in earlier)


def _judged_after(after: list[Token]) -> bool:
    """'X is overused', 'X sounds stuffy', 'X is a cliché'."""
    if not after or _lemma(after[0]) not in {"be", "sound", "feel", "read", "seem", "look"}:
        return False
    return any(_lemma(token) in _JUDGEMENTS or token.lower_ in _JUDGEMENTS for token in after[1:4])
