"""The tone check (LL4xx): insinuation without negative words, negation, quotes."""

from __future__ import annotations

import pytest

from letterlint import Linter
from letterlint.checks.tone.check import ToneCheck
from letterlint.checks.tone.courtesy import sympathy
from letterlint.checks.tone.verdicts import verdict
from letterlint.engine import to_source
from letterlint.letter.parse import parse_letters
from letterlint.letter.structure import find_parts
from letterlint.model import Finding, Role, Severity

LETTER = "Hi Dana,\n\n{body}\n\nThanks,\nSam"


def _tone_findings(linter: Linter, body: str, kind: str = "follow-up") -> list[Finding]:
    report = linter.lint(LETTER.format(body=body), kind=kind)
    return [f for f in report.findings if f.check == "tone"]


def tone(linter: Linter, body: str) -> dict[str, str]:
    text = LETTER.format(body=body)
    return {f.code: f.span.of(text) for f in _tone_findings(linter, body) if f.span}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I still haven't heard back from you, even though you promised an answer by Friday.",
         "LL402"),
        ("As per my previous email, I am still interested.", "LL402"),
        ("I think a reply would be common courtesy at this point.", "LL402"),
        ("I hope the position wasn't quietly filled without anyone letting me know.", "LL402"),
        ("Despite the interview starting 40 minutes late, I enjoyed it.", "LL401"),
        ("I have to say it's a bit disappointing.", "LL401"),
        ("I need to know by tomorrow whether you're moving forward.", "LL403"),
        ("I'm sure you'll agree I'm the obvious choice.", "LL403"),
        ("I really need this job, please give me a chance.", "LL404"),
        ("Sorry to bother you again, I know I'm probably annoying you.", "LL405"),
        ("I was disappointed to be kept waiting, but thanks for the tour.", "LL401"),
        ("That's disappointing news.", "LL401"),
        ("I'm so sorry to bother you again about this.", "LL405"),
        ("I'm also sorry I went blank when you asked about the budget.", "LL405"),
        # an apology for oneself, not for a slip
        ("I'm so sorry if my answers didn't make much sense.", "LL405"),
        ("Apologies for following up again so soon.", "LL405"),
        ("Thanks for nothing and f**k your hiring process.", "LL401"),
        ("Honestly you can stick it where the sun don't shine.", "LL401"),
        ("I cannot accept your decision not to offer me the post.", "LL403"),
        ("I have another offer, so I need your answer by Friday.", "LL403"),
        ("I must have your decision by Monday.", "LL403"),
        ("I am still waiting to hear from you.", "LL402"),
        ("I am clearly the best candidate for this job.", "LL403"),
        ("Cheers mate, see you at the site on Monday.", "LL406"),
        ("To be honest, the real reason I'm writing is the parking.", "LL401"),
        ("So I'm going to treat it as a done deal.", "LL403"),
        ("My savings are nearly gone and I will not let you down.", "LL404"),
        ("I'm afraid your rejection does not suit my plans this year.", "LL403"),
        ("With due respect, your panel had not read my CV.", "LL401"),
        ("With due respect, thank you for nothing.", "LL401"),
        ("I'm sorry to be writing to you with yet more questions.", "LL405"),
        ("I'm so sorry for wasting your time. I must withdraw from consideration.", "LL405"),
        ("I'd hate to have to describe your hiring process on Glassdoor as ghosting.", "LL401"),
        ("I have other options and I'm not prepared to leave them waiting.", "LL403"),
        ("I know your process has been chaotic, but three weeks is too long.", "LL401"),
        ("I know the process was chaotic, thanks anyway.", "LL401"),
        ("I know I've been strung along, and I appreciate you finally being honest.", "LL401"),
        ("I trust that is clear.", "LL402"),
        ("I note that you have not replied to my last two emails.", "LL402"),
        ("I would remind you that the panel promised an answer.", "LL402"),
        ("Six weeks of silence; I suppose that's how things are done there.", "LL401"),
        ("Still no word after a month; I suppose that's how it works there.", "LL401"),
        # terms declared closed; a message said to have sunk in a pile; a date gone by
        ("These aren't really up for discussion, so please only come back to me if you "
         "can meet them.", "LL403"),
        ("My rate is £650 a day and that is not negotiable.", "LL403"),
        ("Circling back on my note of the 3rd, which I suspect slipped under a pile.", "LL402"),
        ("I hope my form didn't get lost.", "LL402"),
        ("The decision date you mentioned has been and gone.", "LL402"),
        ("I note that this date has now passed without communication of any kind.", "LL402"),
        ("It was a relief to be somewhere that actually services its buses.", "LL402"),
        ("I'm guessing you've gone with someone cheaper.", "LL402"),
        ("Patiently waiting (again), Shane.", "LL402"),
        ("This is the third time I have written about the role.", "LL402"),
        ("Loads of love, Chloe xx", "LL406"),
        ("Clearly HR works in its own sweet time.", "LL401"),
        ("I realize we talked yesterday, but wanted to check if there are any updates!",
         "LL403"),
    ],
)
def test_bad_tone_is_flagged_at_the_offending_sentence(
    linter: Linter, sentence: str, code: str
) -> None:
    found = tone(linter, sentence)
    assert code in found
    assert found[code] in sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I wasn't disappointed in the least by the long day.",
        "No rush at all; I understand these decisions take time.",
        "The challenges you described excite me.",
        "Despite the snow, I enjoyed the walk from the station.",
        'My old boss said never to write "as per my previous email".',
        "I know the hiring process can involve many people.",
        # courteous regrets: disappointment at the outcome, with grace (real letters)
        "While I am disappointed not to have been chosen, I value the chance to meet the team.",
        "Although I'm disappointed, I appreciate you taking the time to let me know.",
        "I was disappointed to hear the news, but I'm grateful for your time.",
        # sympathy is not an apology
        "I'm sorry it didn't work out this time.",
        "I was so sorry to hear about the flooding at your Leeds branch.",
        "I'm sorry the tour of the plant had to be called off because of the storm.",
        "I'm sorry the fire alarm test cut our tour short, but I saw enough of the ward.",
        "I was sorry to miss meeting Tomasz, but the brigade made me feel at home.",
        "I was sorry not to have met the night team, but the handover notes were clear.",
        # wry, not sarcastic: what follows "I suppose that's" is praise
        "The wind stopped the climb, though I suppose that's the most honest introduction "
        "to the job there is.",
        "I suppose that's why the apprentices stay so long: everyone teaches.",
        # the employer's fixed terms, understood; a release; the writer's own pile
        "I understand the salary band is not negotiable, and that is fine with me.",
        "Please only come back to me if there is news.",
        "I was buried under a pile of marking all of June.",
        "I thought I'd write now that the board meeting has been and gone.",
        "It was lovely to meet people who actually use the product every day.",
        "I've gone with something cheaper for the commute: a bike.",
        "Thank you for waiting patiently while I found the file.",
        # round three of interviews
        "I look forward to round three of interviews next week.",
        "Take your time; there is no rush at all.",
        "I know we only spoke yesterday, so there is no need for any update yet.",
        "We met yesterday, and it seems any decision is still a few weeks away, which is fine.",
        "Since we spoke yesterday, I wanted to let you know I can send any updates you need.",
        "Heritage apples ripen in their own sweet time, which I loved hearing about.",
        # one apology for a concrete slip is manners, not over-apology
        "I'm sorry I missed your call this morning; I was on a site visit.",
        "Apologies for the late reply; I was travelling.",
        "Sorry about the typo in my last email: the portfolio link is below.",
        # declining an offer, accepting a decision
        "I'm sorry to say that I cannot accept the offer at this time.",
        "I accept your decision and wish the whole team well.",
        # another offer's deadline, stated as a fact (the judge's pushy reading is vetoed)
        "I have received another offer and need to give them an answer by Friday.",
        "I need to respond to the other company by Friday, so any update would help.",
        # waiting on other employers; a courteous close; an apology when withdrawing
        "I am still waiting to hear from two other firms before I decide.",
        "I wish you every success in finding the right person for the role.",
        "My sincere apologies for any disruption this withdrawal may cause.",
        # a ship's mate is a rank, not a pet name
        "I served as second mate on car ferries for six years.",
        "The main reason I'm writing is to thank you.",
        "Is there anything at all I can send you?",
        "I'm disappointed not to be joining the crew, but I understand, and that's fair.",
        "With due respect I am writing this mail to thank you for the interview.",
        # one apology in a letter that withdraws
        "I'm sorry to be writing with this news. I must withdraw from consideration.",
        "I'm sorry to be writing with this news, but I'd like to withdraw from the Designer "
        "process at Kestrel.",
        # sympathy for the reader's own week, and thanks
        "I know this week has been chaotic with the branch move, and I appreciated the full hour.",
        "I read your Glassdoor reviews and loved what your staff say about training.",
        "I trust you had a good weekend after the open day.",
        "I note that the team has not yet chosen a vendor, which is where I can help.",
    ],
)
def test_negated_contrasted_and_quoted_cues_are_not_flagged(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize("label", ["Subject:", "**Subject:**"])
def test_subject_line_is_read_too(linter: Linter, label: str) -> None:
    text = f"{label} Analyst role - still waiting\n\nHi Dana,\n\nAny news on the role?\n\nSam"
    report = linter.lint(text, kind="follow-up")
    [finding] = [f for f in report.findings if f.check == "tone"]
    assert finding.span is not None and finding.span.of(text) == "still waiting"


def test_the_judge_reads_a_subject_line_no_cue_caught(linter: Linter) -> None:
    """A subject line is the first thing read: the judge reads it too, after any
    "Re:", and a neutral one passes."""
    letter = ("Subject: {subject}\n\nHi Dana,\n\nThank you again for Tuesday; I am still "
              "very keen on the analyst role.\n\nSam\n")
    pushy = letter.format(subject="Re: Decision needed by Friday")
    [finding] = [f for f in linter.lint(pushy, kind="follow-up").findings
                 if f.check == "tone"]
    assert finding.code == "LL403" and finding.metadata["source"] == "judge"
    assert finding.span is not None and finding.span.of(pushy).strip() == (
        "Re: Decision needed by Friday")
    quiet = linter.lint(pushy, kind="follow-up", tone={"subject_threshold": 1.01})
    assert not [f for f in quiet.findings if f.check == "tone"]
    neutral = letter.format(subject="Re: Analyst interview on Tuesday")
    assert not [f for f in linter.lint(neutral, kind="follow-up").findings
                if f.check == "tone"]


_WAITED = ("Subject: {subject}\n\nHi Dana,\n\nThank you again for Tuesday; I am still "
           "very keen on the analyst role.\n\n{sign_off}\nSam\n")


@pytest.mark.parametrize(
    ("subject", "sign_off", "worn"),
    [
        ("Still here (follow-up no. 3)", "Best,", "Still here"),
        ("Analyst role (follow-up no. 3)", "Best,", "follow-up no. 3"),
        ("Still here! (Senior Copywriter)", "Best,", "Still here"),
        ("Still waiting - Analyst role", "Best,", "Still waiting"),
        ("Analyst role - a gentle nudge, round three", "Best,", "round three"),
        ("Analyst role - keeping my week free (again)", "Best,", "(again)"),
        ("Re: Analyst role - any word at all?", "Best,", "any word at all"),
        ("Analyst role", "Patiently (very patiently) yours,", "Patiently"),
        ("Analyst role", "With undiminished patience,", "With undiminished patience,"),
        ("Analyst role", "With undimmed optimism,", "With undimmed optimism,"),
    ],
)
def test_the_wait_worn_in_a_subject_line_or_sign_off_fires(
    linter: Linter, subject: str, sign_off: str, worn: str
) -> None:
    text = _WAITED.format(subject=subject, sign_off=sign_off)
    found = [f.span.of(text) for f in linter.lint(text, kind="follow-up").findings
             if f.check == "tone" and f.code == "LL402" and f.span]
    assert any(worn in span for span in found)


@pytest.mark.parametrize(
    ("subject", "sign_off"),
    [
        ("Analyst role - round 2 interview", "Best,"),
        ("Thank you - second interview", "Best,"),
        ("Re: Analyst role - any news?", "Best,"),
        ("Analyst role", "Thank you for your patience,"),
        ("Still interested in the analyst role", "Best,"),
        ("Analyst role", "With gratitude,"),
    ],
)
def test_a_plain_subject_line_or_sign_off_passes(
    linter: Linter, subject: str, sign_off: str
) -> None:
    text = _WAITED.format(subject=subject, sign_off=sign_off)
    assert not [f for f in linter.lint(text, kind="follow-up").findings if f.check == "tone"]


def test_a_subject_line_in_mail_fields_run_into_one_line_is_read(linter: Linter) -> None:
    """A paste that lost its breaks: the fields, the greeting and the letter on one
    line. The subject among the fields is read, and the letter below it is the body."""
    text = ("From: Sam <sam@ortiz.me> To: Dana <dana@clinic.org> Subject: {subject} Date: "
            "Mon, 9 Mar 2026 10:02:00 +0000 Hi Dana, Thank you again for Tuesday; I am still "
            "very keen on the analyst role. Best, Sam\n")
    waiting = text.format(subject="Re: Analyst role - still waiting")
    report = linter.lint(waiting, kind="follow-up")
    assert [f.span.of(waiting) for f in report.findings if f.check == "tone" and f.span] == [
        "still waiting"]
    assert report.points["interest"].covered
    plain = text.format(subject="Re: Analyst role")
    assert not [f for f in linter.lint(plain, kind="follow-up").findings if f.check == "tone"]


def test_no_break_spaces_from_a_web_copy_hide_no_cue_in_a_subject_line(linter: Linter) -> None:
    text = "Subject: Analyst role - still waiting\n\nHi Dana,\n\nAny news on the role?\n\nSam"
    for copied in (text, text.replace(" ", "\u00a0")):
        found = [f.span.of(copied).replace("\u00a0", " ")
                 for f in linter.lint(copied, kind="follow-up").findings
                 if f.check == "tone" and f.span]
        assert found == ["still waiting"]


def test_quoted_earlier_message_is_not_judged(linter: Linter) -> None:
    text = (
        "Hi Dana,\n\nI'm still very keen on the role.\n\nSam\n\n"
        "On Mon, Mar 9, 2026 at 4:02 PM Sam <sam@x.org> wrote:\n"
        "> I still haven't heard back and I'm disappointed.\n"
    )
    assert not [f for f in linter.lint(text).findings if f.check == "tone"]


_SIGNED = (
    "Dear Ms Lee,\n\nThank you for meeting me on Tuesday about the analyst role. I enjoyed "
    "hearing how your team rebuilt the pricing model, and I am keen to help with it.\n\n"
    "Best regards,\nTom Baker\n\n{after}\n"
)


def test_a_line_under_the_signature_goes_out_with_the_letter(linter: Linter) -> None:
    """A note under the signature with no "P.S." is no part of the letter's structure
    (an aside), but it is sent with it: the tone rules and the judge read it."""
    after = "Honestly, I doubt anyone over there will bother to read this. Your recruiter was rude."
    text = _SIGNED.format(after=after)
    assert [part.role for part in find_parts(text)][-1] is Role.ASIDE
    report = linter.lint(text)
    flagged = [f.span.of(text) for f in report.findings if f.check == "tone" and f.span]
    assert "Your recruiter was rude." in flagged
    assert any(span.startswith("Honestly, I doubt anyone") for span in flagged)
    assert not [f for f in report.findings if f.check == "tone" and f.span
                and f.span.start < text.index("Best regards")]


def test_a_courteous_line_under_the_signature_passes(linter: Linter) -> None:
    text = _SIGNED.format(after="Thank you again, and have a lovely weekend.")
    assert not [f for f in linter.lint(text).findings if f.check == "tone"]


def test_a_greeting_or_sign_off_that_says_something_is_judged(linter: Linter) -> None:
    """The judge reads a greeting or sign-off of five words or more; the usual ones
    ("Dear Ms Lee,", "With kind regards,") are too short to say anything."""
    bad = (
        "Dear whoever is supposed to be reading these,\n\nThank you for meeting me on "
        "Tuesday about the analyst role. I enjoyed hearing how your team rebuilt the "
        "pricing model.\n\nRegards, not that anyone cares,\nTom Baker\n"
    )
    flagged = [f.span.of(bad) for f in linter.lint(bad).findings if f.check == "tone" and f.span]
    assert flagged == ["Dear whoever is supposed to be reading these,",
                       "Regards, not that anyone cares,"]
    good = bad.replace("whoever is supposed to be reading these", "Ms Lee and the team").replace(
        "Regards, not that anyone cares,", "With many thanks and kind regards,")
    assert not [f for f in linter.lint(good).findings if f.check == "tone"]


def test_allow_and_extra_cues_come_from_config(linter: Linter) -> None:
    from letterlint import Config

    body = "Sorry for the short notice. Any news on the role?"
    config = Config().with_options(tone={"allow": ["sorry for"]})
    report = linter.lint(LETTER.format(body=body), config)
    assert "LL405" not in report.codes()
    config = Config().with_options(
        tone={"extra_cues": [{"code": "LL402", "pattern": r"\bradio silence\b"}]}
    )
    report = linter.lint(LETTER.format(body="It's been radio silence."), config)
    assert "LL402" in report.codes()


def test_the_start_date_is_no_presumption_once_the_offer_is_accepted(linter: Linter) -> None:
    sentence = "I will bring my passport and bank details on my first day."
    assert tone(linter, sentence) == {"LL403": sentence}
    accepted = "I am delighted to accept your offer of the coordinator post. " + sentence
    assert tone(linter, accepted) == {}


def test_a_courteous_no_needs_a_confident_judge(linter: Linter) -> None:
    """In a letter that declines an offer or withdraws, the judge must be sure (0.8):
    it reads a courteous no as cold. Its threshold is lowered here so that the real
    judge's reading of the same sentence shows in the letter that does not bow out."""
    sentence = "Please know that this was a hard decision."
    eager = {"tone": {"model_threshold": 0.05, "lexicon_model_threshold": 0.05}}
    taking = f"Thank you for your call on Friday. {sentence} I have decided to take the offer."
    declining = (f"Thank you for your call on Friday. {sentence} I have decided to turn down "
                 "the offer.")
    flagged = linter.lint(LETTER.format(body=taking), **eager)
    assert sentence in [f.span.of(flagged.text) for f in flagged.findings if f.check == "tone"]
    quiet = linter.lint(LETTER.format(body=declining), **eager)
    assert not [f for f in quiet.findings if f.check == "tone"]


def test_a_harsh_verdict_in_a_letter_that_withdraws_is_still_read(linter: Linter) -> None:
    """The confident bar of a letter that bows out is for the judge's doubts about its
    courteous no, not for a harsh verdict on the employer's side; a plain reason for
    withdrawing, which passes no harsh verdict, stays quiet."""
    harsh = "Your office manager was a pompous bore from start to finish."
    reason = "The commute would simply have been too long for my family."
    withdrawing = "I am writing to withdraw my application for the coordinator role. "
    assert tone(linter, withdrawing + harsh) == {"LL401": harsh}
    assert tone(linter, withdrawing + reason) == {}


def test_a_barb_in_brackets_is_read_on_its_own(linter: Linter) -> None:
    """A barb set in brackets or between dashes inside a courteous sentence is
    outvoted by the words around it when the sentence is read whole; read apart it is
    flagged, and only the aside. A description in brackets is not."""
    aside = "the case study was boring and a waste of my entire weekend"
    barbed = f"Thank you for meeting me on Tuesday ({aside}) and for the tour."
    assert tone(linter, barbed) == {"LL401": aside}
    assert tone(linter, barbed.replace(aside, "and for the coffee while I waited")) == {}
    dashed = f"Thank you for meeting me on Tuesday – {aside} – and for the tour."
    assert tone(linter, dashed) == {"LL401": aside}
    unread = {"tone": {"aside_threshold": 1.01}}
    report = linter.lint(LETTER.format(body=barbed), kind="follow-up", **unread)
    # asides unread: the aside is not flagged on its own (the whole sentence may be,
    # as a verdict on their case study, where the judge leans that way)
    assert not [f for f in report.findings
                if f.check == "tone" and f.span and f.span.of(report.text) == aside]


def test_a_sentence_shouted_in_capitals_is_read_like_the_same_words_in_lower_case(
    linter: Linter,
) -> None:
    """The parser takes words in capitals for names, which hid the verdict in "THE
    BUILDING LOOKED SHABBY…" from the readings built on the parse."""
    sentence = "The building looked shabby and rundown from the street."
    assert tone(linter, sentence) == {"LL401": sentence}
    assert tone(linter, sentence.upper()) == {"LL401": sentence.upper()}
    assert tone(linter, "THANK YOU SO MUCH FOR THE TOUR OF THE NEW WAREHOUSE.") == {}


def test_a_hostile_no_is_still_hostile(linter: Linter) -> None:
    sentence = "Stick your offer where the sun don't shine."
    body = f"I am turning down the offer. {sentence}"
    assert tone(linter, body) == {"LL401": "where the sun don't shine"}


@pytest.mark.parametrize(
    "sentence",
    [
        "i'm sorry the site visit was called off.",
        "i'm sorry the call was cut short by the storm.",
        # the writer's own doing: one apology for a concrete slip is still manners
        "i'm sorry the call was cut short because of my poor connection.",
        "i'm sorry it's been such a rough stretch, and i hope things are calmer now.",
        "i was sorry you've been unwell this week.",
        "i was sorry to miss the handover you mentioned, but the ward round made up for it.",
        "i'm sorry not to have met your deputy.",
    ],
)
def test_sorry_for_an_event_is_sympathy(sentence: str) -> None:
    at = sentence.index("sorry")
    assert sympathy(sentence, at, at + len("sorry"))


@pytest.mark.parametrize(
    "sentence",
    ["i'm sorry i have been so hard to pin down.", "i'm sorry it took me so long to reply."],
)
def test_sorry_for_ones_own_doing_is_no_sympathy(sentence: str) -> None:
    at = sentence.index("sorry")
    assert not sympathy(sentence, at, at + len("sorry"))


def test_one_apology_for_a_cut_short_call_is_manners(linter: Linter) -> None:
    assert tone(linter, "I'm sorry the call was cut short when my laptop died.") == {}


def test_a_sentence_the_judge_leans_on_reads_as_bad_beside_hostile_ones(linter: Linter) -> None:
    """Sarcasm is read from the letter around it: "our next illuminating chat" passes
    in a kind letter, and is flagged (a context finding) in one that is hostile twice
    over; ``context_threshold = 1.01`` turns that off."""
    sentence = "I look forward to our next illuminating chat."
    hostile = ("Your interview process was a shambles from start to finish. Frankly, your "
               "panel should be embarrassed by how they treated me. ")
    assert tone(linter, sentence) == {}
    report = linter.lint(LETTER.format(body=hostile + sentence), kind="follow-up")
    context = [f for f in report.findings if f.metadata.get("context")]
    assert [f.span.of(report.text) for f in context if f.span] == [sentence]
    assert context[0].message.startswith("Beside the letter's other sentences, reads as")
    off = linter.lint(LETTER.format(body=hostile + sentence), kind="follow-up",
                      tone={"context_threshold": 1.01})
    assert not [f for f in off.findings if f.metadata.get("context")]


def test_a_long_letter_is_not_read_as_sarcastic_throughout(linter: Linter) -> None:
    """In a letter of 300 body words or more, two barbs do not lower the judge's bar for
    every other sentence (``CONTEXT_WORDS``): the barbs are still flagged, the sentence
    the judge only leans on is not."""
    sentence = "I look forward to our next illuminating chat."
    hostile = ("Your interview process was a shambles from start to finish. Frankly, your "
               "panel should be embarrassed by how they treated me. ")
    story = ("At the Harbour Street depot I planned the night routes for twelve vans, and I "
             "rebuilt the loading plan so that the first van left at four instead of five. "
             "I trained six new drivers on the handheld scanners and wrote the checklist "
             "they still use for the morning walk-round. ") * 6
    body = hostile + story + "\n\n" + sentence
    assert len(body.split()) >= 300
    report = linter.lint(LETTER.format(body=body), kind="follow-up")
    assert not [f for f in report.findings if f.metadata.get("context")]
    assert [f for f in report.findings if f.check == "tone"]
    wide = linter.lint(LETTER.format(body=body), kind="follow-up", tone={"context_words": 1000})
    assert [f for f in wide.findings if f.metadata.get("context")]


def test_a_lone_doubt_of_the_judge_needs_a_confident_judge(linter: Linter) -> None:
    """A letter's only tone finding, when the judge alone made it (not a cue), must
    reach ``lone_threshold`` (0.75) unless another finding supports it. The judge's
    bar is lowered here so that its reading of a polite sentence (about 0.3) shows."""
    sentence = "Thanks once more for all the effort on your part."
    eager = {"model_threshold": 0.25, "lexicon_model_threshold": 0.25}
    alone = linter.lint(LETTER.format(body=sentence), tone=eager)
    assert not [f for f in alone.findings if f.check == "tone"]
    unguarded = linter.lint(LETTER.format(body=sentence), tone={**eager, "lone_threshold": 0})
    judged = [f for f in unguarded.findings if f.check == "tone"]
    assert [f.span.of(unguarded.text) for f in judged if f.span] == [sentence]
    assert judged[0].metadata["source"] == "judge"
    supported = linter.lint(
        LETTER.format(body=f"{sentence} I still haven't heard back, which is disappointing."),
        tone=eager,
    )
    flagged = {
        f.span.of(supported.text) for f in supported.findings if f.check == "tone" and f.span
    }
    assert sentence in flagged and len(flagged) > 1


def test_a_lone_doubt_the_lexicon_reads_as_negative_is_supported(linter: Linter) -> None:
    """Plain hostility in ordinary words ("cheated", "misleading") that the judge only
    half-believes is kept when VADER reads the sentence as clearly negative."""
    strict = {"model_threshold": 0.2, "lone_threshold": 0.99}
    hostile = "I feel cheated by the misleading job advert."
    report = linter.lint(LETTER.format(body=hostile), tone=strict)
    assert [f.span.of(report.text) for f in report.findings if f.check == "tone" and f.span] == [
        hostile
    ]
    polite = "Thanks once more for all the effort on your part."
    report = linter.lint(LETTER.format(body=polite), tone=strict)
    assert not [f for f in report.findings if f.check == "tone"]


def test_a_lone_demand_needs_no_support(linter: Linter) -> None:
    """A deadline asked for is in the sentence's own words: a lone pushy judge finding
    keeps the judge's ordinary bar."""
    sentence = "An update this week would help, as I need to plan my next steps."
    report = linter.lint(LETTER.format(body=sentence), tone={"model_threshold": 0.3})
    judged = [f for f in report.findings if f.check == "tone"]
    assert [f.metadata["judged_as"] for f in judged] == ["pushy"]
    assert judged[0].metadata["probability"] < 0.75


def test_a_lone_presumption_the_judge_half_believes_needs_support(linter: Linter) -> None:
    """The judge reads presumption into plain sentences: alone and below
    ``lone_threshold``, with nothing in the letter or the lexicon behind it, it goes."""
    sentence = "She read every one of my first assessments before they went to the manager."
    strict = {"model_threshold": 0.3}
    report = linter.lint(LETTER.format(body=sentence), tone=strict)
    assert not [f for f in report.findings if f.check == "tone"]
    report = linter.lint(LETTER.format(body=sentence), tone={**strict, "lone_threshold": 0})
    judged = [f for f in report.findings if f.check == "tone"]
    assert [f.metadata["judged_as"] for f in judged] == ["presumptuous"]
    assert judged[0].metadata["probability"] < 0.75


@pytest.mark.parametrize(("sentence", "code"), [
    ("Thanks for the update, which is interesting given I was told you'd decide by May.",
     "LL402"),
    ("It was obvious from the moment I walked in that the decision had already been made.",
     "LL402"),
    ("I paid £18 for a taxi because there is no bus on Sunday.", "LL402"),
    ("I called twice last week and still nothing.", "LL402"),
    ("So here's the deal: I need an answer by Friday.", "LL403"),
    ("I'm a size L for the hi-vis and a 10 for boots.", "LL403"),
    ("Best wishes from your future colleague.", "LL403"),
    ("This is my only interview and I cannot fail again.", "LL404"),
    ("I am ready to do anything you ask, clean the office or make tea.", "LL404"),
    ("I have applied to more than 80 companies since graduating.", "LL404"),
    ("I know my English is not good and I confused you many times.", "LL405"),
    ("I understand if you cannot choose me.", "LL405"),
    ("I meant what I said about needing to get out of my current place.", "LL401"),
    ("My followers are designers and they do love a good Glassdoor review.", "LL402"),
    ("Which is interesting, given that you told me the role was mine.", "LL402"),
    ("It was obvious the decision had been made before I arrived.", "LL402"),
    ("The train cost me £40 to get to your interview.", "LL402"),
    ("Best wishes from your new colleague.", "LL403"),
    ("I have applied to dozens of companies this year.", "LL404"),
    ("I understand if you decide not to choose me.", "LL405"),
    ("I need to escape my current job.", "LL401"),
    ("No reply yet; I take it that's because you're busy with the school play.", "LL402"),
    ("The hour could have been put to better use, as you clearly felt.", "LL402"),
    ("I know you won't hire me because the other guy has connections.", "LL402"),
    ("I expect straight communication from an employer, not form letters.", "LL402"),
    ("I look forward to prompt confirmation of my start date.", "LL403"),
    ("Your panel reminded me why I detest this industry.", "LL401"),
])
def test_the_seventh_sessions_cue_families_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It was interesting to hear how the panel plans the new clinic.",
    "It was clear from our talk that the team has already made great progress.",
    "I spent two years on the travel desk at Hale & Co.",
    "I read some lovely Glassdoor reviews from your nurses before the interview.",
    "My English improved a lot during my year in Leeds.",
    "I understand if you need a few more weeks to decide.",
    "I hope to be your colleague one day.",
    "I'm happy to do any further tasks you need for the assessment.",
    "The new clinic came up, which is interesting given how new the product is.",
    "It was clear from our talk that you have already found your next big market in Asia.",
    "As you suggested, I paid £42 for the train and have attached the receipt.",
    "I paid £5 for the course materials and loved the course.",
    "Good luck with finding your future hire.",
    "I would love to be your future colleague.",
    "I have applied for 2 positions at your company and would be happy with either.",
    "I'm happy to do anything you need before my start date, such as the paperwork.",
    "This is my last interview before I move to Leeds, so I wanted to say thanks.",
    "I want to get out of my current role's narrow focus and grow into research.",
    "I take it the next step is a call with the director.",
    "As you clearly explained, the post starts in May.",
    "I expect the panel has many strong candidates to consider.",
    "I never detested a day of my placement there.",
])

