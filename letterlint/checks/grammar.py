"""Grammar and spelling from a real LanguageTool server (LL5xx).

A typo in a thank-you note is the one mistake a hiring manager is sure to see.
This check sends the letter's prose (salutation, body paragraphs, closing and
postscript; never headers, quoted mail or the signature) to LanguageTool through
:mod:`letterlint.languagetool.client`, one request per letter, and turns its matches into
findings: LL501 spelling, LL502 grammar, LL503 punctuation, LL504 typography,
LL505 style. Each finding keeps LanguageTool's rule id in its message and, with
the rule's category and issue type, in its metadata; the replacements become the
suggestion.

When LanguageTool cannot be used the check is *skipped* with the reason and how to
enable it; it is never reported as clean.

Not flagged:

- Names, as misspellings: the interviewer's and company's (``--interviewer``,
  ``--company``), the words of the salutation, signature, letterhead and recipient
  block, the people and mail domains of an email's From/To/Cc headers, and the
  names the letter itself uses (the parse's named entities, and proper nouns
  written more than once or capitalised inside a sentence: "Zorblex", "Qorvathe
  lab"); nor the ``allowed-words`` setting's words. A name the letter is not
  consistent about is still flagged: a near-miss of a given ``--company`` or
  ``--interviewer`` ("Brightlne" for Brightline), or of a name the letter writes
  more often.
- What other checks report. These LanguageTool rules are turned off:
  categories ``REDUNDANCY`` and ``PLAIN_ENGLISH`` and rules
  ``EN_REDUNDANCY_REPLACE``, ``EN_PLAIN_ENGLISH_REPLACE``, ``IN_ORDER_TO``,
  ``AT_YOUR_EARLIEST_CONVENIENCE``, ``EACH_AND_EVERY``, ``EACH_AND_EVERY_NOUN`` and
  ``WITH_OR_IN_REFERENCE_OR_REGARD_TO`` (wordy, stock or stiff phrasing: the
  phrasing check, LL3xx); ``ENGLISH_WORD_REPEAT_BEGINNING_RULE`` and
  ``PARAGRAPH_REPEAT_BEGINNING_RULE`` (sentences or paragraphs that all start with
  the same word, in letters nearly always "I": LL304); ``TOO_LONG_SENTENCE`` (LL106)
  and ``TOO_LONG_PARAGRAPH`` (LL102).
- ``OXFORD_SPELLING_Z_NOT_S``: in British English -ise is as correct as -ize; the
  Oxford -ize preference is a house style, not an error.

The ``disabled-rules`` setting turns off more LanguageTool rules.

Settings (``[tool.letterlint.grammar]``): ``language`` (default ``en-US``; ``en-GB``
for British spelling), ``languagetool-home``, ``start-timeout`` (seconds, default
30), ``request-timeout`` (seconds per letter, default 15), ``disabled-rules``,
``allowed-words``.
"""

from __future__ import annotations

import difflib
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from letterlint.checks.base import Check, Rule
from letterlint.config import Config
from letterlint.languagetool.client import (
    DEFAULT_REQUEST_TIMEOUT,
    DEFAULT_START_TIMEOUT,
    LanguageTool,
    LanguageToolMatch,
    LanguageToolSettings,
    LanguageToolUnavailable,
    unavailable_reason,
)
from letterlint.letter.parse import PROSE_ROLES, Letter
from letterlint.letter.structure import Role
from letterlint.model import CheckResult, Finding, Severity, Span

DISABLED_CATEGORIES = ("REDUNDANCY", "PLAIN_ENGLISH")
DISABLED_RULES = (
    "EN_REDUNDANCY_REPLACE",
    "EN_PLAIN_ENGLISH_REPLACE",
    "IN_ORDER_TO",
    "AT_YOUR_EARLIEST_CONVENIENCE",
    "EACH_AND_EVERY",
    "EACH_AND_EVERY_NOUN",
    "WITH_OR_IN_REFERENCE_OR_REGARD_TO",
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",
    "PARAGRAPH_REPEAT_BEGINNING_RULE",
    "TOO_LONG_SENTENCE",
    "TOO_LONG_PARAGRAPH",
    "OXFORD_SPELLING_Z_NOT_S",
)

