"""The public API: lint(), lint_many(), Linter, Registry and plugins.

Plugins are installed for real: a package and its ``*.dist-info`` (METADATA and
entry_points.txt) are written to a folder on the path, so that
``importlib.metadata.entry_points`` finds them the way it finds any installed
distribution.
"""

from __future__ import annotations

import dataclasses
import json
import textwrap
import tomllib
from collections.abc import Iterator
from fnmatch import fnmatch
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import spacy

import letterlint
from letterlint import (
    Check,
    CheckResult,
    Config,
    ConfigError,
    Finding,
    Letter,
    Linter,
    Registry,
    Report,
    Rule,
    Severity,
    Source,
    Span,
    Status,
)
from letterlint.checks import BUILTIN_CHECKS
from letterlint.checks.length import LengthCheck
from letterlint.formatters.json import format_json
from letterlint.letter.nlp import Pipeline
from letterlint.registry import ENTRY_POINT_GROUP, RegistryError
from tests.cli_support import ROOT, plain_environment, run_letterlint
from tests.conftest import CORPUS

LONG_LETTER = CORPUS / "thanks-30-postdoc-long.txt"
GOOD_LETTER = CORPUS / "thanks-01-nurse-warm.txt"


def rule(code: str, slug: str, severity: Severity = Severity.WARNING) -> Rule:
    return Rule(
        code=code,
        slug=slug,
        severity=severity,
        summary="A rule made for a test",
        what="Flags what the test asks for.",
        why="The test needs it.",
        example="Dear Ana,\n\nEXAMPLE text.\n\nBest,\nSam",
        instead="Dear Ana,\n\nPlain text.\n\nBest,\nSam",
    )


class CrashingCheck(Check):
    name = "crashing"
    rules = (rule("ZZ901", "never-fires"),)

    def run(self, letter: Letter, config: Config) -> CheckResult:
        raise RuntimeError("boom on purpose")


# --- lint() and lint_many() ---------------------------------------------------------


def test_lint_text_and_path() -> None:
    text = LONG_LETTER.read_text("utf-8")
    from_text = letterlint.lint(text, select=["LL1"])
    from_path = letterlint.lint(LONG_LETTER, select=["LL1"])
    assert isinstance(from_text, Report) and isinstance(from_path, Report)
    assert from_text.path is None and from_path.path == str(LONG_LETTER)
    assert from_text.text == from_path.text == text
    assert from_text.codes() == from_path.codes() == {"LL101", "LL102", "LL103", "LL106"}
    assert [f.span for f in from_text.findings] == [f.span for f in from_path.findings]


def test_lint_takes_options_and_a_config_file(tmp_path: Path) -> None:
    config = tmp_path / "letterlint.toml"
    config.write_text('select = ["LL103"]\nfail-on = "warning"\n\n[length]\nmax_words = 300\n')
    report = letterlint.lint(LONG_LETTER, config=config, kind="follow-up")
    assert report.kind == "follow-up"
    assert report.codes() == {"LL103"}
    assert "aim for 75–300" in report.findings[0].message
    assert not report.passed


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"select": ["LL999"]}, "unknown rule 'LL999'"),
        ({"kind": "cover-letter"}, "kind must be thank-you, follow-up or auto"),
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"fail_on": "sometimes"}, "fail-on must be error, warning, info or never"),
    ],
)
def test_bad_options_raise_config_error(options: dict[str, Any], complaint: str) -> None:
    with pytest.raises(ConfigError, match=complaint):
        letterlint.lint("Dear Ana,\n\nThanks.", **options)


def test_lint_many_is_lazy_ordered_and_takes_every_input_kind(pipeline: Pipeline) -> None:
    consumed: list[int] = []

    def letters() -> Iterator[str | Path | Source]:
        inputs: list[str | Path | Source] = [
            GOOD_LETTER, LONG_LETTER.read_text("utf-8"), Source(text="", path="empty.txt")
        ]
        for index, item in enumerate(inputs):
            consumed.append(index)
            yield item

    reports = letterlint.lint_many(letters(), pipeline=pipeline, select=["LL1"])
    assert consumed == [], "nothing is read before the first report is asked for"
    first = next(reports)
    assert first.path == str(GOOD_LETTER) and consumed == [0, 1, 2]
    rest = list(reports)
    assert [report.path for report in rest] == [None, "empty.txt"]
    assert "LL103" in rest[0].codes() and rest[1].codes() == {"LL105"}


