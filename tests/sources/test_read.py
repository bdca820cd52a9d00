"""Reading letters from email, HTML, Markdown and Word files, made by the real
libraries (the standard ``email`` package, python-docx), and stdin by name."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import docx
import pytest

from letterlint import Linter, Report
from letterlint.cli import main
from letterlint.letter.structure import Role, find_parts
from letterlint.sources.read import MAX_INPUT_BYTES, InputError, read_bytes, read_path

SENT = dt.datetime(2026, 3, 3, 17, 5, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
BODY = (
    "Dear Ms. Alvarez,\n\n"
    "Thank you for meeting with me today about the analyst role at [Company]. Hearing how "
    "your team rebuilt the weekly forecast around store-level data was the best part of "
    "my day.\n\n"
    "At Fernway I built the demand model our buyers use every Monday, which cut overstock "
    "by 12% in a year.\n\n"
    "Best,\nSam Ortiz\n"
)


def _message(body: str | None = BODY, **headers: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Sam Ortiz <sam@example.com>"
    message["To"] = headers.get("to", "Elena Alvarez <elena@brightline.example>")
    message["Subject"] = headers.get("subject", "Thank you for today")
    message["Date"] = format_datetime(SENT)
    if body is not None:
        message.set_content(body)
    return message


def _write(path: Path, message: EmailMessage) -> Path:
    path.write_bytes(bytes(message))
    return path


def _finding(report: Report, code: str) -> tuple[int, int]:
    found = [finding for finding in report.findings if finding.code == code]
    assert found, f"{code} not in {report.codes()}"
    span = found[0].span
    assert span is not None
    return span.start, span.end


# --- email -----------------------------------------------------------------------


def test_plain_email_gives_body_headers_and_spans_into_the_extracted_text(
    tmp_path: Path, linter: Linter
) -> None:
    path = _write(tmp_path / "thanks.eml", _message())
    source = read_path(path)
    assert source.format == "email" and source.extracted
    assert source.text == BODY
    assert source.headers["Subject"] == "Thank you for today"
    assert source.headers["From"] == "Sam Ortiz <sam@example.com>"
    assert source.headers["To"] == "Elena Alvarez <elena@brightline.example>"
    assert source.headers["Date"] == format_datetime(SENT)
    assert source.attachments == ()

    report = linter.lint(path)
    assert report.extracted and report.text == BODY
    start, end = _finding(report, "LL601")
    assert report.text[start:end] == "[Company]"


def test_html_only_email_is_turned_into_text(tmp_path: Path, linter: Linter) -> None:
    message = _message(body=None)
    message.set_content(
        "<html><head><style>p {color: red}</style></head><body>"
        '<div dir="ltr">Dear Ms. Alvarez,<div><br></div>'
        "<div>Thank you for meeting with me today about the analyst role at "
        "<b>{{company}}</b>.</div><div>Your forecast rebuild sounds like fun.</div>"
        "<div><br></div><div>Best,<br>Sam</div></div><script>track()</script>"
        "</body></html>",
        subtype="html",
    )
    path = _write(tmp_path / "html-only.eml", message)
    source = read_path(path)
    assert source.format == "email"
    assert source.text == (
        "Dear Ms. Alvarez,\n\nThank you for meeting with me today about the analyst role at "
        "{{company}}.\nYour forecast rebuild sounds like fun.\n\nBest,\nSam\n"
    )
    report = linter.lint(source)
    start, end = _finding(report, "LL601")
    assert report.text[start:end] == "{{company}}"


def test_multipart_email_lists_attachments_and_prefers_the_plain_part(
    tmp_path: Path, linter: Linter
) -> None:
    body = BODY.replace("[Company]", "Brightline").replace(
        "Best,", "I've attached the forecast write-up.\n\nBest,"
    )
    message = _message(body)
    message.add_alternative("<p>The HTML version, which is not read.</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.4 forecast", maintype="application", subtype="pdf", filename="forecast.pdf"
    )
    path = _write(tmp_path / "with-attachment.eml", message)
    source = read_path(path)
    assert source.attachments == ("forecast.pdf",)
    assert "HTML version" not in source.text and "attached the forecast" in source.text
    assert "LL610" not in linter.lint(source).codes()

    without = _write(tmp_path / "forgot.eml", _message(body))
    report = linter.lint(without)
    start, end = _finding(report, "LL610")
    assert report.text[start:end] == "attached"


def test_quoted_reply_and_signature_stay_in_the_text_and_are_recognised(
    tmp_path: Path, linter: Linter
) -> None:
    body = BODY.replace("[Company]", "Brightline") + (
        "-- \nSam Ortiz\n+1 555 010 2000\n\n"
        "On Tue, Mar 3, 2026 at 9:14 AM Elena Alvarez <elena@brightline.example> wrote:\n"
        "> Hi Sam,\n>\n> Could you send over the [Company] case study? XX people will\n"
        "> review it.\n>\n> Elena\n"
    )
    path = _write(tmp_path / "reply.eml", _message(body))
    source = read_path(path)
    parts = find_parts(source.text)
    roles = [part.role for part in parts]
    assert roles.count(Role.BODY) == 2
    quoted = [part.span.of(source.text) for part in parts if part.role is Role.QUOTED]
    assert len(quoted) == 1
    assert quoted[0].startswith("On Tue, Mar 3") and quoted[0].endswith("> Elena")
    signature = next(part for part in parts if part.role is Role.SIGNATURE)
    assert "+1 555 010 2000" in signature.span.of(source.text)
    # The earlier message is someone else's text: its slot is not the writer's.
    assert "LL601" not in linter.lint(source).codes()


def test_email_subject_placeholder_is_reported_without_a_span(
    tmp_path: Path, linter: Linter
) -> None:
    message = _message(BODY.replace("[Company]", "Brightline"), subject="Thanks - [Position]")
    report = linter.lint(_write(tmp_path / "subject.eml", message))
    subject = [finding for finding in report.findings if finding.code == "LL601"]
    assert len(subject) == 1 and subject[0].span is None
    assert "[Position]" in subject[0].message and "subject" in subject[0].message


def test_email_to_header_catches_a_misspelled_salutation(tmp_path: Path, linter: Linter) -> None:
    body = BODY.replace("[Company]", "Brightline").replace("Ms. Alvarez", "Ms. Alverez")
    report = linter.lint(_write(tmp_path / "to.eml", _message(body)))
    start, end = _finding(report, "LL605")
    assert report.text[start:end] == "Ms. Alverez"
    # Addressing someone other than the To header's person is allowed (a recruiter
    # may forward it), so no wrong-interviewer error.
    other = body.replace("Ms. Alverez", "Mr. Chen")
    assert not {"LL605", "LL606"} & linter.lint(_write(tmp_path / "o.eml", _message(other))).codes()


def test_large_email_with_an_attachment_is_read(tmp_path: Path) -> None:
    message = _message(BODY)
    message.add_attachment(
        bytes(range(256)) * 2000, maintype="application", subtype="pdf", filename="cv.pdf"
    )
    path = _write(tmp_path / "big.eml", message)
    assert path.stat().st_size > MAX_INPUT_BYTES
    assert read_path(path).attachments == ("cv.pdf",)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some words\nwithout headers\n", "no email headers"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "no email headers"),
        (
            b"From: a@example.com\nSubject: x\nMIME-Version: 1.0\n"
            b"Content-Type: multipart/mixed; boundary=XYZ\n\nno parts here at all\n",
            "no readable text",
        ),
        (
            b"From: a@example.com\nSubject: x\nContent-Type: text/plain\n"
            b"Content-Transfer-Encoding: base64\n\n!!!@@@\n",
            "corrupt body",
        ),
    ],
)
def test_corrupt_email_is_an_input_error(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        read_bytes(data, "broken.eml")


# --- HTML and Markdown ------------------------------------------------------------


def test_html_file_paragraphs_breaks_and_invisible_parts(tmp_path: Path, linter: Linter) -> None:
    path = tmp_path / "draft.html"
    path.write_text(
        "<!doctype html><html><head><title>Draft</title><style>p{margin:0}</style>"
        "<script>var x = '[Company]';</script></head><body>"
        "<p>Dear Ms. Alvarez,</p>\n<p>Thank you for the   conversation today about the\n"
        "analyst role at <a href='https://brightline.example'>Brightline</a>.<br>"
        "I loved the forecast demo.</p><ul><li>12% less overstock</li><li>weekly reviews</li>"
        "</ul><p>I have XX years of experience.</p><p>Best,<br>Sam</p></body></html>",
        "utf-8",
    )
    source = read_path(path)
    assert source.format == "html" and source.extracted
    assert source.text == (
        "Dear Ms. Alvarez,\n\nThank you for the conversation today about the analyst role at "
        "Brightline.\nI loved the forecast demo.\n\n- 12% less overstock\n- weekly reviews\n\n"
        "I have XX years of experience.\n\nBest,\nSam\n"
    )
    report = linter.lint(source)
    placeholders = [f for f in report.findings if f.code == "LL601"]
    assert [report.text[f.span.start : f.span.end] for f in placeholders if f.span] == ["XX"]


def test_html_in_a_declared_legacy_encoding_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "word-export.htm"
    path.write_bytes(
        b'<html><head><meta charset="windows-1252"></head><body>'
        b"<p>Dear Ms. Ib\xe1\xf1ez,</p><p>Thank you \x96 truly.</p></body></html>"
    )
    assert read_path(path).text == "Dear Ms. Ibáñez,\n\nThank you – truly.\n"


def test_markdown_prose_is_extracted_and_links_are_not_placeholders(
    tmp_path: Path, linter: Linter
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(
        "Dear <Interviewer>,\n\n"
        "Thank you for meeting with me about the **analyst** role. I read "
        "[the article](https://example.com/forecast \"Forecast\") you mentioned and "
        "[my notes][notes] on it.\n\n"
        "```python\nplaceholder = '[Company]'\n```\n\n"
        "- cut overstock by *12%*\n- built the `demand` model\n\n"
        "> quoted earlier text\n\n"
        "Best,  \nSam\n\n[notes]: https://example.com/notes\n",
        "utf-8",
    )
    source = read_path(path)
    assert source.format == "markdown" and source.extracted
    assert source.text == (
        "Dear <Interviewer>,\n\nThank you for meeting with me about the analyst role. I read "
        "the article you mentioned and my notes on it.\n\n- cut overstock by 12%\n"
        "- built the demand model\n\n> quoted earlier text\n\nBest,\nSam\n"
    )
    report = linter.lint(source)
    flagged = [report.text[f.span.start : f.span.end] for f in report.findings
               if f.code == "LL601" and f.span]
    assert flagged == ["<Interviewer>"]


def test_stdin_filename_chooses_the_format(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    html = b"<p>Dear Ms. Alvarez,</p><p>Thank you for today at [Company].</p><p>Best,<br>Sam</p>"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    status = main(["--stdin-filename", "draft.html", "--select", "presend", "--format", "json",
                   "-"])
    document = json.loads(capsys.readouterr().out)
    file = document["files"][0]
    assert status == 1
    assert file["path"] == "draft.html"
    assert file["text"] == "Dear Ms. Alvarez,\n\nThank you for today at [Company].\n\nBest,\nSam\n"
    finding = next(f for f in file["findings"] if f["code"] == "LL601")
    assert file["text"][finding["start"] : finding["end"]] == finding["text"] == "[Company]"


def test_unknown_extension_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "draft.letter"
    path.write_text("Dear <b>Ms. Park</b>,\r\n\r\nThanks!", "utf-8")
    source = read_path(path)
    assert source.format == "text" and not source.extracted
    assert source.text == "Dear <b>Ms. Park</b>,\r\n\r\nThanks!"


# --- Word -------------------------------------------------------------------------


def test_docx_paragraphs_become_blank_line_separated(tmp_path: Path, linter: Linter) -> None:
    document = docx.Document()
    document.add_paragraph("Dear Ms. Alvarez,")
    document.add_paragraph("")
    body = document.add_paragraph("Thank you for meeting with me about the analyst role at ")
    body.add_run("[Company]").bold = True
    body.add_run(". I enjoyed the forecast demo.")
    document.add_paragraph("cut overstock by 12%", style="List Bullet")
    document.add_paragraph("built the demand model", style="List Bullet")
    closing = document.add_paragraph("Best,")
    closing.add_run().add_break()
    closing.add_run("Sam Ortiz")
    path = tmp_path / "draft.docx"
    document.save(str(path))

    source = read_path(path)
    assert source.format == "docx" and source.extracted
    assert source.text == (
        "Dear Ms. Alvarez,\n\nThank you for meeting with me about the analyst role at "
        "[Company]. I enjoyed the forecast demo.\n\n- cut overstock by 12%\n"
        "- built the demand model\n\nBest,\nSam Ortiz\n"
    )
    report = linter.lint(source)
    start, end = _finding(report, "LL601")
    assert report.text[start:end] == "[Company]"


# --- errors through the CLI -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.docx", b"PK\x03\x04 this is not a zip archive"),
        ("notes.docx", b"plain text saved with the wrong extension"),
        ("empty.docx", b""),
        ("broken.eml", b"\x00\x01\x02 binary junk"),
        ("draft.eml", b"Dear Ms. Park,\n\nThanks for today.\n"),
    ],
)
def test_corrupt_docx_or_eml_exits_2_with_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert main([str(path)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("letterlint: error: ")
    assert str(path) in lines[0] and lines[0].endswith(".")


def test_docx_zip_without_a_document_is_an_input_error(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    with pytest.raises(InputError, match="not a readable Word document"):
        read_path(path)