_BRITISH = re.compile(r"\bBritish English\b")
_HEADER_NAMES = re.compile(r"(?im)^[^\S\n]*(?:from|to|cc)[^\S\n]*:(.*)$")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s$")
_MAX_QUOTE = 40


def _letter(body: str) -> str:
    return f"Dear Ms. Park,\n\n{body}\n\nBest,\nSam"


RULES = (
    Rule(
        code="LL501",
        slug="misspelling",
        severity=Severity.WARNING,
        summary="A misspelled or mistyped word",
        what=(
            "Flags words LanguageTool's spell checker does not know and other typos it is "
            "sure of ('alot', 'i', a doubled word, 'its' for 'it's'). Names are not "
            "misspellings: the interviewer's and company's, the salutation's and "
            "signature's, an email's senders and recipients, and names the letter "
            "itself uses (named entities, proper nouns repeated or capitalised inside a "
            "sentence). A near-miss of the --company or --interviewer you gave, or of a "
            "name the letter writes more often, is still flagged; add other words with "
            "the `allowed-words` setting."
        ),
        why=(
            "A spelling mistake is the one flaw every reader notices, and in a letter "
            "meant to show care and communication skills it undercuts both."
        ),
        example=_letter(
            "Thank you for meeting with me today. I was glad to recieve a tour of the lab "
            "and to learn alot about the spring launch."
        ),
        instead=_letter(
            "Thank you for meeting with me today. I was glad to receive a tour of the lab "
            "and to learn a lot about the spring launch."
        ),
    ),
    Rule(
        code="LL502",
        slug="grammar-error",
        severity=Severity.WARNING,
        summary="A grammar mistake such as a wrong verb form or agreement",
        what=(
            "Flags LanguageTool's grammar matches: subject-verb agreement, wrong verb "
            "forms, articles, confused words used as the wrong part of speech."
        ),
        why=(
            "Grammar slips read as haste. Hiring managers use a follow-up letter as a "
            "writing sample, whatever the role."
        ),
        example=_letter(
            "Thank you for meeting with me yesterday. I has went over my notes from our "
            "talk about the spring launch, and I am excited about the role."
        ),
        instead=_letter(
            "Thank you for meeting with me yesterday. I have gone over my notes from our "
            "talk about the spring launch, and I am excited about the role."
        ),
    ),
    Rule(
        code="LL503",
        slug="punctuation-error",
        severity=Severity.INFO,
        summary="Missing or wrong punctuation",
        what=(
            "Flags LanguageTool's punctuation matches: a missing comma after an opening "
            "adverb, doubled full stops, unpaired brackets, a hyphen for a range."
        ),
        why="Small punctuation slips make a careful letter look rushed.",
        example=_letter(
            "Thank you for meeting with me today. However I left with one more idea for "
            "the spring launch that I would love to share."
        ),
        instead=_letter(
            "Thank you for meeting with me today. However, I left with one more idea for "
            "the spring launch that I would love to share."
        ),
    ),
    Rule(
        code="LL504",
        slug="typography-error",
        severity=Severity.INFO,
        summary="Stray spaces and other typographic slips",
        what=(
            "Flags LanguageTool's typography matches: a space before a comma or full "
            "stop, no space after one, doubled spaces."
        ),
        why=(
            "Spacing slips are easy to miss on screen and easy to see in the reader's "
            "inbox; they suggest the letter was not read over."
        ),
        example=_letter(
            "Thank you for meeting with me today , and for showing me the lab where the "
            "spring launch is being tested."
        ),
        instead=_letter(
            "Thank you for meeting with me today, and for showing me the lab where the "
            "spring launch is being tested."
        ),
    ),
    Rule(
        code="LL505",
        slug="style-suggestion",
        severity=Severity.INFO,
        summary="Informal or awkward wording LanguageTool would change",
        what=(
            "Flags LanguageTool's style matches that the phrasing check does not cover: "
            "slang such as 'wanna' and 'gonna', 'the reason is because', awkward word "
            "order. (LanguageTool's wordiness and stock-phrase rules are off: LL3xx "
            "reports those.)"
        ),
        why="A post-interview letter can be warm, but slang reads as careless.",
        example=_letter(
            "Thank you for meeting with me today. I really wanna join the team that is "
            "building the spring launch."
        ),
        instead=_letter(
            "Thank you for meeting with me today. I would really like to join the team "
            "that is building the spring launch."
        ),
    ),
)


