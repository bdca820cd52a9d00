"""Which files a run lints, and which rules a file's path turns off.

``letterlint letters/`` lints every letter under the folder: files whose extension
letterlint reads (``sources.read.FORMATS``), in sorted order, passing over hidden
files and folders and whatever the config's ``exclude`` and ``extend-exclude``
match. Patterns are gitignore-style globs, as ruff reads them: a pattern without a
slash matches a file or folder of that name anywhere, one with a slash is a path
relative to the config file's folder, and ``**`` spans folders (``pathspec`` does
the matching). A file named on the command line is linted even when excluded,
unless ``--force-exclude`` is given (ruff's rule, so pre-commit's file lists obey
the config). ``per-file-ignores`` uses the same patterns.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from pathspec import GitIgnoreSpec

from letterlint.config import Config
from letterlint.sources.read import FORMATS

ConfigFor = Callable[[Path], Config]
"""The config that governs a path (found by walking up from its folder)."""


def letter_files(
    paths: Sequence[str], config_for: ConfigFor, force_exclude: bool = False
) -> tuple[list[str], list[str]]:
    """``paths`` with each folder replaced by the letter files under it (stdin,
    ``-``, and paths that do not exist are kept for the reader to report), and the
    folders that hold none."""
    found: list[str] = []
    empty: list[str] = []
    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if path != "-" and force_exclude and excluded(Path(path), config_for(Path(path))):
                continue
            found.append(path)
            continue
        letters = _walk(Path(path), config_for)
        if not letters:
            empty.append(path)
        found.extend(letters)
    return list(dict.fromkeys(found)), empty


def excluded(path: Path, config: Config, folder: bool = False) -> bool:
    """Whether ``exclude`` or ``extend-exclude`` matches the path."""
    patterns = (*config.exclude, *config.extend_exclude)
    return bool(patterns) and _spec(patterns).match_file(_relative(path, config.root, folder))


def per_file_ignored(path: str | None, config: Config) -> tuple[str, ...]:
    """The rules ``per-file-ignores`` turns off for the letter at ``path``."""
    if path is None or not config.per_file_ignores:
        return ()
    relative = _relative(Path(path), config.root)
    return tuple(
        code
        for pattern, codes in config.per_file_ignores.items()
        if _spec((pattern,)).match_file(relative)
        for code in codes
    )


def _walk(folder: Path, config_for: ConfigFor) -> list[str]:
    letters: list[str] = []
    for directory, folders, files in os.walk(folder):
        here = Path(directory)
        config = config_for(here / "_")
        folders[:] = sorted(
            name for name in folders
            if not name.startswith(".") and not excluded(here / name, config, folder=True)
        )
        for name in sorted(files):
            path = here / name
            if name.startswith(".") or Path(name).suffix.lower() not in FORMATS:
                continue
            if not excluded(path, config_for(path)):
                letters.append(str(path))
    return letters


def _relative(path: Path, root: Path, folder: bool = False) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(os.path.abspath(root)).as_posix()
    except ValueError:
        relative = absolute.name  # outside the config's folder: only names can match
    return relative + "/" if folder else relative


@lru_cache(maxsize=256)
def _spec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    return GitIgnoreSpec.from_lines(patterns)


def configs_by_folder(load: Callable[[Path], Config]) -> ConfigFor:
    """``load`` (a config for a path) cached per folder, as a run walks many files."""
    cache: dict[Path, Config] = {}

    def config_for(path: Path) -> Config:
        folder = Path(os.path.abspath(path)).parent
        if folder not in cache:
            cache[folder] = load(path)
        return cache[folder]

    return config_for


