"""The grammar check (LL5xx) against the real LanguageTool that
scripts/fetch-languagetool.sh assembles, started once for the session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from letterlint import Linter, Report, Rule, Status
from letterlint.checks.grammar import DISABLED_CATEGORIES, DISABLED_RULES, GrammarCheck, quote
from letterlint.languagetool.client import LanguageToolClient
from letterlint.letter.nlp import Pipeline
from letterlint.model import Finding, Span
from tests.conftest import ROOT
from tests.grammar_support import grammar_linter_on, owned_java_pids, require_languagetool

LETTER = (
    "Dear Ms. Okonkwo,\n\n"
    "Thank you for meeting with me on Tuesday. I has went over my notes from our talk "
    "about the clinic in Leeds, and I was glad to recieve alot of detail about the rota.\n\n"
    "Best regards,\nSam Whitfield\n"
)
CLEAN = (
    "Dear Ms. Okonkwo,\n\n"
    "Thank you for meeting with me on Tuesday. I enjoyed hearing how your team plans "
    "to open a second clinic in Leeds next spring.\n\n"
    "In my current role I cut the wait for new patients from three weeks to eight days, "
    "and I would love to bring that experience to your clinic.\n\n"
    "I am very interested in the role and happy to share more.\n\n"
    "Best regards,\nSam Whitfield\n"
)


@pytest.fixture(scope="session")
def grammar_linter(pipeline: Pipeline) -> Iterator[Linter]:
    """One Linter, so one LanguageTool server, for every test in this module."""
    with grammar_linter_on(pipeline) as linter:
        yield linter


def grammar_findings(report: Report) -> list[Finding]:
    result = report.check("grammar")
    assert result is not None
    assert result.status is Status.OK, result.reason
    return list(result.findings)


def spans_of(report: Report, code_prefix: str = "LL5") -> dict[str, Finding]:
    return {
        finding.span.of(report.text): finding
        for finding in grammar_findings(report)
        if finding.span is not None and finding.code.startswith(code_prefix)
    }


def test_has_went_is_a_grammar_finding_at_languagetools_span(grammar_linter: Linter) -> None:
    report = grammar_linter.lint(LETTER)
    found = spans_of(report, "LL502")
    start = LETTER.index("has went")
    covered = [f.span for f in found.values() if f.span and Span(start, start + 8).overlaps(f.span)]
    assert covered, f"no LL502 on 'has went': {sorted(found)}"
    # LanguageTool's spans for the error: 'has' and/or 'went', or both words.
    assert {span.of(LETTER) for span in covered} <= {"has", "went", "has went"}
    assert min(span.start for span in covered) >= start
    assert max(span.end for span in covered) <= start + len("has went")


def test_misspellings_are_found_at_their_exact_spans(grammar_linter: Linter) -> None:
    report = grammar_linter.lint(LETTER)
    found = spans_of(report, "LL501")
    assert {"recieve", "alot"} <= set(found)
    recieve = found["recieve"]
    assert recieve.span == Span(LETTER.index("recieve"), LETTER.index("recieve") + 7)
    assert recieve.message.startswith("'recieve': ")
    assert "[MORFOLOGIK_RULE_EN_US]" in recieve.message
    assert recieve.metadata["languagetool_rule"] == "MORFOLOGIK_RULE_EN_US"
    assert recieve.metadata["languagetool_category"] == "TYPOS"
    assert recieve.suggestion is not None and "'receive'" in recieve.suggestion
    assert "a lot" in found["alot"].metadata["replacements"]


def test_a_clean_letter_has_no_grammar_findings(grammar_linter: Linter) -> None:
    report = grammar_linter.lint(CLEAN)
    assert grammar_findings(report) == []
    grammar = report.check("grammar")
    assert grammar is not None and grammar.score == 100
    assert str(grammar.metrics["languagetool"]).startswith("local LanguageTool 6.8 at http://127.0.0.1:")


def test_emoji_before_an_error_does_not_shift_its_span(grammar_linter: Linter) -> None:
    text = LETTER.replace("Thank you", "Thank you 🙏😀 (and 𝒯hanks)")
    report = grammar_linter.lint(text)
    found = spans_of(report, "LL501")
    assert "recieve" in found and "alot" in found
    assert found["recieve"].span == Span(text.index("recieve"), text.index("recieve") + 7)
    assert found["alot"].span == Span(text.index("alot"), text.index("alot") + 4)


def test_crlf_letters_keep_their_offsets(grammar_linter: Linter) -> None:
    text = LETTER.replace("\n", "\r\n")
    found = spans_of(grammar_linter.lint(text), "LL501")
    assert found["recieve"].span == Span(text.index("recieve"), text.index("recieve") + 7)


def test_names_from_the_context_salutation_and_signature_are_not_misspellings(
    grammar_linter: Linter,
) -> None:
    text = (
        "Dear Ms. Nwachukwu-Adeyemi,\n\n"
        "Thank you for showing me around Zorblex on Tuesday. Ms. Nwachukwu-Adeyemi's "
        "tour of the Qorvathe lab was the highlight, and Tarquiniel's demo too. I learned "
        "alot.\n\n"
        "Best regards,\nSam Vexhollow\n"
    )
    report = grammar_linter.lint(text, company="Zorblex", interviewer="Tarquiniel")
    flagged = set(spans_of(report, "LL501"))
    assert not any(name in word for word in flagged
                   for name in ("Zorblex", "Tarquiniel", "Nwachukwu", "Vexhollow"))
    assert "alot" in flagged  # a misspelling that is no name is still flagged
    grammar = report.check("grammar")
    assert grammar is not None and grammar.metrics["ignored_matches"] >= 2


def test_names_the_letter_itself_uses_are_not_misspellings(grammar_linter: Linter) -> None:
    """No --company: the parse's proper nouns, capitalised inside a sentence or
    written twice, are names; a lower-case typo is still a typo."""
    text = (
        "Dear Dana,\n\n"
        "Thank you for showing me around Zorblex on Tuesday. The tour of the Qorvathe "
        "lab was the highlight. Vantrix is the platform I would most like to work on, and "
        "I recieved a demo of Vantrix from your team.\n\n"
        "Best,\nSam\n"
    )
    flagged = set(spans_of(grammar_linter.lint(text), "LL501"))
    assert flagged == {"recieved"}


def test_a_near_miss_of_a_given_or_more_frequent_name_is_still_flagged(
    grammar_linter: Linter,
) -> None:
    text = (
        "Dear Ms. Okonkow,\n\n"
        "Thank you for showing me around Brightlne on Tuesday. The Zorblex team and the "
        "Zorblex lab were great, and the Zorblx demo too.\n\n"
        "Best,\nSam\n"
    )
    assert "Brightlne" not in spans_of(grammar_linter.lint(text), "LL501")
    given = set(spans_of(
        grammar_linter.lint(text, company="Brightline", interviewer="Ms. Okonkwo"), "LL501"
    ))
    assert {"Brightlne", "Okonkow"} <= given  # near-misses of the names the user gave
    assert "Zorblx" in given and "Zorblex" not in given  # the letter's less frequent spelling


def test_cli_flags_a_near_miss_of_company_only(tmp_path: Path) -> None:
    path = tmp_path / "thanks.txt"
    path.write_text(
        "Dear Dana,\n\nThank you for showing me around Brightlne on Tuesday.\n\nBest,\nSam\n",
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if key != "LETTERLINT_LANGUAGETOOL_URL"}
    command = [sys.executable, "-m", "letterlint", "--isolated", "--format", "json",
               "--select", "LL501", "--require-grammar", str(path)]
    without = json.loads(subprocess.run(command, capture_output=True, env=env, check=False,
                                        timeout=300).stdout)
    assert without["files"][0]["findings"] == []
    given = json.loads(subprocess.run([*command, "--company", "Brightline"], capture_output=True,
                                      env=env, check=False, timeout=300).stdout)
    assert [finding["text"] for finding in given["files"][0]["findings"]] == ["Brightlne"]


def test_email_headers_name_people_and_organisation(pipeline: Pipeline) -> None:
    from letterlint.checks.grammar import letter_names
    from letterlint.letter.parse import parse_letters
    from letterlint.sources.read import Source

    source = Source(
        text="Dear Dana,\n\nThanks for today.\n\nSam\n", path="x.eml", format="email",
        extracted=True,
        headers={"From": "Sam Ortiz <sam@gmail.com>", "To": "Dana Wuxtrelle <dana@zorblex.io>"},
    )
    [letter] = parse_letters([source], pipeline, judge=False)
    names = letter_names(letter)
    assert {"wuxtrelle", "zorblex", "ortiz"} <= names and "gmail" not in names


def test_the_mail_domain_names_the_organisation(grammar_linter: Linter) -> None:
    # Written in lower case, the name is no proper noun of the parse: only the
    # pasted headers' mail domain says it is a name.
    body = "Dear Dana,\n\nThank you for showing me around the zorblex lab.\n\nBest,\nSam\n"
    assert "zorblex" in spans_of(grammar_linter.lint(body), "LL501")
    email = "From: Sam <sam@gmail.com>\nTo: Dana Wu <dana@zorblex.io>\n\n" + body
    assert "zorblex" not in spans_of(grammar_linter.lint(email), "LL501")


def test_only_prose_is_checked_not_headers_quotes_or_signature(grammar_linter: Linter) -> None:
    text = (
        "Subject: Thnak you - the interveiw\n\n"
        "Dear Ms. Park,\n\n"
        "Thank you for meeting with me today about the spring launch.\n\n"
        "Best,\nSam\nSenoir Desginer, Qwxlab\n\n"
        "> On Monday, Ms. Park wrote:\n> We has a slot on Tuesday for you interveiw.\n"
    )
    report = grammar_linter.lint(text)
    assert grammar_findings(report) == []
    body_error = text.replace("about the spring", "about teh spring")
    flagged = spans_of(grammar_linter.lint(body_error))
    assert set(flagged) == {"teh"}


def test_british_spelling_is_not_a_mistake_unless_us_english_is_asked_for(
    grammar_linter: Linter,
) -> None:
    text = CLEAN.replace("your team plans", "your organisation plans").replace(
        "next spring", "next spring as part of the programme"
    )
    auto = grammar_linter.lint(text)
    assert spans_of(auto) == {}
    grammar = auto.check("grammar")
    assert grammar is not None and grammar.metrics["language"] == "en-GB"
    us = grammar_linter.lint(text, grammar={"language": "en-US"})
    assert {"organisation", "programme"} <= set(spans_of(us, "LL501"))


@pytest.mark.parametrize(
    ("sentences", "languagetool_rule"),
    [
        ("I will return back the signed form and the advance planning notes.", "RETURN_BACK"),
        (
            "I enjoyed the tour. I liked the lab. I learned a lot. I want the job.",
            "ENGLISH_WORD_REPEAT_BEGINNING_RULE",
        ),
    ],
)
def test_phrasing_advice_is_left_to_the_phrasing_check(
    grammar_linter: Linter, sentences: str, languagetool_rule: str
) -> None:
    check = grammar_linter.check(GrammarCheck)
    assert isinstance(check, GrammarCheck)
    client: LanguageToolClient = check.languagetool(grammar_linter.config).connect()
    # LanguageTool itself flags the wordiness or the I-openers...
    raw = client.check(sentences, [Span(0, len(sentences))], "en-US")
    assert languagetool_rule in {match.rule_id for match in raw}
    # ...but the grammar check turns those rules off (LL3xx reports them).
    report = grammar_linter.lint(CLEAN.replace("I am very interested", f"{sentences} I am"))
    assert grammar_findings(report) == []
    assert languagetool_rule in DISABLED_RULES or "REDUNDANCY" in DISABLED_CATEGORIES


@pytest.mark.parametrize("rule", GrammarCheck.rules, ids=lambda rule: rule.code)
def test_rule_examples_fire_and_their_fixes_do_not(grammar_linter: Linter, rule: Rule) -> None:
    bad = grammar_linter.lint(rule.example, **dict(rule.example_options))
    assert rule.code in {finding.code for finding in grammar_findings(bad)}
    good = grammar_linter.lint(rule.instead, **dict(rule.options_for_instead))
    assert rule.code not in {finding.code for finding in grammar_findings(good)}
    for text in (rule.what, rule.why, rule.summary):
        assert text.strip()


def test_punctuation_only_matches_are_quoted_with_their_neighbours() -> None:
    text = "Thank you for meeting with me today , and for the tour."
    start = text.index(" ,")
    assert quote(text, Span(start, start + 2)) == "today , and"
    assert quote(text, Span(0, 5)) == "Thank"


def test_cli_json_has_the_grammar_finding_and_leaves_no_java_running(tmp_path: Path) -> None:
    require_languagetool()
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    env = {key: value for key, value in os.environ.items()
           if key != "LETTERLINT_LANGUAGETOOL_URL"}
    process = subprocess.Popen(
        [sys.executable, "-m", "letterlint", "--format", "json", "--isolated", "--select", "LL5",
         str(letter)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode in (0, 1), stderr
    document = json.loads(stdout)
    [file] = document["files"]
    [grammar] = [check for check in file["checks"] if check["name"] == "grammar"]
    assert grammar["status"] == "ok", grammar
    start = LETTER.index("has went")
    hits = [
        finding for finding in file["findings"]
        if finding["code"].startswith("LL5") and start <= finding["start"] < start + 8
    ]
    assert hits and all(LETTER[f["start"]:f["end"]] in ("has", "went", "has went") for f in hits)
    assert owned_java_pids(process.pid) == []


def test_worker_processes_share_the_one_languagetool_server(grammar_linter: Linter) -> None:
    """lint_many(n_process=2): the workers send their letters to the Linter's own
    server (its address is in every grammar result) and find what one process finds."""
    letters = [*sorted((ROOT / "corpus" / "letters").glob("*.txt"))[:6], LETTER]
    single = list(grammar_linter.lint_many(letters))
    spread = list(grammar_linter.lint_many(letters, n_process=2))
    assert spread == single
    servers = {report.check("grammar").metrics["languagetool"] for report in spread}  # type: ignore[union-attr]
    assert len(servers) == 1 and "127.0.0.1" in next(iter(servers))
    assert len(owned_java_pids(os.getpid())) == 1
