"""Threads making their first call on a fresh Linter at once share one real
LanguageTool server, and close() stops it."""

from __future__ import annotations

import os
import threading

import pytest

from letterlint import Linter, Report
from letterlint.checks.grammar import GrammarCheck
from letterlint.letter.nlp import Pipeline
from letterlint.registry import Registry
from tests.grammar_support import owned_java_pids, require_languagetool

LETTER = (
    "Dear Ms. Park,\n\nThank you for meeting with me today. I was glad to recieve a tour "
    "of the lab.\n\nBest,\nSam\n"
)
THREADS = 4


def test_first_calls_from_many_threads_start_one_server(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_languagetool()
    monkeypatch.delenv("LETTERLINT_LANGUAGETOOL_URL", raising=False)
    before = set(owned_java_pids(os.getpid()))
    linter = Linter(registry=Registry([GrammarCheck]), pipeline=pipeline,
                    grammar={"start_timeout": 120})
    start = threading.Barrier(THREADS)
    reports: list[Report] = []
    errors: list[BaseException] = []

    def first_call() -> None:
        try:
            start.wait()
            reports.append(linter.lint(LETTER))
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=first_call) for _ in range(THREADS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
        assert not errors, errors
        assert len(reports) == THREADS
        started = set(owned_java_pids(os.getpid())) - before
        assert len(started) == 1, f"{len(started)} LanguageTool servers for one Linter"
        servers = {report.check("grammar").metrics["languagetool"] for report in reports}  # type: ignore[union-attr]
        assert len(servers) == 1
        assert all("recieve" in {f.span.of(r.text) for f in r.findings if f.span} for r in reports)
    finally:
        linter.close()
    assert set(owned_java_pids(os.getpid())) - before == set(), "close() left a server running"
