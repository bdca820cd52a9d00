"""The trained sentence judge: shipped in the package, loaded offline, and reading
sentences the way its training data taught it (bad and good examples per label)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letterlint import ConfigError, Linter, Source
from letterlint.letter.judge import LABELS, Judge, model_path
from letterlint.letter.nlp import Pipeline
from letterlint.letter.parse import parse_letters


@pytest.fixture(scope="module")
def judge() -> Judge:
    shipped = Judge()
    assert shipped.available, f"the judge's weights should ship in {model_path()}"
    return shipped


def test_every_label_gets_a_probability(judge: Judge) -> None:
    [cats] = judge.judge(["Thank you for showing me the new ward."])
    assert set(cats) == set(LABELS)
    assert all(0.0 <= value <= 1.0 for value in cats.values())


@pytest.mark.parametrize(
    ("label", "bad", "good"),
    [
        ("tone", "I still haven't heard back, which is frankly disappointing.",
         "Thank you again for your time on Tuesday."),
        ("presumptuous", "Where should I send my bank details for payroll?",
         "I would be glad to send any further documents you need."),
        ("thanks", "Thank you for meeting with me yesterday.",
         "I have attached the portfolio we discussed."),
        ("learned",
         "It was fascinating to hear that the clinic plans to open a second site in Leeds.",
         "I enjoyed learning more about the role."),
        ("interest", "I'm really drawn to this job and would love to join the team.",
         "I have attached the portfolio we discussed."),
    ],
)
def test_the_judge_reads_a_bad_example_as_it_is_and_a_good_one_not(
    judge: Judge, label: str, bad: str, good: str
) -> None:
    high, low = judge.judge([bad, good])
    assert high[label] >= 0.5 > low[label], (label, high[label], low[label])


def test_sentences_carry_the_judgement(pipeline: Pipeline) -> None:
    [letter] = parse_letters(
        [Source(text="Dear Ana,\n\nWhere should I send my bank details for payroll?\n\nSam")],
        pipeline,
    )
    [sentence] = letter.body_sentences
    assert sentence.judgement["tone"] >= 0.5


def test_a_pipeline_without_the_judge_leaves_sentences_unjudged() -> None:
    pipeline = Pipeline(judge=False)
    [letter] = parse_letters([Source(text="Dear Ana,\n\nThanks for today.\n\nSam")], pipeline)
    assert all(not sentence.judgement for sentence in letter.sentences)


def test_a_judged_tone_finding_says_where_it_came_from(linter: Linter) -> None:
    report = linter.lint(
        "Dear Ana,\n\nThank you for the interview on Monday.\n\n"
        "Which locker will be mine?\n\nBest,\nSam",
        select=["tone"],
    )
    judged = [f for f in report.findings if f.metadata.get("source") == "judge"]
    assert judged, report.findings
    finding = judged[0]
    assert finding.code == "LL403" and finding.metadata["judged_as"] == "presumptuous"
    assert 0.5 <= finding.metadata["probability"] <= 1.0
    assert finding.span is not None and finding.span.of(report.text).startswith("Which locker")
    assert finding.message.startswith("Reads as presuming the job:")
    assert not report.passed


def test_the_judge_can_be_switched_off_per_check(linter: Linter) -> None:
    text = "Dear Ana,\n\nWhere should I send my bank details for payroll?\n\nBest,\nSam"
    report = linter.lint(text, select=["tone"], tone={"mode": "rules"})
    assert not [f for f in report.findings if f.metadata.get("source") == "judge"]


def test_the_judge_vetoes_a_generic_learned_sentence_the_rules_would_credit(
    linter: Linter,
) -> None:
    text = (
        "Dear Ms. Okafor,\n\nThank you for the interview. I really enjoyed hearing more about "
        "the role and learning about the company.\n\nBest,\nJordan"
    )
    combined = linter.lint(text).points["learned"]
    assert not combined.covered


def test_an_unknown_coverage_mode_is_a_config_error(linter: Linter) -> None:
    with pytest.raises(ConfigError, match="mode must be one of"):
        linter.lint("Dear Ana,\n\nThanks.\n\nSam", coverage={"mode": "vibes"})


_LEXICON_ONLY = {"model_threshold": 1.01, "verdict_threshold": 1.01, "lexicon_model_threshold": 0.0}
"""Tone options under which only the lexicon path can flag a sentence the cues miss."""


def test_a_sentence_the_lexicon_reads_as_clearly_negative_is_flagged_with_its_score(
    linter: Linter,
) -> None:
    text = "Dear Ana,\n\nThe tour was boring and the coffee was awful.\n\nBest,\nSam"
    report = linter.lint(text, select=["tone"], tone=_LEXICON_ONLY)
    [finding] = [f for f in report.findings if f.metadata.get("source") == "judge"]
    assert finding.metadata["lexicon"] <= -0.3
    assert finding.span is not None
    assert finding.span.of(report.text).startswith("The tour was boring")


def test_a_sentence_the_lexicon_reads_as_positive_is_not_flagged_by_it(linter: Linter) -> None:
    text = "Dear Ana,\n\nThe tour was lively and the coffee was great.\n\nBest,\nSam"
    report = linter.lint(text, select=["tone"], tone=_LEXICON_ONLY)
    assert not [f for f in report.findings if f.metadata.get("source") == "judge"]


def test_the_lexicon_can_be_switched_off(linter: Linter) -> None:
    text = "Dear Ana,\n\nThe tour was boring and the coffee was awful.\n\nBest,\nSam"
    options = {**_LEXICON_ONLY, "lexicon_threshold": -1.01}
    report = linter.lint(text, select=["tone"], tone=options)
    assert not [f for f in report.findings if f.metadata.get("source") == "judge"]


def test_the_judge_vetoes_a_courteous_regret_the_lexicon_reads_as_negative(
    linter: Linter,
) -> None:
    text = (
        "Dear Ana,\n\nThank you for letting me know. I was disappointed to hear the news, "
        "but I appreciate you telling me.\n\nBest,\nSam"
    )
    report = linter.lint(text, select=["tone"])
    assert not [f for f in report.findings if f.metadata.get("source") == "judge"]


def test_the_judge_loads_as_spacy_load_would_build_it(judge: Judge) -> None:
    """The judge is loaded with its tokenizer's rules read once, not twice: the
    same probabilities as ``spacy.load`` gives, on text full of special cases."""
    import spacy

    reference = spacy.load(model_path())
    texts = ["I don't know what's up, Mr. O'Neil (re: the 3-4 p.m. slot)!",
             "Thanks again for the interview.\nBest regards, Sam"]
    assert judge.judge(texts) == [
        {label: float(doc.cats.get(label, 0.0)) for label in LABELS}
        for doc in reference.pipe(texts)
    ]


def test_only_body_and_postscript_sentences_are_judged(pipeline: Pipeline) -> None:
    [letter] = parse_letters(
        [Source(text="Dear Ana,\n\nThank you for the tour of the ward.\n\n"
                     "Best regards,\nSam\n\nP.S. I loved the garden.")],
        pipeline,
    )
    roles = {sentence.role.value: bool(sentence.judgement) for sentence in letter.sentences}
    assert roles == {"salutation": False, "body": True, "closing": False, "postscript": True}


def test_a_see_you_sign_off_is_judged(pipeline: Pipeline) -> None:
    """"See you Monday!" right above the name is the closing, and it may take the job
    as won, so the judge reads it; "Best regards," says nothing and is not read."""
    texts = ["Dear Ana,\n\nThank you for the tour of the ward.\n\nSee you Monday!\nSam\n",
             "Dear Ana,\n\nThank you for the tour of the ward.\n\nBest regards,\nSam\n"]
    judged = [
        {sentence.text: bool(sentence.judgement) for sentence in letter.sentences
         if sentence.role.value == "closing"}
        for letter in parse_letters([Source(text=text) for text in texts], pipeline)
    ]
    assert judged == [{"See you Monday!": True}, {"Best regards,": False}]


def test_the_judge_borrows_the_pipeline_tokenizer_only_when_it_splits_alike(
    pipeline: Pipeline,
) -> None:
    """The shipped pipeline's tokenizer is byte for byte the judge's saved one, so the
    judge uses it (and skips building its own); the judgements are the same. A
    tokenizer with other rules is not borrowed."""
    texts = ["I still haven't heard back, which is frankly disappointing.",
             "Thank you again for your time on Tuesday — it's appreciated!"]
    own, borrowing = Judge(), Judge()
    assert borrowing.judge(texts, pipeline.nlp.tokenizer) == own.judge(texts)
    assert borrowing._tokenizer is pipeline.nlp.tokenizer
    assert own._tokenizer is None

    import spacy

    other = spacy.blank("en").tokenizer
    other.add_special_case("haven't", [{"ORTH": "haven't"}])
    different = Judge()
    different.judge(texts, other)
    assert different._tokenizer is None


def test_by_default_the_lexicon_is_not_consulted(
    linter: Linter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the shipped thresholds the lexicon path adds nothing the judge does not
    flag itself (cross-validated on real dev), so VADER is never asked."""
    import letterlint.checks.tone.check as tone

    asked: list[str] = []
    monkeypatch.setattr(tone, "compound", lambda text: asked.append(text) or -0.9)
    text = ("Dear Ana,\n\nThe tour was boring and the coffee was awful. I still have not "
            "heard a thing, which is frankly odd.\n\nBest,\nSam")
    linter.lint(text, select=["tone"])
    assert asked == []
    linter.lint(text, select=["tone"], tone={"model_threshold": 1.01,
                                             "lexicon_model_threshold": 0.0})
    assert asked  # the path is there when turned on


