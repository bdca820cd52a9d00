"""Offsets to LSP positions in each encoding, and extracted letters back to their buffer."""

from __future__ import annotations

import pytest
from lsprotocol import types

from letterlint.lsp.positions import BufferMap, LineIndex
from letterlint.model import Span
from letterlint.sources.read import from_bytes

TEXT = "Hi 🎉 café\r\nline two\rthree\u2028still three\n"


@pytest.mark.parametrize(
    ("encoding", "column"),
    [
        (types.PositionEncodingKind.Utf16, 10),  # 🎉 is two UTF-16 units
        (types.PositionEncodingKind.Utf8, 13),  # 🎉 four bytes, é two
        (types.PositionEncodingKind.Utf32, 9),
    ],
)
def test_positions_count_the_negotiated_units(encoding: str, column: int) -> None:
    lines = LineIndex(TEXT, encoding)
    end_of_cafe = TEXT.index("\r\n")
    assert lines.position(end_of_cafe) == types.Position(line=0, character=column)
    assert lines.offset(types.Position(line=0, character=column)) == end_of_cafe


def test_lines_break_only_where_lsp_says() -> None:
    lines = LineIndex(TEXT)
    assert lines.position(TEXT.index("line two")) == types.Position(line=1, character=0)
    assert lines.position(TEXT.index("three")) == types.Position(line=2, character=0)
    # U+2028 is not a line break in LSP (str.splitlines would say it is)
    assert lines.position(TEXT.index("still")).line == 2
    assert lines.offset(types.Position(line=1, character=99)) == TEXT.index("\rthree")


def test_markdown_findings_map_onto_the_buffers_words() -> None:
    buffer = (
        "# Thanks\n\nI **really** enjoyed how [your team](https://example.com/a) rebuilt "
        "the _churn_ dashboard &amp; the alerts.\n\n- one\n- two\n"
    )
    letter = from_bytes(buffer.encode(), "thanks.md").text
    mapping = BufferMap(letter, buffer)
    for words in ("your team", "enjoyed how", "dashboard & the", "two"):
        start = letter.index(words)
        mapped = mapping.span(Span(start, start + len(words)))
        assert buffer[mapped.start : mapped.end].replace("&amp;", "&") == words
    spanning = letter.index("the churn")
    across = mapping.span(Span(spanning, spanning + 9))
    assert buffer[across.start : across.end] == "the _churn"
    # exact only where the buffer holds the words as they are
    assert mapping.exact(Span(spanning, spanning + 9)) is None
    team = letter.index("your team")
    assert mapping.exact(Span(team, team + 9)) == Span(buffer.index("your team"),
                                                       buffer.index("your team") + 9)


def test_email_headers_and_quoted_printable_are_skipped() -> None:
    buffer = (
        "From: Sam <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Thanks\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        "\nDear Dana,\n\nIt=E2=80=99s been a pleasure. Please do not hesitate to contact me =\n"
        "if you need anything.\n"
    )
    letter = from_bytes(buffer.encode(), "thanks.eml").text
    mapping = BufferMap(letter, buffer)
    phrase = "Please do not hesitate to contact me"
    start = letter.index(phrase)
    assert mapping.exact(Span(start, start + len(phrase))) == Span(
        buffer.index(phrase), buffer.index(phrase) + len(phrase)
    )
    greeting = letter.index("Dear Dana")
    assert mapping.span(Span(greeting, greeting + 9)).start == buffer.index("Dear Dana")