def test_look_alikes_of_the_seventh_sessions_cues_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


def test_a_cue_that_takes_the_job_as_won_is_silent_once_the_offer_is_accepted(
    linter: Linter,
) -> None:
    sentence = "As requested, my uniform size is medium."
    assert "LL403" in tone(linter, sentence)
    accepted = f"I am delighted to accept your offer of the planner role. {sentence}"
    assert tone(linter, accepted) == {}


def test_a_users_cue_may_be_cleared_by_unless(linter: Linter) -> None:
    from letterlint import Config

    cue = {"code": "LL402", "pattern": r"\bcrickets\b", "unless": r"\bfrom me\b"}
    config = Config().with_options(tone={"extra_cues": [cue]})
    report = linter.lint(LETTER.format(body="It has been crickets for weeks."), config)
    assert "LL402" in report.codes()
    assert "LL402" not in linter.lint(LETTER.format(body="It has been crickets for weeks.")).codes()
    cleared = linter.lint(LETTER.format(body="It has been crickets from me, I know."), config)
    assert "LL402" not in cleared.codes()


def test_a_users_cue_may_be_cleared_by_unless_anywhere_in_the_sentence(linter: Linter) -> None:
    from letterlint import Config

    cue = {"code": "LL402", "pattern": r"\bcrickets\b", "unless": r"\bmy end\b"}
    before = LETTER.format(body="On my end it has been crickets too.")
    assert "LL402" in linter.lint(before, Config().with_options(tone={"extra_cues": [cue]})).codes()
    anywhere = Config().with_options(tone={"extra_cues": [{**cue, "unless_anywhere": True}]})
    assert "LL402" not in linter.lint(before, anywhere).codes()


@pytest.mark.parametrize(("sentence", "code"), [
    ("You seemed rather distracted by your phone for much of the interview.", "LL401"),
    ("I don't think it was a fair reflection of my skills.", "LL402"),
    ("Just nudging again about the role.", "LL402"),
    ("I'd like to know it wasn't just free design work for your next sprint.", "LL402"),
])
def test_set_19s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm sorry for being a few minutes late on Tuesday.",
    "I am very sorry for your loss.",
    "I did not want the record to be wrong, and I apologise for the confusion.",
    "I've received an offer from another company, and they've asked for my answer by Friday.",
    "You said that nobody had reconciled the two reports yet.",
    "It was a fair reflection of the role, and I enjoyed it.",
    "Thanks for the gentle nudge about the forms.",
])
def test_set_19s_courtesies_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


def test_an_offer_held_up_with_its_terms_is_still_leverage(linter: Linter) -> None:
    sentence = "I have received a written offer from a competitor at $98,000 plus a bonus."
    assert "LL403" in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("I am keen, but I cannot keep my plans on hold forever.", "LL403"),
    ("I'm not prepared to wait around indefinitely for an answer.", "LL403"),
    ("I hope we can get things moving quickly from here.", "LL403"),
    ("You did promise a decision by the end of last week.", "LL402"),
    ("Since then I have had no reply whatsoever.", "LL402"),
    ("The whiteboard quiz told you very little about how a person actually codes.", "LL401"),
    ("I know Alan Pierce on your board from the sailing club.", "LL403"),
    ("She assured me she would be delighted to have me on the team.", "LL403"),
    ("I would happily work the first fortnight for free to prove myself.", "LL404"),
    ("Anything would do, even something part time or unpaid.", "LL404"),
    ("its been ages and u did say u would ring me by friday", "LL402"),
    ("To be frank, I'm clearly overqualified for the post.", "LL401"),
])
def test_set_21s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I beg to thank you for the interview on Tuesday.",
    "I'm sorry not to be joining you, and I wish the team every success.",
    "My plans for the summer are on hold until I hear, which is fine.",
    "You did a wonderful job of explaining the rota.",
    "The case study told me a lot about how your team works.",
    "I volunteered unpaid at the food bank for two years and ran its stock system.",
    "I know the board will want the new clinic open by spring.",
    "I know I may seem over-qualified, but I want to get back to hands-on work.",
])
def test_set_21s_courtesies_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


def test_half_doubts_alone_do_not_make_a_letter_hostile(linter: Linter) -> None:
    """The context pass needs a firm finding (a rule's, a confident judge's, or one the
    lexicon reads as negative): the judge's half-doubts about two courteous sentences
    do not lower its bar for the rest. The bars are set low here so that the judge's
    weak readings show."""
    polite = ("Thanks once more for all the effort on your part. It's obvious a lot of care "
              "went into the new rota. I enjoyed the tour of the depot and the loading bays.")
    eager = {"model_threshold": 0.2, "lexicon_model_threshold": 0.2,
             "context_threshold": 0.01, "lone_threshold": 0}
    report = linter.lint(LETTER.format(body=polite), tone=eager)
    judged = [f for f in report.findings if f.check == "tone"]
    assert len(judged) >= 2 and all(f.metadata.get("source") == "judge" for f in judged)
    assert not [f for f in judged if f.metadata.get("context")]
    hostile = polite + " Frankly, your panel should be embarrassed by how they treated me."
    report = linter.lint(LETTER.format(body=hostile), tone=eager)
    assert [f for f in report.findings if f.check == "tone" and f.metadata.get("context")]


@pytest.mark.parametrize(("sentence", "code"), [
    ("Honestly, the biscuits were the highlight of the whole visit.", "LL401"),
    ("I ran the stall for a year, which is more than can be said for your panel.", "LL401"),
    ("Do tell me if the successful candidate needs any tips.", "LL401"),
    ("Councils are slow to decide, some more than others.", "LL402"),
    ("Thank you for finally getting back to me.", "LL402"),
    ("I have emailed your office three times since then.", "LL402"),
    ("I'm really looking forward to getting started next month.", "LL403"),
    ("I am clearly the obvious choice for this post.", "LL403"),
    ("The salary you quoted is well below market for my level.", "LL403"),
    ("Every other firm I applied to has turned me down.", "LL404"),
    ("I am such a stupid person for missing the bus.", "LL405"),
    ("I'm probably not the sort of applicant you wanted.", "LL405"),
])
def test_sets_22_and_23s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "The tour of the new kitchen was the highlight of my day.",
    "I was worried I had missed the last train, so I really appreciated the later slot.",
    "Thank you for being so patient with me while I found my notes.",
    "I wrote rather than keep refreshing my inbox.",
    "I called twice as many suppliers as last year during the audit.",
    "Your new hire scheme sounds like a great way to grow the team.",
])
def test_look_alikes_of_sets_22_and_23s_cues_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize("sentence", [
    "No reply at all is necessary; I just thought you'd enjoy the article.",
    "You did say the team was growing, and that excites me.",
    "The way your team handled the outage says a lot about how you work together.",
    "I look forward to joining you on Thursday's call.",
    "I'm looking forward to getting started on the take-home task.",
    "I was impressed by how you move things forward quickly in the lab.",
    "Your receptionist called me twice before the interview to check I had directions.",
    "I loved hearing that each new flat is below market rent for key workers.",
    "I'd be happy to help for free at the charity fun run you mentioned.",
    "I'm not the kind of candidate you see every day, and I think that is a strength.",
    "Some might think I'm over-qualified, but I'm eager to learn the new system.",
    "I enjoyed all of the exercises, some more than others, but the design one most.",
    "The lobby was the most impressive part of the building, and the people were lovely.",
    "You mentioned the new starter needs support with Excel, and I ran those workshops.",
    "I know the roadmap on your board is ambitious.",
    "He told me he'd be happy to have me shadow him for a day.",
])
def test_courteous_look_alikes_found_in_review_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize(("sentence", "code"), [
    ("I would appreciate a simple no rather than being ignored for three weeks.", "LL401"),
    ("I was worried you had forgotten about me, so I'd appreciate an update.", "LL405"),
    ("You've finally replied!", "LL402"),
    ("Every other company I applied to said no.", "LL404"),
])
def test_what_the_review_found_missing_or_lost_fires(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Let me know if the post is even a real vacancy.", "LL402"),
    ("Perhaps it is because of my accent that nobody calls back.", "LL402"),
    ("It's been weeks since you said you'd be in touch.", "LL402"),
    ("I expect a written answer within three days.", "LL403"),
    ("Unless I hear from you by Monday, I will accept elsewhere.", "LL403"),
    ("I'm afraid my patience is wearing thin.", "LL403"),
    ("I look forward to receiving the contract.", "LL403"),
    ("I was clearly the strongest candidate you interviewed.", "LL403"),
    ("The panel felt more like an interrogation than a conversation.", "LL401"),
    ("I have to say the interview was not what I expected.", "LL401"),
    ("Please could you give me one more chance?", "LL404"),
    ("I understand if you've written me off already.", "LL404"),
])
def test_set_24s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "While I am naturally disappointed, please keep my details on file for future roles.",
    "The team told me the role is a real step up for whoever takes it.",
    "I look forward to receiving your feedback on the case study.",
    "It was the best interview I have had, and I enjoyed every minute.",
    "Because of my age I have twenty years on the tools, and I still love the work.",
])
def test_look_alikes_of_set_24s_cues_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize(("sentence", "code"), [
    ("My family already knows, so we are counting on you.", "LL403"),
    ("Please decide by Friday, otherwise I will have to accept the other offer.", "LL403"),
    ("I am sure the post is as good as mine.", "LL403"),
    ("My uncle Mr. A. B. Rao is the Deputy Secretary of the ministry.", "LL403"),
    ("I've let my current employer know I'll be moving on.", "LL403"),
    ("Sir, I am nobody compared with your team.", "LL405"),
    ("I know I am not worthy of your time.", "LL405"),
])
def test_set_25s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "With due respect, I beg to state that I attended the interview on 4 March.",
    "I am sorry the power went off halfway through our video call.",
    "I believe my skills make me a perfect fit for the role.",
    "It has now been accepted by the regional journal.",
    "I was away until the 5th, so I apologise for the slow reply; I am available again now.",
    "My uncle is a retired teacher who taught me to read music.",
])
def test_set_25s_courtesies_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Fine, good luck finding someone better.", "LL401"),
    ("Don't bother keeping my CV on file.", "LL401"),
    ("It would be nice to be treated with some respect.", "LL401"),
    ("I've driven for 20 years, unlike most of the younger candidates.", "LL401"),
    ("I'm not sure what the hold-up is.", "LL402"),
    ("I would expect to be assessed fairly this time.", "LL402"),
    ("I was quicker than the other candidates on the till.", "LL402"),
    ("I'd gently point out that the advert asked for ambition.", "LL402"),
    ("I won't accept anything under £40k.", "LL403"),
    ("I had lunch with Sara Cole from your board last week.", "LL403"),
    ("I can retrain the whole team in my first week.", "LL403"),
    ("Looking forward to your offer!", "LL403"),
    ("I've told my clients I'll be moving to your firm.", "LL403"),
])
def test_sets_26_and_27s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I appreciated how frankly you described the pressures on the ward.",
    "Flood claims meant damp readings and a lot of upset people, which I handled calmly.",
    "I'm used to looking after patients who are anxious or upset.",  # set 44
    "The diversion took longer than I'd allowed; I'm sorry for the delay.",
    "I'm sorry not to be bringing better news, and thank you for the offer.",
    "I understand why you wanted someone with more experience of running a rota.",
    "If I were hired, I'd approach the backlog in my first month with short user tests.",
])
def test_sets_26_and_27s_courtesies_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize("gap", ["\n", "\r\n", "  ", "\n    ", "\t"])
def test_a_cue_across_a_hard_wrap_fires_on_the_text_as_written(linter: Linter, gap: str) -> None:
    text = (f"Hi Dana,{gap}{gap}I'm still keen on the job, but I can't keep my life{gap}on hold"
            f" forever.{gap}{gap}Thanks,{gap}Sam{gap}")
    report = linter.lint(text, kind="follow-up")
    found = [f for f in report.findings if f.code == "LL403" and f.span]
    assert found, report.findings
    assert f"my life{gap}on hold forever" in found[0].span.of(text)



