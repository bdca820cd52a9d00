"""The length check (LL1xx) on real parses."""

from __future__ import annotations

from letterlint import Linter
from tests.conftest import CORPUS


def test_long_letter_flags_paragraphs_and_words_with_exact_spans(linter: Linter) -> None:
    paragraph = "We talked about the launch plan and the research backlog in detail today."
    text = "Dear Ms. Park,\n\n" + "\n\n".join([paragraph * 4] * 7) + "\n\nBest,\nSam\n"
    report = linter.lint(text)
    by_code = {finding.code: finding for finding in report.findings}
    assert {"LL101", "LL103"} <= set(by_code)
    paragraphs_start = text.index(paragraph * 4, text.index(paragraph * 4) + 1)
    fifth = text.index("\n\n", paragraphs_start)  # sanity: spans are in the body
    assert by_code["LL101"].span is not None and by_code["LL101"].span.start > fifth - len(text)
    assert text[by_code["LL101"].span.end - 1] == "."
    assert "7 body paragraphs" in by_code["LL101"].message


def test_short_good_letter_is_clean(linter: Linter) -> None:
    report = linter.lint((CORPUS / "thanks-01-nurse-warm.txt").read_text("utf-8"))
    assert not {"LL101", "LL102", "LL103", "LL104"} & report.codes()


def test_a_paragraph_counts_sentences_by_their_ends(linter: Linter) -> None:
    """The parser splits a long sentence at "but" and "and"; LL102 counts sentences as a
    reader does, by their full stops, so four sentences stay four."""
    paragraph = ("Sorry to bother you again. I know you said you'd be in touch when you had "
                 "news but it's been three weeks and I'm honestly starting to panic. This "
                 "would be my first job in tech after a year of trying and I really, really "
                 "need it. I'll do anything – I can work evenings and weekends to prove "
                 "myself, and I'm happy to do a trial of any length.")
    text = f"Hi Sarah,\n\n{paragraph}\n\nJosh\n"
    report = linter.lint(text, select=["length"])
    length = report.check("length")
    assert length is not None and length.metrics["body_sentences"] > 4  # the parser's pieces
    assert "LL102" not in report.codes()
    six = paragraph + " Please reply. Even a no would help."
    assert "LL102" in linter.lint(f"Hi Sarah,\n\n{six}\n\nJosh\n", select=["length"]).codes()
