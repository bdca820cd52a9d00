"""The report as data: ``dataclasses.asdict``, ``copy``, pickle, and
``Report.to_dict``/``to_json`` giving the JSON format's object."""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from pathlib import Path
from types import MappingProxyType

import pytest

from letterlint import Finding, Linter, Severity
from letterlint.formatters.json import format_json
from letterlint.model import FrozenDict
from tests.cli_support import run_letterlint
from tests.conftest import CORPUS

LETTER = CORPUS / "thanks-03-teacher-vague.txt"


def test_asdict_works_on_a_report(linter: Linter, tmp_path: Path) -> None:
    path = tmp_path / "letter.md"
    path.write_text("# Thanks\n\n" + LETTER.read_text(encoding="utf-8"), encoding="utf-8")
    for report in (linter.lint(LETTER), linter.lint(path)):
        data = dataclasses.asdict(report)
        assert data["score"] == report.score
        assert data["checks"][0]["metrics"] == dict(report.checks[0].metrics)
        assert data["findings"] if "findings" in data else data["checks"]
        json.dumps(data, default=str)  # plain containers all the way down
        assert copy.deepcopy(report) == report
        assert pickle.loads(pickle.dumps(report)) == report


def test_to_dict_is_the_json_formats_object(linter: Linter) -> None:
    report = linter.lint(LETTER)
    [expected] = json.loads(format_json([report]))["files"]
    assert json.loads(json.dumps(report.to_dict())) == expected  # tuples become lists
    assert json.loads(report.to_json()) == expected
    assert report.to_json(indent=None).count("\n") == 0
    # the CLI's run has the grammar check too, which the offline fixture leaves out
    cli = json.loads(
        run_letterlint("--isolated", "--ignore", "LL5", "--format", "json", LETTER).stdout
    )
    assert cli["files"][0]["findings"] == expected["findings"]


def test_records_stay_read_only() -> None:
    finding = Finding("LL301", "stock-phrase", "phrasing", Severity.WARNING, "m",
                      metadata=MappingProxyType({"a": 1}))
    assert isinstance(finding.metadata, FrozenDict) and finding.metadata == {"a": 1}
    with pytest.raises(TypeError):
        finding.metadata["a"] = 2  # type: ignore[index]
    with pytest.raises(TypeError):
        finding.metadata.update(b=2)  # type: ignore[attr-defined]