@pytest.mark.parametrize(("sentence", "code"), [
    ("The kitchen runs well, which honestly is a breath of fresh air after eighteen months"
     " at The Gilded Pear.", "LL401"),
    ("I need to get out of my current job.", "LL401"),
    ("We cut waste by a third, which nobody there even noticed.", "LL401"),
    ("If anyone can be bothered, I'd like some feedback.", "LL401"),
    ("Please reply by Friday, after which I will assume you are not interested.", "LL403"),
    ("You said you'd be in touch 'very soon'.", "LL402"),
    ("Next time it might be worth using a link that doesn't freeze every two minutes.", "LL401"),
    ("For a product company, it was a slightly odd first impression.", "LL401"),
    ("I'd be happy to explain the refinancing in simpler terms if that would help.", "LL401"),
    ("I've handed in my notice, so I'll see you on the 3rd.", "LL403"),
    ("I know I must have come across as useless.", "LL405"),
])
def test_set_20_29_and_30s_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "The new site was a breath of fresh air.",
    "I got out of there safely before the storm.",
    "Nobody there noticed the leak until I flagged it, and we fixed it fast.",
    "You said the team is 'small but mighty', which I loved.",
    "See you on Monday for the trial shift.",
    "Next time we meet, I'll bring the portfolio.",
    "The first impression of the ward was wonderful.",
    "I explained the idea in simple terms to the panel.",
])
def test_look_alikes_of_set_20_29_and_30s_cues_pass(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


_LONG = "Hi Dana,\n\n{sentence} I look forward to hearing from you.\n\nBest,\nSam\n"


_BARBED = (
    "Thank you for walking me through the new rota system on Thursday and for the coffee "
    "afterwards, and I'm sure you can see what the team would be missing without someone "
    "like me."
)


def test_a_barb_inside_a_long_courteous_sentence_is_read_as_a_clause(linter: Linter) -> None:
    """The judge reads a bag of words: the courteous words around a barbed clause
    outvote it, so a long sentence is read clause by clause too, and the clause the
    judge is sure of is what is flagged."""
    text = _LONG.format(sentence=_BARBED)
    judged = [f for f in linter.lint(text).findings if f.check == "tone"]
    assert [f.span.of(text) for f in judged if f.span] == [
        "I'm sure you can see what the team would be missing without someone like me"
    ]
    assert judged[0].metadata["clause"] is True
    assert judged[0].metadata["probability"] >= 0.9


def test_clauses_can_be_switched_off(linter: Linter) -> None:
    from letterlint import Config

    config = Config().with_options(tone={"clause_threshold": 1.01})
    report = linter.lint(_LONG.format(sentence=_BARBED), config)
    assert not [f for f in report.findings if f.check == "tone"]


def test_a_long_courteous_sentence_passes(linter: Linter) -> None:
    sentence = ("I was glad to hear about the training plan for new drivers, which sounds "
                "thorough, and I am sure the team will be in good hands once the new manager "
                "settles in next month.")
    assert not [f for f in linter.lint(_LONG.format(sentence=sentence)).findings
                if f.check == "tone"]


def test_someone_elses_missing_apology_is_no_over_apology(linter: Linter) -> None:
    """"never apologised" is a complaint about the panel, not the writer grovelling;
    "I apologise again" is the writer's."""
    assert "LL405" not in tone(
        linter, "The panel arrived twenty minutes late and never apologised, which was rude."
    )
    assert "LL405" in tone(linter, "I apologise again for taking up so much of your time.")


_SPREAD = (
    "Dear Ms Hale,\n\nThank you for seeing me on Tuesday. My time in "
    "the lobby gave me a wonderful opportunity to watch how the front desk copes, which was "
    "instructive, after a fashion.\n\nIt was good to hear you're at last replacing the booking "
    "software; I imagine the receptionists will be relieved. I ran the switch to Opera at the "
    "Grand for three years, so I could certainly help bring everyone up to speed.\n\n"
    "Kind regards,\nPriya\n"
)


def test_a_lone_doubt_is_supported_by_a_doubt_elsewhere(linter: Linter) -> None:
    """A sarcastic letter spreads its doubts: a lone judge finding under
    ``lone_threshold`` stands when the judge reads another sentence or clause of the
    letter as bad tone at ``support_threshold`` ("the receptionists will be relieved",
    0.58 here). The bars are moved so that this letter sits on them. (Its first
    barb was "instructive in its own way" until a cue named that qualifier in the
    twenty-seventh session; "after a fashion" keeps it the judge's.)"""
    from letterlint import Config

    bars = {"model_threshold": 0.45, "lone_threshold": 0.75}
    supported = linter.lint(
        _SPREAD, Config().with_options(tone={**bars, "support_threshold": 0.55})
    )
    judged = [f for f in supported.findings if f.check == "tone"]
    assert [f.span.of(_SPREAD)[:33] for f in judged if f.span] == [
        "My time in the lobby gave me a wo"
    ]
    assert judged[0].metadata["probability"] < 0.75
    alone = linter.lint(_SPREAD, Config().with_options(tone={**bars, "support_threshold": 1.01}))
    assert not [f for f in alone.findings if f.check == "tone"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Thank you for eventually seeing me on Monday.", "LL402"),
        ("Thanks for fitting me in at the end of the day in the end.", "LL402"),
        ("Looking forward to finally hearing from you.", "LL402"),
        ("I hope the rest of the process is a little quicker.", "LL402"),
        ("Assuming the next stage runs a bit more smoothly, I'd love to continue.", "LL402"),
        ("I'd be happy to bring some proper standards to the place.", "LL401"),
        ("Honestly the front desk could do with a shake-up.", "LL401"),
        ("I could help you find somewhere a bit more suitable for interviews.", "LL401"),
        ("I could certainly help bring the team up to date.", "LL401"),
        ("I would appreciate the courtesy of a reply.", "LL402"),
        ("Nobody has had the courtesy to tell me where things stand.", "LL402"),
    ],
)
def test_the_eleventh_sessions_kinds_of_tone_fire(linter: Linter, sentence: str, code: str) -> None:
    """Thanks that clock the wait, wishing the process better next time, offering to fix
    the employer's shortcomings (read sets 36 and 38)."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Thank you for seeing me on Monday; I know the diary was tight in the end.",
    "I hope the rest of the process goes well for everyone.",
    "Looking forward to hearing from you.",
    "I'd be happy to bring my own tools to the trial shift.",
    "I'd be glad to help the team get up to speed on the new till system.",
    # the old formal thanks, not a reply asked for
    "I beg to thank you for the courtesy of the interview extended to me on Tuesday.",
])
def test_look_alikes_of_the_eleventh_sessions_cues_pass(linter: Linter, sentence: str) -> None:
    assert not tone(linter, sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Management there couldn't organise a rota if their lives depended on it.", "LL401"),
        ("My manager couldn't organise a piss-up in a brewery.", "LL401"),
        ("It's encouraging to see a small practice punching above its weight.", "LL402"),
        ("The portfolio was really quite good for a team of your size.", "LL402"),
        ("No criticism intended, but the brief was thin.", "LL402"),
        ("I've given years to this borough, so a quick email wouldn't have gone amiss.",
         "LL402"),
        ("I do like to give honest feedback on my interview experiences online.", "LL402"),
        ("I'd much rather my review of Northbridge be a positive one.", "LL402"),
        ("I will have no choice but to share my experience of Harrow & Vance's recruitment "
         "practices on Glassdoor.", "LL402"),
        ("I'd be so grateful for any chance at all.", "LL404"),
        ("I'd do the first month at a lower rate if that helps.", "LL404"),
    ],
)
def test_insults_and_condescension_in_idiom_fire(linter: Linter, sentence: str, code: str) -> None:
    """Idioms with no kind reading (read set 40; the rota insult also came from a
    writer of set 21, the size limit from one of set 29)."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'd have done the night shift if my life depended on it, and I'd do it again.",
    "Your team of twelve covers the whole county, which surprised me.",
    "I punched above my weight at the regional finals and came second.",
    "A checklist would not have gone amiss on my first placement, so I wrote one.",
    "I gave honest feedback on the new rota to my manager online.",
    "I post honest reviews of board games online as a hobby.",
    "I moved our customer feedback online at the garden centre.",
    "I'd be grateful for any feedback you can share.",
    "I'm happy to work any shifts, including weekends.",
])
def test_look_alikes_of_the_idioms_pass(linter: Linter, sentence: str) -> None:
    assert not tone(linter, sentence)


_PLEADING = (
    "Hi Dana,\n\nThank you for the interview on Tuesday and for showing me the new dispatch "
    "board.\n\n{first} At Harlow Freight I planned routes for twelve vans and cut empty "
    "miles by a fifth. {second}\n\n{third}\n\nThanks,\nSam"
)


def test_a_letter_that_pleads_in_three_sentences_fails(linter: Linter) -> None:
    """One apology is a warning an adviser edits out; three sentences that plead or
    apologise are the letter's voice (pleading_sentences), and each becomes an error."""
    text = _PLEADING.format(
        first="I'm so sorry for how nervous I was in the interview.",
        second="I would be so grateful for any chance at all.",
        third="Sorry again for taking up so much of your afternoon.",
    )
    report = linter.lint(text)
    pleas = [f for f in report.findings if f.code in ("LL404", "LL405")]
    assert len({f.metadata["pleading"] for f in pleas}) == 1 and len(pleas) >= 3
    assert all(f.severity is Severity.ERROR for f in pleas)
    assert not report.passed and report.score <= 25


def test_a_plea_in_the_subject_line_counts_towards_pleading(linter: Linter) -> None:
    text = "Subject: Please give me a chance\n\n" + _PLEADING.format(
        first="I'm so sorry for how nervous I was in the interview.",
        second="The board you showed me is close to the one I built there.",
        third="Sorry again for taking up so much of your afternoon.",
    )
    pleas = [f for f in linter.lint(text).findings if f.code in ("LL404", "LL405")]
    assert len(pleas) == 3
    assert {f.metadata.get("pleading") for f in pleas} == {3}


def test_one_apology_stays_a_warning(linter: Linter) -> None:
    text = _PLEADING.format(
        first="I'm so sorry for how nervous I was in the interview.",
        second="The board you showed me is close to the one I built there.",
        third="I'd love to join the team.",
    )
    pleas = [f for f in linter.lint(text).findings if f.code in ("LL404", "LL405")]
    assert [f.severity for f in pleas] == [Severity.WARNING]
    assert "pleading" not in pleas[0].metadata


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # favouritism insinuated (sets 18, 20, 25, 29, 40, 42)
        ("I gather the successful candidate last time happened to be a friend of one of "
         "the panel.", "LL402"),
        ("It was clear from the questions that you already had someone in mind.", "LL402"),
        ("No doubt it's gone to someone's mate from the depot, as these things usually do.",
         "LL402"),
        ("I hope the decision goes to experience rather than to whoever happens to know the "
         "head nurse.", "LL402"),
        # the job taken as won in passing (sets 19, 24, 36, 40, real dev)
        ("I'll have a fair bit to teach the team once I start.", "LL403"),
        ("Do get in touch should you have any questions regarding my start date.", "LL403"),
        ("I'll need a dev kit and a 4090 build ready for day one.", "LL403"),
        ("I'm sure we'll be working together at last.", "LL403"),
        # the wait in reception clocked (sets 13, 19, 20, 36, 42)
        ("Thank you for the interview, and for the forty minutes in reception beforehand.",
         "LL402"),
        ("The 55 minutes I spent in reception gave me a real appreciation of your values.",
         "LL402"),
        # condescension, a reputation held up, a rival's pressure, insults in idiom
        ("I'm happy to walk you through the basics again whenever you like.", "LL402"),
        ("I am sure the hotel cares about its reputation.", "LL402"),
        ("They're not the sort to wait around.", "LL403"),
        ("I'd hate for Kestrel to miss out because of a slow process.", "LL403"),
        ("Some of the Figma talk went over your head.", "LL401"),
        ("I cut shrinkage to 0.9%, no thanks to an area manager who couldn't tell a stock "
         "count from a headcount.", "LL401"),
    ],
)
def test_the_thirteenth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    """Kinds read in set 42, each seen in other writers' letters where the idiom
    recurs."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I know these things often take longer than planned.",
    "I know you may already have someone in mind, but I'd love to be considered.",
    "My friend is a friend of the owner of the bakery, which is how I heard of the job.",
    "I arrived early and spent twenty minutes in reception reading about your projects.",
    "I'd be glad to walk you through how we trained the temps.",
    "I know how much the practice cares about its patients.",
    "It would be a shame for the children to miss out on forest school.",
    "I couldn't tell a hawthorn from a blackthorn before the course.",
    "On my last ward I helped set up a buddy rota for new starters on nights.",
    "When I join a new team I always ask for a buddy.",
    "When I start a new job I read the handbook first.",
    "I know someone who knows the area well.",
    "I could be ready to start within two weeks of an offer.",
    # the reader's own account of their trouble, retold
    "You were very open about how stretched the team has been, and the frustration of "
    "good interviews sitting on a drive for months.",
    # the reader freed from answering: no pressure, though the judge reads a demand
    "I am not expecting you to respond outside your own working hours.",
    "I don't expect you to respond before the holidays.",
    # found by a review of the thirteenth session's cues
    "I applied after seeing your job post on Indeed.",
    "At Harlow I handled posting vacancies on Indeed.",
    "Your reviews on Glassdoor speak for themselves.",
    "I can see why the hotel cares so much about its reputation for service.",
    "I heard about the role through a friend of someone on your team.",
    "I'm someone who knows the right questions to ask.",
    "I know these things take time, as these things often do.",
    "It was lovely to go to the owner's favourite café.",
    "I'm flexible about my start date if that helps.",
    "I'd like to shadow the night team before or after I start, if I'm offered the role.",
    "The few minutes in reception gave me a lovely chance to chat to your receptionist.",
    "I'm happy to walk you through the basics of the stock system I built.",
    "I'm not the type to wait around for things to happen.",
    "They couldn't tell the vegan version from the original.",
    "The new rota went over your head office's desk first.",
])
def test_look_alikes_of_the_thirteenth_sessions_kinds_pass(linter: Linter, sentence: str) -> None:
    assert not tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("You were very open about the delays, which was frustrating to hear.", "LL401"),
    ("You explained nothing and wasted my afternoon.", "LL401"),
    ("You told me about the salary, frankly insulting for the hours.", "LL401"),
    ("You described the role as entry level; ridiculous given the duties.", "LL401"),
    ("I'm not expecting an answer today, but I will need one by Friday at the latest.",
     "LL403"),
])
def test_the_writers_verdict_beside_the_readers_account_still_counts(
    linter: Linter, sentence: str, code: str
) -> None:
    """Only the reader's candour retold is exempt, and a release from answering only
    when nothing turns after it."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the elapsed time thrown back (letters, sets 2, 3, 9, 20, 25, 29, 38, 43, 44)
        ("I was told I would hear by mid-February and it is now March.", "LL402"),
        ("You said I'd hear by the 14th. It's now the 28th.", "LL402"),
        ("I interviewed on the 3rd and it's now nearly four weeks later.", "LL402"),
        # a sacrifice counted (sets 5, 6, 9, 40, 42, 43, 44, 45)
        ("For what it's worth, I did turn down another interview so that I could keep that "
         "week clear for your panel.", "LL402"),
        # the e-mail said lost (sets 22, 26, 27, 29, 36, 44)
        ("I'm writing again since my email from the 14th seems to have gone missing.", "LL402"),
        ("I assume the email simply got lost along the way.", "LL402"),
        ("I'm sending this again in case the first one went astray.", "LL402"),
        # surprise at the silence (sets 22, 44, 45)
        ("I was a little surprised not to hear anything last week.", "LL402"),
        # sarcasm on "apparently" (sets 2, 18, 44)
        ("You must be very busy. Too busy, apparently, to answer a two-line email.", "LL402"),
        ("Twenty-two years on the trucks, apparently not enough these days.", "LL402"),
        # a veiled threat, the workplace called a circus, condescension
        ("Be a shame if the lads at the yard heard you'd been messing drivers about.",
         "LL402"),
        ("Anything would be an improvement on the circus I'm in now.", "LL401"),
        ("Honestly, the place is a total shambles.", "LL401"),
        ("I didn't want to correct you in front of Daniel.", "LL402"),
        ("I'm happy to walk you through it, slowly if needed.", "LL402"),
        # thanks for being considered at all; the job announced as won
        ("Thank you so much for even considering me.", "LL405"),
        ("I'm delighted to be joining the team.", "LL403"),
        # read in set 45, each idiom in two or more writers' letters
        ("I assume you've forgotten about me.", "LL402"),
        ("I have now sent three emails and left two voicemails without any reply.", "LL402"),
        ("Surely it only takes a minute to send a short email.", "LL402"),
        ("I was flustered, partly because the interview started forty minutes late.", "LL401"),
        ("Pretty sure I nailed the latte art test lol.", "LL403"),
        ("I was clearly the strongest candidate on the day.", "LL403"),
        ("I know I'm probably being a pain.", "LL405"),
        ("I'll need a start date from you as soon as possible.", "LL403"),
        ("I'll be taking the first two weeks of August off.", "LL403"),
        ("The extra hour and a half in reception gave me a chance to read every issue.",
         "LL402"),
        ("Caching rates in each service is a mistake I see a lot from teams that haven't "
         "run anything at volume.", "LL402"),
        ("I look forward to your decision whenever you get round to it.", "LL402"),
        ("Thank you for the extra hour and a half in reception.", "LL402"),
        ("I might have done better if the interview hadn't started forty minutes late.",
         "LL401"),
        ("Apparently ten years of experience isn't enough these days.", "LL402"),
        ("I did turn down a job to wait for this.", "LL402"),
        ("I have sent you 3 emails now.", "LL402"),
        ("Looking forward to hearing from you whenever the stars align!", "LL402"),
    ],
)
def test_the_fourteenth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    """Kinds read in set 44, each seen in other writers' letters where the idiom
    recurs."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It's now the most downloaded slot of the week.",
    "It's now on the shelves in three farm shops.",
    "I'm sorry not to be joining the group, but thank you for telling me so kindly.",
    "I really hope to be joining you on Ward 7.",
    "I'd be delighted to be joining such a team.",
    "Apparently the team is growing again next year.",
    "I have to turn down your kind offer, with thanks.",
    "My form went to the wrong office at first, so I sent it again.",
    "I was surprised to hear how quickly the clinic has grown.",
    "I'm used to explaining things slowly and more than once to older customers.",
    "It would be a shame if the children missed out on forest school.",
    "I'd be happy to walk you through it whenever suits you.",
    "Thank you for considering my application.",
    "Not everyone on my last team came from a technical background, so I ran lunch sessions.",
    "The circus skills workshop I ran was a hit with the children.",
    "I made a mistake in my answer on budgets, so here is the right figure.",
    # found by a review of the fourteenth session's cues
    "I'm delighted to be joining you for the second interview on Friday.",
    "My email got lost in my drafts folder, so this is a day late.",
    "I built an alert so that no customer messages get lost.",
    "I sent three emails to my referees this morning.",
    "I've sent you two messages today because the first was missing the attachment.",
    "The whole hygiene check only takes a minute.",
    "My last meeting ran late, so apologies for the delay in writing.",
    "I wouldn't be surprised not to get the job, given the field.",
    "It's now a fortnight-long festival with forty stalls.",
    "It's now two months since I started the course.",
    "Happy new year — I can hardly believe it's already January!",
    "I had to turn down a few freelance projects to care for my dad.",
    "Not everyone on the panel had seen my portfolio, so I've attached it.",
    "Not everyone on the call comes from an engineering background, so I've attached a "
    "plain-English summary.",
    "I didn't want to embarrass her in front of the patient, so I raised it privately.",
    "I've sent two emails with the certificates now, one per file.",
    "I have sent 3 emails to my referees so far.",
    "It's now February and I'm halfway through the NVQ.",
    "It is now May, but I am still every bit as keen.",
    "I'll be taking a week off in June for my sister's wedding, so could we avoid the 12th?",
    "Since our call ran late, I didn't get to ask about parking.",
    "I was surprised not to receive a response from the online portal.",
    "I had to turn down a few shifts to keep weekends free for my children.",
    "No hurry on the reply: whenever you get round to it is absolutely fine.",
    "I think I nailed the knife skills but rushed the plating.",
    "Thank you so much; I'm thrilled to say yes, and I'm delighted to be joining the team on "
    "1 June.",
    "My first email may have got lost because the attachment was so large.",
    "It's a mistake I see a lot in my own first drafts.",
    "I'm a pain specialist by training.",
    "I'll need a start date only if you offer me the job.",
    "I'll be taking two days off work to attend the assessment centre.",
    "I was nervous, but apparently it didn't show.",
    "The menu changes weekly, apparently.",
    "I teach at the circus at weekends.",
    "The kitchen was a madhouse on Saturday night, and I loved every minute.",
    "I'm sure anything would be better than the rain outside.",
    "It would be a shame if I never heard how the pilot turned out.",
    "Thank you for even considering my late application.",
    "When the stars align for all three of us, I'd love to meet the design team.",
    "Please reply whenever you get round to it; there's no rush while you're short-staffed.",
    "I assume you've missed the train photos, so I've attached them.",
    "I was the best person to ask about the old system.",
    "At my last job I aced the barista test on my first day.",
    "I'm hoping I was the best candidate for the evening shift.",
    "I didn't get round to the reading list before the interview.",
    "It only takes a minute to read my portfolio.",
    "The set-up only takes a few minutes each morning.",
    "I sent three letters of reference with my application.",
    "The interview started late for everyone after the fire alarm, which nobody could help.",
    "My last manager called me the best trainer on the floor.",
])
def test_look_alikes_of_the_fourteenth_sessions_kinds_pass(
    linter: Linter, sentence: str
) -> None:
    """No cue fires on them (alone in a letter, the judge reads a few of them warily at
    its ordinary bar; that is its call, not a cue's)."""
    report = linter.lint(LETTER.format(body=sentence), kind="follow-up")
    assert [f.code for f in report.findings
            if f.check == "tone" and f.metadata.get("source") != "judge"] == []


def test_the_old_formal_beg_to_enquire_is_no_plea(linter: Linter) -> None:
    """'I respectfully beg to enquire' is the old formula (LL301), not desperation."""
    assert not tone(linter, "I respectfully beg to enquire as to the outcome of my interview.")


def test_a_cue_finding_spans_the_sentence_the_judge_reads_as_bad_tone(linter: Linter) -> None:
    """A cue names one barb of a long sentence; where the judge reads the whole sentence
    as bad tone (at its ordinary bar) the finding covers the sentence, so the clause the
    cue left out ("I'm beginning to suspect…") is not hidden by it. Rules alone keep the
    cue's clause; below the sentence bar the judge reads the clause beside it."""
    body = ("I've now sent three emails since then, so I'm beginning to suspect my messages "
            "are going straight to a folder nobody opens.")
    report = linter.lint(LETTER.format(body=body), kind="follow-up")
    [found] = [f for f in report.findings if f.check == "tone"]
    assert found.span.of(report.text) == body
    assert found.metadata["sentence_probability"] >= 0.55
    assert "three emails" in found.message
    rules = linter.lint(LETTER.format(body=body), kind="follow-up", tone={"mode": "rules"})
    [ruled] = [f for f in rules.findings if f.check == "tone"]
    assert ruled.span.of(rules.text) == "I've now sent three emails since then,"
    assert "sentence_probability" not in ruled.metadata
    # with the sentence bar out of reach, the judge still reads the clause beside the cue
    quiet = linter.lint(LETTER.format(body=body), kind="follow-up",
                        tone={"model_threshold": 1.01})
    spans = sorted((str(f.metadata.get("source", "rule")), f.span.of(quiet.text))
                   for f in quiet.findings if f.check == "tone")
    assert [source for source, _ in spans] == ["judge", "rule"]
    assert "suspect" in spans[0][1] and "three emails" not in spans[0][1]


@pytest.mark.parametrize(("body", "presumes"), [
    # asking for the contract is the presumption itself, not an accepted offer
    ("I'll be taking the first two weeks of August off. Can you send the contract over by "
     "Friday?", True),
    # thanking for it, or saying yes, is acceptance: the start date is no presumption
    ("Thanks for sending the contract over; I'm thrilled to be joining the team on the 4th.",
     False),
    ("Thank you for the call with the good news. I'm delighted to be joining the team in "
     "March.", False),
    ("I'm thrilled to say yes, and I'm delighted to be joining the team on 1 June.", False),
    # the job went to someone else: acting on the feedback is no presumption (set 48)
    ("Thank you for letting me know the post has gone to another candidate, and for the "
     "feedback on my chainsaw tickets. I'll be taking the first two weeks of August off to "
     "get them.", False),
    ("I was sorry to hear I was unsuccessful this time. I'll be taking the first two weeks of "
     "August off, so the refresher course fits well.", False),
    # an interview still open: the same words take the job as won
    ("Thank you for the interview on Tuesday. I'll be taking the first two weeks of August "
     "off, so I can start after that.", True),
])
def test_an_accepted_offer_or_a_job_gone_elsewhere_silences_presumption(
    linter: Linter, body: str, presumes: bool
) -> None:
    report = linter.lint(LETTER.format(body=body), kind="follow-up")
    rules = [f for f in report.findings
             if f.code == "LL403" and f.metadata.get("source") != "judge"]
    assert bool(rules) is presumes


def test_sorry_for_cutting_it_short_oneself_is_an_apology(linter: Linter) -> None:
    """Sympathy for an event that cut the tour short is no apology; the writer cutting
    it short is one."""
    assert "LL405" in tone(linter, "I'm sorry I cut our conversation short.")


@pytest.mark.parametrize(("sentence", "flagged"), [
    # "you lot" said of the reader in scorn, and in warmth (sets 1, 26, 44; real dev)
    ("Funny how quickly you lot can pick up the phone when it's a complaint.", True),
    ("You lot never ring anyone back.", True),
    ("Cheers for the trial shift, id love to be working with you lot.", False),
    ("My uncle did his time with you lot back in the nineties.", False),
])
def test_you_lot_is_scorn_only_as_a_subject(linter: Linter, sentence: str, flagged: bool) -> None:
    assert bool(tone(linter, sentence)) is flagged


@pytest.mark.parametrize(("sentence", "flagged"), [
    # the reader's own forecast retold, at the head of a clause (set 48)
    ("I hope the practice has settled after the move; you mentioned the first week there was "
     "going to be chaotic.", False),
    ("As you said the first month would be hectic, I hope things have calmed down.", False),
    # the writer's verdict on what the reader said, or a noun the reader mentioned
    ("You said I'd hear by Friday and it has been a disappointing wait.", True),
    ("The salary band you mentioned is frankly on the low side for London.", True),
    ("You said the process would be quick, which was frankly a joke.", True),
])
def test_the_readers_own_words_retold_are_theirs(
    linter: Linter, sentence: str, flagged: bool
) -> None:
    assert bool(tone(linter, sentence)) is flagged


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a promise never to fail the reader, and the waiting counted (sets 4, 19, 41, 47)
        ("I promise I'll never let you down if you give me one chance.", "LL404"),
        ("You will never regret hiring me, I promise you.", "LL404"),
        ("I am waiting every day for your call.", "LL404"),
        ("I'm waiting for your reply every single day.", "LL404"),
        # mock praise, "brave" (sets 33, 46)
        ("You handled the awkward silences very bravely.", "LL402"),
        ("It was a very brave decision to run the interview with no questions prepared.",
         "LL402"),
        ("Such a brave choice.", "LL402"),
        # the reader's attention and time ridiculed (sets 23, 25, 46)
        ("I was flattered that you managed to look up from your phone for most of it.",
         "LL402"),
        ("The panel hardly lifted their eyes from their screens.", "LL402"),
        ("If a longer chat would help, I'm sure I can find a gap in my own schedule.",
         "LL402"),
        # silence thrown back in an aside (set 46)
        ("Yes, I'm still available, not that anyone has asked.", "LL402"),
        ("Not that you'd have noticed, but I was the only candidate who brought a portfolio.",
         "LL402"),
        # the backhanded compliment
        ("You were far sharper than the job ad had led me to expect.", "LL402"),
        ("Surprisingly, your staff knew what they were doing.", "LL402"),
        # the reader's boss told how long the process has run
        ("She was very interested to hear how long the campaign had been running.", "LL402"),
        # condescension to the interviewer
        ("It took me a while to learn too, so please don't worry.", "LL402"),
        ("I could tell the technical round is still quite new for your team.", "LL402"),
        ("I liked the plan to move your reporting to Power BI, which I think is long overdue.",
         "LL402"),
        ("The residents seemed settled, which is a credit to them, given how stretched your "
         "staff looked.", "LL402"),
        # elapsed time thrown back, in second-language English too (sets 13, 46)
        ("You told that the result will come within one week, and now it is almost one month.",
         "LL402"),
        ("We spoke on the 3rd, and it's now almost a month.", "LL402"),
        # scare quotes on the reader's process
        ("I enjoyed my \"interview\", if you can call it that.", "LL401"),
        # the lost e-mail, one cue for the kind
        ("Did my last email get lost?", "LL402"),
        ("In case my emails are going to your spam, I'm writing from a new address.", "LL402"),
    ],
)
def test_the_fifteenth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    """Kinds read in set 46, each tried in other wordings by a review."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'd never let you down on a deadline without warning you well in advance.",
    "I am waiting every day for the decision on my visa extension.",
    "I promise I will not disappoint the residents who rely on the morning rota.",
    "Your nurses handled the evacuation bravely.",
    "It's a very brave decision for anyone to retrain at forty, and I have never regretted "
    "mine.",
    "The children barely looked up from the laptops, they were so absorbed.",
    "I found a gap in my own schedule to visit the site.",
    "Thank you for the ten minutes you were able to give me between meetings.",
    "The problem at my last job was not that anyone cared too little, but that nobody "
    "planned.",
    "The panel were kinder than I had feared, and I calmed down quickly.",
    "The panel were more technical than I expected, which I really enjoyed.",
    "Your director was very interested to hear how long the recruitment campaign at my "
    "current trust usually runs.",
    "I'm finally taking the CIPD qualification, which is long overdue.",
    "It took me a while to learn it too, so please don't worry if my first week is mostly "
    "shadowing.",
    "It is remarkable, given how stretched the staff are in every care home I know, that "
    "yours found time for me.",
    "I finish my course in June, and now it is two weeks until the final exam.",
    "I moved to Manchester in May, and now it is three months that I work at the hospital.",
    "At the Metrotown store I moved an associate to a \"host\" post at the door.",
])
def test_look_alikes_of_the_fifteenth_sessions_kinds_pass(
    linter: Linter, sentence: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence), kind="follow-up")
    assert [f.code for f in report.findings
            if f.check == "tone" and f.metadata.get("source") != "judge"] == []


@pytest.mark.parametrize(("sentence", "pushy"), [
    ("I've had an offer from another firm and they need an answer by Thursday.", False),
    ("If you need an answer by Thursday on the salary question, I can give it today.", False),
    ("My landlord will need an answer by the end of the month.", False),
    ("I'll need your decision by Monday.", True),
    ("Can you send the contract over by Friday?", True),
])
def test_a_deadline_someone_else_sets_is_no_demand(
    linter: Linter, sentence: str, pushy: bool
) -> None:
    assert ("LL403" in tone(linter, sentence)) is pushy


def test_a_demand_in_the_subject_line_fires_and_the_other_employers_does_not(
    linter: Linter,
) -> None:
    letter = "Subject: {subject}\n\nHi Dana,\n\nThank you for the trial shift.\n\nThanks,\nSam"
    demand = linter.lint(letter.format(subject="Chef de Partie - need your decision by Monday"))
    fact = linter.lint(letter.format(subject="Other offer: they need an answer by Thursday"))
    assert "LL403" in {f.code for f in demand.findings}
    assert "LL403" not in {f.code for f in fact.findings}


@pytest.mark.parametrize(("sentence", "negative"), [
    ("I brought the school in nine days early despite a six-week steel delay.", False),
    ("We went live despite a two-month delay in funding.", False),
    ("I was early despite the interview starting half an hour late.", True),
    ("I finished the task early despite your team's delay in sending it.", True),
])
def test_a_setback_overcome_is_no_complaint(
    linter: Linter, sentence: str, negative: bool
) -> None:
    assert ("LL401" in tone(linter, sentence)) is negative


@pytest.mark.parametrize(("body", "apologetic"), [
    ("I know I stumbled over the safeguarding question, so I wanted to add that I would "
     "always write a disclosure down word for word.", False),
    ("I must admit I forgot the error state for the failed payment in the whiteboard "
     "exercise. So I have sketched it properly and attached one page.", False),
    ("I know I rambled a lot, so I'm not sure I explained my portfolio.", True),
    ("I froze completely and let the whole panel down. Here is the reference form you "
     "asked for.", True),
    ("I blanked on the budgeting question and it has been keeping me up at night, so I "
     "wanted to add my answer.", True),
])
def test_a_slip_put_right_is_no_over_apology(
    linter: Linter, body: str, apologetic: bool
) -> None:
    """Owning a slip and correcting it is what advisers recommend; without the
    correction, or wrapped in shame, it is still LL405."""
    assert ("LL405" in tone(linter, body)) is apologetic


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # mock praise with a qualifier, the reader's business made small
        ("You explained the strategy very well, for someone from the finance side.", "LL402"),
        ("The panel were surprisingly competent.", "LL402"),
        ("You have built a really sweet little business there.", "LL402"),
        # lecturing and correcting the interviewer
        ("For your future interviews, you might find it helpful to read the portfolio first.",
         "LL402"),
        ("Going forward, it would be good practice to tell candidates how long it lasts.",
         "LL402"),
        ("I appreciate that recruitment isn't everyone's strength.", "LL402"),
        ("In case it was unclear, agile is not just about stand-up meetings.", "LL402"),
        # mock thanks for the reader's time and attention
        ("Thank you for the thorough interview, all twelve minutes of it.", "LL402"),
        ("Thanks for squeezing me in between your more important meetings.", "LL402"),
        # the other candidates run down
        ("Unlike some, I actually prepared for the interview.", "LL402"),
        ("The chap before me seemed rather nervous, so I hope I did better.", "LL402"),
        ("I doubt the other applicants have half my experience.", "LL402"),
        ("It's pretty clear who the best fit is.", "LL403"),
        # the current employer run down
        ("It will be a relief to work for grown-ups again.", "LL401"),
        ("Honestly, anywhere would be an improvement on my current place.", "LL401"),
        ("My colleagues are lovely people who just don't care about the work.", "LL401"),
        # terms dictated, the job presumed
        ("Please note that I don't do meetings before 10am.", "LL403"),
        ("I will need my own office, as I don't work well in open-plan spaces.", "LL403"),
        ("I'm happy to proceed as long as the probation period is waived.", "LL403"),
        ("Looking forward to meeting my new colleagues next week!", "LL403"),
        ("Please add me to the team's Slack channel so I can get up to speed.", "LL403"),
        ("Kindly revert by EOD today with the offer letter.", "LL403"),
        # resentment, rigging, threats, guilt
        ("I won't hold my breath, but thank you for your time.", "LL402"),
        ("I expect you'll choose someone younger.", "LL402"),
        ("I hope the decision will be based on the interview and not on who knows whom.",
         "LL402"),
        ("I wonder whether my age came up in your discussion after I left.", "LL402"),
        ("I am keeping notes on the whole process, just for my own records.", "LL402"),
        ("I have a fairly large following on LinkedIn and I like to share my experiences.",
         "LL402"),
        ("I even bought a new suit for the interview, so I hope it pays off.", "LL402"),
        ("No worries if you've forgotten about me, it happens.", "LL402"),
        ("My phone works perfectly well, in case you were wondering.", "LL402"),
        # over-familiarity, desperation, grovelling
        ("Hope the hangover cleared up!", "LL406"),
        ("I've added you on Facebook so we can keep in touch.", "LL406"),
        ("Or should I just call you Tom now that we're practically colleagues?", "LL406"),
        ("I'm happy to work for less than the advertised salary.", "LL404"),
        ("I'm not sure why you even shortlisted me, but I'm very grateful.", "LL405"),
    ],
)
def test_kinds_a_blind_probe_found_missing_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    """Kinds a helper's blind probe of 304 hostile sentences found the rules missing
    (the fifteenth session), each written as a family of wordings."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm sorry I was a few minutes late because of the road closure, and thank you for "
    "being so understanding.",
    "My apologies for not sending this note sooner; I wanted to give it proper thought.",
    "Thank you for being so generous with your time, even though the interview overran.",
    "I enjoyed our conversation so much that I almost forgot I was being interviewed.",
    "Sorry, I forgot to ask about next steps - could you let me know what they are?",
    "I forgot to mention my forklift licence, so here it is.",
    "The team was clearly good at what it does, for all the pressure of the season.",
    "Unlike my sister, I have always wanted to work outdoors.",
    "I will need a desk assessment because of my back, as I mentioned on my form.",
    "I'd love to meet the rest of the team if there's a second stage.",
    "Kindly let me know if you need anything else from me.",
    "I am keeping a note of the dates you mentioned so I can plan my notice.",
    "I paid my own way through college, which taught me to budget.",
    "My children are at school until three, so any morning works for a call.",
    "The other candidates I met in reception were lovely to chat to.",
    "I know your team is busy, so there's no rush at all.",
])
def test_look_alikes_of_the_probes_kinds_pass(linter: Linter, sentence: str) -> None:
    report = linter.lint(LETTER.format(body=sentence), kind="follow-up")
    assert [f.code for f in report.findings
            if f.check == "tone" and f.metadata.get("source") != "judge"] == []


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I do appreciate being asked the same question four times.", "LL402"),
        ("How kind of you to let me know at the end that the post was filled.", "LL402"),
        ("It was such a joy to repeat my CV, since no one had opened it beforehand.", "LL402"),
        ("Mr Sharma was very friendly for a finance person.", "LL402"),
        ("Your product is so simple that even I understood it.", "LL402"),
        ("With a bit more experience she will become a very capable interviewer.", "LL402"),
        ("For future reference, the correct term is data pipeline.", "LL402"),
        ("I'd gently suggest that your managers attend a short course on interviewing.",
         "LL402"),
        ("Kindly note that good recruiters normally give feedback within a week.", "LL402"),
        ("Please note I have kept copies of all correspondence about the selection.", "LL402"),
        ("Kindly ensure the selection is done fairly this time.", "LL402"),
        ("I'd be grateful for an update, as I appreciate a single email takes a while.",
         "LL402"),
        ("I hope you sleep well knowing how much this job means to a father of three.",
         "LL402"),
        ("This industry is smaller than people think.", "LL402"),
        ("P.S. I still have the recording of our call, should it ever be needed.", "LL402"),
        ("I've ordered business cards with the new title already.", "LL403"),
        ("Please pass on my regards to my new colleagues.", "LL403"),
        ("My acceptance would be conditional on a private office.", "LL403"),
        ("For me to say yes, the start date will have to be after my trip.", "LL403"),
        ("My last company was basically a circus.", "LL401"),
        ("I learned a lot at Acme, chiefly what not to do.", "LL401"),
        ("The chap who went in after me looked terrified, bless him.", "LL402"),
        ("No doubt I won't hear back, as usual.", "LL402"),
        ("I dare say my face didn't fit, but it was nice to see the office.", "LL402"),
        ("Thanks sweetie, speak soon!", "LL406"),
        ("Kindly revert with the offer letter within 24 hours.", "LL403"),
        ("I have another offer, so I'd appreciate a reply by Friday, or I'll assume you've "
         "gone another way.", "LL403"),
        ("I check my email every five minutes hoping to see your name.", "LL404"),
        ("I have nowhere else to turn.", "LL404"),
    ],
)
def test_kinds_a_second_probe_found_missing_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    """Kinds a second blind probe found the rules missing, after it was scored."""
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I appreciated being asked about my volunteering; it rarely comes up.",
    "For future interviews I will bring a printed portfolio as well.",
    "My manager encouraged me to attend a short course on coaching, which I loved.",
    "I keep copies of all my certificates in one folder, attached here.",
    "I worked hard to do it fairly each time I ran the rota.",
    "My family has been very supportive while I looked for work.",
    "The team has achieved a lot, and I'd love to help it achieve more.",
    "I'm sorry to hear the first round ran so late for everyone; thank you for staying.",
    "My current company is a great place, and I'm leaving only because we are moving.",
    "I recorded the dates you mentioned so I can arrange my notice.",
    "I've been offered a position elsewhere, but I'd value the chance to hear your decision "
    "before I reply.",
    "Sorry for the duplicate email, my mail client sent it twice.",
    "I enjoyed chatting with another candidate in reception; she was very friendly.",
])
def test_look_alikes_of_the_second_probes_kinds_pass(linter: Linter, sentence: str) -> None:
    report = linter.lint(LETTER.format(body=sentence), kind="follow-up")
    assert [f.code for f in report.findings
            if f.check == "tone" and f.metadata.get("source") != "judge"] == []


