"""lint(): source → Letter → checks → Report.

The run is three steps: read and parse every letter once (one batched pass through
spaCy), run each enabled check on it, then filter, score and gate the results.
A check that raises is reported as failed and the others still run.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any

from letterlint import scoring
from letterlint.checks.base import Check
from letterlint.checks.suppression import SuppressionCheck
from letterlint.config import Config, ConfigError, load_config
from letterlint.files import per_file_ignored
from letterlint.fix.edits import doubled_space_fix
from letterlint.letter.kind import detect_kind
from letterlint.letter.nlp import Pipeline
from letterlint.letter.parse import Letter, parse_letters
from letterlint.letter.suppress import Directive, letter_suppressions
from letterlint.model import (
    CheckResult,
    Finding,
    Fix,
    PointCoverage,
    Report,
    Severity,
    Span,
    Status,
)
from letterlint.registry import Registry, RegistryError
from letterlint.sources.read import Source, read_path

LetterInput = str | os.PathLike[str] | Source
"""A letter's text (``str``), a path to a file (``Path``), or a read ``Source``."""

_BATCH = 32


JUDGED_CHECKS = frozenset({"coverage", "phrasing", "timing", "tone"})
"""The checks that read the trained judge's verdicts: without them, it is not run (timing
reads whether a reference to the deadline is a complaint: LL703)."""


