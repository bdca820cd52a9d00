"""Applying the exact edits findings carry to a letter's text.

Fixes never overlap once applied: of two that touch, the first in the text wins
and the other waits for the next round (``letterlint --fix`` lints again after
each round, as ruff does), so every edit is made on the words it was computed for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from letterlint.model import Applicability, Finding, Fix, Span

_DOUBLED_SPACE_RULES = frozenset({"WHITESPACE_RULE", "CONSECUTIVE_SPACES"})


def applicable(findings: Iterable[Finding], unsafe: bool = False) -> list[Finding]:
    """The findings whose fix ``--fix`` applies (safe ones; unsafe too with
    ``--unsafe-fixes``), first in the text first, none overlapping another."""
    chosen: list[Finding] = []
    candidates = [f for f in findings if f.fix is not None and (unsafe or f.fix.safe)]
    for finding in sorted(candidates, key=lambda f: (_fix_of(f).span.start, _fix_of(f).span.end)):
        span = _fix_of(finding).span
        if chosen and _touches(_fix_of(chosen[-1]).span, span):
            continue
        chosen.append(finding)
    return chosen


def apply_fixes(text: str, fixes: Iterable[Fix]) -> str:
    """``text`` with each fix's span replaced; the fixes must not overlap."""
    pieces: list[str] = []
    position = 0
    for fix in sorted(fixes, key=lambda fix: fix.span.start):
        if fix.span.start < position:
            raise ValueError(f"overlapping fixes at {fix.span.start}")
        pieces.append(text[position : fix.span.start])
        pieces.append(fix.replacement)
        position = fix.span.end
    pieces.append(text[position:])
    return "".join(pieces)


def doubled_space_fix(span: Span, text: str, metadata: Mapping[str, Any]) -> Fix | None:
    """A safe fix for LanguageTool's doubled-space finding: the run of spaces
    between two words becomes one. Anything else LanguageTool suggests is left to
    the writer (a spelling suggestion is a guess at a word)."""
    if metadata.get("languagetool_rule") not in _DOUBLED_SPACE_RULES:
        return None
    start, end = span.start, span.end
    while start > 0 and text[start - 1] == " ":
        start -= 1
    while end < len(text) and text[end] == " ":
        end += 1
    run = text[start:end]
    if len(run) < 2 or run.strip(" ") or start == 0 or end == len(text):
        return None
    if text[start - 1].isspace() or text[end].isspace():
        return None  # indentation or a line's end, not a gap between words
    return Fix(Span(start, end), " ", Applicability.SAFE)


def _fix_of(finding: Finding) -> Fix:
    assert finding.fix is not None
    return finding.fix


def _touches(first: Span, second: Span) -> bool:
    return second.start < first.end or (second.start == first.end == first.start)
