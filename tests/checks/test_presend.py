"""The pre-send check (LL6xx) on real parses: placeholders, the company, the
position, the interviewer's name, names used twice, attachments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from letterlint import Linter, Registry, Report
from letterlint.checks.presend.check import RULES, PresendCheck
from letterlint.cli import main
from letterlint.letter.nlp import Pipeline
from tests.conftest import CORPUS

BODY = (
    "Thank you for meeting with me today about the data analyst role. I enjoyed hearing "
    "how your team rebuilt the weekly forecast around store-level data.\n\n"
    "At Fernway I built the demand model our buyers use every Monday, which cut overstock "
    "by 12% in a year. {interest}\n\n"
    "Thanks again for your time.\n\nBest,\nSam Ortiz\n"
)
GOOD_INTEREST = "I'd love to bring that experience to Brightline."


def letter(salutation: str = "Dear Ms. Alvarez,", interest: str = GOOD_INTEREST) -> str:
    return f"{salutation}\n\n" + BODY.format(interest=interest)


def lint(linter: Linter, text: str, **options: Any) -> Report:
    return linter.lint(text, select=["presend"], **options)


def flagged(report: Report, code: str) -> list[str]:
    """The text each finding of ``code`` points at (its span sliced from the letter)."""
    return [
        report.text[finding.span.start : finding.span.end]
        for finding in report.findings
        if finding.code == code and finding.span is not None
    ]


def only(report: Report, code: str) -> Any:
    found = [finding for finding in report.findings if finding.code == code]
    assert len(found) == 1, f"expected one {code}, got {report.findings}"
    return found[0]


# --- every rule's documented examples ---------------------------------------------


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_rule_example_fires_and_instead_does_not(linter: Linter, rule: Any) -> None:
    for part in (rule.what, rule.why, rule.summary):
        assert part.strip()
    example = linter.lint(rule.example, **rule.example_options)
    instead = linter.lint(rule.instead, **rule.example_options)
    assert rule.code in example.codes()
    assert rule.code not in instead.codes()


# --- placeholders -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "slot"),
    [
        ("I'd love to join the team at [Company].", "[Company]"),
        ("Please pass my thanks to [Hiring Manager's Name].", "[Hiring Manager's Name]"),
        ("It was great to meet you, {{name}}.", "{{name}}"),
        ("It was great to meet you, {name}.", "{name}"),
        ("Please thank <Interviewer> for the tour.", "<Interviewer>"),
        ("I'm excited about the <Job Title> opening.", "<Job Title>"),
        ("I bring XX years of forecasting experience.", "XX"),
        ("I grew revenue by XXX% last year.", "XXX"),
        ("We spoke on XX March about the launch.", "XX"),
        ("My salary expectation is $XX,XXX a year.", "XX,XXX"),
        ("I'd love to join Company Name and help.", "Company Name"),
        ("My favourite part was INSERT SPECIFIC DETAIL here.", "INSERT SPECIFIC DETAIL"),
        ("My favourite part was (insert detail from the interview).",
         "(insert detail from the interview)"),
        ("The clinic opens TK and I'd love to help.", "TK"),
        ("I have ____ years of experience in retail.", "____"),
        ("Please pass my thanks to «First_Name».", "«First_Name»"),
        ("Thanks for interviewing me for the (position) role.", "(position)"),
        ("Please pass my thanks to (Last name) as well.", "(Last name)"),
        ("I met the team on (day/date) and loved it.", "(day/date)"),
        ("I admire the work XYZ Company does.", "XYZ Company"),
        ("COMPANY NAME stands out for its culture.", "COMPANY NAME"),
        ("Please thank Mr./Ms. Lee for me.", "Mr./Ms."),
        ("Please thank so-and-so in accounts for me.", "so-and-so"),
    ],
)
def test_placeholder_is_flagged_with_its_exact_span(
    linter: Linter, sentence: str, slot: str
) -> None:
    report = lint(linter, letter(interest=sentence))
    assert flagged(report, "LL601") == [slot]


@pytest.mark.parametrize(
    "signature",
    ["Best,\nYour Name", "Best,\n[Your Name]", "Best,\nYOUR NAME HERE", "Best,\n<Your Name>"],
)
def test_your_name_as_signature_is_a_placeholder(linter: Linter, signature: str) -> None:
    text = letter().replace("Best,\nSam Ortiz", signature)
    report = lint(linter, text)
    assert flagged(report, "LL601") == [signature.split("\n")[1]]
    assert "your own details" in (only(report, "LL601").suggestion or "")


def test_dear_mr_xx_is_a_name_slot(linter: Linter) -> None:
    report = lint(linter, letter(salutation="Dear Mr. XX,"))
    assert flagged(report, "LL601") == ["XX"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I read [the article](https://example.com/forecast) you mentioned.",
        "I've included the sample forecast (see attached).",
        'The sign said "Our commitment to transparancy [sic]" in huge type.',
        "Your paper on demand sensing [1] was a great read.",
        "The 2024 report [2024] covered the same ground.",
        "I watched Super Bowl XX with my grandfather.",
        "I worked weekends at TK Maxx during college.",
        "My email is sam@example.com and my site is <https://sam.example>.",
        "I kept my notes in the form [...] you suggested.",
        "I like how you call it [the team's] weekly ritual.",
        "Your charts keep settings like {{ .Values.region }} out of the templates.",
        "I met Dana (Sales Manager) and Lee (Head of Product).",
        "I'd welcome the (part of the) role that covers logistics (see my notes).",
        "An ABC/XYZ segmentation usually surfaces the slow movers.",
        "I spent two years (2019-2021) in a similar role.",
        "I loved hearing about the (new) onboarding plan for the team.",
        "I REALLY WANT THIS JOB, SO PLEASE REMEMBER MY NAME!",
    ],
)
def test_not_a_placeholder(linter: Linter, sentence: str) -> None:
    assert "LL601" not in lint(linter, letter(interest=sentence)).codes()


def test_placeholder_suggestion_uses_the_context(linter: Linter) -> None:
    report = lint(linter, letter(interest="I'd love to join [Company]."), company="Brightline")
    assert only(report, "LL601").suggestion == "Replace '[Company]' with 'Brightline'."


def test_email_addresses_in_a_drafts_header_are_not_placeholders(linter: Linter) -> None:
    text = "From: Sam Ortiz <sam@example.com>\nTo: Elena <elena@example.com>\n\n" + letter()
    assert "LL601" not in lint(linter, text).codes()


def test_corpus_placeholders_match_the_labels(linter: Linter) -> None:
    paths = sorted(CORPUS.glob("*.txt"))
    assert len(paths) > 50
    wrong = []
    for path, report in zip(paths, linter.lint_many(paths, select=["LL601"]), strict=True):
        expected = json.loads(path.with_suffix(".json").read_text("utf-8"))["has_placeholders"]
        if ("LL601" in report.codes()) != expected:
            wrong.append(f"{path.name}: labelled {expected}, found {sorted(report.codes())}")
    assert not wrong


# --- the salutation and the interviewer -------------------------------------------


@pytest.mark.parametrize("salutation", ["Dear ,", "Dear,", "Hi ,", "Dear Ms. ,"])
def test_salutation_without_a_name(linter: Linter, salutation: str) -> None:
    report = lint(linter, letter(salutation=salutation))
    assert flagged(report, "LL602") == [salutation]


@pytest.mark.parametrize("salutation", ["Hi,", "Hello,", "Dear Ms. Alvarez,", "Hi Elena,"])
def test_greeting_without_a_gap_is_fine(linter: Linter, salutation: str) -> None:
    assert "LL602" not in lint(linter, letter(salutation=salutation)).codes()


def test_misspelled_interviewer_suggests_the_spelling_given(linter: Linter) -> None:
    report = lint(linter, letter("Dear Ms. Alverez,"), interviewer="Ms. Alvarez")
    finding = only(report, "LL605")
    assert flagged(report, "LL605") == ["Ms. Alverez"]
    assert finding.suggestion == "Write 'Ms. Alvarez'."
    assert "Ms. Alverez" in finding.message


@pytest.mark.parametrize(
    ("salutation", "interviewer", "expected"),
    [
        ("Dear Mrs. Alvarez,", "Ms. Alvarez", "Write 'Ms. Alvarez'."),
        ("Dear Ms. Alvarez,", "Ms. Álvarez", "Write 'Ms. Álvarez'."),
        ("Hi Elana,", "Elena Alvarez", "Write 'Elena'."),
        ("Dear Dr. Elena Alverez,", "Dr. Elena Alvarez", "Write 'Dr. Elena Alvarez'."),
    ],
)
def test_interviewer_spelled_other_than_given(
    linter: Linter, salutation: str, interviewer: str, expected: str
) -> None:
    report = lint(linter, letter(salutation), interviewer=interviewer)
    assert only(report, "LL605").suggestion == expected


@pytest.mark.parametrize(
    ("salutation", "interviewer"),
    [
        ("Dear Ms. Alvarez,", "Ms. Alvarez"),
        ("Dear Ms Alvarez,", "Ms. Alvarez"),
        ("Hi Elena,", "Elena Alvarez"),
        ("Dear Ms. Alvarez,", "Elena Alvarez"),
        ("Hi Elena,", "Ms. Alvarez"),  # a first name when only the surname is known
        ("Dear Ms. Alvarez and Mr. Chen,", "Ms. Alvarez"),
        ("Dear Ms. Lee, Mr. Park, and Dr. Cho,", "Dr. Cho"),  # the Oxford comma
    ],
)
def test_interviewer_named_as_given(linter: Linter, salutation: str, interviewer: str) -> None:
    report = lint(linter, letter(salutation), interviewer=interviewer)
    assert not {"LL605", "LL606", "LL607"} & report.codes()


def test_salutation_to_someone_else(linter: Linter) -> None:
    report = lint(linter, letter("Dear Mr. Chen,"), interviewer="Ms. Alvarez")
    finding = only(report, "LL606")
    assert flagged(report, "LL606") == ["Mr. Chen"]
    assert finding.suggestion == "Replace 'Mr. Chen' with 'Ms. Alvarez'."


@pytest.mark.parametrize("salutation", ["Dear Hiring Manager,", "To whom it may concern,"])
def test_generic_salutation_when_the_interviewer_is_known(
    linter: Linter, salutation: str
) -> None:
    report = lint(linter, letter(salutation), interviewer="Ms. Alvarez")
    assert only(report, "LL607").suggestion == "Write 'Dear Ms. Alvarez,'."
    assert "LL607" not in lint(linter, letter(salutation)).codes()


# --- the company ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I'd love to join Acme and help the team grow.", "Acme"),
        ("I would be thrilled to be part of the Acme team.", "Acme"),
        ("I can't wait to contribute to Acme's mission.", "Acme"),
        ("I'd love to work at Northwind Traders.", "Northwind Traders"),
        ("I look forward to working at Acme.", "Acme"),
        ("I'm excited to join Brigthline.", "Brigthline"),
        ("I interviewed for the role at Acme last week.", "Acme"),
    ],
)
def test_another_company_named_as_the_target(linter: Linter, sentence: str, named: str) -> None:
    report = lint(linter, letter(interest=sentence), company="Brightline")
    assert flagged(report, "LL603") == [named]
    assert only(report, "LL603").suggestion == f"Replace '{named}' with 'Brightline'."


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to join Brightline and help the team grow.",
        "I'm excited about the chance to join Brightline Health.",
        "In my current role at Loop Analytics I look after 60 accounts.",
        "I worked at Google for three years before that.",
        "I joined Acme in 2019 and led its data team.",
        "Working at Acme taught me a lot about forecasting.",
        "I'd love to work with Python and SQL on your team.",
        "I'm passionate about Kubernetes and Brightline's platform.",
        "I would love to join Sarah's team at Brightline.",
        "I'd love to join the Leeds office of Brightline.",
        "I led the team at Loop for three years.",
        "I loved my years with the team at Loop.",
        "I went on to work at Acme for two years.",
    ],
)
def test_past_employers_tools_and_people_are_not_the_target(
    linter: Linter, sentence: str
) -> None:
    report = lint(linter, letter(interest=sentence), company="Brightline")
    assert "LL603" not in report.codes()


def test_company_never_named(linter: Linter) -> None:
    text = letter(interest="I'd love to bring that experience to your team.")
    report = lint(linter, text, company="Brightline Health")
    finding = only(report, "LL604")
    assert finding.span is None and "Brightline Health" in finding.message
    assert "LL604" not in lint(linter, letter(), company="Brightline Health").codes()
    assert "LL604" not in lint(linter, text).codes()
    # A [Company] slot already says so.
    slot = letter(interest="I'd love to join [Company].")
    assert "LL604" not in lint(linter, slot, company="Brightline").codes()


def test_a_note_around_the_letter_is_not_the_letter(linter: Linter) -> None:
    # a job advert pasted above the greeting names the company; the letter does not
    advert = "Junior Copywriter\nBrightline Health · Bristol\nAbout the job\nWe want a writer.\n\n"
    text = advert + letter(interest="I'd love to bring that experience to your team.")
    assert "LL604" in lint(linter, text, company="Brightline Health").codes()


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I'd love to join the team at Acme and help it grow.", "Acme"),
        ("I look forward to joining you at Northwind Traders.", "Northwind Traders"),
    ],
)
def test_join_the_team_at_another_company(linter: Linter, sentence: str, named: str) -> None:
    # the parse hangs "at Acme" on the verb, not on "team"
    report = lint(linter, letter(interest=sentence), company="Brightline")
    assert flagged(report, "LL603") == [named]


def test_a_span_of_the_writers_time_is_not_the_target(linter: Linter) -> None:
    sentence = "During fellowship at Acme I ran the weekly forecast."
    assert "LL603" not in lint(linter, letter(interest=sentence), company="Brightline").codes()


AT_BRIGHTLINE = (
    "Dear Ms. Alvarez,\n\nThank you for meeting with me today about the data analyst role "
    "at Brightline. I enjoyed hearing how your team rebuilt the weekly forecast around "
    "store-level data.\n\nAt Fernway I built the demand model our buyers use every Monday, "
    "which cut overstock by 12% in a year. {interest}\n\nThanks again for your time.\n\n"
    "Best,\nSam Ortiz\n"
)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("I'd love to join the team at Acme.", "Acme"),
        ("I would be thrilled to be part of Northwind Traders.", "Northwind Traders"),
        ("I can't wait to work at Kestrel Creative.", "Kestrel Creative"),
    ],
)
def test_two_companies_named_as_the_target(linter: Linter, sentence: str, named: str) -> None:
    report = lint(linter, AT_BRIGHTLINE.format(interest=sentence))
    assert flagged(report, "LL613") == [named]
    finding = only(report, "LL613")
    assert "Brightline" in finding.message and finding.severity.value == "error"
    # told the company, LL603 says which is wrong instead
    told = lint(linter, AT_BRIGHTLINE.format(interest=sentence), company="Brightline")
    assert "LL613" not in told.codes() and flagged(told, "LL603") == [named]


@pytest.mark.parametrize(
    "sentence",
    [
        "I'd love to join the team at Brightline Health.",
        "I'd love to join Blue Watch at Brightline.",
        "I'd be proud to join Brightline's Innovation Lab, and to work at Brightline.",
        "During my fellowship at Emory I ran the weekly forecast.",
        "I'd love to join the team at Brightline, a Loop Analytics company.",
        "I worked at Google for three years before that.",
        # past work measured out: "a lot of ... work for X" is the writer's history
        "I've done a lot of social housing work for Merseyside Homes as a subcontractor.",
        "I have done plenty of contract work for Acme Ltd over the years.",
    ],
)
def test_one_company_named_in_several_ways(linter: Linter, sentence: str) -> None:
    assert "LL613" not in lint(linter, AT_BRIGHTLINE.format(interest=sentence)).codes()


def test_the_company_an_email_is_addressed_to(linter: Linter) -> None:
    interest = "I'm still very interested in joining Fenwick Freight."
    headers = (
        "To: Jenny Wright <j.wright@caldwell-logistics.co.uk>\n"
        "Subject: Fleet Planner interview - Caldwell Logistics\n\n"
    )
    report = lint(linter, headers + letter(interest=interest))
    assert flagged(report, "LL613") == ["Fenwick Freight"]
    assert "Caldwell Logistics" in only(report, "LL613").message
    # a personal address, or a recruiter's whose firm the subject does not name, says
    # nothing of the employer
    for to in ("Jenny Wright <jenny.wright@gmail.com>", "Jenny Wright <jenny@hays.co.uk>"):
        other = headers.replace("Jenny Wright <j.wright@caldwell-logistics.co.uk>", to)
        assert "LL613" not in lint(linter, other + letter(interest=interest)).codes()
    same = headers.replace("Caldwell Logistics", "Fenwick Freight").replace(
        "caldwell-logistics", "fenwick-freight"
    )
    assert "LL613" not in lint(linter, same + letter(interest=interest)).codes()


@pytest.mark.parametrize(
    ("above", "below", "flagged_lines"),
    [
        ("Sure! Here's a professional thank-you email you can send after your interview:",
         "", 1),
        ("Certainly! Below is a polished follow-up email you can use:\n\n---", "---\n\n"
         "Let me know if you\u2019d like me to make it more formal.", 2),
        ("Here is a concise version of your thank-you note:", "", 1),
        ("", "Feel free to customize this template with details from your interview!", 1),
        ("", "Would you like me to make this letter shorter?", 1),
    ],
)
def test_a_chatbots_words_around_the_letter(
    linter: Linter, above: str, below: str, flagged_lines: int
) -> None:
    text = (above + "\n\n" if above else "") + letter() + ("\n" + below if below else "")
    report = lint(linter, text)
    assert [finding.code for finding in report.findings] == ["LL614"] * flagged_lines
    for shown in flagged(report, "LL614"):
        assert shown in (above.split("\n")[0], below.split("\n")[-1])


@pytest.mark.parametrize(
    "text",
    [
        letter(interest="Let me know if you'd like to see the demand model's code."),
        "Here is my thank-you note, as promised:\n\n" + letter(),
        letter() + "\nP.S. I hope this helps with the timeline on your side.",
        letter() + "\nLet me know if you'd like references; I can send them today.",
        letter() + "\n\nLet me know if you'd like me to send my references as well.",
    ],
)
def test_the_writers_own_words_are_not_a_chatbots(linter: Linter, text: str) -> None:
    assert "LL614" not in lint(linter, text).codes()


# --- the position -----------------------------------------------------------------


def test_a_different_job_title(linter: Linter) -> None:
    text = letter().replace("data analyst role", "Data Engineer role")
    report = lint(linter, text, position="Data Analyst")
    assert flagged(report, "LL608") == ["Data Engineer"]
    assert only(report, "LL608").suggestion == "Replace 'Data Engineer' with 'Data Analyst'."


@pytest.mark.parametrize(
    "role",
    [
        "data analyst role",
        "analyst role",
        "Senior Data Analyst position",
        "position of Data Analyst",
        "role",
    ],
)
def test_the_position_named_right_or_not_at_all(linter: Linter, role: str) -> None:
    text = letter().replace("data analyst role", role)
    assert "LL608" not in lint(linter, text, position="Data Analyst").codes()


@pytest.mark.parametrize(
    "sentence",
    [
        "In my previous role as Store Manager I ran the same review.",
        "I held the Store Manager position at Loop for two years.",
        "I was promoted into the Team Lead role in 2022.",
    ],
)
def test_own_past_roles_are_not_the_position(linter: Linter, sentence: str) -> None:
    text = letter(interest=sentence).replace("data analyst role", "Data Analyst role")
    assert "LL608" not in lint(linter, text, position="Data Analyst").codes()


def test_a_wrong_title_in_a_sentence_about_the_interview(linter: Linter) -> None:
    text = letter(interest="I interviewed for the Data Engineer role last week.")
    report = lint(linter, text, position="Data Analyst")
    assert flagged(report, "LL608") == ["Data Engineer"]


# --- names within the letter ------------------------------------------------------


def test_one_name_spelled_two_ways(linter: Linter) -> None:
    text = letter("Dear Ms. Lee,", interest="Ms. Li's point about the forecast stuck with me.")
    report = lint(linter, text)
    assert flagged(report, "LL609") == ["Ms. Li"]
    assert only(report, "LL609").suggestion == "Use one spelling: write 'Ms. Lee'."


def test_the_interviewers_spelling_is_the_reference(linter: Linter) -> None:
    text = letter("Dear Ms. Alvarez,", interest="Ms. Alverez's demo was the highlight.")
    report = lint(linter, text, interviewer="Ms. Alvarez")
    assert flagged(report, "LL609") == ["Ms. Alverez"]


def test_two_people_with_similar_names_are_not_one(linter: Linter) -> None:
    text = letter("Dear Ms. Lee,", interest="Mr. Li's point about the forecast stuck with me.")
    assert "LL609" not in lint(linter, text).codes()


# --- attachments ------------------------------------------------------------------


HEADERS = "From: Sam Ortiz <sam@example.com>\nTo: Elena Alvarez <elena@example.com>\n" \
          "Subject: Thank you\n\n"


def test_attachment_mentioned_in_an_email_draft_without_one(linter: Linter) -> None:
    text = HEADERS + letter(interest="I've attached the forecast write-up.")
    report = lint(linter, text)
    assert flagged(report, "LL610") == ["attached"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (letter(interest="I've attached the forecast write-up."), "not an email"),
        (HEADERS + letter(interest="I was attached to the Leeds project."), "not a file"),
        (HEADERS + letter(), "no mention"),
    ],
)
def test_attachment_rule_stays_quiet(linter: Linter, text: str, why: str) -> None:
    assert "LL610" not in lint(linter, text).codes(), why


# --- the command line and a blank pipeline -------------------------------------------


def test_cli_reports_the_wrong_company_and_the_misspelled_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(letter(interest="I'm excited to join Acme and bring that experience."))
    status = main(["--company", "Brightline", "--interviewer", "Ms. Alvarez", "--select",
                   "presend", "--format", "json", str(draft)])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert status == 1
    wrong = next(finding for finding in findings if finding["code"] == "LL603")
    assert wrong["text"] == "Acme" and wrong["severity"] == "error"
    assert wrong["suggestion"] == "Replace 'Acme' with 'Brightline'."

    draft.write_text(letter("Dear Ms. Alverez,"))
    status = main(["--company", "Brightline", "--interviewer", "Ms. Alvarez", str(draft)])
    out = capsys.readouterr().out
    assert status == 1
    assert "LL605" in out and "Write 'Ms. Alvarez'." in out
    assert "LL603" not in out


def test_without_a_parse_the_check_degrades() -> None:
    with Linter(registry=Registry([PresendCheck]), pipeline=Pipeline("blank:en")) as plain:
        report = plain.lint(letter(interest="I'd love to join Acme. [Company]"),
                            company="Brightline")
    result = report.check("presend")
    assert result is not None and result.status.value == "ok"
    assert result.metrics["parse"] is False
    assert "LL601" in report.codes() and "LL603" not in report.codes()


def test_a_subject_placeholder_suggestion_reads_as_one_sentence(
    linter: Linter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The subject line is named after the quoted slot, not tacked on after the
    sentence's full stop ("… with the person's name. in the subject line")."""
    message = (
        "From: Sam Ortiz <sam@example.com>\nTo: Dana Park <dana@example.com>\n"
        "Subject: Thank you, [Interviewer Name]\nDate: Tue, 03 Mar 2026 17:05:00 -0500\n\n"
        "Dear Ms. Park,\n\nThank you for meeting with me today.\n\nBest,\nSam\n"
    )
    path = tmp_path / "thanks.eml"
    path.write_text(message, encoding="utf-8")
    wanted = "Replace '[Interviewer Name]' in the subject line with the person's name."
    [finding] = [f for f in linter.lint(path, select=["LL601"]).findings]
    assert finding.suggestion == wanted
    given = linter.lint(path, select=["LL601"], interviewer="Dana Park").findings[0]
    assert given.suggestion == "Replace '[Interviewer Name]' in the subject line with 'Dana Park'."
    assert main(["--isolated", "--format", "json", "--select", "LL601", str(path)]) == 1
    [cli] = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    assert cli["suggestion"] == wanted


