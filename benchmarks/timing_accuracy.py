"""Accuracy of `--kind auto` and of the timing check's deadline-reference detection.

    .venv/bin/python benchmarks/timing_accuracy.py [--letters DIR] [--verbose]

Reads every ``DIR/*.txt`` with its ``.json`` labels (corpus/letters by default; see
corpus/LABELLING.md): ``kind`` for detection accuracy, ``references_deadline`` (on
follow-ups) for the precision and recall of "does this follow-up recall the
employer's timeline". Letters are parsed once with the real spaCy pipeline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from letterlint.letter.kind import guess_kind
from letterlint.letter.nlp import Pipeline
from letterlint.letter.parse import parse_letters
from letterlint.letter.timeline import deadline_references
from letterlint.sources.read import read_path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=Path, default=ROOT / "corpus" / "letters")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    paths = sorted(args.letters.glob("*.txt"))
    labels = [json.loads(path.with_suffix(".json").read_text("utf-8")) for path in paths]
    letters = parse_letters([read_path(path) for path in paths], Pipeline())
    kind_right = 0
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    misses: list[str] = []
    for path, label, letter in zip(paths, labels, letters, strict=True):
        guess = guess_kind(letter)
        if guess.kind == label["kind"]:
            kind_right += 1
        else:
            misses.append(f"kind {path.name}: {label['kind']} read as {guess.kind} "
                          f"(cues: {', '.join(guess.cues)})")
        expected = label.get("references_deadline")
        if expected is None:
            continue
        found = bool(deadline_references(letter))
        key = ("tp" if expected else "fp") if found else ("fn" if expected else "tn")
        counts[key] += 1
        if key in ("fp", "fn"):
            misses.append(f"deadline {path.name}: labelled {expected}, detected {found}")
    print(f"kind accuracy: {kind_right}/{len(paths)} = {kind_right / len(paths):.3f}")
    if counts["tp"] + counts["fn"]:
        precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
        recall = counts["tp"] / (counts["tp"] + counts["fn"])
        print(f"deadline reference on {sum(counts.values())} follow-ups: precision "
              f"{precision:.3f}, recall {recall:.3f} (tp {counts['tp']}, fp {counts['fp']}, "
              f"fn {counts['fn']}, tn {counts['tn']})")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