def rule_code(match: LanguageToolMatch) -> str:
    """Which LL5xx code a LanguageTool match belongs to, by its category and issue type."""
    if match.category == "PUNCTUATION":
        return "LL503"
    if match.category == "TYPOGRAPHY" or match.issue_type in ("whitespace", "typographical"):
        return "LL504"
    if match.issue_type in ("misspelling", "duplication") or match.category in (
        "TYPOS",
        "MULTITOKEN_SPELLING",
    ):
        return "LL501"
    if match.issue_type == "grammar" or match.category in (
        "GRAMMAR",
        "CONFUSED_WORDS",
        "COLLOCATIONS",
        "NONSTANDARD_PHRASES",
        "CASING",
        "COMPOUNDING",
    ):
        return "LL502"
    return "LL505"


class GrammarCheck(Check):
    name = "grammar"
    rules = RULES
    options = MappingProxyType(
        {
            "language": "auto",
            "languagetool_home": None,
            "start_timeout": DEFAULT_START_TIMEOUT,
            "request_timeout": DEFAULT_REQUEST_TIMEOUT,
            "disabled_rules": (),
            "allowed_words": (),
        }
    )

    def __init__(self) -> None:
        self._languagetool: LanguageTool | None = None
        self._lock = threading.Lock()  # threads linting at once share one LanguageTool

    def run(self, letter: Letter, config: Config) -> CheckResult:
        prose = [piece for part in letter.parts if part.role in PROSE_ROLES
                 for piece in part.pieces()]
        gaps = [gap for part in letter.parts if part.role in PROSE_ROLES for gap in part.gaps]
        if not any(letter.text_of(span).strip() for span in prose):
            return self.result([], {"checked_characters": 0})
        languagetool = self.languagetool(config)
        language = str(self.setting(config, "language"))
        disabled_rules = (*DISABLED_RULES, *_strings(self.setting(config, "disabled_rules")))

        def check(variant: str) -> list[LanguageToolMatch]:
            return languagetool.check(
                letter.text, prose, variant, disabled_rules, DISABLED_CATEGORIES, gaps=gaps
            )

        try:
            if language == "auto":
                language = "en-US"
                matches = check(language)
                if any(_BRITISH.search(match.message) for match in matches):
                    # LanguageTool recognised British spellings: the writer is British.
                    language = "en-GB"
                    matches = check(language)
            else:
                matches = check(language)
        except LanguageToolUnavailable as error:
            return CheckResult.skipped(self.name, unavailable_reason(error.reason))
        given = context_names(config)
        names = (
            known_names(letter, config)
            | letter_names(letter, given)
            | _words(self.setting(config, "allowed_words"))
        )
        findings = []
        ignored = 0
        for match in matches:
            code = rule_code(match)
            inside = any(span.contains(match.span) for span in prose)
            matched = letter.text_of(match.span)
            excused = (
                code == "LL501"
                and _is_name(matched, names)
                and not any(near_miss(word, given) for word in _NAME_WORD.findall(matched))
            )
            if not inside or excused:
                ignored += 1
                continue
            findings.append(self._finding(letter, code, match))
        metrics = {
            "languagetool": languagetool.description,
            "language": language,
            "checked_characters": sum(span.end - span.start for span in prose),
            "languagetool_matches": len(matches),
            "ignored_matches": ignored,
        }
        return self.result(findings, metrics)

    def languagetool(self, config: Config) -> LanguageTool:
        """The LanguageTool this check (so its Linter) uses, made on first use."""
        settings = LanguageToolSettings.from_sources(
            url=config.languagetool,
            home=self.setting(config, "languagetool_home"),
            start_timeout=self.setting(config, "start_timeout"),
            request_timeout=self.setting(config, "request_timeout"),
        )
        with self._lock:
            if self._languagetool is None or self._languagetool.settings != settings:
                self._close()
                self._languagetool = LanguageTool(settings)
            return self._languagetool

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._languagetool is not None:
            self._languagetool.close()
            self._languagetool = None

    def _finding(self, letter: Letter, code: str, match: LanguageToolMatch) -> Finding:
        message = match.message.strip().rstrip(".") or match.category_name or "LanguageTool"
        return self.finding(
            code,
            f"'{quote(letter.text, match.span)}': {message} [{match.rule_id}]",
            match.span,
            suggestion=_suggestion(match.replacements),
            languagetool_rule=match.rule_id,
            languagetool_sub_rule=match.sub_id,
            languagetool_category=match.category,
            languagetool_category_name=match.category_name,
            languagetool_issue_type=match.issue_type,
            replacements=list(match.replacements[:5]),
        )