@pytest.mark.parametrize("sentence", [
    "Ugh, the panel format was so lame.",
    "Your recruiter is pathetic at returning calls.",
    "The office looked depressing and dirty.",
    "The salary you offered is an insult.",
    "The interviewer seemed kinda dumb about cloud stuff.",
    "Honestly, I hated the group exercise.",
])
def test_a_judgement_in_any_word_the_lexicon_rates_negative_fires(
    linter: Linter, sentence: str
) -> None:
    """Said of the hiring, its people or place, a word VADER rates at -1.5 or below is
    a judgement even where no list names it (``judged_in_plain_words``)."""
    report = linter.lint(LETTER.format(body=sentence), tone={"mode": "rules"})
    assert [f.code for f in report.findings if f.check == "tone"] == ["LL401"]


@pytest.mark.parametrize("sentence", [
    "The interview questions were difficult, and I enjoyed working through them.",
    "The migration problem you described is one I solved at Acme.",
    "I also think a failed import is usually the first bad experience a new clinic has.",
    "Our old system was a little different from yours, so I adapted it.",
    "I was sad to miss the team lunch, but the tour made up for it.",
    "The interviewer was never dismissive, even when I asked a basic question.",
    "The tour was brilliant, loved meeting the office dog 😄",
    "I'm so sorry to hear about your flooded kitchen :(",
])
def test_the_lexicons_words_for_trouble_and_warm_or_sad_faces_pass(
    linter: Linter, sentence: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence), tone={"mode": "rules"})
    assert [f.code for f in report.findings if f.check == "tone"] == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("Still waiting on that decision 🙄", "LL402"),
    ("Thanks for the update, I guess 😒", "LL402"),
    ("Another week of silence 😡", "LL401"),
])
def test_a_face_that_rolls_its_eyes_or_fumes_fires(
    linter: Linter, sentence: str, code: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence), tone={"mode": "rules"})
    assert code in [f.code for f in report.findings if f.check == "tone"]


_VERDICTS = (
    "My present employer is basically a sweatshop.",
    "Your manager is a pompous git.",
    "The toilets were gross, to be honest.",
)


@pytest.mark.parametrize("sentence", _VERDICTS)
def test_a_verdict_on_the_employers_side_needs_only_the_judges_lean(
    linter: Linter, sentence: str
) -> None:
    """Words the judge has never seen leave it leaning (0.5–0.75) short of the lone bar;
    a sentence that says what the employer's side *is* is flagged at the verdict bar,
    alone in a letter too, with ``verdict`` in its metadata."""
    report = linter.lint(LETTER.format(body=sentence))
    judged = [f for f in report.findings if f.check == "tone"]
    assert [f.span.of(report.text) for f in judged if f.span] == [sentence]
    assert judged[0].metadata["verdict"] is True
    assert judged[0].metadata["probability"] < 0.75
    assert judged[0].code == "LL401"
    off = linter.lint(LETTER.format(body=sentence), tone={
        "verdict_threshold": 1.01, "harsh_verdict_threshold": 1.01, "disparaged_threshold": 1.01})
    assert [f for f in off.findings if f.check == "tone"] == []


@pytest.mark.parametrize("sentence", [
    "The kitchen was bright and spotless.",
    "Your panel was never intimidating, even when the questions got technical.",
    "My answer on budgets was a little rushed.",
    "I know every site is different, of course.",
    "You told me the first month can be brutal, which was useful to know.",
    "The written exercise was harder than I expected, which made finishing it satisfying.",
])
def test_a_verdict_that_praises_is_negated_or_is_the_writers_own_passes(
    linter: Linter, sentence: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence))
    assert [f.metadata for f in report.findings
            if f.check == "tone" and f.metadata.get("verdict")] == []


@pytest.mark.parametrize(("sentence", "judged"), [
    ("I found the trick questions rather petty.", "petty"),
    ("Some of the questions about my family were inappropriate.", "inappropriate"),
    ("Your relocation package is feeble.", "feeble"),
])
def test_a_verdict_is_found_in_a_small_clause_and_a_part_of_the_whole(
    linter: Linter, sentence: str, judged: str
) -> None:
    [letter] = parse_letters([to_source(sentence)], linter.pipeline, judge=False)
    found = [verdict(s.tokens, ToneCheck().words) for s in letter.sentences]
    assert [token.text for token in found if token is not None] == [judged]



@pytest.mark.parametrize("sentence", [
    "I'm sorry to rush you, but I've been given a competing offer that expires next week.",
    "Just so you know, another firm has made me an offer, and I'd hate to decide without "
    "hearing from you first.",
])
def test_another_offer_told_without_leaning_passes(linter: Linter, sentence: str) -> None:
    assert "LL403" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Just so you know, I have two other offers at the moment, so if you want me you'll need "
    "to move quickly.",
    "In the interest of transparency, I have received a written offer from a competitor at "
    "$68,000 a year plus a guaranteed bonus.",
])
def test_another_offer_softened_but_still_leaning_fires(linter: Linter, sentence: str) -> None:
    assert "LL403" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It must have been frustrating when the video link kept dropping, and you handled it "
    "with great patience.",
    "That sounds exhausting, and I hope the rest of your week is calmer.",
])
def test_what_the_writer_imagines_the_reader_went_through_is_sympathy(
    linter: Linter, sentence: str
) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It was frustrating when the video link kept dropping.",
    "It must be frustrating to work with such a disorganised team.",
])
def test_what_it_was_for_the_writer_is_still_a_complaint(linter: Linter, sentence: str) -> None:
    assert "LL401" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "None of the questions felt unfair.",
    "No part of the day was rude or rushed.",
    "Nobody on the panel was dismissive.",
])
def test_a_complaint_denied_of_everyone_it_names_passes(linter: Linter, sentence: str) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("The questions felt unfair.", "LL401"),
    ("Nobody has rung me since the interview.", "LL402"),
])
def test_a_complaint_or_nobody_as_the_barb_still_fires(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


def test_being_turned_down_elsewhere_is_news_not_a_sacrifice(linter: Linter) -> None:
    rejected = "Since we spoke I was turned down for another planning job, so I'm keener still."
    assert "LL402" not in tone(linter, rejected)
    assert "LL402" in tone(linter, "I turned down two other offers to wait for this one.")


@pytest.mark.parametrize("sentence", [
    "I'm sorry the fire alarm cut our tour of the microbiology suite short, and I hope the "
    "rest of your afternoon was calmer.",
    "I'm sorry the lift was broken when I arrived.",
])
def test_sorry_for_what_befell_someone_is_sympathy(linter: Linter, sentence: str) -> None:
    assert "LL405" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm so sorry I rambled.",
    "I'm sorry the answers I gave were so muddled.",
    "I'm so sorry if this email is too long.",
    "I'm really sorry it went the way it did.",
])
def test_sorry_for_what_the_writer_did_is_still_an_apology(
    linter: Linter, sentence: str
) -> None:
    assert "LL405" in tone(linter, sentence)


def test_imagining_how_it_is_for_the_reader_is_sympathy(linter: Linter) -> None:
    imagined = ("I'm sorry to hear the funding has been delayed; I imagine it's frustrating "
                "for the whole group after so much work on the bid.")
    assert "LL401" not in tone(linter, imagined)
    assert "LL401" in tone(linter, "It was frustrating for the whole group to wait so long.")


GONE_ELSEWHERE = (
    "Thank you for ringing me on Friday. {feeling} I'm glad the role went to someone who "
    "knows the local groups so well, and I'd love to be considered again."
)


def test_the_news_felt_in_a_letter_answering_it_passes(linter: Linter) -> None:
    felt = GONE_ELSEWHERE.format(feeling="I was disappointed, of course.")
    assert "LL401" not in tone(linter, felt)


@pytest.mark.parametrize("feeling", [
    "I was disappointed by how the panel treated me.",
    "I'm very disappointed, not so much in the outcome as in the process.",
])
def test_a_disappointment_with_an_object_is_still_a_complaint(
    linter: Linter, feeling: str
) -> None:
    assert "LL401" in tone(linter, GONE_ELSEWHERE.format(feeling=feeling))


