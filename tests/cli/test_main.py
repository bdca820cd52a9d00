"""The command line: JSON against the published schema, rule selection, the gate,
config files, the rule catalogue, batching, and every output format.

Most tests call ``letterlint.cli.main`` in this process (it builds its own Linter,
so each call loads spaCy once); the acceptance command runs as a real subprocess.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import jsonschema  # type: ignore[import-untyped]
import pytest
import spacy
from spacy.language import Language

import letterlint
from letterlint import Linter, Status
from letterlint.checks import BUILTIN_CHECKS
from letterlint.cli import main
from letterlint.formatters.json import format_json
from letterlint.registry import Registry
from letterlint.sources.read import read_path
from tests.cli_support import plain_environment, run_in_terminal, run_letterlint
from tests.conftest import CORPUS, ROOT

LONG_LETTER = CORPUS / "thanks-30-postdoc-long.txt"
SHORT_LETTER = CORPUS / "thanks-05-retail-oneliner.txt"
ANSI = re.compile(r"\x1b\[[0-9;]*m")
FINDING_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]{2,4}\d{3}) "
    r"\[(?P<severity>error|warning|info)\] (?P<message>.+)$"
)


def schema() -> dict[str, Any]:
    text = resources.files("letterlint").joinpath("schema/report-v1.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate(document: Any) -> None:
    jsonschema.Draft202012Validator(schema()).validate(document)


def run_main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def file_text(path: Path) -> str:
    return read_path(path).text


# --- JSON -------------------------------------------------------------------------


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())


def test_schema_rejects_what_design_forbids() -> None:
    finding = {
        "code": "LL101", "rule": "too-many-paragraphs", "check": "length",
        "severity": "warning", "message": "5 body paragraphs", "start": 3, "end": 9,
        "line": 1, "column": 4, "end_line": 1, "end_column": 10, "text": "abcdef",
        "suggestion": None,
    }
    document = {
        "schema_version": 1, "letterlint_version": "0.1.0",
        "files": [{
            "path": "a.txt", "kind": "thank-you", "score": 90, "passed": True, "points": {},
            "checks": [{"name": "length", "score": 90, "status": "ok", "reason": None}],
            "findings": [finding],
        }],
    }
    validate(document)
    broken: list[Callable[[dict[str, Any]], None]] = [
        lambda doc: doc.update(schema_version=2),
        lambda doc: doc["files"][0].update(kind="cover-letter"),
        lambda doc: doc["files"][0].update(score=101),
        lambda doc: doc["files"][0]["findings"][0].update(severity="fatal"),
        lambda doc: doc["files"][0]["findings"][0].update(code="X1"),
        lambda doc: doc["files"][0]["findings"][0].pop("suggestion"),
        lambda doc: doc["files"][0]["findings"][0].update(start=None),  # half a position
        lambda doc: doc["files"][0]["checks"][0].update(status="skipped"),  # needs a reason
        lambda doc: doc["files"][0]["points"].update(clarity={}),
    ]
    for breaking in broken:
        copy = json.loads(json.dumps(document))
        breaking(copy)
        with pytest.raises(jsonschema.ValidationError):
            validate(copy)


def test_long_letter_json_validates_and_offsets_slice_the_file() -> None:
    """The acceptance command, exactly, as a real subprocess."""
    run = run_letterlint("--format", "json", "corpus/letters/thanks-30-postdoc-long.txt")
    assert run.status in (0, 1), run.stderr
    document = json.loads(run.stdout)
    validate(document)
    [file] = document["files"]
    text = file_text(LONG_LETTER)
    by_code = {finding["code"]: finding for finding in file["findings"]}
    assert {"LL101", "LL103"} <= set(by_code)
    for finding in file["findings"]:
        if finding["start"] is not None:
            assert finding["text"] == text[finding["start"] : finding["end"]]
    assert by_code["LL101"]["text"].startswith("I am very enthusiastic about the position")
    assert by_code["LL103"]["text"].endswith("Thank\nyou once again for a wonderful visit.")
    names = [check["name"] for check in file["checks"]]
    assert names == [check.name for check in BUILTIN_CHECKS]


def test_every_corpus_report_validates(linter: Linter) -> None:
    paths = sorted(CORPUS.glob("*.txt"))
    reports = list(linter.lint_many(paths))
    document = json.loads(format_json(reports))
    validate(document)
    whole_letter = [
        finding for file in document["files"] for finding in file["findings"]
        if finding["start"] is None
    ]
    assert whole_letter, "the corpus exercises findings without a span"
    for file, path in zip(document["files"], paths, strict=True):
        text = file_text(path)
        for finding in file["findings"]:
            if finding["start"] is not None:
                assert finding["text"] == text[finding["start"] : finding["end"]]
                line_start = text.rfind("\n", 0, finding["start"]) + 1
                assert finding["line"] == text.count("\n", 0, finding["start"]) + 1
                assert finding["column"] == finding["start"] - line_start + 1


def test_empty_letter_json_has_a_whole_letter_finding(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"   \n")))
    status, out, _ = run_main(capsys, "--format", "json", "-")
    assert status == 1
    document = json.loads(out)
    validate(document)
    [file] = document["files"]
    assert file["path"] == "<stdin>"
    [finding] = file["findings"]
    assert finding["code"] == "LL105" and finding["start"] is None and finding["line"] is None
    skipped = [check for check in file["checks"] if check["status"] == "skipped"]
    assert skipped and all(check["reason"] for check in skipped)


# --- selecting rules ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("select", "ignore", "expected"),
    [
        (["LL101"], [], {"LL101"}),
        (["too-many-paragraphs", "letter-too-long"], [], {"LL101", "LL103"}),
        (["LL10"], [], {"LL101", "LL102", "LL103", "LL106"}),
        (["length"], [], {"LL101", "LL102", "LL103", "LL106"}),
        (["length"], ["LL106", "paragraph-too-long"], {"LL101", "LL103"}),
        (["ll101", "LL103"], [], {"LL101", "LL103"}),
    ],
)
def test_select_and_ignore_by_code_slug_prefix_and_check(
    linter: Linter, select: list[str], ignore: list[str], expected: set[str]
) -> None:
    report = linter.lint(LONG_LETTER, select=select, ignore=ignore)
    assert report.codes() == expected


def test_ignoring_a_check_does_not_run_it(linter: Linter) -> None:
    report = linter.lint(LONG_LETTER, ignore=["LL1"])
    assert report.check("length") is None
    assert not any(code.startswith("LL1") for code in report.codes())


def test_select_and_ignore_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(
        capsys, "--format", "json", "--select", "LL101,letter-too-long", "--select", "LL106",
        "--ignore", "long-sentence", LONG_LETTER,
    )
    assert status == 0
    codes = {finding["code"] for finding in json.loads(out)["files"][0]["findings"]}
    assert codes == {"LL101", "LL103"}


@pytest.mark.parametrize("selector", ["LL999", "too-many-words", "LL9", "L1", "LL1011"])
def test_unknown_selector_exits_2_listing_known_codes(
    capsys: pytest.CaptureFixture[str], selector: str
) -> None:
    status, out, err = run_main(capsys, "--select", selector, LONG_LETTER)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1
    assert repr(selector) in err and "known codes: LL101, LL102" in err


# --- the gate -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "passed"),
    [
        ({}, True),  # warnings only; the default gate is error
        ({"fail_on": "warning"}, False),
        ({"fail_on": "info"}, False),
        ({"fail_on": "never"}, True),
        ({"fail_under": 100}, False),
        ({"fail_under": 0}, True),
        ({"fail_on": "never", "fail_under": 100}, False),
    ],
)
def test_gate_options(linter: Linter, options: dict[str, Any], passed: bool) -> None:
    report = linter.lint(LONG_LETTER, select=["LL1"], **options)
    assert {finding.severity.value for finding in report.findings} == {"warning"}
    assert report.passed is passed


@pytest.mark.parametrize(
    ("args", "status"),
    [
        ([], 0),
        (["--fail-on", "warning"], 1),
        (["--fail-on", "never", "--fail-under", "95"], 1),
        (["--fail-under", "10"], 0),
    ],
)
def test_gate_exit_status(
    capsys: pytest.CaptureFixture[str], args: list[str], status: int
) -> None:
    assert run_main(capsys, "--select", "LL1", *args, LONG_LETTER)[0] == status


def test_bad_gate_values_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_main(capsys, "--fail-under", "120", LONG_LETTER)
    assert status == 2 and "--fail-under must be a score from 0 to 100" in err
    status, out, err = run_main(capsys, "--fail-on", "sometimes", LONG_LETTER)
    assert (status, out) == (2, "")
    assert err.splitlines() == [
        "letterlint: error: argument --fail-on: invalid choice: 'sometimes' (choose from "
        "'error', 'warning', 'info', 'never'); see `letterlint --help`."
    ]


# --- config files -----------------------------------------------------------------------


@pytest.fixture
def nested_letter(tmp_path: Path) -> Path:
    folder = tmp_path / "jobs" / "acme"
    folder.mkdir(parents=True)
    letter = folder / "thanks.txt"
    letter.write_bytes(LONG_LETTER.read_bytes())
    return letter


def codes_of(out: str) -> set[str]:
    return {finding["code"] for file in json.loads(out)["files"] for finding in file["findings"]}


def test_pyproject_found_by_walking_up(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.letterlint]\nselect = ["LL101"]\nfail-on = "warning"\n'
    )
    status, out, _ = run_main(capsys, "--format", "json", nested_letter)
    assert codes_of(out) == {"LL101"}
    assert status == 1, "fail-on from the file"


def test_pyproject_without_the_table_is_passed_over(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, tmp_path: Path
) -> None:
    (nested_letter.parent / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "letterlint.toml").write_text('select = ["LL103"]\n')
    status, out, _ = run_main(capsys, "--format", "json", nested_letter)
    assert (status, codes_of(out)) == (0, {"LL103"})


def test_nearest_letterlint_toml_wins_with_severity_and_check_settings(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, tmp_path: Path
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.letterlint]\nselect = ["LL101"]\n')
    (nested_letter.parent.parent / "letterlint.toml").write_text(
        'select = ["length"]\nignore = ["LL106"]\n\n[severity]\nLL102 = "error"\n\n'
        "[length]\nmax_words = 400\nmax_paragraphs = 5\n"
    )
    status, out, _ = run_main(capsys, "--format", "json", nested_letter)
    findings = json.loads(out)["files"][0]["findings"]
    assert {(finding["code"], finding["severity"]) for finding in findings} == {
        ("LL102", "error")
    }
    assert status == 1


def test_config_option_overrides_discovery_and_flags_override_config(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, tmp_path: Path
) -> None:
    (nested_letter.parent / "letterlint.toml").write_text('select = ["LL106"]\n')
    chosen = tmp_path / "strict.toml"
    chosen.write_text('select = ["LL101", "LL103"]\nfail-on = "warning"\n')
    status, out, _ = run_main(capsys, "--format", "json", "--config", chosen, nested_letter)
    assert (status, codes_of(out)) == (1, {"LL101", "LL103"})
    status, out, _ = run_main(
        capsys, "--format", "json", "--config", chosen, "--fail-on", "never", nested_letter
    )
    assert status == 0
    status, out, _ = run_main(
        capsys, "--format", "json", "--select", "LL1", "--isolated", nested_letter
    )
    assert "LL102" in codes_of(out), "--isolated ignores the discovered file"


def test_letters_in_different_folders_get_their_own_config(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name, select in (("a", "LL101"), ("b", "LL103")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "letterlint.toml").write_text(f'select = ["{select}"]\n')
        (tmp_path / name / "letter.txt").write_bytes(LONG_LETTER.read_bytes())
    status, out, _ = run_main(
        capsys, "--format", "json", tmp_path / "a" / "letter.txt", tmp_path / "b" / "letter.txt"
    )
    assert status == 0
    files = json.loads(out)["files"]
    assert [{f["code"] for f in file["findings"]} for file in files] == [{"LL101"}, {"LL103"}]


@pytest.mark.parametrize(
    ("config", "complaint"),
    [
        ('select = ["LL1", "LL777"]\n', "unknown rule 'LL777'"),
        ('[severity]\nLL888 = "error"\n', "unknown rule 'LL888'"),
        ('ignore = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
    ],
)
def test_unknown_code_in_config_exits_2_with_known_codes(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, config: str, complaint: str
) -> None:
    config_file = nested_letter.parent / "letterlint.toml"
    config_file.write_text(config)
    status, out, err = run_main(capsys, nested_letter)
    assert status == 2 and out == ""
    [line] = err.splitlines()
    assert str(config_file) in line and complaint in line
    known = re.search(r"known codes: (.*)\.$", line)
    assert known is not None
    assert known.group(1).split(", ") == sorted(rule.code for _, rule in Registry.default().rules())


@pytest.mark.parametrize(
    ("config", "complaint"),
    [
        ("colour = 3\n", "unknown setting 'colour'"),
        ("[length]\nmax_wordz = 3\n", "unknown length setting 'max_wordz'"),
        ('fail-on = "sometimes"\n', "fail-on must be error, warning, info or never"),
        ("select = [\n", "is not valid TOML"),
    ],
)
def test_bad_config_exits_2_with_one_sentence(
    capsys: pytest.CaptureFixture[str], nested_letter: Path, config: str, complaint: str
) -> None:
    (nested_letter.parent / "letterlint.toml").write_text(config)
    status, _, err = run_main(capsys, nested_letter)
    assert status == 2
    assert len(err.splitlines()) == 1 and complaint in err


# --- rules and explain --------------------------------------------------------------------


def test_rules_lists_every_registered_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "rules")
    assert status == 0
    listed = [line.split()[:4] for line in out.splitlines()]
    expected = [
        [rule.code, rule.slug, check.name, rule.severity.value]
        for check, rule in Registry.default().rules()
    ]
    assert listed == expected
    assert ["LL101", "too-many-paragraphs", "length", "warning"] in listed


@pytest.mark.parametrize("name", ["LL101", "ll101", "too-many-paragraphs"])
def test_explain_prints_the_four_doc_parts(capsys: pytest.CaptureFixture[str], name: str) -> None:
    status, out, _ = run_main(capsys, "explain", name)
    assert status == 0
    rule = Registry.default().rule("LL101")
    assert out.startswith("LL101 too-many-paragraphs (length, warning)\n")
    headings = [line for line in out.splitlines() if line in (
        "What it does", "Why it matters", "Example", "Instead"
    )]
    assert headings == ["What it does", "Why it matters", "Example", "Instead"]
    what = out.index("What it does")
    why = out.index("Why it matters")
    example = out.index("\nExample\n")
    instead = out.index("\nInstead\n")
    assert what < why < example < instead
    assert "max_paragraphs" in out[what:why]
    assert "cover letter" in out[why:example]
    indented = "\n".join("    " + line if line else "" for line in rule.example.splitlines())
    assert indented in out[example:instead]
    assert "    Dear Ms. Park," in out[instead:]


def test_explain_unknown_code_lists_known_codes(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(capsys, "explain", "LL999")
    assert status == 2 and out == ""
    assert "unknown rule 'LL999'" in err and "LL101, LL102" in err


# --- batching: spaCy loaded once, nlp.pipe used -----------------------------------------


@pytest.fixture
def spacy_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, list[Any]]]:
    """Count real calls to spacy.load and Language.pipe (the originals still run):
    the English pipeline's under "load"/"pipe", the trained judge's under
    "judge_load"/"judge_pipe"."""
    calls: dict[str, list[Any]] = {"load": [], "pipe": [], "judge_load": [], "judge_pipe": []}
    real_load = spacy.load
    real_pipe = Language.pipe

    def counting_load(*args: Any, **kwargs: Any) -> Language:
        nlp = real_load(*args, **kwargs)
        judge = "textcat_multilabel" in nlp.pipe_names
        calls["judge_load" if judge else "load"].append(1)
        return nlp

    def counting_pipe(self: Language, texts: Any, *args: Any, **kwargs: Any) -> Any:
        batch = list(texts)
        judge = "textcat_multilabel" in self.pipe_names
        calls["judge_pipe" if judge else "pipe"].append(len(batch))
        return real_pipe(self, batch, *args, **kwargs)

    monkeypatch.setattr(spacy, "load", counting_load)
    monkeypatch.setattr(Language, "pipe", counting_pipe)
    yield calls


def test_several_files_load_spacy_once_and_parse_in_one_batch(
    capsys: pytest.CaptureFixture[str], spacy_calls: dict[str, list[Any]]
) -> None:
    paths = sorted(CORPUS.glob("thanks-0*.txt"))
    assert len(paths) >= 5
    status, out, _ = run_main(capsys, "--format", "json", "--select", "LL1", *paths)
    assert status in (0, 1)
    assert len(json.loads(out)["files"]) == len(paths)
    assert spacy_calls["load"] == [1]
    assert spacy_calls["judge_load"] == [], "the length check alone needs no judge"
    assert len(spacy_calls["pipe"]) == 1, "one nlp.pipe call for all the letters"
    sources = [read_path(path) for path in paths]
    from letterlint.letter.parse import PROSE_ROLES
    from letterlint.letter.structure import find_parts

    prose_parts = sum(
        1 for source in sources for part in find_parts(source.text) if part.role in PROSE_ROLES
    )
    assert spacy_calls["pipe"] == [prose_parts]


def test_the_trained_judge_loads_once_and_judges_all_sentences_in_one_batch(
    capsys: pytest.CaptureFixture[str], spacy_calls: dict[str, list[Any]]
) -> None:
    paths = sorted(CORPUS.glob("thanks-0*.txt"))
    status, _, _ = run_main(capsys, "--format", "json", "--select", "LL2,LL4", *paths)
    assert status in (0, 1)
    assert spacy_calls["load"] == [1] and spacy_calls["judge_load"] == [1]
    assert len(spacy_calls["judge_pipe"]) == 1


# --- output formats ---------------------------------------------------------------------------


def test_text_format_shape_without_colour(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "--select", "LL1", LONG_LETTER)
    assert status == 0
    assert not ANSI.search(out), "no colour when stdout is not a terminal"
    lines = out.splitlines()
    text = file_text(LONG_LETTER)
    source_lines = text.split("\n")
    heads = [(index, FINDING_LINE.match(line)) for index, line in enumerate(lines)]
    found = [(index, match) for index, match in heads if match]
    assert {match["code"] for _, match in found} == {"LL101", "LL102", "LL103", "LL106"}
    for index, match in found:
        assert match["path"] == str(LONG_LETTER)
        line, column = int(match["line"]), int(match["column"])
        quoted = lines[index + 1]
        caret = lines[index + 2]
        assert quoted == f"{line:>4} | {source_lines[line - 1]}"
        gutter = caret.index("| ") + 2
        assert caret[gutter:].startswith(" " * (column - 1) + "^")
        assert lines[index + 3].startswith("  help: ")
    ll102 = next(match for _, match in found if match["code"] == "LL102")
    assert ll102["severity"] == "warning" and ll102["message"].startswith("Paragraph 2 has")
    summary = [line for line in lines if line.startswith(f"{LONG_LETTER}: ")]
    assert len(summary) == 1 and re.search(r"score \d+/100, 5 findings", summary[0])


def test_text_format_with_colour_always(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "--select", "LL1", "--color", "always", LONG_LETTER)
    assert status == 0
    assert ANSI.search(out)
    plain = ANSI.sub("", out)
    assert any(FINDING_LINE.match(line) for line in plain.splitlines())
    status, out, _ = run_main(capsys, "--select", "LL1", "--color", "never", LONG_LETTER)
    assert not ANSI.search(out)


def test_text_format_is_coloured_on_a_terminal_by_default() -> None:
    """``--color auto`` (the default) colours only when stdout is a terminal."""
    text = run_in_terminal(
        "--select", "LL101", LONG_LETTER, env={**plain_environment(), "TERM": "xterm"}
    )
    assert ANSI.search(text)
    assert "LL101" in ANSI.sub("", text)


def test_python_dash_m_letterlint() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "letterlint", "--version"], capture_output=True, text=True,
        check=False, timeout=60,
    )
    assert (done.returncode, done.stdout.strip()) == (0, f"letterlint {letterlint.__version__}")


def test_no_path_reads_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LONG_LETTER.read_bytes())))
    status, out, _ = run_main(capsys, "--format", "json", "--select", "LL101")
    [file] = json.loads(out)["files"]
    assert (status, file["path"]) == (0, "<stdin>")
    assert [finding["code"] for finding in file["findings"]] == ["LL101"]


def test_text_format_caret_under_a_crlf_tabbed_line(linter: Linter) -> None:
    from letterlint.formatters.text import format_text

    sentence = "word " * 40
    text = f"Dear Ana,\r\n\r\nHi.\tThis is a long one: {sentence.strip()}.\r\n\r\nBest,\r\nSam\r\n"
    report = linter.lint(text, select=["LL106"])
    out = format_text([report], width=400)  # the whole line fits: no window
    lines = out.splitlines()
    head = next(index for index, line in enumerate(lines) if "LL106" in line)
    assert lines[head].startswith("<text>:3:5: LL106 [warning]")
    assert "\r" not in out
    assert lines[head + 1] == "   3 | Hi. This is a long one: " + sentence.strip() + "."
    assert lines[head + 2] == "     | " + " " * 4 + "^" * (len(lines[head + 1]) - 7 - 4)


def test_github_format_is_workflow_commands(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(capsys, "--format", "github", "--select", "LL1", LONG_LETTER)
    assert status == 0
    command = re.compile(
        r"^::(error|warning|notice) file=(?P<file>[^,]+),line=(\d+),col=(\d+),"
        r"endLine=(\d+),endColumn=(\d+),title=(?P<title>[^:]+)::(?P<message>[^\r\n]+)$"
    )
    lines = out.splitlines()
    assert len(lines) == 5
    for line in lines:
        match = command.match(line)
        assert match, line
        assert match["file"] == str(LONG_LETTER)
        assert re.match(r"^LL1\d\d [a-z-]+$", match["title"])
        assert "\n" not in match["message"]


def test_github_format_escapes_and_whole_letter_findings(linter: Linter) -> None:
    from letterlint.formatters.github import format_github

    report = linter.lint(SHORT_LETTER, select=["LL104"])
    [line] = format_github([report]).splitlines()
    assert line.startswith(f"::warning file={SHORT_LETTER},title=LL104 letter-too-short::")
    assert "line=" not in line


def test_sarif_format_is_well_formed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(
        capsys, "--format", "sarif", "--select", "LL1", LONG_LETTER, SHORT_LETTER
    )
    assert status == 0
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    [run] = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "letterlint"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == sorted(set(rule_ids))
    texts = {str(LONG_LETTER): file_text(LONG_LETTER), str(SHORT_LETTER): file_text(SHORT_LETTER)}
    assert len(run["results"]) == 6
    for result in run["results"]:
        assert result["ruleId"] in rule_ids
        assert result["level"] in ("error", "warning", "note")
        assert result["message"]["text"]
        [location] = result["locations"]
        physical = location["physicalLocation"]
        uri = physical["artifactLocation"]["uri"]
        assert uri.startswith("file:///")  # absolute paths are file URIs
        uri = unquote(urlsplit(uri).path)
        assert uri in texts
        region = physical["region"]
        if "startColumn" not in region:
            assert result["ruleId"] == "LL104" and region == {"startLine": 1}
            continue
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endLine"] >= region["startLine"]
        start, length = region["charOffset"], region["charLength"]
        assert length > 0 and texts[uri][start : start + length].strip()


def test_every_check_result_is_listed_even_when_skipped(linter: Linter) -> None:
    report = linter.lint(LONG_LETTER)
    assert [result.name for result in report.checks] == [
        check.name for check in BUILTIN_CHECKS if check.name != "grammar"
    ]
    for result in report.checks:
        assert (result.score is None) == (result.status is not Status.OK)


def test_json_parts_carry_a_page_breaks_gaps(linter: Linter) -> None:
    """A paragraph that runs across a PDF page break lists the page's number and
    header as its gaps; other parts have none."""
    path = ROOT / "corpus" / "layouts" / "202-pdf-page-break-mid-paragraph.txt"
    document = json.loads(format_json([linter.lint(path)]))
    validate(document)
    text = file_text(path)
    with_gaps = [part for part in document["files"][0]["parts"] if "gaps" in part]
    assert [part["role"] for part in with_gaps] == ["body"]
    [gap] = with_gaps[0]["gaps"]
    assert "Page 1 of 2" in text[gap["start"] : gap["end"]]
