"""The parsed draft every check reads: parts, paragraphs, sentences, spaCy Docs.

A letter is parsed once. spaCy sees each prose part (salutation, body paragraphs,
closing, postscript) as its own text in which line breaks and tabs are replaced by
spaces one for one, so every token offset maps straight back to the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from letterlint.letter.clauses import clauses, set_apart
from letterlint.letter.judge import NO_JUDGEMENT
from letterlint.letter.lines import RUN_ON_FIELDS, plain_spaces, see_you
from letterlint.letter.structure import Part, Role, find_parts, is_bullet, split_lines
from letterlint.model import Span, blank_gaps
from letterlint.sources.read import Source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from letterlint.letter.nlp import Pipeline

PROSE_ROLES = (Role.SALUTATION, Role.BODY, Role.CLOSING, Role.POSTSCRIPT)
_WORD = re.compile(r"[^\W_]+(?:(?:['’.-]|(?<=\d),(?=\d{3}))[^\W_]+)*")
"""A word: letters and digits joined by an apostrophe, a dot or a hyphen ("it's",
"follow-up", "3.4"), or a thousands comma ("2,000")."""


@dataclass(frozen=True)
class Clause:
    """A clause of a long sentence, or an aside of any sentence, read by the judge on
    its own."""

    span: Span
    text: str
    judgement: Mapping[str, float]
    aside: bool = False
    """Set apart by brackets or two dashes (``clauses.set_apart``), not split off by
    the parse."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a prose part, with its tokens."""

    span: Span
    text: str
    role: Role
    paragraph: int | None  # index into Letter.body_paragraphs, None outside the body
    tokens: TokenSpan
    offset: int  # where the token Doc starts in the letter's text
    judgement: Mapping[str, float] = field(default_factory=lambda: NO_JUDGEMENT, compare=False)
    """What the trained judge reads the sentence as: a probability per label in
    ``letterlint.letter.judge.LABELS``; empty when no judge ran, and for a sentence it
    does not read (:func:`judged`)."""

    clauses: tuple[Clause, ...] = field(default=(), compare=False)
    """A long sentence's clauses with the judge's reading of each (see
    ``letterlint.letter.clauses``); empty for a short sentence and where no judge ran."""

    def token_span(self, token: Token) -> Span:
        start = self.offset + token.idx
        return Span(start, start + len(token.text))

    def tokens_span(self, tokens: TokenSpan) -> Span:
        start = self.offset + tokens.start_char
        return Span(start, self.offset + tokens.end_char)

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


@dataclass(frozen=True)
class ProsePart:
    part: Part
    doc: Doc


@dataclass(frozen=True)
class Letter:
    """A draft letter, parsed. Build one with :func:`parse_letters`."""

    source: Source
    parts: tuple[Part, ...]
    prose: tuple[ProsePart, ...]
    sentences: tuple[Sentence, ...]
    kind: str = "thank-you"
    asides: tuple[Sentence, ...] = ()
    """The sentences of the notes around the letter (``Role.ASIDE``: a line under the
    signature with no "P.S.", a note above the greeting). They are no part of the
    letter's structure, points or length, but they go out with it when the draft is
    sent as it stands, so the tone check reads them."""
    trained_pipeline: bool = True
    subjects: tuple[Clause, ...] = ()
    """What each subject line says (after "Subject:", :func:`subject_lines`), found
    once at parse time for the cues and the judge alike, with the judge's reading of it
    once the judge has run."""

    @property
    def text(self) -> str:
        return self.source.text

    @property
    def is_empty(self) -> bool:
        return not self.text.strip()

    def of(self, *roles: Role) -> tuple[Part, ...]:
        """The parts with any of these roles, in text order."""
        return tuple(part for part in self.parts if part.role in roles)

    @property
    def body_paragraphs(self) -> tuple[Part, ...]:
        return self.of(Role.BODY)

    @property
    def body_sentences(self) -> tuple[Sentence, ...]:
        return tuple(sentence for sentence in self.sentences if sentence.role is Role.BODY)

    def text_of(self, span: Span) -> str:
        return span.of(self.text)

    def words_in(self, span: Span) -> list[re.Match[str]]:
        """Word matches inside ``span``, with offsets into the letter's text."""
        return list(_WORD.finditer(self.text, span.start, span.end))

    def read(self, part: Part) -> str:
        """A part's text without its gaps (a page's number and header), as spaces."""
        return part.read(self.text)

    def words_of(self, part: Part) -> list[re.Match[str]]:
        """The words of a part, not of its gaps."""
        return [word for piece in part.pieces() for word in self.words_in(piece)]

    @property
    def body_words(self) -> int:
        return sum(len(self.words_of(part)) for part in self.body_paragraphs)

    def with_kind(self, kind: str) -> Letter:
        return replace(self, kind=kind)