@pytest.mark.parametrize("sentence", [
    "I'd drop the group interview format if I were you; it mainly rewards whoever talks "
    "loudest.",
    "In my view you should be hiring for two roles, not one.",
    "Switch your CRM before the sales team grows, trust me.",
    "The lab would benefit from a proper sample-tracking system.",
    "My advice would be to retire the take-home test.",
    "You might want to have someone proofread the job advert before it goes out again.",
    "Your receptionist may wish to learn the difference between a locum and a temp.",
])
def test_advice_nobody_asked_for_reads_as_condescending(linter: Linter, sentence: str) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Since you asked what I'd change, one small idea might be a short welcome video for new "
    "volunteers.",
    "You asked whether I'd roll the system out everywhere at once, and I'd propose a small "
    "pilot first.",
    "Should I bring my certificates on the first day?",
    "In the role I would streamline the invoicing and train the two new starters.",
    "You should receive my references from Mr Hale by Friday.",
    "Your team would benefit from my ten years of payroll experience.",
    "You may wish to contact my referee at the hospice directly.",
    "You might want to look at the case study I attached, which covers the same problem.",
    "Perhaps you might want to see the dashboard in action; I can demo it any time.",
])
def test_advice_asked_for_hedged_or_about_the_writer_passes(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Your questions were more thoughtful than I'd expect from a manager only a year into "
    "the job.",
    "Your walkthrough of the new warehouse system was good, especially given you're not "
    "from IT.",
    "The building is a good deal nicer than I'd have guessed a haulage outfit could afford.",
])
def test_praise_against_a_low_bar_is_backhanded(linter: Linter, sentence: str) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I enjoyed our conversation far more than I expected to.",
    "Your questions were thoughtful and fair.",
    "The course you mentioned sounds perfect for a beginner like me.",
    "The office was not as grand as I expected, which I liked.",
])
def test_praise_plain_or_the_writers_own_surprise_passes(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "You may not be aware of it, but most hospitals moved away from that triage model years "
    "ago.",
    "I don't expect you to follow every detail of my research.",
    "On teaching phonics, which I sensed wasn't quite your area, here is the short version.",
    "You handled my questions well, considering it isn't really your area.",
])
def test_telling_the_reader_what_they_do_not_know_is_condescending(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "You may not know that I also hold a forklift licence.",
    "As you know, the audit is due in May.",
    "Do you know when the panel will meet?",
    "I didn't know the clinic had opened a second site, so that was good to hear.",
])
def test_news_of_the_writer_or_a_question_passes(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I've kept copies of all our correspondence, just for my records.",
    "Just so you know, I wrote down the names of everyone on the panel.",
    "Whatever you decide, I'll remember exactly how it was handled.",
])
def test_the_readers_conduct_kept_on_record_is_a_veiled_threat(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I took notes on your feedback about the budget question.",
    "I'll always remember how welcoming everyone was on the ward.",
    "I'll remember what you said about patient safety.",
])
def test_notes_of_what_was_said_or_kindness_remembered_passes(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "My doctoral work would give it the scholarly footing it currently lacks.",
    "I'd be glad to help the Gazette raise its game.",
    "With the right direction it could be something quite special.",
    "I'm keen on the role and happy to bring the team up to speed with how larger firms do "
    "it.",
])
def test_the_writer_as_rescuer_of_a_deficient_employer_is_condescending(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I would give the archive the care it deserves.",
    "I am still learning, and I enjoy that.",
    "I'd bring the data skills the team told me it needs for the migration.",
])
def test_the_writer_offering_what_they_bring_passes(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("The current galleries have a certain charm.", "LL402"),
    ("There's something rather brave about cataloguing 20,000 objects on index cards.",
     "LL402"),
    ("It was good to meet a finance team that still builds its forecast the old-fashioned way.",
     "LL402"),
])
def test_old_fashioned_ways_praised_in_irony_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "The old mill has been beautifully restored, and the galleries are a joy to walk round.",
    "I liked that the workshop still teaches hand-cut dovetails alongside the CNC work.",
])
def test_old_ways_praised_plainly_pass(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "If you can send over the payroll forms and the van insurance details before then, "
    "that would be grand.",
    "Let me know where to pick up my uniform.",
    "Also, can you let me know when payroll needs my bank details?",
])
def test_a_new_starters_paperwork_before_any_offer_presumes_the_job(
    linter: Linter, sentence: str
) -> None:
    assert "LL403" in tone(linter, sentence)


def test_a_new_starters_paperwork_after_accepting_the_offer_passes(linter: Linter) -> None:
    accepted = ("I'm delighted to accept your offer of the porter role. Let me know where to "
                "pick up my uniform.")
    assert "LL403" not in tone(linter, accepted)
    assert "LL403" not in tone(linter, "At the hotel I ran payroll and onboarding for 85 staff.")


@pytest.mark.parametrize("sentence", [
    "I've booked my holidays around the start date.",
    "My holiday is already booked for the second week, which shouldn't be a problem.",
])
def test_time_off_booked_around_a_job_not_yet_offered_presumes_it(
    linter: Linter, sentence: str
) -> None:
    assert "LL403" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I have a holiday booked in July, which I mentioned at interview.",
    "I will be on annual leave from 24 to 28 March, in case the panel would like to contact "
    "me.",
    "I can leave my current job before the start date you mentioned.",
])
def test_a_holiday_disclosed_or_leave_as_a_verb_passes(linter: Linter, sentence: str) -> None:
    assert "LL403" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Your warehouse is a dump and I would worry about working there.",
    "Your open-plan floor is noisy and depressing.",
])
def test_a_plain_verdict_on_anything_called_yours_fires(linter: Linter, sentence: str) -> None:
    assert "LL401" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm sorry your flight was so awful.",
    "Your week sounds horrible, so thank you for making time for me.",
    "My commute from Leeds is horrible, but I don't mind it.",
])
def test_a_verdict_felt_for_the_reader_or_the_writers_own_passes(
    linter: Linter, sentence: str
) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "You looked great in that green blazer, by the way.",
    "You've got the best laugh, I kept thinking about it on the train home.",
    "Your smile is lovely.",
    "Green really suits you.",
])
def test_remarks_on_the_readers_looks_are_over_familiar(linter: Linter, sentence: str) -> None:
    assert "LL406" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm available for a shadow shift whenever it suits you.",
    "Let me know a date that suits you best.",
    "You look like you have a busy week ahead.",
    "Your voice was very clear on the call, which helped a lot.",
    "The role really suits my background.",
])
def test_what_suits_the_reader_or_how_things_look_passes(linter: Linter, sentence: str) -> None:
    assert "LL406" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Thank you so much for the weeks of silence since my interview.",
    "Thanks for keeping me guessing all month, it's been a thrill.",
    "Cheers for the runaround on the start date.",
    "I really appreciate the suspense.",
])
def test_thanks_for_what_nobody_thanks_for_is_sarcasm(linter: Linter, sentence: str) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Thank you for your patience during the delay with my references.",
    "Thanks for letting me know about the delay to the panel's decision.",
    "Thank you for waiting while I found the meeting room.",
    "I'm grateful for the time you spent explaining the wait-list system.",
])
def test_thanks_for_patience_news_or_time_passes(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Thanks for the written feedback, all four lines of it.", "LL402"),
    ("Well, Tuesday was certainly an experience.", "LL402"),
    ("I resent my portfolio twice, wherever it ended up.", "LL402"),
    ("I'm writing for a fourth time about the planner role.", "LL402"),
    ("The group task was fun, though a few of the others found it beyond them.", "LL402"),
    ("Unlike certain people on the shortlist, I read the brief.", "LL402"),
    ("My acceptance of any offer would be strictly conditional on a four-day week.", "LL403"),
    ("The remote working is non-negotiable for me.", "LL403"),
    ("I will join on condition that my title is Head of Sales.", "LL403"),
    ("Hey Dana, hun, thanks for this morning!", "LL406"),
    ("Thanks again, chief!", "LL406"),
    ("With me on board we could get the newsletter looking remotely modern.", "LL402"),
])
def test_sarcasm_terms_and_pet_names_in_idiom_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It was certainly an experience I'll remember, and I learned a lot from the panel.",
    "For me, patient safety is non-negotiable, which is why I liked your incident reviews.",
    "In case my email of the 3rd went astray, I've attached my references again.",
    "Thanks again, Dana, for showing me round the depot.",
    "I could get the new rota running within a week of starting.",
    "Thank you for interviewing me a second time.",
])
def test_the_same_words_said_plainly_pass(linter: Linter, sentence: str) -> None:
    assert not {"LL402", "LL403", "LL406"} & set(tone(linter, sentence))


@pytest.mark.parametrize("sentence", [
    "The relocation expenses will be reimbursed in full, of course.",
    "We should agree now that my bonus will be guaranteed for year one.",
    "I expect the commission rate to be raised to match my current one.",
])
def test_terms_settled_by_the_writer_before_an_offer_are_dictated(
    linter: Linter, sentence: str
) -> None:
    assert "LL403" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "You mentioned the relocation expenses will be reimbursed, which is a great help.",
    "Could you tell me whether the training costs will be covered?",
    "My hours at my current job will be increased in May, so an early start suits me.",
    "The project budget will be reviewed by the board in March, as you explained.",
])
def test_terms_the_employer_named_or_asked_about_pass(linter: Linter, sentence: str) -> None:
    assert "LL403" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "As I mentioned more than once on the call, my licence is a class C.",
    "Just a gentle reminder that I'm still here.",
    "Happy to go over the question you asked twice once more.",
    "I hope this message lands with someone this time.",
    "I'll wait for your reply, whenever that happens to be.",
    "Below is what we agreed, in case recollections differ.",
    "Sorry if my dates were unclear, but I did spell them out in the first line.",
    "Your 'flexible' hours were explained at length.",
])
def test_politeness_that_points_at_the_readers_lapse_is_insinuating(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "As I mentioned on the call, my licence is a class C.",
    "I hope to make the final round this time.",
    "In case my email of the 3rd went astray, I've attached my references again.",
    "Your advert promised a “supportive” team, and it truly was.",
    "I've learned my 'quick' fixes need a second look, so I test everything now.",
])
def test_the_same_moves_made_plainly_pass(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "The rota system was an absolute labyrinth.",
    "Your induction pack is an utter muddle.",
    "The briefing notes were woefully thin.",
])
def test_a_verdict_pushed_to_its_extreme_fires_at_the_lower_bar(
    linter: Linter, sentence: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence))
    assert [f.span.of(report.text) for f in report.findings
            if f.check == "tone" and f.span] == [sentence]
    off = linter.lint(LETTER.format(body=sentence), tone={
        "harsh_verdict_threshold": 1.01, "verdict_threshold": 1.01})
    assert [f for f in off.findings if f.check == "tone"] == []


@pytest.mark.parametrize("sentence", [
    "The role is completely different from my current one.",
    "The rebrand is a total change of direction, which I found exciting.",
    "The move to nights was a real challenge for the team.",
    "Your panel was a complete delight.",
])
def test_a_maximiser_on_a_fact_or_on_praise_passes(linter: Linter, sentence: str) -> None:
    assert tone(linter, sentence) == {}


@pytest.mark.parametrize("sentence", [
    "The receptionist was unhelpful and unfriendly.",
    "Your panel seemed uninspiring and joyless.",
])
def test_praise_turned_round_by_its_affix_is_a_verdict(linter: Linter, sentence: str) -> None:
    assert "LL401" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Your advice on the portfolio was invaluable.",
    "The handover was seamless and the team flawless.",
    "The brief was unusual, which made it fun.",
])
def test_praise_or_a_plain_un_word_passes(linter: Linter, sentence: str) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Give my love to your missus and the kids!", "LL406"),
    ("Add me on Instagram so we stay in touch.", "LL406"),
    ("We chatted like old friends, so I'll call you Bex from now on.", "LL406"),
    ("Plenty of people in this industry read my blog, just saying.", "LL402"),
    ("I trust your final decision will hold up under close scrutiny.", "LL402"),
    ("I also sail with your managing director most weekends.", "LL402"),
    ("At this rate I'll have retired before the panel decides.", "LL402"),
    ("The shortlisting is moving at a glacial pace.", "LL402"),
    ("Just checking you're still in business over there.", "LL402"),
    ("Is your reply coming by carrier pigeon?", "LL402"),
])
def test_home_life_veiled_threats_and_hyperbolic_waiting_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Please pass my thanks to the rest of your team.",
    "Could I call you next week about the start date?",
    "I hope my survey data holds up under scrutiny at the conference.",
    "The tour moved at a gentle pace, which gave me time to ask questions.",
])
def test_the_same_words_in_plain_use_pass(linter: Linter, sentence: str) -> None:
    assert not {"LL402", "LL406"} & set(tone(linter, sentence))


@pytest.mark.parametrize(("sentence", "code"), [
    ("Please let me know as soon as possible, as I have to plan my notice.", "LL403"),
    ("I'd appreciate an answer as soon as you can.", "LL403"),
    ("Now I understand why so many people quit.", "LL402"),
    ("No wonder the last few coordinators burnt out.", "LL402"),
])
def test_asking_for_an_answer_asap_and_turnover_insinuated_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'll send the signed forms as soon as possible.",
    "I can see why people stay for decades.",
    "After the interview on 9 April I was told to expect a decision within ten working days.",
    "Your team handles the customers' frustration with real patience.",
])
def test_the_writers_own_speed_their_promise_and_others_feelings_pass(
    linter: Linter, sentence: str
) -> None:
    assert not {"LL401", "LL402", "LL403"} & set(tone(linter, sentence))


@pytest.mark.parametrize("sentence", [
    "I turned down an extra weekend shift to be there, so fingers crossed it pays off.",
    "It would sting if all that preparation went to waste.",
    "Few other applicants would have driven four hours in the snow.",
    "I was surprised that a small charity could run such a slick assessment.",
    "Considering someone so new to management, you chaired the panel well.",
    "Patience like yours is rare at your age.",
])
def test_guilt_and_praise_against_who_they_are_fire(linter: Linter, sentence: str) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I rearranged my shifts to be there, which was no trouble at all.",
    "I missed my usual bus, so I was glad we started a little later.",
    "I hope the new booking system pays off for the whole team.",
    "I was impressed that the team had already piloted the new rota.",
])
def test_effort_told_plainly_and_sincere_praise_pass(linter: Linter, sentence: str) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("I must point out that your turnover figure was wrong.", "LL402"),
    ("Let me put my answer on pensions in simpler terms for the panel.", "LL402"),
    ("One small correction: the statute you cited was repealed in 2019.", "LL402"),
    ("The salary band you mentioned is actually outdated by two years.", "LL402"),
    ("I don't do weekends, so the Saturday rota will have to change.", "LL403"),
    ("Unless the package improves, please don't bother sending the contract.", "LL403"),
    ("Only email me about this, never call.", "LL403"),
])
def test_correcting_the_reader_and_laying_down_terms_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "A quick correction: the phone number I gave for my referee was missing a digit.",
    "Subject: A correction, and thank you",
    "The old rota will have to go once the new system is live, as you explained.",
    "I'd be glad to show you how the dashboard I built works.",
])
def test_self_corrections_and_their_own_plans_pass(linter: Linter, sentence: str) -> None:
    assert not {"LL402", "LL403"} & set(tone(linter, sentence))


@pytest.mark.parametrize("sentence", [
    "The staff room was grotty and the kettle was filthy.",
    "Your onboarding portal is clunky and glitchy.",
    "The relocation package is frankly measly.",
    "The induction day was a farce.",
])
def test_a_word_of_disparagement_said_of_them_fires(linter: Linter, sentence: str) -> None:
    assert {"LL401", "LL402"} & set(tone(linter, sentence))


@pytest.mark.parametrize("sentence", [
    "I hope the heatwave hasn't made the office too unbearable this week.",
    "The heatwave didn't make the office unbearable at all, thanks to the fans.",
    "My own first portfolio was clunky, and I've learned a lot since.",
    "The parking near the depot is cheap, which helps.",
])
def test_disparagement_denied_felt_for_them_or_the_writers_own_passes(
    linter: Linter, sentence: str
) -> None:
    assert not {"LL401", "LL402"} & set(tone(linter, sentence))


@pytest.mark.parametrize("sentence", [
    "The pay on offer is, I am afraid, paltry.",
    "Your dress code strikes me as antiquated.",
    "The waiting area was, in all candour, squalid.",
    "My last company treated its drivers like dirt.",
    "The firm I'm with now is a sinking ship.",
    "The management at my current firm is a bunch of dinosaurs.",
])
def test_a_verdict_announced_formally_or_an_employer_run_down_in_idiom_fires(
    linter: Linter, sentence: str
) -> None:
    assert "LL401" in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I'm afraid my own answer on budgets was weak.",
    "With respect to the timeline, I'm flexible.",
    "I'm stuck with a tricky chapter in my thesis, which I'd love your view on.",
])
def test_the_writers_own_slip_or_a_plain_phrase_passes(linter: Linter, sentence: str) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Skip the rest of the shortlist, they're deadweight.",
    "The sign-up form, which looked shoddy, crashed twice.",
])
def test_disparagement_of_no_named_subject_fires_at_its_bar(
    linter: Linter, sentence: str
) -> None:
    report = linter.lint(LETTER.format(body=sentence))
    judged = [f for f in report.findings if f.check == "tone"]
    assert len(judged) == 1 and judged[0].metadata["verdict"] is True
    off = linter.lint(LETTER.format(body=sentence), tone={"disparaged_threshold": 1.01})
    assert [f for f in off.findings if f.check == "tone"] == []


@pytest.mark.parametrize("sentence", [
    "I once inherited a messy set of accounts and spent three months putting them in order.",
    "I'll admit I fluffed the question about gain staging.",
    "My first portfolio site was clunky, so I rebuilt it last spring.",
])
def test_disparagement_of_the_writers_own_passes(linter: Linter, sentence: str) -> None:
    assert "LL401" not in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("I think you'll agree these terms are modest.", "LL403"),
    ("I do not believe you will find many candidates with this level of experience.", "LL403"),
    ("As you'll agree, the dashboard needs work.", "LL403"),
    ("If you do eventually get round to it, I'm still available.", "LL402"),
    ("I hope whoever you finally hire enjoys the silence.", "LL402"),
    ("You may also want to tell whoever runs your blog that keyword stuffing stopped working.",
     "LL402"),
    ("Even though we only got twenty minutes because the panel was running behind, I enjoyed "
     "it.", "LL401"),
])
def test_the_twentieth_sessions_readings_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I think you'll find the attached sample useful.",
    "I hope you'll agree the plan for the first month is sound.",
    "Thank you finally for the tour of the lab.",
    "You might also want to look at the portfolio I sent last week.",
    "Even though I was nervous, I enjoyed meeting the panel.",
    "I saw the news about the restructuring last week, and I'm sorry; that must have made "
    "for a hard few days for you.",
    "I made a hash of the first test, so thanks for talking me through where I went wrong.",
])
def test_look_alikes_of_the_twentieth_sessions_readings_pass(
    linter: Linter, sentence: str
) -> None:
    assert tone(linter, sentence) == {}


def test_a_slip_met_with_shame_is_still_over_apology(linter: Linter) -> None:
    sentence = "I feel terrible that I went wrong on the test, thanks for talking me through it."
    assert "LL405" in tone(linter, sentence)


def test_a_presumption_is_named_as_one_and_told_what_to_do_instead(linter: Linter) -> None:
    [finding] = _tone_findings(
        linter, "I think you'll find I'm exactly what the place is missing.", "thank-you"
    )
    assert finding.code == "LL403" and finding.message.startswith("Presumes the outcome")
    assert "outcome to them" in (finding.suggestion or "")
    [pushed] = _tone_findings(linter, "I need to know by tomorrow.", "follow-up")
    assert pushed.message.startswith("Pushy") and "set the pace" in (pushed.suggestion or "")


def test_a_dig_in_a_thank_you_note_is_not_told_to_ask_about_the_timeline(
    linter: Linter
) -> None:
    body = "You may also want to tell whoever runs your blog that keyword stuffing stopped working."
    [thanks] = _tone_findings(linter, body, "thank-you")
    [nudge] = _tone_findings(linter, body, "follow-up")
    assert thanks.code == nudge.code == "LL402"
    assert "timeline" not in (thanks.suggestion or "") and "dig" in (thanks.suggestion or "")
    assert "timeline" in (nudge.suggestion or "")


def test_a_verdict_harsh_in_a_joined_predicate_fires_at_the_harsh_bar(linter: Linter) -> None:
    body = "The air conditioning was broken and the whole floor was stuffy and unbearable."
    assert "LL401" in tone(linter, body)
    assert "LL401" not in tone(linter, "The whole floor was quiet and bright.")
    # the disparaged-word bar (0.3) reads the same sentence too; with it off, the harsh
    # bar alone flags it, and with both off nothing does
    alone = {"disparaged_threshold": 1.01}
    on = linter.lint(LETTER.format(body=body), kind="follow-up", tone=alone)
    off = linter.lint(LETTER.format(body=body), kind="follow-up",
                      tone={**alone, "harsh_verdict_threshold": 1.01})
    assert "LL401" in {f.code for f in on.findings}
    assert [f for f in off.findings if f.check == "tone"] == []


@pytest.mark.parametrize("sentence", [
    # their work said to be done badly
    "The technical round was so poorly designed it was almost laughable.",
    "The scheduling of the assessment was, with respect, woefully mismanaged.",
    # what is theirs by possession, or by what they said of it
    "One cannot help but find the company's leadership singularly uninspiring.",
    "The hours you want are INSANE!!!",
])
def test_a_harsh_verdict_on_what_is_theirs_fires(linter: Linter, sentence: str) -> None:
    findings = _tone_findings(linter, sentence, "thank-you")
    assert [f.code for f in findings] == ["LL401"] and findings[0].metadata["verdict"] is True


@pytest.mark.parametrize("sentence", [
    "My first answer was badly structured, so here is a better one.",
    "I was badly injured in 2019 but have fully recovered.",
    "The site is well run and the training is thorough.",
])
def test_the_writers_own_done_badly_or_their_work_done_well_passes(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence, "thank-you") == []


def test_a_harsh_word_inside_what_their_thing_is_said_to_be_is_a_verdict(
    linter: Linter
) -> None:
    [finding] = _tone_findings(
        linter, "The office is in a horrible location with no transport at all.", "thank-you"
    )
    assert finding.code == "LL401" and finding.metadata["verdict"] is True
    # the writer's own plight is no verdict on the employer's side (the judge may still
    # read the start date pressed for with it as presuming: that is another reading)
    plight = _tone_findings(
        linter, "I am in a horrible position with my landlord, so the start date matters.",
        "thank-you",
    )
    assert not [f for f in plight if f.metadata.get("verdict")]
    assert _tone_findings(linter, "The clinic is in a lovely location near the park.",
                          "thank-you") == []


@pytest.mark.parametrize("sentence", [
    "The hours you described sound manageable.",
    "I found the team AMAZING.",
    "I found the hours you described demanding but fair.",
])
def test_praise_or_a_fair_account_of_what_is_theirs_passes(linter: Linter, sentence: str) -> None:
    assert _tone_findings(linter, sentence, "thank-you") == []


def test_a_harsh_predicate_the_parser_joins_to_the_copula_is_read_too(linter: Linter) -> None:
    assert {"LL401", "LL402"} & set(tone(linter, "Your team lead was sarcastic and mocked my "
                                                 "previous company."))
    assert tone(linter, "Your team lead was quiet and let me finish my answers.") == {}


@pytest.mark.parametrize("sentence", [
    "I finally got my forklift licence last week, so I can start on the reach trucks.",
    "I hope you finally got some rest after the launch!",
    "Once you finally get settled in the new office, I'd love to visit.",
])
def test_finally_of_the_writers_own_news_or_the_readers_rest_passes(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence, "follow-up") == []


def test_finally_of_the_readers_hiring_step_still_fires(linter: Linter) -> None:
    assert "LL402" in tone(linter, "Thanks for finally getting back to me.")
    assert "LL402" in tone(linter, "When you eventually make a decision, do let me know.")