NAME_ENTITIES = frozenset({
    "PERSON", "ORG", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW",
})
"""spaCy entity labels whose words are names, not dictionary words."""

_SIMILAR = 0.8
"""How alike two words must be (difflib's ratio) for one to be a near-miss of the other."""


def context_names(config: Config) -> frozenset[str]:
    """The words of the company's and interviewer's names the user gave, lower-case."""
    given = (config.context.interviewer, config.context.company)
    return frozenset(word for text in given if text for word in _name_words(text))


def near_miss(word: str, names: Iterable[str]) -> bool:
    """Whether ``word`` is almost, but not exactly, one of ``names`` ("Brightlne"
    for "Brightline"): a misspelling of a name, never a name of its own."""
    word = _POSSESSIVE.sub("", word.lower())
    return any(
        word != name
        and min(len(word), len(name)) >= 4
        and difflib.SequenceMatcher(None, word, name).ratio() >= _SIMILAR
        for name in names
    )


def letter_names(letter: Letter, given: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-case words the letter itself uses as names: the words of the parse's
    named entities, proper nouns written more than once or capitalised inside a
    sentence, and the people and organisation on an email's From/To/Cc headers.

    A spelling the letter is not consistent about is no name: a word that is a
    near-miss of a name the user gave (``--company``, ``--interviewer``) or of a
    name the letter writes more often ("Brightline" three times, "Brightlien"
    once) stays a possible misspelling.
    """
    counts: Counter[str] = Counter()
    candidates: set[str] = set()
    for sentence in letter.sentences:
        tokens = list(sentence.tokens)
        first = next((index for index, token in enumerate(tokens) if token.is_alpha), 0)
        for index, token in enumerate(tokens):
            if not token.text[:1].isupper() or not any(char.isalpha() for char in token.text):
                continue
            word = _POSSESSIVE.sub("", token.text.lower())
            counts[word] += 1
            proper = token.pos_ == "PROPN" if letter.trained_pipeline else True
            entity = token.ent_type_ in NAME_ENTITIES
            if entity or (proper and index > first):
                candidates.add(word)
    candidates |= {word for word, count in counts.items() if count > 1}
    candidates |= {
        word for text in _header_texts(letter.source.headers) for word in _name_words(text)
    }
    consistent = set()
    for word in candidates:
        more_often = [other for other in counts if counts[other] >= counts[word] and other != word]
        if not near_miss(word, given) and not near_miss(word, more_often):
            consistent.add(word)
    return frozenset(word for text in consistent for word in _name_words(text))


def _header_texts(headers: Mapping[str, str]) -> list[str]:
    """The people on an email's From/To/Cc headers (without their addresses) and
    the organisation its mail domains name."""
    texts = []
    for name in ("From", "To", "Cc"):
        value = headers.get(name, "")
        texts.append(re.sub(r"<[^>]*>|\S+@\S+", " ", value))
        for domain in re.findall(r"@([\w.-]+)", value):
            texts += [label for label in domain.split(".") if label.lower() not in _MAIL_HOSTS]
    return texts


def known_names(letter: Letter, config: Config) -> frozenset[str]:
    """Lower-case words that are names in this letter and so are never misspellings:
    the interviewer and company from the context, the salutation and signature, and
    the people on an email's From/To/Cc lines."""
    texts = [value for value in (config.context.interviewer, config.context.company) if value]
    texts += [
        letter.text_of(part.span)
        for part in letter.of(Role.SALUTATION, Role.SIGNATURE, Role.RECIPIENT, Role.LETTERHEAD)
    ]
    for header in letter.of(Role.HEADER, Role.SUBJECT):
        # The people on From/To/Cc lines, without their addresses.
        for line in _HEADER_NAMES.findall(letter.text_of(header.span)):
            texts.append(re.sub(r"<[^>]*>|\S+@\S+", " ", line))
        # The organisation is usually the mail domain: dana@brightlane.io → Brightlane.
        for domain in re.findall(r"@([\w.-]+)", letter.text_of(header.span)):
            texts += [label for label in domain.split(".") if label.lower() not in _MAIL_HOSTS]
    return frozenset(word for text in texts for word in _name_words(text))


_MAIL_HOSTS = frozenset({
    "com", "org", "net", "edu", "gov", "io", "co", "uk", "us", "ac", "mail", "email",
    "gmail", "googlemail", "yahoo", "outlook", "hotmail", "live", "icloud", "me", "aol",
    "protonmail", "proton", "fastmail", "gmx", "nhs", "info", "biz",
})


def _name_words(text: str) -> Iterable[str]:
    for match in _NAME_WORD.finditer(text):
        word = _POSSESSIVE.sub("", match.group().lower())
        yield word
        yield from re.split(r"['’-]", word)


def _is_name(matched: str, names: frozenset[str]) -> bool:
    words = [_POSSESSIVE.sub("", word.lower()) for word in _NAME_WORD.findall(matched)]
    return bool(words) and all(word in names for word in words)


def _words(value: Any) -> frozenset[str]:
    return frozenset(word for text in _strings(value) for word in _name_words(text))


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(item.strip() for item in value.split(",") if item.strip())
    if isinstance(value, Iterable):
        return tuple(str(item) for item in value)
    return ()


def quote(text: str, span: Span) -> str:
    """The matched text for a message; a match of only spaces or punctuation is
    widened to the neighbouring words so the quote shows where it is."""
    start, end = span.start, span.end
    if not any(char.isalnum() for char in text[start:end]):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        before = re.search(r"\S+\s*$", text[line_start:start])
        after = re.match(r"\s*\S+", text[end:line_end])
        start = line_start + before.start() if before else start
        end = end + after.end() if after else end
    excerpt = " ".join(text[start:end].split())
    return excerpt if len(excerpt) <= _MAX_QUOTE else excerpt[: _MAX_QUOTE - 1] + "…"


def _suggestion(replacements: tuple[str, ...]) -> str | None:
    if not replacements:
        return None
    shown = [f"'{item}'" for item in replacements[:3]]
    return "Replace with " + " or ".join(shown)