def analysis_text(text: str) -> str:
    """Same length as ``text``, with line breaks, tabs and the odd spaces of a web copy
    (``lines.ODD_SPACES``: no-break, zero-width) as spaces, and with the
    work spaCy's tokenizer does bounded: it is quadratic in the length of a run
    of symbols ("!" × 16,000 takes half a minute), so a run of symbols keeps its
    first MAX_SYMBOL_RUN characters and the rest become spaces, and a chunk
    without spaces is cut by a space every MAX_CHUNK characters. Three words or
    more shouted in capitals are read in lower case: the parser takes capitals for
    names, and the readings built on the parse (a verdict on the employer) missed
    "THE WHOLE PROCESS WAS A JOKE". Offsets still map one for one to the original
    text, which the letter's sentences keep."""
    text = plain_spaces(text).translate(_WHITESPACE_AS_SPACE)
    text = _SHOUTED.sub(_quieted, text)
    text = _SYMBOL_RUN.sub(_keep_run_start, text)
    return _LONG_CHUNK.sub(_cut_chunk, text)


MAX_SYMBOL_RUN = 32
"""Longest run of symbols (punctuation, emoji, underscores) spaCy sees whole."""
MAX_CHUNK = 100
"""Longest stretch without a space spaCy sees whole."""

_WHITESPACE_AS_SPACE = str.maketrans({"\r": " ", "\n": " ", "\t": " ", "\f": " ", "\v": " "})
_SYMBOL_RUN = re.compile(rf"(?:[^\w\s]|_){{{MAX_SYMBOL_RUN + 1},}}")
_LONG_CHUNK = re.compile(rf"[^ ]{{{MAX_CHUNK + 1},}}")


_SHOUTED = re.compile(r"\b[A-Z][A-Z'’]+(?:[ ,;:!?.-]+[A-Z][A-Z'’]*){2,}\b")
"""Three words or more in capitals: shouting, which the parser reads as names."""


def _quieted(run: re.Match[str]) -> str:
    words = re.findall(r"[A-Z]+", run.group(0))
    if max(len(word) for word in words) < 4:
        return run.group(0)  # "NHS IT CV": acronyms side by side
    return run.group(0).lower()


def _keep_run_start(run: re.Match[str]) -> str:
    kept = run.group(0)[:MAX_SYMBOL_RUN]
    return kept + " " * (len(run.group(0)) - len(kept))


def _cut_chunk(chunk: re.Match[str]) -> str:
    text = chunk.group(0)
    return " ".join(text[start : start + MAX_CHUNK] for start in range(0, len(text), MAX_CHUNK + 1))


