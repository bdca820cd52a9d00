"""SARIF against the official 2.1.0 schema with format checks on: URI references
for awkward names and stdin, a region on every result, rule docs, columnKind."""

from __future__ import annotations

import copy
import json
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema  # type: ignore[import-untyped]
import pytest

from letterlint import Linter
from letterlint.formatters.sarif import artifact_location, format_sarif
from tests.cli_support import run_letterlint
from tests.conftest import CORPUS
from tests.sarif_support import sarif_validator

LETTER = (CORPUS / "thanks-03-teacher-vague.txt").read_text(encoding="utf-8")


def _email() -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Ortiz <sam@example.com>"
    message["To"] = "Dana Park <dana@brightline.example>"
    message["Subject"] = "Thank you, [Interviewer Name]"
    message["Date"] = "Tue, 03 Mar 2026 17:05:00 -0500"
    message.set_content(LETTER)
    return bytes(message)


def test_sarif_from_a_mixed_batch_validates_against_the_official_schema(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "my letter #2.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "mail.eml").write_bytes(_email())
    (tmp_path / "draft.md").write_text("# Thanks\n\n" + LETTER, encoding="utf-8")
    absolute = tmp_path / "abs 100%.txt"
    absolute.write_text(LETTER, encoding="utf-8")
    run = run_letterlint(
        "--isolated", "--format", "sarif", "plain.txt", "my letter #2.txt", "mail.eml",
        "draft.md", "-", absolute, stdin=LETTER.encode(), cwd=tmp_path,
    )
    assert run.status == 1, run.stderr  # LL601 in the subject is an error
    sarif = json.loads(run.stdout)
    sarif_validator().validate(sarif)
    [sarif_run] = sarif["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    uris = {
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for result in sarif_run["results"]
    }
    assert uris == {
        "plain.txt", "my%20letter%20%232.txt", "mail.eml", "draft.md", "stdin",
        absolute.as_uri(),
    }
    assert unquote(urlsplit(absolute.as_uri()).path) == str(absolute)
    for result in sarif_run["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
    rules = {rule["id"]: rule for rule in sarif_run["tool"]["driver"]["rules"]}
    assert {result["ruleId"] for result in sarif_run["results"]} == set(rules)
    explained = run_letterlint("explain", "LL601")
    assert rules["LL601"]["help"]["text"] == explained.stdout
    assert rules["LL601"]["shortDescription"]["text"] == explained.stdout.splitlines()[1]
    assert rules["LL601"]["fullDescription"]["text"]


def test_whole_letter_and_header_findings_have_a_region(tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(_email())
    run = run_letterlint("--isolated", "--format", "sarif", "--select", "LL2,LL601", path)
    results = json.loads(run.stdout)["runs"][0]["results"]
    lines = path.read_text().splitlines()
    subject = next(result for result in results if "subject line" in result["message"]["text"])
    region = subject["locations"][0]["physicalLocation"]["region"]
    assert lines[region["startLine"] - 1].startswith("Subject:")
    whole = [result for result in results if result["ruleId"].startswith("LL2")]
    assert whole and all(
        result["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
        for result in whole
    )


def test_the_validator_checks_uri_formats(linter: Linter) -> None:
    """Format checks are on: what 0.1.0 wrote for a name with a space fails."""
    document = json.loads(format_sarif([linter.lint(LETTER)]))
    sarif_validator().validate(document)
    broken = copy.deepcopy(document)
    location = broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    location["artifactLocation"]["uri"] = "my letter #2.txt"
    with pytest.raises(jsonschema.ValidationError, match="uri-reference"):
        sarif_validator().validate(broken)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("a b.txt", "a%20b.txt"),
        ("notes/#1.md", "notes/%231.md"),
        ("a:b.txt", "a%3Ab.txt"),  # not read as a URI with the scheme "a"
        ("caf\u00e9.txt", "caf%C3%A9.txt"),
        ("bad\udcff.txt", "bad%FF.txt"),  # a name that is not UTF-8
        (None, "stdin"),
        ("<stdin>", "stdin"),
        ("/tmp/x y.txt", "file:///tmp/x%20y.txt"),
    ],
)
def test_artifact_locations_are_uri_references(path: str | None, uri: str) -> None:
    assert artifact_location(path)["uri"] == uri
