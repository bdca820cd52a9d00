"""The README's examples run and say what they print.

- ```python blocks run as scripts from the repository root, each in a fresh
  interpreter. A ``print(...)`` line ending in ``# text`` must print exactly
  ``text``.
- ```console blocks: each ``letterlint`` command (after ``$ ``, or a ``&&`` step of
  the set-up line) runs when every file it names exists in the repository; it
  must not fail with a usage error or a traceback. Commands on placeholder
  files (``draft.txt``) are skipped.
- ```toml blocks parse; one holding ``[tool.letterlint]`` must be a config that
  letterlint accepts.

Put ``<!-- readme-test: skip -->`` on the line before a fence to leave a block
out (for an example that needs a file the repository does not have).
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from letterlint.config import load_config
from letterlint.registry import Registry
from tests.cli_support import ROOT, plain_environment, run_letterlint

README = ROOT / "README.md"
SKIP_MARKER = "<!-- readme-test: skip -->"
_FENCE = re.compile(r"^```(\w*)\s*$")
_EXPECTED_PRINT = re.compile(r"^(?P<indent>\s*)print\((?P<args>.*)\)\s*#\s?(?P<expected>.*\S)\s*$")
_PATH_LIKE = re.compile(r"(^|/)[\w.*-]+\.(txt|eml|docx|md|markdown|html|htm|toml)$")


@dataclass(frozen=True)
class Block:
    language: str
    code: str
    line: int  # 1-based line of the opening fence
    skipped: bool

    @property
    def id(self) -> str:
        return f"{self.language}-line{self.line}"


def readme_blocks() -> list[Block]:
    if not README.exists():
        return []
    lines = README.read_text("utf-8").splitlines()
    blocks, index = [], 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not lines[end].startswith("```"):
            end += 1
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        blocks.append(
            Block(
                language=fence.group(1),
                code="\n".join(lines[index + 1 : end]) + "\n",
                line=index + 1,
                skipped=previous.strip() == SKIP_MARKER,
            )
        )
        index = end + 1
    return blocks


def blocks_of(language: str) -> list[Block]:
    return [block for block in readme_blocks() if block.language == language]


def with_expectations(code: str) -> str:
    """Turn ``print(x)  # text`` lines into checks that print x and compare it."""
    prelude = (
        "def __readme_expect(expected, line, *values):\n"
        "    shown = ' '.join(str(value) for value in values)\n"
        "    print(shown)\n"
        "    if shown != expected:\n"
        "        raise AssertionError(\n"
        "            f'README line {line}: printed {shown!r}, the README says {expected!r}')\n"
    )
    out = []
    for number, line in enumerate(code.splitlines(), start=1):
        match = _EXPECTED_PRINT.match(line)
        if match:
            line = (
                f"{match['indent']}__readme_expect({match['expected']!r}, {number}, "
                f"{match['args']})"
            )
        out.append(line)
    return prelude + "\n".join(out) + "\n"


def test_readme_exists_with_examples() -> None:
    assert README.exists(), "README.md is part of issue 2"
    assert blocks_of("python"), "the README has Python examples"
    assert blocks_of("console"), "the README has command-line examples"


@pytest.mark.parametrize("block", blocks_of("python"), ids=lambda block: block.id)
def test_python_example_runs(block: Block) -> None:
    if block.skipped:
        pytest.skip(f"marked {SKIP_MARKER}")
    done = subprocess.run(
        [sys.executable, "-c", with_expectations(block.code)],
        cwd=ROOT,
        env=plain_environment(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, (
        f"README.md line {block.line}: the example failed "
        f"(mark it {SKIP_MARKER} if it cannot run as is)\n{done.stderr}"
    )


def letterlint_commands(code: str) -> list[str]:
    """The letterlint invocations in a console block."""
    commands = []
    for raw in code.splitlines():
        line = raw.strip()
        if line.startswith("$ "):
            line = line[2:]
        elif "letterlint" not in line.split("&&")[-1] or line.startswith(("#", "letterlint:")):
            continue
        for step in line.split("&&"):
            step = re.sub(r"\s+#.*$", "", step).strip()
            words = shlex.split(step) if step else []
            if words and Path(words[0]).name == "letterlint":
                commands.append(step)
    return commands


def runnable(command: str) -> bool:
    words = shlex.split(command)
    paths = [word for word in words[1:] if _PATH_LIKE.search(word) and not word.startswith("-")]
    return all("*" not in path and (ROOT / path).exists() for path in paths)


def console_commands() -> list[tuple[Block, str]]:
    return [
        (block, command)
        for block in blocks_of("console")
        if not block.skipped
        for command in letterlint_commands(block.code)
    ]


@pytest.mark.parametrize(
    ("block", "command"), console_commands(), ids=lambda item: getattr(item, "id", str(item))
)
def test_console_example_runs(block: Block, command: str) -> None:
    if not runnable(command):
        pytest.skip("names a file the repository does not have")
    arguments = shlex.split(command)[1:]
    run = run_letterlint(*arguments, timeout=300)
    assert "Traceback" not in run.stderr
    assert run.status in (0, 1), f"README.md line {block.line}: `{command}`\n{run.stderr}"
    assert run.stdout.strip(), "the example prints something"


def test_setup_command_lints_a_corpus_letter_and_prints_findings() -> None:
    """The first set-up command ends by linting an example letter."""
    setup = [
        command
        for block in blocks_of("console")
        for command in letterlint_commands(block.code)
        if "corpus/" in command
    ]
    assert setup, "the set-up command lints a letter from corpus/"
    run = run_letterlint(*shlex.split(setup[0])[1:], timeout=300)
    assert run.status in (0, 1), run.stderr
    assert re.search(r"^\S+:\d+:\d+: LL\d{3} \[(error|warning|info)\] ", run.stdout, re.M) or (
        re.search(r"^\S+: LL\d{3} \[", run.stdout, re.M)
    ), run.stdout


@pytest.mark.parametrize("block", blocks_of("toml"), ids=lambda block: block.id)
def test_toml_example_is_valid(block: Block, tmp_path: Path) -> None:
    if block.skipped:
        pytest.skip(f"marked {SKIP_MARKER}")
    try:
        table = tomllib.loads(block.code)
    except tomllib.TOMLDecodeError as error:
        pytest.fail(f"README.md line {block.line}: the TOML example is not valid TOML ({error})")
    if "letterlint" not in table.get("tool", {}):
        return
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(block.code, "utf-8")
    config = load_config(pyproject)
    Registry.default().validate(config)
