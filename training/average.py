"""Average two trained judges into the one letterlint ships.

    .venv/bin/python training/average.py BASE WIDE OUT

The judge is linear in its hashed n-grams (``letterlint/letter/bow.py``), so the mean
of two judges' weights is a judge whose logits are the mean of theirs, at no cost at
run time. ``BASE`` learned from the team's letters, sets 1–18 and real dev; ``WIDE``
from those, every read held-out set and real dev counted three times. Averaged, the
wide judge's reading of the helpers' adversarial letters is kept without its doubts
about real letters' courteous formal sentences (training/README.md). ``OUT`` is
``WIDE`` with the averaged weights.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.pipeline import TextCategorizer  # noqa: E402

from letterlint.letter import bow  # noqa: E402

PIPE = "textcat_multilabel"


def average(base: Path, wide: Path, out: Path) -> None:
    """Write ``wide`` to ``out`` with each weight the mean of its and ``base``'s."""
    bow.register()
    first, second = spacy.load(base), spacy.load(wide)
    one_pipe, other_pipe = first.get_pipe(PIPE), second.get_pipe(PIPE)
    assert isinstance(one_pipe, TextCategorizer) and isinstance(other_pipe, TextCategorizer)
    if one_pipe.labels != other_pipe.labels:
        raise SystemExit(f"{base} and {wide} judge different labels; train both again.")
    for one, other in zip(one_pipe.model.walk(), other_pipe.model.walk(), strict=True):
        for name in other.param_names:
            if one.has_param(name) and other.has_param(name):
                other.set_param(name, (one.get_param(name) + other.get_param(name)) / 2)
    shutil.rmtree(out, ignore_errors=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    second.to_disk(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path)
    parser.add_argument("wide", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    average(args.base, args.wide, args.out)
    print(f"averaged {args.base} and {args.wide} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
