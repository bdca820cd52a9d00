"""Build the sentence judge's training data: spaCy DocBins of labelled sentences.

    .venv/bin/python training/build_data.py [--read-sets] [--out DIR]

Two sources, written to ``training/corpus/{train,dev}.spacy`` (or ``DIR``):

- ``training/data/*.jsonl``: single sentences written for training, each with its
  complete labels (see ``training/README.md``);
- the labelled letters in ``corpus/letters``, ``corpus/heldout/set1``–``set6``, ``set9``,
  ``set10``, ``set13``, ``set14``, ``set16``, ``set18`` and ``corpus/real/dev`` (the
  base judge's), and with ``--read-sets`` (the wide judge's) also every set from 19 to
  65 read after its one blind scoring, with real dev's sentences counted
  :data:`REAL_WEIGHT` times; split into sentences by letterlint's own parse. Their labels
  are per letter or per phrase, so a sentence gets only what they imply: ``tone``
  and ``stock`` from the labelled negative and robotic phrases it overlaps; a point
  (interest, stand-out, learned) is 0 for every sentence of a letter labelled as not
  making it, 1 for the sentence the rules cite in a letter labelled as making it,
  and missing otherwise. Missing labels are left out of ``doc.cats``, which spaCy's
  multilabel text classifier treats as unknown rather than as 0.

``training/train.sh`` trains both judges and ships their mean (``training/average.py``).
Never read: the sets in :data:`UNREAD` (blind) and ``corpus/real/test`` … ``test7``
(held out).
Every tenth synthetic sentence and every fifth corpus letter (by a hash of its name)
go to the dev file, which ``spacy train`` scores each epoch.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from letterlint import Linter  # noqa: E402
from letterlint.letter.judge import LABELS, TONE_LABELS  # noqa: E402
from letterlint.letter.nlp import Pipeline  # noqa: E402
from letterlint.letter.parse import parse_letters  # noqa: E402
from letterlint.model import Role  # noqa: E402
from letterlint.sources.read import read_path  # noqa: E402

DATA = ROOT / "training" / "data"
OUT = ROOT / "training" / "corpus"
UNREAD = (7, 8, 11, 12, 15, 17, 28, 31, 32, 33, 34, 35, 49, 51, 53, 55, 57, 59, 61, 63,
          106, 107)
"""The held-out sets nobody has read (``corpus/heldout/MANIFEST.md``): measures only."""
REAL_DEV = ROOT / "corpus" / "real" / "dev"
BASE_FOLDERS = [
    ROOT / "corpus" / "letters",
    *(ROOT / "corpus" / "heldout" / f"set{n}" for n in (1, 2, 3, 4, 5, 6, 9, 10, 13, 14, 16, 18)),
]
READ_SETS = [ROOT / "corpus" / "heldout" / f"set{n}" for n in range(19, 66) if n not in UNREAD]
"""Every set read after its one blind scoring, up to set 65 (the twenty-fourth
session): the wide judge's letters beside the base judge's (``--read-sets``)."""
LETTER_FOLDERS = [*BASE_FOLDERS, *READ_SETS, REAL_DEV]
"""Every folder of letters either judge learns from."""
REAL_WEIGHT = 3
"""How many times the wide judge counts a training sentence of ``corpus/real/dev``: the
judge is for the letters people send, and the read sets outnumber the real letters
ten to one (the wide judge alone, real dev cross-validated tone precision 0.61 with
them counted once, 0.64 three times, 0.66 six times; training/README.md)."""
WIDE_DATA = DATA / "wide"
"""Written sentences only the wide judge reads: the twenty-fourth session's batch on the
kinds of bad tone the adversarial sets still slipped past (unasked advice on the
employer's product, mock praise, leverage, presuming the first day) and as many
look-alikes. In both judges it cost real dev's tone precision (cross-validated 0.67 ->
0.63); in the wide one alone, 0.67 -> 0.66 for recall +0.010 on the unread sets."""
POINTS = {"interest": "covers_interest", "standout": "covers_standout", "learned": "covers_learned"}


def _to_dev(key: str, share: int) -> bool:
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % share == 0


def synthetic(wide: bool = False) -> Iterator[tuple[str, dict[str, float], bool]]:
    """The written sentences, and with ``wide`` the wide judge's own (:data:`WIDE_DATA`)."""
    paths = sorted(DATA.glob("*.jsonl")) + (sorted(WIDE_DATA.glob("*.jsonl")) if wide else [])
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines()):
            if not line.strip():
                continue
            item = json.loads(line)
            labels = set(item["labels"])
            cats = {label: float(label in labels) for label in LABELS if label != "tone"}
            cats["tone"] = float(bool(labels & set(TONE_LABELS)))
            yield item["text"], cats, _to_dev(f"{path.name}:{number}", 10)


