"""Bad input: each is an exit status and one plain sentence, or a finding, never
a traceback. The acceptance items run the real command in a subprocess."""

from __future__ import annotations

import codecs
import json
import time
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path

import pytest

from letterlint import InputError, Linter, Status
from letterlint.letter.structure import find_parts
from letterlint.sources.read import MAX_INPUT_BYTES, read_bytes, read_path
from tests.cli_support import Run, run_letterlint
from tests.conftest import CORPUS

LONG_LETTER = CORPUS / "thanks-30-postdoc-long.txt"


def assert_refused(run: Run, *words: str) -> str:
    """Exit 2, nothing on stdout, exactly one plain line on stderr."""
    assert run.status == 2, run
    assert "Traceback" not in run.stderr
    assert len(run.stderr_lines) == 1, run.stderr
    line = run.stderr_lines[0]
    assert line.startswith("letterlint: error: ")
    for word in words:
        assert word in line
    return line


def test_missing_file_exits_2_with_one_line(tmp_path: Path) -> None:
    run = run_letterlint(tmp_path / "missing.txt")
    assert_refused(run, "missing.txt", "no such file")
    assert run.stdout == ""


def test_directory_exits_2(tmp_path: Path) -> None:
    run = run_letterlint(tmp_path)
    assert_refused(run, str(tmp_path), "directory")


def test_binary_file_exits_2_without_traceback() -> None:
    run = run_letterlint("/bin/ls")
    assert_refused(run, "/bin/ls", "binary")


def test_invalid_utf8_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "café.txt"
    bad.write_bytes("Dear Ana,\n\nThank you for the interview at the café.".encode("latin-1"))
    run = run_letterlint(bad)
    line = assert_refused(run, str(bad), "UTF-8")
    assert "save it as UTF-8" in line


def test_empty_stdin_exits_1_with_the_empty_letter_finding() -> None:
    run = run_letterlint("-", stdin=b"\n")  # echo "" | letterlint -
    assert run.status == 1, run
    assert "Traceback" not in run.stderr
    assert run.stdout.startswith("<stdin>: LL105 [error] The letter is empty")


def test_five_megabyte_file_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("Thank you for the interview today. " * 30 + "\n\n") * 5000, "utf-8")
    assert big.stat().st_size > 5_000_000
    started = time.monotonic()
    run = run_letterlint(big)
    elapsed = time.monotonic() - started
    line = assert_refused(run, str(big), f"{MAX_INPUT_BYTES // 1024} KB")
    assert "5,136.7 KB" in line, "the size in the limit's unit"
    assert elapsed < 30, "refused before any parsing"


def test_five_megabyte_stdin_is_refused_without_a_made_up_size() -> None:
    run = run_letterlint("-", stdin=b"Thank you for the interview today.\n" * 150_000)
    line = assert_refused(run, "<stdin>", f"is over {MAX_INPUT_BYTES // 1024} KB")
    assert " MB" not in line, "stdin is read only up to the limit, so its size is unknown"


def test_large_email_on_stdin_is_read_whole() -> None:
    """An .eml may be 25 MB; stdin named .eml must not be cut at the text limit."""
    message = MIMEMultipart()
    message["From"] = "Sam Ortiz <sam@example.com>"
    message["To"] = "Elena Alvarez <elena@example.com>"
    message["Subject"] = "Thank you for today"
    message["Date"] = "Tue, 03 Mar 2026 17:05:00 -0500"
    picture = MIMEApplication(bytes(range(256)) * 2_000, "octet-stream")
    picture.add_header("Content-Disposition", "attachment", filename="portfolio.bin")
    message.attach(picture)  # before the text: a cut-off read loses the letter
    message.attach(MIMEText("Dear Elena,\n\nThank you for meeting me today.\n\nBest,\nSam\n"))
    data = message.as_bytes()
    assert len(data) > 2 * MAX_INPUT_BYTES
    run = run_letterlint(
        "--format", "json", "--select", "LL104", "--stdin-filename", "thanks.eml", "-", stdin=data
    )
    assert run.status == 0, run.stderr
    [file] = json.loads(run.stdout)["files"]
    assert file["text"].startswith("Dear Elena,")
    assert [finding["code"] for finding in file["findings"]] == ["LL104"]


