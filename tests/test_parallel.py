"""lint_many over several processes: the reports one process gives, in input order."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from letterlint import InputError, Linter
from letterlint.parallel import dumps, processes_available
from letterlint.sources.read import read_path
from tests.conftest import CORPUS

LETTERS = sorted(CORPUS.glob("*.txt"))[:20]

pytestmark = pytest.mark.skipif(processes_available() == 1, reason="no fork on this platform")


def test_two_processes_give_the_same_reports_in_the_same_order(linter: Linter) -> None:
    single = list(linter.lint_many(LETTERS))
    spread = list(linter.lint_many(LETTERS, n_process=2))
    assert [report.path for report in spread] == [str(path) for path in LETTERS]
    assert spread == single
    assert [report.metadata for report in spread] == [report.metadata for report in single]
    assert [finding.metadata for report in spread for finding in report.findings] == [
        finding.metadata for report in single for finding in report.findings
    ]


def test_texts_and_sources_mix_and_every_core_is_the_default_for_minus_one(
    linter: Linter,
) -> None:
    letters = [LETTERS[0].read_text("utf-8"), read_path(LETTERS[1]), LETTERS[2]] * 4
    assert list(linter.lint_many(letters, n_process=-1)) == list(linter.lint_many(letters))


@pytest.mark.parametrize("count", [0, 1, 2])
def test_fewer_letters_than_processes(linter: Linter, count: int) -> None:
    assert list(linter.lint_many(LETTERS[:count], n_process=3)) == list(
        linter.lint_many(LETTERS[:count])
    )


def test_an_unreadable_letter_stops_the_run_after_the_letters_before_it(
    linter: Linter, tmp_path: Path
) -> None:
    letters = [*LETTERS[:10], tmp_path / "missing.txt", *LETTERS[10:]]
    reports = []
    with pytest.raises(InputError, match=r"missing\.txt"):
        for report in linter.lint_many(letters, n_process=2):
            reports.append(report)
    assert [report.path for report in reports] == [str(path) for path in LETTERS[:10]]
    assert multiprocessing.active_children() == []


def test_stopping_early_leaves_no_worker_running(linter: Linter) -> None:
    reports = linter.lint_many(LETTERS * 3, n_process=2)
    first = [next(reports) for _ in range(3)]
    reports.close()
    assert [report.path for report in first] == [str(path) for path in LETTERS[:3]]
    assert multiprocessing.active_children() == []


def test_a_bad_process_count_is_refused(linter: Linter) -> None:
    with pytest.raises(ValueError, match="n_process"):
        list(linter.lint_many(LETTERS[:1], n_process=0))


def test_reports_survive_the_trip_between_processes(linter: Linter) -> None:
    import pickle

    report = linter.lint(LETTERS[0])
    assert pickle.loads(dumps(report)) == report
