"""Plain frozen data shared by every part of letterlint.

Character offsets into the letter's original text are the truth; line and column
are worked out only when a formatter reports a finding.
"""

from __future__ import annotations

import bisect
import enum
import json
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

KINDS = ("thank-you", "follow-up")
POINTS = ("interest", "standout", "learned")


class FrozenDict(dict[str, Any]):
    """A read-only dict: the mappings a frozen record holds (metadata, metrics,
    points). A dict subclass rather than ``MappingProxyType`` so that
    ``dataclasses.asdict`` and ``copy.deepcopy`` work on every record, and
    ``json.dumps`` takes it as it is."""

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError(f"{type(self).__name__} is read-only")

    __setitem__ = __delitem__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only
    __ior__ = _read_only

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, Any]]]:
        # Pickle from a plain dict: unpickling must not call the blocked __setitem__.
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> FrozenDict:
        import copy

        return type(self)({key: copy.deepcopy(value, memo) for key, value in self.items()})


def frozen(mapping: Mapping[str, Any] | None) -> FrozenDict:
    """``mapping`` as a FrozenDict (itself when it already is one)."""
    if isinstance(mapping, FrozenDict):
        return mapping
    return FrozenDict(mapping or {})


def _freeze_fields(record: object, *names: str) -> None:
    """Store a frozen record's mapping fields as FrozenDicts, whatever mapping the
    caller passed (checks and plugins pass dicts and ``MappingProxyType``s)."""
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, FrozenDict):
            object.__setattr__(record, name, frozen(value))


_EMPTY: Mapping[str, Any] = FrozenDict()


class Severity(enum.Enum):
    """How much a finding matters; the gate (`--fail-on`) compares these."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


class Status(enum.Enum):
    """Whether a check ran. A skipped or failed check is never a clean one."""

    OK = "ok"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into the letter's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end



class Role(enum.Enum):
    """What a part of a letter is, by its place in the layout."""

    HEADER = "header"  # e-mail header lines (From:, To:, Subject: …) above the letter
    LETTERHEAD = "letterhead"  # the sender's name, address and contacts above the letter
    DATE = "date"
    RECIPIENT = "recipient"  # the addressee's name, title, organisation and address
    SUBJECT = "subject"  # a Subject: or RE: line above the greeting
    SALUTATION = "salutation"
    BODY = "body"
    CLOSING = "closing"
    SIGNATURE = "signature"
    POSTSCRIPT = "postscript"
    QUOTED = "quoted"
    ASIDE = "aside"  # around the letter, not of it: a note above the greeting, a footer below


NOT_THE_LETTER = (Role.QUOTED, Role.ASIDE)
"""Parts that are no part of the writer's letter: an earlier message, a note around it."""

HEAD_ROLES = (Role.HEADER, Role.LETTERHEAD, Role.DATE, Role.RECIPIENT, Role.SUBJECT)
"""The parts above the greeting: none of them is prose of the letter."""


@dataclass(frozen=True)
class Part:
    """A part of the letter's layout (its letterhead, greeting, a body paragraph …)
    and where it is in the letter's text. ``gaps`` are lines inside a paragraph's span
    that are none of it: a PDF copy's page number and running header (or a decorative
    rule) where the paragraph runs on across a page break. The checks read the
    paragraph without them (``Letter.read``, ``Letter.words_of``)."""

    role: Role
    span: Span
    gaps: tuple[Span, ...] = ()

    def read(self, text: str) -> str:
        """The part's text with its gaps as spaces: the same length, so offsets hold."""
        return blank_gaps(text, self.span, self.gaps)

    def pieces(self) -> tuple[Span, ...]:
        """The part's span without its gaps."""
        if not self.gaps:
            return (self.span,)
        pieces, start = [], self.span.start
        for gap in sorted(self.gaps, key=lambda gap: gap.start):
            if gap.start > start:
                pieces.append(Span(start, gap.start))
            start = max(start, gap.end)
        if start < self.span.end:
            pieces.append(Span(start, self.span.end))
        return tuple(pieces)

def blank_gaps(text: str, span: Span, gaps: tuple[Span, ...]) -> str:
    """``span`` of ``text`` with the gaps in it as spaces (same length)."""
    piece = span.of(text)
    for gap in gaps:
        start, end = max(gap.start, span.start), min(gap.end, span.end)
        if start < end:
            at = start - span.start
            piece = piece[:at] + " " * (end - start) + piece[at + end - start :]
    return piece


