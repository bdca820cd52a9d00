"""The clauses of a long sentence, which the judge reads one by one beside the whole."""

from __future__ import annotations

from letterlint import Source
from letterlint.letter.clauses import LONGEST_SENTENCE, clauses, set_apart
from letterlint.letter.nlp import Pipeline
from letterlint.letter.parse import parse_letters
from letterlint.model import Role


def _pieces(pipeline: Pipeline, sentence: str) -> list[str]:
    [doc] = pipeline.parse([sentence], [[]])
    [first] = list(doc.sents)
    return [words for _, _, words in clauses(first)]


def test_a_long_sentence_splits_into_its_main_and_inner_clauses(pipeline: Pipeline) -> None:
    pieces = _pieces(
        pipeline,
        "I really appreciated the chance to talk about the role, and I was impressed by the "
        "new system, even if the panel seemed more interested in their phones than in "
        "anything I had to say.",
    )
    assert pieces[0] == "I really appreciated the chance to talk about the role"
    assert ("even if the panel seemed more interested in their phones than in anything I had "
            "to say") in pieces
    assert all(not piece.startswith(("and ", ",")) for piece in pieces)


def test_a_short_sentence_is_read_whole(pipeline: Pipeline) -> None:
    assert _pieces(pipeline, "Thanks for the tour, and for the coffee.") == []


def test_clauses_carry_spans_into_the_letter_and_the_judges_reading(pipeline: Pipeline) -> None:
    text = ("Hi Dana,\n\nThank you for walking me through the new rota system on Thursday and "
            "for the coffee afterwards, and I'm sure you can see what the team would be "
            "missing without someone like me.\n\nBest,\nSam\n")
    [letter] = parse_letters([Source(text=text)], pipeline)
    [sentence] = [s for s in letter.sentences if s.role is Role.BODY]
    assert sentence.clauses
    for clause in sentence.clauses:
        assert clause.span.of(text) == clause.text
        assert 0.0 <= clause.judgement["tone"] <= 1.0
    assert max(c.judgement["tone"] for c in sentence.clauses) > sentence.judgement["tone"]


def test_a_run_on_paste_is_not_split(pipeline: Pipeline) -> None:
    """Clauses nest in a long run-on, and reading each would cost the square of its
    length: past ``LONGEST_SENTENCE`` tokens the sentence is read whole."""
    run_on = " ".join(["I said that you said that he thought that"] * 30) + " it rained."
    [doc] = pipeline.parse([run_on], [[]])
    [first, *_] = list(doc.sents)
    assert len(first) > LONGEST_SENTENCE
    assert clauses(first) == []
    shorter = " ".join(["I said that you said that he thought that"] * 10) + " it rained."
    assert _pieces(pipeline, shorter) != []  # the same words, fewer of them, are split


def test_a_sentence_gives_at_most_eight_clauses(pipeline: Pipeline) -> None:
    sentence = ("I told Sam, who had asked me, that Jo, who runs the lab, said that Kim, who "
                "leads ops, thinks that Al, who hires, knows that Bo, who left, felt that it "
                "was fine, which it was, and then we went home.")
    assert 0 < len(_pieces(pipeline, sentence)) <= 8


def test_an_aside_in_brackets_is_read_apart_in_a_sentence_of_any_length(
    pipeline: Pipeline,
) -> None:
    text = "Hi Dana,\n\nThanks (the case study was\na waste) and more (yes).\n\nBest,\nSam\n"
    [letter] = parse_letters([Source(text=text)], pipeline)
    [sentence] = [s for s in letter.sentences if s.role is Role.BODY]
    assert len(sentence.tokens) < 18 and not clauses(sentence.tokens)
    [aside] = sentence.clauses  # "(yes)" is too short to read apart
    assert aside.span.of(text) == "the case study was\na waste"  # offsets into the letter
    assert aside.text == "the case study was a waste"  # the words, as the judge reads them
    assert 0.0 <= aside.judgement["tone"] <= 1.0


def test_an_aside_that_is_nearly_the_whole_sentence_is_not_read_twice(
    pipeline: Pipeline,
) -> None:
    [doc] = pipeline.parse(["(I was a few minutes late.)"], [[]])
    assert set_apart(next(iter(doc.sents))) == []


def test_an_aside_between_two_dashes_is_read_apart_but_not_a_half_after_one(
    pipeline: Pipeline,
) -> None:
    [doc] = pipeline.parse(["Thanks for Tuesday – the panel seemed half asleep – and the tour. "
                            "Thanks for the tour - the coffee machine was broken."], [[]])
    first, second = list(doc.sents)
    assert [words for _, _, words in set_apart(first)] == ["the panel seemed half asleep"]
    assert set_apart(second) == []
