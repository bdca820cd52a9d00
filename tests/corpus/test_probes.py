"""The tone probes (`corpus/probes/`): sentences, not letters, read by
`benchmarks/tone_probe.py FOLDER`. Each file is `KIND<TAB>sentence` a line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

PROBES = Path(__file__).resolve().parents[2] / "corpus" / "probes"
FILES = sorted(PROBES.glob("*/*.tsv"))


def test_every_probe_folder_has_both_files() -> None:
    folders = {path.parent for path in FILES}
    assert folders
    for folder in folders:
        assert {path.name for path in folder.glob("*.tsv")} == {"hostile.tsv", "courteous.tsv"}


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_probe_is_twenty_sentences_of_each_of_twelve_kinds(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(row) == 2 and row[0] and row[1].strip() for row in rows)
    assert len({sentence for _, sentence in rows}) == len(rows)  # no sentence twice
    assert set(Counter(kind for kind, _ in rows).values()) == {20}
    assert len(rows) == 240
