"""The attribute ruler's indexed rules (letterlint/letter/rules.py) give the same
annotations as spaCy's own Matcher, on real letters, and stand aside for rules they
do not read exactly."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from letterlint.letter.nlp import Pipeline
from letterlint.letter.rules import IndexedRules, UnknownRule

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parents[2]
LETTERS = sorted((ROOT / "corpus" / "letters").glob("*.txt")) + sorted(
    (ROOT / "corpus" / "real" / "dev").glob("*.txt")
)


@pytest.fixture(scope="module")
def stock(pipeline: Pipeline) -> Language:
    """spaCy's pipeline as installed, its attribute ruler untouched."""
    import spacy

    return spacy.load(pipeline.name)


def test_the_pipeline_indexes_its_attribute_ruler(pipeline: Pipeline) -> None:
    if not pipeline.trained:
        pytest.skip("no trained pipeline installed")
    assert isinstance(pipeline.nlp.get_pipe("attribute_ruler").matcher, IndexedRules)


def test_indexed_rules_annotate_every_letter_as_spacy_does(
    pipeline: Pipeline, stock: Language
) -> None:
    """Tags, parts of speech, morphology, lemmas and dependencies of every token of the
    team's letters and the real development letters, whole and part by part as the
    linter parses them, are those of spaCy's own Matcher."""
    if not pipeline.trained:
        pytest.skip("no trained pipeline installed")
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in LETTERS]
    texts += [paragraph for text in texts for paragraph in text.split("\n\n") if paragraph]
    assert len(LETTERS) > 200
    for ours, theirs in zip(pipeline.nlp.pipe(texts), stock.pipe(texts), strict=True):
        assert [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in ours] == [
            (t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in theirs
        ], ours.text[:80]


def test_a_rule_with_an_operator_keeps_spacys_matcher(pipeline: Pipeline) -> None:
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline.nlp.vocab)
    matcher.add("0", [[{"LOWER": "very", "OP": "+"}, {"TAG": "JJ"}]])
    with pytest.raises(UnknownRule):
        IndexedRules(matcher, pipeline.nlp.vocab, ["0"])


def test_indexed_rules_find_what_the_matcher_finds(pipeline: Pipeline) -> None:
    from spacy.matcher import Matcher

    vocab = pipeline.nlp.vocab
    matcher = Matcher(vocab)
    matcher.add("0", [[{"LOWER": "gon"}, {"LOWER": "na"}]])
    matcher.add("1", [[{"TAG": {"IN": ["NN", "NNS"]}}]])
    matcher.add("2", [[{"ORTH": {"REGEX": "^[A-Z]{2,}$"}}, {"IS_PUNCT": True}]])
    matcher.add("3", [[{"LOWER": {"NOT_IN": ["the", "a"]}, "TAG": "DT"}]])
    doc = pipeline.nlp("I'm gonna fix THE rota, NHS. Those shifts are this week's.")
    assert {vocab.strings[key] for key, _, _ in matcher(doc)} == {"0", "1", "2", "3"}
    assert sorted(IndexedRules(matcher, vocab, ["0", "1", "2", "3"])(doc)) == sorted(
        matcher(doc)
    )