class Linter:
    """Holds the loaded resources (spaCy pipeline, check instances, any
    LanguageTool server) so that many letters can be linted cheaply. Close it,
    or use it as a context manager, to release them. Threads may share one: its
    checks, and so its LanguageTool server, are made once whoever asks first."""

    def __init__(
        self,
        config: Config | str | os.PathLike[str] | None = None,
        *,
        registry: Registry | None = None,
        pipeline: Pipeline | None = None,
        **options: Any,
    ) -> None:
        self.registry = registry or Registry.default()
        if not isinstance(config, Config):
            config = load_config(Path(config)) if config is not None else Config()
        self.config = config.with_options(**options)
        self.registry.validate(self.config)
        self.pipeline = pipeline or Pipeline(self.config.spacy_model)
        self._checks: dict[str, Check] = {}
        # Threads sharing a Linter must share its checks: two GrammarChecks made at
        # once would each start a LanguageTool server, and close() would stop one.
        self._checks_lock = threading.Lock()

    def __enter__(self) -> Linter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._checks_lock:
            checks = list(self._checks.values())
            self._checks.clear()
        for check in checks:
            check.close()

    def check(self, check_class: type[Check]) -> Check:
        """This Linter's instance of a check, made on first use (once, whichever
        thread gets here first)."""
        with self._checks_lock:
            if check_class.name not in self._checks:
                self._checks[check_class.name] = check_class()
            return self._checks[check_class.name]

    def lint(self, letter: LetterInput, config: Config | None = None, **options: Any) -> Report:
        """Lint one letter: text (``str``), a file (``Path``) or a ``Source``."""
        return next(self.lint_many([letter], config, **options))

    def lint_many(
        self,
        letters: Iterable[LetterInput],
        config: Config | None = None,
        *,
        n_process: int = 1,
        **options: Any,
    ) -> Iterator[Report]:
        """Lint letters lazily, parsing them in batches with one pipeline.

        ``n_process`` > 1 spreads the letters over that many worker processes
        (-1: one per core), sharing this Linter's LanguageTool server; the
        reports are the same, in the same order (see :mod:`letterlint.parallel`).
        """
        run_config = (config or self.config).with_options(**options)
        if config is not None or options:
            self.registry.validate(run_config)
        processes = _processes(n_process)
        if processes > 1:
            from letterlint.parallel import lint_in_processes

            yield from lint_in_processes(self, letters, run_config, processes)
            return
        batch: list[Source] = []
        for letter in letters:
            batch.append(to_source(letter))
            if len(batch) == _BATCH:
                yield from self._lint_batch(batch, run_config)
                batch = []
        if batch:
            yield from self._lint_batch(batch, run_config)

    def _lint_batch(self, sources: list[Source], config: Config) -> Iterator[Report]:
        enabled = self.registry.enabled_codes(config)
        judged = any(
            rule.code in enabled
            for check in self.registry.checks
            if check.name in JUDGED_CHECKS
            for rule in check.rules
        )
        for letter in parse_letters(sources, self.pipeline, judge=judged):
            yield self.lint_letter(letter, config)

    def lint_letter(self, letter: Letter, config: Config) -> Report:
        """Run the checks on an already parsed letter."""
        detected_kind, kind_confidence = detect_kind(letter)
        kind = detected_kind if config.kind == "auto" else config.kind
        letter = letter.with_kind(kind)
        enabled = self.registry.enabled_codes(config) - self._per_file_ignored(letter, config)
        overrides = {
            code: severity
            for selector, severity in config.severity.items()
            for code in self.registry.resolve(selector)
        }
        results = []
        for check_class in self.registry.checks:
            if not any(rule.code in enabled for rule in check_class.rules):
                continue
            results.append(self._run_check(check_class, letter, config, enabled, overrides))
        results = self._suppressed(letter, results, config, enabled)
        findings = [finding for result in results for finding in result.findings]
        score = scoring.letter_score(results)
        # require_grammar: a letter whose grammar was not checked does not pass
        # (the CLI exits 2 for it); a skipped check is never a clean one.
        grammar_missing = config.require_grammar and any(
            result.name == "grammar" and result.status is not Status.OK for result in results
        )
        # a check that crashed said nothing about the letter: never a pass
        crashed = any(result.status is Status.FAILED for result in results)
        return Report(
            path=letter.source.path,
            text=letter.text,
            kind=kind,
            checks=tuple(results),
            points=_points(results),
            score=score,
            passed=scoring.gate_passed(findings, score, config.fail_on, config.fail_under)
            and not grammar_missing
            and not crashed,
            extracted=letter.source.extracted,
            parts=letter.parts,
            origin=letter.source.origin,
            metadata=MappingProxyType(
                {
                    "kind_detected": detected_kind,
                    "kind_confidence": kind_confidence,
                    "pipeline": self.pipeline.name,
                    "require_grammar": config.require_grammar,
                }
            ),
        )

    def _per_file_ignored(self, letter: Letter, config: Config) -> frozenset[str]:
        return frozenset(
            code
            for selector in per_file_ignored(letter.source.path, config)
            for code in self.registry.resolve(selector)
        )

    def _suppressed(
        self, letter: Letter, results: list[CheckResult], config: Config, enabled: frozenset[str]
    ) -> list[CheckResult]:
        """The results without what the letter's suppression comments silence, and
        with LL801 for each comment that silenced nothing, when asked for."""
        suppressions = letter_suppressions(letter, self._resolve)
        if not suppressions.items and not suppressions.problems:
            return results
        used: set[Directive] = set()
        kept_results = []
        for result in results:
            kept, silenced = suppressions.split(result.findings)
            used |= silenced
            if len(kept) != len(result.findings):
                result = replace(result, findings=tuple(kept), score=scoring.check_score(kept))
            kept_results.append(result)
        if not config.report_unused_suppressions or "LL801" not in enabled:
            return kept_results
        check = self.check(SuppressionCheck)
        unreadable = {directive for directive, _ in suppressions.problems}
        unused = [
            check.finding(
                "LL801",
                f"Unused suppression '{directive.text}': it silenced nothing",
                _comment_span(directive),
                suggestion="Remove the comment.",
            )
            for directive in suppressions.directives()
            if directive not in used and directive not in unreadable
        ]
        unused += [
            check.finding(
                "LL801", problem, _comment_span(directive), suggestion="Fix or remove the comment."
            )
            for directive, problem in suppressions.problems
        ]
        return [
            replace(result, findings=tuple(unused), score=scoring.check_score(unused))
            if result.name == SuppressionCheck.name
            else result
            for result in kept_results
        ]

    def _resolve(self, selector: str) -> frozenset[str]:
        try:
            return frozenset(self.registry.resolve(selector))
        except RegistryError as error:
            raise ValueError(str(error).split(";")[0]) from None

    def _run_check(
        self,
        check_class: type[Check],
        letter: Letter,
        config: Config,
        enabled: frozenset[str],
        overrides: Mapping[str, Severity],
    ) -> CheckResult:
        if letter.is_empty and not check_class.runs_on_empty:
            return CheckResult.skipped(check_class.name, "the letter is empty")
        try:
            result = self.check(check_class).run(letter, config)
        except ConfigError:  # a setting the check cannot use: the user's to fix, exit 2
            raise
        except Exception as error:  # one broken check must not hide the others' findings
            return CheckResult.failed(
                check_class.name, f"check crashed: {type(error).__name__}: {error}"
            )
        if result.status is not Status.OK:
            return result
        findings = tuple(
            replace(
                finding,
                severity=overrides.get(finding.code, finding.severity),
                span=tidy_span(finding.span, letter.text),
                fix=finding.fix or _derived_fix(finding, letter.text),
            )
            for finding in result.findings
            if finding.code in enabled
        )
        return replace(result, findings=findings, score=scoring.check_score(findings))


