"""Write the golden length-check results for corpus letters.

    .venv/bin/python benchmarks/make_golden.py            # write the missing goldens
    .venv/bin/python benchmarks/make_golden.py --update   # rewrite them all (then review!)
    .venv/bin/python benchmarks/make_golden.py --check    # exit 1 when any differs

Each ``corpus/golden/<letter-id>.length.json`` holds what the length check (LL1xx)
finds in ``corpus/letters/<letter-id>.txt``: every finding's code, its span and
the exact text it covers, plus the body paragraph and word counts. The letter's
kind comes from its label, so the goldens do not move when kind detection does.
A golden is written once and reviewed by hand; ``tests/test_golden.py`` then
fails whenever the length check's results drift from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter, Report  # noqa: E402
from letterlint.checks.length import LengthCheck  # noqa: E402
from letterlint.registry import Registry  # noqa: E402

LETTERS = ROOT / "corpus" / "letters"
GOLDEN = ROOT / "corpus" / "golden"

GOLDEN_LETTERS = (
    # good letters, both kinds: no length findings
    "thanks-01-nurse-warm",
    "followup-01-analyst-polite",
    # too long: paragraphs, words, dense paragraphs, long sentences
    "thanks-30-postdoc-long",
    "thanks-13-accountant-long",
    "followup-19-marketing-too-long",
    "followup-24-pharmacist-long-para",
    "followup-41-long-rant-researcher",
    # too short, for each kind's minimum
    "thanks-05-retail-oneliner",
    "thanks-23-chef-two-lines",
    "followup-29-barista-casual",
    # edge cases: CRLF, emoji, bullets, hard-wrapped lines, tabs, quoted replies,
    # email headers, a postscript, non-ASCII names
    "followup-43-lab-technician-crlf",
    "thanks-12-line-cook-emoji",
    "thanks-33-barista-emoji",
    "thanks-20-policy-analyst-bullets",
    "followup-26-bullets-consultant",
    "followup-08-researcher-hardwrapped",
    "thanks-14-civil-engineer-tabbed",
    "thanks-15-scientist-quoted",
    "followup-28-social-worker-quoted",
    "thanks-02-platform-engineer-email",
    "followup-10-software-engineer-ps",
    "thanks-32-mech-engineer-soren",
)


def golden_of(report: Report) -> dict[str, Any]:
    """The golden record of one report: length findings and the body counts."""
    length = report.check("length")
    if length is None:
        raise ValueError(f"{report.path}: the length check did not run")
    findings = []
    for finding in report.findings:
        if finding.check != "length":
            continue
        record: dict[str, Any] = {"code": finding.code, "start": None, "end": None, "text": None}
        if finding.span is not None:
            record.update(
                start=finding.span.start, end=finding.span.end, text=finding.span.of(report.text)
            )
        findings.append(record)
    return {
        "letter": Path(report.path or "").name,
        "kind": report.kind,
        "body_paragraphs": length.metrics.get("body_paragraphs"),
        "body_words": length.metrics.get("body_words"),
        "findings": findings,
    }


def compute(letter_ids: Iterable[str], linter: Linter) -> dict[str, dict[str, Any]]:
    """The golden record of each letter, linted with its labelled kind."""
    results = {}
    for letter_id in letter_ids:
        label = json.loads((LETTERS / f"{letter_id}.json").read_text("utf-8"))
        report = linter.lint(LETTERS / f"{letter_id}.txt", kind=label["kind"])
        results[letter_id] = golden_of(report)
    return results


def golden_path(letter_id: str) -> Path:
    return GOLDEN / f"{letter_id}.length.json"


def dump(record: dict[str, Any]) -> str:
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("letters", nargs="*", help="letter ids (default: the golden set)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--update", action="store_true", help="rewrite existing goldens")
    mode.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    letter_ids = args.letters or GOLDEN_LETTERS
    with Linter(registry=Registry([LengthCheck])) as linter:
        results = compute(letter_ids, linter)
    differing = 0
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for letter_id, record in results.items():
        path = golden_path(letter_id)
        current = path.read_text("utf-8") if path.exists() else None
        if current == dump(record):
            continue
        if args.check:
            differing += 1
            print(f"differs: {path.relative_to(ROOT)}")
        elif current is None or args.update:
            path.write_text(dump(record), "utf-8")
            print(f"wrote {path.relative_to(ROOT)}: review it by hand")
        else:
            print(f"kept {path.relative_to(ROOT)} (differs; --update to rewrite)")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
