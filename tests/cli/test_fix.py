"""``letterlint --fix``, ``--unsafe-fixes`` and ``--diff`` through the command line,
and the fixes findings carry through the API, in JSON and in SARIF."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

from letterlint import Applicability, Linter
from letterlint.cli import main
from letterlint.fix.edits import apply_fixes
from letterlint.formatters.json import format_json
from letterlint.formatters.sarif import format_sarif
from tests.cli.test_main import schema
from tests.conftest import CORPUS, ROOT

LETTER = (
    "Dear Ms. Park,\r\n\r\nThank you for talking with me today about the support lead role. "
    "I would commence work in May, and hearing how your team answers every ticket within "
    "four hours made me keen to join.\r\n\r\nAt Fernway I rebuilt our help-centre search and "
    "cut repeat tickets by a fifth. I would love to try the same with your billing questions "
    "at your earliest convenience.\r\n\r\nYours faithfully,\r\nSam Ortiz\r\n"
)
SAFE_FIXED = LETTER.replace("commence", "start").replace("Yours faithfully", "Best regards")
ALL_FIXED = SAFE_FIXED.replace("at your earliest convenience", "when you have a moment")
OFFLINE = ("--ignore", "grammar")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_bytes(LETTER.encode())
    (folder / "a.txt").chmod(0o640)
    (folder / "b.md").write_bytes(LETTER.replace("support lead", "*support lead*").encode())
    (folder / "c.eml").write_bytes(
        b"From: sam@example.com\r\nTo: park@example.com\r\nSubject: Thank you\r\n\r\n"
        + LETTER.encode()
    )
    return folder


# --- the API: what a fix is ---------------------------------------------------------


def test_findings_carry_exact_fixes_safe_and_unsafe(linter: Linter) -> None:
    report = linter.lint(LETTER.replace("commence", "utilise my notes and commence"))
    fixes = {f.span.of(report.text): f.fix for f in report.findings if f.span and f.fix}
    assert {words: (fix.replacement, fix.applicability) for words, fix in fixes.items()} == {
        "utilise": ("use", Applicability.SAFE),
        "commence": ("start", Applicability.SAFE),
        "Yours faithfully": ("Best regards", Applicability.SAFE),
        "at your earliest convenience": ("when you have a moment", Applicability.UNSAFE),
    }
    for fix in fixes.values():
        assert fix is not None and fix.span.of(report.text) in fixes


def test_no_fix_guesses_at_a_sentence(linter: Linter) -> None:
    """A stock phrase that is only part of its sentence gets advice, never an edit
    that leaves '…questions. if you need…'."""
    report = linter.lint(
        "Dear Ms. Park,\n\nThank you for the interview today about the analyst role. "
        "Please do not hesitate to contact me if you need anything else.\n\nBest,\nSam"
    )
    [stock] = [f for f in report.findings if f.code == "LL301"]
    assert stock.suggestion and stock.fix is None


def test_a_rewrite_that_would_repeat_its_object_is_not_offered(linter: Linter) -> None:
    text = ("Dear Ms. Park,\n\nI am writing to express my sincere gratitude {} for the "
            "interview about the analyst role.\n\nBest,\nSam")
    fixed = linter.lint(text.format("today"))
    assert [f.fix.replacement for f in fixed.findings if f.fix] == ["I want to thank you"]
    to_you = linter.lint(text.format("to you"))
    assert not [f.fix for f in to_you.findings if f.code == "LL301" and f.fix]


def test_a_sign_off_inside_a_sentence_is_not_rewritten(linter: Linter) -> None:
    report = linter.lint(
        "Dear Ms. Park,\n\nThank you for the interview today. Thanking you in advance for "
        "the reply, I remain keen on the analyst role.\n\nBest,\nSam"
    )
    assert all(f.fix is None for f in report.findings if f.code == "LL303")


def test_every_fix_on_the_corpus_leaves_sentences_that_read_on(linter: Linter) -> None:
    for path in sorted(CORPUS.glob("*.txt"))[:40]:
        report = linter.lint(path)
        for finding in report.findings:
            if finding.fix is None:
                continue
            fixed = apply_fixes(report.text, [finding.fix])
            at = finding.fix.span.start
            window = fixed[max(0, at - 3) : at + len(finding.fix.replacement) + 3]
            assert not re.search(r"[.!?] [a-z]", window), (path.name, window)


def test_json_and_sarif_carry_the_fix(linter: Linter) -> None:
    report = linter.lint(LETTER)
    document = json.loads(format_json([report]))
    jsonschema.validate(document, schema())
    fixes = [f["fix"] for f in document["files"][0]["findings"] if "fix" in f]
    assert {"start": LETTER.index("commence"), "end": LETTER.index("commence") + 8,
            "replacement": "start", "applicability": "safe"} in fixes
    sarif = json.loads(format_sarif([report]))
    with_fixes = [r for r in sarif["runs"][0]["results"] if "fixes" in r]
    assert with_fixes
    [change] = with_fixes[0]["fixes"][0]["artifactChanges"]
    [replacement] = change["replacements"]
    region = replacement["deletedRegion"]
    assert region["startLine"] == region["endLine"]
    start = region["charOffset"]
    assert LETTER[start : start + region["charLength"]] in ("commence", "Yours faithfully",
                                                            "at your earliest convenience")


# --- the command line ---------------------------------------------------------------


def test_fix_rewrites_text_and_markdown_keeps_mode_and_crlf_and_leaves_email(
    capsys: pytest.CaptureFixture[str], letters: Path
) -> None:
    email_before = (letters / "c.eml").read_bytes()
    status, out, err = run(capsys, "--fix", *OFFLINE, letters)
    assert status in (0, 1)
    assert (letters / "a.txt").read_bytes() == SAFE_FIXED.encode()
    assert (letters / "b.md").read_bytes() == SAFE_FIXED.replace(
        "support lead", "*support lead*").encode()
    assert oct((letters / "a.txt").stat().st_mode & 0o777) == oct(0o640)
    assert (letters / "c.eml").read_bytes() == email_before
    assert "c.eml is an e-mail; --fix rewrites only plain text and Markdown" in err
    assert "fixed 4 findings in 2 letters" in err
    # the report is of what is left: only the e-mail still has the stiff word
    assert out.count("Stiff word 'commence'") == 1
    assert sorted(p.name for p in letters.iterdir()) == ["a.txt", "b.md", "c.eml"]
    # a second run changes nothing
    before = {p.name: p.read_bytes() for p in letters.iterdir()}
    run(capsys, "--fix", *OFFLINE, letters)
    assert {p.name: p.read_bytes() for p in letters.iterdir()} == before


def test_unsafe_fixes_add_phrase_rewrites(
    capsys: pytest.CaptureFixture[str], letters: Path
) -> None:
    run(capsys, "--fix", "--unsafe-fixes", *OFFLINE, letters / "a.txt")
    assert (letters / "a.txt").read_bytes() == ALL_FIXED.encode()


def test_diff_previews_without_writing_and_exits_1(
    capsys: pytest.CaptureFixture[str], letters: Path
) -> None:
    status, out, err = run(capsys, "--diff", *OFFLINE, letters / "a.txt")
    assert status == 1
    assert (letters / "a.txt").read_bytes() == LETTER.encode()
    assert out.startswith(f"--- {letters / 'a.txt'}\n+++ {letters / 'a.txt'}\n@@ ")
    assert "-Yours faithfully,\r\n+Best regards,\r\n" in out
    assert "would fix 2 findings in 1 letter" in err
    (letters / "a.txt").write_bytes(SAFE_FIXED.encode())
    status, out, _ = run(capsys, "--diff", *OFFLINE, letters / "a.txt")
    assert (status, out) == (0, "")


def test_fix_on_stdin_prints_the_fixed_letter(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(LETTER.encode())))
    status, out, err = run(capsys, "--fix", *OFFLINE, "-")
    assert status == 0  # what is left is warnings; the gate is at error
    assert out.replace("\r\n", "\n") == SAFE_FIXED.replace("\r\n", "\n")
    assert "LL301" in err  # the report of what is left goes to stderr


@pytest.mark.parametrize("flags", [("--unsafe-fixes",), ("--fix", "--diff")])
def test_fix_flags_that_cannot_go_together(
    capsys: pytest.CaptureFixture[str], flags: tuple[str, ...]
) -> None:
    status, _, err = run(capsys, *flags, CORPUS / "thanks-03-teacher-vague.txt")
    assert status == 2 and len(err.splitlines()) == 1


def _findings(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, Counter[str]]:
    _, out, _ = run(capsys, "--format", "json", *OFFLINE, folder)
    return {
        Path(file["path"]).name: Counter(
            f"{f['code']} {' '.join((f['text'] or '').split())}" for f in file["findings"]
        )
        for file in json.loads(out)["files"]
    }


def test_fix_on_a_corpus_sample_is_idempotent_and_only_removes_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The acceptance check on a sample of the team's and real letters (dev split)."""
    real = sorted((ROOT / "corpus/real/dev").glob("*.txt"))
    sample = [*sorted(CORPUS.glob("*.txt"))[::8], *real[::12]]
    folder = tmp_path / "sample"
    folder.mkdir()
    for path in sample:
        shutil.copy(path, folder / path.name)
    (folder / "note.eml").write_bytes(b"From: a@b.c\nSubject: x\n\nWe utilised it.\n")
    before_bytes = {p.name: p.read_bytes() for p in folder.iterdir()}
    before = _findings(capsys, folder)
    run(capsys, "--fix", "--unsafe-fixes", *OFFLINE, folder)
    after_bytes = {p.name: p.read_bytes() for p in folder.iterdir()}
    touched = [name for name in after_bytes if after_bytes[name] != before_bytes[name]]
    assert touched, "the sample has fixable findings"
    assert "note.eml" not in touched
    after = _findings(capsys, folder)
    for name in touched:
        assert sum(after[name].values()) < sum(before[name].values()), name
        assert not after[name] - before[name], (name, after[name] - before[name])
    run(capsys, "--fix", "--unsafe-fixes", *OFFLINE, folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == after_bytes


def test_a_fix_run_that_fails_part_way_leaves_every_file_as_it_was(
    capsys: pytest.CaptureFixture[str], letters: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stub makes the second file's rename fail, as a full disk would."""
    (letters / "d.txt").write_bytes(LETTER.encode())
    before = {p.name: p.read_bytes() for p in letters.iterdir()}
    real_replace = os.replace
    calls: list[object] = []

    def stub_replace_failing_second(source: str, target: os.PathLike[str] | str) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", stub_replace_failing_second)
    status, _, err = run(capsys, "--fix", *OFFLINE, letters)
    assert status == 2
    assert "letterlint: error: cannot write" in err and "no file was changed" in err
    assert {p.name: p.read_bytes() for p in letters.iterdir()} == before
