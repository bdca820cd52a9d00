"""Positions in the file the user opened: for Markdown, HTML, email and Word
letters every finding's line and column select the flagged words in the raw
file, through the API (``Report.to_dict``'s ``file_*`` fields) and the CLI (the
text, concise, GitHub and SARIF formats agree with them)."""

from __future__ import annotations

import html
import json
import quopri
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import pytest

from letterlint import Linter, Report
from letterlint.model import Span
from letterlint.sources.origin import align
from tests.cli_support import run_letterlint

PROSE = [
    "Dear Ms. Park,",
    "Thank you for meeting with me on Tuesday. I am writing to express my sincere "
    "gratitude for the tour, and I utilize the same test-first approach your team "
    "described.",
    "At Acme I led a team of five and cut the release time from six weeks to two.",
    "I still haven't heard back about the role, which is frustrating. Please do not "
    "hesitate to contact me at your earliest convenience.",
    "Best regards,",
    "[Your Name]",
]

MARKDOWN = """\
# Thank you

Dear Ms. Park,

Thank you for meeting with me on **Tuesday**. I am writing to express my sincere
gratitude for [the tour](https://example.com/tour "Tour"), and I *utilize* the same
`test-first` approach your team described.

- At Acme I led a team of five and cut the release time from six weeks to two.

<!-- note to self: send it by Friday -->

```
not prose: do not hesitate
```

I still haven't heard back about the role, which is frustrating. Please do not
hesitate to contact me at your earliest convenience.

Best regards,
[Your Name]
"""

HTML = """\
<!DOCTYPE html>
<html><head><title>Please do not hesitate</title>
<style>p { margin: 0 }</style></head>
<body>
  <p>Dear Ms. Park,</p>
  <p>Thank you for meeting with me on <b>Tuesday</b>. I am writing to express my
     sincere gratitude for <a href="https://example.com/tour">the tour</a>, and I
     <em>utilize</em> the same test&#8209;first approach your team described.</p>
  <ul><li>At Acme I led a team of five and cut the release time from six weeks to two.</li></ul>
  <p>I still haven&rsquo;t heard back about the role, which is frustrating. Please do
     not hesitate to contact me at your earliest convenience.</p>
  <p>Best regards,<br>[Your Name]</p>
</body></html>
"""

PLAIN_BODY = "\n\n".join(PROSE[:4]) + "\n\n" + "\n".join(PROSE[4:]) + "\n"