def parse_letters(
    sources: Sequence[Source], pipeline: Pipeline, judge: bool = True
) -> list[Letter]:
    """Parse several letters with one batched pass through the pipeline (and, unless
    ``judge`` is False, one through the trained sentence judge)."""
    structures = [find_parts(source.text) for source in sources]
    prose_parts = [
        [part for part in parts if part.role in (*PROSE_ROLES, Role.ASIDE)]
        for parts in structures
    ]
    texts: list[str] = []
    items: list[list[tuple[int, int]]] = []
    for source, prose in zip(sources, prose_parts, strict=True):
        for part in prose:
            raw = part.read(source.text)
            texts.append(analysis_text(raw))
            closing = _line_starts(raw) if part.role is Role.CLOSING else ()
            items.append([*_list_items(raw), *closing])
    docs = iter(pipeline.parse(texts, items)) if texts else iter(())
    letters: list[Letter] = []
    for source, parts, prose in zip(sources, structures, prose_parts, strict=True):
        parsed = [ProsePart(part, next(docs)) for part in prose]
        prose_docs = tuple(item for item in parsed if item.part.role is not Role.ASIDE)
        aside_docs = [item for item in parsed if item.part.role is Role.ASIDE]
        letter = Letter(
            source=source,
            parts=parts,
            prose=prose_docs,
            sentences=tuple(_sentences(source.text, prose_docs)),
            trained_pipeline=pipeline.trained,
            asides=tuple(_sentences(source.text, aside_docs)),
        )
        letters.append(replace(letter, subjects=tuple(
            Clause(span, value, NO_JUDGEMENT) for span, value in subject_lines(letter)
        )))
    return _judged(letters, pipeline) if judge else letters


JUDGED_ROLES = (Role.BODY, Role.POSTSCRIPT, Role.ASIDE)
"""The parts whose every sentence the trained judge reads: the body and postscript
(the points, stock phrasing and tone) and the notes around the letter (tone only)."""
FRAME_WORDS = 3
"""The words in lower case from which a greeting or a sign-off is read by the judge
too (for tone): "Dear whoever is supposed to be reading these," and "Regards, not
that anyone cares," say something; "Dear Ms. Lee,", "Hello Mr. Van der Berg," and
"With kind regards," do not."""


def judged(sentence: Sentence) -> bool:
    """Whether the trained judge reads ``sentence``: every sentence of the body, the
    postscript and the notes around the letter, and a greeting or sign-off with
    ``FRAME_WORDS`` or more words in lower case (beyond its first: names and titles
    are capitalised, what the line says is not)."""
    if sentence.role in JUDGED_ROLES:
        return True
    if sentence.role not in (Role.SALUTATION, Role.CLOSING):
        return False
    if see_you(sentence.text):
        return True  # "See you Monday!" may take the job as won
    words = _WORD.findall(sentence.text)[1:]
    return sum(1 for word in words if word[0].islower()) >= FRAME_WORDS


_REPLY = re.compile(r"(?i)^\s*(?:(?:re|fwd?|aw|wg)\s*:\s*)+")
"""The "Re:" and "Fwd:" (and German "AW:", "WG:") a reply puts before a subject."""


def subject_lines(letter: Letter) -> list[tuple[Span, str]]:
    """Each subject line's value (what follows "Subject:") and its span: in an e-mail
    header or a subject line above the greeting."""
    found: list[tuple[Span, str]] = []
    for part in letter.of(Role.HEADER, Role.SUBJECT):
        for line in split_lines(letter.text_of(part.span)):
            fields = list(RUN_ON_FIELDS.finditer(line.text))
            if len(fields) >= 2:  # a mail's fields run into one line
                found.extend(
                    (Span(part.span.start + line.start + field.start("value"),
                          part.span.start + line.start + field.end("value")), field["value"])
                    for field in fields
                    if field["label"].lower() == "subject" and field["value"]
                )
                continue
            label, _, after = line.text.partition(":")
            if label.strip(" *_").lower() != "subject" or not after.strip(" *_"):
                continue
            value = after.lstrip()  # from its first word, as a field run into a line
            start = part.span.start + line.start + len(label) + 1 + len(after) - len(value)
            found.append((Span(start, start + len(value)), value))
    return found