class Applicability(enum.Enum):
    """Whether ``--fix`` may apply a fix on its own (ruff's terms): a safe fix keeps
    the sentence's meaning and grammar (a stiff word with a one-word equivalent, an
    over-formal sign-off, a doubled space); an unsafe one rewrites a phrase, so it is
    applied only with ``--unsafe-fixes``."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True)
class Fix:
    """An exact edit that resolves a finding: replace ``span`` of the letter's text
    with ``replacement``. Never a guess at a whole sentence: the words around the
    span read on unchanged."""

    span: Span
    replacement: str
    applicability: Applicability = Applicability.SAFE

    @property
    def safe(self) -> bool:
        return self.applicability is Applicability.SAFE


@dataclass(frozen=True)
class Finding:
    """One problem in one letter. ``span`` is None for a whole-letter finding."""

    code: str
    rule: str
    check: str
    severity: Severity
    message: str
    span: Span | None = None
    suggestion: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, compare=False)
    fix: Fix | None = None
    """The exact edit that resolves the finding, when there is one (``--fix``)."""

    def __post_init__(self) -> None:
        _freeze_fields(self, "metadata")

    def sort_key(self) -> tuple[int, int, str]:
        start = self.span.start if self.span else -1
        end = self.span.end if self.span else -1
        return (start, end, self.code)


@dataclass(frozen=True)
class PointCoverage:
    """Whether the letter makes one of the three points, and where."""

    covered: bool
    confidence: float
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    """What one check concluded about one letter."""

    name: str
    status: Status
    score: int | None
    findings: tuple[Finding, ...] = ()
    metrics: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    reason: str | None = None
    points: Mapping[str, PointCoverage] = field(default_factory=lambda: _EMPTY)

    def __post_init__(self) -> None:
        _freeze_fields(self, "metrics", "points")

    @classmethod
    def skipped(cls, name: str, reason: str) -> CheckResult:
        return cls(name=name, status=Status.SKIPPED, score=None, reason=reason)

    @classmethod
    def failed(cls, name: str, reason: str) -> CheckResult:
        return cls(name=name, status=Status.FAILED, score=None, reason=reason)


Run = tuple[int, int, int, int]
"""(offset in the checked text, length, line, column in the file): ``length``
characters of the checked text that stand, one for one, on one line of the file."""


@dataclass(frozen=True)
class Origin:
    """Where the checked text's characters are in the file the user opened, for a
    letter extracted from Markdown, HTML, an email or a Word document.

    Line and column are 1-based and count characters of the file as decoded
    (UTF-8); for a Word document a "line" is a paragraph of the document (every
    paragraph of the body, table cells' included, empty ones counted). Characters
    the extraction added (blank lines between blocks, list markers, a decoded
    ``&rsquo;``) have no place of their own. ``approximate`` says that every
    character maps to one place, the start of the part holding the letter (a
    base64 email body, whose text is not readable in the file).
    """

    runs: tuple[Run, ...]
    lines: Mapping[int, str] = field(default_factory=dict)
    """The file's lines that hold the letter, by number (for showing them)."""
    headers: Mapping[str, tuple[int, int, int]] = field(default_factory=lambda: _EMPTY)
    """An email header's value: its line, first and end column, by header name."""
    approximate: bool = False
    unit: str = "line"
    """What a line number counts: "line", or "paragraph" for a Word document."""

    def __post_init__(self) -> None:
        _freeze_fields(self, "lines", "headers")

    def _run_at(self, offset: int) -> Run | None:
        index = bisect.bisect_right(self.runs, (offset, sys.maxsize)) - 1
        if index >= 0:
            run = self.runs[index]
            if run[0] <= offset < run[0] + run[1]:
                return run
        return None

    def position(self, offset: int) -> tuple[int, int] | None:
        """The file's line and column of the checked text's character at ``offset``,
        or None when the extraction added that character."""
        run = self._run_at(offset)
        if run is None:
            return None
        start, _, line, column = run
        return (line, column) if self.approximate else (line, column + offset - start)

    def region(self, span: Span) -> tuple[int, int, int, int]:
        """Line, column, end line and end column (exclusive) in the file of the
        words a span of the checked text quotes: from its first character the
        file has to just after its last. A span of added characters only is an
        empty region where the next file character is."""
        mapped = [
            (offset, found)
            for offset in range(span.start, span.end)
            if (found := self.position(offset)) is not None
        ]
        if mapped and not self.approximate:
            (line, column), (end_line, end_column) = mapped[0][1], mapped[-1][1]
            return line, column, end_line, end_column + 1
        index = bisect.bisect_right(self.runs, (span.start, sys.maxsize)) - 1
        after = [run for run in self.runs[max(index, 0):] if run[0] + run[1] > span.start]
        if not after:
            last = self.runs[-1] if self.runs else (0, 0, 1, 1)
            line, column = last[2], last[3] + (0 if self.approximate else last[1])
            return line, column, line, column
        run = after[0]
        offset = max(span.start, run[0])
        line, column = run[2], run[3] + (0 if self.approximate else offset - run[0])
        return line, column, line, column


@dataclass(frozen=True)
class Report:
    """Everything letterlint found in one letter."""

    path: str | None
    text: str
    kind: str
    checks: tuple[CheckResult, ...]
    points: Mapping[str, PointCoverage]
    score: int
    passed: bool
    extracted: bool = False
    metadata: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    parts: tuple[Part, ...] = ()
    """The letter's layout as read: letterhead, date, recipient, subject, salutation,
    body paragraphs, closing, signature, postscript and quoted text, in text order."""
    origin: Origin | None = None
    """Where the checked text is in the file, when it was extracted from one (None:
    the text is the file's, offset for offset)."""

    def __post_init__(self) -> None:
        _freeze_fields(self, "points", "metadata")

    def to_dict(self) -> dict[str, Any]:
        """This report as ``--format json`` writes it: one object of its ``files``
        list (see ``letterlint/schema/report-v1.json``)."""
        from letterlint.formatters.json import report_to_dict

        return report_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @property
    def findings(self) -> tuple[Finding, ...]:
        every = (finding for check in self.checks for finding in check.findings)
        return tuple(sorted(every, key=Finding.sort_key))

    def check(self, name: str) -> CheckResult | None:
        return next((result for result in self.checks if result.name == name), None)

    def codes(self) -> set[str]:
        return {finding.code for finding in self.findings}
