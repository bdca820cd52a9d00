"""Letter structure: every part is a span into the original text, which is never
changed, and body paragraphs are what the length check judges."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from letterlint import Linter, Source
from letterlint.letter.nlp import BLANK, Pipeline
from letterlint.letter.parse import Letter, analysis_text, parse_letters
from letterlint.letter.structure import Role, find_parts
from letterlint.sources.read import read_path
from tests.conftest import CORPUS


def roles(text: str) -> list[tuple[str, str]]:
    """(role, exact text) of every part, in text order."""
    return [(part.role.value, part.span.of(text)) for part in find_parts(text)]


def parse(text: str, pipeline: Pipeline) -> Letter:
    return parse_letters([Source(text=text)], pipeline)[0]


EMAIL = (
    "From: Sam Lee <sam@example.com>\n"
    "To: Ana Park <ana@example.com>\n"
    "Subject: Thank you for today\n"
    "Date: Mon, 2 Mar 2026 17:00:00 +0000\n"
    "\n"
    "Hi Ana,\n"
    "\n"
    "Thank you for walking me through the roadmap today.\n"
    "\n"
    "I led the move of our billing service to Postgres last year.\n"
    "\n"
    "Best,\n"
    "Sam Lee\n"
    "sam@example.com | +44 20 7946 0958\n"
    "\n"
    "P.S. The deck I mentioned is at https://example.com/deck.\n"
)


def test_email_letter_parts_have_exact_spans() -> None:
    parts = find_parts(EMAIL)
    assert [(part.role.value, part.span.of(EMAIL)) for part in parts] == [
        ("header", EMAIL[: EMAIL.index("\n\n")]),
        ("salutation", "Hi Ana,"),
        ("body", "Thank you for walking me through the roadmap today."),
        ("body", "I led the move of our billing service to Postgres last year."),
        ("closing", "Best,"),
        ("signature", "Sam Lee\nsam@example.com | +44 20 7946 0958"),
        ("postscript", "P.S. The deck I mentioned is at https://example.com/deck."),
    ]
    header = parts[0]
    assert header.span.start == 0
    assert EMAIL[header.span.start : header.span.end].endswith("+0000")
    for part in parts:
        assert part.span.of(EMAIL) == part.span.of(EMAIL).strip(), "parts are trimmed"


def test_header_lines_must_be_a_block_of_their_own() -> None:
    text = "Subject: thanks for today, you made it easy\nThanks for the call.\n\nBest,\nSam"
    assert "header" not in [role for role, _ in roles(text)]


def test_salutation_on_the_same_block_as_the_first_paragraph() -> None:
    text = "Dear Ana,\nThanks for meeting today. I enjoyed it.\nBest,\nSam"
    assert roles(text) == [
        ("salutation", "Dear Ana,"),
        ("body", "Thanks for meeting today. I enjoyed it."),
        ("closing", "Best,"),
        ("signature", "Sam"),
    ]


def test_letterhead_above_the_salutation_is_not_body() -> None:
    text = (
        "Sam Lee\n12 Mill Lane\nLeeds LS1 4AB\nsam@example.com\n\nMarch 3, 2026\n\n"
        "Dear Ms. Park,\n\nThank you for meeting me today.\n\nSincerely,\nSam Lee"
    )
    assert roles(text) == [
        ("letterhead", "Sam Lee\n12 Mill Lane\nLeeds LS1 4AB\nsam@example.com"),
        ("date", "March 3, 2026"),
        ("salutation", "Dear Ms. Park,"),
        ("body", "Thank you for meeting me today."),
        ("closing", "Sincerely,"),
        ("signature", "Sam Lee"),
    ]


def test_sentences_before_a_greeting_are_not_a_letterhead() -> None:
    text = "Thanks for the chat.\n\nHi again, I forgot one thing.\n\nBest,\nSam"
    assert [role for role, _ in roles(text)] == ["body", "body", "closing", "signature"]


def test_quoted_reply_with_attribution_is_one_quoted_part() -> None:
    text = (
        "Hi Ana,\n\nJust checking in on the analyst role.\n\nBest,\nSam\n\n"
        "On Mon, Mar 2, 2026 at 5:00 PM Ana Park <ana@example.com>\nwrote:\n"
        "> Thanks Sam, we will decide by Friday.\n>\n> Ana\n"
    )
    quoted_from = text.index("On Mon")
    assert roles(text) == [
        ("salutation", "Hi Ana,"),
        ("body", "Just checking in on the analyst role."),
        ("closing", "Best,"),
        ("signature", "Sam"),
        ("quoted", text[quoted_from:].rstrip("\n")),
    ]


def test_outlook_original_message_is_quoted() -> None:
    text = (
        "Hi Ana,\n\nJust checking in on the analyst role.\n\nThanks,\nSam\n\n"
        "-----Original Message-----\nFrom: Ana Park\nSent: Monday, March 2, 2026 5:00 PM\n"
        "To: Sam Lee\nSubject: RE: interview\n\nThanks Sam, we will decide by Friday.\n\n"
        "It was a pleasure.\n"
    )
    parts = find_parts(text)
    assert [part.role for part in parts] == [
        Role.SALUTATION, Role.BODY, Role.CLOSING, Role.SIGNATURE, Role.QUOTED
    ]
    quoted = parts[-1].span.of(text)
    assert quoted.startswith("-----Original Message-----")
    assert quoted.endswith("It was a pleasure.")


def test_outlook_from_block_without_separator_is_quoted() -> None:
    text = (
        "Hi Ana,\n\nChecking in on the role.\n\nThanks,\nSam\n\n"
        "From: Ana Park <ana@example.com>\nSent: Monday\nTo: Sam\n\nWe will decide soon.\n"
    )
    assert roles(text)[-1] == ("quoted", text[text.index("From: Ana") :].rstrip("\n"))


def test_quoted_block_in_the_middle_is_not_a_paragraph() -> None:
    text = "Hi Ana,\n\n> we will decide by Friday\n> Ana\n\nThanks for the update.\n\nCheers,\nSam"
    assert roles(text) == [
        ("salutation", "Hi Ana,"),
        ("quoted", "> we will decide by Friday\n> Ana"),
        ("body", "Thanks for the update."),
        ("closing", "Cheers,"),
        ("signature", "Sam"),
    ]


def test_postscripts_after_the_signature() -> None:
    text = "Dear Ana,\n\nThanks.\n\nBest,\nSam\n\nP.S. One.\n\nP.P.S. Two.\n"
    assert roles(text)[-2:] == [("postscript", "P.S. One."), ("postscript", "P.P.S. Two.")]


def test_postscript_before_the_sign_off_keeps_closing_and_signature() -> None:
    text = "Dear Ana,\n\nThanks for today.\n\nPS: I forgot the link.\n\nBest,\nSam"
    assert roles(text) == [
        ("salutation", "Dear Ana,"),
        ("body", "Thanks for today."),
        ("postscript", "PS: I forgot the link."),
        ("closing", "Best,"),
        ("signature", "Sam"),
    ]


def test_signature_after_dash_dash_delimiter() -> None:
    text = "Hi Ana,\n\nThanks for today.\n\n-- \nSam Lee\nProduct Designer\n"
    assert roles(text)[-1] == ("signature", "-- \nSam Lee\nProduct Designer")


def test_closing_without_comma_and_name_right_after_the_last_sentence() -> None:
    assert roles("Hi Ana,\n\nThanks for the chat today!\nSam") == [
        ("salutation", "Hi Ana,"),
        ("body", "Thanks for the chat today!"),
        ("signature", "Sam"),
    ]


def test_short_final_sentence_is_body_not_signature() -> None:
    text = "Thanks for meeting today. I enjoyed it.\n\nI am keen."
    assert roles(text) == [
        ("body", "Thanks for meeting today. I enjoyed it."),
        ("body", "I am keen."),
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_keep_offsets(newline: str) -> None:
    lf = EMAIL
    other = lf.replace("\n", newline)
    lf_parts, other_parts = find_parts(lf), find_parts(other)
    assert [part.role for part in other_parts] == [part.role for part in lf_parts]
    for lf_part, other_part in zip(lf_parts, other_parts, strict=True):
        assert other_part.span.of(other).replace(newline, "\n") == lf_part.span.of(lf)


def test_crlf_finding_slices_the_crlf_original(linter: Linter) -> None:
    paragraph = (
        "We talked about the launch plan and\nthe research backlog in some detail today. "
        "I would enjoy working on both of them\nwith your team next year."
    )
    text = ("Dear Ms. Park,\n\n" + "\n\n".join([paragraph] * 10) + "\n\nBest,\nSam\n").replace(
        "\n", "\r\n"
    )
    report = linter.lint(text)
    assert report.text == text, "the input is never changed"
    spans = {finding.code: finding.span for finding in report.findings if finding.span}
    assert {"LL101", "LL103"} <= set(spans)
    crlf_paragraph = paragraph.replace("\n", "\r\n")
    assert spans["LL101"].of(text) == "\r\n\r\n".join([crlf_paragraph] * 6), "paragraphs 5-10"
    body_words = report.check("length").metrics["body_words"]  # type: ignore[union-attr]
    assert body_words == 10 * 27
    # Words 251-270 are past the limit: the last paragraph from its 8th word on.
    assert spans["LL103"].of(text) == crlf_paragraph[crlf_paragraph.index("the research") :]


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    text = (
        "Dear Ana,\n\nThank you for taking the time to talk with me\nabout the role today. "
        "I enjoyed hearing\nabout the new clinic.\n\nI would love to help.\n\nBest,\nSam"
    )
    bodies = [text_ for role, text_ in roles(text) if role == "body"]
    assert bodies == [
        "Thank you for taking the time to talk with me\nabout the role today. "
        "I enjoyed hearing\nabout the new clinic.",
        "I would love to help.",
    ]


def test_long_lines_joined_by_single_newlines_are_separate_paragraphs() -> None:
    first = "Thank you for the conversation today about the analyst role and the forecast. " * 2
    second = "At my last job I rebuilt the weekly sales forecast and cut its error by a third. " * 2
    third = "I am very interested in the role and would be glad to share the model I built. " * 2
    text = f"Dear Ana,\n{first.strip()}\n{second.strip()}\n{third.strip()}\nBest,\nSam"
    bodies = [text_ for role, text_ in roles(text) if role == "body"]
    assert bodies == [first.strip(), second.strip(), third.strip()]


def test_indented_first_lines_mark_paragraphs() -> None:
    text = (
        "Dear Ana,\n\tThank you for today.\nIt was a great talk.\n\tI led the migration.\n"
        "It went well.\nBest,\nSam"
    )
    bodies = [text_ for role, text_ in roles(text) if role == "body"]
    assert bodies == [
        "Thank you for today.\nIt was a great talk.",
        "I led the migration.\nIt went well.",
    ]


BULLETS = (
    "Dear Ana,\n\nThree things I took away:\n- the launch plan\n- the research backlog, which\n"
    "  we discussed at length\n* the hiring timeline. It is tight.\n1. numbered item\n"
    "2) numbered two\n•\ttabbed bullet\nI look forward to hearing from you\n\n"
    "Thanks again,\nSam"
)


def test_bullet_list_is_one_paragraph() -> None:
    bodies = [text_ for role, text_ in roles(BULLETS) if role == "body"]
    assert bodies == [BULLETS[BULLETS.index("Three") : BULLETS.index("\n\nThanks again")]]


@pytest.mark.parametrize("trained", [True, False], ids=["trained", "blank"])
def test_each_bullet_starts_one_sentence(pipeline: Pipeline, trained: bool) -> None:
    letter = parse(BULLETS, pipeline if trained else Pipeline(BLANK))
    assert [sentence.text for sentence in letter.body_sentences] == [
        "Three things I took away:",
        "- the launch plan",
        "- the research backlog, which\n  we discussed at length",
        "* the hiring timeline.",
        "It is tight.",
        "1. numbered item",
        "2) numbered two",
        "•\ttabbed bullet",
        "I look forward to hearing from you",
    ]
    assert {sentence.paragraph for sentence in letter.body_sentences} == {0}


def test_tabs_do_not_shift_offsets(pipeline: Pipeline) -> None:
    text = "Dear\tAna,\n\n\tThank you\tfor today.\tIt was great.\n\n\tBest,\n\tSam\t\n"
    letter = parse(text, pipeline)
    assert roles(text) == [
        ("salutation", "Dear\tAna,"),
        ("body", "Thank you\tfor today.\tIt was great."),
        ("closing", "Best,"),
        ("signature", "Sam"),
    ]
    assert [sentence.text for sentence in letter.body_sentences] == [
        "Thank you\tfor today.",
        "It was great.",
    ]


def test_non_ascii_names_and_emoji_keep_offsets(pipeline: Pipeline) -> None:
    text = (
        "Dear Zoë Ångström,\r\n\r\n"
        "Thank you 🙏🏽 for the chat — it was great. Søren says hi 😀.\r\n\r\n"
        "We talked about 北京 and naïve Bayes. 👩‍💻 I can't wait.\r\n\r\n"
        "Best,\r\nJosé Núñez\r\n"
    )
    letter = parse(text, pipeline)
    assert roles(text) == [
        ("salutation", "Dear Zoë Ångström,"),
        ("body", "Thank you 🙏🏽 for the chat — it was great. Søren says hi 😀."),
        ("body", "We talked about 北京 and naïve Bayes. 👩‍💻 I can't wait."),
        ("closing", "Best,"),
        ("signature", "José Núñez"),
    ]
    for sentence in letter.sentences:
        assert sentence.span.of(text) == sentence.text
        for token in sentence.tokens:
            assert sentence.token_span(token).of(text) == token.text
    assert "Søren says hi 😀." in [sentence.text for sentence in letter.body_sentences]


def test_empty_and_whitespace_only_text_have_no_parts() -> None:
    assert find_parts("") == ()
    assert find_parts("  \r\n\t\n \n") == ()


def _corpus_labels() -> list[Path]:
    return sorted(CORPUS.glob("*.json"))


@pytest.mark.parametrize("label", _corpus_labels(), ids=lambda path: path.stem)
def test_corpus_body_paragraphs_match_labels(label: Path) -> None:
    expected = json.loads(label.read_text("utf-8"))["paragraphs"]
    text = read_path(label.with_suffix(".txt")).text
    bodies = [part.span.of(text) for part in find_parts(text) if part.role is Role.BODY]
    assert len(bodies) == expected, bodies


def test_corpus_is_large_enough() -> None:
    assert len(_corpus_labels()) >= 12


def test_corpus_sentences_slice_their_text(pipeline: Pipeline) -> None:
    sources = [read_path(path) for path in sorted(CORPUS.glob("*.txt"))]
    for letter in parse_letters(sources, pipeline):
        prose = [item.part.span for item in letter.prose]
        for sentence in letter.sentences:
            assert sentence.span.of(letter.text) == sentence.text
            assert sentence.text == sentence.text.strip()
            assert any(span.contains(sentence.span) for span in prose)


def test_word_counts_keep_numbers_and_joined_words_whole(pipeline: Pipeline) -> None:
    text = "Dear Ana,\n\nWe sorted 2,000 vials, a 3.4 Å map and one follow-up in St. Luke's.\n"
    letter = parse(text, pipeline)
    [body] = letter.body_paragraphs
    words = [match.group() for match in letter.words_in(body.span)]
    assert words == [
        "We", "sorted", "2,000", "vials", "a", "3.4", "Å", "map", "and", "one", "follow-up",
        "in", "St", "Luke's",
    ]
    assert letter.body_words == len(words)


# --- layouts of real letters (corpus/real) ---------------------------------------------


def bodies(text: str) -> list[str]:
    return [text for role, text in roles(text) if role == "body"]


SINGLE_BREAKS = (
    "Hi Dana,\n"
    "Thank you for taking the time to talk with me about the analyst role yesterday "
    "afternoon; I left even more excited about the team.\n"
    "Your point about moving the weekly reports from spreadsheets to dashboards stuck "
    "with me, and I rebuilt exactly that kind of reporting at my last job.\n"
    "I look forward to hearing from you.\n"
    "Best,\nSam\n"
)
"""Three paragraphs parted by single line breaks."""


def test_paragraphs_separated_by_single_line_breaks() -> None:
    assert len(bodies(SINGLE_BREAKS)) == 3


def test_hard_wrapped_paragraph_is_one_paragraph_even_when_a_line_starts_with_a_capital() -> None:
    text = (
        "Dear Ms. Ortiz,\n\n"
        "Thank you for meeting me on Tuesday to discuss the coordinator post with\n"
        "Jane and the rest of the events team. Hearing how the spring conference\n"
        "doubled in size made me even keener to help run it.\n"
        "I ran the volunteer rota for a 2,000-person festival for three years.\n\n"
        "Kind regards,\nLee Ray\n"
    )
    assert bodies(text) == [
        "Thank you for meeting me on Tuesday to discuss the coordinator post with\n"
        "Jane and the rest of the events team. Hearing how the spring conference\n"
        "doubled in size made me even keener to help run it.",
        "I ran the volunteer rota for a 2,000-person festival for three years.",
    ]


def test_letterhead_date_recipient_and_subject_without_blank_lines_are_not_body() -> None:
    text = (
        "Nina Sanders\n368 Hill Street\nMansfield, OH 44907\n(555) 214-0987\n"
        "nina.sanders@example.com\nMarch 3, 2026\n\n"
        "Mr. Daniel Calvin\nZoo Administrator\nHarbor Zoo\n3120 Grim Avenue\nSan Diego, CA 92111\n"
        "Subject: Thank you for the interview\n"
        "Dear Mr. Calvin,\n\n"
        "Thank you for the interview on Friday.\n\n"
        "Sincerely,\nNina Sanders\n"
    )
    assert roles(text) == [
        ("letterhead", "Nina Sanders\n368 Hill Street\nMansfield, OH 44907\n(555) 214-0987\n"
                       "nina.sanders@example.com"),
        ("date", "March 3, 2026"),
        ("recipient", "Mr. Daniel Calvin\nZoo Administrator\nHarbor Zoo\n3120 Grim Avenue\n"
                      "San Diego, CA 92111"),
        ("subject", "Subject: Thank you for the interview"),
        ("salutation", "Dear Mr. Calvin,"),
        ("body", "Thank you for the interview on Friday."),
        ("closing", "Sincerely,"),
        ("signature", "Nina Sanders"),
    ]


def test_recipient_lines_separated_by_blank_lines_are_not_body() -> None:
    text = (
        "Paul Hendry\n\nSenior HR Manager\n\nMarlowe Care Home\n\nNorth Leeds\n\n"
        "Date: 14th June 2014\n\nRespected Mr. Hendry\n\n"
        "I am writing to thank you for the interview.\n\nYours sincerely\n\nRosa Whitfield.\n"
    )
    assert bodies(text) == ["I am writing to thank you for the interview."]
    assert ("salutation", "Respected Mr. Hendry") in roles(text)
    assert ("date", "Date: 14th June 2014") in roles(text)


def test_template_slots_as_a_letterhead() -> None:
    text = (
        "[Your Name]\n[Your Address]\n[Phone]\n[Date]\n\n"
        "Dear [Interviewer Name],\n\nThank you for the interview.\n\nBest regards,\n[Your Name]\n"
    )
    assert bodies(text) == ["Thank you for the interview."]
    assert roles(text)[-1] == ("signature", "[Your Name]")


def test_signature_block_spread_over_blank_lines() -> None:
    text = (
        "Dear Ms. Lee,\n\nThank you for the interview.\n\nI am keen on the role.\n\n"
        "Kind regards,\n\nAlex Kim\n\nSenior Accountant\n\n12 Mill Lane\n\nLeeds LS1 4AB\n\n"
        "07700 900123\n\nalex.kim@example.com\n"
    )
    assert bodies(text) == ["Thank you for the interview.", "I am keen on the role."]
    assert roles(text)[-1][0] == "signature"
    assert roles(text)[-1][1].endswith("alex.kim@example.com")


def test_greeting_on_the_same_line_as_the_first_sentence() -> None:
    text = "Hi Jordan, thanks so much for showing me the studio today!\n\nCheers,\nPriya\n"
    assert roles(text)[:2] == [
        ("salutation", "Hi Jordan,"),
        ("body", "thanks so much for showing me the studio today!"),
    ]


def test_sign_off_at_the_end_of_the_last_sentence() -> None:
    text = (
        "Hi Jordan,\n\nThanks for today. If anything else comes up, just tell me. Cheers, Priya\n"
    )
    assert roles(text)[1:] == [
        ("body", "Thanks for today. If anything else comes up, just tell me."),
        ("closing", "Cheers,"),
        ("signature", "Priya"),
    ]


def test_a_whole_letter_on_one_line() -> None:
    text = "Dear Hiring Manager, Many thanks for your letter. I look forward to it. Sincerely, Kim"
    assert roles(text) == [
        ("salutation", "Dear Hiring Manager,"),
        ("body", "Many thanks for your letter. I look forward to it."),
        ("closing", "Sincerely,"),
        ("signature", "Kim"),
    ]


def test_a_subject_line_run_on_into_a_whole_letter_is_not_a_mail_header() -> None:
    """A letter pasted without its breaks under a subject and a greeting no rule knows
    ("Chef Marchetti,"): its sentences are body, never one long header field. A short
    subject above a letter stays a subject."""
    sentences = ("Thank you for the trial shift on Saturday. The pass ran well all night. "
                 "I would love to join the brigade and learn the pasta section. I can start in "
                 "May. ")
    text = f"Subject: Thanks Chef Marchetti, {sentences}Regards, Tom\n"
    found = roles(text)
    assert "header" not in [role for role, _ in found]
    assert any(role == "body" and "The pass ran well all night." in part for role, part in found)
    short = "Subject: Thanks Chef Marchetti, thank you for Saturday.\n\nRegards,\nTom\n"
    assert roles(short)[0][0] != "body"


def test_a_subject_under_the_greeting_run_on_into_the_letter_is_body() -> None:
    """"Re: …" under the greeting with the letter run into its line (and no full stop
    at its end): the letter is read as body, not one long subject. A plain "Re:" line
    under it stays a subject."""
    letter = ("Dear Sir,\n\nRe: Interview on Friday{join}I write to thank you for the courtesy "
              "shown to me at interview. I was much interested to learn of the new office in "
              "Bath. I remain at your disposal and look forward to hearing from you\n\n"
              "Yours faithfully,\nEdmund Lyle\n")
    run_on = roles(letter.format(join=" "))
    assert "subject" not in [role for role, _ in run_on]
    assert any(role == "body" and "I was much interested" in part for role, part in run_on)
    assert ("subject", "Re: Interview on Friday") in roles(letter.format(join="\n\n"))


def test_a_sentence_that_was_not_a_greeting_stays_body() -> None:
    text = "Hello there is no greeting here, just a sentence that runs on.\n\nSam\n"
    assert bodies(text) == ["Hello there is no greeting here, just a sentence that runs on."]


def test_subject_line_directly_above_the_greeting() -> None:
    text = "Subject: Thank you\nHi Dana,\n\nThanks for the chat.\n\nBest,\nSam\n"
    assert roles(text)[:3] == [
        ("subject", "Subject: Thank you"),
        ("salutation", "Hi Dana,"),
        ("body", "Thanks for the chat."),
    ]


def test_a_sentence_split_across_a_blank_line_is_one_paragraph() -> None:
    text = (
        "Dear Ms. Park,\n\nThank you for the interview and for explaining how the\n\n"
        "night shifts rotate across the two wards.\n\nBest,\nSam\n"
    )
    assert len(bodies(text)) == 1


def test_all_lowercase_letter_keeps_its_paragraphs_and_signature() -> None:
    text = (
        "hey sharon\n\nthx 4 the interview 2day, was gr8 meetin u\n\n"
        "the nights thing is fine wiv me\n\nkayleigh\nsent from my iphone\n"
    )
    assert len(bodies(text)) == 2
    assert roles(text)[-1] == ("signature", "kayleigh")  # the phone's footer is no part


def test_markdown_hard_line_breaks_stay_in_one_paragraph() -> None:
    text = "Dear Ana,\n\nI am dependable.  \nI am ready to start.  \nHire me.\n\nBest,\nSam\n"
    assert len(bodies(text)) == 1


def test_spaces_a_copy_left_on_every_line_are_not_markdown_line_breaks() -> None:
    """Trailing spaces on every line, the paragraph's last too, are what a copy left:
    single line breaks still part the paragraphs (Markdown's break is inside one)."""
    assert len(bodies(SINGLE_BREAKS.replace("\n", "   \n"))) == 3


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u200b"])
def test_odd_spaces_from_a_web_copy_read_as_spaces(space: str) -> None:
    text = ("hi steve, just checking in about the driver job. still really keen, got my "
            "licence renewed last month.\n\ncheers\ndean\n")
    odd = text.replace(" ", space)
    assert [role for role, _ in roles(odd)] == [role for role, _ in roles(text)] == [
        "salutation", "body", "closing", "signature"]


def test_two_sign_off_lines_are_one_closing() -> None:
    text = "Dear Ana,\n\nThanks for today.\n\nThanking you once again,\n\nYours sincerely\n\nSam\n"
    assert bodies(text) == ["Thanks for today."]
    assert ("closing", "Thanking you once again,\n\nYours sincerely") in roles(text)


def test_a_short_last_paragraph_is_not_taken_for_a_signature() -> None:
    text = "Dear Ana,\n\nThanks for today.\n\nFeel free to email me any time.\n"
    assert bodies(text) == ["Thanks for today.", "Feel free to email me any time."]


def test_a_heading_with_a_colon_belongs_to_the_paragraph_under_it() -> None:
    text = (
        "Hi Wes,\n\nA couple of things:\n\n1. Thank-you notes:\n\n"
        "I sent them to the panel yesterday.\n\nBest,\nKaran\n"
    )
    assert len(bodies(text)) == 2


def test_a_quoted_block_between_letterhead_lines_splits_them() -> None:
    """Found by the deep Hypothesis profile: no part may overlap another."""
    text = "0\n\n>\n\n0\nA,"
    parts = sorted(find_parts(text), key=lambda part: part.span.start)
    for before, after in itertools.pairwise(parts):
        assert before.span.end <= after.span.start, parts
    assert ("quoted", ">") in roles(text)


def test_a_long_unfinished_line_above_the_greeting_is_not_body() -> None:
    """A template recipient line too long to look like an address still stands above
    the greeting when no sentence ends before it."""
    text = (
        "Your Name\nAddress, phone number and email\nDate\n"
        "Name and address of the person the letter is addressed to\n"
        "Dear Mr./Ms. ____________:\n"
        "Paragraph one: Thank them in one sentence and say when you met.\n"
        "Paragraph two: Sum up what you can bring to the job.\n"
    )
    assert ("salutation", "Dear Mr./Ms. ____________:") in roles(text)
    assert bodies(text)[0].startswith("Paragraph one")
    assert len(bodies(text)) == 2


def test_a_finished_sentence_above_a_greeting_is_not_pulled_into_the_head() -> None:
    text = "I enjoyed yesterday a great deal and wanted to say so at once.\nDear Ana,\nThanks.\n"
    assert "salutation" not in [role for role, _ in roles(text)]
    assert bodies(text)[0].startswith("I enjoyed yesterday")


def test_template_lines_that_name_their_content_are_slots() -> None:
    text = (
        "Your Name\nYour Street Address (as on your resume)\n\nDear Ms. Lee:\n\n"
        "Thank the interviewer for the meeting.\n\n"
        "Say again that you want the job.\n\n\n"
        "Your handwritten signature  (not on e-mails)\n\nYour typed signature\n"
    )
    assert bodies(text) == [
        "Thank the interviewer for the meeting.",
        "Say again that you want the job.",
    ]
    assert roles(text)[-1] == (
        "signature", "Your handwritten signature  (not on e-mails)\n\nYour typed signature"
    )


def test_a_line_about_the_reader_that_starts_with_your_stays_body() -> None:
    text = "Dear Ms. Lee,\n\nThanks for today.\n\nYour team made me feel welcome.\n\nBest,\nSam\n"
    assert bodies(text) == ["Thanks for today.", "Your team made me feel welcome."]


def test_a_signature_that_describes_the_writer() -> None:
    text = (
        "Dear VP,\n\nHire me or don't.\n\nI can start Monday.\n\n"
        "The intern down in the basement\n"
    )
    assert bodies(text) == ["Hire me or don't.", "I can start Monday."]
    assert roles(text)[-1] == ("signature", "The intern down in the basement")


def test_an_unpunctuated_closing_wish_stays_body() -> None:
    text = "Dear Ana,\n\nThanks for today.\n\nHave a great weekend\n"
    assert bodies(text) == ["Thanks for today.", "Have a great weekend"]


def test_a_date_greeting_and_body_on_one_line() -> None:
    text = (
        "December 26, 2006 Dear Sir or Madam: I am replying to your offer. "
        "I must decline it. Best regards. Yours sincerely\n"
    )
    assert roles(text) == [
        ("date", "December 26, 2006"),
        ("salutation", "Dear Sir or Madam:"),
        ("body", "I am replying to your offer. I must decline it."),
        ("closing", "Best regards. Yours sincerely"),
    ]


def test_a_date_that_opens_a_sentence_is_not_a_greeting_line() -> None:
    text = "Dear Ana,\n\nMonday 3 March works for me. Thanks again.\n\nBest,\nSam\n"
    assert bodies(text) == ["Monday 3 March works for me. Thanks again."]


def test_a_letter_quoted_whole_keeps_its_quote_marks_out_of_greeting_and_body() -> None:
    text = "“Dear XX, I am writing to ask where the search stands. Thank you, XXX”\n"
    assert roles(text) == [
        ("salutation", "Dear XX,"),
        ("body", "I am writing to ask where the search stands."),
        ("closing", "Thank you,"),
        ("signature", "XXX”"),
    ]


def test_an_unpunctuated_sign_off_of_the_writers_own_words() -> None:
    text = "Please keep me in mind for the next opening. Yours most sincerely\n"
    assert bodies(text) == ["Please keep me in mind for the next opening."]
    assert ("closing", "Yours most sincerely") in roles(text)


def test_a_last_sentence_that_only_mentions_regards_stays_body() -> None:
    text = "Dear Ana,\n\nThanks for today. Please pass on my regards to the team.\n\nSam\n"
    assert bodies(text) == ["Thanks for today. Please pass on my regards to the team."]


def test_a_title_case_heading_belongs_to_the_paragraph_under_it() -> None:
    long = "Thank the interviewer for the time they gave you and name the day you met. " * 2
    text = (
        "Dear Mr./Ms.\n\nOpening Paragraph\n\n" + long.strip() + "\n\n"
        "Middle Paragraph (1 or 2)\n\n" + long.strip() + "\n\nSincerely,\n...\n"
    )
    assert [body.split("\n")[0] for body in bodies(text)] == [
        "Opening Paragraph",
        "Middle Paragraph (1 or 2)",
    ]
    assert roles(text)[-1] == ("signature", "...")


def test_a_short_sentence_paragraph_is_not_a_heading() -> None:
    text = (
        "Dear Ana,\n\nThanks so much\n\n"
        "I enjoyed hearing about the clinic you plan to open in Leeds next spring.\n\nBest,\nSam\n"
    )
    assert len(bodies(text)) == 2


def test_a_subject_line_in_markdown_bold_is_the_subject() -> None:
    text = (
        "**Subject:** Thank you - coordinator interview\n\nHi Dana,\n\n"
        "Thanks for meeting me yesterday.\n\nBest,\nSam"
    )
    assert roles(text)[:2] == [
        ("subject", "**Subject:** Thank you - coordinator interview"),
        ("salutation", "Hi Dana,"),
    ]


def test_a_templates_bracketed_subject_label_is_the_subject() -> None:
    """A sample letter's "(Subject line) …" or "[Subject] …" over single-line
    paragraphs: the label in brackets, then the subject, ending with a full stop."""
    for label in ("(Subject line)", "[Subject]"):
        text = (
            f"{label} Your name, interview date/ time.\nDear (Name),\n"
            "Thank you for meeting me today.\nI remain keen on the role.\nBest regards,\nSam"
        )
        assert roles(text)[:2] == [
            ("subject", f"{label} Your name, interview date/ time."),
            ("salutation", "Dear (Name),"),
        ]
        assert len(bodies(text)) == 2


def test_a_sentence_in_brackets_about_the_subject_is_no_subject_line() -> None:
    text = "Hi Dana,\n\n(Subject to your schedule) I can come in on Monday.\n\nBest,\nSam"
    assert "subject" not in [role for role, _ in roles(text)]


def test_a_bold_line_above_the_greeting_that_is_not_a_subject_is_not_one() -> None:
    text = "**Important** please read\n\nHi Dana,\n\nThanks for meeting me.\n\nBest,\nSam"
    assert "subject" not in [role for role, _ in roles(text)]


def test_a_greeting_at_the_end_of_a_flattened_address_line() -> None:
    text = (
        "Ana Ruiz 12 Elm Road Dayton, Ohio 45402 March 2, 2026\n\n"
        "Paul Grey Plant Manager Keller Metals 9 Mill Street Dayton, Ohio 45403 Dear Mr. Grey,\n\n"
        "Thank you for the plant tour on Monday.\n\nSincerely,\nAna Ruiz\n"
    )
    found = roles(text)
    assert ("salutation", "Dear Mr. Grey,") in found
    assert [part for role, part in found if role == "body"] == [
        "Thank you for the plant tour on Monday."
    ]


@pytest.mark.parametrize(
    ("head", "role"),
    [
        ("Subject: Front desk interview", "subject"),
        ("Re: Front desk interview -", "subject"),
        ("Sam Ortiz, 12 High Street, Leeds LS1 2AB", "letterhead"),
        ("From: Sam Ortiz <sam@ortiz.me> To: Ann Park <ann@clinic.org> Subject: Front desk "
         "interview Date: Mon, 9 Mar 2026 10:02:00 +0000", "header"),
    ],
)
@pytest.mark.parametrize("after_greeting", [" ", "\n\n"])
def test_a_head_run_on_into_the_greeting(head: str, role: str, after_greeting: str) -> None:
    """A paste that lost its line breaks: the head, the greeting and the letter on one
    line are still a head, a greeting and a body, never a mail header."""
    text = (
        f"{head} Dear Ms. Park,{after_greeting}Thank you for the interview on Tuesday. "
        "The new clinic sounds exciting.\n\nBest regards,\nSam Ortiz\n"
    )
    found = roles(text)
    assert found[:2] == [(role, head.rstrip(" -")), ("salutation", "Dear Ms. Park,")]
    assert found[2][0] == "body" and found[2][1].startswith("Thank you for the interview")


def test_a_sentence_with_a_greeting_inside_is_not_a_run_on_head() -> None:
    text = "I told my friend Dear Ms. Park, was kind.\n\nThanks again.\n\nAna"
    assert [role for role, _ in roles(text)][:1] == ["body"]


def test_a_sentence_that_only_ends_in_a_greeting_is_not_a_head() -> None:
    text = "I went to the office today and said hello to Dear Mr. Grey,\n\nThanks.\n\nAna"
    assert "salutation" not in [role for role, _ in roles(text)][:1]


def test_a_template_sign_off_with_slots_on_its_line() -> None:
    text = (
        "Dear [Name],\n\nThanks for the interview.\n\n"
        "Thank you for your time and consideration.\n\n"
        "Sincerely, [Your Name] [Your Email] [Your Phone Number]\n"
    )
    assert roles(text)[-3:] == [
        ("body", "Thank you for your time and consideration."),
        ("closing", "Sincerely,"),
        ("signature", "[Your Name] [Your Email] [Your Phone Number]"),
    ]


def test_a_paragraph_written_a_sentence_to_a_line_between_blank_lines() -> None:
    text = (
        "Dear Ms. Lee,\n\nThank you for the offer of the analyst role.\n"
        "I am delighted to accept it.\n\nMy first day will be 4 May.\n"
        "Please tell me if you need any paperwork first.\n\nBest,\nSam\n"
    )
    assert [part for role, part in roles(text) if role == "body"] == [
        "Thank you for the offer of the analyst role.\nI am delighted to accept it.",
        "My first day will be 4 May.\nPlease tell me if you need any paperwork first.",
    ]


def test_a_wish_after_the_greeting_on_its_line_is_the_first_body_line() -> None:
    text = "Hi everyone at [Company],  trust you're all well\n\nThanks for the offer.\n\nSam"
    assert roles(text)[:2] == [
        ("salutation", "Hi everyone at [Company],"),
        ("body", "trust you're all well"),
    ]


def test_a_mail_apps_footer_and_a_confidentiality_notice_are_no_part() -> None:
    text = (
        "Hi Dana,\n\nThanks for today.\n\nBest regards,\n\nAndre Whitaker\nAccount Executive\n"
        "Office: +1 (404) 555-0121\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
        "addressee and may contain confidential information.\n\nSent from my iPhone\n"
    )
    assert roles(text)[1:] == [
        ("body", "Thanks for today."),
        ("closing", "Best regards,"),
        ("signature", "Andre Whitaker\nAccount Executive\nOffice: +1 (404) 555-0121"),
    ]


def test_a_sign_off_and_name_parted_by_a_dash() -> None:
    text = "Hi Dana,\n\nThanks for today.\n\nBest - Tom\n\nGet Outlook for Android\n"
    assert roles(text)[-2:] == [("closing", "Best"), ("signature", "Tom")]


def test_a_name_signed_with_a_dash_is_the_name() -> None:
    text = "Hi Dana,\n\nThanks for today.\n\nI would love to join the team.\n—Sam\n"
    assert roles(text)[-1] == ("signature", "Sam")


def test_markdown_headings_bold_lines_and_rules_frame_a_letter() -> None:
    text = (
        "## Thank you - Frontend interview\n\n**Hi Ravi,**\n\n"
        "Thanks for the **technical interview** on Monday.\n\n---\n\nBest,\n**Ines**\n"
    )
    found = roles(text)
    assert ("salutation", "Hi Ravi,") in found
    assert [part for role, part in found if role == "body"] == [
        "Thanks for the **technical interview** on Monday."
    ]
    assert ("closing", "Best,") in found


def test_an_indian_address_block_opening_with_to() -> None:
    text = (
        "To,\nThe HR Manager,\nInfoline Technologies Pvt. Ltd.,\nPune - 411057\n\n"
        "Sub: Thank you for the interview\n\nRespected Sir,\n\n"
        "Thank you for the interview on 2nd August.\n\nYours faithfully,\nAnanya\n"
    )
    found = roles(text)
    assert found[0] == ("recipient", "To,\nThe HR Manager,\nInfoline Technologies Pvt. Ltd.,\n"
                                     "Pune - 411057")
    assert ("salutation", "Respected Sir,") in found


@pytest.mark.parametrize(
    "closing", ["Mit freundlichen Grüßen / Kind regards", "Met vriendelijke groet", "Cordialement"]
)
def test_sign_offs_in_other_languages(closing: str) -> None:
    text = f"Dear Ms. Weber,\n\nThank you for Tuesday.\n\n{closing}\n\nJonas Keller\n"
    assert roles(text)[-2:] == [("closing", closing), ("signature", "Jonas Keller")]


def test_a_raw_messages_headers_are_the_header() -> None:
    text = (
        "Return-Path: <wen@example.com>\nMIME-Version: 1.0\nDate: Tue, 18 Nov 2025 16:41:07 -0800\n"
        "Subject: Thank you\nFrom: wen@example.com\nTo: Marco <marco@example.com>\n\n"
        "Dear Chef Bellini,\n\nThank you for Saturday's tasting.\n\nWith thanks,\nWen Li\n"
    )
    found = roles(text)
    assert found[0][0] == "header" and found[0][1].endswith("<marco@example.com>")
    assert found[1:] == [("salutation", "Dear Chef Bellini,"),
                         ("body", "Thank you for Saturday's tasting."),
                         ("closing", "With thanks,"), ("signature", "Wen Li")]


def test_a_label_line_above_a_letter_is_no_header() -> None:
    text = "Summary: a note after the interview\n\nDear Ann,\n\nThank you for today.\n\nBest,\nJo\n"
    assert not any(role == "header" for role, _ in roles(text))


def test_a_reply_under_the_message_it_quotes() -> None:
    text = (
        "On Wed, Nov 19, 2025 at 8:05 AM Priscilla Obi <po@example.org> wrote:\n> Hi Mateo,\n>\n"
        "> Could you tell us your earliest start date?\n\nHi Priscilla,\n\n"
        "My earliest start date would be Monday, December 8.\n\nBest wishes,\nMateo Ruiz\n"
    )
    found = roles(text)
    assert found[0][0] == "quoted" and found[0][1].endswith("earliest start date?")
    assert found[1:3] == [("salutation", "Hi Priscilla,"),
                          ("body", "My earliest start date would be Monday, December 8.")]


def test_a_quote_with_nothing_under_it_stays_quoted() -> None:
    text = "Thanks for today.\n\nOn Wed, Nov 19, 2025, Ann <a@example.org> wrote:\n> Hi,\n> Yes\n"
    assert [role for role, _ in roles(text)] == ["body", "quoted"]


def test_enclosures_copies_page_numbers_and_attachments_are_no_part() -> None:
    text = (
        "Dear Ms. Ansah,\n\nThank you for Tuesday.\n\nYours truly,\n\nDominic Achebe\n"
        "Page 1 of 1\n\n"
        "Enclosure: Writing sample (4 pages)\n\ncc: Dr. Ruth Ansah\n\n24 November 2025\n\n"
        "2 Attachments\nCase_Study.pdf\n2.4 MB\n"
    )
    assert roles(text)[-2:] == [("closing", "Yours truly,"), ("signature", "Dominic Achebe")]


def test_a_file_named_in_the_last_sentence_is_still_the_letter() -> None:
    text = "Dear Ann,\n\nThank you for today.\nI have attached my work as a PDF: portfolio.pdf\n"
    assert roles(text)[-1] == ("body", "I have attached my work as a PDF: portfolio.pdf")


def test_a_pasted_chat_thread_leaves_the_writers_last_message() -> None:
    text = (
        "Marisa Quinlan\n10:02 AM\nHi Devon, thanks for interviewing with us today.\nYou\n"
        "2:15 PM\nHi Marisa,\nThank you again for the interview this morning.\n"
        "I look forward to hearing from you on Friday.\nBest regards,\nDevon\nSent\n"
    )
    found = roles(text)
    assert found[0][0] == "quoted" and "Hi Devon" in found[0][1]
    assert found[1:] == [
        ("salutation", "Hi Marisa,"),
        ("body", "Thank you again for the interview this morning."),
        ("body", "I look forward to hearing from you on Friday."),
        ("closing", "Best regards,"), ("signature", "Devon"),
    ]


def test_a_time_in_a_sentence_starts_no_thread() -> None:
    text = "Hi Ann,\n\nThanks for today. See you at\n4:30 pm\nHi again to Tom, too.\n\nBest,\nJo\n"
    assert roles(text)[0] == ("salutation", "Hi Ann,")


def test_a_fragment_on_its_own_line_stays_in_its_paragraph() -> None:
    text = (
        "Dear Mr. Abara,\n\nWhen you asked who taught me the most about running a kitchen, "
        "I only had time for a short answer. So here it is, in two words:\nGloria Mendes.\n"
        "She ran the line at Brasserie Lune for twenty years and taught me to keep calm.\n\n"
        "I would love to bring that calm to your team.\n\nSincerely,\nRuth\n"
    )
    assert next(part for role, part in roles(text) if role == "body").endswith("keep calm.")


def test_html_line_breaks_part_the_letter_and_keep_offsets() -> None:
    text = "Dear Ms. Tan,<br><br>Thank you for Monday.<br><br>Kind regards,<br>Lim Wei Jie<br>"
    assert roles(text) == [("salutation", "Dear Ms. Tan,"), ("body", "Thank you for Monday."),
                           ("closing", "Kind regards,"), ("signature", "Lim Wei Jie")]


def test_ornaments_a_second_pages_header_and_a_banner_are_no_part() -> None:
    text = (
        "[EXTERNAL] This email originated from outside the organization.\n\n"
        "Good afternoon Dr. Lindgren,\n\nThank you for Monday.\n\n   ~ ~ ~\n\n"
        "Mr Rupert Ashdown\nPage 2\n2 December 2025\n\nI enjoyed the tour.\n\n"
        "Respectfully,\nKeanu\n"
    )
    assert roles(text) == [("salutation", "Good afternoon Dr. Lindgren,"),
                           ("body", "Thank you for Monday."), ("body", "I enjoyed the tour."),
                           ("closing", "Respectfully,"), ("signature", "Keanu")]


def test_a_tilde_in_a_sentence_is_the_sentence() -> None:
    text = "Dear Ann,\n\nI can start in ~2 weeks.\n\nBest,\nJo\n"
    assert ("body", "I can start in ~2 weeks.") in roles(text)


@pytest.mark.parametrize("marker", [
    "Begin forwarded message:",
    "##- Please type your reply above this line -##",
    "Von: Katrin Vogel <k@example.de>\nGesendet: Dienstag, 2. Dezember 2025\nAn: d@example.net",
])
def test_a_forwarded_or_foreign_quoted_message_is_quoted(marker: str) -> None:
    text = f"Dear Ann,\n\nThank you for today.\n\nBest regards,\nDan\n\n{marker}\n\nHi Dan,\n\nok\n"
    found = roles(text)
    assert found[-3:-1] == [("closing", "Best regards,"), ("signature", "Dan")]
    assert found[-1][0] == "quoted" and found[-1][1].startswith(marker.splitlines()[0])


def test_an_attention_line_is_the_recipients_and_a_subject_may_follow_the_greeting() -> None:
    text = (
        "Attn: Human Resources, Parks Department\n\nTo Whom It May Concern:\n\n"
        "Sub: Thank you – interview (Ref. RA/14)\n\nThank you for Tuesday.\n\n"
        "Respectfully,\nGerald\n"
    )
    assert roles(text)[:4] == [("recipient", "Attn: Human Resources, Parks Department"),
                               ("salutation", "To Whom It May Concern:"),
                               ("subject", "Sub: Thank you – interview (Ref. RA/14)"),
                               ("body", "Thank you for Tuesday.")]


def test_attention_to_detail_is_a_sentence() -> None:
    text = "Attention to detail matters in audit, as you said on Monday.\n\nBest,\nJo\n"
    assert roles(text)[0][0] == "body"


def test_a_fenced_code_block_is_one_paragraph() -> None:
    text = (
        "Hi Anders,\n\nThanks for the pairing interview.\n\n```python\ndef f(x):\n    y = 1\n"
        "    return x + y\n```\n\nHappy to talk it through.\n\nThanks again,\nPriya\n"
    )
    assert [part for role, part in roles(text) if role == "body"][1].endswith("```")


def test_a_signature_with_a_motto_rank_or_canadian_address() -> None:
    for signature in (
        'Luis Andrade\nAnalyst\n"The greatest threat is the belief that someone else will '
        'save it." — Robert Swan',
        "Jamal R. Hutchins\nSFC, U.S. Army (Ret.)",
        "Étienne Lavoie\n4200, boul. Saint-Laurent, Montréal (QC) H2X 2N8\n514 555-0166",
    ):
        text = f"Dear Ms. Ferraro,\n\nThank you.\n\nVery respectfully,\n\n{signature}\n"
        assert roles(text)[-2:] == [("closing", "Very respectfully,"), ("signature", signature)]


def test_a_chat_export_leaves_the_writers_message() -> None:
    text = (
        "[02/12/2025, 18:03:51] Dev Pillay: Hi Nomvula, thanks for coming in today.\n"
        "[03/12/2025, 09:14:22] Nomi: Good morning Mr Pillay,\nThank you for the interview.\n"
        "Kind regards\nNomvula Dube\n[03/12/2025, 09:40:05] Dev Pillay: Yes it would.\n"
    )
    found = roles(text)
    assert found[0][0] == "quoted" and found[-1][0] == "quoted"
    assert found[1:-1] == [("salutation", "Good morning Mr Pillay,"),
                           ("body", "Thank you for the interview."),
                           ("closing", "Kind regards"), ("signature", "Nomvula Dube")]


def test_one_bracketed_line_is_no_chat_export() -> None:
    text = "[Draft 2] Note: check the date\nDear Ann,\nThank you for today.\nBest,\nJo\n"
    assert not any(role == "quoted" for role, _ in roles(text))


def test_trailing_links_comments_and_mail_furniture_are_no_part() -> None:
    text = (
        "Hi Greta,\n\nHere is the audit [1].\n\nBest,\nFelix\n\nLinks:\n------\n"
        "[1] https://example.dev/audit\n\n[a]Should I cut this?\n\n"
        "(See attached file: refs.pdf)\n\nPlease consider the environment before printing.\n"
    )
    assert roles(text)[-2:] == [("closing", "Best,"), ("signature", "Felix")]


def test_a_banner_on_a_letter_without_blank_lines_takes_only_its_own_lines() -> None:
    text = (
        "[EXTERNAL] This email originated from outside the organization.\n"
        "Do not click links unless you recognize the sender.\nDear Ann,\nThank you for today.\n"
        "Best,\nJo\n"
    )
    assert [role for role, _ in roles(text)] == ["salutation", "body", "closing", "signature"]


def test_a_caution_about_the_letter_is_no_banner() -> None:
    text = "Caution: long letter ahead\n\nDear Ann,\n\nThank you for today.\n\nBest,\nJo\n"
    assert roles(text)[0][1] == "Caution: long letter ahead"  # kept, in whatever part


def test_a_list_of_named_referees_is_no_chat_export() -> None:
    text = (
        "Dear Ann,\n\nMy two referees:\n[Reference 1] Dr Ruth Ansah: ruth@example.org\n"
        "[Reference 2] Tom Lee: tom@example.org\n\nI would love to join the team.\n\nBest,\nJo\n"
    )
    found = roles(text)
    assert "quoted" not in [role for role, _ in found]
    assert found[-2:] == [("closing", "Best,"), ("signature", "Jo")]


@pytest.mark.parametrize("opening", ["Re-reading my notes from Tuesday, I realised something.",
                                     "Sub-editing at the Herald taught me to cut."])
def test_a_sentence_under_the_greeting_is_no_subject(opening: str) -> None:
    text = f"Dear Ann,\n\n{opening}\n\nBest,\nJo\n"
    assert roles(text)[1:] == [("body", opening), ("closing", "Best,"), ("signature", "Jo")]


def test_a_page_number_under_the_name_keeps_the_sign_off() -> None:
    text = "Dear Ann,\n\nThanks for today.\n\nBest,\nJo\nPage 1 of 2\n\nP.S. Here is the link.\n"
    assert roles(text)[2:4] == [("closing", "Best,"), ("signature", "Jo")]


def test_html_breaks_in_any_case_under_a_subject_line() -> None:
    text = "Subject: Thank you<BR>Dear Ann,<Br><br/>Thanks for today.<br />Best,<br>Jo"
    assert roles(text) == [("subject", "Subject: Thank you"), ("salutation", "Dear Ann,"),
                           ("body", "Thanks for today."), ("closing", "Best,"),
                           ("signature", "Jo")]


def test_a_tilde_fence_keeps_its_closing_line() -> None:
    text = "Hi Anders,\n\nThe fix:\n\n~~~\nreturn x\n~~~\n\nThanks again,\nPriya\n"
    assert any(role == "body" and part.endswith("return x\n~~~") for role, part in roles(text))


@pytest.mark.parametrize("text", [
    "hey Sam, can you read this before I send it? thanks!!\n\n"
    "Hi Denise,\n\nThank you for the chat on Thursday.\n\nBest,\nPriya",
    "Junior Copywriter\nFable & Finch · Bristol\nAbout the job\n"
    "We want a copywriter who enjoys proofreading.\n\n"
    "Hi Rosie,\n\nThanks so much for the chat on Thursday.\n\nSpeak soon!\nEllis",
])
def test_a_note_above_a_greeting_further_down_is_aside(text: str) -> None:
    found = roles(text)
    assert found[0][0] == "aside"
    assert [role for role, _ in found[1:]] == ["salutation", "body", "closing", "signature"]


@pytest.mark.parametrize("text", [
    "Thanks for the chat.\n\nHi again, I forgot one thing.\n\nBest,\nSam",
    "Quick note first.\n\nBest,\nSam\n\n"
    "Dear Ms. Park,\n\nThank you for meeting me.\n\nSincerely,\nSam",
])
def test_a_sentence_or_a_signed_message_above_a_greeting_is_not_aside(text: str) -> None:
    assert "aside" not in [role for role, _ in roles(text)]


@pytest.mark.parametrize(("footer", "aside"), [
    ("Panel interview · Tue 2 Dec 14:00\nJoin on Teams: https://example.com/meet\n"
     "Meeting ID: 123 456", True),
    ("This email has been checked for viruses by antivirus software.", True),
    ("Would you like me to make it more formal?", True),
    ("P.S. I've attached the portfolio.", False),
    ("Senior Designer\n\n07700 900123", False),
])
def test_text_under_a_signed_letter_is_aside_unless_it_signs_it(footer: str, aside: bool) -> None:
    text = f"Hi Jonah,\n\nThanks for the call yesterday.\n\nBest regards,\nHarriet Cole\n\n{footer}"
    found = roles(text)
    assert ("aside" in [role for role, _ in found]) is aside
    assert ("closing", "Best regards,") in found
    assert not any(role == "body" and "Harriet" in part for role, part in found)


@pytest.mark.parametrize(("first", "role"), [
    ("Thank you – Tuesday's interview (Junior Graphic Designer)", "subject"),
    ("R-048213 Senior Accountant (Hybrid, Leeds)", "subject"),
    ("Here's what I sent her the same evening:", "aside"),
])
def test_a_line_set_apart_above_a_letter_with_no_greeting(first: str, role: str) -> None:
    text = (f"{first}\n\nThank you for showing me the studio.\n\nI'd love to join.\n\n"
            "Best wishes,\nLotte")
    assert roles(text)[0] == (role, first)
    assert [r for r, _ in roles(text)].count("body") == 2


@pytest.mark.parametrize("first", [
    "Thanks again for today",  # a first sentence left unpunctuated, not a title
    "Thank you for the interview.",
])
def test_a_first_sentence_set_apart_stays_body(first: str) -> None:
    text = f"{first}\n\nI enjoyed meeting the team.\n\nBest wishes,\nLotte"
    assert roles(text)[0] == ("body", first)


def test_a_sentence_closing_a_signed_block_is_an_aside() -> None:
    """A sentence said to the reader under the name is no part of the signature but is
    sent with it: an aside, which tone reads (a tagline, or "I'll start Monday")."""
    text = ("Hi Jonah,\n\nThanks for the call yesterday.\n\nAll the best,\nHarriet Cole\n"
            "Content Strategist\nI work flexible hours, so please don't feel obliged to reply.")
    found = roles(text)
    assert found[2] == ("closing", "All the best,")
    assert found[3] == ("signature", "Harriet Cole\nContent Strategist")
    assert found[4] == ("aside", "I work flexible hours, so please don't feel obliged to reply.")
    assert [role for role, _ in found].count("body") == 1


def test_a_remark_in_brackets_closing_a_signed_block_is_an_aside() -> None:
    """A remark in brackets under the name, with no full stop, is said to the reader
    too (set 44)."""
    text = ("Hello Mrs Wainwright,\n\nI am following up about the forklift job.\n\n"
            "Regards,\nRaymond Dobbs\n(22 years' experience – apparently not enough these days)")
    found = roles(text)
    assert found[-2:] == [
        ("signature", "Raymond Dobbs"),
        ("aside", "(22 years' experience – apparently not enough these days)"),
    ]


@pytest.mark.parametrize("under", [
    "Harriet Cole\nContent Strategist\n07700 900123",
    "Harriet Cole\n(she/her)",
    "Harriet Cole\nRegistered Nurse (Adult), NMC PIN 12A3456E",
    "Harriet Cole\nHead of Content, Northwind Ltd.",
    "Harriet Cole\n#OpenToWork",
])
def test_a_signature_without_a_sentence_stays_whole(under: str) -> None:
    text = f"Hi Jonah,\n\nThanks for the call yesterday.\n\nAll the best,\n{under}"
    assert roles(text)[-1] == ("signature", under)


def test_thanks_for_your_time_signs_off() -> None:
    text = ("Hi Mrs Greaves,\n\nJust following up on the driver job.\n\nThanks for your "
            "time,\nPaul Hennessy\n(No doubt it's gone to someone's mate, but thought I'd "
            "ask anyway.)")
    found = roles(text)
    assert found[2:] == [
        ("closing", "Thanks for your time,"), ("signature", "Paul Hennessy"),
        ("aside", "(No doubt it's gone to someone's mate, but thought I'd ask anyway.)"),
    ]


def test_a_sentence_under_a_closing_word_in_a_paragraph_is_not_a_signature() -> None:
    text = "Hi Jonah,\n\nThanks for the call.\nThanks\nI will send the audit plan on Monday."
    assert "closing" not in [role for role, _ in roles(text)]


@pytest.mark.parametrize("footer", ["Von meinem iPhone gesendet", "Envoyé de mon iPhone",
                                    "Verstuurd vanaf mijn iPhone", "Enviado do meu iPhone"])
def test_a_phone_footer_in_another_language_is_no_part(footer: str) -> None:
    text = f"Hallo Herr Brandt,\n\nthank you again for the interview.\n\n{footer}"
    assert [role for role, _ in roles(text)] == ["salutation", "body"]


@pytest.mark.parametrize("footer", ["Apologies for any typos, sent on the move.",
                                    "Please excuse brevity and typos."])
def test_a_phones_excuse_under_the_name_is_no_part(footer: str) -> None:
    """A phone's footer, not an apology of the writer's: no part holds it, so the tone
    check does not read it as one (LL405)."""
    text = f"Hi Jonah,\n\nThanks for the call yesterday.\n\nBest,\nSam Ortiz\n{footer}\n"
    assert [role for role, _ in roles(text)] == ["salutation", "body", "closing", "signature"]
    assert roles(text)[-1] == ("signature", "Sam Ortiz")


def test_an_apology_in_the_letter_stays_body() -> None:
    text = "Hi Jonah,\n\nApologies for any typos in my last email.\n\nBest,\nSam"
    assert roles(text)[1] == ("body", "Apologies for any typos in my last email.")
    last = "Apologies for the typos in my application; a corrected CV is attached."
    unsigned = f"Hi Jonah,\n\nThanks for the call yesterday.\n\n{last}\n"
    assert roles(unsigned)[-1] == ("body", last)
    under = "Please excuse my spelling in the application form."
    signed = f"Hi Jonah,\n\nThanks for the call.\n\nBest,\nSam Ortiz\n{under}\n"
    assert roles(signed)[-1] == ("aside", under)


def test_speak_soon_signs_off() -> None:
    text = "Hi Rosie,\n\nThanks so much for the chat on Thursday.\n\nSpeak soon!\nEllis"
    assert ("closing", "Speak soon!") in roles(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a spaced signature under the sign-off: the body's "thanks so much" is no sign-off
    ("Hey Jo,\n\nthanks so much\nfor today\n\nI really enjoyed meeting the team and I would "
     "love to join.\n\nCheers,\n\nSam", [("closing", "Cheers,"), ("signature", "Sam")]),
    # a greeting quoted in a letter that opens with its own
    ("Dear Ms. Park,\n\nThank you for meeting me on Tuesday. You suggested I open my note "
     "to him with:\n\nDear Mr. Lee,\n\nand so I did.\n\nYours sincerely,\nSam Lee",
     [("salutation", "Dear Ms. Park,")]),
    # a reply signed with a bare name above the message it answers
    ("Tuesday at 10 works for me. Thank you!\n\nSam\n\n\nHi Sam,\n\nThanks for your time "
     "today. Could you come back on Tuesday?\n\nJo Park\nAcme",
     [("body", "Tuesday at 10 works for me. Thank you!")]),
    # two sign-off lines over a name and a tagline
    ("Dear Sir,\n\nI remain keenly interested in the post.\n\nThanking you,\nYours faithfully,"
     "\nRohan Mehta\nACCA Affiliate | 6 years in statutory audit, Mumbai",
     [("closing", "Thanking you,\nYours faithfully,")]),
])
def test_the_letter_around_look_alike_borders(text: str, expected: list[tuple[str, str]]) -> None:
    found = roles(text)
    assert "aside" not in [role for role, _ in found]
    for part in expected:
        assert part in found