@pytest.mark.parametrize(("sentence", "code"), [
    ("I'm very interested in the role and I look forward to discussing the start date.", "LL403"),
    ("Let me know the start date.", "LL403"),
    ("I could sort your payroll out fairly quickly once I'm in the seat.", "LL403"),
    ("We have to do proper drinks once I'm in, first round's on me.", "LL403"),
    ("Twenty-three days have now elapsed.", "LL402"),
    ("As I will be giving notice at my current job at the end of this month, I would be "
     "grateful for a decision.", "LL403"),
    ("Could you let me know by Thursday so I can hand in my notice?", "LL403"),
])
def test_the_twenty_third_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "If I'm offered the role, I'd be glad to discuss the start date.",
    "You also asked about start dates: I need to give four weeks' notice.",
    "When I'm in London next week I could drop by with my portfolio.",
    "Now that two weeks have passed, I wanted to check in.",
    "If I'm offered the role, I'll hand in my notice the same day.",
    "My manager gave me notice of the restructure last month.",
    "I will be giving notice of my availability to the agency next week.",
    "Four weeks have now passed since I moved to Leeds, and I'm settling in well.",
])
def test_look_alikes_of_the_twenty_third_sessions_cues_pass(linter: Linter, sentence: str) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize("body", [
    "Thank you so much for the offer! I'd be glad to discuss the start date whenever suits.",
    "Thanks for the call today offering me the role; I look forward to discussing the start "
    "date with HR.",
    "Following your verbal offer yesterday, I look forward to discussing the start date.",
    "HR said they would call me to discuss the start date once references are back.",
])
def test_the_start_date_after_an_offer_made_or_in_their_plan_is_no_presumption(
    linter: Linter, body: str
) -> None:
    assert _tone_findings(linter, body) == []


def test_an_offer_of_a_second_interview_is_not_the_job(linter: Linter) -> None:
    assert "LL403" in tone(linter, "Thanks for the offer of a second interview. I look forward "
                                   "to discussing the start date.")


def test_notice_given_is_no_presumption_once_the_offer_is_accepted(linter: Linter) -> None:
    sentence = "I will be handing in my notice tomorrow."
    assert "LL403" in tone(linter, sentence)
    accepted = f"I am delighted to accept your offer of the planner role. {sentence}"
    assert tone(linter, accepted) == {}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Real talk, my current shop is a total shitshow, so getting out is the plan.", "LL401"),
    ("Been a fortnight and not a word. Bit of a piss-take, no offence.", "LL401"),
    ("Nobody texted me back, it's not that bloody hard.", "LL401"),
    ("I would appreciate an update, as I am weighing other offers and cannot hold them open "
     "indefinitely.", "LL403"),
    ("It was very kind of you to fit me in after rescheduling twice.", "LL402"),
    ("thanks for finally fitting me in after rescheduling on me twice lol.", "LL402"),
])
def test_the_twenty_fourth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I was sorry to miss meeting Tomasz, but the brigade made me feel at home.",
    "I was sorry to miss the handover you mentioned, but the ward round made up for it.",
    "I had a Bloody Mary with my sister after the interview to celebrate.",
    "Thank you for rescheduling twice so that I could finish my night shifts first.",
    "The launch has moved twice this year, you said, so the team plans in short sprints.",
    "I have been offered a position elsewhere, but I would value the chance to hear your "
    "decision before I reply.",
])
def test_look_alikes_of_the_twenty_fourth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("For a small independent, Greenway Pharmacy is surprisingly well run.", "LL402"),
    ("I also wanted to say that your office was a lot nicer than I expected.", "LL402"),
    ("It was lovely to see a school that is clearly doing its best with what it has.", "LL402"),
    ("It was instructive to hear the choir in its present state.", "LL402"),
    ("I helped design their snow leopard habitat, so I'll be able to give your team a few "
     "pointers.", "LL402"),
    ("You didn't ask about clinical services, but I appreciate not everyone is up to date on "
     "them.", "LL402"),
    ("I built the scheduling spreadsheet the office still uses, even though my old manager "
     "took the credit for it.", "LL401"),
    ("lmk by friday. or don't, I got other offers 🤷", "LL402"),
    ("I have eight years on commercial rooftop units, so frankly I'm not sure what there is "
     "to think over.", "LL401"),
    ("Your process was chaotic, but we got there in the end.", "LL401"),
    ("I'll admit I was a bit surprised you didn't ask more about clinical services.", "LL401"),
    ("thanks for the interview even though your foreman didnt seem that into it", "LL401"),
    ("honestly i think i know more about drainage than him anyway", "LL401"),
    ("Thank you for yesterday, and a few notes on your case interview below.", "LL402"),
    ("I'd welcome an update when someone has a moment.", "LL402"),
    ("As I mentioned before, I'm very interested in the role.", "LL402"),
    ("I was nervous about ring circuits, and I hope it didn't put you off.", "LL405"),
    ("I cut the close to five days, despite a finance director who still thinks spreadsheets "
     "are a fad.", "LL401"),
    ("It was a pleasure after two years at Dunmore's, where the head chef thinks a microwave "
     "is a piece of kit to be proud of.", "LL401"),
    ("It was refreshing to be interviewed by someone so early in their career.", "LL402"),
    ("It was refreshing to meet a team that's still happy running a monolith on PHP.", "LL402"),
    ("Despite the video call dropping twice on your end, I think we covered a lot.", "LL402"),
    ("Thank you for yesterday! I'm thrilled to be joining Hollybrook in September.", "LL403"),
])
def test_the_twenty_fifth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I enjoyed the practical test far more than I expected.",
    "Your studio was even nicer than I had imagined from the photos.",
    "I'd be glad to show you how the booking tracker worked.",
    "I know not everyone can reply to every applicant, so thank you for writing back.",
    "The credit for the redesign belongs to the whole team I worked with.",
    "Thank you for speaking so frankly about the pressures on the ward.",
    "The wedding I planned in Whitby was chaotic at times but it really worked.",
    "I was surprised you remembered my thesis on river restoration, and touched.",
    "You didn't seem bothered by the gap in my CV, which put me at ease.",
    "I know more about drainage than I did a year ago, thanks to my HNC.",
    "Thank you for the tour, and a few thoughts on your onboarding app, as you asked.",
    "I'd welcome an update whenever you get a moment.",
    "As I mentioned in the interview, I'm very interested in the role.",
    "I hope the rain didn't spoil your weekend in the Lakes.",
    "My manager, who thinks highly of my work, is happy to be a referee.",
    "My old head chef, who thinks I'm ready to run a pass, suggested I apply.",
    "It was refreshing to meet a team so focused on its patients.",
    "It was refreshing to talk to someone who still remembers the old Leeds depot.",
    "No rush at all on your side; I just thought the news might be useful.",
    "I would be thrilled to be joining Hollybrook if you offer me the post.",
    "Thank you for the offer of the post, which I am delighted to accept. I'm thrilled to be "
    "joining Hollybrook in September.",
])
def test_look_alikes_of_the_twenty_fifth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


def test_a_reply_keeps_the_employers_subject_line_unjudged(linter: Linter) -> None:
    letter = (
        "Subject: Re: Your application – Junior Graphic Designer\n\nHi Tom,\n\nThanks for "
        "letting me know. To be honest I'm quite surprised, because the brief you set was very "
        "vague and I don't think my portfolio got a fair look in a 30-minute interview that "
        "started late.\n\nCould you tell me who you hired instead and what they had that I "
        "didn't? I'd like some feedback because I spent two full days on that take-home "
        "task.\n\nRegards,\nMaya"
    )
    report = linter.lint(letter)
    subject_end = letter.index("\n")
    tone_spans = [f.span for f in report.findings if f.check == "tone" and f.span]
    assert tone_spans  # the body's barbs are still read
    assert all(span.start > subject_end for span in tone_spans)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Still interested, for now.", "LL402"),
    ("I'm still open to the role, for now.", "LL402"),
    ("Thanks, Dean Harlow - still available, for now", "LL402"),
    ("My kids keep asking if mommy got the bus job and I don't know what to tell them.",
     "LL402"),
    ("My wife has been asking me every evening whether there's news.", "LL402"),
    ("My kids are asking every day if daddy got the job.", "LL402"),
    ("I'm in a very difficult position at the moment.", "LL402"),
    ("You made it sound like the job was mine, so I'm now in a really difficult position.",
     "LL402"),
    ("Please let me know either way, as waiting is quite stressful.", "LL402"),
    ("I do apologise for my rambling answer on the budget question.", "LL405"),
    ("Till now I did not receive any information regarding the result.", "LL402"),
])
def test_the_twenty_sixth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It would make complete sense if the hire is on hold for now.",
    "Will the meter data stay batch-based for now, or move to streaming?",
    "I'm free for the time being, so I could start next week if that helps.",
    "My daughter asked how it went, and I told her about the kitchen garden.",
    "My son keeps asking about the robot arm you showed me.",
    "I'm in a really difficult position: Harbour Foods has offered me a role and needs an "
    "answer by Friday.",
    "I know you're in a very difficult position with the budget freeze.",
    "I know waiting is hard for every candidate, so thank you for the update.",
    "Please don't apologise for the interruption when the collie came in - it was good to "
    "see the team handle an emergency so calmly.",
    "There was no need to apologise for the fire alarm.",
    "I didn't receive any feedback at the interview, which was fine by me.",
])
def test_look_alikes_of_the_twenty_sixth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("I know you're busy, although a quick update would have been nice.", "LL402"),
    ("A short email to say so would have been appreciated.", "LL402"),
    ("It would have been good to know before I booked the day off.", "LL402"),
    ("It would have been good to know earlier so I didn't turn down other interviews.",
     "LL402"),
    ("I'll need £16 an hour minimum, otherwise it's not worth my bus fare.", "LL403"),
    ("I haven't posted about it yet, but my followers do love a good behind-the-scenes "
     "thread.", "LL402"),
    ("If that's a problem then we're wasting each other's time.", "LL403"),
    ("Just say no and stop wasting my time.", "LL403"),
    ("Sam Kerr (weighing other offers, so don't dawdle)", "LL403"),
    ("I want £220 a day and my own van.", "LL403"),
    ("To be honest I reckon I'm the best joiner you'll have seen.", "LL403"),
    ("I know you must have had lots of better candidates.", "LL404"),
    ("There are probably far stronger candidates than me.", "LL404"),
    ("I was late, and I completely understand if it counts against me.", "LL404"),
    ("Please don't hold it against me.", "LL404"),
    ("hiya gorgeous 😘", "LL406"),
    ("hiya gorgeous, so when do I start", "LL406"),
    ("Thanks for the chat today 😘", "LL406"),
    ("Waiting in the staff room was very educational in its own way.", "LL401"),
    ("I saw how your team handles reporting (illuminating, in its own way).", "LL401"),
])
def test_the_twenty_seventh_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "It would have been nice to meet the team, but the tour ran late for good reason.",
    "I'd be glad to help get your team up to speed with it.",
    "I've posted my portfolio link below.",
    "Please don't worry about the delay; I'm not in any rush.",
    "Hi Gemma, lovely to meet you on Tuesday.",
    "Hello, lovely to hear from you so soon.",
    "The day rate of £220 you mentioned works for me.",
    "Sorry for the delay on my side - my references are now in.",
    "Your new clinic is impressive in its own right.",
    "Each site handles intake in its own way, which was interesting to hear.",
    "Every site was special in its own way.",
    "It would have been helpful to know the dress code, but I managed fine.",
    "It would have been good to hear more about the project.",
    "I haven't written about the project yet, but I'd love to share a draft.",
    "My readers would love a good story about your work.",
    "I expect £35,000 a year, as you asked.",
    "Don't drag your feet on my account; take all the time you need.",
    "Hello lovely team!",
    "Hi everyone, lovely chatting with you all.",
])
def test_look_alikes_of_the_twenty_seventh_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("I am writing AGAIN regarding my interview on 14 May.", "LL402"),
    ("I'm STILL waiting to hear back about the role.", "LL402"),
    ("Please let me know whether I have been successful by Friday.", "LL403"),
    ("I need to know if I have the job by Friday.", "LL403"),
    ("When they did reply, it was to ask me to do ANOTHER trial.", "LL402"),
    ("Elena, your question about consistent hashing was a nice touch for a team at your "
     "stage.", "LL402"),
    ("The scheme was really quite good for a firm of your size.", "LL402"),
    ("I note that you were unfamiliar with the revised Practice Direction.", "LL402"),
    ("You may find it helpful to review it before your next round of interviews.", "LL402"),
    ("I trust the firm will give my application the consideration it plainly merits.",
     "LL402"),
    ("I know exactly what your team is missing.", "LL402"),
    ("Thank you so much, I am truly grateful for any consideration at all.", "LL404"),
    ("i can start whenever you want just let me know today if possible", "LL403"),
    ("Can you please just let me know by tomorrow.", "LL403"),
    ("your sous (Dean?) was a bit slow on the pass ngl", "LL401"),
    ("I reckon I can whip him into shape.", "LL401"),
    ("I'm embarrassed that I couldn't explain my own portfolio properly.", "LL405"),
    ("I also feel I didn't answer your question very well at all.", "LL405"),
    ("Your staff were rude to me at reception.", "LL401"),
    ("People were frustrated by the wait, and so was I.", "LL401"),
    ("Subject: Thanks (and a few thoughts on your funnel)", "LL402"),
    ("Subject: Thanks + a few pointers for your hiring loop", "LL402"),
    ("Subject: Following up - plus some free advice", "LL402"),
    ("Subject: Thank you (and a few honest thoughts)", "LL402"),
    ("I'm sure my last email simply got buried, so I've attached my CV again.", "LL402"),
])
def test_the_twenty_eighth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I LOVED the tour and it was SO good to meet you.",
    "THANK YOU AGAIN FOR YOUR TIME.",
    "I hold my CSCS card, IPAF and NVQ Level 3.",
    "I've done voids work as a subcontractor, usually turning round 4 or 5 voids a week.",
    "I'd like working for an outfit your size where you know everybody.",
    "I've tried the free tier to see how the SLA rules would work for a team your size.",
    "You may find it helpful to see my portfolio before the next stage.",
    "You seemed unaware of how long the wait had been.",
    "Let me know if you need anything today.",
    "Let me know if you have any questions before Friday.",
    "I can help get the garden into shape before the spring.",
    "Your team was really friendly and the kitchen was spotless.",
    "I'd be grateful for your consideration.",
    "I know what your team is building, and I'd love to help.",
    # a weak answer set straight, not rued (none of 9 such in the read sets labelled)
    "I don't think I explained the outcome well in the room, so briefly: we rebuilt the "
    "middle section around the archive footage.",
    "I also wanted to say more about the weather station project, because I didn't "
    "explain it very well in the interview.",
    # the feelings of the people the writer looks after
    "You asked how I'd handle customers upset by the branch closures.",
    "It helps very much when somebody is upset or confused.",
    "Parents get frustrated when the bus is late, so I text them first.",
    "A couple of thoughts I didn't get to finish in the room: creator seeding first.",
    "I'd welcome a few thoughts on your timeline when you have a moment.",
    "Thanks for a few tips on your favourite cafes nearby.",
    # the review's false alarms
    "I could NOT be more excited about joining the team.",
    "Thank you AGAIN for a lovely afternoon.",
    "I'm STILL buzzing from the tour of the kitchen.",
    "I didn't explain clearly that all of the figures were estimates, so here they are.",
    "I didn't explain well how I got the nervous system model to converge.",
    "As you asked, here are a few thoughts on your onboarding flow.",
    "I took a few notes on your presentation and enjoyed it.",
    "I volunteered for two years at a free advice clinic for tenants.",
    "Feel free to call me today or tomorrow on 07700 900123.",
    "Your team gave the project the consideration it deserves, and it shows.",
    "You may wish to contact my referees before the next round.",
    "Your website was a bit slow to load on my phone, so I've attached a PDF.",
])
def test_look_alikes_of_the_twenty_eighth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    # the employer's late start mentioned at all
    ("I know things were hectic with the interview starting 25 minutes late, so I "
     "appreciate you squeezing me in at all.", "LL401"),
    ("I write further to yesterday's interview, which I note commenced some twenty-five "
     "minutes after the appointed hour.", "LL401"),
    ("We only got twenty minutes in the end because the panel was running behind.", "LL401"),
    ("Thanks for seeing me, even with the late start.", "LL401"),
    ("Thanks anyway, and good luck.", "LL401"),
    ("Thank you anyway for your time.", "LL401"),
    ("To be honest I don't really understand the decision.", "LL401"),
    ("Shame, as I'd have done a good job for you.", "LL401"),
    ("I found our discussion of the backlog instructive, if somewhat alarming.", "LL402"),
    ("The phonics scheme you walked me through is very sweet, if a little dated.", "LL402"),
    ("Sales went up 22%, so I know what good looks like.", "LL402"),
    ("I have eight years on tube and fitting, which you seemed happy enough with at the "
     "time.", "LL402"),
    ("A practice of your size might benefit from a system more recent than the one "
     "demonstrated to me.", "LL402"),
    ("Would appreciate a response this time.", "LL402"),
    ("Hopefully you've had a chance to go through it properly now.", "LL402"),
])
def test_the_twenty_ninth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Thank you for seeing me, and sorry the interview started late because of my train.",
    "Thank you for staying late to see me; I enjoyed hearing about the new studio.",
    "I know this week has been chaotic with the branch move, and I appreciated you giving "
    "me a full hour.",
    "Anyway, thanks again and have a great weekend!",
    "I understand the decision, and thank you for ringing rather than emailing.",
    "I don't want to question the decision, but I'd welcome any feedback.",
    "Thanks for a challenging, if a little daunting, afternoon.",
    "I know what a good handover looks like from my years on the ward.",
    "I'm sorry I can't give you a firm answer this time, as I'm travelling.",
    "I hope to get a chance to answer this time.",
    # the review's false alarms: a late start date or shift, something else running late,
    # the writer's own delay or one nobody could help, said before the late start
    "I'm happy with a delayed start date in September.",
    "I'd be glad to work the late start shift on Tuesdays.",
    "The trial, which starts late September, sounds great.",
    "The session ran late into the evening, and I enjoyed every minute.",
    "I'd love to help with the rollout, which I understand is running behind.",
    "If it suits the team, I can start an hour late on Mondays.",
    "Because of my train, the interview started twenty minutes late; thank you for your "
    "patience.",
    "After the fire alarm, the interview started a little late, but it was lovely.",
    # the writer's own reading, work and wishes
    "I've gone through the handbook properly now and have a few questions.",
    "I'd be grateful for any feedback this time.",
    "I hope my presentation was helpful, if a little long.",
    "My answer on budgeting was fine, if a little basic.",
    "I'd love to shadow your senior nurses so I know what good looks like here.",
    "You seemed happy enough with my portfolio, which was a relief.",
    "I now use Revit 2024, newer than the one used at my old firm.",
    "I don't fully understand the decision yet, so I would be grateful for any feedback.",
    "I don't see that decision as a setback.",
    "What a pity; I'd have been thrilled to join your team.",
    "I've accepted another offer, but thank you anyway for your time and kindness.",
    "Can't wait to see the new studio 👀",
    "I know this week has been chaotic with the branch move, so thank you, and if there's "
    "anything at all I can send, just ask.",
])
def test_look_alikes_of_the_twenty_ninth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


def test_a_reply_asked_for_this_time_next_week_is_no_insinuation(linter: Linter) -> None:
    assert "LL402" not in tone(linter, "I'd appreciate a reply this time next week if that suits.")


_SUBJECTED = "Subject: {subject}\n\nHi Tom,\n\nThank you for the interview on Monday. I " \
    "enjoyed hearing about the new Leeds depot and would love to run its night shift.\n\n" \
    "Kind regards,\nJo Bell\n"


@pytest.mark.parametrize(("subject", "code"), [
    ("Re: Platform Engineer – next steps 👀", "LL402"),
    ("Checking in 🙄", "LL402"),
    ("Interview follow-up 😡", "LL401"),
])
def test_a_face_in_the_subject_line_says_what_its_words_mean(
    linter: Linter, subject: str, code: str
) -> None:
    report = linter.lint(_SUBJECTED.format(subject=subject), kind="follow-up")
    assert [f.code for f in report.findings if f.check == "tone"] == [code]


def test_a_face_in_the_subject_line_obeys_the_allow_list(linter: Linter) -> None:
    from letterlint import Config

    letter = _SUBJECTED.format(subject="Re: next steps 👀")
    allowed = Config().with_options(tone={"allow": ["👀"]})
    assert [f for f in linter.lint(letter, allowed, kind="follow-up").findings
            if f.check == "tone"] == []


@pytest.mark.parametrize("subject", [
    "Thank you 🙂", "Portfolio: https://example.com/jo-bell", "Interview follow-up",
])
def test_a_plain_or_friendly_subject_line_passes(linter: Linter, subject: str) -> None:
    report = linter.lint(_SUBJECTED.format(subject=subject), kind="follow-up")
    assert [f for f in report.findings if f.check == "tone"] == []


_TITLED = (
    "Dear Andrea,\n\nThank you for the interview on Monday. I enjoyed hearing about the new "
    "Leeds store and would love to lead its team.\n\nKind regards,\nJo Bell\n{title}\n"
)


@pytest.mark.parametrize("title", [
    "Store Manager (incoming)", "Transport Planner (soon to be yours!)", "(your new sparky)",
    "Senior Designer (for now)",
])
def test_a_note_beside_the_signature_that_takes_the_job_as_won(
    linter: Linter, title: str
) -> None:
    report = linter.lint(_TITLED.format(title=title), select=["tone"])
    assert [f.code for f in report.findings] == ["LL403"]
    assert report.findings[0].span is not None
    note = title[title.index("("):]
    assert report.findings[0].span.of(report.text) == note


def test_a_tagline_after_the_name_that_takes_the_job_as_won(linter: Linter) -> None:
    """A dash after the name carries the note too; the line is the signature, not a
    body paragraph."""
    text = ("Hi Priya,\n\nThanks for the chat on Thursday.\n\n"
            "Cheers,\nLeon Vass - your next tech lead, probably\n")
    report = linter.lint(text, select=["tone"])
    assert [(f.code, f.span.of(text)) for f in report.findings if f.span] == [
        ("LL403", "your next tech lead, probably")
    ]
    assert [part.role.value for part in report.parts][-1] == "signature"
    for title in ("Senior Developer, Arco", "The New Forest Trust",
                  "sous chef, trained at Leiths"):
        plain = text.replace("your next tech lead, probably", title)
        assert linter.lint(plain, select=["tone"]).findings == ()
    # any cue reads the tagline, as it reads a subject line
    waiting = text.replace("your next tech lead, probably", "still waiting on that reply")
    found = linter.lint(waiting, select=["tone"]).findings
    assert [(f.code, f.span.of(waiting)) for f in found if f.span] == [
        ("LL402", "still waiting on that reply")
    ]


def test_a_note_beside_the_signature_obeys_the_allow_list(linter: Linter) -> None:
    from letterlint import Config

    text = _TITLED.format(title="Store Manager (incoming)")
    config = Config().with_options(tone={"allow": ["(incoming)"]})
    assert "LL403" not in linter.lint(text, config).codes()
    assert "LL403" in linter.lint(text).codes()


@pytest.mark.parametrize("title", [
    "Data Analyst (Python, SQL)", "Teaching Assistant (part-time)", "07700 900123 (mobile)",
    "BSc Economics (soon to be completed)", "Graduate Trainee (Future Leaders Programme)",
    "Mobile (for now): 07700 900123", "Treasurer (elect), Leeds Student Union",
])
def test_other_brackets_beside_the_signature_pass(linter: Linter, title: str) -> None:
    assert linter.lint(_TITLED.format(title=title), select=["tone"]).findings == ()