def test_lint_many_loads_spacy_once_and_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[str] = []
    batches: list[int] = []  # letters' prose parts per parse call
    real_load = spacy.load

    def counting_load(name: str, *args: Any, **kwargs: Any) -> Any:
        loads.append(name)
        return real_load(name, *args, **kwargs)

    monkeypatch.setattr(spacy, "load", counting_load)
    pipeline = Pipeline()
    real_parse = pipeline.parse

    def counting_parse(texts: Any, items: Any) -> Any:
        batches.append(len(texts))
        return real_parse(texts, items)

    monkeypatch.setattr(pipeline, "parse", counting_parse)
    letters = [GOOD_LETTER] * 40
    with Linter(registry=Registry([LengthCheck]), pipeline=pipeline) as linter:
        reports = list(linter.lint_many(letters))
    # the length check alone needs no trained judge: only the pipeline loads
    assert len(reports) == 40 and len(loads) == 1
    parts_per_letter = 5  # salutation, three body paragraphs, closing
    assert batches == [32 * parts_per_letter, 8 * parts_per_letter], "32 letters at a time"


# --- Linter ---------------------------------------------------------------------------


def test_linter_reuses_its_pipeline_and_check_instances(pipeline: Pipeline) -> None:
    with Linter(registry=Registry([LengthCheck]), pipeline=pipeline) as linter:
        first = linter.lint(GOOD_LETTER)
        check = linter.check(LengthCheck)
        second = linter.lint(LONG_LETTER)
        assert linter.check(LengthCheck) is check
        assert first.metadata["pipeline"] == second.metadata["pipeline"] == pipeline.name
        assert "LL103" in second.codes() and "LL103" not in first.codes()


def test_linter_close_and_context_manager_release_checks(pipeline: Pipeline) -> None:
    closed: list[str] = []

    class ProbeCheck(Check):
        name = "probe"
        rules = (rule("ZZ801", "probe-rule"),)

        def run(self, letter: Letter, config: Config) -> CheckResult:
            return self.result([])

        def close(self) -> None:
            closed.append(self.name)

    registry = Registry([LengthCheck, ProbeCheck])
    with Linter(registry=registry, pipeline=pipeline) as linter:
        linter.lint(GOOD_LETTER)
        assert closed == []
    assert closed == ["probe"]

    linter = Linter(registry=registry, pipeline=pipeline)
    linter.lint(GOOD_LETTER)
    linter.close()
    linter.close()  # closing twice is harmless
    assert closed == ["probe", "probe"]
    assert linter.lint(GOOD_LETTER).check("probe") is not None, "usable again after close"
    linter.close()


def test_crashing_check_is_reported_failed_and_others_still_run(pipeline: Pipeline) -> None:
    registry = Registry([CrashingCheck, LengthCheck])
    with Linter(registry=registry, pipeline=pipeline) as linter:
        report = linter.lint(LONG_LETTER)
    crashed = report.check("crashing")
    assert crashed is not None
    assert crashed.status is Status.FAILED and crashed.score is None
    assert crashed.reason == "check crashed: RuntimeError: boom on purpose"
    length = report.check("length")
    assert length is not None and length.status is Status.OK
    assert {"LL101", "LL103"} <= report.codes()
    with Linter(registry=Registry([LengthCheck]), pipeline=pipeline, fail_on="never") as alone:
        assert report.score == alone.lint(LONG_LETTER).score, "a failed check costs nothing"
        clean = alone.lint(LONG_LETTER)
    assert clean.passed and not report.passed, "a letter not fully checked never passes"
    [listed] = [c for c in json.loads(format_json([report]))["files"][0]["checks"]
                if c["name"] == "crashing"]
    assert listed == {
        "name": "crashing", "score": None, "status": "failed",
        "reason": "check crashed: RuntimeError: boom on purpose", "metrics": {},
    }


def test_report_and_findings_are_frozen(linter: Linter) -> None:
    report = linter.lint(LONG_LETTER)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.score = 100  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.findings[0].severity = Severity.INFO  # type: ignore[misc]
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 2)
    assert Severity.ERROR.at_least(Severity.WARNING) and not Severity.INFO.at_least(
        Severity.WARNING
    )


def test_public_api_is_exported_and_typed() -> None:
    for name in letterlint.__all__:
        assert hasattr(letterlint, name), name
    assert {"lint", "lint_many", "Linter", "Report", "Finding", "Registry"} <= set(
        letterlint.__all__
    )
    assert resources.files("letterlint").joinpath("py.typed").is_file()
    assert isinstance(Finding("LL101", "too-many-paragraphs", "length", Severity.WARNING, "m"),
                      Finding)