@pytest.mark.parametrize(
    "instruction",
    [
        "Mention one thing you discussed in the interview.",
        "Restate your interest in the position.",
        "Be sure to thank the interviewer for their time.",
        "Don't forget to proofread before you send it.",
        "Briefly remind the hiring manager of your qualifications.",
        "Tip: send it within 24 hours.",
        # advice stated, not asked: "you" is the writer, the reader is in the third person
        "This shows the interviewer that your interest in the job is real.",
        "The point of the letter is to let the interviewer see that you are careful.",
        # advice as a suggestion: "you might / may want to" and a verb of letter-writing
        "You might also bring up anything new you found out about the organization.",
        "You may want to mention the project you discussed with the interviewer.",
    ],
)
def test_a_template_instruction_left_in_is_flagged(linter: Linter, instruction: str) -> None:
    report = lint(linter, letter(interest=instruction))
    assert flagged(report, "LL611") == [instruction]


@pytest.mark.parametrize(
    "sentence",
    [
        "Please send me the schedule when you have it.",
        "Thank you again for your interest in my background.",
        "Mention my name to Priya if it helps.",
        "Keep up the great work on the spring launch.",
        "Send my best to the team.",
        "Could you tell the hiring manager that I can start in May?",
        "I hope you and the other interviewers had a good weekend.",
        # "you" and a reader named in the third person, said to the reader all the same
        "Thank you for forwarding the portfolio to the hiring manager.",
        "Thank you and the interview panel for a lovely afternoon.",
        "Do you know when the hiring manager expects to decide?",
        "Your team and the interviewer were kind and welcoming.",
        "You and the recruiter made the process very easy.",
        "Please let the recruiter know you received the references.",
        "You can also share my portfolio with the hiring manager.",
        "You might remember the project we discussed.",
        "You can send them to this address whenever it suits.",
        "You might want to share the slides with the rest of the hiring panel.",
        "You should send them a proper reply instead of ignoring their emails.",
    ],
)
def test_sentences_said_to_the_reader_are_not_instructions(linter: Linter, sentence: str) -> None:
    assert flagged(lint(linter, letter(interest=sentence)), "LL611") == []