@pytest.mark.parametrize("first", [
    "Thanks again for today (and for the coffee)",
    "Thanks for today - it was great",
    "Thank you for the interview today, I have one question:",
])
def test_a_first_line_that_is_a_sentence_is_not_set_apart(first: str) -> None:
    text = f"{first}\n\nI'm really keen on the role.\n\nCheers\nSam"
    assert roles(text)[0] == ("body", first)


@pytest.mark.parametrize("closing", [
    "Thanks and regards,", "Thanking you and regards,", "Regards and respect,",
    "Kind regards and have a great weekend,",
])
def test_more_sign_offs(closing: str) -> None:
    text = f"Dear Ms. Rao,\n\nThank you for the interview yesterday.\n\n{closing}\nDeepa Menon"
    assert (("closing", closing)) in roles(text)


def test_a_group_addressed_with_to_the_is_a_greeting_and_fields_under_it_a_subject() -> None:
    text = ("To the interview panel,\nPosition applied for: Senior Social Worker\n"
            "Interview date: 2 December 2025\n\nThank you for the interview.\n\n"
            "Yours faithfully,\nAmara Obi")
    found = roles(text)
    assert found[0] == ("salutation", "To the interview panel,")
    assert found[1] == ("subject", "Position applied for: Senior Social Worker\n"
                                   "Interview date: 2 December 2025")
    assert [role for role, _ in found].count("body") == 1


