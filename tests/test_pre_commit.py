"""The pre-commit hook: the real ``pre-commit`` framework, in a scratch git
repository whose ``.pre-commit-config.yaml`` is the README's snippet pointing at
this repository (a clone holding the working tree, committed, as the hook repo),
installs letterlint from it and blocks a bad letter while passing a good one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from tests.cli_support import ROOT, plain_environment

GOOD = """Dear Ms. Lee,

Thank you for meeting with me on Tuesday to talk about the analyst role. I enjoyed
hearing how your team rebuilt the churn dashboard in a single quarter.

At Fernway I cut our monthly reporting from three days to four hours by moving it to
dbt, and I would bring the same habit of automating the dull parts to your team.

I'm excited about the chance to help Brightline's customers renew, and I look
forward to hearing from you.

Best,
Sam Ortiz
"""
BAD = GOOD.replace("Dear Ms. Lee,", "Dear [Hiring Manager's Name],")
_GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
}


def readme_snippet() -> dict[str, object]:
    """The README's ``.pre-commit-config.yaml``."""
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text("utf-8"), re.S)
    [snippet] = [block for block in blocks if "id: letterlint" in block]
    config = yaml.safe_load(snippet)
    assert isinstance(config, dict)
    return config


def git(*args: str, cwd: Path, env: Mapping[str, str]) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, env=dict(env), capture_output=True,
                          text=True, check=True)
    return done.stdout.strip()


def hook_repository(where: Path, env: Mapping[str, str]) -> tuple[Path, str]:
    """A clone of this repository with its working tree committed: the hook repo and rev."""
    git("clone", "-q", "--shared", str(ROOT), str(where), cwd=ROOT, env=env)
    listed = git("ls-files", "-co", "--exclude-standard", "-z", cwd=ROOT, env=env)
    for name in filter(None, listed.split("\0")):
        source, target = ROOT / name, where / name
        if source.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        elif target.exists():
            target.unlink()  # deleted in the working tree
    git("add", "-A", cwd=where, env=env)
    git("commit", "-q", "--allow-empty", "-m", "the working tree under test", cwd=where, env=env)
    return where, git("rev-parse", "HEAD", cwd=where, env=env)


def pre_commit(*args: str, cwd: Path, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("pre-commit")
    return subprocess.run([str(command), *args], cwd=cwd, env=dict(env), capture_output=True,
                          text=True, timeout=1200, check=False)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    base = tmp_path_factory.mktemp("pre-commit")
    env = {
        key: value for key, value in plain_environment().items()
        if not key.startswith(("LETTERLINT_", "LTP_", "GIT_", "PRE_COMMIT"))
    }
    env |= _GIT_IDENTITY | {
        "PRE_COMMIT_HOME": str(base / "cache"),  # a fresh hook environment, installed here
        "LTP_PATH": str(base / "no-languagetool"),  # no LanguageTool download to find
    }
    hooks, rev = hook_repository(base / "letterlint", env)
    repo = base / "letters-repo"
    repo.mkdir()
    git("init", "-q", cwd=repo, env=env)
    config = readme_snippet()
    [entry] = config["repos"]  # type: ignore[index]
    entry |= {"repo": str(hooks), "rev": rev}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    (repo / "letters").mkdir()
    (repo / "letters" / "brightline.txt").write_text(GOOD)
    (repo / "README.md").write_text(BAD)  # outside letters/: the snippet's files: skips it
    git("add", "-A", cwd=repo, env=env)
    installed = pre_commit("install-hooks", cwd=repo, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repo, env


def test_run_all_files_passes_a_good_letter_and_blocks_a_bad_one(
    scratch: tuple[Path, dict[str, str]],
) -> None:
    repo, env = scratch
    good = pre_commit("run", "--all-files", cwd=repo, env=env)
    assert good.returncode == 0, good.stdout + good.stderr
    assert re.search(r"letterlint \(interview letters\)\.+Passed", good.stdout)

    (repo / "letters" / "acme.txt").write_text(BAD)
    git("add", "-A", cwd=repo, env=env)
    bad = pre_commit("run", "--all-files", cwd=repo, env=env)
    assert bad.returncode == 1
    assert re.search(r"letterlint \(interview letters\)\.+Failed", bad.stdout)
    assert re.search(r"letters/acme\.txt:1:6: LL601 \[error\]", bad.stdout), bad.stdout
    assert "README.md" not in bad.stdout

    # as a git hook: the commit is refused and nothing is committed
    assert pre_commit("install", cwd=repo, env=env).returncode == 0
    commit = subprocess.run(["git", "commit", "-m", "letters"], cwd=repo, env=env,
                            capture_output=True, text=True, check=False)
    assert commit.returncode != 0
    assert "LL601" in commit.stdout + commit.stderr
    head = subprocess.run(["git", "rev-parse", "--verify", "HEAD"], cwd=repo, env=env,
                          capture_output=True, check=False)
    assert head.returncode != 0  # still no commit
    (repo / "letters" / "acme.txt").unlink()
    git("add", "-A", cwd=repo, env=env)


def test_the_hook_gets_languagetool_from_the_environment(
    scratch: tuple[Path, dict[str, str]],
) -> None:
    from tests.grammar_support import require_languagetool

    require_languagetool()
    repo, env = scratch
    (repo / "letterlint.toml").write_text("require-grammar = true\n")
    git("add", "-A", cwd=repo, env=env)
    try:
        # letterlint installed by pre-commit has no LanguageTool of its own
        without = pre_commit("run", "--all-files", cwd=repo, env=env)
        assert without.returncode != 0
        assert "LanguageTool" in without.stdout, without.stdout
        home = {"LETTERLINT_LANGUAGETOOL_HOME": str(ROOT / ".languagetool")}
        with_home = pre_commit("run", "--all-files", cwd=repo, env=env | home)
        assert with_home.returncode == 0, with_home.stdout + with_home.stderr
    finally:
        (repo / "letterlint.toml").unlink()
        git("add", "-A", cwd=repo, env=env)


def test_the_manifest_is_valid() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PRE_COMMIT")}
    checked = pre_commit("validate-manifest", str(ROOT / ".pre-commit-hooks.yaml"), cwd=ROOT,
                         env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["require_serial"] is True
