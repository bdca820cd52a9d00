"""The phrasing check (LL3xx) on real parses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from letterlint import ConfigError, Finding, Linter, Status
from letterlint.checks.phrasing.check import PhrasingCheck
from letterlint.letter.nlp import Pipeline
from letterlint.registry import Registry


@pytest.fixture(scope="module")
def phrasing(pipeline: Pipeline) -> Iterator[Linter]:
    with Linter(registry=Registry([PhrasingCheck]), pipeline=pipeline) as linter:
        yield linter


def letter(
    *paragraphs: str, greeting: str = "Dear Ms. Park,", closing: str = "Best regards,"
) -> str:
    return greeting + "\n\n" + "\n\n".join(paragraphs) + f"\n\n{closing}\nSam Ortiz\n"


def findings(linter: Linter, text: str, **options: Any) -> list[Finding]:
    report = linter.lint(text, **options)
    result = report.check("phrasing")
    assert result is not None and result.status is Status.OK, result
    return [finding for finding in report.findings if finding.check == "phrasing"]


def flagged(linter: Linter, text: str, **options: Any) -> list[tuple[str, str]]:
    """(code, exact text under the span) of every phrase finding."""
    return [
        (finding.code, finding.span.of(text))
        for finding in findings(linter, text, **options)
        if finding.span is not None
    ]


@pytest.mark.parametrize("code", [rule.code for rule in PhrasingCheck.rules])
def test_rule_examples(phrasing: Linter, code: str) -> None:
    rule = PhrasingCheck().rule(code)
    assert code in {f.code for f in findings(phrasing, rule.example)}
    assert code not in {f.code for f in findings(phrasing, rule.instead)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("Please don't hesitate to reach out to me.", "Please don't hesitate to reach out to me",
         "LL301"),
        ("Do not hesitate to get in touch with me.", "Do not hesitate to get in touch with me",
         "LL301"),
        ("I can talk at your very earliest convenience.", "at your very earliest convenience",
         "LL301"),
        ("I will reply at your soonest convenience.", "at your soonest convenience", "LL301"),
        ("We utilised the new scheduler.", "utilised", "LL302"),
        ("She utilizes dashboards daily.", "utilizes", "LL302"),
        ("The aforementioned report is ready.", "aforementioned", "LL302"),
        ("I commenced work in May.", "commenced", "LL302"),
        ("Kindly revert with your decision.", "Kindly revert", "LL301"),
        ("I remain at your disposal.", "I remain at your disposal", "LL301"),
        ("Please find attached my portfolio.", "Please find attached", "LL301"),
        ("Please find my updated CV attached.", "Please find my updated CV attached", "LL301"),
        ("Enclosed please find my references.", "Enclosed please find", "LL301"),
        ("It would be an honour to join your esteemed organisation.",
         "your esteemed organisation", "LL301"),
        ("As per our telephone conversation, I can start in June.",
         "As per our telephone conversation", "LL301"),
        ("Further to our meeting yesterday, here is the plan.",
         "Further to our meeting yesterday", "LL301"),
        ("I hope this email finds you well.", "I hope this email finds you well", "LL301"),
        ("I must regretfully inform you that I have accepted another offer.",
         "I must regretfully inform you", "LL301"),
        ("I request you to consider me for the role.", "I request you to", "LL301"),
        ("Last but not least, thank you for the tour.", "Last but not least", "LL301"),
        ("In conclusion, thank you again for the afternoon.", "In conclusion", "LL301"),
        ("To sum up, I would love to join the team.", "To sum up", "LL301"),
        ("I await your favourable response.", "I await your favourable response", "LL301"),
        ("I am writing to express my sincere gratitude for the interview.",
         "I am writing to express my sincere gratitude", "LL301"),
        ("I would like to take this opportunity to thank the panel.",
         "I would like to take this opportunity to", "LL301"),
        ("I believe I would be a valuable asset to your team.",
         "I believe I would be a valuable asset to your team", "LL305"),
        ("I am a results-driven self-starter.", "results-driven self-starter", "LL305"),
        ("Thank you again for your time and consideration.",
         "Thank you again for your time and consideration", "LL301"),
        ("I appreciate your time and consideration.",
         "appreciate your time and consideration", "LL301"),
        ("Please feel free to reach out to me with questions.",
         "Please feel free to reach out to me", "LL301"),
        ("After careful consideration, I have accepted another offer.",
         "After careful consideration", "LL301"),
        ("I regret to inform you that I must withdraw.", "I regret to inform you", "LL301"),
        ("I am writing to thank you for the tour.", "I am writing to thank", "LL301"),
        ("I am writing to let you know I have accepted.", "I am writing to let you know",
         "LL301"),
        ("Should any further details be required, I am glad to help.",
         "Should any further details be required", "LL301"),
        ("I remain at the Committee's disposal.", "remain at the Committee's disposal", "LL301"),
        ("I wish you every success in your future endeavours.",
         "every success in your future endeavours", "LL301"),
        ("I refer to my interview held on 3 March for the clerk post.",
         "I refer to my interview held", "LL301"),
        ("I have a proven track record in sales.", "a proven track record", "LL305"),
        ("I wanted to check in regarding the status of my application.",
         "regarding the status of my application", "LL301"),
        ("Thank you for affording me the opportunity to interview.",
         "affording me the opportunity", "LL301"),
        ("I am reaching out to follow up on my interview.", "I am reaching out to follow up",
         "LL301"),
        ("I always go the extra mile for customers.", "go the extra mile", "LL305"),
        ("I thrive in a fast-paced environment and learn quickly.",
         "thrive in a fast-paced environment", "LL305"),
        ("I thrive in fast-paced environments and learn quickly.",
         "thrive in fast-paced environments", "LL305"),
        ("I am passionate about delivering excellent customer service.",
         "passionate about delivering excellent customer service", "LL305"),
        ("I enclose my references. I trust they will be found satisfactory.",
         "I trust they will be found satisfactory", "LL302"),
        ("I have every confidence that I could run the stores well.",
         "I have every confidence that", "LL302"),
        ("I hope to drive measurable outcomes for the unit.", "drive measurable outcomes",
         "LL302"),
        ("Thanking you for your time, I remain,", "I remain", "LL303"),
        ("I wish to use this medium to thank the panel.", "use this medium to", "LL302"),
        ("Counting on your usual co-operation.", "Counting on your usual co-operation",
         "LL302"),
        ("I can work with minimal supervision.", "work with minimal supervision", "LL305"),
        ("I am writing to apply for the position of Management Accountant.",
         "I am writing to apply for", "LL301"),
        ("I hope to utilize my customer service skills in a fast-paced environment.",
         "skills in a fast-paced environment", "LL305"),
        ("I am confident I can drive successful outcomes for your team.",
         "drive successful outcomes", "LL302"),
        ("I wish to withdraw my application with immediate effect.", "with immediate effect",
         "LL302"),
        # old commercial English (every one in the read sets labelled)
        ("For the avoidance of doubt, I remain available.", "For the avoidance of doubt",
         "LL302"),
        ("I refer to our meeting on the 14th instant.", "14th instant", "LL302"),
        ("Your letter of the 3rd ult. arrived today.", "3rd ult", "LL302"),
        ("I trust that the above is satisfactory.", "I trust that the above is satisfactory",
         "LL302"),
        ("Should any further particulars be required, please write.",
         "Should any further particulars be required", "LL301"),
        ("Please let me know if there is any additional information I can provide.",
         "if there is any additional information I can provide", "LL301"),
        ("I would be grateful if you could keep my CV on file for future roles.",
         "keep my CV on file", "LL301"),
        ("I can come in at a mutually convenient time.", "at a mutually convenient time",
         "LL301"),
        ("I truly appreciated the opportunity to learn more about the role.",
         "I truly appreciated the opportunity to learn", "LL301"),
        ("Thank you for the opportunity granted me to interview.", "opportunity granted me",
         "LL301"),
        ("My clinical knowledge would make me a valuable addition to Wellcroft.",
         "make me a valuable addition", "LL305"),
        ("Should you require anything further, please contact me.",
         "Should you require anything further", "LL301"),
        ("I am writing to kindly ask about the result of my interview.",
         "I am writing to kindly ask", "LL301"),
        ("I am reaching out to kindly follow up on my application.",
         "I am reaching out to kindly follow", "LL301"),
        ("I think I could add a lot of value to the business.",
         "add a lot of value to the business", "LL305"),
        ("I appreciated the opportunity to learn more about the role.",
         "I appreciated the opportunity to learn more about", "LL301"),
        ("I look forward to hearing from you regarding the next steps.",
         "look forward to hearing from you regarding the next steps", "LL301"),
        ("I look forward to hearing back from you regarding the next steps.",
         "look forward to hearing back from you regarding the next steps", "LL301"),
        ("I can add lots of value to your team.", "add lots of value to your team", "LL305"),
        ("It would help me plan if you could revert by Friday.", "you could revert by", "LL301"),
    ],
)
def test_variants_fire_with_exact_spans(
    phrasing: Linter, sentence: str, phrase: str, code: str
) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert (code, phrase) in flagged(phrasing, text)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("I am confident that my skills and experience make me an ideal candidate.",
         "I am confident that my skills and experience make me an ideal candidate"),
        ("My skills and experience align with your needs.",
         "My skills and experience align with your needs"),
        # the claim told by its object, whatever the subject (27 of 32 in the read sets
        # labelled)
        ("My passion for data-driven decision-making aligns seamlessly with Greyfield's "
         "mission.", "aligns seamlessly with Greyfield's mission"),
        ("My background in user-centric design aligns perfectly with the needs of your "
         "team.", "aligns perfectly with the needs"),
        ("I have the right skills for the post.", "I have the right skills"),
    ],
)
def test_claims_of_fit_are_reported_unless_turned_off(
    phrasing: Linter, sentence: str, phrase: str
) -> None:
    """Claims of fit are template sentences (``template_claims``, on by default); turned
    off, the sentence is still the book's call, so the trained judge does not flag it
    as stock instead."""
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert flagged(phrasing, text) == [("LL305", phrase)]
    assert flagged(phrasing, text, phrasing={"template_claims": False}) == []


def test_finding_quotes_the_phrase_and_suggests_a_rewrite(phrasing: Linter) -> None:
    text = letter("Thanks for today. Please do not hesitate to contact me.")
    [finding] = findings(phrasing, text)
    assert finding.code == "LL301" and finding.rule == "stock-phrase"
    assert finding.message == "Stock phrase 'Please do not hesitate to contact me'"
    assert finding.suggestion == "I'm happy to answer any other questions."
    assert finding.metadata["phrase"] == "do-not-hesitate"


def test_adjacent_stock_phrases_are_one_finding(phrasing: Linter) -> None:
    text = letter(
        "Please do not hesitate to contact me should you require any further information."
    )
    assert flagged(phrasing, text) == [
        ("LL301",
         "Please do not hesitate to contact me should you require any further information"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        'My manager told me never to write "To Whom It May Concern" in a letter.',
        "My manager told me never to write “To Whom It May Concern” in a letter.",
        'The phrase "utilize" is banned in our style guide.',
        "Our style guide bans 'utilize' and 'herewith' outright.",
        "I learned to avoid phrases like do not hesitate to contact me.",
        "In the workshop we talked about the word aforementioned.",
        "Honestly, at your earliest convenience is overused.",
        "You joked that *per our conversation* was the office motto.",
    ],
)
def test_quoted_or_mentioned_phrases_are_not_flagged(phrasing: Linter, sentence: str) -> None:
    assert flagged(phrasing, letter("Thank you for the interview. " + sentence)) == []


def test_headers_signature_and_quoted_messages_are_not_read(phrasing: Linter) -> None:
    text = (
        "Subject: Please find attached my portfolio\n\n"
        "Hi Dana,\n\nThanks again for the chat about the lab manager role.\n\n"
        "Best,\nSam Ortiz\nUtilize Consulting | herewith.example.com\n\n"
        "On Tue, Mar 10, 2026 at 6:18 PM Dana Lee <dana@example.com> wrote:\n"
        "> Please do not hesitate to contact me at your earliest convenience.\n"
        "> Yours faithfully, Dana\n"
    )
    assert flagged(phrasing, text) == []


def test_salutation_and_closing_are_read(phrasing: Linter) -> None:
    text = letter(
        "Thank you for the interview about the support role.",
        greeting="Dear Sir or Madam,",
        closing="Thanking you in advance,",
    )
    assert flagged(phrasing, text) == [
        ("LL303", "Dear Sir or Madam"),
        ("LL303", "Thanking you in advance"),
    ]
    text = letter("Thanks again for today.", greeting="TO WHOM IT MAY CONCERN:")
    assert flagged(phrasing, text) == [("LL303", "TO WHOM IT MAY CONCERN")]


def test_each_line_of_a_two_line_sign_off_is_read_from_its_start(phrasing: Linter) -> None:
    text = letter("Thank you for the interview.", closing="Thanking you,\nRespectfully yours,")
    assert flagged(phrasing, text) == [("LL303", "Thanking you"), ("LL303", "Respectfully yours")]
    text = letter("Thank you for the interview.", closing="I have the honour to be,\nSir,")
    assert ("LL303", "I have the honour to be") in flagged(phrasing, text)


@pytest.mark.parametrize("sentence", [
    "You referred me to your colleague in the lab.",
    "The new timetable aligns with the bus times from the depot.",
    "I made instant coffee for the 3rd floor every morning.",
    "Is there any information I can provide about the rota?",
    "I appreciated the chance to learn about the depot.",
    "The council granted me a bursary for the course.",
    "I keep my notes on file for every client.",
    "I trust this is the right address for the forms.",
    "The 14th was an instant success for the branch.",
    "The team I met works in a fast-paced environment.",
    "I am passionate about conservation and led two river surveys.",
    "I refer to the reports every week.",
    "I would like to refer to the interview question about budgets once more.",
    "The status of the project you described sounds exciting.",
    "I trust your judgement on the rota.",
    "I remain very interested in the role.",
    "The new ward had a real impact on waiting times.",
    "The panel said the medium-term plan is to open two sites.",
    "I supervised the night shift with minimal fuss.",
    "The rota change takes effect immediately, you said, so I could start training soon.",
    "The skills in a fast-moving kitchen are the ones I learned at Rosa's.",
    "The new hoist would make me a cup of tea if it could.",
    "If you need anything else for the file, I can bring it on Monday.",
    "I am writing to ask whether the Leeds rota has been settled.",
    "I am reaching out to the Leeds depot about the night rota.",
    # labelled in 2 of 9 read uses: the formula is the writer's "learn more about"
    "I enjoyed hearing about the innovative work your team is doing on the Leeds site.",
    "Looking forward to hearing about next steps on the Leeds rota.",
    "I really appreciated the opportunity to meet you and Ms Oduya.",
    "The biggest thing I'd add to the Leeds kitchen is a proper prep list.",
    "If the upgrade fails, the till will revert to the old software.",
    "In the technical test I showed how you can revert a bad commit in Git.",
])
def test_look_alikes_of_the_new_stock_phrases_pass(phrasing: Linter, sentence: str) -> None:
    assert flagged(phrasing, letter(sentence)) == []


def test_yours_faithfully_only_to_a_named_reader(phrasing: Linter) -> None:
    named = letter("Thank you for the interview.", closing="Yours faithfully,")
    assert flagged(phrasing, named) == [("LL303", "Yours faithfully")]
    unnamed = letter(
        "Thank you for the interview.", greeting="Dear Hiring Team,", closing="Yours faithfully,"
    )
    assert flagged(phrasing, unnamed) == []


def test_register_decides_what_is_a_formula(phrasing: Linter) -> None:
    # an uncontracted formal request, or "I am writing to" + a formal verb, is a formula;
    # the same words in everyday register are not
    assert flagged(phrasing, letter("I'm writing to follow up on my interview.")) == []
    assert flagged(phrasing, letter("I am writing to follow up on my interview.")) == [
        ("LL301", "I am writing to follow up on")
    ]
    assert flagged(phrasing, letter("I'm writing to let you know I have accepted.")) == []
    assert flagged(phrasing, letter("I am writing to enquire about my application.")) == [
        ("LL301", "I am writing to enquire")
    ]
    assert flagged(phrasing, letter("I'd be grateful if you could send the dates.")) == []
    assert flagged(phrasing, letter("I'd welcome the chance to meet the team.")) == []
    assert flagged(
        phrasing, letter("I would be grateful if you could send the dates."), phrasing=COURTESIES
    ) == [("LL301", "I would be grateful if you could")]


COURTESIES = {"courtesies": True}


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("I hope everything is going well.", "I hope everything is going well"),
        ("I hope you're doing well!", "I hope you're doing well"),
        ("I would be grateful if you could confirm the date.",
         "I would be grateful if you could"),
        ("I would be most grateful for a reply.", "would be most grateful"),
    ],
)
def test_courtesy_formulas_are_reported_only_when_turned_on(
    phrasing: Linter, sentence: str, phrase: str
) -> None:
    """Most readers accept these as ordinary courtesy (the team's blind writers labelled
    'I hope you're well' in 3 of 104 letters), so they wait for ``courtesies = true``;
    the sentence is still the book's call, so the trained judge does not flag it."""
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert flagged(phrasing, text) == []
    assert flagged(phrasing, text, phrasing=COURTESIES) == [("LL301", phrase)]


def test_concrete_claims_are_not_templates(phrasing: Linter) -> None:
    concrete = letter(
        "I believe my experience in month-end close and IFRS 16 lease accounting would be an "
        "asset to your finance team."
    )
    assert [code for code, _ in flagged(phrasing, concrete)] == []
    vague = letter("I believe my skills would be an asset to your team.")
    assert [code for code, _ in flagged(phrasing, vague)] == ["LL305"]


@pytest.mark.parametrize("sentence", [
    "My customer service skills and passion for retail make me an ideal candidate.",
    "My strong communication skills and proven leadership ability make me a strong candidate.",
    "My analytical skills, critical thinking and creative data-driven decision-making make "
    "me an ideal candidate.",
    "I believe my background in customer service makes me a strong fit for this role.",
    "My skills and experience make me an excellent fit for this position.",
])
def test_a_claim_that_piles_up_named_skills_is_still_a_template(
    phrasing: Linter, sentence: str
) -> None:
    assert [code for code, _ in flagged(phrasing, letter(sentence))] == ["LL305"]


def test_a_claim_with_specific_work_under_it_is_concrete(phrasing: Linter) -> None:
    text = letter("My experience in paediatric nursing and my work on the sepsis audit make me "
                  "a strong candidate.")
    assert flagged(phrasing, text) == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("I look forward to contributing to Lumen Skincare's continued success.",
     "contributing to Lumen Skincare's continued success"),
    ("I look forward to contributing to Corvane Analytics’ continued success.",
     "contributing to Corvane Analytics’ continued success"),
    ("I'd love to join Brannock Civil and contribute to its continued growth.",
     "contribute to its continued growth"),
])
def test_the_employers_continued_success_is_a_template_whoever_is_named(
    phrasing: Linter, sentence: str, phrase: str
) -> None:
    assert ("LL305", phrase) in flagged(phrasing, letter(sentence))