def test_every_data_file_is_declared_package_data() -> None:
    """An installed (non-editable) letterlint needs these files in the wheel."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["letterlint"]
    package = ROOT / "letterlint"
    data_files = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc")
        and path.relative_to(package).parts[0] != "_derived"  # built at run time (derived.py)
    ]
    assert "schema/report-v1.json" in data_files and "py.typed" in data_files
    for name in data_files:
        assert any(fnmatch(name, pattern) and name.count("/") == pattern.count("/")
                   for pattern in patterns), f"{name} is not package data"


# --- Registry ---------------------------------------------------------------------------


def make_check(name: str, *rules: Rule) -> type[Check]:
    class Made(Check):
        def run(self, letter: Letter, config: Config) -> CheckResult:
            return self.result([])

    Made.name = name
    Made.rules = rules
    return Made


def test_registry_is_a_value_not_a_global() -> None:
    mine = Registry([LengthCheck])
    assert [check.name for check in mine.checks] == ["length"]
    assert [check for check in Registry.default(plugins=False).checks] == list(BUILTIN_CHECKS)
    assert mine.resolve("LL10") == {"LL101", "LL102", "LL103", "LL104", "LL105", "LL106", "LL107"}


@pytest.mark.parametrize(
    ("checks", "complaint"),
    [
        ([make_check("again", rule("LL101", "another-slug"))],
         r"rule code LL101 is already used by check 'length'\. Known codes: LL101, LL102"),
        ([make_check("bad", rule("L101", "bad-code"))],
         r"rule code 'L101' is malformed.*Known codes: LL101, LL102"),
        ([make_check("bad", rule("LL10", "bad-code"))], r"'LL10' is malformed"),
        ([make_check("bad", rule("ll901", "bad-code"))], r"'ll901' is malformed"),
        ([make_check("length", rule("ZZ901", "fine-slug"))], r"two checks are named 'length'"),
        ([make_check("Bad Name", rule("ZZ901", "fine-slug"))], r"needs a lowercase `name`"),
        ([make_check("bad", rule("ZZ901", "Not A Slug"))], r"'Not A Slug' is malformed"),
        ([make_check("bad", rule("ZZ901", "too-many-paragraphs"))],
         r"'too-many-paragraphs' is malformed or taken"),
    ],
)
def test_bad_checks_fail_loudly_at_load(checks: list[type[Check]], complaint: str) -> None:
    with pytest.raises(RegistryError, match=complaint):
        Registry([LengthCheck, *checks])


# --- plugins through the letterlint.checks entry point ----------------------------------------

PLUGIN_MODULE = '''
"""A third-party letterlint check: words in capitals."""

import re

from letterlint import Check, CheckResult, Config, Letter, Rule, Severity, Span


class ShoutCheck(Check):
    name = "shout"
    rules = (
        Rule(
            code="SH101",
            slug="shouting",
            severity=Severity.WARNING,
            summary="A word in capitals",
            what="Flags words of four or more capital letters.",
            why="Capitals read as shouting.",
            example="Dear Ana,\\n\\nI am VERY keen.\\n\\nBest,\\nSam",
            instead="Dear Ana,\\n\\nI am very keen.\\n\\nBest,\\nSam",
        ),
    )

    def run(self, letter: Letter, config: Config) -> CheckResult:
        findings = []
        for sentence in letter.body_sentences:
            for match in re.finditer(r"\\b[A-Z]{4,}\\b", sentence.text):
                start = sentence.span.start + match.start()
                findings.append(self.finding(
                    "SH101", f"Capitals '{match.group()}'", Span(start, start + len(match.group())),
                    suggestion=match.group().lower(),
                ))
        return self.result(findings, {"shouted_words": len(findings)})
'''


def install_plugin(
    folder: Path, distribution: str, module: str, source: str, entry_points: str
) -> Path:
    """Write a package and its dist-info into ``folder``, as pip would."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{module}.py").write_text(textwrap.dedent(source), "utf-8")
    info = folder / f"{distribution}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {distribution}\nVersion: 1.0\n", "utf-8"
    )
    (info / "entry_points.txt").write_text(entry_points, "utf-8")
    (info / "RECORD").write_text("", "utf-8")
    return folder


SHOUTING_LETTER = (
    "Dear Ana,\n\nThank you for the interview today; I am VERY keen on the role.\n\n"
    "The launch plan sounds GREAT.\n\nBest,\nSam\n"
)