def test_a_sentence_opening_with_to_the_is_no_greeting() -> None:
    text = "To the point: I loved the tour.\n\nThank you again.\n\nBest,\nSam"
    assert "salutation" not in [role for role, _ in roles(text)]


def test_a_notice_right_under_the_name_is_no_part() -> None:
    text = ("Dear Mr. Ito,\n\nThank you for the interview.\n\nKind regards,\nSofia Marchetti\n"
            "Senior Associate\nThis message is confidential and may be legally privileged.")
    found = roles(text)
    assert found[-1] == ("signature", "Sofia Marchetti\nSenior Associate")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting wrapped in a narrow window, and "Greetings of the day!" under one
        ("Dear\nMs. Oyelaran-Whitcombe,\n\nThanks for today.\n\nBest,\nSam",
         [("salutation", "Dear\nMs. Oyelaran-Whitcombe,"), ("body", "Thanks for today."),
          ("closing", "Best,"), ("signature", "Sam")]),
        ("Dear Mr. Iyer,\nGreetings of the day!\n\nThanks for today.\n\nRegards,\nAnjali",
         [("salutation", "Dear Mr. Iyer,\nGreetings of the day!"), ("body", "Thanks for today."),
          ("closing", "Regards,"), ("signature", "Anjali")]),
        # set apart by a blank line, the same words are the writer's first paragraph
        ("Dear Sir,\n\nGreetings of the day! I hope you are well.\n\nThanks for today.\n\n"
         "Regards,\nAnjali",
         [("salutation", "Dear Sir,"), ("body", "Greetings of the day! I hope you are well."),
          ("body", "Thanks for today."), ("closing", "Regards,"), ("signature", "Anjali")]),
        # an addressee line with no greeting; an attachment chip before the sign-off
        ("To: Ms. Fern Adler (via the careers portal)\nThank you for the interview.\n\n"
         "I attach the report.\n\n\U0001F4CE Report_v2.pdf (1.2 MB)\n\nBest regards,\nHamid",
         [("recipient", "To: Ms. Fern Adler (via the careers portal)"),
          ("body", "Thank you for the interview."), ("body", "I attach the report."),
          ("aside", "\U0001F4CE Report_v2.pdf (1.2 MB)"),
          ("closing", "Best regards,"), ("signature", "Hamid")]),
        # a sentence opening with "Good morning" under the greeting is the body
        ("Dear Ms. Rao,\nGood morning, I am very keen to join your team.\n\n"
         "Thanks for today.\n\nRegards,\nAnjali",
         [("salutation", "Dear Ms. Rao,"),
          ("body", "Good morning, I am very keen to join your team."),
          ("body", "Thanks for today."),
          ("closing", "Regards,"), ("signature", "Anjali")]),
        # a short line with a comma under a bare "Hi" is a sentence, not a name
        ("Hi\nThanks again for today,\nit was great to meet the team.\n\nBest,\nSam",
         [("salutation", "Hi"),
          ("body", "Thanks again for today,\nit was great to meet the team."),
          ("closing", "Best,"), ("signature", "Sam")]),
        # a file named in a sentence stays in the body
        ("Dear Ms. Rao,\n\nThanks for today.\n\nI have attached my CV.pdf (2 MB)\n\n"
         "Regards,\nAnjali",
         [("salutation", "Dear Ms. Rao,"), ("body", "Thanks for today."),
          ("body", "I have attached my CV.pdf (2 MB)"),
          ("closing", "Regards,"), ("signature", "Anjali")]),
    ],
)
def test_greeting_addressee_and_attachment_lines_are_not_paragraphs(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert roles(text) == expected


@pytest.mark.parametrize("chrome", [
    "[Message clipped]  View entire message", "Reply   Reply all   Forward\nAdd reaction 🙂",
])
def test_a_web_mail_pages_buttons_under_the_name_are_no_part(chrome: str) -> None:
    text = f"Dear Ms. Lind,\n\nThank you for the interview.\n\nBest regards,\nErik\n\n{chrome}\n"
    assert roles(text)[-1] == ("signature", "Erik")



@pytest.mark.parametrize("name", [
    "Ms. Oyelaran-Whitcombe,", "Dr. van der Berg,", "Ms. de la Cruz,", "Mr. bin Salleh,",
    "Ms. al-Hassan,", "Priya ji,", "李明,", "Hiring Team,",
])
def test_a_greeting_wrapped_before_the_name_is_one_salutation(name: str) -> None:
    text = f"Dear\n{name}\n\nThanks for today.\n\nBest,\nSam"
    assert roles(text)[0] == ("salutation", f"Dear\n{name}")


@pytest.mark.parametrize(("greeting", "below"), [
    ("Dear", "Sincerely,"), ("Hi", "Hope you are well,"), ("Hi", "Thanks again for today,"),
])
def test_a_sign_off_or_a_sentence_under_a_bare_greeting_is_no_name(
    greeting: str, below: str
) -> None:
    text = f"{greeting}\n{below}\nit was great to meet the team.\n\nBest,\nSam"
    assert roles(text)[0] == ("salutation", greeting)


@pytest.mark.parametrize("second", [
    "Greetings,", "Good morning,", "Good Morning Madam,", "Greetings of the day to you!",
    "Good day to you, sir.",
])
def test_a_second_greeting_with_a_comma_joins_the_salutation(second: str) -> None:
    text = f"Respected Sir,\n{second}\n\nThank you for the interview.\n\nRegards,\nAnjali"
    assert roles(text)[0] == ("salutation", f"Respected Sir,\n{second}")


def test_a_letter_that_is_only_an_attachment_chip_keeps_it_as_body() -> None:
    text = "Dear Ms. Rao,\n\n\U0001F4CE CV.pdf (120 KB)\n\nBest,\nAnjali"
    assert ("body", "\U0001F4CE CV.pdf (120 KB)") in roles(text)


PAGE_BREAK = (
    "Dear Mr. Adeyemi,\n\n"
    "Since we spoke, I have reviewed the variation log you shared, and I think\n"
    "the approach I used on the Wakefield scheme, where we agreed\n\n"
    "Page 1 of 2\n\n"
    "Thank-you letter – 3 December 2026                          Page 2\n"
    "valuations every fortnight, could save your team time.\n\n"
    "I look forward to hearing from you.\n\nYours sincerely,\n\nMarcus Bellamy\n"
)


def test_a_page_break_inside_a_paragraph_is_a_gap_in_it(pipeline: Pipeline) -> None:
    """A PDF copy's page number and running header where a paragraph runs on across
    the page: one paragraph, whose gaps hold them, and a sentence that reads across."""
    parts = [part for part in find_parts(PAGE_BREAK) if part.role is Role.BODY]
    assert len(parts) == 2
    [gap] = parts[0].gaps
    assert "Page 1 of 2" in gap.of(PAGE_BREAK) and "Page 2" in gap.of(PAGE_BREAK)
    assert [piece.of(PAGE_BREAK) for piece in parts[0].pieces()][-1].startswith("valuations")
    letter = parse(PAGE_BREAK, pipeline)
    [across] = [s for s in letter.sentences if "agreed" in s.text]
    assert "Page" not in across.text and across.text.rstrip().endswith("time.")
    assert len(across.text) == across.span.end - across.span.start  # offsets hold


def test_wrapped_lines_break_a_paragraph_where_the_next_word_would_have_fitted() -> None:
    """A Word copy hard-wrapped with no blank lines: a line that ends a sentence with
    room for the next line's first word ends a paragraph, even with no room to spare."""
    text = (
        "Dear Dr. Nakamura,\n"
        "Thank you for meeting with me on Tuesday to discuss the Postdoctoral\n"
        "Research Associate position in your lab. I especially enjoyed the tour of\n"
        "the cryo-EM suite and hearing about the membrane transporter project.\n"
        "My doctoral work on ABC transporters used many of the same purification\n"
        "methods, and I am confident I could contribute to the project quickly.\n"
        "I have attached the two papers we discussed.\n"
        "With best wishes,\nElena Petrovic\n"
    )
    assert len(bodies(text)) == 3
    # a copy that capitalises every wrapped line leaves the capitals no sign of a new
    # sentence: there a break needs room to spare, and this stays one paragraph
    capitals = (
        "Dear Dr. Achebe,\n\n"
        "Thank you for the conversation on Friday about the research software\n"
        "Engineer position in the Computational Biology Core. It was a pleasure\n"
        "To meet the team and to see the sequencing pipeline you have built.\n"
        "I was especially interested in your plan to port the variant-calling\n"
        "Steps to Nextflow.\n\nSincerely,\n\nHannah Lindqvist\n"
    )
    assert len(bodies(capitals)) == 1


def test_emoji_and_date_and_place_lines_under_the_name_are_not_the_signature() -> None:
    emoji = "Hey Marisol!\n\nThanks for today.\n\nThanks,\nLeo\n🍳🔥\n\nSent from my iPhone\n"
    assert ("signature", "Leo") in roles(emoji)
    indian = (
        "Respected Sir/Madam,\nI thank you for the interview held on 1st December.\n"
        "Kindly consider my candidature.\nThanking you,\nYours obediently,\n"
        "Meenakshi Sharma\nM.Sc., B.Ed.\nDate: 02.12.2026\nPlace: Jaipur\n"
    )
    assert ("signature", "Meenakshi Sharma\nM.Sc., B.Ed.") in roles(indian)


def test_closing_formulas_above_the_sign_off_join_it() -> None:
    text = (
        "Dear Sir or Madam,\n\nMay I ask whether the committee has reached a decision?\n\n"
        "With the assurance of my highest consideration,\n\n"
        "I have the honour to be,\nYours faithfully,\n\nIrina Volkova\n"
    )
    assert len(bodies(text)) == 1
    [closing] = [part for role, part in roles(text) if role == "closing"]
    assert closing.startswith("With the assurance") and closing.endswith("Yours faithfully,")
    # a sentence above the sign-off stays body, though it opens like a formula
    sentence = (
        "Dear Sir,\n\nThank you for the interview.\n\n"
        "I remain at your disposal for any further information.\nYours faithfully,\n\nIrina\n"
    )
    assert len(bodies(sentence)) == 2
    very = ("Dear Mr Whitcombe,\n\nThank you for the interview.\n\n"
            "With very best wishes to you and the team,\n\nPeggy Ellwood\n")
    assert len(bodies(very)) == 1
    assert ("closing", "With very best wishes to you and the team,") in roles(very)
    beg = ("Dear Dr Pemberton,\n\nThank you for the interview.\n\n"
           "I beg to remain,\nYours faithfully,\n\nMargaret Coombes\n")
    assert len(bodies(beg)) == 1
    assert ("closing", "I beg to remain,\nYours faithfully,") in roles(beg)


def test_emoji_lines_in_the_body_stay_and_only_paragraphs_have_gaps() -> None:
    """An emoji line under the name is decoration; one in the body is the writer's."""
    body = ("Dear Ann,\n\nThank you for the interview!\n🙂\nI loved meeting the team\n🎉\n"
            "and seeing the lab.\n\nBest,\nSam")
    assert len(bodies(body)) == 1
    signed = "Dear Ann,\n\nThank you.\n\nBest,\nLeo\n~ ~ ~\nHead Chef"
    assert all(not part.gaps for part in find_parts(signed))


@pytest.mark.parametrize("attribution", [
    "El mar, 10 mar 2026 a las 9:02, Lucía Gómez (<lg@example.mx>) escribió:",
    "Am Mo., 9. März 2026 um 08:15 Uhr schrieb Thomas Hartmann <th@example.de>:",
    "Le lun. 16 mars 2026 à 18:20, Sophie Laurent <sl@example.fr> a écrit :",
    "Em qua., 11 de mar. de 2026 às 15:40, Ana Lima <al@example.br> escreveu:",
    "De : Sophie Laurent <sl@example.fr>\nEnvoyé : lundi 16 mars 2026 18:20\nÀ : c@example.fr",
])
def test_a_quoted_message_introduced_in_another_language_is_quoted(attribution: str) -> None:
    text = (f"Hola Lucía,\n\nThank you for this morning.\n\nUn saludo,\nDaniel Ferreira\n\n"
            f"{attribution}\n> Hola Daniel,\n> Te confirmo la entrevista.\n")
    found = roles(text)
    assert found[-3:-1] == [("closing", "Un saludo,"), ("signature", "Daniel Ferreira")]
    assert found[-1][0] == "quoted" and found[-1][1].startswith(attribution.splitlines()[0])


def test_a_line_that_only_opens_like_an_attribution_is_the_letters() -> None:
    text = ("Dear Ms. Vogel,\n\nThank you for Monday.\n\n"
            "Am I right that the team writes: \"tests first\"? I would love that.\n\nBest,\nJo\n")
    assert len(bodies(text)) == 2


def test_a_portals_footer_and_a_disclaimer_under_a_title_are_no_part() -> None:
    text = (
        "Hello Ms. Delgado,\n\nThank you for Monday.\n\nWith gratitude,\nCarmen Ruiz, RN\n\n"
        "Westlake Health Careers | Application ID 88231-ICU\n"
        "You are receiving this because you applied at careers.example.org.\n"
        "This message and any attachments are intended only for the addressee.\n\n"
        "This message was sent through the Brightwater careers portal. Replies appear here.\n\n"
        "This e-mail is subject to the Highveld University e-mail disclaimer at example.org.\n\n"
        "🌱 Please consider the environment before printing this email.\n"
    )
    assert roles(text)[1:] == [("body", "Thank you for Monday."), ("closing", "With gratitude,"),
                               ("signature", "Carmen Ruiz, RN")]
    # one notice line under a sign-off and a name, in their block: the name stays
    signed = ("Dear Ann,\n\nThank you.\n\nKind regards,\nSofia Marchetti\n"
              "This message is confidential. If you have received it in error, delete it.\n")
    assert roles(signed)[-2:] == [("closing", "Kind regards,"), ("signature", "Sofia Marchetti")]


@pytest.mark.parametrize("name", [
    "Émilie Tremblay (she/her | elle)", "Lucas Andrade (he/him)",
    "Nkechi Adebayo-Clarke, ACA, CFA (she/her)\n"
    "Senior Accountant | Group Reporting | Halden & Rowe LLP",
    "Lerato Dlamini\nBSc Quantity Surveying (final year), Highveld University",
])
def test_pronouns_and_titles_parted_by_bars_are_signature_lines(name: str) -> None:
    signature = f"{name}\n+27 82 555 0147"
    text = f"Hi Deborah,\n\nThank you for Monday.\n\nBest regards,\n\n{signature}\n"
    assert roles(text)[-2:] == [("closing", "Best regards,"), ("signature", signature)]
    # a short sentence with a bracketed aside is still a sentence
    sentence = "Hi Deb,\n\nThank you for Monday.\n\nI loved the tour (and the coffee)\n"
    assert bodies(sentence)[-1] == "I loved the tour (and the coffee)"


@pytest.mark.parametrize(("greeting", "closing"), [
    ("Oi Fernanda,", "Abraços,"), ("Hola Lucía,", "Un saludo,"),
    ("Bonjour Mme Laurent,", "Best regards / Cordialement,"),
    ("Sehr geehrter Herr Becker,", "Mit freundlichen Grüßen / Kind regards"),
])
def test_greetings_and_sign_offs_in_other_languages(greeting: str, closing: str) -> None:
    first = "thanks again for today and for organising everything so quickly after the call."
    text = f"{greeting} {first}\n\nI enjoyed the tour.\n\n{closing}\nLucas Andrade\n"
    assert roles(text) == [("salutation", greeting), ("body", first),
                           ("body", "I enjoyed the tour."), ("closing", closing),
                           ("signature", "Lucas Andrade")]
    # a first name that is also a greeting in some language is still a name
    assert roles("Hi Cara,\n\nThanks for today.\n\nBest,\nCara Jones\n")[-1] == (
        "signature", "Cara Jones")


@pytest.mark.parametrize("listed", [
    "Enclosures:\nReference letters (2)\nGMP certificate",
    "Attachments:\n  • EBrooks_Portfolio_2026.pdf (4.2 MB)\n  • Summary.pdf (1.8 MB)",
])
def test_a_labelled_list_of_enclosures_or_attachments_is_no_part(listed: str) -> None:
    text = ("Dear Mr Becker,\n\nI enclose my references.\n\nBest regards\n\n"
            f"Dr. Lena Hoffmann\n\n{listed}\n")
    assert roles(text)[-2:] == [("closing", "Best regards"), ("signature", "Dr. Lena Hoffmann")]
    # a note in sentences under the label is read, as a note under the name
    sentence = ("Dear Mr Becker,\n\nThank you.\n\nBest regards\nLena\n\n"
                "Enclosed:\nMy references, as you asked. I hope they help.\n")
    assert roles(sentence)[-1] == ("aside", sentence[sentence.index("Enclosed"):].rstrip())


def test_enclosure_and_copy_lines_between_the_name_and_a_postscript_are_no_part() -> None:
    text = ("Dear Ms Fairclough,\n\nI enclose my portfolio.\n\nYours sincerely,\n\nCallum Reid\n\n"
            "Enc.: portfolio (12 pages)\ncc: Mr T. Adeyemi, Head of Design\n\n"
            "P.S. The last piece is new.\n\n          Page 1 of 1\n")
    assert roles(text)[-3:] == [("closing", "Yours sincerely,"), ("signature", "Callum Reid"),
                                ("postscript", "P.S. The last piece is new.")]
    # a P.S. right under the name keeps the name
    plain = "Dear Ann,\n\nThank you.\n\nBest,\nCallum Reid\n\nP.S. The last piece is new.\n"
    assert roles(plain)[-2] == ("signature", "Callum Reid")


@pytest.mark.parametrize("title", [
    "APPRECIATION FOR THE INTERVIEW: POSITION OF CREDIT OFFICER",
    "Registered Veterinary Nurse – interview on 21st April",
])
def test_an_unlabelled_title_under_the_greeting_is_the_subject(title: str) -> None:
    text = (f"Dear Sir,\n\n{title}\n\nI write to thank you.\n\nI enjoyed it.\n\n"
            "Yours faithfully,\n\nObi\n")
    assert roles(text)[:3] == [("salutation", "Dear Sir,"), ("subject", title),
                               ("body", "I write to thank you.")]
    # a first line in the writer's own words, with no stop, is still the first paragraph
    note = "Hi Sam,\n\nJust a quick note – thanks for today\n\nI enjoyed it.\n\nBest,\nJo\n"
    assert len(bodies(note)) == 2


def test_the_running_head_atop_a_second_page_is_a_gap() -> None:
    text = (
        "Dear Mr Hollis,\n\nThank you for Tuesday. I believe a similar approach could help\n"
        "you bring\n\n                            - 1 -\n\n"
        "Mr G. Hollis              - 2 -              14 May 2026\n\n"
        "the new line in without disrupting existing orders.\n\n"
        "I am very keen on the role.\n\nYours sincerely,\n\nRuth Ellingham\n"
    )
    body = [part for part in find_parts(text) if part.role is Role.BODY]
    assert len(body) == 2 and "Hollis" in body[0].gaps[0].of(text)
    # a sentence with a date in it under a page's number is the letter's
    kept = ("Dear Ann,\n\nThank you.\n\nPage 1 of 2\n\nI can start on 3 June.\n\n"
            "I enjoyed it.\n\nBest,\nJo\n")
    assert bodies(kept) == ["Thank you.", "I can start on 3 June.", "I enjoyed it."]


def test_a_reply_marker_with_nothing_above_it_is_no_quote() -> None:
    text = ("##- Please type your reply above this line -##\n\nHello Ms. Delgado,\n\n"
            "Thank you for Monday.\n\nWith gratitude,\nCarmen\n")
    assert roles(text) == [("aside", "##- Please type your reply above this line -##"),
                           ("salutation", "Hello Ms. Delgado,"),
                           ("body", "Thank you for Monday."), ("closing", "With gratitude,"),
                           ("signature", "Carmen")]
    # under a letter, the marker still starts the quoted message
    below = "Hi Ann,\n\nThank you.\n\nBest,\nJo\n\n##- Please type your reply above this line -##\n"
    assert roles(below)[-1][0] == "quoted"


def test_a_list_that_goes_on_with_the_sentence_above_it_is_of_its_paragraph() -> None:
    text = ("Hi Dr. Feld,\n\nThank you for yesterday. A few things stuck with me:\n\n"
            "- the plan to add two community sites\n- how the team shares the rota\n\n"
            "I would be delighted to join the team.\n\nWarm regards,\nNoor\n")
    assert len(bodies(text)) == 2 and bodies(text)[0].endswith("shares the rota")
    # a list of capitalised items set off by blank lines is a paragraph of its own
    capitalised = text.replace("- the plan", "- The plan").replace("- how", "- How")
    assert len(bodies(capitalised)) == 3


def test_a_web_forms_message_label_is_no_part_of_the_greeting() -> None:
    text = ("Name: Sid Menon\nEmail: sid@example.com\nMessage: Dear Ms. Boateng,\n\n"
            "Thank you for Tuesday.\n\nBest regards,\nSid Menon\n")
    assert ("salutation", "Dear Ms. Boateng,") in roles(text)
    # a sentence that ends in a label and a greeting on one line is left as it was
    said = "I opened my note with: Dear Ms. Boateng,\n\nThank you.\n\nBest,\nSid\n"
    assert ("salutation", "Dear Ms. Boateng,") not in roles(said)


def test_a_portals_from_and_to_fields_under_its_title_are_no_quote() -> None:
    text = (
        "TalentNest Candidate Home\nMessage Thread: Payroll Specialist (R-20417)\n"
        "──────────────────────────────\nFrom: You (Candidate)\nTo: Recruiting\n"
        "Sent: 22/04/2026 16:02\n──────────────────────────────\n\nDear Hiring Team,\n\n"
        "I wanted to follow up on my interview.\n\nKind regards,\nAma Mensah\n"
    )
    assert [role for role, _ in roles(text)] == [
        "letterhead", "recipient", "salutation", "body", "closing", "signature"]
    # under a letter's sentences, an Outlook From block is still the message quoted
    quoted = "Thanks for today!\nSam\n\nFrom: Ann Lee\nSent: Monday\nTo: Sam\n\nHi Sam,\n"
    assert roles(quoted)[-1][0] == "quoted"


@pytest.mark.parametrize("formula", [
    "Please accept, Madam, the assurance of my highest consideration.",
    "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.",
])
def test_a_closing_formula_written_as_a_sentence_is_the_sign_off(formula: str) -> None:
    text = ("Dear Madam,\n\nThank you for the interview.\n\n"
            "I remain at your disposal for any further information.\n\n"
            f"{formula}\n\nCamille Dubois\n")
    assert roles(text)[-3:] == [
        ("body", "I remain at your disposal for any further information."),
        ("closing", formula), ("signature", "Camille Dubois")]
    # a sentence that asks the reader to accept something is the letter's
    asked = text.replace(formula, "Please accept my apologies for the late reply.")
    assert len(bodies(asked)) == 3


def test_a_csv_exports_row_is_read_as_the_message_in_it() -> None:
    text = ('CONVERSATION ID,FROM,TO,DATE,SUBJECT,CONTENT,FOLDER\n'
            '2-MTk0==,Nadia Petrova,Marcus Lee,2026-02-19,Thank you,"Dear Marcus,\n\n'
            'Thank you for the ""usability"" session.\n\nBest,\nNadia P.",INBOX\n')
    assert roles(text) == [("salutation", "Dear Marcus,"),
                           ("body", 'Thank you for the ""usability"" session.'),
                           ("closing", "Best,"), ("signature", "Nadia P.")]
    # a letter whose first line lists things with commas is no export
    listed = ('Content, message, tone, layout: I checked them all.\n\n'
              'Thank you, "Ann",\nfor the review.\n\nBest,\nJo\n')
    assert roles(listed)[0] == ("body", "Content, message, tone, layout: I checked them all.")


def test_a_chat_pasted_with_speaker_lines_reads_each_line_as_a_paragraph() -> None:
    """Teams and Slack put the speaker and time on a line above each message: those
    lines, reactions and "(edited)" are not the letter, each line of the writer's
    messages is a paragraph (even with no full stop), and a message by someone else
    starts the quoted thread."""
    slack = ("Ana Ruiz  2:14 PM\nhey Joel! thanks again for the chat earlier about the growth "
             "role, and for the intro to Tessa\n"
             "the onboarding idea stuck with me (edited) \n:raised_hands:\n1\n\n"
             "Ana Ruiz  2:16 PM\nalso, I'm free on Thursday for the debrief.\n")
    assert roles(slack) == [
        ("salutation", "hey Joel!"),
        ("body", "thanks again for the chat earlier about the growth role, and for the intro to "
                 "Tessa"),
        ("body", "the onboarding idea stuck with me"),
        ("body", "also, I'm free on Thursday for the debrief."),
    ]
    teams = ("[10:14 AM] Okafor, Daniel\nHi Grace, thanks for this morning's interview.\n\n"
             "[10:16 AM] Okafor, Daniel\nI can send the triage rules before next week.\n\n"
             "[10:31 AM] Whitfield, Grace\nThanks Daniel, will pass this on.\n")
    assert roles(teams) == [
        ("salutation", "Hi Grace,"),
        ("body", "thanks for this morning's interview."),
        ("body", "I can send the triage rules before next week."),
        ("quoted", "[10:31 AM] Whitfield, Grace\nThanks Daniel, will pass this on."),
    ]
    # one time line is no chat: a letter that mentions a meeting time keeps its paragraphs
    letter = ("Dear Jo,\n\nThank you for the interview\nand for the tour.\n\n"
              "Ana Ruiz  2:14 PM\n\nBest,\nAna\n")
    assert ("body", "Thank you for the interview\nand for the tour.") in roles(letter)


def test_review_finds_of_the_eighth_session_parse_as_letters() -> None:
    """An ordinary letter is not read as a chat, a quote, a closing or a running head
    because one line looks like one: a timetable of "[9:30 AM]" lines, a short reply
    with no full stop over an Outlook quote, "Please accept my thanks…", a year in a
    one-line paragraph after a page number, and a sender called Ola."""
    timetable = ("Dear Ms Okafor,\n\nThank you for the visit. The day ran as planned:\n\n"
                 "[9:30 AM] Arrival and tour\n[10:15 AM] Panel interview with Dr Okafor\n\n"
                 "I enjoyed the tour of the Leeds lab.\n\nBest regards,\nSam Lee\n")
    assert ("closing", "Best regards,") in roles(timetable)
    assert ("body", "I enjoyed the tour of the Leeds lab.") in roles(timetable)
    reply = ("Thanks so much for the update, really looking forward to Thursday\nSam\n\n"
             "From: Priya Patel <p@example.com>\nSent: 2 May 2026 09:14\nTo: Sam Lee\n"
             "Subject: Interview\n\nHi Sam,\n\nWe'd like to invite you to a second round.\n")
    assert roles(reply)[-1][0] == "quoted"
    assert not [text for role, text in roles(reply) if role == "salutation"]
    thanks = ("Dear Jo,\n\nI enjoyed the interview.\n\nPlease accept my sincere thanks for "
              "your time and consideration.\n\nSam Lee\n")
    assert ("body", "Please accept my sincere thanks for your time and consideration.") in roles(
        thanks)
    paged = ("Dear Jo,\n\nThank you for the interview.\n\nPage 1 of 2\n\n"
             "In 2023 I cut hosting costs by 30%\n\nBest,\nSam\n")
    assert any(role == "body" and text.endswith("In 2023 I cut hosting costs by 30%")
               for role, text in roles(paged))
    ola = "Ola Adeyemi\n14 Marsh Road\nLagos\n\nDear Ms Patel,\n\nThank you.\n\nBest,\nOla\n"
    assert ("salutation", "Dear Ms Patel,") in roles(ola)


def test_a_long_closing_formula_ending_in_a_comma_joins_the_sign_off() -> None:
    """'Thanking you in advance for your kind attention to this matter,' (eleven words)
    above 'I remain, yours faithfully,' is the closing (set 43), while the same words as a
    sentence with a full stop stay in the body."""
    signed = ("Dear Sir,\n\nI await your decision with interest.\n\n"
              "Thanking you in advance for your kind attention to this matter,\n\n"
              "I remain, yours faithfully,\n\nPatricia Vane\n")
    assert ("closing", "Thanking you in advance for your kind attention to this matter,\n\n"
            "I remain, yours faithfully,") in roles(signed)
    said = signed.replace("this matter,", "this matter.")
    assert ("body", "Thanking you in advance for your kind attention to this matter.") in roles(
        said
    )


@pytest.mark.parametrize(("last", "closing"), [
    # a sign-off that runs on past its comma, right above the name (sets 47, 48)
    ("Lots of love, and give that daft spaniel of yours a squeeze from me xx", True),
    ("Thank you again and I hope to hear from you very soon,", True),
    ("All the best with the storm clean-up this winter,", True),
    ("Love,", True),
    # a sentence that opens like a sign-off stays in the body
    ("Thank you again, and I hope to hear from you very soon.", False),
    ("Love the idea of the new garden, and I hope to help plant it.", False),
])
def test_a_long_sign_off_line_above_the_name_is_the_closing(last: str, closing: bool) -> None:
    text = f"Hi Bev,\n\nThanks for the tour of the home on Tuesday.\n\n{last}\nShannon\n"
    assert (("closing", last) in roles(text)) is closing
    assert (("body", last) in roles(text)) is not closing


def test_a_writer_who_starts_paragraphs_in_lower_case_keeps_them_apart() -> None:
    """Blank lines part the paragraphs of a letter written in lower case even where it
    has a capital or two ("Pixel Planet"): a small letter after a blank line is the
    writer's habit there, not a sentence running on, and the lower-case name signs it
    (set 26). In a capitalised letter the same break mid-sentence is a page break."""
    casual = ("hey Jade\n\nthx for the interview 2day at Pixel Planet. was gr8 lol\n\n"
              "btw the till test was fun, hope the team is the same\n\n"
              "anyway i rly want the job, im free any day\n\ntyler\n")
    assert [text for role, text in roles(casual) if role == "body"] == [
        "thx for the interview 2day at Pixel Planet. was gr8 lol",
        "btw the till test was fun, hope the team is the same",
        "anyway i rly want the job, im free any day",
    ]
    assert ("signature", "tyler") in roles(casual)
    paged = ("Dear Ms Lee,\n\nThank you for showing me the new packing line and the\n\n"
             "loading bay on Tuesday.\n\nI would love to join the team.\n\nBest,\nTyler\n")
    assert ("body", "Thank you for showing me the new packing line and the\n\n"
            "loading bay on Tuesday.") in roles(paged)


@pytest.mark.parametrize(("ending", "closing"), [
    # right above the name, "See you …" signs the letter off (sets 9, 10, 16, 23)
    ("See you Monday!\nDan Whitlock\n", "See you Monday!"),
    ("see u in june!\nAarav\n", "see u in june!"),
    # set off from the name by a blank line, it is the body's last sentence (sets 18, 46)
    ("See you on the 1st!\n\nJason Reid\n", None),
])
def test_see_you_right_above_the_name_is_the_closing(ending: str, closing: str | None) -> None:
    text = f"Hi Sam,\n\nThanks for the tour of the depot on Tuesday.\n\n{ending}"
    found = [text for role, text in roles(text) if role == "closing"]
    assert found == ([closing] if closing else [])


def test_a_message_typed_a_thought_to_a_line_has_a_paragraph_a_line() -> None:
    """Lines too wide to be hard-wrapped, typed with no full stops: each line the writer
    ended is a paragraph unless it stops mid-phrase ("… and the" / "new"), and a bare
    name under the last one signs it (sets 9, 13, 44, 47)."""
    text = ("hiya Dean\n"
            "cheers for the trial shift last night, was a proper good laugh and id love to be "
            "working with you lot\n"
            "ive done 3 years behind the bar at the Crown so i can pour a guinness properly and "
            "i know the\n"
            "till system they use there inside out, so no training needed on that side of it\n"
            "im free every night except tuesdays so just let me know what suits the rota best\n"
            "Shannon\n")
    found = roles(text)
    assert [text for role, text in found if role == "body"] == [
        "cheers for the trial shift last night, was a proper good laugh and id love to be "
        "working with you lot",
        "ive done 3 years behind the bar at the Crown so i can pour a guinness properly and "
        "i know the\ntill system they use there inside out, so no training needed on that "
        "side of it",
        "im free every night except tuesdays so just let me know what suits the rota best",
    ]
    assert ("signature", "Shannon") in found


@pytest.mark.parametrize(("first", "salutation"), [
    # a greeting and a name with no comma, the first sentence going on in lower case
    ("hey Ray thx for the interview today at the hall", "hey Ray"),
    ("Hiya Jess thank u so much for the trial shift today", "Hiya Jess"),
    # a greeting that only looks like one run on
    ("Dear Selection panel members,", "Dear Selection panel members,"),
    ("Dear Hiring Manager at Brightline Foods", "Dear Hiring Manager at Brightline Foods"),
])
def test_a_greeting_without_a_comma_is_split_from_the_first_sentence(
    first: str, salutation: str
) -> None:
    text = f"{first}\n\nI would love to join the team.\n\nBest,\nSam\n"
    assert [text for role, text in roles(text) if role == "salutation"] == [salutation]


def test_more_sign_offs_and_a_recipient_block_ending_in_full_stops() -> None:
    """'thanks!!' signs off like 'thanks!' (sets 6, 19, 44); the English of a French
    formula ('I pray you to accept, Madame, the expression …') is the closing (set 25);
    a recipient block whose address lines end in full stops stands above the real
    greeting, not 'The Manager,' as one (set 25)."""
    cheers = "hey Priya,\n\nthanks for the chat this morning!\n\nthanks!!\nLola\n"
    assert ("closing", "thanks!!") in roles(cheers)
    formula = ("Dear Madame Lefèvre,\n\nThank you for our exchange about the wine list.\n\n"
               "I pray you to accept, Madame, the expression of my distinguished salutations."
               "\n\nJulien Marchand\n")
    assert ("closing", "I pray you to accept, Madame, the expression of my distinguished "
            "salutations.") in roles(formula)
    addressed = ("The Manager,\nBaraka Hardware Ltd.,\nIndustrial Area, Nairobi.\n\nDear Sir,\n\n"
                 "I thank you for the interview yesterday.\n\nYours faithfully,\nPeter Simiyu\n")
    found = roles(addressed)
    assert ("salutation", "Dear Sir,") in found
    assert [role for role, _ in found].count("body") == 1


def test_a_web_address_no_wrap_could_break_leaves_a_wrapped_paragraph_whole() -> None:
    """A hard-wrapped paragraph with one line that a long web address makes wider than
    any wrap: the address says nothing of the wrap width, so the wrapped lines stay one
    paragraph rather than each being read as a line the writer ended."""
    text = ("Dear Ms Lee,\n\nThank you for meeting me on Tuesday to talk about the analyst "
            "role on\nyour pricing team. I enjoyed hearing how the team rebuilt its weekly "
            "forecast\nand my portfolio of pricing models is online at "
            "https://example.com/portfolio/pricing-models/2025/forecast-rebuild\n"
            "and it shows the elasticity work I did for the regional stores last year,\n"
            "which I think would carry over well to the forecast you described.\n\n"
            "I would love to join the team.\n\nBest regards,\nSam Lee\n")
    assert [role for role, _ in roles(text)].count("body") == 2


def test_shouting_is_parsed_in_lower_case_and_acronyms_are_left_alone() -> None:
    text = "Thanks! THE WHOLE PROCESS WAS A JOKE.\nMy NHS IT CV is attached."
    read = analysis_text(text)
    assert len(read) == len(text)
    assert read == "Thanks! the whole process was a joke. My NHS IT CV is attached."


_UNDER_IT = (
    "Dear Ms. Alvarez,\n\nThank you for meeting with me today about the data analyst role. I "
    "enjoyed hearing how your team is rebuilding the weekly forecast.\n\nBest,\nSam Ortiz\n"
)


@pytest.mark.parametrize("line", [
    "Nobody even read my CV",
    "To whoever bothers to read this:",
    "Sam Ortiz - still available, for now",
])
def test_a_clause_above_the_greeting_is_a_note_not_a_letterhead(line: str) -> None:
    assert roles(f"{line}\n\n{_UNDER_IT}")[0] == ("aside", line)


@pytest.mark.parametrize("line", [
    "Senior Data Analyst with 6 years of experience",
    "Sam Ortiz | Data Analyst | Leeds",
    "Your name Your address City, State, ZIP Email address",
    "Subject Pulling my application: [Job title]",
])
def test_a_letterheads_lines_stay_a_letterhead(line: str) -> None:
    assert roles(f"{line}\n\n{_UNDER_IT}")[0][0] != "aside"


def test_the_tone_check_reads_a_barb_above_the_greeting(linter: Linter) -> None:
    report = linter.lint(f"Nobody even read my CV\n\n{_UNDER_IT}", select=["tone"])
    assert [f.span.start for f in report.findings if f.span] == [0]
