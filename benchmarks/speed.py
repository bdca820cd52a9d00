"""How fast letterlint is next to spaCy itself, side by side, in one run.

    .venv/bin/python benchmarks/speed.py            # the full run (a few minutes)
    .venv/bin/python benchmarks/speed.py --quick    # fewer rounds and letters (CI)

Prints one table: a cold CLI run on one letter against a bare Python process that
imports spaCy, loads the same pipeline and parses the letter (wall time and peak
memory, median of the rounds); a warm ``Linter.lint`` per letter against
``nlp(text)``; ``lint_many`` throughput against ``nlp.pipe`` with one and with N
processes (and whether the N-process reports equal the one-process ones); a cold
CLI run on a letter at the size limit. Grammar is left out (LanguageTool is
measured by ``benchmarks/grammar.py``): the CLI runs with no LanguageTool
installation to find, the library with a registry without the grammar check.

The warm measures lint each letter, and parse it with ``nlp``, once untimed
first: the phrase book compiles a phrase's matcher the first time a sentence may
hold it, and spaCy adds a word to its vocabulary the first time it sees it, costs
a long-running process (an editor's server, a batch) pays once. Then each letter
is timed with ``Linter.lint`` and with ``nlp(text)`` one after the other.

Cold runs get one untimed run first, so that the derived tables
(``letterlint/_derived``) and Python's bytecode exist, as after any install;
``PYTHONDONTWRITEBYTECODE`` is dropped for them for the same reason. It prints
numbers and exits 0; it fails only if something crashes (timings on a shared
machine are not a test).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from letterlint import Linter  # noqa: E402
from letterlint.checks import BUILTIN_CHECKS  # noqa: E402
from letterlint.letter.nlp import installed_english_pipelines  # noqa: E402
from letterlint.letter.structure import find_parts  # noqa: E402
from letterlint.model import Role  # noqa: E402
from letterlint.parallel import cpu_count  # noqa: E402
from letterlint.registry import Registry  # noqa: E402
from letterlint.sources.read import MAX_INPUT_BYTES, read_path  # noqa: E402

SHORT_LETTER = ROOT / "corpus" / "letters" / "thanks-02-platform-engineer-email.txt"
LETTERS = sorted([*(ROOT / "corpus" / "letters").glob("*.txt"),
                  *(ROOT / "corpus" / "heldout").glob("*/*.txt"),
                  *(ROOT / "corpus" / "real").glob("*/*.txt")])
BARE_PARSE = (
    "import sys, spacy; nlp = spacy.load(sys.argv[1]); "
    "nlp(open(sys.argv[2], encoding='utf-8').read())"
)


def run_measured(command: Sequence[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak resident memory (MB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({process.returncode}): {errors.decode()}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def cold(
    command: Sequence[str], env: dict[str, str], rounds: int
) -> tuple[float, float, float]:
    """Median wall time, CPU time and peak memory over ``rounds`` fresh processes.
    CPU time is printed beside the wall time: on a shared machine it moves less
    with the other processes' load."""
    run_measured(command, env)  # untimed: derived tables and bytecode written once
    runs = [run_measured(command, env) for _ in range(rounds)]
    walls, cpus, memories = zip(*runs, strict=True)
    return statistics.median(walls), statistics.median(cpus), statistics.median(memories)


def size_limit_letter(folder: Path) -> Path:
    """A letter just under the size limit: body paragraphs of the corpus letters."""
    paragraphs = []
    for path in sorted((ROOT / "corpus" / "letters").glob("*.txt")):
        text = path.read_text("utf-8")
        paragraphs += [part.span.of(text).strip() for part in find_parts(text)
                       if part.role is Role.BODY]
    head, tail = "Dear Ms. Lee,\n\n", "Best regards,\n\nSam Ortiz\n"
    body: list[str] = []
    size = len(head) + len(tail)
    while size + len(paragraphs[len(body) % len(paragraphs)]) + 2 <= MAX_INPUT_BYTES:
        body.append(paragraphs[len(body) % len(paragraphs)])
        size += len(body[-1].encode("utf-8")) + 2
    letter = folder / "size-limit.txt"
    letter.write_text(head + "\n\n".join(body) + "\n\n" + tail, "utf-8")
    return letter


RUN_ON = (
    "as you said the decision would be made and you promised a reply and I would be a "
    "great asset to your team and I'd love to join the team at Acme and I am STILL waiting "
    "and I expected a reply and "
)
"""Words that set off a cue, a signal, a reading of the points and a stock phrase each,
said over and over in one sentence: each place is read in its clause, and a clause of a
run-on sentence is all of it."""


def run_on_letter(folder: Path) -> Path:
    """A letter just under the size limit that is one run-on sentence of ``RUN_ON``."""
    head, tail = "Dear Ms. Lee,\n\n", "\n\nBest regards,\n\nSam Ortiz\n"
    count = (MAX_INPUT_BYTES - len(head) - len(tail)) // len(RUN_ON)
    letter = folder / "run-on.txt"
    letter.write_text(head + RUN_ON * count + tail, "utf-8")
    return letter