def test_the_incoming_title_once_the_offer_is_accepted_passes(linter: Linter) -> None:
    text = _TITLED.format(title="Store Manager (incoming)").replace(
        "Thank you for the interview on Monday.",
        "Thank you for the offer; I'm delighted to accept it.",
    )
    assert "LL403" not in {f.code for f in linter.lint(text, select=["tone"]).findings}


@pytest.mark.parametrize(("sentence", "code"), [
    ("Per my previous correspondence of 3 and 10 June, I remain available.", "LL402"),
    ("As per my last email, could you confirm where things stand?", "LL402"),
    ("Tick tock, Reece", "LL402"),
    ("Thanks ever so much for your time, what there was of it.", "LL402"),
    ("I've attached my notes again, in case any of it went in.", "LL402"),
    ("I am sure this oversight is not indicative of how Tavener Construction manages its "
     "projects.", "LL402"),
    ("Whoever signed off the onboarding carousel should probably be kept away from Figma "
     "for a while.", "LL402"),
    ("My record equips me for the post, notwithstanding the panel's evident difficulty in "
     "recognising as much.", "LL402"),
    ("Punctuality, in my experience, is not a difficult habit to acquire.", "LL402"),
    ("Where's my job? (Priority: apparently low)", "LL402"),
    ("Before I sign anything, here are my terms.", "LL403"),
    ("Tell Marco to clear a locker for me.", "LL403"),
    ("The salary was agreed at interview and I trust this will be honoured.", "LL403"),
    ("Despite being left standing at the pass for forty minutes, I enjoyed the trial.",
     "LL401"),
    ("I was kept waiting in reception for over an hour, but the chat was good.", "LL401"),
    ("I just feel like I'm in limbo.", "LL404"),
    ("Apologies if this is a nuisance, and thank you for your time.", "LL405"),
    ("Sorry for my English. I hope it is not a problem.", "LL405"),
    ("Thank you again, and sorry this email is so long.", "LL405"),
])
def test_the_thirtieth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    # the writer's own work read by others, a book read before, a read-out
    "At the council I learned a great deal about writing guidance that both groups "
    "actually read.",
    "The handbook you gave me is the clearest I have ever read.",
    "I've attached the report I mentioned, as per my notes from the call.",
    "Thank you for the tour of the kitchen; what a brigade.",
    "I hope the award is a reflection of how hard the whole team works.",
    "I'd be happy to keep the children away from the hot pass during service.",
    "I'm happy with the terms and conditions you sent, and with my terms of notice.",
    "At my current job they set up a desk for me within a day of starting.",
    "I trust you had a good weekend and enjoyed the festival.",
    "I waited for ten minutes in the lovely garden before my slot, which was very calming.",
    "The project was in limbo when I joined, and I got it moving again.",
    "I hope the drive home was not too long after such a busy day.",
    "Sorry to hear the manager was ill; I hope she is feeling better.",
    "Thank you for yesterday; it felt more like a catch-up with an old mate than an "
    "interview.",
])
def test_look_alikes_of_the_thirtieth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize("sentence", [
    "In nine years on the ward I have never had a single complaint from a patient.",
    "I was there nine years and I have still never had a day off sick.",
])
def test_a_record_never_broken_is_no_reply_that_never_came(
    linter: Linter, sentence: str
) -> None:
    assert "LL402" not in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I still haven't had a reply from anyone at the depot.",
    "I have never had so much as an acknowledgement from your office.",
])
def test_a_reply_that_never_came_is_still_read(linter: Linter, sentence: str) -> None:
    assert "LL402" in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("I'm sure I know more about visual merchandising than most of your current staff.",
     "LL401"),
    ("The coffee is nowhere near as good as Grindhouse down the road, no offence.", "LL401"),
    ("Saw the other lads you had in, and no disrespect, but they were slow.", "LL401"),
    ("Honestly, what the hell is going on over there?", "LL401"),
    ("Happy to show your sous how it's done.", "LL402"),
    ("I'm used to cleaning up this sort of thing.", "LL402"),
    ("I trust my application has not been overlooked.", "LL402"),
    ("Thank you, and apologies again for chasing.", "LL405"),
    ("Cheers for yesterday, see u monday i reckon.", "LL403"),
    ("To be honest its took that long to hear anything i couldnt wait any longer.", "LL401"),
    ("Just checking you're still alive, it's been three weeks.", "LL402"),
    ("I know this is my fourth email, but I need to know.", "LL402"),
    ("Any news on the gardening job or what??", "LL402"),
    ("I know you're busy but it takes 2 secs to reply.", "LL402"),
    ("Also, a small tip for future interviews: the whiteboard question is dated.", "LL402"),
    ("I should be obliged if you would confirm the position in writing forthwith.", "LL402"),
    ("I have rewritten this email about ten times.", "LL404"),
    ("Please accept my deepest apologies for arriving four minutes late.", "LL405"),
])
def test_the_thirty_first_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    ("Could you let me know where things stand by Wednesday?", "LL403"),
    ("Please could you let me know either way by the end of this week.", "LL403"),
    ("If you can match £32k I'd probably still pick you guys.", "LL403"),
    ("If you're able to match £32k I'd probably still pick you guys.", "LL403"),
    ("If you could let me know by Friday, that would help me plan.", "LL403"),
    ("Keen to get an answer either way as it's been a while.", "LL403"),
    ("lmk by tmrw yeah, got another place sniffing around.", "LL403"),
    ("The collection is, for a regional museum, perfectly adequate.", "LL402"),
    ("I know maybe I am not best candidate because of this.", "LL405"),
    ("I know I'm probably not the most experienced person you saw today.", "LL405"),
    ("I'm planning to give notice on Friday so I can start on 1 April.", "LL403"),
    ("I'm not sure how serious you are about filling the post.", "LL402"),
    ("Any news on the KP job? Been waiting ages.", "LL402"),
    ("I put up with it for two years and in the end I had had enough.", "LL401"),
    ("Honestly, I think you'd be mad not to hire me!", "LL403"),
    ("I should be grateful if you would treat this letter as a formal complaint.", "LL402"),
    ("Start date? 🎉", "LL403"),
    ("Although the salary is a little lower than I had hoped for, I accept the offer.",
     "LL401"),
    ("I have to say I was expecting the salary to be nearer the top of the range.",
     "LL401"),
    ("I've handed my notice in so I can start on Monday the 14th.", "LL403"),
    ("I know I went to pieces on the drug calculation question.", "LL405"),
    ("I completely froze on one of the panel's questions.", "LL405"),
    ("Your careers page still says 'closing soon', which might be worth fixing before it "
     "puts other applicants off.", "LL402"),
])
def test_the_thirty_second_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "You said you'd let me know by Monday, so I wanted to check in.",
    "You mentioned you would let me know by Friday, so I wanted to check in.",
    "Is there any chance you could let me know where I stand before Friday?",
    "I've had an offer from another firm and they need an answer by Friday, so could you "
    "let me know by Thursday whether I'm still in the running?",
    "I'd still be glad to hear your decision whenever it comes.",
    "I've got another firm asking about my availability from the 14th.",
    "Since it's been a while since we spoke, here is a short recap of my portfolio.",
    "I am not perfect, but I learn fast and I loved the tour.",
    "As we discussed, I can start on Monday 1 September.",
    "If successful, I can start on 1 September.",
    "The pipes froze in January and I had them fixed by lunchtime.",
    "The merger fell apart in 2019, and I rebuilt the sales team afterwards.",
    "Subject to references, I can start on 1 September.",
    "Keen to come on board. I can start on the 2nd.",
    "I'm not sure how serious the leak is, but I fixed the valve the same day.",
    "Angry customers, formal complaints and final-response letters are work I enjoy.",
    "When would the start date be, if I am successful?",
    "Unfortunately the salary is lower than I had hoped, so I must decline with regret.",
    "If you offer me the post, I can start on 1 September.",
    "I understood you would let me know by Friday, so I wanted to check in.",
    "As you said, you would let me know by Friday.",
    "If you could match me with a mentor on the ward, that would help me settle in.",
    "Here's a quick update on my portfolio, as it's been a while since we last spoke.",
    "The salary you mentioned is perfectly adequate for me.",
    "I was not the strongest swimmer as a child, but I now teach lifesaving.",
])
def test_look_alikes_of_the_thirty_second_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("My last day there is 31 October, so I'll start with you on Monday 3 November.",
     "LL403"),
    ("I've handed my notice in, and I'll start with you on Monday the 14th.", "LL403"),
    ("As I've heard nothing to the contrary, I've taken it that the Logistics Coordinator "
     "role is mine.", "LL403"),
    ("I know a lot of lads in the trade and I'll be telling them exactly what you're like "
     "to deal with.", "LL402"),
    ("If I don't hear by Friday I'll be telling people.", "LL402"),
    ("I will even do the first week for free if it helps you decide.", "LL404"),
    ("Happy to do the first week for free if it helps.", "LL404"),
    ("I could do a week unpaid if it helps you decide.", "LL404"),
    ("With respect, your Ms Hartigan appeared unfamiliar with the 2023 amendments.", "LL402"),
    ("I should be happy to summarise them for her benefit.", "LL402"),
    ("I've attached a marked-up PDF so your team can see where they've gone wrong.", "LL402"),
    ("I'd even do a free trial project for a couple of weeks if that helps.", "LL404"),
    ("I don't feel I did myself justice in the room.", "LL405"),
    ("On the turnaround question I think I gave a fairly muddled answer.", "LL405"),
    ("I came away feeling that I had talked far too much about my cataloguing work.",
     "LL405"),
    ("I'm not sure I did myself justice on the budget question.", "LL405"),
    ("To be honest I was expecting to hear from you last week.", "LL402"),
    ("I'm not going to pretend I'm not annoyed.", "LL402"),
    ("I'm not going to pretend I wasn't annoyed.", "LL402"),
    ("I'll be telling my friends what you're like to deal with.", "LL402"),
    ("Thanks (I think) for yesterday.", "LL402"),
    ("Thank you (eventually) for your time on Tuesday.", "LL402"),
    ("No hard feelings (mostly).", "LL402"),
    ("Whenever someone gets a spare minute, do let me know.", "LL402"),
    ("My dissertation is on the portal, should anyone find the time to read it.", "LL402"),
    ("Let me know whenever you find a spare second!!", "LL402"),
    ("I've done more hybrid work than anyone in your workshop.", "LL402"),
    ("I know more about visual merchandising than most of your current staff.", "LL402"),
])
def test_the_thirty_third_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "If offered the role, I will start on the 1st.",
    "I did a four hour unpaid trial shift at my last job and loved it.",
    "I'd be happy to do a paid trial shift whenever suits.",
    "I'll be telling people about the new clinic at my church.",
    "I was unfamiliar with Opera PMS at first but learned it within a week.",
    "I've attached the rota so your team can see where the gaps are.",
    "I hope I did myself justice on the budget question.",
    "You mentioned the old system gave a garbled answer whenever the feed dropped.",
    "I'd talked too much at my first ever interview years ago, so I've worked on it since.",
    "My notice period is two weeks and I can start on the 14th.",
    "As discussed at interview, my notice ends on the 28th and I can start on the 1st.",
    "She was unaware of the change too, so no harm done.",
    "The interviewer was unaware of the roadworks, so thank you for waiting for me.",
    "I'd be glad to summarise the audit for your benefit in a one-page note.",
    "I was expecting to hear sooner, but I completely understand these things take time.",
    "I'll tell them exactly why I loved the visit.",
    "If I get the job I'll be telling everyone.",
    "I'll do the rota for the unpaid volunteers on Saturday.",
    "I would also work with the unpaid carers group you mentioned.",
    "Our kids' club ran a free trial week last summer and I organised it.",
    "I was expecting to hear about the rota from Sam, so thank you for calling.",
    "We cut the style guide to 38 pages and the desk stopped arguing about commas (mostly).",
    "I'd be grateful for any update when you have a moment.",
    "If you get a chance, could you send over the rota for the Leeds depot?",
    "Your team clearly cares more than anyone in the industry about patients.",
])
def test_look_alikes_of_the_thirty_third_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    # the writer ranked above the employer's own people, with no quantifier
    ("I have run the night shift for six years, which is likely more than your nurses.",
     "LL402"),
    # shamed by someone who did reply
    ("In the meantime I took a post with a firm that actually got back to me.", "LL402"),
    ("I've since signed with a studio that actually answered.", "LL402"),
    # an explanation demanded
    ("I look forward to a proper explanation.", "LL403"),
    ("I await your explanation for the delay.", "LL403"),
    # the interview worried over
    ("I do hope I didn't mess things up with the budget question.", "LL405"),
    ("I hope I haven't blown my chances with that answer.", "LL405"),
    # a complaint put as a wish
    ("I'd appreciate it if the next stage were a little better organised.", "LL401"),
    ("I trust the final round will be rather more punctual.", "LL401"),
    # the employer's work to be fixed by the writer
    ("I'm sure I could drag your booking system into the 21st century.", "LL401"),
    ("I could bring your procedures up to a professional standard within weeks.", "LL401"),
    # advice taken against the employer
    ("I am seeking advice on whether the panel followed your own guidance.", "LL402"),
    ("I have taken legal advice.", "LL402"),
    # a record kept against the employer
    ("I am keeping a dated record of every call.", "LL402"),
    # the reader made a best friend
    ("After an hour it felt like we were besties already.", "LL406"),
    # the place to be brought up to speed, their people out of their depth
    ("Give me a month and I could bring the place up to speed.", "LL401"),
    ("Your two juniors looked completely out of their depth on the pass.", "LL401"),
    ("I've got more experience than your current team combined.", "LL402"),
    ("I demand an explanation for this.", "LL403"),
    ("I've taken advice from ACAS.", "LL402"),
    ("I'm keeping copies of everything.", "LL402"),
    # a fault the reader's people should have caught; a reply waited for in irony
    ("Frankly that is something your own developers should have spotted.", "LL402"),
    ("Thanks in advance for your answer, whenever that might arrive.", "LL402"),
    ("I have never missed a handover, which is more than most people can say.", "LL402"),
    # pleading and apologising
    ("Honestly, I don't mind what I do, I'd sweep the yard.", "LL404"),
    ("Apologies if this note runs on a bit.", "LL405"),
    ("I feel so awful about getting the date wrong.", "LL405"),
    # the wait counted "now"
    ("Any update on the job? Been nearly three weeks now.", "LL402"),
    # the interview lived down
    ("My answer on budgets came out far worse than I intended.", "LL405"),
    ("I promise I'm usually better at remembering names.", "LL405"),
])
def test_the_thirty_fourth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "I accepted a role with a company that replied within a day.",
    "You were the one company that actually replied, and I'm grateful.",
    "I look forward to an explanation of the change to the shift pattern when we meet.",
    "I don't expect an explanation.",
    "I think I didn't mess it up this time, thanks to your warm welcome.",
    "I'm seeking advice on whether to accept the other offer.",
    "I sought advice on whether my overseas qualification is recognised here.",
    "Part of my job was to bring the team up to speed after each release.",
    "I ran the switch to Opera for three years, so I could help bring everyone up to speed.",
    "I've trained juniors who were completely out of their depth.",
    "My own filing was a mess, so I brought it up to date over the summer.",
    "Your team has more experience than I do, and I'd learn a lot from them.",
    "It meant more than your team might realise.",
    "I'd appreciate it if the next stage could be on a Thursday.",
    "I hope the next few weeks are better organised for you after the merger.",
    "I kept notes of our conversation to help me prepare.",
    "At my last job I found a fault, something the team should have caught earlier.",
    "Whatever your decision, whenever it may come, thank you for your time.",
    "I don't mind what I do for lunch; the canteen sounded great.",
    "I feel absolutely awful for you and the team after the flood.",
    "I've been a chef for ten years now, most of them on the grill.",
    "It's been two weeks now since I started my new course, and I'm enjoying it.",
    "The bread came out worse than I intended the first time, so I adjusted the hydration.",
    # the subject-line cue's words in the body tell the writer's story
    "Onboarding new starters was a big part of my last job.",
    # referees forewarned: a courtesy the judge can read as a demand
    "Both know to expect a call.",
    "I've let Mark know to expect a call from you too.",
    # a slip owned and mended: the feeling is at the writer
    "I was annoyed with myself for missing the duplicate rows, so I checked the join again.",
])
def test_look_alikes_of_the_thirty_fourth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    # an old employer or the reader run down in a stock insult or grudge
    ("My old firm is run by people who wouldn't know a gearbox if it hit them.", "LL401"),
    ("The truth is my last manager had it in for me from day one.", "LL401"),
    ("I have my tickets and I don't have time to be messed about.", "LL401"),
    # the interviewer's attention charged
    ("I did enjoy it (once your colleague had finished checking his phone).", "LL402"),
    ("Your colleague spent half the role-play looking at her laptop.", "LL402"),
    ("Two of the panel were also on their laptops.", "LL401"),
    # the writer's price or triumph announced
    ("I grew the account from 4k to 31k followers, so I don't come cheap.", "LL403"),
    ("Eleven years on the Felixstowe run, so you know I'll smash it.", "LL403"),
    ("I have twelve years in landscaping, and there are plenty of firms who'd be glad "
     "of that.", "LL403"),
    # praise that marvels it was deserved
    ("For a school that has had a hard couple of years, the children were surprisingly "
     "well behaved.", "LL402"),
    ("For a monolith patched by that many hands, it's held together surprisingly well.",
     "LL402"),
    # a lecture to the panel
    ("On the substance, I would remind the panel that my book is under contract.", "LL402"),
    # the job's paperwork asked for as if it were won
    ("Honestly loved it, just text me the rota x", "LL403"),
    # the writer's own answers run down, with nothing added
    ("I don't think I answered it very well.", "LL405"),
    ("I'm sorry I didn't explain that better on the day.", "LL405"),
    ("I know I went completely blank when you asked about the catch-up groups.", "LL405"),
    # the diary held clear for the reader
    ("I turned down two contracts to keep my diary free for you.", "LL402"),
    ("I'm sure I'll be the right person, so I'll keep the spring clear!", "LL402"),
])
def test_the_thirty_fifth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "She showed me the new rota app on her phone.",
    "I checked my phone after the interview and saw your kind message.",
    "I'm confident I'd nail it if given the chance.",
    "Good engineers don't come cheap, so I understand the careful process.",
    "I was surprisingly calm once we got going.",
    "You said you'd rather have a straight answer, so here it is: I'd love the job.",
    "I'd like to remind myself of the rota before Monday.",
    "Could you send me the rota for the trial shift?",
    "I wanted to say more about the phonics question, as I don't think I explained it well.",
    "I'm sorry I didn't get to meet Sam on the day.",
    "I don't think I answered every question perfectly, but I enjoyed it.",
    "I can keep my Mondays free for the induction course if needed.",
    "I should probably explain more about why I left, as I don't think I got it across.",
])
def test_look_alikes_of_the_thirty_fifth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("Your colleague was scrolling on his phone the whole time.", "LL401"),
    ("I noticed one of the panel on his phone throughout.", "LL401"),
    ("He spent most of the interview on his mobile.", "LL401"),
    ("They wouldn't recognise talent if it walked up and shook their hand.", "LL401"),
    ("The manager really had it in for anyone who spoke up.", "LL401"),
    ("I'd remind the panel that my book is under contract.", "LL402"),
    ("May I remind the panel that I have twenty years in the trade.", "LL402"),
    ("I've kept my Fridays free for you.", "LL402"),
    ("I'm keeping next week free for you.", "LL402"),
    ("Text us the rota x", "LL403"),
    ("Just text me the rota once it's out x", "LL403"),
    ("I'm sorry I wasn't able to explain that better on the day.", "LL405"),
    ("My mind went blank on the last question.", "LL405"),
])
def test_the_review_of_the_thirty_fifth_sessions_cues_found_these(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "She looked at her laptop to check my references and then showed me the team structure.",
    "Amir kindly looked at his laptop to confirm the parking arrangements for me.",
    "Your colleague spent the session taking notes on her laptop, which I appreciated.",
    "She spent ages showing me photos of the new site on her phone.",
    "Dave was on his phone to a customer when I arrived, so I had a look round the yard.",
    "Customers hate being messed about, which is why I always ring ahead if a job runs late.",
    "There are plenty of people who would love this job, so I'm grateful to be considered.",
    "There are lots of schools that would love to have your reading scheme.",
    "I'll nail it down with HR and come back to you with a date.",
    "I'm not sure I'd nail it straight away, but I learn fast.",
    "I'd smash it, if given the chance.",
    "My presentation held together surprisingly well despite the projector failing.",
    "I was surprisingly well behaved in the tasting, given how good the food was!",
    "I would just remind you that I'm away from the 3rd to the 10th, as mentioned.",
    "Thank you for giving me a straight answer on the hours.",
    "Can you message me the rota so I can check it against my bus times?",
    "Let me explain the rota point again, as I don't think I answered it well: we used a "
    "four-on four-off pattern.",
    "I'm sorry I didn't answer your call earlier, I was on a shift.",
    "I'm sorry I couldn't present my portfolio in person, so I've attached it.",
    "I went blank for a moment, but I was so grateful for your patience.",
    "I always keep my Mondays free for volunteering at the food bank.",
    "I'll keep my diary clear for our call on Thursday.",
    "I'm keeping the weekend free to prepare for the presentation.",
])
def test_look_alikes_the_review_of_the_thirty_fifth_sessions_cues_found_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    # read on sets 96 and 97
    ("I sold 41 houses last year so idk what the hold up is.", "LL402"),
    ("I hold my Level 3, so I'm not exactly short of options.", "LL403"),
    ("Let me know either way, if it's not too much trouble.", "LL402"),
    ("Looking forward to sorting out your dashboards.", "LL401"),
    ("I've carried that team for three years.", "LL401"),
    ("I did 180 covers a night before that useless lot got shut down.", "LL401"),
    ("I look forward to your prompt response.", "LL403"),
    ("I hope this hasn't ruined my chances.", "LL405"),
    ("Do let me know if you'd like any more free ideas.", "LL402"),
    ("It's surprisingly usable given how cluttered the settings screens are.", "LL402"),
])
def test_the_thirty_fifth_sessions_second_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "We were never short of work in the summer.",
    "Thank you for your prompt reply to my question about parking.",
    "I sorted out your booking for Friday as you asked.",
    "I'd love to carry the team's good work forward.",
    "I carried the team's kit to the van every morning.",
    # the writer's own material reworked on the reader's feedback
    "I've already started rewriting the tea case study to show the three rejected routes.",
    # one apology for a slip in an earlier email
    "Sorry for the slip!",
])
def test_look_alikes_of_the_thirty_fifth_sessions_second_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


def test_a_forgotten_name_given_in_the_next_sentence_is_a_slip_put_right(
    linter: Linter
) -> None:
    body = ("I blanked on the name of the tool we used for drift detection when you asked "
            "about state going out of sync. It's driftctl; we ran it nightly in CI.")
    assert "LL405" not in {f.code for f in _tone_findings(linter, body)}
    sulking = body.replace("It's driftctl; we ran it nightly in CI.",
                           "It's been bothering me all week.")
    assert "LL405" in {f.code for f in _tone_findings(linter, sulking)}


