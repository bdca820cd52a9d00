"""Golden results for the length check: ``corpus/golden/<letter-id>.length.json``,
written once by ``benchmarks/make_golden.py`` and reviewed by hand. A change to
the length check or the letter parser that moves a finding fails here."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from letterlint import Linter
from letterlint.checks.length import LengthCheck
from letterlint.letter.nlp import Pipeline
from letterlint.registry import Registry
from tests.conftest import CORPUS, ROOT

GOLDEN = ROOT / "corpus" / "golden"


def _make_golden() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_golden", ROOT / "benchmarks" / "make_golden.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_golden = _make_golden()


def golden_ids() -> list[str]:
    return sorted(path.name.removesuffix(".length.json") for path in GOLDEN.glob("*.length.json"))


def label(letter_id: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((CORPUS / f"{letter_id}.json").read_text("utf-8"))
    return loaded


@pytest.fixture(scope="module")
def length_linter(pipeline: Pipeline) -> Iterator[Linter]:
    with Linter(registry=Registry([LengthCheck]), pipeline=pipeline) as linter:
        yield linter


@pytest.mark.parametrize("letter_id", golden_ids())
def test_length_findings_match_the_golden(letter_id: str, length_linter: Linter) -> None:
    expected = json.loads((GOLDEN / f"{letter_id}.length.json").read_text("utf-8"))
    [actual] = make_golden.compute([letter_id], length_linter).values()
    assert actual == expected


@pytest.mark.parametrize("letter_id", golden_ids())
def test_golden_is_consistent_with_its_letter(letter_id: str) -> None:
    golden = json.loads((GOLDEN / f"{letter_id}.length.json").read_text("utf-8"))
    text = (CORPUS / f"{letter_id}.txt").read_bytes().decode("utf-8")
    assert golden["letter"] == f"{letter_id}.txt"
    assert golden["kind"] == label(letter_id)["kind"]
    assert golden["body_paragraphs"] == label(letter_id)["paragraphs"]
    for finding in golden["findings"]:
        assert finding["code"].startswith("LL1")
        if finding["start"] is None:
            assert finding["end"] is None and finding["text"] is None
        else:
            assert text[finding["start"] : finding["end"]] == finding["text"]
    codes = {finding["code"] for finding in golden["findings"]}
    if label(letter_id)["too_long"]:
        assert codes & {"LL101", "LL102", "LL103"}, "a letter labelled too long is flagged"
    else:
        assert not codes & {"LL101", "LL102", "LL103"}


def test_golden_set_covers_the_cases() -> None:
    ids = golden_ids()
    assert sorted(make_golden.GOLDEN_LETTERS) == ids, "make_golden.py and corpus/golden agree"
    assert len(ids) >= 12
    labels = [label(letter_id) for letter_id in ids]
    assert {item["kind"] for item in labels} == {"thank-you", "follow-up"}
    assert {item["verdict"] for item in labels} >= {"good", "needs-work", "bad"}
    for case in ("crlf", "emoji", "bullets", "hardwrapped", "quoted", "tabbed", "email", "-ps"):
        assert any(case in letter_id for letter_id in ids), case
    codes = {
        finding["code"]
        for letter_id in ids
        for finding in json.loads((GOLDEN / f"{letter_id}.length.json").read_text())["findings"]
    }
    assert {"LL101", "LL102", "LL103", "LL104", "LL106"} <= codes


def test_crlf_letter_keeps_its_crlf_line_endings() -> None:
    """.gitattributes keeps git from normalising it; without CRLF it tests nothing."""
    data = (CORPUS / "followup-43-lab-technician-crlf.txt").read_bytes()
    assert data.count(b"\r\n") == data.count(b"\n") > 20
    attributes = (ROOT / ".gitattributes").read_text("utf-8")
    assert "corpus/letters/*-crlf.txt -text" in attributes


def test_make_golden_check_mode_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert make_golden.main(["--check", "thanks-05-retail-oneliner"]) == 0
    assert capsys.readouterr().out == ""


def test_golden_files_are_pretty_and_stable() -> None:
    for path in GOLDEN.glob("*.length.json"):
        text = path.read_text("utf-8")
        assert text == make_golden.dump(json.loads(text)), path.name


def test_every_golden_letter_exists() -> None:
    for letter_id in golden_ids():
        assert (CORPUS / f"{letter_id}.txt").is_file()
        assert (CORPUS / f"{letter_id}.json").is_file()

