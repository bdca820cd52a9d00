"""Accuracy of letterlint's content checks on labelled letters, beside its peers.

    .venv/bin/python benchmarks/accuracy.py                 # corpus/letters
    .venv/bin/python benchmarks/accuracy.py corpus/heldout/set7  # another labelled set

Scoring (see corpus/LABELLING.md for the labels):
- phrasing / tone: a labelled phrase is found when a finding of that check
  overlaps it (recall); a finding is a true positive when it overlaps a labelled
  phrase (precision). Peers on the same letters: proselint's findings against
  robotic phrases, and VADER (sentences with compound <= -0.05) against negative
  phrases, on the same sentences letterlint parses.
- points (interest, standout, learned): a yes/no per letter from report.points.
- tone (letter flagged): a yes/no per letter, any tone finding against any
  labelled negative phrase: what a pre-send gate sees.
- too_long: any LL101/LL102/LL103 finding; placeholders: any LL601 finding;
  deadline reference (follow-ups): the timing check's detector;
  kind: the detected kind against the label.
Grammar is left out: it is measured by benchmarks/grammar.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter, Report  # noqa: E402
from letterlint.checks import BUILTIN_CHECKS  # noqa: E402
from letterlint.letter.nlp import Pipeline  # noqa: E402
from letterlint.letter.parse import parse_letters  # noqa: E402
from letterlint.letter.timeline import deadline_references  # noqa: E402
from letterlint.registry import Registry  # noqa: E402
from letterlint.sources.read import read_path  # noqa: E402

Interval = tuple[int, int]


@dataclass
class SpanScore:
    """Precision over findings, recall over labelled phrases."""

    true_findings: int = 0
    findings: int = 0
    found_labels: int = 0
    labels: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(
        self, name: str, text: str, labels: Sequence[Interval], found: Sequence[Interval]
    ) -> None:
        for start, end in found:
            self.findings += 1
            if any(_overlap((start, end), label) for label in labels):
                self.true_findings += 1
            else:
                self.false_alarms.append(f"{name}: {text[start:end][:90]!r}")
        for start, end in labels:
            self.labels += 1
            if any(_overlap((start, end), hit) for hit in found):
                self.found_labels += 1
            else:
                self.misses.append(f"{name}: {text[start:end][:90]!r}")

    def row(self) -> tuple[float, float, float, str]:
        precision = self.true_findings / self.findings if self.findings else 0.0
        recall = self.found_labels / self.labels if self.labels else 0.0
        return (*_with_f1(precision, recall), f"{self.findings} findings, {self.labels} labels")


@dataclass
class YesNoScore:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    true_neg: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, predicted: bool, expected: bool) -> None:
        if predicted and expected:
            self.true_pos += 1
        elif predicted:
            self.false_pos += 1
            self.errors.append(f"{name}: false positive")
        elif expected:
            self.false_neg += 1
            self.errors.append(f"{name}: missed")
        else:
            self.true_neg += 1

    def row(self) -> tuple[float, float, float, str]:
        predicted = self.true_pos + self.false_pos
        actual = self.true_pos + self.false_neg
        precision = self.true_pos / predicted if predicted else 0.0
        recall = self.true_pos / actual if actual else 0.0
        total = predicted + self.false_neg + self.true_neg
        right = (self.true_pos + self.true_neg) / total if total else 0.0
        return (*_with_f1(precision, recall),
                f"{actual} of {total} letters labelled yes; accuracy {right:.2f}")

    @property
    def accuracy(self) -> float:
        total = self.true_pos + self.false_pos + self.false_neg + self.true_neg
        return (self.true_pos + self.true_neg) / total if total else 0.0


def _with_f1(precision: float, recall: float) -> tuple[float, float, float]:
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _phrase_spans(text: str, phrases: Iterable[str]) -> list[Interval]:
    spans = []
    for phrase in phrases:
        start = text.find(phrase)
        if start < 0:
            raise SystemExit(f"labelled phrase not in its letter: {phrase!r}")
        spans.append((start, start + len(phrase)))
    return spans


def _check_spans(report: Report, check: str) -> list[Interval]:
    return [
        (finding.span.start, finding.span.end)
        for finding in report.findings
        if finding.check == check and finding.span is not None
    ]


def proselint_spans(text: str) -> list[Interval]:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    registry = CheckRegistry()  # proselint's registry is a process-wide singleton
    if not registry.checks:
        registry.register_many(__register__)

    # proselint pads the text with a newline on each side; undo that offset
    return [
        (result.check_result.span[0] - 1, result.check_result.span[1] - 1)
        for result in LintFile("letter", text).lint()
    ]


Judges = Path | None | tuple[Path, Path]
"""The shipped judge (None), another one, or two for a cross-validated measure: the
letters of fold 0 of corpus/real/dev judged by the first, fold 1 by the second."""


def _fold_of(labels: dict[str, Any]) -> int:
    sys.path.insert(0, str(ROOT / "training"))
    from build_data import fold_of

    return fold_of(labels.get("site", ""))


def _load(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    letters = []
    for path in sorted(folder.glob("*.txt")):
        labels = path.with_suffix(".json")
        if labels.exists():
            letters.append((path, json.loads(labels.read_text("utf-8"))))
    if not letters:
        raise SystemExit(f"no labelled letters in {folder}")
    return letters


MODES = {
    "rules": {"coverage": {"mode": "rules"}, "tone": {"mode": "rules"}},
    "model": {"coverage": {"mode": "model"}, "tone": {"mode": "model"}},
    "combined": {},
    "lexicon": {"tone": {"lexicon_model_threshold": 0.4}},
}
"""How the checks judge: the rules alone, the trained judge alone, both (the shipped
default, in which the sentiment lexicon has no say), or both with the lexicon path
on (a sentence VADER reads as clearly negative flagged from judge ≥ 0.4)."""


def evaluate(
    folder: Path, verbose: bool, mode: str = "combined", judge: Judges = None
) -> dict[str, Any]:
    letters = _load(folder)
    if isinstance(judge, tuple):  # cross-validated: each fold's letters, then its judge
        letters = sorted(letters, key=lambda letter: _fold_of(letter[1]))
    registry = Registry(check for check in BUILTIN_CHECKS if check.name != "grammar")
    scores: dict[str, Any] = {
        "phrasing": SpanScore(),
        "tone": SpanScore(),
        "interest": YesNoScore(),
        "standout": YesNoScore(),
        "learned": YesNoScore(),
        "tone (letter flagged)": YesNoScore(),
        "too_long": YesNoScore(),
        "placeholders": YesNoScore(),
        "deadline reference": YesNoScore(),
        "kind (follow-up)": YesNoScore(),
    }
    peers = {"proselint (vs robotic)": SpanScore(), "VADER (vs negative)": SpanScore()}
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    paths = [path for path, _ in letters]
    groups = (
        [([p for p, labels in letters if _fold_of(labels) == fold], judge[fold]) for fold in (0, 1)]
        if isinstance(judge, tuple) else [(paths, judge)]
    )
    parsed, reports = [], []
    for group, group_judge in groups:
        pipeline = Pipeline(judge=group_judge if group_judge is not None else True)
        with Linter(registry=registry, kind="auto", pipeline=pipeline, **MODES[mode]) as linter:
            group_parsed = parse_letters([read_path(path) for path in group], linter.pipeline)
            parsed += group_parsed
            reports += [linter.lint_letter(letter, linter.config) for letter in group_parsed]
    elapsed = time.perf_counter() - started
    sentences = {
        path: [(s.span.start, s.span.end) for s in letter.sentences]
        for path, letter in zip(paths, parsed, strict=True)
    }
    for (path, labels), report, letter in zip(letters, reports, parsed, strict=True):
        name, text = path.name, report.text
        robotic = _phrase_spans(text, labels["robotic_phrases"])
        negative = _phrase_spans(text, labels["negative_phrases"])
        scores["phrasing"].add(name, text, robotic, _check_spans(report, "phrasing"))
        scores["tone"].add(name, text, negative, _check_spans(report, "tone"))
        for point in ("interest", "standout", "learned"):
            covered = report.points[point].covered if point in report.points else False
            scores[point].add(name, covered, labels[f"covers_{point}"])
        codes = report.codes()
        flagged = any(finding.check == "tone" for finding in report.findings)
        scores["tone (letter flagged)"].add(name, flagged, bool(labels["negative_phrases"]))
        scores["too_long"].add(name, bool(codes & {"LL101", "LL102", "LL103"}), labels["too_long"])
        scores["placeholders"].add(name, "LL601" in codes, labels["has_placeholders"])
        if labels["kind"] == "follow-up" and labels["references_deadline"] is not None:
            # the timing check itself needs dates; its detector works on the letter
            referenced = bool(deadline_references(letter, courteous=True))
            scores["deadline reference"].add(name, referenced, labels["references_deadline"])
        scores["kind (follow-up)"].add(
            name, report.metadata.get("kind_detected") == "follow-up", labels["kind"] == "follow-up"
        )
        peers["proselint (vs robotic)"].add(name, text, robotic, proselint_spans(text))
        vader = [
            span for span in sentences[path]
            if analyser.polarity_scores(text[span[0] : span[1]])["compound"] <= -0.05
        ]
        peers["VADER (vs negative)"].add(name, text, negative, vader)

    ranking = _ranking(
        [report.score for report in reports], [labels["verdict"] for _, labels in letters]
    )
    if mode != "combined":
        return {"scores": scores, "ranking": ranking}
    print(f"{len(letters)} letters from {folder} — {elapsed:.1f} s for letterlint "
          f"({1000 * elapsed / len(letters):.0f} ms a letter, spaCy load included)\n")
    print(f"{'measure':<26}{'precision':>10}{'recall':>8}{'F1':>7}   basis")
    for label, score in [*scores.items(), *peers.items()]:
        precision, recall, f1, basis = score.row()
        print(f"{label:<26}{precision:>10.2f}{recall:>8.2f}{f1:>7.2f}   {basis}")
    if verbose:
        for label, score in [*scores.items(), *peers.items()]:
            problems = getattr(score, "errors", []) or [
                *("miss " + m for m in getattr(score, "misses", [])),
                *("false " + m for m in getattr(score, "false_alarms", [])),
            ]
            if problems and not label.startswith(("proselint", "VADER")):
                print(f"\n{label}:")
                for problem in problems:
                    print(f"  {problem}")
    _print_ranking(ranking)
    return {"scores": scores, "ranking": ranking}


VERDICTS = ("bad", "needs-work", "good")


def _ranking(scores: list[int], verdicts: list[str]) -> dict[str, Any]:
    """Mean score per verdict and Spearman's rank correlation of score and verdict."""
    means = {
        verdict: sum(s for s, v in zip(scores, verdicts, strict=True) if v == verdict)
        / max(1, verdicts.count(verdict))
        for verdict in VERDICTS
    }
    order = [VERDICTS.index(verdict) for verdict in verdicts]
    return {"means": means, "counts": {v: verdicts.count(v) for v in VERDICTS},
            "spearman": _spearman(scores, order)}