def test_a_name_the_writer_worked_for_is_still_evidence(phrasing: Linter) -> None:
    text = letter("My three years at Lumen Skincare make me a strong candidate.")
    assert flagged(phrasing, text) == []
    text = letter("My six years on the acute ward at St Mary's make me a strong fit.")
    assert flagged(phrasing, text) == []


def test_a_wish_about_something_else_is_no_filler_opener(phrasing: Linter) -> None:
    text = letter("I hope the new clinic is doing well since it opened in May.")
    assert flagged(phrasing, text) == []


def test_very_truly_yours_is_an_over_formal_sign_off(phrasing: Linter) -> None:
    text = letter("Thank you for the interview.", closing="Very truly yours,")
    assert flagged(phrasing, text) == [("LL303", "Very truly yours")]


def test_i_remain_sir_or_madam_is_an_over_formal_sign_off(phrasing: Linter) -> None:
    closing = "I remain, Sir or Madam,\nYours faithfully,"
    text = letter("Thank you for the interview.", closing=closing)
    assert ("LL303", "I remain, Sir or Madam") in flagged(phrasing, text)


@pytest.mark.parametrize("sentence", [
    "The last but not least important part of the day was the tour.",
    "To conclude the pilot, we surveyed 40 riders about the new stops.",
    "In closing the Leeds deal, your team showed real skill.",
    "I reluctantly advise you to pick the earlier slot on Friday.",
])
def test_a_signpost_that_is_part_of_the_sentence_is_no_stock_phrase(
    phrasing: Linter, sentence: str
) -> None:
    assert flagged(phrasing, letter(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("I know how to drive results in a small team.", "drive results"),
        ("I thrive in collaborative environments.", "thrive in collaborative environments"),
        ("I am committed to continuous growth and learning.", "committed to continuous growth"),
        ("I am always eager to embrace new challenges.", "eager to embrace new challenges"),
        ("I am adept at managing multiple priorities.", "adept at managing multiple priorities"),
    ],
)
def test_cv_cliches_are_claims(phrasing: Linter, sentence: str, phrase: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert ("LL305", phrase) in flagged(phrasing, text)


@pytest.mark.parametrize("sentence", [
    "I am ready to hit the ground running.",  # labelled stock in only 4 of 10 letters
    "I drive to Hull on Tuesdays, so the early shift suits me.",
    "Your nurses told me they thrive on the variety of the ward.",
])
def test_words_near_the_cliches_pass(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert not [code for code, _ in flagged(phrasing, text) if code == "LL305"]


def test_a_claim_in_a_relative_clause_is_the_writers_when_the_main_clause_is(
    phrasing: Linter,
) -> None:
    mine = letter("My background brings a fresh perspective that would be a valuable asset to"
                  " your team.")
    assert ("LL305", "would be a valuable asset to your team") in flagged(phrasing, mine)
    theirs = letter("You described a new scheduler that would be a real asset to the team.")
    assert flagged(phrasing, theirs) == []


def test_words_describing_others_are_not_self_claims(phrasing: Linter) -> None:
    text = letter(
        "You said the ideal candidate would be comfortable with ambiguity, and your colleague "
        "kindly showed me the new lab, which is a real asset to the school. You need a "
        "self-starter, she said."
    )
    assert flagged(phrasing, text) == []


NATURAL_LETTERS = [
    letter(
        "Thanks so much for taking the time to chat with me today about the junior designer "
        "role. I loved hearing how your team runs design critiques every Friday.",
        "At my last job I redesigned our checkout and cut drop-off by 12%. I'd love to bring "
        "that kind of testing habit to your team.",
        "Let me know if you need anything else from me - happy to send more samples.",
        greeting="Hi Jenna,",
        closing="Best,",
    ),
    letter(
        "I wanted to follow up on my interview for the electrician apprenticeship on the 3rd. "
        "You said you hoped to decide by Friday, so I thought I'd check in.",
        "Since we spoke I finished my 18th Edition course. I'm still really keen on the job "
        "and I'm available to start whenever suits you.",
        greeting="Hello Mr. Brandt,",
        closing="Thanks again,",
    ),
    letter(
        "Thank you for the interview yesterday for the data analyst position. Hearing about "
        "the plan to move reporting from Excel to Power BI was exciting; I did a similar "
        "migration at Brightline and trained twelve colleagues along the way.",
        "I'm very excited about the chance to join the team. I look forward to hearing from "
        "you, and please let me know if there's anything else I can send.",
    ),
]


@pytest.mark.parametrize("text", NATURAL_LETTERS)
def test_natural_letters_are_clean(phrasing: Linter, text: str) -> None:
    assert findings(phrasing, text) == []


def test_most_sentences_opening_with_i(phrasing: Linter) -> None:
    text = letter(
        "I enjoyed our talk. I liked the team. I think the role suits me. I led support at "
        "Fernway. Your plan for the new office sounds great."
    )
    [finding] = [f for f in findings(phrasing, text) if f.code == "LL304"]
    assert finding.span is None
    assert finding.message == "4 of 5 sentences start with 'I'"
    assert len(finding.metadata["sentences"]) == 4
    relaxed = {"i_openers_share": 0.9}
    assert "LL304" not in {f.code for f in findings(phrasing, text, phrasing=relaxed)}


def test_extra_phrases_from_options(phrasing: Linter) -> None:
    text = letter("Thanks for today. I will ping you next week to sync up.")
    options = {
        "extra_phrases": [
            {"pattern": "ping you", "rule": "stiff-word", "suggestion": "write to you"},
            {"id": "sync-up", "pattern": "sync up", "suggestion": "talk"},
        ]
    }
    found = findings(phrasing, text, phrasing=options)
    assert [(f.code, f.span.of(text) if f.span else None, f.suggestion) for f in found] == [
        ("LL302", "ping you", "write to you"),
        ("LL301", "sync up", "talk"),
    ]
    # the built-in list still applies, and inflections of extra phrases match too
    more = letter("I pinged you. Please find attached my CV.")
    assert flagged(phrasing, more, phrasing=options) == [
        ("LL302", "pinged you"), ("LL301", "Please find attached"),
    ]


def test_allow_by_phrase_or_id(phrasing: Linter) -> None:
    text = letter("We utilised the aforementioned tools. Please find attached my CV.")
    assert flagged(phrasing, text, phrasing={"allow": ["utilize", "please-find-attached"]}) == [
        ("LL302", "aforementioned")
    ]


def test_config_file_extends_and_allows(pipeline: Pipeline, tmp_path: Path) -> None:
    config = tmp_path / "letterlint.toml"
    config.write_text(
        "[phrasing]\n"
        'allow = ["herewith"]\n'
        "[[phrasing.extra_phrases]]\n"
        'pattern = "(ping | nudge) you"\n'
        'rule = "LL301"\n'
        'suggestion = "write to you"\n',
        "utf-8",
    )
    with Linter(config, registry=Registry([PhrasingCheck]), pipeline=pipeline) as linter:
        text = letter("I enclose my CV herewith. I will nudge you on Friday.")
        assert flagged(linter, text) == [("LL301", "nudge you")]


def test_bad_extra_pattern_is_a_config_error(phrasing: Linter) -> None:
    """A pattern the user wrote is the user's to fix: a ConfigError (exit 2 on the
    command line), not a crashed check."""
    with pytest.raises(ConfigError, match=r"unknown macro \{nope\}"):
        phrasing.lint(letter("Thanks."), phrasing={"extra_phrases": ["{nope} here"]})


def test_an_extra_phrase_can_wait_for_a_switch(phrasing: Linter) -> None:
    """`opt_in` names the option that reports the phrase; an unknown name is the user's
    to fix."""
    extra = [{"pattern": "sync up", "opt_in": "courtesies"}]
    text = letter("Happy to sync up next week.")
    assert flagged(phrasing, text, phrasing={"extra_phrases": extra}) == []
    assert flagged(
        phrasing, text, phrasing={"extra_phrases": extra, "courtesies": True}
    ) == [("LL301", "sync up")]
    with pytest.raises(ConfigError, match=r"opt_in.*template_claims, courtesies"):
        phrasing.lint(text, phrasing={"extra_phrases": [{"pattern": "sync up", "opt_in": "x"}]})


def test_blank_pipeline_still_matches_word_forms() -> None:
    with Linter(registry=Registry([PhrasingCheck]), pipeline=Pipeline("blank:en")) as linter:
        text = letter("We utilised the tools. Please don't hesitate to contact me.")
        assert flagged(linter, text) == [
            ("LL302", "utilised"), ("LL301", "Please don't hesitate to contact me"),
        ]


def _judged(linter: Linter, sentence: str, **options: Any) -> list[Finding]:
    report = linter.lint(f"Dear Ana,\n\n{sentence}\n\nBest,\nSam", select=["phrasing"],
                         **({"phrasing": options} if options else {}))
    return [f for f in report.findings if f.metadata.get("source") == "judge"]


def test_the_judge_flags_stock_wording_no_phrase_lists(linter: Linter) -> None:
    sentence = "I should be grateful for the courtesy of a reply."
    [finding] = _judged(linter, sentence)
    assert finding.code == "LL301" and finding.message.startswith("Reads as a stock phrase:")
    assert 0.5 <= finding.metadata["probability"] <= 1.0
    assert not _judged(linter, sentence, model_threshold=1.01)


def test_the_judge_leaves_plain_specific_sentences_alone(linter: Linter) -> None:
    assert not _judged(linter, "I loved hearing how your team rebuilt the night rota last spring.")


def test_a_sentence_the_phrase_book_caught_is_not_flagged_twice(linter: Linter) -> None:
    sentence = "Please do not hesitate to contact me should you require any further information."
    report = linter.lint(f"Dear Ana,\n\n{sentence}\n\nBest,\nSam", select=["phrasing"])
    assert report.findings and not _judged(linter, sentence)


@pytest.mark.parametrize("gap", [" ", "\n", "\r\n", "  ", "\n    "])
def test_a_phrase_across_a_line_break_or_a_run_of_spaces_is_one_finding(
    phrasing: Linter, gap: str
) -> None:
    text = letter(f"Thank you for Monday. Please do not hesitate to{gap}contact me if you need"
                  " anything else.")
    assert flagged(phrasing, text) == [("LL301", f"Please do not hesitate to{gap}contact me")]


def test_office_jargon_and_a_restated_interest_are_stock(phrasing: Linter) -> None:
    text = letter("I wanted to reiterate my strong interest in the role. Could we touch base"
                  " next week, or I can circle back on Friday?")
    assert flagged(phrasing, text) == [
        ("LL301", "I wanted to reiterate my strong interest"),
        ("LL302", "touch base"),
        ("LL302", "circle back"),
    ]
    plain = letter("The panel reiterated that the role is hybrid. I still want to join the team,"
                   " and I touched on my interest in the base in Leeds.")
    assert flagged(phrasing, plain) == []


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("It was fascinating to delve into your plans for the Hull depot.", "delve"),
        ("Your rota is a testament to the team's care.", "is a testament to"),
        ("Clinics must adapt in today's ever-evolving healthcare landscape.",
         "today's ever-evolving healthcare landscape"),
        ("You underscored the pivotal role of the night team.", "underscored"),
        ("Your focus on fostering a culture of learning truly resonated with me.",
         "fostering a culture of"),
        ("I bring unwavering dedication to every shift.", "unwavering dedication"),
        ("Thank you for an insightful conversation about the ward.", "insightful conversation"),
        ("I would love to help move the needle on retention.", "move the needle"),
        ("It was truly an honor to meet your innovative team.", "It was truly an honor"),
        ("I admired the groundbreaking solutions your team builds.", "groundbreaking solutions"),
        ("Our talk further solidified my enthusiasm for the post.", "solidified my enthusiasm"),
        ("I value your commitment to fostering a collaborative and creative environment.",
         "fostering a collaborative and creative environment"),
        ("I would love to join such a dynamic and forward-thinking team.",
         "dynamic and forward-thinking team"),
        ("I hope to grow alongside such a talented group of professionals.",
         "talented group of professionals"),
        ("It was a pleasure to connect with you.", "pleasure to connect with you"),
        ("I thank you for the courtesy extended to me at the interview.",
         "courtesy extended to me"),
        ("We met on Monday last to discuss the post.", "Monday last"),
        ("I trust that my previous experience will be found satisfactory.",
         "I trust that my previous experience will be found satisfactory"),
    ],
)
def test_chatbot_filler_and_jargon_are_stiff_words(
    phrasing: Linter, sentence: str, phrase: str
) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert ("LL302", phrase) in flagged(phrasing, text)


