"""Linting many letters on several cores: forked workers, reports in input order.

The parent lints the first letter itself, so spaCy, every check's data and any
LanguageTool server are loaded before it forks: the workers start warm, share
the pipeline's memory with the parent, and send their grammar requests to the
parent's one LanguageTool server (a forked worker never stops it). Letters go
to the workers in chunks, at most a few chunks ahead of the reports read back,
so a long stream of letters is never held in memory at once. Reports come back
pickled and are yielded in the order the letters came in: the same reports, in
the same order, as one process gives.

Workers are forked, so this needs the ``fork`` start method (Linux, macOS);
where there is none, ``processes_available()`` is 1 and letters are linted in
one process.
"""

from __future__ import annotations

import copyreg
import gc
import io
import multiprocessing
import os
import pickle
import queue
from collections.abc import Iterable, Iterator, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess
    from multiprocessing.queues import Queue

    from letterlint.config import Config
    from letterlint.engine import LetterInput, Linter
    from letterlint.model import Report
    from letterlint.sources.read import Source

CHUNK = 8
"""Letters per task: enough to batch spaCy's parse (a letter costs no more in a
batch of 8 than of 32), few enough that the workers finish together: the last
chunk is the only one a worker may run while the others are idle."""

_AHEAD = 3
"""Chunks in flight per worker."""

_POLL_SECONDS = 1.0


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def processes_available() -> int:
    """How many processes letters can be spread over here (1: no forking)."""
    return cpu_count() if "fork" in multiprocessing.get_all_start_methods() else 1


def lint_in_processes(
    linter: Linter, letters: Iterable[LetterInput], config: Config, processes: int
) -> Iterator[Report]:
    """Lint ``letters`` with ``linter`` in ``processes`` forked workers."""
    from letterlint.engine import to_source

    pending = iter(letters)
    first = next(pending, None)
    if first is None:
        return
    yield from linter.lint_many([to_source(first)], config)  # loads everything before forking

    context = multiprocessing.get_context("fork")
    tasks: Queue[tuple[int, bytes] | None] = context.Queue()
    results: Queue[tuple[int, bytes, bool]] = context.Queue()
    workers = [
        context.Process(target=_work, args=(linter, config, tasks, results), daemon=True)
        for _ in range(processes)
    ]
    # Objects that exist now are never collected in the workers: a collection
    # would touch, and so copy, every page they share with this process.
    gc.freeze()
    try:
        for worker in workers:
            worker.start()
    finally:
        gc.unfreeze()
    read_error: BaseException | None = None
    done: dict[int, tuple[bytes, bool]] = {}
    submitted = yielded = 0
    finished = False
    try:
        while True:
            while read_error is None and submitted - yielded < _AHEAD * processes:
                chunk: list[Source] = []
                try:
                    for letter in pending:
                        chunk.append(to_source(letter))
                        if len(chunk) == CHUNK:
                            break
                except Exception as error:  # reported after the letters read before it
                    read_error = error
                if not chunk:
                    break
                tasks.put((submitted, dumps(chunk)))
                submitted += 1
                if len(chunk) < CHUNK:
                    break
            if yielded == submitted:
                finished = True
                break
            while yielded not in done:
                index, payload, failed = _next_result(results, workers)
                done[index] = (payload, failed)
            payload, failed = done.pop(yielded)
            yielded += 1
            if failed:
                raise pickle.loads(payload)
            yield from pickle.loads(payload)
    finally:
        _stop(workers, tasks, finished)
    if read_error is not None:
        raise read_error


def _next_result(
    results: Queue[tuple[int, bytes, bool]], workers: Sequence[BaseProcess]
) -> tuple[int, bytes, bool]:
    while True:
        try:
            return results.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            for worker in workers:
                if not worker.is_alive():
                    raise RuntimeError(
                        f"a letterlint worker process stopped (exit code {worker.exitcode})"
                    ) from None


def _stop(
    workers: Sequence[BaseProcess], tasks: Queue[tuple[int, bytes] | None], finished: bool
) -> None:
    """Let idle workers exit; stop at once the ones an early end left busy."""
    if finished:
        for _ in workers:
            tasks.put(None)
    for worker in workers:
        if finished:
            worker.join(timeout=5)
        if worker.is_alive():
            worker.terminate()
            worker.join()
    tasks.close()


def _work(
    linter: Linter,
    config: Config,
    tasks: Queue[tuple[int, bytes] | None],
    results: Queue[tuple[int, bytes, bool]],
) -> None:
    """A worker's loop: lint each chunk in one batch, send the reports back."""
    from threadpoolctl import threadpool_limits

    # One BLAS thread per worker: the workers already fill the cores, and
    # OpenBLAS threads spinning against each other make the pool slower than
    # one process.
    threadpool_limits(1)
    while (task := tasks.get()) is not None:
        index, payload = task
        try:
            reports = list(linter.lint_many(pickle.loads(payload), config))
            results.put((index, dumps(reports), False))
        except Exception as error:
            results.put((index, _dumps_error(error), True))


def dumps(value: Any) -> bytes:
    """Pickle, with read-only mappings (``MappingProxyType``, all over the
    reports) sent as the dicts they wrap and rebuilt as proxies."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_proxy}
    pickler.dump(value)
    return buffer.getvalue()


def _reduce_proxy(proxy: MappingProxyType[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return read_only, (dict(proxy),)


def read_only(mapping: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    """Rebuilds a pickled ``MappingProxyType``."""
    return MappingProxyType(mapping)


def _dumps_error(error: Exception) -> bytes:
    try:
        return dumps(error)
    except Exception:
        return dumps(RuntimeError(f"{type(error).__name__}: {error}"))