def _email(body: str, subtype: str = "plain", cte: str | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Sam Ortiz <sam@example.com>"
    message["To"] = "Dana Park <dana@brightline.example>"
    message["Subject"] = "Thank you, [Interviewer Name]"
    message["Date"] = "Tue, 03 Mar 2026 17:05:00 -0500"
    if cte is None:
        message.set_content(body, subtype=subtype)
    else:
        message.set_content(body, subtype=subtype, cte=cte)
    return message


def _normalised(text: str) -> str:
    """Prose without markup, encodings or layout, for comparing a file's slice
    with the words a finding quotes."""
    text = re.sub(r"<[^>]*>", "", text)
    text = html.unescape(text).replace("\u2011", "-")
    text = re.sub(r"\]\([^)]*\)", "", text)
    text = re.sub(r"[*`\[\]_]|^\s*[->]\s", "", text, flags=re.MULTILINE)
    return " ".join(text.split())


def _slice(lines: list[str], region: tuple[int, int, int, int]) -> str:
    line, column, end_line, end_column = region
    if line == end_line:
        return lines[line - 1][column - 1 : end_column - 1]
    first, last = lines[line - 1][column - 1 :], lines[end_line - 1][: end_column - 1]
    return "\n".join([first, *lines[line : end_line - 1], last])


def assert_selects_flagged_words(report: Report, file_text: str, decode: bool = False) -> int:
    """Every finding with words: the file's slice at its file_* position is them.
    Returns how many were checked."""
    lines = re.split(r"\r\n|\r|\n", file_text)
    checked = 0
    for finding in report.to_dict()["findings"]:
        if finding["start"] is None:
            continue
        region = (finding["file_line"], finding["file_column"],
                  finding["file_end_line"], finding["file_end_column"])
        selected = _slice(lines, region)
        if decode:
            selected = quopri.decodestring(selected.encode()).decode("utf-8")
        assert _normalised(selected) == _normalised(finding["text"]), (finding["code"], region)
        checked += 1
    return checked


@pytest.mark.parametrize(
    ("name", "content"),
    [("letter.md", MARKDOWN), ("letter.html", HTML)],
)
def test_markdown_and_html_positions_select_the_words(
    linter: Linter, tmp_path: Path, name: str, content: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report = linter.lint(path)
    assert {"LL301", "LL401"} <= report.codes()
    assert assert_selects_flagged_words(report, content) >= 5
    data = report.to_dict()
    assert data["position_unit"] == "line" and data["positions_approximate"] is False
    # JSON's own offsets still index the checked text
    for finding in data["findings"]:
        if finding["start"] is not None:
            assert data["text"][finding["start"] : finding["end"]] == finding["text"]


@pytest.mark.parametrize(
    ("message", "decode"),
    [
        (_email(PLAIN_BODY, cte="8bit"), False),
        (_email(PLAIN_BODY.replace("Tuesday", "Tuesday ☕"), cte="quoted-printable"), True),
        (_email(HTML.replace("Tuesday", "Tuesday ☕"), subtype="html", cte="8bit"), False),
    ],
    ids=["plain", "quoted-printable", "html"],
)
def test_email_positions_select_the_words_in_the_message_file(
    linter: Linter, tmp_path: Path, message: EmailMessage, decode: bool
) -> None:
    path = tmp_path / "thanks.eml"
    raw = message.as_bytes(policy=policy.SMTP)  # CRLF line ends, as mail is sent
    path.write_bytes(raw)
    file_text = raw.decode("utf-8")
    report = linter.lint(path)
    assert assert_selects_flagged_words(report, file_text, decode) >= 5
    lines = re.split(r"\r\n", file_text)
    body_start = lines.index("") + 1
    for finding in report.to_dict()["findings"]:
        if finding["start"] is not None:
            assert finding["file_line"] > body_start, "a finding in the headers"


def test_a_subject_line_finding_is_on_the_subject_header(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "thanks.eml"
    path.write_bytes(bytes(_email(PLAIN_BODY)))
    report = linter.lint(path)
    [subject] = [
        finding for finding in report.to_dict()["findings"]
        if (finding.get("metadata") or {}).get("header") == "Subject"
    ]
    lines = path.read_text().splitlines()
    line = lines[subject["file_line"] - 1]
    assert line.startswith("Subject: ")
    assert line[subject["file_column"] - 1 : subject["file_end_column"] - 1] == (
        "[Interviewer Name]"
    )


def test_a_base64_body_maps_to_the_body_part_start(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "thanks.eml"
    raw = bytes(_email(PLAIN_BODY, cte="base64"))
    path.write_bytes(raw)
    report = linter.lint(path)
    data = report.to_dict()
    assert data["positions_approximate"] is True
    lines = raw.decode().split("\n")
    first_body_line = lines.index("") + 2
    findings = [finding for finding in data["findings"] if finding["start"] is not None]
    placed = {(finding["file_line"], finding["file_column"]) for finding in findings}
    assert placed == {(first_body_line, 1)}


def test_docx_positions_are_paragraph_and_character(linter: Linter, tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    for paragraph in PROSE:
        document.add_paragraph(paragraph)
    path = tmp_path / "thanks.docx"
    document.save(str(path))
    report = linter.lint(path)
    data = report.to_dict()
    assert data["position_unit"] == "paragraph"
    paragraphs = ["", *PROSE]
    checked = 0
    for finding in data["findings"]:
        if finding["start"] is None:
            continue
        paragraph = paragraphs[finding["file_line"] - 1]
        assert finding["file_line"] == finding["file_end_line"]
        assert paragraph[finding["file_column"] - 1 : finding["file_end_column"] - 1] == (
            finding["text"]
        )
        checked += 1
    assert checked >= 4


def test_plain_text_file_positions_are_the_text_positions(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "thanks.txt"
    path.write_text(PLAIN_BODY, encoding="utf-8")
    for finding in linter.lint(path).to_dict()["findings"]:
        assert (finding["file_line"], finding["file_column"], finding["file_end_line"],
                finding["file_end_column"]) == (finding["line"], finding["column"],
                                                finding["end_line"], finding["end_column"])


def test_text_the_extraction_added_has_no_place_of_its_own() -> None:
    origin = align("- one\n\ntwo", "<li>one</li><p>two</p>",
                   "\0\0\0\0one\0\0\0\0\0\0\0\0\0two\0\0\0\0")
    assert origin.position(0) is None  # the list marker
    assert origin.position(2) == (1, 5)
    assert origin.region(Span(0, 5)) == (1, 5, 1, 8)  # moved in to the words
    assert origin.region(Span(7, 10)) == (1, 17, 1, 20)


def _cli_positions(args: list[str | Path]) -> dict[str, Any]:
    run = run_letterlint("--isolated", *args)
    assert run.status in (0, 1), run.stderr
    return {"stdout": run.stdout}


@pytest.mark.parametrize("name", ["letter.md", "letter.html", "thanks.eml"])
def test_every_cli_format_reports_the_file_positions(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".eml"):
        path.write_bytes(bytes(_email(HTML, subtype="html")))
    else:
        path.write_text(MARKDOWN if name.endswith(".md") else HTML, encoding="utf-8")
    selection = ["--select", "LL3,LL4,LL6"]
    document = json.loads(_cli_positions(["--format", "json", *selection, path])["stdout"])
    findings = document["files"][0]["findings"]
    expected = [
        (f["file_line"] or 1, f["file_column"] or 1) for f in findings
    ]
    assert len(expected) >= 4
    concise = _cli_positions(["--format", "concise", *selection, path])["stdout"]
    got = [
        (int(match[1]), int(match[2]))
        for match in re.finditer(r"^.+?:(\d+):(\d+): LL\d{3} ", concise, re.MULTILINE)
    ]
    assert got == expected
    sarif = json.loads(_cli_positions(["--format", "sarif", *selection, path])["stdout"])
    results = sarif["runs"][0]["results"]
    regions = [result["locations"][0]["physicalLocation"]["region"] for result in results]
    assert [(r["startLine"], r.get("startColumn", 1)) for r in regions] == expected
    text = _cli_positions([*selection, path])["stdout"]
    heads = [
        (int(match[1]), int(match[2]))
        for match in re.finditer(r"^.+?:(\d+):(\d+): LL\d{3} \[", text, re.MULTILINE)
    ]
    assert heads == [position for position, f in zip(expected, findings, strict=True)
                     if f["file_line"] is not None]
    github = _cli_positions(["--format", "github", *selection, path])["stdout"]
    annotated = [
        (int(match[1]), int(match[2])) for match in re.finditer(r",line=(\d+),col=(\d+),", github)
    ]
    assert annotated == heads
