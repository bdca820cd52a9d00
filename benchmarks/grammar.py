"""Grammar check speed against the real LanguageTool: start-up, per-letter latency
with a warm server, and the corpus with and without grammar.

    bash scripts/fetch-languagetool.sh && .venv/bin/python benchmarks/grammar.py [N]

N letters from corpus/letters (default 50). The spaCy pipeline is loaded before
any timing starts, so the numbers are LanguageTool's and the checks' own.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Any

from letterlint import Linter
from letterlint.checks import BUILTIN_CHECKS
from letterlint.checks.grammar import GrammarCheck
from letterlint.config import Config
from letterlint.engine import to_source
from letterlint.languagetool.client import (
    LanguageTool,
    LanguageToolSettings,
    LanguageToolUnavailable,
)
from letterlint.letter.nlp import Pipeline
from letterlint.letter.parse import parse_letters
from letterlint.registry import Registry

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "letters"


def main(count: int = 50) -> int:
    paths = sorted(CORPUS.glob("*.txt"))[:count]
    pipeline = Pipeline()
    pipeline.nlp  # noqa: B018 - load spaCy before anything is timed
    letters = parse_letters([to_source(path) for path in paths], pipeline)
    print(f"{len(paths)} letters from {CORPUS}, spaCy pipeline {pipeline.name}")

    started = time.monotonic()
    try:
        with LanguageTool(LanguageToolSettings.from_sources(None, start_timeout=120)) as tool:
            tool.connect()
            print(f"LanguageTool start-up: {time.monotonic() - started:.2f} s "
                  f"({tool.description})")
    except LanguageToolUnavailable as error:
        print(f"LanguageTool unavailable: {error.reason}", file=sys.stderr)
        return 1

    config = Config()
    check = GrammarCheck()
    try:
        check.run(letters[0], config)  # start the server; not part of the latencies
        latencies = []
        for letter in letters:
            begun = time.monotonic()
            result = check.run(letter, config)
            latencies.append(time.monotonic() - begun)
            if result.status.value != "ok":
                print(f"grammar {result.status.value}: {result.reason}", file=sys.stderr)
                return 1
    finally:
        check.close()
    ordered = sorted(latencies)
    print(
        "Grammar check per letter, warm server: "
        f"mean {statistics.mean(latencies) * 1000:.0f} ms, "
        f"median {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {ordered[int(0.95 * (len(ordered) - 1))] * 1000:.0f} ms, "
        f"max {ordered[-1] * 1000:.0f} ms"
    )

    without = Registry(check for check in BUILTIN_CHECKS if check.name != "grammar")
    runs: tuple[tuple[str, Registry, dict[str, Any]], ...] = (
        ("without grammar", without, {}),
        ("with grammar", Registry.default(), {"grammar": {"start_timeout": 120}}),
    )
    for label, registry, options in runs:
        begun = time.monotonic()
        with Linter(registry=registry, pipeline=pipeline, **options) as linter:
            reports = list(linter.lint_many(paths))
            grammar = reports[0].check("grammar")
        elapsed = time.monotonic() - begun
        note = " (including LanguageTool start-up)" if grammar is not None else ""
        print(f"Corpus of {len(reports)} letters {label}: {elapsed:.2f} s{note}, "
              f"{elapsed / len(reports) * 1000:.0f} ms per letter")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
