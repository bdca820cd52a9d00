"""Suppression comments in the letter (``<!-- letterlint off -->`` and Vale's
``RULE = NO``): what each form silences, in plain text, Markdown, HTML and e-mail;
that the comments are never linted or counted as paragraphs; and LL801, the report
of comments that silence nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letterlint import Linter, Report, Role
from letterlint.cli import main
from letterlint.letter.suppress import _directive
from letterlint.model import Span

BODY_1 = "Thank you for talking with me today about the support lead role."
BODY_2 = "We utilised every channel at Fernway, and I would commence in May."
BODY_3 = "I will utilize the same care with your billing questions."
CLOSING = "Yours faithfully,\nSam Ortiz\n"


def letter(*paragraphs: str) -> str:
    return "Dear Ms. Park,\n\n" + "\n\n".join(paragraphs) + "\n\n" + CLOSING


def quoted(report: Report, code: str) -> list[str]:
    return [f.span.of(report.text) for f in report.findings if f.code == code and f.span]


def test_off_and_on_silence_the_rules_between_them(linter: Linter) -> None:
    report = linter.lint(letter(
        BODY_1, "<!-- letterlint off LL302 -->\n" + BODY_2 + "\n<!-- letterlint on LL302 -->",
        BODY_3,
    ))
    assert quoted(report, "LL302") == ["utilize"]
    assert quoted(report, "LL303") == ["Yours faithfully"]


def test_vale_spelling_and_rule_names_work_too(linter: Linter) -> None:
    report = linter.lint(letter(
        BODY_1, "<!-- letterlint stiff-word = NO -->", BODY_2,
        "<!-- letterlint stiff-word = YES -->", BODY_3,
    ))
    assert quoted(report, "LL302") == ["utilize"]


def test_ignore_on_its_own_line_covers_the_next_paragraph(linter: Linter) -> None:
    report = linter.lint(letter(BODY_1, "<!-- letterlint ignore LL302 -->\n" + BODY_2, BODY_3))
    assert quoted(report, "LL302") == ["utilize"]


def test_ignore_after_text_covers_its_line(linter: Linter) -> None:
    report = linter.lint(letter(
        BODY_1, BODY_2 + " <!-- letterlint ignore stiff-word -->\n" + BODY_3
    ))
    assert quoted(report, "LL302") == ["utilize"]


def test_off_before_the_letter_silences_whole_letter_findings(linter: Linter) -> None:
    text = letter(BODY_1)
    assert "LL104" in linter.lint(text).codes()
    report = linter.lint("<!-- letterlint off LL104, LL303 -->\n" + text)
    assert not {"LL104", "LL303"} & report.codes()
    # after the letter's first words, an unclosed off covers the rest, not the letter
    report = linter.lint(letter(BODY_1, "<!-- letterlint off LL104 -->\n" + BODY_2))
    assert "LL104" in report.codes()


def test_off_with_no_rules_silences_every_rule(linter: Linter) -> None:
    report = linter.lint(letter(BODY_1, "<!-- letterlint off -->", BODY_2, BODY_3))
    assert all(f.span is None or f.span.start < report.text.index("<!--") for f in report.findings)


def test_comments_are_no_part_of_the_letter(linter: Linter) -> None:
    plain = linter.lint(letter(BODY_1, BODY_2, BODY_3))
    switched = linter.lint(letter(
        BODY_1, "<!-- letterlint off LL3 -->\n" + BODY_2 + "\n<!-- letterlint on LL3 -->", BODY_3
    ))
    body = [p.span.of(switched.text) for p in switched.parts if p.role is Role.BODY]
    assert len(body) == len([p for p in plain.parts if p.role is Role.BODY]) == 3
    assert not any("<!--" in paragraph for paragraph in body)
    assert not any("<!--" in p.span.of(switched.text) for p in switched.parts)
    assert not any(f.span and "letterlint" in f.span.of(switched.text) for f in switched.findings)


def test_markdown_and_html_files_keep_their_switches(linter: Linter, tmp_path: Path) -> None:
    markdown = tmp_path / "draft.md"
    markdown.write_text(letter(
        BODY_1, "<!-- letterlint off LL302 -->", "*" + BODY_2 + "*", "<!-- letterlint on -->",
        BODY_3,
    ))
    assert quoted(linter.lint(markdown), "LL302") == ["utilize"]
    html = tmp_path / "draft.html"
    html.write_text(
        f"<p>Dear Ms. Park,</p><p>{BODY_1}</p><!-- letterlint off LL302 --><p>{BODY_2}</p>"
        f"<!-- letterlint on LL302 --><p>{BODY_3}</p><p>Best,<br>Sam</p>"
    )
    assert quoted(linter.lint(html), "LL302") == ["utilize"]


def test_an_email_header_switches_rules_off_unseen(linter: Linter, tmp_path: Path) -> None:
    mail = tmp_path / "thanks.eml"
    mail.write_text(
        "From: sam@example.com\nTo: park@example.com\nSubject: Thank you\n"
        "X-Letterlint: off LL302, LL104\n\n" + letter(BODY_1, BODY_2, BODY_3)
    )
    report = linter.lint(mail)
    assert not {"LL302", "LL104"} & report.codes()
    assert "LL303" in report.codes()


def test_unused_and_unreadable_switches_are_reported_on_request(linter: Linter) -> None:
    text = letter(
        "<!-- letterlint ignore LL302 -->\n" + BODY_1,  # nothing stiff here
        "<!-- letterlint ignore LL302 -->\n" + BODY_2,  # silences two
        "<!-- letterlint of LL302 -->\n" + BODY_3,  # misspelt: silences nothing
    )
    assert "LL801" not in linter.lint(text).codes()
    report = linter.lint(text, report_unused_suppressions=True)
    unused = [f for f in report.findings if f.code == "LL801"]
    assert [f.span.of(text) for f in unused if f.span] == [
        "<!-- letterlint ignore LL302 -->", "<!-- letterlint of LL302 -->"
    ]
    assert unused[0].span is not None and unused[0].span.start == text.index("<!--")
    assert unused[1].message.startswith(
        "'<!-- letterlint of LL302 -->' is not a letterlint switch"
    )
    assert quoted(report, "LL302") == ["utilize"]


def test_through_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(letter(
        "<!-- letterlint ignore LL302 -->\n" + BODY_1, "<!-- letterlint LL302 = NO -->\n" + BODY_2,
    ))
    main(["--format", "json", "--select", "LL302,LL801", "--report-unused-suppressions",
          str(draft)])
    [file] = json.loads(capsys.readouterr().out)["files"]
    assert [(f["code"], f["line"], f["text"]) for f in file["findings"]] == [
        ("LL801", 3, "<!-- letterlint ignore LL302 -->")
    ]


@pytest.mark.parametrize(
    ("comment", "verb", "selectors"),
    [
        ("<!-- letterlint LL302 = NO -->", "off", ("LL302",)),
        ("<!-- letterlint   stiff-word   =   yes -->", "on", ("stiff-word",)),
        ("<!-- letterlint LL302=no -->", "off", ("LL302",)),
        ("<!-- letterlint LL302 = -->", "invalid", ("LL302 =",)),
        ("<!-- letterlint LL302 = maybe -->", "invalid", ("LL302 = maybe",)),
        ("<!-- letterlint = NO -->", "invalid", ("= NO",)),
    ],
)
def test_vale_style_switches_are_read_or_refused(
    comment: str, verb: str, selectors: tuple[str, ...]
) -> None:
    directive = _directive(comment, Span(0, len(comment)), inline=False)
    assert directive is not None
    assert (directive.verb, directive.selectors) == (verb, selectors)
