"""The text format: NO_COLOR and FORCE_COLOR through rich's own environment check,
and a caret that counts display cells, so wide characters do not shift it."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len

from letterlint import Linter
from letterlint.formatters.text import format_text, wants_color
from tests.cli_support import plain_environment, run_in_terminal, run_letterlint
from tests.conftest import CORPUS

LETTER = CORPUS / "thanks-30-postdoc-long.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _on_a_terminal(*args: str, env: dict[str, str]) -> str:
    """Run letterlint with stdout on a pseudo-terminal; its output."""
    return run_in_terminal(*args, env=env)


def test_no_color_turns_colour_off_on_a_terminal() -> None:
    env = {**plain_environment(), "TERM": "xterm"}
    assert ANSI.search(_on_a_terminal("--select", "LL101", str(LETTER), env=env))
    plain = _on_a_terminal("--select", "LL101", str(LETTER), env={**env, "NO_COLOR": "1"})
    assert "LL101" in plain and not ANSI.search(plain)
    # the flag is the user's explicit choice and wins over the environment
    forced = _on_a_terminal(
        "--select", "LL101", "--color", "always", str(LETTER), env={**env, "NO_COLOR": "1"}
    )
    assert ANSI.search(forced)


def test_force_color_colours_a_pipe() -> None:
    run = run_letterlint("--select", "LL101", LETTER,
                         env={**plain_environment(), "FORCE_COLOR": "1"})
    assert ANSI.search(run.stdout)
    assert not ANSI.search(run_letterlint("--select", "LL101", LETTER).stdout)
    empty = run_letterlint("--select", "LL101", LETTER,
                           env={**plain_environment(), "FORCE_COLOR": ""})
    assert not ANSI.search(empty.stdout)  # an empty value is no request (force-color.org)
    both = run_letterlint("--select", "LL101", LETTER,
                          env={**plain_environment(), "FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert not ANSI.search(both.stdout)
    never = run_letterlint("--select", "LL101", "--color", "never", LETTER,
                           env={**plain_environment(), "FORCE_COLOR": "1"})
    assert not ANSI.search(never.stdout)


def test_wants_color_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    assert not wants_color("auto", io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert wants_color("auto", io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_color("auto", io.StringIO())
    assert wants_color("always", io.StringIO()) and not wants_color("never", io.StringIO())


@pytest.mark.parametrize("wide", ["🎉", "👩‍💻", "日本", "Ｆｕｌｌ"])
def test_caret_counts_display_cells(linter: Linter, wide: str) -> None:
    text = (
        "Dear Ms. Park,\n\n"
        f"Great day {wide} {wide}! Please do not hesitate to contact me about the role.\n\n"
        "Best,\nSam\n"
    )
    report = linter.lint(text, select=["LL301"])
    lines = format_text([report]).splitlines()
    head = next(index for index, line in enumerate(lines) if " LL301 " in line)
    quoted, caret = lines[head + 1], lines[head + 2]
    source = quoted[quoted.index("| ") + 2 :]
    underline = caret[caret.index("| ") + 2 :]
    before = source[: source.index("Please")]
    assert underline == " " * cell_len(before) + "^" * len("Please do not hesitate to contact me")
    assert cell_len(before) != len(before)  # the characters really are not one cell each


_LONG = (
    "Dear Ms. Park,\n\n"
    + "I enjoyed hearing about the new depot and the night shift rota you are planning. " * 4
    + "Please do not hesitate to contact me about the role. "
    + "I ran the goods-in team at Brook Lane for three years and cut missed slots by half. " * 4
    + "\n\nBest,\nSam\n"
)


def test_a_long_line_is_cut_to_a_window_round_the_finding(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    report = linter.lint(_LONG, select=["LL301"])
    lines = format_text([report]).splitlines()
    head = next(index for index, line in enumerate(lines) if " LL301 " in line)
    quoted, caret = lines[head + 1], lines[head + 2]
    assert len(quoted) <= 80 and len(caret) <= 80
    source = quoted[quoted.index("| ") + 2 :]
    underline = caret[caret.index("| ") + 2 :]
    assert source.startswith("…") and source.endswith("…")
    start = source.index("Please")
    assert underline == " " * start + "^" * len("Please do not hesitate to contact me")
    assert source[start - 1] == " " and source[1] != " "  # cut between words


def test_a_line_that_fits_is_shown_whole(linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = "Dear Ms. Park,\n\nPlease do not hesitate to contact me about the role.\n\nBest,\nSam\n"
    report = linter.lint(text, select=["LL301"])
    lines = format_text([report]).splitlines()
    head = next(index for index, line in enumerate(lines) if " LL301 " in line)
    assert lines[head + 1].endswith("| Please do not hesitate to contact me about the role.")
