"""Kind detection (`--kind auto`): thank-you note or follow-up, on real parses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letterlint import Linter, Source
from letterlint.cli import main
from tests.conftest import CORPUS, examples


def detected(linter: Linter, letter: str | Source) -> str:
    kind = linter.lint(letter, select=["length"]).metadata["kind_detected"]
    assert isinstance(kind, str)
    return kind


def test_accuracy_on_the_labelled_corpus(linter: Linter) -> None:
    paths = sorted(CORPUS.glob("*.txt"))
    gold = [json.loads(path.with_suffix(".json").read_text("utf-8"))["kind"] for path in paths]
    assert len(paths) >= 90 and {"thank-you", "follow-up"} == set(gold)
    reports = linter.lint_many(paths, select=["length"])
    wrong = [
        f"{path.name}: {label} detected as {report.kind}"
        for path, label, report in zip(paths, gold, reports, strict=True)
        if report.kind != label
    ]
    accuracy = 1 - len(wrong) / len(paths)
    assert accuracy >= 0.95, wrong


@pytest.mark.parametrize(
    "text",
    [
        # the interview just happened, even when the writer says "following up"
        "Hi Dennis,\n\nFollowing up on today's interview for the warehouse supervisor job. "
        "I ran second shift for three years with a crew of 22.\n\nVictor\n",
        # a late thank-you still opens by thanking for the visit
        "Dear Professor Lindqvist,\n\nThank you very much for hosting me in Uppsala last "
        "week. I am very enthusiastic about the position.\n\nThomas\n",
        # thanks with no object, then warmth about the meeting
        "Dear Jenny,\n\nThank you so much! I really felt at home with the team.\n\nAbi\n",
        "Hi Naomi,\n\nThat was such a fun interview! The way the team handled the outage "
        "says a lot about the culture.\n\nRaj\n",
        # a negative thank-you that says "still interested" is still a thank-you
        "Dear Ms. Whitaker,\n\nThank you for the interview on Monday. I'm still interested in "
        "the role. Please let me know the outcome.\n\nDenise\n",
        # "letting me know about" the next steps is a thank-you's news, not a decision
        "Hi Jo,\n\nThanks for meeting me today, and for letting me know about the next "
        "steps. I'd love to join the team.\n\nKit\n",
        # a call to arrange the interview is no decision
        "Hi Jo,\n\nThanks for calling me to set up today's interview. I'd love to join the "
        "team.\n\nKit\n",
        # feedback given in the interview, what was never considered, a tour offered: no decision
        "Dear Ms. Park,\n\nThank you for meeting me today. Your feedback on my portfolio could "
        "help me do better, and I enjoyed hearing about the Leeds launch.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for meeting me today. I had never considered how much "
        "planning goes into a festival until you walked me through it.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for meeting me today, and for offering me a tour of the "
        "plant after the interview.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for offering me an interview for the analyst role, and "
        "for your time this morning.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for meeting me today. I've told both my referees to "
        "expect your call, and they are expecting it this week.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for meeting me today. As you asked, here are the "
        "details of my referees.\n\nSam\n",
        "Dear Ms. Park,\n\nThank you for considering me for the nursing post. I'm happy "
        "for you to take up my references now.\n\nSam\n",
        # the formal opening with thanks in it (four writers of the read sets)
        "Dear Mr Harrington,\n\nFurther to my interview on Thursday 16 January, I write to "
        "place on record my sincere thanks for the time you afforded me.\n\nYours sincerely,"
        "\nAnne Kerr\n",
        "Dear Mrs Harding,\n\nI write further to my interview on Tuesday in order to thank "
        "you for the courtesy extended to me by the panel.\n\nYours sincerely,\nG. Pinnock\n",
        # thanks whose object runs long before the interview (set 97)
        "Dear Sir,\n\nI am writing to express my sincere gratitude for the courtesy "
        "extended to me at interview on Tuesday last.\n\nYours faithfully,\nM. Sullivan\n",
    ],
)
def test_thank_you_notes(linter: Linter, text: str) -> None:
    assert detected(linter, text) == "thank-you"


@pytest.mark.parametrize(
    "text",
    [
        # thanks again, a dated interview, a passed deadline; hard-wrapped lines
        "Dear Professor Lindqvist,\n\nThank you again for the interview on 12 March for the\n"
        "postdoctoral position. You mentioned that the committee expected to reach a\n"
        "decision in the first week of April, so I hope you won't mind a brief note\n"
        "now that the date has passed.\n\nÅsa\n",
        # no thanks at all, adds value
        "Dear Mr. Abernathy,\n\nI hope the spring term is off to a good start. I came across "
        "an article about a decodable readers pilot that seemed relevant to your plans.\n\n"
        "Megan\n",
        # an ultimatum is still a follow-up
        "Sarah,\n\nI need to know by tomorrow whether you're moving forward with me. I've "
        "waited long enough.\n\nDerek\n",
        "Hi Chris,\n\nAny joy with the bar job? Let me know either way.\n\nJake\n",
        "Dear Ms. Park,\n\nThank you for meeting with me two weeks ago about the UX researcher "
        "position. I've since completed the usability study I told you about.\n\nSam\n",
        # replies to the employer's decision are written after it, whatever they thank for
        "Dear Mr. Okonkwo,\n\nThank you for letting me know your decision about the manager "
        "role. Even though I was not selected, I enjoyed meeting the team.\n\nCelia\n",
        "Hi Dana,\n\nThanks so much for the interview and for the offer. I'm writing to "
        "decline the offer, as I have accepted another role.\n\nLee\n",
        # a reply to a no, and to an offer, in the words people use for them
        "Hi Sofia,\n\nMany thanks for telling me, and for the chance to interview. Please "
        "keep me in mind for future openings.\n\nDevon\n",
        "Hi Sam,\n\nThanks for the call. Although I'm disappointed, I'm grateful for the time "
        "the team gave me.\n\nRiya\n",
        "Dear Mr. Hale,\n\nThank you very much for offering me the post of technician. After "
        "careful thought I have decided not to take up your offer at this time.\n\nOla\n",
        "Dear Ms. Ortiz,\n\nThank you for meeting me. After some thought I would like to "
        "withdraw my application.\n\nPriya\n",
        "Dear Anjali,\n\nThank you for calling me on Tuesday with the panel's decision. I "
        "enjoyed the interview.\n\nMaya\n",
        "Dear Mr Haldane,\n\nThank you for your email telling me the panel has decided not to "
        "offer me a place. I enjoyed the interview.\n\nInes\n",
        "Thanks for letting me know Sharon. Appreciate the interview even if it wasn't the "
        "news I wanted.\n\nRick\n",
        "Hi Marco,\n\nThanks for letting me know so quickly about the chef position. While "
        "it wasn't the news I'd hoped for, I really enjoyed the trial shift.\n\nNadia\n",
        "Dear Ms. Grant,\n\nThank you for interviewing me for the analyst role on Monday. I "
        "was sorry not to have been selected.\n\nNell\n",
        "Dear Ms. Grant,\n\nThank you for the chance to interview for the analyst role. While I "
        "am disappointed not to have been chosen, I value what I learned.\n\nNell\n",
        "Hi Tom,\n\nThanks so much for letting me know the coordinator role is on hold until "
        "March. I enjoyed meeting the team.\n\nChloe\n",
        "Dear Mrs. Reed,\n\nI am sorry to trouble you again, a week after my interview. I "
        "enjoyed hearing about the nurture room.\n\nAmy\n",
        "Dear Sam,\n\nThank you for the written offer for the analyst post. I am happy to "
        "accept.\n\nJo\n",
        # asking why after a no, and a no answered by a letter full of thank-you cues
        "Thank you for taking the time to reply. Could you pass along any feedback on what I "
        "could have done better?\n\nNik\n",
        "Thank you for taking the time to reply. I understand I am no longer being considered "
        "for the role.\n\nNik\n",
        "Dear Ms. Grant,\n\nThank you for the chance to interview for the analyst role. I "
        "enjoyed meeting you and the team. While I am disappointed not to have been chosen, I "
        "value what I learned.\n\nNell\n",
        # the reply to a no in other words: the job gone to someone else, "unsuccessful",
        # "a different direction", a CV kept on file, the next opening, the references stage
        "Hi Tom,\n\nThanks for your email letting me know the designer role has gone to "
        "another candidate. I really enjoyed meeting you and Ama.\n\nJess\n",
        "Dear Ms Fraser,\n\nThank you for your email. I was unsuccessful, I know, but I "
        "enjoyed the interview.\n\nRebecca\n",
        "Hi Nadia,\n\nThanks for letting me know you've decided to go in a different "
        "direction. I enjoyed meeting the team.\n\nSam\n",
        "Hi Jonathan,\n\nThanks for letting me know about the Junior Developer role, and for "
        "taking the time to call. I really enjoyed the pairing exercise.\n\nPriyanka\n",
        "Dear Ms. Carter,\n\nThank you for your email. I would be grateful if you could keep "
        "my CV on file. I enjoyed meeting you.\n\nMohammed\n",
        "Hi Femi, thanks for letting me know you're moving on to references this week, that's "
        "great news. Thanks, Gemma\n",
        # the reply to an offer, however recent the call that made it
        "Dear Sunita,\n\nThank you for your call this morning and for the written offer for "
        "the Planning Officer post. I'm delighted to accept.\n\nOwen\n",
        "Dear Graham,\n\nThank you very much for offering me the site safety officer position. "
        "After a lot of thought, I've decided to stay where I am.\n\nOliver\n",
        # the same formal opening without thanks, or thanking again, is a follow-up's
        "Dear Ms Reid,\n\nFurther to my interview on 11 March for the position of Claims "
        "Handler, I am writing to enquire as to the progress of my application.\n\n"
        "Yours sincerely,\nP. Okafor\n",
        "Dear Ms Reid,\n\nFurther to my interview on 11 March, and with thanks again for your "
        "time, I am writing to ask whether a decision has been made.\n\nYours sincerely,\n"
        "P. Okafor\n",
        # the reply to references taken up (four writers of the read sets)
        "Dear Mrs Patterson,\n\nThank you for your email of 4 July informing me that the "
        "school wishes to take up references for the Teaching Assistant post. Please find "
        "below the details of my referees.\n\nYours sincerely,\nGemma Lowe\n",
        "Dear Dr Lindgren,\n\nThank you for your email, and for the good news that the panel "
        "would like to take up my references. I'm still very excited about the project.\n\n"
        "Best wishes,\nInes\n",
    ],
)
def test_follow_ups(linter: Linter, text: str) -> None:
    assert detected(linter, text) == "follow-up"


def test_a_quoted_earlier_thank_you_marks_a_follow_up(linter: Linter) -> None:
    text = (
        "Hi Denise,\n\nI wanted to ask whether there's been any progress with shortlisting.\n\n"
        "Thanks,\nMarcia\n\n"
        "On Tue, Mar 10, 2026 at 6:18 PM Marcia Campbell <marcia@example.com> wrote:\n"
        "> Hi Denise,\n>\n> Thank you for the interview this afternoon.\n>\n> Marcia\n"
    )
    assert detected(linter, text) == "follow-up"


def test_a_quoted_invitation_does_not_make_a_thank_you_a_follow_up(linter: Linter) -> None:
    text = (
        "Hi Jake,\n\nThank you, it was great meeting you and the team too! I loved hearing "
        "about the Ridgeview townhouse project.\n\nAna Sofia\n\n"
        "On Tue, Mar 10, 2026 at 5:02 PM Jake Morrow <jake@example.com> wrote:\n"
        "> Thanks so much for coming in today. We'll be in touch by the end of next week.\n"
    )
    assert detected(linter, text) == "thank-you"


def test_a_deadline_demanded_in_a_thank_you_is_no_sign_of_time_passed(linter: Linter) -> None:
    """"I need to know by Friday" hurries the reader (the tone check's LL403); it says
    nothing about how long ago the interview was."""
    text = (
        "Hi Dave,\n\nThanks for having me in on Monday and for letting me have a go at the "
        "brazing test. I learned a lot from your tip about cleaning the fitting.\n\nI'd love "
        "to learn from your team on the boiler swaps you mentioned.\n\nI need to know by "
        "Friday though as I've got another offer.\n\nCheers,\nLiam\n"
    )
    assert detected(linter, text) == "thank-you"


def test_the_email_subject_counts(linter: Linter) -> None:
    body = "Hi Tom,\n\nI'm very keen on the data analyst role.\n\nPriya\n"
    thanks = Source(text=body, headers={"Subject": "Thank you for today"})
    checking = Source(text=body, headers={"Subject": "Checking in - Data Analyst role"})
    assert detected(linter, thanks) == "thank-you"
    assert detected(linter, checking) == "follow-up"


def test_forced_kind_wins_but_the_detection_is_still_reported(linter: Linter) -> None:
    text = "Hi Tasha,\n\nThanks for the interview today! Hope to hear from you.\n\nJordan\n"
    report = linter.lint(text, kind="follow-up", select=["length"])
    assert report.kind == "follow-up"
    assert report.metadata["kind_detected"] == "thank-you"
    assert 0.5 <= report.metadata["kind_confidence"] <= 1


def test_json_reports_kind_and_detected_kind(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hi Ben,\n\nJust checking in on the copywriter role. Any news?\n\nTom\n",
                     "utf-8")
    main(["--isolated", "--select", "length", "--format", "json", str(draft)])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    assert (entry["kind"], entry["kind_detected"]) == ("follow-up", "follow-up")


_KIND_PIECES = [
    "thank", "you", "thanks", "so", "much", "for", "the", "interview", "today", "yesterday",
    "following", "up", "on", "my", "application", "any", "news", "again", "offer", "declined",
    "withdraw", "Subject:", "Re:", "weeks", "ago", "checking", "in", "É", "’", "'", ".", "!",
    ",", "\u00a0", "\n", " ", "İ", "ı", "\U00010d30", "3", "INTERVİEW", "THANK",
]


@settings(max_examples=examples(300, cheap=True))
@given(st.one_of(st.lists(st.sampled_from(_KIND_PIECES), max_size=30).map(" ".join),
                 st.lists(st.sampled_from(_KIND_PIECES), max_size=30).map("".join),
                 st.text(max_size=80)))
def test_the_kind_automaton_names_every_cue_that_matches(text: str) -> None:
    """The kind's cues run in Python only on the sentences the automaton names
    (letterlint.automaton): it may name a cue that then does not match, never leave out
    one that does."""
    from letterlint.letter.kind import CUES, _automaton

    named = set(_automaton().matching(text))
    for index, cue in enumerate(CUES):
        if cue.pattern.search(text):
            assert index in named, (cue.name, text)


def test_the_kind_automaton_holds_every_cue() -> None:
    from letterlint.letter.kind import CUES, _automaton

    automaton = _automaton()
    assert automaton.always == [] and automaton.database is not None
    assert len(automaton.matching("Thank you so much for the interview today!")) < len(CUES)


def test_guess_kind_reads_the_same_with_every_cue_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The automaton only narrows where each cue is searched: with one that names
    every cue for every sentence (a stand-in for no prefilter), every corpus letter
    is read the same."""
    from letterlint.letter import kind
    from letterlint.letter.nlp import Pipeline
    from letterlint.letter.parse import parse_letters
    from letterlint.sources.read import read_path

    paths = sorted(CORPUS.glob("*.txt"))[::3]
    letters = parse_letters([read_path(path) for path in paths], Pipeline(judge=False))
    filtered = [kind.guess_kind(letter) for letter in letters]

    class EveryCue:
        def matching(self, text: str) -> list[int]:
            return list(range(len(kind.CUES)))

    monkeypatch.setattr(kind, "_automaton", EveryCue)
    assert [kind.guess_kind(letter) for letter in letters] == filtered
    assert {guess.kind for guess in filtered} == {"thank-you", "follow-up"}


def test_dotted_capital_i_is_read_as_python_reads_it() -> None:
    """Python's IGNORECASE matches "i" to "İ"; the automaton does not, so such a
    sentence is searched for every cue."""
    from letterlint.letter.kind import CUES, _automaton

    text = "THANK YOU FOR THE İNTERVIEW TODAY."
    named = set(_automaton().matching(text))
    assert all(index in named for index, cue in enumerate(CUES) if cue.pattern.search(text))
