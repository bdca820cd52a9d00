"""The text format: NO_COLOR and FORCE_COLOR through rich's own environment check,
and a caret that counts display cells, so wide characters do not shift it."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len

from letterlint import Linter
from letterlint.formatters.text import WIDTH, _window, format_text, terminal_width, wants_color
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


def _quoted(report_text: str, code: str) -> tuple[str, str]:
    lines = report_text.splitlines()
    head = next(index for index, line in enumerate(lines) if f" {code} " in line)
    quoted, caret = lines[head + 1], lines[head + 2]
    return quoted[quoted.index("| ") + 2 :], caret[caret.index("| ") + 2 :]


def test_a_long_line_is_cut_to_a_window_round_the_finding(linter: Linter) -> None:
    report = linter.lint(_LONG, select=["LL301"])
    source, underline = _quoted(format_text([report], width=80), "LL301")
    assert len(source) <= 80 - len("   3 | ")
    assert source.startswith("…") and source.endswith("…")
    start = source.index("Please")
    assert underline == " " * start + "^" * len("Please do not hesitate to contact me")
    assert source[start - 1] == " " and source[1] != " "  # cut between words


def test_the_window_is_the_same_into_a_pipe_whatever_the_terminal(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the CLI, writing to a terminal, passes its width; a report made for a pipe
    or a file is cut at the default width whatever ``COLUMNS`` says."""
    report = linter.lint(_LONG, select=["LL301"])
    monkeypatch.setenv("COLUMNS", "70")
    narrow = format_text([report])
    monkeypatch.setenv("COLUMNS", "300")
    assert format_text([report]) == narrow
    assert terminal_width(None, io.StringIO()) is None
    assert terminal_width("out.txt", io.StringIO()) is None


def test_a_line_that_fits_is_shown_whole(linter: Linter) -> None:
    sentence = "I enjoyed hearing about the new depot. " * 3
    text = f"Dear Ms. Park,\n\n{sentence}Please do not hesitate to contact me.\n\nBest,\nSam\n"
    report = linter.lint(text, select=["LL301"])
    source, _ = _quoted(format_text([report], width=200), "LL301")
    assert source == sentence + "Please do not hesitate to contact me."
    assert len(source) > WIDTH - len("   3 | ")  # the default width would have cut it


@pytest.mark.parametrize(("line", "start", "end", "width"), [
    ("word " * 60, 0, 300, 50),  # marked words wider than the window
    ("word " * 60, 295, 300, 50),  # at the very end
    ("word " * 60, 150, 155, 50),
    ("🎉 " * 80 + "end", 160, 163, 50),  # two cells a character
    ("x" * 200, 100, 105, 50),  # no space to cut at
    ("", 0, 0, 50),
    ("word " * 60, 310, 400, 50),  # a span past the line is clamped to it
])
def test_the_window_fits_and_keeps_the_marked_words_in_order(
    line: str, start: int, end: int, width: int
) -> None:
    before, words, after = _window(line, start, end, width)
    assert cell_len(before + words + after) <= width
    assert (before + words + after).replace("…", "") in line
    marked = line[min(start, len(line)) : min(end, len(line))]
    assert marked.startswith(words) and (words or not marked)


def test_the_lead_gives_way_to_marked_words_that_fill_the_window() -> None:
    line = "lead in words here " * 5 + "M" * 40 + " tail words follow" * 5
    start = line.index("M")
    before, words, after = _window(line, start, start + 40, 50)
    assert words == "M" * 40  # the marked words are whole: the lead shrank to fit them
    assert before.startswith("…") and len(before) < 24 and after == "…"
