"""The concise format editors' problem matchers read, and ``rules --format json``."""

from __future__ import annotations

import json
import re
from pathlib import Path

from letterlint import Linter
from letterlint.formatters.concise import format_concise
from letterlint.registry import Registry
from tests.cli_support import run_letterlint
from tests.conftest import CORPUS

# What Vim's errorformat %f:%l:%c: %m and a VS Code problemMatcher would use.
MATCHER = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<code>[A-Z]+\d+) (?P<message>.+)$"
)
LONG = CORPUS / "thanks-30-postdoc-long.txt"
SHORT = CORPUS / "thanks-05-retail-oneliner.txt"


def test_one_line_per_finding_and_a_summary_no_matcher_takes(tmp_path: Path) -> None:
    run = run_letterlint("--isolated", "--format", "concise", LONG, SHORT)
    assert run.status in (0, 1), run.stderr
    document = json.loads(run_letterlint("--isolated", "--format", "json", LONG, SHORT).stdout)
    expected = [
        (file["path"], finding["file_line"] or 1, finding["file_column"] or 1, finding["code"],
         finding["message"])
        for file in document["files"]
        for finding in file["findings"]
    ]
    lines = run.stdout.splitlines()
    matched = [MATCHER.match(line) for line in lines]
    got = [
        (match["file"], int(match["line"]), int(match["column"]), match["code"], match["message"])
        for match in matched
        if match
    ]
    assert got == expected
    summaries = [line for line, match in zip(lines, matched, strict=True) if not match]
    assert len(summaries) >= 2 and all(line.startswith("# ") for line in summaries)
    assert any(re.search(r"score \d+/100, \d+ findings?, (passed|failed)", line)
               for line in summaries)


def test_whole_letter_findings_are_at_line_1_column_1(linter: Linter) -> None:
    report = linter.lint(SHORT, select=["LL104", "LL201"])
    lines = format_concise([report]).splitlines()
    assert lines[0] == f"{SHORT}:1:1: LL104 " + report.findings[0].message
    assert all(line.startswith(f"{SHORT}:1:1: ") for line in lines[:-1])
    assert lines[-1].startswith(f"# {SHORT} ")


def test_rules_format_json_lists_every_rule_with_its_docs() -> None:
    run = run_letterlint("rules", "--format", "json")
    assert run.status == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["schema_version"] == 1
    codes = [rule["code"] for rule in document["rules"]]
    assert codes == [rule.code for _, rule in Registry.default().rules()]
    ll301 = next(rule for rule in document["rules"] if rule["code"] == "LL301")
    assert ll301["check"] == "phrasing" and ll301["rule"] == "stock-phrase"
    assert ll301["explanation"] == run_letterlint("explain", "LL301").stdout
    for key in ("severity", "summary", "what", "why", "example", "instead"):
        assert ll301[key]
    text = run_letterlint("rules").stdout.splitlines()
    assert len(text) == len(codes)
    bad = run_letterlint("rules", "--format", "xml")
    assert bad.status == 2
