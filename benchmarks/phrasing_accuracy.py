"""Precision and recall of the phrasing check (LL3xx) on the labelled corpus.

    .venv/bin/python benchmarks/phrasing_accuracy.py [--details] [FOLDER]

FOLDER is a folder of labelled letters (default corpus/letters).

A labelled robotic phrase counts as found when a phrasing finding overlaps it; a
finding is a true positive when it overlaps a labelled phrase. Whole-letter
findings (LL304, no span) are counted apart: they cannot overlap a phrase.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from letterlint import Linter, Span
from letterlint.checks.phrasing import PhrasingCheck
from letterlint.registry import Registry

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "letters"


def labelled_spans(text: str, phrases: list[str]) -> list[Span]:
    spans = []
    for phrase in phrases:
        start = text.find(phrase)
        while start != -1:
            spans.append(Span(start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="list misses and false positives")
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))
    found = labelled = true_positive = findings_total = spanless = 0
    misses: list[str] = []
    false_positives: list[str] = []
    with Linter(registry=Registry([PhrasingCheck])) as linter:
        for path, report in zip(paths, linter.lint_many(paths), strict=True):
            text = report.text
            labels = json.loads(path.with_suffix(".json").read_text("utf-8"))
            gold = labelled_spans(text, labels["robotic_phrases"])
            findings = [f for f in report.findings if f.check == "phrasing"]
            spans = [f.span for f in findings if f.span is not None]
            spanless += len(findings) - len(spans)
            labelled += len(gold)
            findings_total += len(spans)
            for span in gold:
                if any(span.overlaps(other) for other in spans):
                    found += 1
                else:
                    misses.append(f"{path.name}: {span.of(text)!r}")
            for finding in findings:
                if finding.span is None:
                    continue
                if any(finding.span.overlaps(span) for span in gold):
                    true_positive += 1
                else:
                    false_positives.append(f"{path.name}: {finding.code} {finding.message}")
    precision = true_positive / findings_total if findings_total else 1.0
    recall = found / labelled if labelled else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"letters {len(paths)}  labelled phrases {labelled}  findings {findings_total} "
          f"(+{spanless} whole-letter)")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    if args.details:
        print("\nmisses:")
        print("\n".join(f"  {line}" for line in misses) or "  none")
        print("\nfalse positives:")
        print("\n".join(f"  {line}" for line in false_positives) or "  none")


if __name__ == "__main__":
    main()