def _comment_span(directive: Directive) -> Span | None:
    """Where a comment stands, when it is in the letter's text (not in Markdown or
    HTML, whose readers drop comments)."""
    return directive.span if directive.span.end > directive.span.start else None


def _derived_fix(finding: Finding, text: str) -> Fix | None:
    """A fix for a finding whose check has no notion of one: LanguageTool's doubled
    space (its other suggestions are guesses at a word, left to the writer)."""
    if finding.check != "grammar" or finding.span is None:
        return None
    return doubled_space_fix(finding.span, text, finding.metadata)


def _processes(n_process: int) -> int:
    if n_process == -1 or n_process > 1:
        from letterlint.parallel import cpu_count, processes_available

        if processes_available() == 1:
            return 1
        return cpu_count() if n_process == -1 else n_process
    if n_process == 1:
        return 1
    raise ValueError(f"n_process must be a positive number of processes or -1, not {n_process}")
_LIST_MARKER = re.compile(r"(?:[-*+•‣◦▪–]|\d{1,3}[.)])[ \t]+")


def tidy_span(span: Span | None, text: str) -> Span | None:
    """A finding's span without whitespace at its ends or a list marker ("- ",
    "2. ") at its start: a span quotes words, and an editor underlines it."""
    if span is None:
        return None
    start, end = span.start, span.end
    while True:
        while start < end and text[start].isspace():
            start += 1
        line_start = text.rfind("\n", 0, start) + 1
        marker = _LIST_MARKER.match(text, start)
        if start >= end or not marker or text[line_start:start].strip():
            break
        start = min(marker.end(), end)
    while end > start and text[end - 1].isspace():
        end -= 1
    return span if (start, end) == (span.start, span.end) else Span(start, end)


def _points(results: Iterable[CheckResult]) -> Mapping[str, PointCoverage]:
    points: dict[str, PointCoverage] = {}
    for result in results:
        points.update(result.points)
    return MappingProxyType(points)


def to_source(letter: LetterInput) -> Source:
    if isinstance(letter, Source):
        return letter
    if isinstance(letter, str):
        return Source(text=letter)
    return read_path(Path(letter))


def lint(letter: LetterInput, **options: Any) -> Report:
    """Lint one letter with a throwaway Linter. For many letters, keep a Linter."""
    with Linter(**options) as linter:
        return linter.lint(letter)


def lint_many(
    letters: Iterable[LetterInput], *, n_process: int = 1, **options: Any
) -> Iterator[Report]:
    """Lint many letters with one Linter, loading spaCy once; ``n_process`` > 1
    (-1: one per core) spreads them over worker processes, reports in order."""
    with Linter(**options) as linter:
        yield from linter.lint_many(letters, n_process=n_process)
