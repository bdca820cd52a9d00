"""Tables derived from data files, built once and kept on disk.

Some tables take a second to build (the CMU pronouncing dictionary read into a
lookup table, the phrase book compiled into token patterns), and a cold run
must not pay that every time. Each table is built the first time it is needed
and written to a file whose name is a hash of everything it is built from (the
data, the code that builds it, the versions of the packages involved), so a
changed input never reads a stale table; the old file is simply no longer used.

Where: the folder named by ``LETTERLINT_CACHE_DIR``, else ``_derived/`` inside
the installed package, next to its modules (as Python keeps its ``__pycache__``).
Nothing is written anywhere else. When that folder cannot be written, the table
is built in memory for the run: slower, with the same results.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

CACHE_ENV = "LETTERLINT_CACHE_DIR"
_FORMAT = b"letterlint-derived-1"


def cache_folder() -> Path:
    """Where derived tables are kept."""
    configured = os.environ.get(CACHE_ENV)
    return Path(configured) if configured else Path(__file__).resolve().parent / "_derived"


def source_of(module_file: str) -> bytes:
    """The source of the module that builds a table: part of the table's key."""
    return Path(module_file).read_bytes()


def table_path(name: str, inputs: Iterable[bytes | str]) -> Path:
    digest = hashlib.sha256(_FORMAT)
    for item in inputs:
        data = item.encode("utf-8") if isinstance(item, str) else item
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return cache_folder() / f"{name}-{digest.hexdigest()[:24]}"


def derived_bytes(name: str, inputs: Iterable[bytes | str], build: Callable[[], bytes]) -> bytes:
    """The table ``build()`` makes from ``inputs``, read from the cache when it
    has been built before."""
    path = table_path(name, inputs)
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = build()
    _write(path, data)
    return data


def derived_object(name: str, inputs: Iterable[bytes | str], build: Callable[[], Any]) -> Any:
    """Like :func:`derived_bytes`, for a picklable value (the cache is written
    only by letterlint itself, in its own package or the folder the user named)."""
    built: list[Any] = []

    def build_pickled() -> bytes:
        built.append(build())
        return pickle.dumps(built[0], protocol=pickle.HIGHEST_PROTOCOL)

    inputs = tuple(inputs)
    data = derived_bytes(name, inputs, build_pickled)
    if built:
        return built[0]
    try:
        return pickle.loads(data)
    except Exception:  # a damaged file: build the table again
        value = build()
        _write(table_path(name, inputs), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        return value


def _write(path: Path, data: bytes) -> None:
    """Write atomically (processes may build the same table at once), readable
    by everyone who can read the package; remove the tables it replaces. A
    folder that cannot be written just means no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".building-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    name = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{name}-*"):
        if old != path and old.name.rsplit("-", 1)[0] == name:
            with contextlib.suppress(OSError):
                old.unlink()