def test_one_bad_path_does_not_hide_the_others(tmp_path: Path) -> None:
    run = run_letterlint(
        "--format", "json", "--select", "LL1", tmp_path / "missing.txt", LONG_LETTER
    )
    assert run.status == 2, "an input error outranks the gate"
    assert len(run.stderr_lines) == 1 and "missing.txt" in run.stderr
    files = json.loads(run.stdout)["files"]
    assert [file["path"] for file in files] == [str(LONG_LETTER)]


def test_utf16_files_in_both_byte_orders_report_offsets_into_the_decoded_text(
    tmp_path: Path,
) -> None:
    text = LONG_LETTER.read_bytes().decode("utf-8")
    little, big = tmp_path / "little.txt", tmp_path / "big.txt"
    little.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    big.write_bytes(codecs.BOM_UTF16_BE + text.encode("utf-16-be"))
    run = run_letterlint("--format", "json", "--select", "LL101,LL103", little, big)
    assert run.status == 0, run
    files = json.loads(run.stdout)["files"]
    assert len(files) == 2
    for file in files:
        findings = {finding["code"]: finding for finding in file["findings"]}
        assert set(findings) == {"LL101", "LL103"}
        for finding in findings.values():
            assert finding["text"] == text[finding["start"] : finding["end"]]
            assert finding["text"]


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
    ids=["utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_byte_order_marks_are_dropped_and_offsets_index_the_decoded_text(
    tmp_path: Path, linter: Linter, bom: bytes, encoding: str
) -> None:
    text = LONG_LETTER.read_bytes().decode("utf-8").replace("\n", "\r\n")
    path = tmp_path / "letter.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert read_path(path).text == text, "no BOM, newlines untouched"
    report = linter.lint(path)
    assert report.text == text
    spans = [finding.span for finding in report.findings if finding.span is not None]
    assert {"LL101", "LL103"} <= report.codes()
    for span in spans:
        assert span.of(report.text) == span.of(text)


def test_utf16_without_a_byte_order_mark_is_detected() -> None:
    assert read_bytes("Dear Ana, thank you.".encode("utf-16-le"), "letter.txt").text == (
        "Dear Ana, thank you."
    )
    with pytest.raises(InputError, match=r"letter\.bin is a binary file"):
        read_bytes(bytes(range(256)) * 4, "letter.bin")


def test_truncated_utf16_names_the_file_and_encoding() -> None:
    data = codecs.BOM_UTF16_LE + "Dear Ana".encode("utf-16-le") + b"\x00"
    with pytest.raises(InputError, match=r"letter\.txt is not valid UTF-16 text"):
        read_bytes(data, "letter.txt")


def test_input_errors_from_the_api_are_input_errors(tmp_path: Path, linter: Linter) -> None:
    with pytest.raises(InputError, match="no such file"):
        linter.lint(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        linter.lint(tmp_path)
    with pytest.raises(InputError, match="binary"):
        linter.lint(Path("/bin/ls"))


@pytest.mark.parametrize("text", ["", "\n", "   \r\n\t\n  \n"], ids=["empty", "newline", "spaces"])
def test_empty_or_whitespace_letter_is_a_finding(linter: Linter, text: str) -> None:
    report = linter.lint(text)
    assert [finding.code for finding in report.findings] == ["LL105"]
    assert report.findings[0].span is None
    assert not report.passed
    length = report.check("length")
    assert length is not None and length.status is Status.OK
    for result in report.checks:
        if result.name != "length":
            assert result.status is Status.SKIPPED, "an unchecked letter is not clean"
            assert result.reason


def test_input_over_the_limit_from_memory_is_refused() -> None:
    limit = f"letterlint reads letters up to {MAX_INPUT_BYTES // 1024} KB"
    with pytest.raises(InputError, match=limit):
        read_bytes(b"a" * (MAX_INPUT_BYTES + 1))


@pytest.mark.parametrize(
    "unit",
    [
        "> quoted line\n\nsome text here.\n\n",
        "> quoted line\nsome text here.\n",
        "Best,\n\n",
        "P.S. hi\n\n",
        "Dear Ana,\n\n",
        "- item\n",
        "On Monday we met\n",
    ],
    ids=["quote-blocks", "quote-lines", "closings", "postscripts", "salutations", "bullets", "on"],
)
def test_structure_of_a_letter_at_the_size_limit_takes_bounded_time(unit: str) -> None:
    text = (unit * (MAX_INPUT_BYTES // len(unit) + 1))[:MAX_INPUT_BYTES]
    started = time.monotonic()
    find_parts(text)
    assert time.monotonic() - started < 10, "structure finding must be about linear"