@pytest.mark.parametrize("sentence", [
    "I spent four years as a landscape gardener before I retrained.",
    "My journey to the Hull depot takes forty minutes by bus.",
    "I was a foster carer for six years, so I know how much a steady routine matters.",
    "The new scanners had a real impact on how fast the night team could pick.",
    "It was a long, honest conversation and I learned a lot about the ward.",
    "Your team's approach to the Hull rota was new to me, and it works.",
    "We met last Monday to talk about the post.",
    "I met the team on Monday last week.",
    "I found the last part of the tour, the loading bay, the most useful.",
    "The innovative AI products you are building are why I applied.",
    "Our conversation strengthened my interest in the role.",
    "Building tools that help innovative initiatives scale is what I enjoy.",
])
def test_plain_words_near_the_filler_pass(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert not [code for code, _ in flagged(phrasing, text) if code == "LL302"]


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("I am confident that I would make a valuable contribution from day one.",
         "make a valuable contribution", "LL305"),
        ("I know I can add value from day one.", "add value", "LL305"),
        ("I am confident that I would thrive in such an environment.",
         "thrive in such an environment", "LL305"),
        ("I possess the qualities required to excel in this position.",
         "excel in this position", "LL305"),
        ("I trust that you will give my application your most favourable consideration.",
         "give my application your most favourable consideration", "LL301"),
        ("I will be most grateful if my application is given favourable consideration.",
         "given favourable consideration", "LL301"),
        ("I am of the opinion that my skills suit the post.", "I am of the opinion that",
         "LL302"),
        ("My training renders me eminently suitable for the post.", "eminently suitable",
         "LL302"),
        ("I would be glad to accept the post should you see fit to offer it to me.",
         "should you see fit", "LL302"),
        ("I would draw your attention to the fact that I hold a licence.",
         "draw your attention to the fact that", "LL302"),
    ],
)
def test_claims_and_officialese_of_set_43_are_flagged(
    phrasing: Linter, sentence: str, phrase: str, code: str
) -> None:
    """Kinds from read set 43 (chatbot drafts and old formal letters), each also seen
    labelled in other sets where they occur (contribution and value: sets 19–30 and
    40; thrive/excel in this role: sets 18, 20, 30, 37; favourable consideration:
    corpus/letters, sets 19, 21, 25)."""
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert (code, phrase) in flagged(phrasing, text)