def test_entry_point_plugin_runs_in_the_cli_and_its_findings_are_in_the_json(
    tmp_path: Path,
) -> None:
    plugins = install_plugin(
        tmp_path / "site", "letterlint_shout", "letterlint_shout", PLUGIN_MODULE,
        f"[{ENTRY_POINT_GROUP}]\nshout = letterlint_shout:ShoutCheck\n",
    )
    letter = tmp_path / "letter.txt"
    letter.write_text(SHOUTING_LETTER, "utf-8")
    env = plain_environment()
    env["PYTHONPATH"] = str(plugins)
    run = run_letterlint("--format", "json", "--select", "shout,LL104", letter, env=env)
    assert run.status == 0, run.stderr
    [file] = json.loads(run.stdout)["files"]
    shout = [finding for finding in file["findings"] if finding["check"] == "shout"]
    assert [(f["code"], f["rule"], f["text"], f["suggestion"]) for f in shout] == [
        ("SH101", "shouting", "VERY", "very"),
        ("SH101", "shouting", "GREAT", "great"),
    ]
    for finding in shout:
        assert SHOUTING_LETTER[finding["start"] : finding["end"]] == finding["text"]
    [check] = [check for check in file["checks"] if check["name"] == "shout"]
    assert check["status"] == "ok" and check["metrics"] == {"shouted_words": 2}

    listed = run_letterlint("rules", env=env)
    assert any(line.startswith("SH101  shouting") for line in listed.stdout.splitlines())


def test_entry_point_plugin_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    plugins = install_plugin(
        tmp_path, "letterlint_shout_two", "letterlint_shout_two", PLUGIN_MODULE,
        f"[{ENTRY_POINT_GROUP}]\nshout = letterlint_shout_two:ShoutCheck\n",
    )
    monkeypatch.syspath_prepend(str(plugins))
    registry = Registry.default()
    assert [check.name for check in registry.checks][-1] == "shout"
    assert "shout" not in [check.name for check in Registry.default(plugins=False).checks]
    with Linter(registry=registry, pipeline=pipeline, select=["SH1"]) as linter:
        report = linter.lint(SHOUTING_LETTER)
    assert [SHOUTING_LETTER[f.span.start : f.span.end] for f in report.findings if f.span] == [
        "VERY", "GREAT"
    ]


@pytest.mark.parametrize(
    ("module_source", "entry", "complaint"),
    [
        ("", "broken = letterlint_missing_module:Check", r"plugin 'broken' .* failed to load"),
        ("NOT_A_CHECK = 42\n", "{module}:NOT_A_CHECK", r"is not a letterlint Check subclass"),
        (
            PLUGIN_MODULE.replace('code="SH101"', 'code="LL101"'),
            "{module}:ShoutCheck",
            r"rule code LL101 is already used by check 'length'\. Known codes: LL101",
        ),
    ],
    ids=["missing-module", "not-a-check", "duplicate-code"],
)
def test_bad_plugins_fail_loudly(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    module_source: str,
    entry: str,
    complaint: str,
) -> None:
    module = "letterlint_bad_" + request.node.callspec.id.replace("-", "_")
    value = entry.format(module=module)
    if "=" not in value:
        value = f"bad = {value}"
    plugins = install_plugin(
        tmp_path, module, module, module_source, f"[{ENTRY_POINT_GROUP}]\n{value}\n"
    )
    monkeypatch.syspath_prepend(str(plugins))
    with pytest.raises(RegistryError, match=complaint):
        Registry.default()



def test_a_plugin_written_against_0_1_0_module_paths_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline
) -> None:
    """0.1.0 plugins imported from ``letterlint`` or from the modules that 0.1.0 also
    exposed for checks (``letterlint.checks.base``, ``letterlint.model``,
    ``letterlint.config``); the package-layout change kept those paths."""
    source = PLUGIN_MODULE.replace(
        "from letterlint import Check, CheckResult, Config, Letter, Rule, Severity, Span",
        "from letterlint import Letter\n"
        "from letterlint.checks.base import Check, Rule\n"
        "from letterlint.config import Config\n"
        "from letterlint.model import CheckResult, Severity, Span",
    )
    assert source != PLUGIN_MODULE
    plugins = install_plugin(
        tmp_path, "letterlint_shout_old", "letterlint_shout_old", source,
        f"[{ENTRY_POINT_GROUP}]\nshout = letterlint_shout_old:ShoutCheck\n",
    )
    monkeypatch.syspath_prepend(str(plugins))
    with Linter(registry=Registry.default(), pipeline=pipeline, select=["SH1"]) as linter:
        report = linter.lint(SHOUTING_LETTER)
    assert [finding.code for finding in report.findings] == ["SH101", "SH101"]