def test_an_instruction_is_not_read_as_the_letters_tone_or_points(linter: Linter) -> None:
    text = letter(interest="Remember to send your note within 24 hours.")
    report = linter.lint(text)
    assert "LL611" in report.codes()
    assert not [f for f in report.findings if f.check == "tone"]
    body = "Restate your interest in the position and thank them again."
    report = linter.lint("Hi Dana,\n\nThanks for the chat today.\n\n" + body + "\n\nSam")
    assert not report.points["interest"].covered


def test_chat_shorthand_is_flagged_and_written_out(linter: Linter) -> None:
    text = letter(interest="thx again, it was gr8 to meet u lol. Pls lmk about next steps.")
    report = lint(linter, text)
    assert flagged(report, "LL612") == ["thx", "gr8", "u", "lol", "Pls", "lmk"]
    suggestions = [f.suggestion for f in report.findings if f.code == "LL612"]
    assert suggestions[:3] == ["Write 'thanks'.", "Write 'great'.", "Write 'you'."]


def test_look_alikes_of_chat_shorthand_pass(linter: Linter) -> None:
    text = letter(interest='I studied in the U.K., read the Ur-text, and "lol" is what my '
                  "students write; I'd love to bring that to Brightline.")
    assert flagged(lint(linter, text), "LL612") == []