@pytest.mark.parametrize("sentence", [
    "The bakery's sourdough adds value to every order, the owner says.",
    "My contribution to the Hull bid was the costing.",
    "The children thrive in the forest school's outdoor sessions.",
    "I gave the proposal careful consideration before I signed.",
    "In my opinion the new rota is fair.",
])
def test_words_near_set_43s_claims_pass(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert flagged(phrasing, text) == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "code"),
    [
        ("I respectfully beg to enquire as to the outcome.", "I respectfully beg to enquire",
         "LL301"),
        ("I wanted to take a moment to sincerely thank you for your time.",
         "take a moment to sincerely thank", "LL301"),
        ("I was given to understand that the panel would decide soon.",
         "was given to understand", "LL302"),
        ("I venture to suggest that my skills would be of use.", "I venture to suggest",
         "LL302"),
        ("I was interviewed on the 17th ultimo.", "ultimo", "LL302"),
        ("I am passionate about leveraging data to find actionable insights.",
         "about leveraging", "LL302"),
        ("I always go above and beyond for my customers.", "go above and beyond", "LL305"),
    ],
)
def test_formulas_of_set_45_are_flagged(
    phrasing: Linter, sentence: str, phrase: str, code: str
) -> None:
    """Kinds from read set 45, each also labelled elsewhere ("beg to": sets 19–30, 40,
    43; "take a moment to thank": real dev, sets 37, 41, 43; "ultimo" beside "instant":
    sets 4, 5, 13, 23, 37)."""
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert any(found_code == code and phrase in found for found_code, found in
               flagged(phrasing, text))


