"""Plain frozen data shared by every part of letterlint.

Character offsets into the letter's original text are the truth; line and column
are worked out only when a formatter reports a finding.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

KINDS = ("thank-you", "follow-up")
POINTS = ("interest", "standout", "learned")

_EMPTY: Mapping[str, Any] = MappingProxyType({})


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


HEAD_ROLES = (Role.HEADER, Role.LETTERHEAD, Role.DATE, Role.RECIPIENT, Role.SUBJECT)
"""The parts above the greeting: none of them is prose of the letter."""


@dataclass(frozen=True)
class Part:
    """A part of the letter's layout (its letterhead, greeting, a body paragraph …)
    and where it is in the letter's text."""

    role: Role
    span: Span

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

    @classmethod
    def skipped(cls, name: str, reason: str) -> CheckResult:
        return cls(name=name, status=Status.SKIPPED, score=None, reason=reason)

    @classmethod
    def failed(cls, name: str, reason: str) -> CheckResult:
        return cls(name=name, status=Status.FAILED, score=None, reason=reason)


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

    @property
    def findings(self) -> tuple[Finding, ...]:
        every = (finding for check in self.checks for finding in check.findings)
        return tuple(sorted(every, key=Finding.sort_key))

    def check(self, name: str) -> CheckResult | None:
        return next((result for result in self.checks if result.name == name), None)

    def codes(self) -> set[str]:
        return {finding.code for finding in self.findings}