def per_item(function: Callable[[], object], rounds: int) -> float:
    """Best of ``rounds`` wall times of ``function()``."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="one round, 48 letters for throughput: a smoke run for CI")
    parser.add_argument("--rounds", type=int, help="cold runs per command (default 5; quick 1)")
    parser.add_argument("--letters", type=int,
                        help="letters for throughput (default 500; quick 48)")
    args = parser.parse_args()
    rounds = args.rounds or (1 if args.quick else 5)
    count = min(args.letters or (48 if args.quick else 500), len(LETTERS))
    processes = max(2, cpu_count())
    rows: list[tuple[str, str, str, str]] = []

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "no-languagetool").mkdir()
        env = {key: value for key, value in os.environ.items()
               if key not in ("PYTHONDONTWRITEBYTECODE", "LETTERLINT_LANGUAGETOOL_URL")}
        env["LETTERLINT_LANGUAGETOOL_HOME"] = str(folder / "no-languagetool")
        # Cold runs first, while this process is small: Linux keeps a process's
        # peak memory across exec, so a child forked from a process holding spaCy
        # and 500 reports would report that process's size as its own peak.
        model = installed_english_pipelines()[0]
        cli = [sys.executable, "-m", "letterlint", "--isolated", "--fail-on", "never"]
        bare = [sys.executable, "-c", BARE_PARSE, model]
        cli_time, cli_cpu, cli_memory = cold([*cli, str(SHORT_LETTER)], env, rounds)
        bare_time, bare_cpu, bare_memory = cold([*bare, str(SHORT_LETTER)], env, rounds)
        rows.append(("cold CLI, one letter: wall", f"{cli_time:.2f} s",
                     f"spaCy load + parse: {bare_time:.2f} s", f"{cli_time / bare_time:.2f}×"))
        rows.append(("cold CLI, one letter: CPU", f"{cli_cpu:.2f} s",
                     f"spaCy load + parse: {bare_cpu:.2f} s", f"{cli_cpu / bare_cpu:.2f}×"))
        rows.append(("cold CLI, one letter: peak memory", f"{cli_memory:.0f} MB",
                     f"spaCy load + parse: {bare_memory:.0f} MB",
                     f"{cli_memory / bare_memory:.2f}×"))
        limit_letter = size_limit_letter(folder)
        size = limit_letter.stat().st_size
        limit_time, limit_cpu, limit_memory = cold([*cli, str(limit_letter)], env, rounds)
        run_on_time, _, run_on_memory = cold([*cli, str(run_on_letter(folder))], env, rounds)
        limit_rows = [
            (f"cold CLI, a letter at the size limit ({size // 1024} KB): wall",
             f"{limit_time:.2f} s", "the issue's bound: 5 s", ""),
            ("cold CLI, a letter at the size limit: CPU", f"{limit_cpu:.2f} s", "", ""),
            ("cold CLI, a letter at the size limit: peak memory",
             f"{limit_memory:.0f} MB", "the issue's bound: 400 MB", ""),
            ("cold CLI, one run-on sentence of cue words at the size limit: wall",
             f"{run_on_time:.2f} s", "the issue's bound: 5 s", ""),
            ("cold CLI, one run-on sentence at the size limit: peak memory",
             f"{run_on_memory:.0f} MB", "the issue's bound: 400 MB", ""),
        ]

    with Linter(registry=Registry(c for c in BUILTIN_CHECKS if c.name != "grammar")) as linter:
        sources = [read_path(path) for path in LETTERS[:count]]
        # spaCy as installed: the linter's own pipeline has its attribute ruler's
        # rules indexed (letterlint.letter.rules), which is letterlint's work
        import spacy

        nlp = spacy.load(linter.pipeline.name)
        warm = sources[: min(len(sources), 93)]
        for source in warm:  # untimed: what a warm process has loaded and seen
            linter.lint(source)
            nlp(source.text)
        lint_times, nlp_times = [], []
        for source in warm:  # side by side, so that a busy minute slows both
            lint_times.append(per_item(lambda s=source: linter.lint(s), rounds))
            nlp_times.append(per_item(lambda s=source: nlp(s.text), rounds))
        lint_median, nlp_median = statistics.median(lint_times), statistics.median(nlp_times)
        rows.append((f"warm `Linter.lint`, per letter (median of {len(warm)})",
                     f"{1000 * lint_median:.1f} ms", f"`nlp(text)`: {1000 * nlp_median:.1f} ms",
                     f"{lint_median / nlp_median:.2f}×"))

        texts = [source.text for source in sources]
        started = time.perf_counter()
        single = list(linter.lint_many(sources))
        lint_one = len(sources) / (time.perf_counter() - started)
        started = time.perf_counter()
        parallel = list(linter.lint_many(sources, n_process=processes))
        lint_many_n = len(sources) / (time.perf_counter() - started)
        started = time.perf_counter()
        list(nlp.pipe(texts))
        pipe_one = len(sources) / (time.perf_counter() - started)
        started = time.perf_counter()
        list(nlp.pipe(texts, n_process=processes))
        pipe_n = len(sources) / (time.perf_counter() - started)
        rows.append((f"`lint_many`, {len(sources)} letters, 1 process",
                     f"{lint_one:.1f} letters/s", f"`nlp.pipe`: {pipe_one:.1f} letters/s",
                     f"{pipe_one / lint_one:.2f}× the time"))
        rows.append((f"`lint_many`, {len(sources)} letters, {processes} processes",
                     f"{lint_many_n:.1f} letters/s",
                     f"`nlp.pipe`, {processes} processes: {pipe_n:.1f} letters/s",
                     f"{pipe_n / lint_many_n:.2f}× the time"))
        same = "identical reports" if parallel == single else "REPORTS DIFFER"
        rows.append((f"`lint_many`, {processes} processes vs 1", f"{lint_many_n:.1f} letters/s",
                     f"1 process: {lint_one:.1f} letters/s",
                     f"{lint_many_n / lint_one:.2f}× the throughput, {same}"))
    rows.extend(limit_rows)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"letterlint speed ({'quick' if args.quick else 'full'} run; {cpu_count()} cores, "
          f"load {load:.1f}; pipeline {model}; {rounds} cold round(s), medians)\n")
    print("| measure | letterlint | baseline | ratio |")
    print("|---|---|---|---|")
    for measure, ours, theirs, ratio in rows:
        print(f"| {measure} | {ours} | {theirs} | {ratio} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
