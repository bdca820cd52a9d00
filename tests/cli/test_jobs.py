"""letterlint --jobs: the same output from several processes as from one."""

from __future__ import annotations

from tests.cli_support import run_letterlint
from tests.conftest import CORPUS

LETTERS = sorted(CORPUS.glob("*.txt"))[:18]


def test_jobs_two_prints_what_one_process_prints() -> None:
    one = run_letterlint("--format", "json", "--ignore", "grammar", "--jobs", "1", *LETTERS)
    two = run_letterlint("--format", "json", "--ignore", "grammar", "--jobs", "2", *LETTERS)
    default = run_letterlint("--format", "json", "--ignore", "grammar", *LETTERS)
    assert one.status == two.status == default.status
    assert two.stdout == one.stdout and default.stdout == one.stdout
    assert two.stderr == one.stderr == ""


def test_jobs_must_be_a_positive_number() -> None:
    run = run_letterlint("--jobs", "0", LETTERS[0])
    assert run.status == 2
    assert run.stderr.strip() == (
        "letterlint: error: --jobs must be a number of processes, 1 or more."
    )