def test_a_hard_wrapped_sentence_is_judged_as_one_line(pipeline: Pipeline) -> None:
    line = "I drove eighty miles for that interview and nobody even offered me a glass of water."
    wrapped = line.replace(" for ", "\nfor ").replace(" nobody ", "\r\nnobody  ")
    letters = parse_letters(
        [Source(text=f"Dear Ana,\n\n{body}\n\nSam") for body in (line, wrapped)], pipeline
    )
    flat, hard = ([s.judgement for s in letter.body_sentences] for letter in letters)
    assert len(flat) == len(hard) == 1
    assert flat == hard and flat[0]["tone"] > 0


def test_two_judges_averaged_read_with_the_mean_of_their_logits(tmp_path: Path) -> None:
    """training/average.py ships the mean of the base and the wide judge: the judge is
    linear in its n-grams, so the averaged weights give the mean of the two logits."""
    import importlib.util
    import math

    import spacy

    from letterlint.letter import bow

    bow.register()
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("average", root / "training" / "average.py")
    assert spec is not None and spec.loader is not None
    average = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(average)

    shipped = spacy.load(model_path())
    louder = tmp_path / "louder"
    for node in shipped.get_pipe("textcat_multilabel").model.walk():
        for name in node.param_names:
            node.set_param(name, node.get_param(name) * 3)
    shipped.to_disk(louder)
    average.average(model_path(), louder, tmp_path / "mean")

    def logit(path: Path, text: str) -> float:
        p = spacy.load(path)(text).cats["tone"]
        return math.log(p / (1 - p))

    text = "I still haven't heard back, which is frankly disappointing."
    one, three, mean = (logit(path, text) for path in (model_path(), louder, tmp_path / "mean"))
    assert abs(one) > 0.5
    assert mean == pytest.approx((one + three) / 2, rel=1e-3)
    assert mean == pytest.approx(2 * one, rel=1e-3)


def test_every_written_training_sentence_is_one_labelled_line() -> None:
    """The written sentences both judges read (``training/data``) and the wide judge's own
    (``training/data/wide``): one sentence a line, labels the judge knows, no repeats."""
    data = Path(__file__).resolve().parents[2] / "training" / "data"
    files = sorted(data.glob("*.jsonl")) + sorted((data / "wide").glob("*.jsonl"))
    assert (data / "wide") in {path.parent for path in files}
    known = set(LABELS) - {"tone"}
    for path in files:
        seen: set[str] = set()
        for line in path.read_text("utf-8").splitlines():
            item = json.loads(line)
            assert set(item) == {"text", "labels", "register"}, path.name
            assert set(item["labels"]) <= known, (path.name, item["labels"])
            assert "\n" not in item["text"] and item["text"] not in seen, path.name
            seen.add(item["text"])
