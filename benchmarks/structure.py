"""How well letterlint reads a letter's layout, on letters with `parts` labels.

    .venv/bin/python benchmarks/structure.py corpus/real/dev [-v]

For every ``DIR/*.txt`` whose ``.json`` has ``parts`` (see corpus/LABELLING.md):
the body paragraph count against ``paragraphs``; the salutation, closing and
signature spans against the labelled text; each body paragraph's first and last
words against the labelled ones; and whether any text outside the labelled body
(letterhead, date, recipient, subject, signature) was read as body. Pure layout
work: no spaCy, so it runs in a second. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from letterlint.letter.structure import Role, find_parts


def _expected_body(text: str, body: list[dict[str, str]]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for paragraph in body:
        start = text.find(paragraph["first"], position)
        end = text.find(paragraph["last"], start) + len(paragraph["last"])
        spans.append((start, end))
        position = end
    return spans


def evaluate(folder: Path, verbose: bool) -> dict[str, tuple[int, int]]:
    counts: dict[str, list[int]] = {
        key: [0, 0]
        for key in ("paragraph count", "salutation", "closing", "signature",
                    "body paragraphs exact", "no non-body text in body")
    }
    misses: list[str] = []
    for labels_path in sorted(folder.glob("*.json")):
        labels = json.loads(labels_path.read_text("utf-8"))
        parts_label = labels.get("parts")
        if parts_label is None:
            continue
        text = labels_path.with_suffix(".txt").read_text("utf-8")
        parts = find_parts(text)
        name = labels_path.stem

        def score(key: str, right: bool, detail: str, name: str = name) -> None:
            counts[key][0] += right
            counts[key][1] += 1
            if not right:
                misses.append(f"{key:<26} {name}: {detail}")

        body = [p for p in parts if p.role is Role.BODY]
        score("paragraph count", len(body) == labels["paragraphs"],
              f"{len(body)} read, {labels['paragraphs']} labelled")
        for key, role in (("salutation", Role.SALUTATION), ("closing", Role.CLOSING),
                          ("signature", Role.SIGNATURE)):
            found = [text[p.span.start : p.span.end] for p in parts if p.role is role]
            wanted = parts_label[key]
            got = found[0] if found else None
            right = (got or None) == wanted or (
                got is not None and wanted is not None and got.strip() == wanted.strip()
            )
            score(key, right, f"read {got!r}, labelled {wanted!r}")
        expected = _expected_body(text, parts_label["body"])
        read = [(p.span.start, p.span.end) for p in body]
        score("body paragraphs exact", read == expected,
              f"read {[text[a:b][:30] + '…' for a, b in read]}")
        outside = []
        if expected:
            lo, hi = expected[0][0], expected[-1][1]
            outside = [text[a:b][:40] for a, b in read if a < lo or b > hi]
        score("no non-body text in body", not outside, f"{outside}")
    print(f"{folder}: layout of {counts['paragraph count'][1]} letters")
    for key, (right, total) in counts.items():
        if total:
            print(f"  {key:<28} {right}/{total} = {right / total:.2f}")
    if verbose:
        print("\n".join(misses))
    return {key: (right, total) for key, (right, total) in counts.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    for folder in args.folders:
        evaluate(folder, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
