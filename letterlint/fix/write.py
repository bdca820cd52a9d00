"""Writing files atomically, all of them or none.

Each new file is first written in full to a temporary file in the same folder
(same file system, so the rename is atomic), with the old file's permission bits;
only when every one is ready are they renamed over the old files. A file that
changed since it was read stops the run before anything is renamed; a rename that
fails puts back the files already renamed. Either way every file is left as it
was, and the caller reports one sentence.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class WriteError(Exception):
    """Files could not be written; none was changed. The message is one sentence."""


@dataclass(frozen=True)
class Change:
    """A file's bytes as read (``old``; None for a new file) and as they should be."""

    path: Path
    old: bytes | None
    new: bytes


def write_atomically(path: Path, data: bytes) -> None:
    """Write one file (``--output-file``) through a temporary file and a rename."""
    write_all([Change(path, None, data)])


def write_all(changes: Sequence[Change]) -> None:
    """Write every change or, when any step fails, none of them."""
    staged: list[tuple[Change, Path, str]] = []
    current: Change | None = None
    try:
        for current in changes:
            target = Path(os.path.realpath(current.path))
            staged.append((current, target, _stage(target, current.new)))
        for change, target, _ in staged:
            if change.old is not None and _current(target) != change.old:
                raise WriteError(
                    f"{change.path} changed while letterlint was running; run it again."
                )
    except OSError as problem:
        _discard(staged)
        where = current.path if current is not None else "the files"
        raise WriteError(
            f"cannot write {where} ({_reason(problem)}); no file was changed."
        ) from None
    except WriteError:
        _discard(staged)
        raise
    done: list[tuple[Change, Path]] = []
    for position, (change, target, temporary) in enumerate(staged):
        try:
            os.replace(temporary, target)
        except OSError as problem:
            _discard(staged[position:])
            _restore(done)
            raise WriteError(
                f"cannot write {change.path} ({_reason(problem)}); no file was changed."
            ) from None
        done.append((change, target))


def _stage(target: Path, data: bytes) -> str:
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".letterlint"
    )
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        # the file's own permission bits; a new file gets what open() would give it
        existing = target.exists()
        mode = stat.S_IMODE(os.stat(target).st_mode) if existing else 0o666 & ~_umask()
        os.chmod(temporary, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def _current(target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except OSError:
        return None


def _discard(staged: Sequence[tuple[Change, Path, str]]) -> None:
    for _, _, temporary in staged:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _restore(done: Sequence[tuple[Change, Path]]) -> None:
    """Put back files already renamed over; best effort, each one atomic."""
    for change, target in reversed(done):
        if change.old is None:
            with contextlib.suppress(OSError):
                os.unlink(target)
            continue
        with contextlib.suppress(OSError):
            os.replace(_stage(target, change.old), target)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _reason(problem: OSError) -> str:
    return (problem.strerror or type(problem).__name__).lower()