def _pieces(tokens: TokenSpan) -> list[tuple[int, int, str, bool]]:
    """The parts of a sentence the judge reads on their own, each with whether it
    is an aside: a long sentence's clauses, and any sentence's asides (set apart by
    brackets or two dashes)."""
    found, asides = clauses(tokens), set_apart(tokens)
    return [*((*clause, clause in asides) for clause in found),
            *((*aside, True) for aside in asides if aside not in found)]


def _judged(letters: list[Letter], pipeline: Pipeline) -> list[Letter]:
    """Every sentence the judge reads (:func:`judged`) with its reading, in one
    batch."""
    sentences = [
        sentence
        for letter in letters
        for sentence in (*letter.sentences, *letter.asides)
        if judged(sentence)
    ]
    pieces = [
        _pieces(sentence.tokens) if sentence.role in JUDGED_ROLES else []
        for sentence in sentences
    ]
    # A hard-wrapped sentence is read as one line, as the judge learned sentences; a
    # subject line without the "Re:" of a reply
    texts = [" ".join(sentence.text.split()) for sentence in sentences]
    texts += [_REPLY.sub("", subject.text).strip(" *_") or subject.text
              for letter in letters for subject in letter.subjects]
    texts += [" ".join(words.split()) for found in pieces for _, _, words, _ in found]
    readings = iter(pipeline.judge(texts))
    of_sentences = [next(readings) for _ in sentences]  # the subjects' and clauses' follow
    of_subjects = [
        tuple(replace(subject, judgement=next(readings)) for subject in letter.subjects)
        for letter in letters
    ]
    judged_sentences = iter([
        replace(sentence, judgement=judgement, clauses=tuple(
            Clause(Span(sentence.offset + start, sentence.offset + end), words, next(readings),
                   aside)
            for start, end, words, aside in found
        ))
        for sentence, judgement, found in zip(sentences, of_sentences, pieces, strict=True)
    ])

    def read(group: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
        return tuple(next(judged_sentences) if judged(sentence) else sentence
                     for sentence in group)

    return [
        replace(letter, sentences=read(letter.sentences), asides=read(letter.asides),
                subjects=judged_subjects)
        for letter, judged_subjects in zip(letters, of_subjects, strict=True)
    ]


def _list_items(raw: str) -> Iterator[tuple[int, int]]:
    """Each bullet item as (start, end) in ``raw``: its line plus any indented
    continuation lines (a hard-wrapped item). A prose line right after an item
    begins a sentence too; it comes as an empty range (start, start)."""
    lines = split_lines(raw)
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not is_bullet(line.text):
            continue
        end = line.end
        while index < len(lines) and lines[index].text[:1] in (" ", "\t"):
            if lines[index].blank or is_bullet(lines[index].text):
                break
            end = lines[index].end
            index += 1
        yield line.start + len(line.text) - len(line.text.lstrip()), end
        if index < len(lines) and not lines[index].blank and not is_bullet(lines[index].text):
            yield lines[index].start, lines[index].start


def _line_starts(raw: str) -> Iterator[tuple[int, int]]:
    """Each later line of a sign-off begins a sentence: "Thanking you," over
    "Respectfully yours," are two sign-offs, each read from its start."""
    for line in split_lines(raw)[1:]:
        if not line.blank:
            start = line.start + len(line.text) - len(line.text.lstrip())
            yield start, start


def _sentences(text: str, prose: Sequence[ProsePart]) -> Iterator[Sentence]:
    paragraph = -1
    for item in prose:
        if item.part.role is Role.BODY:
            paragraph += 1
        offset = item.part.span.start
        for sent in item.doc.sents:
            tokens = _trim_space(sent)
            if tokens is None:
                continue
            span = Span(offset + tokens.start_char, offset + tokens.end_char)
            yield Sentence(
                span=span,
                text=blank_gaps(text, span, item.part.gaps),
                role=item.part.role,
                paragraph=paragraph if item.part.role is Role.BODY else None,
                tokens=tokens,
                offset=offset,
            )


def _trim_space(sent: TokenSpan) -> TokenSpan | None:
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None
