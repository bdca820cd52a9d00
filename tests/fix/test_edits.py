"""Fixes as data: applying exact edits, mapping them onto plain-text and Markdown
files, and writing files all or none."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from letterlint.fix.edits import applicable, apply_fixes, doubled_space_fix
from letterlint.fix.rewrite import rewrite
from letterlint.fix.write import Change, WriteError, write_all, write_atomically
from letterlint.model import Applicability, Finding, Fix, Severity, Span
from letterlint.sources.read import from_bytes

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE


def finding(start: int, end: int, replacement: str, applicability: Applicability = SAFE) -> Finding:
    return Finding("LL302", "stiff-word", "phrasing", Severity.INFO, "Stiff word",
                   Span(start, end), fix=Fix(Span(start, end), replacement, applicability))


def test_applicable_takes_safe_fixes_first_in_text_and_never_two_that_touch() -> None:
    findings = [finding(10, 15, "b"), finding(0, 5, "a"), finding(12, 20, "c"),
                finding(30, 35, "d", UNSAFE)]
    assert [f.fix.replacement for f in applicable(findings) if f.fix] == ["a", "b"]
    assert [f.fix.replacement for f in applicable(findings, unsafe=True) if f.fix] == [
        "a", "b", "d"
    ]


def test_apply_fixes_replaces_exactly_the_spans() -> None:
    text = "We utilised it and will commence soon."
    fixes = [Fix(Span(3, 11), "used"), Fix(Span(24, 32), "start")]
    assert apply_fixes(text, fixes) == "We used it and will start soon."
    with pytest.raises(ValueError):
        apply_fixes(text, [Fix(Span(3, 11), "a"), Fix(Span(5, 12), "b")])


def test_doubled_space_fix_only_between_words() -> None:
    text = "Thank  you.\n    Indented line."
    rule = {"languagetool_rule": "WHITESPACE_RULE"}
    assert doubled_space_fix(Span(5, 7), text, rule) == Fix(Span(5, 7), " ", SAFE)
    assert doubled_space_fix(Span(12, 16), text, rule) is None  # indentation
    assert doubled_space_fix(Span(5, 7), text, {"languagetool_rule": "MORFOLOGIK"}) is None


@pytest.mark.parametrize(
    ("prefix", "codec"),
    [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")],
)
def test_plain_text_keeps_its_encoding_and_crlf(prefix: bytes, codec: str) -> None:
    letter = "Dear Ana,\r\n\r\nWe utilised it — thanks.\r\n"
    data = prefix + letter.encode(codec)
    source = from_bytes(data, "draft.txt")
    start = source.text.index("utilised")
    result = rewrite(source, data, [Fix(Span(start, start + 8), "used")])
    assert result is not None
    assert result.data == prefix + letter.replace("utilised", "used").encode(codec)
    assert result.source.text == source.text.replace("utilised", "used")


def test_markdown_edit_lands_on_the_same_words_in_the_source() -> None:
    data = b"Dear Ana,\n\nWe *utilised* the [new tool](https://x.org/utilise) well.\n"
    source = from_bytes(data, "draft.md")
    start = source.text.index("utilised")
    result = rewrite(source, data, [Fix(Span(start, start + 8), "used")])
    assert result is not None
    assert result.data == data.replace(b"*utilised*", b"*used*")


def test_markdown_edit_is_left_out_when_the_words_also_stand_in_markup() -> None:
    # the link's title holds "new tool" too: which one is the prose's cannot be known
    data = b'Dear Ana,\n\nThe [new tool](https://x.org "new tool") is good.\n'
    source = from_bytes(data, "draft.md")
    start = source.text.index("new tool")
    assert rewrite(source, data, [Fix(Span(start, start + 8), "tool")]) is None


@pytest.mark.parametrize("name", ["draft.eml", "draft.html"])
def test_other_formats_are_never_rewritten(name: str) -> None:
    data = (b"From: a@b.c\nTo: d@e.f\nSubject: Thanks\n\nWe utilised it.\n"
            if name.endswith(".eml") else b"<p>We utilised it.</p>")
    source = from_bytes(data, name)
    start = source.text.index("utilised")
    assert rewrite(source, data, [Fix(Span(start, start + 8), "used")]) is None


def test_write_all_keeps_the_mode_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\r\n")
    path.chmod(0o640)
    write_all([Change(path, b"old\r\n", b"new\r\n")])
    assert path.read_bytes() == b"new\r\n"
    assert oct(path.stat().st_mode & 0o777) == oct(0o640)
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_file_that_cannot_be_staged_leaves_every_file_as_it_was(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_bytes(b"one")
    missing = tmp_path / "no-such-folder" / "b.txt"
    with pytest.raises(WriteError, match="no file was changed"):
        write_all([Change(first, b"one", b"ONE"), Change(missing, b"two", b"TWO")])
    assert first.read_bytes() == b"one"
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_file_changed_since_it_was_read_stops_the_run(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"one")
    second.write_bytes(b"edited meanwhile")
    with pytest.raises(WriteError, match="changed while letterlint was running"):
        write_all([Change(first, b"one", b"ONE"), Change(second, b"two", b"TWO")])
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"edited meanwhile")
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


def test_a_rename_that_fails_puts_back_the_files_already_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stub makes the second rename fail (a full disk or a vanished folder would)."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(b"one")
    second.write_bytes(b"two")
    real_replace = os.replace
    calls = []

    def stub_replace_failing_second(source: str, target: os.PathLike[str] | str) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", stub_replace_failing_second)
    with pytest.raises(WriteError, match="no space left on device"):
        write_all([Change(first, b"one", b"ONE"), Change(second, b"two", b"TWO")])
    assert (first.read_bytes(), second.read_bytes()) == (b"one", b"two")
    assert sorted(os.listdir(tmp_path)) == ["a.txt", "b.txt"]


def test_write_atomically_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomically(target, b"{}\n")
    assert target.read_bytes() == b"{}\n"
    assert os.listdir(tmp_path) == ["report.json"]
