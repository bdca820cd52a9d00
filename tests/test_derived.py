"""Derived tables: built once, kept where documented, rebuilt when an input changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterlint import derived


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(derived.CACHE_ENV, str(folder))
    return folder


def test_a_table_is_built_once_and_then_read(cache: Path) -> None:
    builds: list[int] = []

    def build() -> bytes:
        builds.append(1)
        return b"table"

    assert derived.derived_bytes("demo", ["input"], build) == b"table"
    assert derived.derived_bytes("demo", ["input"], build) == b"table"
    assert len(builds) == 1
    [kept] = cache.iterdir()
    assert kept.name.startswith("demo-")


def test_a_changed_input_builds_a_new_table_and_drops_the_old_one(cache: Path) -> None:
    assert derived.derived_object("demo", ["one"], lambda: {"n": 1}) == {"n": 1}
    assert derived.derived_object("demo", ["two"], lambda: {"n": 2}) == {"n": 2}
    assert derived.derived_object("demo", ["two"], lambda: {"n": 3}) == {"n": 2}
    assert len(list(cache.iterdir())) == 1


def test_a_damaged_table_is_built_again(cache: Path) -> None:
    derived.derived_object("demo", ["x"], lambda: [1, 2])
    [kept] = cache.iterdir()
    kept.write_bytes(b"not a pickle")
    assert derived.derived_object("demo", ["x"], lambda: [1, 2]) == [1, 2]


def test_a_folder_that_cannot_be_written_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(derived.CACHE_ENV, str(blocker / "cache"))
    assert derived.derived_object("demo", ["x"], lambda: "built") == "built"
    assert blocker.read_text() == "not a folder"


def test_the_default_place_is_inside_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(derived.CACHE_ENV, raising=False)
    package = Path(derived.__file__).resolve().parent
    assert derived.cache_folder() == package / "_derived"