def _ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda index: values[index])
    ranks = [0.0] * len(values)
    position = 0
    while position < len(order):
        end = position
        while end + 1 < len(order) and values[order[end + 1]] == values[order[position]]:
            end += 1
        for index in order[position : end + 1]:
            ranks[index] = (position + end) / 2 + 1
        position = end + 1
    return ranks


def _spearman(first: Sequence[float], second: Sequence[float]) -> float:
    if len(first) < 2:
        return float("nan")
    a, b = _ranks(first), _ranks(second)
    mean_a, mean_b = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var_a = sum((x - mean_a) ** 2 for x in a) ** 0.5
    var_b = sum((y - mean_b) ** 2 for y in b) ** 0.5
    return cov / (var_a * var_b) if var_a and var_b else float("nan")


def _print_ranking(ranking: dict[str, Any]) -> None:
    means, counts = ranking["means"], ranking["counts"]
    shown = ", ".join(f"{v} {means[v]:.0f} (n={counts[v]})" for v in VERDICTS if counts[v])
    print(f"\nmean score by verdict: {shown}; Spearman (score, verdict) {ranking['spearman']:.2f}")


def compare_modes(folder: Path, judge: Judges) -> None:
    """Rules only, the trained judge only, both (shipped), and both with the lexicon."""
    modes = ("rules", "model", "combined", "lexicon")
    results = {mode: evaluate(folder, False, mode, judge) for mode in modes}
    print(f"\n{folder}: rules only / judge only / rules + judge (shipped) / rules + judge + "
          "lexicon (precision / recall / F1, and accuracy for yes/no measures)")
    for label in ("tone", "tone (letter flagged)", "interest", "standout", "learned"):
        cells = []
        for mode in modes:
            score = results[mode]["scores"][label]
            precision, recall, f1, _ = score.row()
            right = f" ({score.accuracy:.2f})" if isinstance(score, YesNoScore) else ""
            cells.append(f"{precision:.2f} / {recall:.2f} / {f1:.2f}{right}")
        print(f"  {label:<24}" + "   ".join(f"{cell:<25}" for cell in cells))
    for mode in modes:
        ranking = results[mode]["ranking"]
        means = ranking["means"]
        print(f"  score by verdict, {mode:<9} bad {means['bad']:.0f}, needs-work "
              f"{means['needs-work']:.0f}, good {means['good']:.0f}; Spearman "
              f"{ranking['spearman']:.2f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "corpus" / "letters"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--modes", action="store_true",
                        help="also compare rules only, the trained judge only and both")
    parser.add_argument("--judge", type=Path, metavar="DIR",
                        help="another trained judge than the shipped one (training/README.md)")
    parser.add_argument("--cross-validate", type=Path, nargs=2, metavar=("DIR0", "DIR1"),
                        help="judge fold 0 of corpus/real/dev with DIR0 and fold 1 with DIR1, "
                        "judges trained by build_data.py --leave-out-fold 0 and 1")
    args = parser.parse_args(argv)
    judge: Judges = tuple(args.cross_validate) if args.cross_validate else args.judge
    for folder in args.cross_validate or ([args.judge] if args.judge else []):
        if not (folder / "meta.json").is_file():
            parser.error(f"{folder} is not a trained judge (no meta.json); give the "
                         "model-best folder of a training run")
    if args.modes:
        compare_modes(Path(args.folder), judge)
    else:
        evaluate(Path(args.folder), args.verbose, judge=judge)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