def test_a_bracketed_note_beside_the_name_is_read_as_a_tagline(linter: Linter) -> None:
    """A lower-case note in brackets after the name is the writer's words, as a tagline
    after a dash is; a capitalised title in brackets is not."""
    text = ("Hi Priya,\n\nJust checking in on the events role.\n\n"
            "Best,\nChloe Marsh (still waiting by the phone!)\n")
    found = linter.lint(text, select=["tone"]).findings
    assert [(f.code, f.span.of(text)) for f in found if f.span] == [
        ("LL402", "still waiting by the phone!")
    ]
    for title in ("Events Lead", "she/her", "mobile", "sorry for the late reply"):
        plain = text.replace("still waiting by the phone!", title)
        assert linter.lint(plain, select=["tone"]).findings == ()


def test_a_withdrawal_may_regret_not_seeing_it_through(linter: Linter) -> None:
    """One regret for the news, in a letter that withdraws, is manners; the "again" of
    "our paths cross again" does not make it an apology repeated."""
    text = ("Dear Mr Devlin,\n\nThank you again for the interview for the pharmacist post."
            "\n\nI've accepted a position closer to home, so I'd like to withdraw my "
            "application.\n\nI'm sorry not to be able to see it through, and I hope our "
            "paths cross again.\n\nWith best wishes,\nFarah\n")
    assert "LL405" not in linter.lint(text, select=["tone"]).codes()
    repeated = text.replace("I'm sorry not to be able to see it through",
                            "I'm so sorry again, truly sorry to let you down")
    assert "LL405" in linter.lint(repeated, select=["tone"]).codes()
    opening = text.replace("I'm sorry not to be able to see it through, and",
                           "Once again, please accept my apologies for withdrawing, and")
    assert "LL405" in linter.lint(opening, select=["tone"]).codes()


def test_an_offer_accepted_in_plain_words_settles_the_job(linter: Linter) -> None:
    """ "yes I would like to accept the job" accepts the offer: asking for the contract
    and the start time is then the next step, not presuming."""
    text = ("Hi Rob thanks for the call this morning yes I would like to accept the job as "
            "mechanic Starting monday the 2nd Can you send the contract to this email and let "
            "me know what time to come in\nCheers Lewis\n")
    assert "LL403" not in linter.lint(text, select=["tone"]).codes()
    hoping = text.replace("yes I would like to accept the job as mechanic",
                          "I would like the job as mechanic")
    assert "LL403" in linter.lint(hoping, select=["tone"]).codes()
    conditional = ("Hi Rob,\n\nIf you offer it, I'd love to accept the role. "
                   "Just text me the rota x\n")
    assert "LL403" in linter.lint(conditional, select=["tone"]).codes()


def test_another_offers_deadline_told_in_a_clause_is_not_pushy(linter: Linter) -> None:
    """The judge reads the clause "I need to give them an answer by 5pm tomorrow" on its
    own; the offer it answers is named earlier in the sentence, so it is a fact."""
    findings = _tone_findings(
        linter, "I've had an offer from another contractor, and I need to give them an "
        "answer by 5pm tomorrow.")
    assert "LL403" not in {f.code for f in findings}


def test_a_start_date_in_the_subject_line_presumes_until_an_offer_is_accepted(
    linter: Linter,
) -> None:
    letter = "Subject: {subject}\n\nDear Ms Caldwell,\n\n{body}\n\nRegards,\nTom Hale\n"
    presuming = letter.format(
        subject="Start date and kit list",
        body="Thank you for the interview on Monday; the tour of the depot was a highlight.")
    accepting = letter.format(
        subject="Start date",
        body="Thank you for your call offering me the post. I am delighted to accept.")
    asking = letter.format(
        subject="Start date query",
        body="Thank you for the interview. When would the successful candidate start?")
    found = linter.lint(presuming, select=["tone"]).findings
    spans = [(f.code, f.span.of(presuming)) for f in found if f.span]
    assert ("LL403", "Start date") in spans
    for text in (accepting, asking):
        assert "LL403" not in {f.code for f in linter.lint(text, select=["tone"]).findings}


def test_a_chase_counted_in_the_subject_line_fires(linter: Linter) -> None:
    text = ("Subject: Second request: Head of Marketing application\n\nDear Ms Caldwell,\n\n"
            "I am writing about my application of 2 May.\n\nRegards,\nTom Hale\n")
    assert "LL402" in {f.code for f in linter.lint(text, select=["tone"]).findings}


@pytest.mark.parametrize("sentence", [
    "No offence was taken at all, and thank you for explaining the delay.",
    "I'd be glad to show the new starters how it's done on the till.",
    "I spent the summer cleaning up the archive's catalogue records.",
    "I hope you had a good weekend, and thank you again for the tour.",
    "See you Monday for the trial shift, and thanks again.",
    "Thank you once more for the chance to see the workshop.",
    "Sorry it took so long to get back to you about the references.",
    "The patient is still alive thanks to the team on the ward.",
    "This is my second time applying to the practice, and I loved the interview.",
    "My sincere apologies for any disruption this withdrawal may cause.",
    "I beg to assure you of my continued interest in the position.",
    "I am available to start forthwith, and thank you again for your time.",
    "Thank you for the tips for next time; I have already started on them.",
])
def test_look_alikes_of_the_thirty_first_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


def test_nothing_presses_for_a_decision_once_the_offer_is_accepted(linter: Linter) -> None:
    accepted = ("Hi Marco,\n\nThank you for the call this afternoon. I'm delighted to accept "
                "the sous chef position at Ember & Oak!\n\nI'll drop by on Monday to pick up "
                "my whites.\n\nCheers,\nAoife\n")
    waiting = accepted.replace("I'm delighted to accept the sous chef position at Ember & "
                               "Oak!", "I'm still keen on the sous chef position.")
    assert "LL403" not in {f.code for f in linter.lint(accepted, select=["tone"]).findings}
    assert "LL403" in {f.code for f in linter.lint(waiting, select=["tone"]).findings}


@pytest.mark.parametrize(("sentence", "code"), [
    # praise held to the reader's size or means
    ("It's remarkable how much the crew gets done with so few tools.", "LL402"),
    ("The wine list is nice for a village pub.", "LL402"),
    ("I liked that the menu isn't trying too hard.", "LL402"),
    ("Small firms like yours don't always have time to train people properly.", "LL402"),
    ("The showroom looks better than it is in person.", "LL402"),
    ("With a little more investment in the fit-out, the shop could be a real destination.",
     "LL402"),
    # the reader's work marked down as needing the writer
    ("Your booking system could do with some work, which is where I come in.", "LL402"),
    ("I'd get the stockroom up to a proper standard within a month.", "LL402"),
    ("I'll happily drag the team into the twenty-first century.", "LL402"),
    # the formal register that cuts
    ("I was struck by the interviewer's evident lack of preparation.", "LL402"),
    ("The induction materials fall well short of what one would expect.", "LL402"),
    ("I raise this merely so that it can be corrected.", "LL402"),
    # the first mail doubted to be read, a colleague copied in to see this one read
    ("I'm not sure my first email was even read, so here it is again.", "LL402"),
    ("I've copied in your director in case this one gets lost too.", "LL402"),
    # the interview gone over in the night; the decision disbelieved; colleagues run down
    ("I've been going over my answers all night.", "LL405"),
    ("I find it hard to accept that the post went to an internal candidate.", "LL401"),
    ("In case my old manager says anything negative about me, please ring my current one "
     "too.", "LL401"),
    ("My managers never listen to the floor staff.", "LL401"),
    # a verdict in a relative clause is on the noun it hangs on
    ("I worked at my last shop, which was a total shambles.", "LL401"),
    # work offered for nothing, the offer some words from the verb
    ("I could also do the first fortnight as a trial period, unpaid if that helps.", "LL404"),
])
def test_the_thirty_sixth_sessions_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "We did a lot with so little budget at my last school.",
    "I can manage with little supervision.",
    "I'd love to work for a small local firm like yours.",
    "I've been thinking about our conversation ever since.",
    "I went over my answers with a friend and I'm happy with them.",
    "I'd be glad to help bring new starters up to speed.",
    "The cottage needs some work, but I'm handy with a drill.",
    "I know how busy small teams can be.",
    "Ever since I saw the job advert I have wanted this role.",
    "I cc'd my referee on the references email as you asked.",
    # a graceful reply to a rejection
    "Although I'm naturally disappointed, I accept your decision.",
    "Although I am disappointed, I respect your decision.",
    "I worked at my last shop, which was a lovely place to learn.",
])
def test_look_alikes_of_the_thirty_sixth_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


def test_the_signature_aside_on_the_wait_is_read(linter: Linter) -> None:
    text = ("Hi Priya,\n\nJust checking in on the events role.\n\n"
            "Best,\nMo Ahmed (still keen, apparently)\n")
    found = linter.lint(text, select=["tone"]).findings
    assert [(f.code, f.span.of(text)) for f in found if f.span] == [
        ("LL402", "still keen, apparently")
    ]
    plain = text.replace("still keen, apparently", "she/her")
    assert linter.lint(plain, select=["tone"]).findings == ()


@pytest.mark.parametrize(("sentence", "code"), [
    # sets 100 and 101, read after their blind score
    ("For a small charity they cope surprisingly well.", "LL402"),
    ("Your volunteers are lovely; with a bit of training they could go far.", "LL402"),
    ("I know that's no excuse for my answer on the budget.", "LL405"),
    ("I hope my nerves didn't give you the wrong impression of me.", "LL405"),
    ("I know I don't have much experience yet, but I learn fast.", "LL405"),
    ("I ran the whole region, which is more than most of the candidates you're seeing.",
     "LL402"),
    ("I expect my old supervisor has tried to put you off.", "LL401"),
    ("The train down was a total nightmare.", "LL401"),
    ("If you can't do £40k, could you do £38k with a car allowance?", "LL403"),
    ("I'd be happy to talk again, should your team find itself able to reply.", "LL402"),
    ("I found the presentation of limited interest.", "LL402"),
    ("Frankly I didn't expect to be grilled by somebody half my age.", "LL401"),
])
def test_the_thirty_sixth_sessions_second_kinds_of_tone_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    "Moving my whole team to the new depot was a nightmare but we did it over one weekend.",
    "I led the disaster recovery plan for the trust's servers.",
    "With a little support from the team, I'm sure I could pick up Revit quickly.",
    "With some help, the team could do even more next year, and I'd love to be part of it.",
    "I coach kids half my age at the boxing club on Saturdays.",
    "I'm sure there are more experienced candidates, and I'd still love the chance.",
])
def test_look_alikes_of_the_thirty_sixth_sessions_second_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize("sentence", [
    # the review of the thirty-sixth session's cues: kind sentences that share their words
    "I find it hard to believe how quickly the day went.",
    "Honestly, I find it hard to believe my luck.",
    "I've brought my French up to a professional level this year.",
    "I'd love to help bring the archive up to a modern standard, as the advert describes.",
    "Your patients clearly need a lot of attention, and I'd love to give it.",
    "As you said, your website needs some updating, which is exactly the project I'd love.",
    "I've gone over the question since and have a better answer for you.",
    "Having gone over the interview in my head since, I'm even more excited about the role.",
    "I've copied in Mark in case he has anything to add about the rota.",
    "It's amazing how your charity achieves so much with so little funding.",
    "My team managed with so little budget.",
    "It was nice for a small team to get that award.",
    "I'm not trying too hard to impress, I just want to be honest.",
    "With some more effort on my CV it could really stand out.",
    "Despite my obvious lack of experience in retail, you gave me a fair hearing.",
    "I mention it so that it can be fixed before my start date.",
    "My answer on the budget fell short of what I would expect of myself.",
    "My manager never backs down from a challenge.",
    "If they say anything negative in a review, I always reply within a day.",
    "The lido is still free, apparently.",
    "I'd work alongside the carers who are unpaid.",
    "Small businesses rarely get the credit they deserve.",
    "I know small teams can't always offer flexible hours, and that's fine.",
    "A clinic can be a scary place for children, so your play room stood out.",
    "I currently work at a hotel, which is struggling since the pandemic.",
])
def test_look_alikes_the_review_of_the_thirty_sixth_sessions_cues_found_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("I was up all night going over the interview.", "LL405"),
    ("My last manager never listened to anyone.", "LL401"),
    ("It's hard to believe the successful candidate had more experience than me.", "LL401"),
    ("Your team manages remarkably well with so little equipment.", "LL402"),
    ("It's impressive what you manage on such a small budget.", "LL402"),
    ("After I noticed the advert had gone back up, I thought I should check in.", "LL402"),
    ("I'm disappointed by the decision and I can't accept that choice.", "LL401"),
])
def test_the_review_of_the_thirty_sixth_sessions_cues_found_these(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    # the review of the thirty-sixth session's second cues: kind sentences that share
    # their words
    "Should you find yourself able to share any feedback, I would be very grateful.",
    "Sorry to hear your week was a nightmare.",
    "The drive in was a bit of a nightmare in the snow, but your team were so welcoming.",
    "Our old stock system was a nightmare, so I rebuilt it in Excel.",
    "It's hard to accept the decision, but I understand and wish the successful candidate "
    "every success.",
    "With a little more support, the pupils could really flourish.",
    "For a local candidate like me it would work really well.",
    "I find they cope surprisingly well with a structured routine.",
    "My job title at Acme may give you the wrong impression; in practice I managed six.",
    "There's no excuse for it in a professional kitchen, which is why I train my team.",
    "Given my chartership and eight years' experience, could you stretch to £62k?",
    "The train was £42, or perhaps £38 with a railcard, and I've attached the receipt.",
    "I found the discussion of modest interest-rate rises on affordability really useful.",
    "I wasn't trying to put you off with my question about the rota.",
    "I loved working alongside people half my age at the bootcamp; they kept me sharp.",
    "I was up all night thinking about the role, in a good way!",
    "My interview technique clearly needs some work, so I'd welcome any feedback.",
    "At my last job I helped get the practice up to a higher standard of compliance.",
    "The flat I'm moving to is still available, apparently.",
    "The studio space would be great for a small workshop, as we discussed.",
    "I know small charities don't always have the budget for training, so I've completed "
    "my safeguarding course.",
    "My manager never bothers to check in at weekends, which I really appreciate.",
])
def test_look_alikes_the_review_of_the_thirty_sixth_sessions_second_cues_found_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("I find it hard to believe.", "LL401"),
    ("With a bit of guidance your juniors could go a long way.", "LL402"),
    ("I know that's no excuse.", "LL405"),
    ("I mention it only so that it can be addressed.", "LL402"),
    ("My managers never listen.", "LL401"),
    ("If my old manager says anything negative about my notice period, I'll explain.",
     "LL401"),
])
def test_the_review_of_the_thirty_sixth_sessions_second_cues_found_these(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize(("sentence", "code"), [
    # the thirty-seventh session's cues, from the misses of sets 102 and 103
    ("It was not my fault that the project was delayed by eighteen months.", "LL401"),
    ("None of that was my fault, whatever he may say.", "LL401"),
    ("So honestly its your loss if you cant see that.", "LL401"),
    ("I've done three years cabin crew so this will be easy peasy.", "LL402"),
    ("Research isn't asking users what they want (a common mistake for product-led "
     "teams).", "LL402"),
    ("There are a few things you'll want to fix.", "LL402"),
    ("Regards, Karen Ashdown (available, but not for long)", "LL402"),
    ("No pressure, I know decisions take some teams longer than others.", "LL402"),
    ("Thanks for fitting me in, especially given the twenty minutes I spent in reception "
     "while you finished your call.", "LL402"),
    ("I also worry that I came across as less experienced than I actually am.", "LL405"),
    ("I don't want you to think that's how I normally teach.", "LL405"),
    ("I wanted to explain my answer, because I don't think it came out right.", "LL405"),
    ("Desperately hoping to hear from you,", "LL404"),
])
def test_the_thirty_seventh_sessions_cues_fire(linter: Linter, sentence: str, code: str) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    # their look-alikes: the same words said kindly or about something else
    "That was my fault, and I fixed it the next day.",
    "I was so sorry to hear about your loss.",
    "Please accept my condolences on your loss.",
    "It would be a breeze to commute from Leeds.",
    "I made a rookie mistake in the exercise, which I've since corrected.",
    "The meeting room is free, but not for long, so I booked it.",
    "I read your annual report while you were on a call, which helped me prepare.",
    "Given the twenty minutes we spent on the rota question, here is the spreadsheet.",
    "I don't want to take up more of your time, so I'll keep this short.",
    "We were desperately short-staffed at my last job, so I ran the rota.",
    "I heard you've been off unwell since our interview, and I'm sorry — I hope you're "
    "feeling much better.",
])
def test_look_alikes_of_the_thirty_seventh_sessions_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    # the thirty-seventh session's second cues, from the misses of sets 104 and 105
    ("Subject: Gentle reminder (third one)", "LL402"),
    ("Hope to hear from you this century.", "LL402"),
    ("I led the scheme, which came in under budget despite them, not because of them.",
     "LL402"),
    ("whatever, good luck with it", "LL401"),
    ("I did every bathroom on the estate, so I don't expect there'll be much to think "
     "about.", "LL403"),
    ("I'll need the Saturdays off as we discussed.", "LL403"),
    ("I assume the relocation bonus still applies.", "LL403"),
    ("I'm sure I'll have the counter looking much better within a month.", "LL402"),
    ("P.S. I still haven't had my travel expenses back either.", "LL402"),
    ("Please don't let this morning put you off.", "LL405"),
    ("Hope the week's treating you kindly, you absolute star.", "LL406"),
    ("Thanks for the interview, you actually turned up on time this time.", "LL402"),
])
def test_the_thirty_seventh_sessions_second_cues_fire(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    # their look-alikes
    "This is the biggest rail project this decade.",
    "Whatever the outcome, thank you for a fair process.",
    "I'll need a few days off in June for my graduation, which I mentioned at interview.",
    "Could you let me know whether I should claim my travel expenses by post?",
    "It actually turned into the most useful part of the morning.",
    "I'm still keen on the job, and I should also let you know, just so you have the full "
    "picture, that another firm has offered me a place and asked for an answer by next "
    "Wednesday.",
])
def test_look_alikes_of_the_thirty_seventh_sessions_second_cues_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize("sentence", [
    # the review of the thirty-seventh session's first cues: kind sentences sharing
    # their words
    "Your loss must have made last week very hard, and I appreciate you still meeting me.",
    "Despite your loss last month, you gave me such a warm welcome.",
    "My manager reassured me it wasn't my fault when the server went down.",
    "It's not my fault I love spreadsheets this much!",
    "With your new booking system, scheduling will be a breeze for the whole team.",
    "The commute will be a breeze, since I live ten minutes away.",
    "I won't pretend it'll be a walk in the park, but I'm ready for the challenge.",
    "I mentioned that skipping user research is a common mistake for teams I've worked "
    "in, including my own.",
    "You said over-hiring is a common mistake for startups, which matched my experience.",
    "It's a common mistake in kitchens to prep too early, which is why I liked your "
    "night-before system.",
    "Thanks for the onboarding pack; it lists the things you'll need to sort before day "
    "one, so I've started.",
    "I'm in London on Thursday and I'm free, but not for long, so a quick coffee might be "
    "easiest.",
    "My old manager is still around, but not for long, so ask soon.",
    "I enjoyed chatting with Priya in reception while you finished your meeting.",
    "I was worried I might have come across as nervous at first, so thank you for being "
    "so patient.",
    "My friend was worried I came across as too formal, so I loosened up on the second "
    "day.",
    "I don't want you to think you need to reply quickly — there's no rush at all.",
    "I don't think it came out right, but your follow-up question helped me get there.",
    "I heard you've been off unwell, and I'm sorry; I hope you feel better soon.",
    "I heard about your operation, and I'm sorry — I hope the recovery is going well.",
])
def test_look_alikes_the_review_of_the_thirty_seventh_sessions_cues_found_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("Well, its your companys loss.", "LL401"),
    ("You're the ones missing out.", "LL401"),
    ("None of the delays were my fault.", "LL401"),
    ("I wasn't to blame for the overspend.", "LL401"),
    ("After ten years in retail, this job will be a cinch.", "LL402"),
    ("I could do this job in my sleep.", "LL402"),
    ("Your website has a few bugs you'll want to fix.", "LL402"),
    ("I'm available, though not for long.", "LL402"),
    ("I did wait 25 minutes in the lobby while you finished your call, but thanks anyway.",
     "LL402"),
    ("I keep worrying that I came across as unprepared.", "LL405"),
    ("I'm concerned I may have seemed underprepared.", "LL405"),
    ("I didn't want you to think I was ungrateful.", "LL405"),
    ("My answer didn't come out right, so I'd like to explain it again.", "LL405"),
    ("Hoping desperately to hear from you,", "LL404"),
])
def test_the_review_of_the_thirty_seventh_sessions_cues_found_these(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)


@pytest.mark.parametrize("sentence", [
    # the review of the thirty-seventh session's second cues: kind sentences sharing
    # their words
    "I've attached the signed form (second attempt) because the first upload failed on my "
    "side.",
    "It was great to hear your plans for the next decade.",
    "Congratulations on the award - the best news this decade for Leeds hospitality!",
    "Whatever, whenever, wherever you need me, I'm happy to help.",
    "We shipped on time despite the storms, not because of luck.",
    "I'll need the morning off from my current job for the second interview, which is no "
    "problem.",
    "I assume my salary expectations are in line with the band you mentioned; if not, I'm "
    "flexible.",
    "Your feedback on my portfolio was so useful; I'll have the case studies looking much "
    "better by Friday.",
    "I haven't received the expenses form you mentioned - could you send it again?",
    "Please don't worry about it: I haven't had my travel expenses yet, but I know finance "
    "is swamped.",
    "Good luck with the half marathon on Sunday - don't let the forecast put you off!",
    "If you star the shifts you'd like me to cover on the rota, I'll confirm them tonight.",
    "I already have settled status, so I don't expect there'll be much to think about on "
    "the visa side.",
    "The outage wasn't our fault, and I learned a lot about communicating with clients "
    "during it.",
    "You explained the till so clearly that it'll be a cinch.",
    "I've just moved to Headingley, so the drive will be a breeze.",
    "I was happy to wait in reception whilst you took your call; it gave me time to look "
    "at the award wall.",
    "I wouldn't want you to think I'd lost interest; I've been on holiday with no signal.",
    "Sorry about your op, hope the recovery is going well.",
    "I came across as nervous at first, but you put me at ease straight away.",
])
def test_look_alikes_the_review_of_the_thirty_seventh_sessions_second_cues_found_pass(
    linter: Linter, sentence: str
) -> None:
    assert _tone_findings(linter, sentence) == []


@pytest.mark.parametrize(("sentence", "code"), [
    ("ok whatever good luck with it", "LL401"),
    ("I'm going to need Fridays off.", "LL403"),
    ("I take it the £2k bonus still applies.", "LL403"),
    ("I'm not to blame for the delay.", "LL401"),
    ("That'll be your loss.", "LL401"),
    ("I am terribly sorry, I hope you're doing well.", "LL405"),
    ("I should let you know that another firm has offered me a role, and I'll take it on "
     "Friday unless I hear from you first.", "LL403"),
    ("My travel expenses still haven't arrived.", "LL402"),
    ("My answer about budgets didn't come out right.", "LL405"),
])
def test_the_review_of_the_thirty_seventh_sessions_second_cues_found_these(
    linter: Linter, sentence: str, code: str
) -> None:
    assert code in tone(linter, sentence)
