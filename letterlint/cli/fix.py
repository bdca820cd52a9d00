"""``letterlint --fix`` and ``--diff``: apply the findings' fixes, ruff's way.

Each round applies every applicable fix that does not touch another, then lints
the letter again (so a fix that shifted the text is made on fresh offsets), up to
``MAX_ROUNDS``. A round whose fixes would bring a finding the letter did not have
is taken back and its fixes tried one at a time, keeping only those that bring
none: a fixed letter has fewer findings and no new one. Files are written only
after every letter is fixed, all or none (``fix.write``); only plain text and
Markdown are rewritten (``fix.rewrite``).
"""

from __future__ import annotations

import difflib
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from letterlint.cli.status import error
from letterlint.fix.edits import applicable
from letterlint.fix.rewrite import REWRITABLE, Rewritten, rewrite
from letterlint.fix.write import Change, WriteError, write_all
from letterlint.model import Finding, Fix, Report
from letterlint.sources.read import STDIN_NAME, InputError, Source, from_bytes, shown_name

if TYPE_CHECKING:
    from letterlint.cli.lint import Session

MAX_ROUNDS = 10
"""Rounds of fixing before letterlint stops; ruff stops at 100, but a letter's
fixes do not cascade: two rounds are the most seen on the corpus."""

_FORMAT_NAMES = {"email": "an e-mail", "html": "an HTML file", "docx": "a Word file"}


@dataclass
class Outcome:
    """What fixing did: the reports after it, the diff, and whether any file
    (would have) changed."""

    reports: list[Report]
    diff: str = ""
    changed: bool = False
    failed: bool = False
    stdin_data: bytes | None = None
    """With stdin, the letter after the fixes (ruff prints it on stdout)."""
    fixed: int = 0
    files: int = 0
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class _Fixed:
    data: bytes
    source: Source
    report: Report
    count: int


def fix_letters(
    session: Session,
    sources: Sequence[Source],
    reports: Sequence[Report],
    stdin: tuple[int, bytes] | None,
    unsafe: bool,
    write: bool,
) -> Outcome:
    """Fix every letter that has applicable fixes; write them (``write``) or diff them."""
    outcome = Outcome(reports=list(reports))
    if stdin is not None:
        outcome.stdin_data = stdin[1]
    diffs: list[str] = []
    for position, (source, report) in enumerate(zip(sources, reports, strict=True)):
        if not applicable(report.findings, unsafe):
            continue
        shown = shown_name(source.path or STDIN_NAME)
        is_stdin = stdin is not None and stdin[0] == position
        if source.format not in REWRITABLE:
            kind = _FORMAT_NAMES.get(source.format, source.format)
            sys.stderr.write(
                f"letterlint: note: {shown} is {kind}; --fix rewrites only plain text and "
                "Markdown, so it was left as it is.\n"
            )
            continue
        data = stdin[1] if stdin is not None and is_stdin else _current_bytes(source)
        if data is None:
            sys.stderr.write(
                f"letterlint: note: {shown} changed while letterlint was running, so it was "
                "left as it is; run letterlint again.\n"
            )
            continue
        fixed = _fix_letter(session, source, report, data, unsafe)
        if fixed is None:
            continue
        outcome.reports[position] = fixed.report
        outcome.fixed += fixed.count
        outcome.files += 1
        outcome.changed = True
        diffs.append(_diff(source.path or "-", data, fixed.data))
        if is_stdin:
            outcome.stdin_data = fixed.data
            continue
        outcome.changes.append(Change(Path(source.path or ""), data, fixed.data))
    outcome.diff = "".join(diffs)
    verb = "fixed" if write else "would fix"
    if write and outcome.changes:
        try:
            write_all(outcome.changes)
        except WriteError as problem:
            error(str(problem))
            outcome.failed = True
            outcome.reports = list(reports)
            return outcome
    if outcome.fixed:
        sys.stderr.write(
            f"letterlint: {verb} {outcome.fixed} finding{'s' if outcome.fixed != 1 else ''} in "
            f"{outcome.files} letter{'s' if outcome.files != 1 else ''}.\n"
        )
    return outcome


def _fix_letter(
    session: Session, source: Source, report: Report, data: bytes, unsafe: bool
) -> _Fixed | None:
    """The letter after its fixes, or None when none could be made."""
    original = _keys(report)
    current = _Fixed(data, source, report, 0)
    refused: set[tuple[str, str, str]] = set()
    for _ in range(MAX_ROUNDS):
        chosen = [f for f in applicable(current.report.findings, unsafe)
                  if _fix_key(current.source, f) not in refused]
        if not chosen:
            break
        attempt = _attempt(session, current, [_fix(f) for f in chosen], original)
        if attempt is None:
            # some fix in the round brings a new finding: try them one at a time
            progress = False
            for finding in chosen:
                single = _attempt(session, current, [_fix(finding)], original)
                if single is None:
                    refused.add(_fix_key(current.source, finding))
                    continue
                current = single
                progress = True
                break
            if not progress:
                break
            continue
        current = attempt
    return current if current.count else None


def _attempt(
    session: Session, current: _Fixed, fixes: list[Fix], original: Counter[tuple[str, str]]
) -> _Fixed | None:
    rewritten: Rewritten | None = rewrite(current.source, current.data, fixes)
    if rewritten is None:
        return None
    report = session.lint_one(rewritten.source)
    if _keys(report) - original:
        return None
    return _Fixed(rewritten.data, rewritten.source, report, current.count + len(rewritten.fixes))


def _keys(report: Report) -> Counter[tuple[str, str]]:
    """Findings by code and the words they quote (offsets move as text is fixed); a
    whole-letter finding by its code alone (its message counts words)."""
    return Counter(
        (finding.code, _quoted(finding, report.text))
        for finding in report.findings
    )


def _quoted(finding: Finding, text: str) -> str:
    return "" if finding.span is None else " ".join(finding.span.of(text).split())


def _fix(finding: Finding) -> Fix:
    assert finding.fix is not None
    return finding.fix


def _fix_key(source: Source, finding: Finding) -> tuple[str, str, str]:
    fix = _fix(finding)
    return (finding.code, fix.span.of(source.text), fix.replacement)


def _current_bytes(source: Source) -> bytes | None:
    """The file's bytes now, when they still read as the letter that was linted."""
    try:
        data = Path(source.path or "").read_bytes()
        if from_bytes(data, source.path or "").text != source.text:
            return None
    except (OSError, InputError):
        return None
    return data


def _diff(path: str, old: bytes, new: bytes) -> str:
    before = old.decode("utf-8", "replace").splitlines(keepends=True)
    after = new.decode("utf-8", "replace").splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, fromfile=path, tofile=path)
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)
