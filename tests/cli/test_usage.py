"""What scripts rely on: one-sentence usage errors, config found from
``--stdin-filename``, ``--quiet``, ``--statistics``, ``--output-file`` and the exit
statuses in ``--help``."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from letterlint.cli import main
from tests.cli_support import run_letterlint
from tests.conftest import CORPUS

STIFF = (
    "Dear Ms. Park,\n\nThank you for talking with me today about the support lead role. "
    "We utilised every channel at Fernway and I would commence in May.\n\nBest,\nSam Ortiz\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--frobnicate", "x.txt"], "unknown option --frobnicate; see `letterlint --help`."),
        (["--fix-it", "--nope", "x.txt"], "unknown options --fix-it, --nope; see "
         "`letterlint --help`."),
        (["--jobs", "many"], "argument --jobs/-j: invalid int value: 'many'; see "
         "`letterlint --help`."),
        (["explain"], "the following arguments are required: code; see "
         "`letterlint explain --help`."),
        (["rules", "--wide"], "unknown option --wide; see `letterlint rules --help`."),
    ],
)
def test_a_bad_command_line_is_one_sentence_not_the_usage_block(
    args: list[str], sentence: str
) -> None:
    run = run_letterlint(*args)
    assert (run.status, run.stdout) == (2, "")
    assert run.stderr_lines == [f"letterlint: error: {sentence}"]


def test_help_lists_the_exit_statuses() -> None:
    run = run_letterlint("--help")
    assert run.status == 0
    assert "exit status:\n  0  no letter tripped the gate" in run.stdout
    assert "\n  1  the gate tripped" in run.stdout and "\n  2  a usage, config" in run.stdout


def test_stdin_filename_finds_config_from_the_named_folder(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "letterlint.toml").write_text('select = ["LL302"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(STIFF.encode())))
    _, out, _ = run(capsys, "--format", "json", "--stdin-filename", folder / "draft.txt", "-")
    [file] = json.loads(out)["files"]
    assert {finding["code"] for finding in file["findings"]} == {"LL302"}
    assert file["path"] == str(folder / "draft.txt")


def test_quiet_prints_nothing_on_success_and_only_failing_summaries(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STIFF)
    status, out, err = run(capsys, "--quiet", "--select", "LL3", good)
    assert (status, out, err) == (0, "", "")
    status, out, _ = run(capsys, "-q", "--select", "LL3", "--fail-on", "info", good)
    assert status == 1
    assert out == f"{good}: thank-you, score {out.split('score ')[1].split('/')[0]}/100, " \
        "2 findings — failed\n"


def test_statistics_counts_findings_per_code(capsys: pytest.CaptureFixture[str]) -> None:
    letters = sorted(CORPUS.glob("thanks-0*.txt"))[:4]
    _, out, _ = run(capsys, "--statistics", "--select", "LL3", *letters)
    _, document, _ = run(capsys, "--format", "json", "--select", "LL3", *letters)
    expected: dict[str, int] = {}
    for file in json.loads(document)["files"]:
        for finding in file["findings"]:
            expected[finding["code"]] = expected.get(finding["code"], 0) + 1
    rows = [line.split("\t") for line in out.splitlines()]
    assert {code: int(count) for count, code, _ in rows} == expected
    counts = [int(count) for count, _, _ in rows]
    assert counts == sorted(counts, reverse=True)
    _, as_json, _ = run(capsys, "--statistics", "--format", "json", "--select", "LL3", *letters)
    assert {row["code"]: row["count"] for row in json.loads(as_json)} == expected


def test_output_file_is_written_whole_and_stdout_stays_empty(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o600)
    status, out, _ = run(capsys, "--format", "json", "--select", "LL3", "--output-file", target,
                         CORPUS / "thanks-03-teacher-vague.txt")
    assert status in (0, 1) and out == ""
    assert json.loads(target.read_text())["schema_version"] == 1
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)
    assert os.listdir(tmp_path) == ["report.json"]
    status, _, err = run(capsys, "--output-file", tmp_path / "no" / "r.txt",
                         CORPUS / "thanks-03-teacher-vague.txt")
    assert status == 2 and len(err.splitlines()) == 1 and "no file was changed" in err
