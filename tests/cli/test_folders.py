"""Folders of letters, ruff's way: every letter file under a folder, sorted, hidden
folders and ``exclude`` skipped, ``per-file-ignores``; through the CLI and the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letterlint import ConfigError, Linter
from letterlint.cli import main
from letterlint.config import load_config
from letterlint.files import letter_files, per_file_ignored

LETTER = (
    "Dear Ms. Park,\n\nThank you for talking with me today about the support lead role. "
    "We utilised every channel at Fernway.\n\nYours faithfully,\nSam Ortiz\n"
)
ONLY = ("--select", "LL302,LL303")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "applications"
    for name in ("b.txt", "a.md", "notes.json", "README.md", "old/c.txt", "old/keep.txt",
                 ".git/d.txt", "drafts/.e.txt", "node_modules/f.txt", "z/skip-me.txt"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LETTER)
    (root / "letterlint.toml").write_text(
        'extend-exclude = ["skip-*.txt", "old/c.txt"]\n'
        '[per-file-ignores]\n"old/*.txt" = ["LL303"]\n"*.md" = ["stiff-word"]\n'
    )
    return root


def test_a_folder_lints_every_letter_file_sorted_skipping_hidden_and_excluded(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    status, out, err = run(capsys, "--format", "json", *ONLY, tree)
    assert status == 0
    assert err == ""
    files = json.loads(out)["files"]
    assert [Path(f["path"]).relative_to(tree).as_posix() for f in files] == [
        "a.md", "b.txt", "old/keep.txt"
    ]
    codes = {Path(f["path"]).name: sorted(x["code"] for x in f["findings"]) for f in files}
    assert codes == {"a.md": ["LL303"], "b.txt": ["LL302", "LL303"], "keep.txt": ["LL302"]}


def test_a_file_named_on_the_command_line_is_linted_unless_force_exclude(
    capsys: pytest.CaptureFixture[str], tree: Path
) -> None:
    excluded = tree / "z" / "skip-me.txt"
    _, out, _ = run(capsys, "--format", "json", *ONLY, excluded)
    assert len(json.loads(out)["files"]) == 1
    _, out, _ = run(capsys, "--format", "json", "--force-exclude", *ONLY, excluded, tree / "b.txt")
    assert [Path(f["path"]).name for f in json.loads(out)["files"]] == ["b.txt"]


def test_exclude_replaces_the_defaults(capsys: pytest.CaptureFixture[str], tree: Path) -> None:
    (tree / "letterlint.toml").write_text('exclude = ["old"]\n')
    _, out, _ = run(capsys, "--format", "json", *ONLY, tree)
    names = [Path(f["path"]).relative_to(tree).as_posix() for f in json.loads(out)["files"]]
    assert names == ["README.md", "a.md", "b.txt", "node_modules/f.txt", "z/skip-me.txt"]


def test_a_folder_without_letters_is_an_input_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "data.json").write_text("{}")
    status, out, err = run(capsys, tmp_path)
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1 and "no letter files" in err


def test_per_file_ignores_through_the_api(tree: Path) -> None:
    config = load_config(tree / "letterlint.toml")
    assert per_file_ignored(str(tree / "old" / "keep.txt"), config) == ("LL303",)
    assert per_file_ignored(str(tree / "b.txt"), config) == ()
    with Linter(config, select=["LL302", "LL303"]) as linter:
        kept = linter.lint(tree / "old" / "keep.txt")
        plain = linter.lint(tree / "b.txt")
    assert sorted(kept.codes()) == ["LL302"]
    assert sorted(plain.codes()) == ["LL302", "LL303"]


def test_letter_files_through_the_api(tree: Path) -> None:
    config = load_config(tree / "letterlint.toml")
    found, empty = letter_files([str(tree)], lambda path: config)
    assert [Path(p).name for p in found] == ["a.md", "b.txt", "keep.txt"]
    assert empty == []


@pytest.mark.parametrize(
    ("setting", "complaint"),
    [
        ('exclude = "old"\n', "exclude must be a list of glob patterns (strings), not a string"),
        ("extend-exclude = [1]\n", "extend-exclude must be a list of glob patterns (strings), "
         "not a list with other items"),
        ('per-file-ignores = ["a"]\n', "per-file-ignores must be a table of glob pattern = "
         "list of rule codes or names, not a list"),
        ('[per-file-ignores]\n"*.md" = "LL302"\n', "per-file-ignores '*.md' must be a list of "
         "rule codes or names, not a string"),
        ("report-unused-suppressions = 1\n", "report-unused-suppressions must be true or "
         "false, not a whole number"),
    ],
)
def test_wrong_types_are_config_errors_naming_key_type_and_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, setting: str, complaint: str
) -> None:
    config = tmp_path / "letterlint.toml"
    config.write_text(setting)
    with pytest.raises(ConfigError, match=r"letterlint\.toml"):
        load_config(config)
    (tmp_path / "a.txt").write_text(LETTER)
    status, out, err = run(capsys, tmp_path / "a.txt")
    assert (status, out) == (2, "")
    assert err.splitlines() == [f"letterlint: error: {config}: {complaint}; fix the setting."]


def test_unknown_code_in_per_file_ignores_is_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "letterlint.toml").write_text('[per-file-ignores]\n"*.txt" = ["LL999"]\n')
    (tmp_path / "a.txt").write_text(LETTER)
    status, _, err = run(capsys, tmp_path / "a.txt")
    assert status == 2 and "unknown rule 'LL999'" in err
