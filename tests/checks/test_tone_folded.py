"""The tone cues read a sentence with every run of white space as one space."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from letterlint.checks.tone.folded import Folded

TEXT = st.text(alphabet=st.sampled_from("ab .\n\r\t\u00a0"), max_size=40)


def test_a_wrapped_line_reads_as_one() -> None:
    folded = Folded("my life\r\n  on hold")
    assert folded.text == "my life on hold"
    match = re.search("life on hold", folded.text)
    assert match is not None
    assert (folded.start(match.start()), folded.end(match.end())) == (3, 18)


@given(TEXT)
def test_folding_keeps_every_other_character_where_it_was(text: str) -> None:
    folded = Folded(text)
    assert folded.text == re.sub(r"\s+", " ", text)
    for index, char in enumerate(folded.text):
        start = folded.start(index)
        assert text[start] == char or (char == " " and text[start].isspace())
        assert folded.folded(start) == index
        assert folded.end(index + 1) == start + 1
    assert folded.start(len(folded.text)) == len(text)
    assert folded.folded(len(text)) == len(folded.text)