@pytest.mark.parametrize("sentence", [
    "Please take a moment to look at the portfolio link below.",
    "I understand the panel meets on Friday.",
    "I beg you to read it, since it is short.",
    "I moved us from quarterly leverage tests to an annual measure.",
    "I spent nine years in leveraged finance.",
])
def test_words_near_set_45s_formulas_pass(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert [code for code, _ in flagged(phrasing, text) if code in ("LL301", "LL302")] == []



@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("I would love to join your dynamic team.", "your dynamic team"),
        ("The chance to work in such a dynamic company excites me.", "such a dynamic company"),
    ],
)
def test_the_dynamic_team_is_stock(phrasing: Linter, sentence: str, phrase: str) -> None:
    """Sets 10, 40, 43, 69 and 71 label "your dynamic team" (5 of the 6 in the read
    corpora). The offer turned round ("if there is any further information I can
    send") is not in the book: read held-out sets label it 7 times of 9, but real dev
    letters only 2 of 6."""
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert any(phrase in found for _, found in flagged(phrasing, text))


@pytest.mark.parametrize("sentence", [
    "The team's dynamic range measurements were new to me.",
    "Your team's dynamics on the ward impressed me.",
])
def test_words_near_the_dynamic_team_pass(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert flagged(phrasing, text) == []


@pytest.mark.parametrize("sentence", [
    # a boast, the tone check's business: none of 21 in the read sets labelled stock
    "I'm confident I was the strongest candidate you saw.",
    "To be clear, I'm the right hire.",
    "I know I'm the right person for this.",
    # a chaser, not a formula: none of 4 labelled stock
    "I am writing again regarding the part-time bookkeeper position.",
])
def test_boasts_and_chasers_are_not_stock(phrasing: Linter, sentence: str) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert flagged(phrasing, text) == []


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("I am the ideal candidate for this role.", "I am the ideal candidate for this role"),
    ("My experience makes me a strong candidate.", "makes me a strong candidate"),
    ("I am writing regarding the bookkeeper position.", "I am writing regarding"),
])
def test_the_formulas_beside_them_stay_stock(
    phrasing: Linter, sentence: str, phrase: str
) -> None:
    text = letter("Thank you for the interview on Tuesday. " + sentence)
    assert any(phrase in found for _, found in flagged(phrasing, text))