def from_letters(
    folders: list[Path], real_weight: int = 1
) -> Iterator[tuple[str, dict[str, float], bool]]:
    paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    # the rules alone cite the evidence: the judge must not teach itself
    pipeline = Pipeline(judge=False)
    linter = Linter(select=["coverage"], kind="auto", pipeline=pipeline)
    letters = parse_letters([read_path(path) for path in paths], pipeline)
    reports = linter.lint_many([path for path in paths])
    for path, letter, report in zip(paths, letters, reports, strict=True):
        labels = json.loads(path.with_suffix(".json").read_text("utf-8"))
        if _LEFT_OUT is not None and "site" in labels and fold_of(labels["site"]) == _LEFT_OUT:
            continue
        text = letter.text
        negative = _spans(text, labels["negative_phrases"])
        robotic = _spans(text, labels["robotic_phrases"])
        dev = _to_dev(path.name, 5)
        for sentence in letter.sentences:
            if sentence.role not in (Role.BODY, Role.POSTSCRIPT):
                continue
            start, end = sentence.span.start, sentence.span.end
            cats: dict[str, float] = {
                "tone": float(any(a < end and start < b for a, b in negative)),
                "stock": float(any(a < end and start < b for a, b in robotic)),
            }
            for point, field in POINTS.items():
                if not labels[field]:
                    cats[point] = 0.0
                    continue
                evidence = report.points[point].evidence if point in report.points else ()
                if any(span.start < end and start < span.end for span in evidence):
                    cats[point] = 1.0
            yield sentence.text, cats, dev
            if not dev and path.parent == REAL_DEV:
                for _ in range(real_weight - 1):
                    yield sentence.text, cats, dev
    linter.close()


_LEFT_OUT: int | None = None


def fold_of(site: str) -> int:
    """The cross-validation fold (0 or 1) of a corpus/real/dev site; benchmarks/accuracy.py
    --fold scores one fold with a judge trained with --leave-out-fold of the same."""
    return int(hashlib.sha1(f"fold:{site}".encode()).hexdigest(), 16) % 2


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        at = text.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = text.find(phrase, at + 1)
    return spans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for train/dev.spacy")
    parser.add_argument(
        "--without-real-dev", action="store_true",
        help="leave corpus/real/dev out, to measure the judge on it (benchmarks/accuracy.py)",
    )
    parser.add_argument(
        "--leave-out-fold", type=int, choices=(0, 1),
        help="leave out the corpus/real/dev sites of this fold (of two, by a hash of the "
        "site), for a cross-validated measure (benchmarks/accuracy.py --fold)",
    )
    parser.add_argument(
        "--read-sets", action="store_true",
        help="the wide judge's data: the read held-out sets too, and corpus/real/dev's "
        f"sentences counted {REAL_WEIGHT} times",
    )
    args = parser.parse_args(argv)
    folders = [*BASE_FOLDERS, *(READ_SETS if args.read_sets else []),
               *([] if args.without_real_dev else [REAL_DEV])]
    global _LEFT_OUT
    if args.leave_out_fold is not None:
        _LEFT_OUT = args.leave_out_fold
    nlp = spacy.blank("en")
    bins = {"train": DocBin(), "dev": DocBin()}
    counts = {"train": 0, "dev": 0}
    weight = REAL_WEIGHT if args.read_sets else 1
    for source in (synthetic(args.read_sets), from_letters(folders, weight)):
        for text, cats, dev in source:
            doc = nlp.make_doc(text)
            doc.cats = cats
            split = "dev" if dev else "train"
            bins[split].add(doc)
            counts[split] += 1
    args.out.mkdir(parents=True, exist_ok=True)
    for split, docbin in bins.items():
        docbin.to_disk(args.out / f"{split}.spacy")
    print(f"train {counts['train']} sentences, dev {counts['dev']} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
