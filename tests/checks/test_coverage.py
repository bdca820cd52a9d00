"""The coverage check (LL2xx): the three points, judged from the real parse."""

from __future__ import annotations

import pytest

from letterlint import Linter

LETTER = "Dear Ms. Okafor,\n\n{body}\n\nBest,\nJordan"


def points(linter: Linter, body: str, kind: str = "thank-you") -> dict[str, bool]:
    """The points the coverage RULES find (the trained judge beside them is tested
    in tests/letter/test_judge.py)."""
    report = linter.lint(LETTER.format(body=body), kind=kind, coverage={"mode": "rules"})
    return {name: point.covered for name, point in report.points.items()}


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm genuinely excited about the role.",
        "I would love to join your team in Leeds.",
        "I remain very keen on the position.",
        "Our talk only strengthened my interest in the job.",
        "I hope to contribute to the clinic's next chapter.",
        "I can't wait to get started.",
        "Working at Daily Grind would be a dream.",
        "I would very much like this job.",  # "like" read as a preposition by the parser
        "Acme is still my first choice for the next step in my career.",
        "I really hope you will consider me for the position.",
        "I hope you will think of me for future openings.",
        "It's exactly the position I've been hoping for.",
        "The role sounds like exactly what I have been looking for.",
        "Having met you, I'm even keener on applying to Acme.",
        "The process has strengthened my wish to work at Acme.",
        "I would love to be part of your team.",
        "I'd love to be considered if another climber role comes up.",
        "Would really love a commis spot with you if one comes up.",
        "I'd like to be a member of the ward staff.",
        "I came away even more committed to the role than before.",
        "I would be glad to join the panel.",
        "I would be very glad to be considered further.",
        "Yes, I'd love to accept the workshop mechanic job.",
        "I am very want to join your company and grow with your team.",  # second language
        "I can truly picture myself on Ward 7.",
        "I can already see myself on the tills in the plant area.",
        "The role remains very interesting for me.",
        # being the employer's next one of something, working for them
        "I'd love to be your sous chef and I think we'd make a great team.",
        "I'd still love to write for you.",
        "I would love to cook for your kitchen.",
        "I'd be glad to do the Saturday shifts.",
        "This job would mean everything to me.",
        "The role means a great deal to me.",
        "I am interesting in this job if the conditions are good.",  # second language
        "Really looking forward to getting stuck in with the new Leeds office.",
        "I would be glad if I could join your team.",
        "I am very happy if I can work for your company.",  # second language
        "I am very interesting for this job.",  # second language (set 43)
        "I am very interesting to work in Studio Fern.",  # second language (set 105)
        "I'm really interesting to work for Studio Fern.",
        "Yours is the role I'd prefer.",  # a preference among offers (set 43)
        "I'd prefer to join your team.",
        "Halden Foods is where I would most like to be.",  # the employer named (set 44)
        # a preference over another offer (seven writers of the read sets, all missed)
        "I have another offer, but I'd much rather come to you.",
        "To be honest I'd rather work with you lot, but I can't wait forever.",
        "I'd much rather be at Larkspur, but they need an answer by Thursday.",
        "I'd rather join Quanta, but the other firm wants an answer.",
        "Defo the job for me.",
        "This is exactly the role for me.",
        # ready for it in British English, thrilled, old formal English, slang, a typo
        "I'm still up for the site carpenter job.",
        "Still up for it if you are.",
        "I'd be well up for being part of it.",
        "I would be absolutely over the moon to join the Grindstone family.",
        "I wish to assure you that I am most desirous of obtaining the position.",
        "Genuinely buzzing about this job.",
        "I'd genuinely love to manage the shop.",
        "This is the job I want.",
        "I'd be very glad to take this on.",
        "Honestly I'd prefer Pixel & Pine because of the Shopify work.",
        "I'd still prefer to work on the Canal Basin housing scheme you showed me.",
        "I've been doing six terriers a week, so I'd love to take that on.",
        "The Learning Officer post remains the role I most want.",
        "I'd love to be one of the guides for that gallery.",
        "I'd very much like to take this store on.",
        "I would really like to do my apprenticeship at Pembridge Precision.",
        "Just to say I'm still very intrested in the class 1 job.",
        # work for the employer named, and the work joined to coming
        "Would be glad to come and drive for Hendry Haulage.",
        "I would love to come and work for you.",
        # the employer's work named as what the writer likes, and thanks read as no
        # subject of the wish after it
        "That's exactly the kind of work I enjoy.",
        "The menu is exactly the kind of cooking I want to be doing.",
        "It's exactly the kind of busy season that I thrive in.",
        "Cheers for the trial shift last night, would love this job.",
        "As I said at interview, Kestrel Energy is my preferred option.",
        # the feeling of the verb's subject, and the prospect of the work liked
        "I enjoyed meeting you both, and I came away even keener on the job than before.",
        "I left even more enthusiastic about the role.",
        "The tour left me even more enthusiastic about the role.",
        "It would be great to join your team.",
        "I really loved the studio and the idea of working on the festival identity.",
        "I like the thought of joining a small team like yours.",
        # a present perfect is a liking still held, not a wish given up
        "I've always loved the idea of working in a bakery like yours.",
        # the job wished for with no "I"
        "Would be great to work for you.",
        "Fingers crossed, it would be amazing to be part of it!",
    ],
)
def test_interest_is_found_in_its_many_forms(linter: Linter, sentence: str) -> None:
    assert points(linter, f"Thank you for meeting me today. {sentence}")["interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I look forward to hearing from you.",
        "I'm eager to hear your decision.",
        "I am not interested in relocating.",
        "I hope the position hasn't been filled.",
        "I am passionate about education.",
        "I would very much like a copy of the slides.",
        "My first choice of topic was the budget.",
        "I hope you will not consider me rude for asking.",
        "This is the update I was hoping for.",
        "I have been waiting for your reply for two weeks.",
        "Is this what you were looking for?",
        "Best wishes to the whole team.",
        "Sam is a keener listener than most.",
        "I would not like to be considered rude.",
        "I'd like a spot of lunch before the site visit.",
        "I would prefer a morning slot for the second interview.",
        "I would prefer the position to be full-time.",
        "I'd rather not do the Sunday shifts.",
        "I'd rather know than be left wondering.",
        "I would rather be told directly.",
        "I'd rather work from home on Fridays.",
        "I'd rather come in on Monday than Friday.",
        "This is not the job for me.",
        "Is this the job for me?",
        "I'm up for a chat next week.",
        "The role is up for review.",
        "I'm not up for it.",
        "I was over the moon for you when I heard the news.",
        "I'm buzzing for the weekend.",
        "I'd like to take a day off next week.",
        "It's not the kind of place I want to work.",
        "It isn't the sort of company I'd love to join.",
        "That's the kind of feedback I want.",
        "Email is my preferred option for the paperwork.",
        "Zoom is my preferred option for the second interview.",
        "I'm the kind of nurse I would want looking after my own mum.",
        "That's the kind of manager I want to be.",
        "Is that the kind of work I'd enjoy?",
        "That is not the answer I want.",
        "The job I want is in Leeds, not here.",
        "This is not the job I want.",
        "Is this the job I want?",
        "I took it on last year at my current job.",
        "Please take it easy on the new starters.",
        "I would prefer Monday for the second interview.",
        "I'd prefer Sarah to call me rather than email.",
        "I would prefer to work on Tuesdays.",
        "I'd prefer to work on the night shift.",
        "I'd like to be one of the first to know.",
        "I'd love to have a copy of the slides.",
        "I would like to take this opportunity to thank you for your time.",
        # news heard and welcomed is the learned point, not interest on its own
        "I was pleased to hear about the move to the new teaching labs.",
        "I was most interested to learn of the Governors' intention to replace the heating.",
        "I'd like to have the chance to discuss my references.",
        "I am desirous of an early reply.",
        "This is an interesting job for a graduate.",
        "I'd like to be back home before the snow, so Friday is best.",
        "It was what I had been waiting for: a clear answer on the budget.",
        "I hope to be considered for reimbursement of my travel costs.",
        # interest set aside
        "Although I was thrilled about joining the team, things have shifted.",
        "I've accepted another offer, and I'd like to be respectful of your time.",
        # the writer's own team or work is not the job
        "I am passionate about my work.",
        "I am proud of my team.",
        "I am committed to my family.",
        "I'd like to accept your apology.",
        "I am very want to know the result.",
        "I see myself as a team player.",
        "I couldn't see myself staying in retail.",
        "It was interesting to hear about the new project.",
        "I would love to cook for my family this weekend.",
        "I would love to be honest with you about the pay.",
        "The night shift sounded busy.",
        "Your support means a lot to me.",
        "It meant a lot to me that you took the time.",
        "It was an interesting job to hear about.",
        "I got stuck in traffic on the way in.",
        "I would be happy if you could send the form again.",
        "I was happy if a little tired after the night shift.",
        "Cardiff is where I would like to be in five years.",
        "The Hague is where I would most like to be.",
        "I would be glad to talk to Sarah at Boots about the rota.",
        "I'd love to come and visit the Lake District with you one day.",
        "She left even more enthusiastic about the role.",
        "I don't like the idea of working weekends.",
        "You liked the idea of joining forces with the Leeds depot.",
        "It'd be great to get this sorted quickly.",
        "It was great to work with you on the trial shift.",
        "She would be great to work with on the Leeds rota.",
        "I love the idea of getting a dog once things settle down.",
        "I love the thought of you getting the Lisbon office off the ground.",
        "I liked the idea of joining the Friday five-a-side you mentioned.",
        "I would have loved the idea of working on the festival, but the timing is wrong.",
        "It would have been great to work for you, but I understand your decision.",
        "I'd have loved the idea of working on the festival, but I have moved away.",
        "It would be great to work out a time for the second interview.",
        "It would be great to join the call on Thursday to meet the wider team.",
        "It would be great to be part of the conversation about the rota.",
        "I left the children excited about the museum trip.",
        "The project is interesting to work on.",
        "I am interesting to work in many different fields.",
        "My sister thanks you for the advice and would love to work for you too.",
    ],
)
def test_interest_is_not_read_into_polite_or_negated_lines(linter: Linter, sentence: str) -> None:
    assert not points(linter, f"Thank you for meeting me today. {sentence}")["interest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At Corvid I led the move of 38 services onto EKS without downtime.",
        "Last year I cut our month-end close from nine days to five.",
        "I have 6 years experience in 5-star hotels and Opera PMS.",
        "Since we spoke I've passed my PRINCE2 Foundation exam.",
        "I was a cashier at Safeway for four years.",
        "On my last project, the new tutorial took completion from 61% to 88%.",
        "During my internship I was the one who ran online check-in for 40 guests a day.",
        "As a CFA charterholder who covered 22 logistics names, I know the sector.",
        "I did enjoy hearing about rolling forecasts, which I set up at Carrow Group.",
        "I think my eight years writing for Ogilvy's automotive accounts would help.",
        # the parse attaches the detail elsewhere; the word order still carries it
        "I have been an accredited checking technician for three years at a Boots branch.",
        "Thirty-one years as a harbour pilot in Rosslare means I know that coast.",
        "I've got my 6G pipe cert and 3 years welding process piping at the Granite City mill.",
        "On the 2019 Hamlet tour I solved the revolve's timing problem with a cue light.",
        "I have written for four student papers and the Leeds Courier.",
        "I wrote the £40,000 lottery bid that funded our youth club.",
        "I have my NVQ Level 2 in Health and Social Care.",
        "I have six years' frontline homelessness casework at Brackenfield Borough Council.",
        # the relative clause hangs on the last noun, the deed is "my work"'s
        "I think my work on pricing models at Aldgate Capital, which cut our losses by half,"
        " would help.",
        # a credential the parser reads as a verb
        "I'm Gas Safe registered with ACS for boilers and unvented cylinders.",
        "Since the interview, our paper on drought signalling in sorghum roots has been "
        "accepted in Rhizosphere Letters.",
        # a participle with no subject of its own is the writer's, however the sentence
        # goes on; years spent in a field; a degree by its letters; study named as a thing
        "I loved hearing about the wedding fair, and having run the logistics for a "
        "600-guest charity gala at the Corn Exchange last year, it's the kind of thing I "
        "love.",
        "After four years running post-op recovery for orthopaedic cases at Meadow Vets, "
        "it's exactly where I'd like to be.",
        "I have worked in retail for six years and I love visual merchandising.",
        "I can do qPCR and I have an MSc in Environmental Microbiology.",
        "My thesis project at Bath was a Passivhaus-certified community library.",
        # the writer's own study named with its subject
        "My dissertation on roundabout capacity modelling should come in useful there.",
        "For the record, my dissertation was on flood-resilient culvert design.",
        "I'm continuing my final-year project on valve seat wear.",
        "I am a registered nurse with six years on a stroke ward.",
        "I was promoted to shift lead after eight months at Tesco.",
        "In my last role as a registered nurse I looked after twelve patients a shift.",
        "I was offered a permanent contract after my three-month placement at Arup.",
    ],
)
def test_concrete_achievements_stand_out(linter: Linter, sentence: str) -> None:
    assert points(linter, sentence)["standout"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe my skills align well with your needs.",
        "I am a hard worker and a great team player.",
        "I would be a valuable asset to your organization.",
        "You led the migration of 38 services last year.",
        "I hope to build a career in logistics.",
        "I took a day off and drove four hours to get to the interview.",
        "I turned down two other interviews while waiting to hear from you.",
        "I have been looking for work for two years.",
        "I write further to my interview on 3 March for the Planning Officer post.",
        "I sold my only goat to pay the fare from Kitale to Nairobi for this interview.",
        "I took two buses from Leeds to Hull for the interview.",
        "My father retired last year and I am the first son in the family.",
        "I have ten years' experience.",
        "I wrote you a short note on 4 May about the Leeds role.",
        "I am writing to thank you for the interview on 12 June.",
        "I wrote a long list of questions on the train home.",
        "Afterwards I wrote a summary of our conversation for myself.",
        "I met your team at Aldgate Capital, which cut its losses by half last year.",
        "The nurses there are all registered with the NMC.",
        # moves in the search, not deeds
        "I've gone ahead and handed in my notice at the Harbour Grill, so I'm free from the "
        "14th.",
        "I have accepted a full-time post with a publisher in Lyon.",
        "I've been rejected from nine places this month.",
        # a date, not a deed
        "I finish at The Drover on the 4th, so that works perfectly.",
        "I start at Pelham on the 1st of May.",
        # a perfect participle that is the reader's, study with nothing in it, years idle
        "Having met you, I can see why the team likes working there.",
        "My internship was a great experience.",
        "I have worked for two years.",
        # study with no subject named, or only a day
        "My project on Tuesday went well.",
        "I will hand in my thesis on Friday.",
        # a credential in the title of the job applied for, an offer received
        "I interviewed with you for the Registered Nurse (nights) post at Willowbrook on "
        "6 May.",
        "I've been offered a maintenance electrician job at Rexford Foods starting Monday.",
        "I can send you my dissertation on request.",
        "I handed in my dissertation on time.",
    ],
)
def test_vague_claims_do_not_stand_out(linter: Linter, sentence: str) -> None:
    assert not points(linter, sentence)["standout"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The moment you described the Kubernetes migration, I pictured the first month.",
        "When Priya walked me through the night-shift handover, it clicked.",
        "I keep coming back to the number you mentioned, that 22% of shoppers drop off.",
        "Your point about county budget stories being unreadable stuck with me.",
        "Thank you for walking me through the checkout redesign.",
        "I loved hearing about the Ridgeview townhouse project.",
        "I know from our interview that the flu outbreak left the night shift two nurses short.",
        "I gathered from our call that the Dundee depot still plans its routes on paper.",
        "I understood from our conversation that the Hull clinic opens in May.",
        "I realised during our talk that the Leeds site still runs two rotas.",
        "You told me in our interview on Monday that the Hull clinic opens in May.",
        "You said the Leeds depot would finish its move by March.",
        "You mentioned the head chef is coming back to the Leeds kitchen in March.",
        # the speaker open about something
        "You were very candid about the problems at the Marsh Lane site: the drainage "
        "failures and the late concrete.",
        "She was upfront about the night rota at the Leeds depot.",
        # the subject hung on "did" by the parser
        "I did like the sound of the Terraform migration and I'm keen to get going on it.",
        # "you told me about" parsed as the main verb, not a relative clause
        "I'm sure you've been busy, what with the Harrogate trade fair you told me about, "
        "but a one-line reply wouldn't take long.",
        "I know you've had a lot on, what with the Harrogate trade fair you told me about.",
        # a second-language "glad to hear about" (set 43)
        "I was very happy to know that your team is moving the regression suite from "
        "Selenium to Playwright.",
        # the phrase a "you described" hangs on, and what the employer is building (set 44)
        "I'm still really excited about the move to Svelte you described.",
        "I keep thinking about the fermentation corner you're setting up in the basement.",
        # text-speak "u" for "you" (set 19)
        "u said the team is moving to a new kitchen in june.",
        "Even though we had only half an hour, I came away with a clear picture of the fibre "
        "backbone expansion to Oyo and Ogbomoso.",
        "The oak staircase you're replacing in the old chapel dates from 1790.",
        # what they are adding, moving or switching to, and what they recommended
        "The click-and-collect counter you're adding by the entrance in September is a "
        "smart move.",
        "My Azure certificate might be relevant given you're moving the helpdesk onto "
        "Intune.",
        "I've finished the Opera PMS online module you recommended.",
        # what the writer noticed on the tour or visit
        "I note from the tour that the Egyptian gallery labels date from 1987.",
        "I noticed during the visit that the wards had new ceiling hoists.",
        "I've finished the packaging mock-up for the olive oil range we chatted about.",
        # what was news to the writer
        "I hadn't realised the Bellamy textile collection had never been fully catalogued.",
        "I didn't know you ferment the sourdough for 36 hours in the walk-in.",
        "I had no idea the lab had started using drone imagery to map the eelgrass.",
        # seen at the interview, in the past
        "I saw that your fitters log every job on the whiteboard by the ramps.",
        "After our talk I see why the Leeds kitchen preps its sauces the night before.",
        "I noticed the new ceiling hoists on the ward while we were walking round.",
        # the speaker's account or rundown of something
        "I was most interested in your account of the Leominster library scheme and the "
        "practice's decision to pursue Passivhaus certification for it.",
        "Thanks for the rundown on the Cedar Park boiler swaps.",
        # what the writer found an eye-opener
        "Going out on the valuation with Ben was a real eye-opener.",
        "Going out on the valuation with Ben was a real eye opener.",
        "Thanks for the account on how the depot switched to electric vans.",
    ],
)
def test_specific_interview_details_count_as_learned(linter: Linter, sentence: str) -> None:
    assert points(linter, sentence)["learned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I learned a lot about the position.",
        "I enjoyed learning more about the role and the company.",
        "You said you'd let me know about the receptionist job by Friday.",
        "You said on the phone you'd hoped to have a decision by the end of the month.",
        "You mentioned the team was hoping to wrap up interviews by the end of last week.",
        "You mentioned that you expected to make a decision within two weeks.",
        "I would appreciate it if you could let me know.",
        "It was great to learn about your team's culture.",
        "Good to meet you and the lads in the yard.",
        "The sponsored walk I organised raised £6,200 from 140 walkers.",
        "I know you must be busy with the new term.",
        "We understand you are tremendously occupied with the Leeds restructure.",
        "I realise my portfolio of the Brightwell rebrand is not quite polished.",
        "I know from experience that the first month on a new ward is hard.",
        "Perhaps next time we can discuss the rota for the Leeds depot.",
        "I am grateful for the time you have given me, and I am keen to join the Leeds crew.",
        "Thank you for talking with me about the staff nurse post at Harbor Crest.",
        "If anything we discussed needs more, please call me on (555) 319-4420.",
        "I was honest about my gap year in Peru.",
        "The Leeds depot has an open plan office beside the loading bay.",
        "You were very open about the role.",
        "I am happy to know that I can contact you with questions.",
        "I would be interested to know how the Leeds depot handles the night shift.",
        "I set up a fermentation corner at my last restaurant.",
        "Thank you for the trial shift you set up for me on Saturday.",
        "I hope you open the new site soon.",
        "Working at Marlowe is a dream for nearly everyone who works in the field of nursing.",
        "u said u would let me know about the job by friday.",
        "I came away from the interview feeling positive.",
        "I came away with a good feeling.",
        "I note that you have not replied to my last email.",
        # the hiring moving on, and the writer's own plans moved
        "Thanks for finally fitting me in on Friday.",
        "Thanks for letting me know you're moving on to references this week.",
        "My tutor said she's moving my capstone presentation to August.",
        # a confession, a supposition, the present, another person's ignorance
        "I'm sorry I didn't know much about the fundraising database you use.",
        "I'm worried I came across as though I didn't know the Little Wandle scheme.",
        "I don't know when you will decide about the Leeds post.",
        "The person I spoke to didn't know which role I'd applied for.",
        "I didn't know if I should follow up or wait.",
        "I had no idea about the dress code, so sorry for the jeans.",
        "I didn't know which door to use on Monday, so thanks for waving me in.",
        "I hadn't realised my train was cancelled until I got to the station.",
        "I didn't know my recruiter had already sent you my new CV.",
        "I didn't know that you had already filled the Leeds post.",
        # a remark made now, and a meeting
        "I see the Leeds post has been advertised again on your website.",
        "Thank you for seeing me on Wednesday about the manager post at the Kingsgate branch.",
        "I noticed the Leeds post was re-advertised while I was waiting to hear back.",
        # an account that is no story told
        "I have set up my account with your payroll portal.",
        "Your account of the position struck me as very exciting.",
        "I've now activated the account you set up for me on the Harrow recruitment portal.",
        "The interview was an eye-opener.",
        "The parking charges near your office were a real eye-opener!",
        "I must say, the candidate experience has been eye-opening.",
        # a name greeted inline is not whom the writer thanks for telling
        "hi chef marco thank you for the interview today i really need this job and my "
        "rent is due so please give me a chance i will work any shift whatever you need",
    ],
)
def test_vague_or_process_talk_is_not_learned(linter: Linter, sentence: str) -> None:
    assert not points(linter, sentence)["learned"]


def test_missing_points_are_whole_letter_findings_with_suggestions(linter: Linter) -> None:
    report = linter.lint(LETTER.format(body="Thanks for the chat today."), kind="thank-you")
    missing = {f.code: f for f in report.findings if f.check == "coverage"}
    assert {"LL201", "LL202", "LL203"} <= set(missing)
    assert all(f.span is None and f.suggestion for f in missing.values())
    assert report.points["interest"].confidence < 0.5


def test_follow_up_only_requires_interest(linter: Linter) -> None:
    body = "I wanted to check in on the analyst role. Thank you for your time."
    report = linter.lint(LETTER.format(body=body), kind="follow-up")
    codes = {f.code for f in report.findings if f.check == "coverage"}
    assert codes == {"LL201"}
    assert set(report.points) == {"interest", "standout", "learned"}


def test_evidence_spans_slice_the_covering_sentence(linter: Linter) -> None:
    body = "Thank you for today. I'm very excited about the role."
    report = linter.lint(LETTER.format(body=body))
    [evidence] = report.points["interest"].evidence
    assert evidence.of(report.text) == "I'm very excited about the role."
    assert report.points["interest"].confidence >= 0.9


def test_a_thank_you_without_thanks_is_flagged(linter: Linter) -> None:
    body = "Following up on today's interview. I'm very excited about the role."
    assert "LL204" in linter.lint(LETTER.format(body=body), kind="thank-you").codes()
    body = "Thank you for today's interview. I'm very excited about the role."
    assert "LL204" not in linter.lint(LETTER.format(body=body), kind="thank-you").codes()


def test_list_items_under_a_first_person_lead_in_are_the_writers(linter: Linter) -> None:
    body = (
        "Since we talked I have:\n- handed over the timber-frame school in Uppsala, "
        "4% under budget\n- passed my FRI exam"
    )
    assert points(linter, body)["standout"]


def test_the_threshold_is_a_number_or_a_table_per_point(linter: Linter) -> None:
    from letterlint import Config

    text = "Hi Dana,\n\nThanks for today. I'd love to join the team.\n\nSam"
    assert linter.lint(text).points["interest"].covered
    strict = Config().with_options(coverage={"threshold": 0.99})
    assert not linter.lint(text, strict).points["interest"].covered
    table = Config().with_options(
        coverage={"threshold": {"interest": 0.99, "standout": 0.45, "learned": 0.4}}
    )
    assert not linter.lint(text, table).points["interest"].covered


@pytest.mark.parametrize(
    ("body", "bows_out"),
    [
        ("Thank you for the offer. Unfortunately I have to turn down your offer.", True),
        ("I'm writing to tell you that I am withdrawing my candidacy for the role.", True),
        ("I've accepted an offer from another firm, so I must withdraw from consideration.",
         True),
        ("After some thought I would like to withdraw my application.", True),
        ("I'll have to decline your offer.", True),
        ("I'd like to withdraw from the Junior Designer process at Kestrel Print.", True),
        # a threat, a protest, a negation: no bowing out
        ("If I hear nothing by Friday, I will withdraw my application.", False),
        ("I cannot accept your decision not to offer me the post.", False),
        ("I can't accept the job title you proposed as it stands.", False),
        ("I have no intention of withdrawing my application.", False),
        ("I'd never turn down the role.", False),
        ("I'd like to withdraw cash from the machine before the process starts.", False),
        ("Last year I had to withdraw from the national swimming competition.", False),
    ],
)
def test_a_letter_that_bows_out_need_not_state_interest(
    linter: Linter, body: str, bows_out: bool
) -> None:
    report = linter.lint(LETTER.format(body=body), kind="follow-up")
    assert ("LL201" in {f.code for f in report.findings}) is not bows_out


def test_a_withdrawal_in_a_quoted_message_is_not_the_writers(linter: Linter) -> None:
    text = (
        "Dear Ms. Okafor,\n\nThanks for the tour today.\n\nBest,\nJordan\n\n"
        "On Tue, 2 Dec 2025, Ann Okafor <ann@example.org> wrote:\n"
        "> Candidates who withdraw from the process will not be reconsidered.\n"
    )
    report = linter.lint(text, kind="thank-you", coverage={"mode": "rules"})
    assert "LL201" in report.codes()


@pytest.mark.parametrize("mode", ["rules", "combined"])
def test_a_template_slot_for_the_detail_makes_no_point(linter: Linter, mode: str) -> None:
    """A slot left for the detail ("[specific project we discussed]") promises the
    learned or stand-out point without making it; a slot for a name does not."""
    def covered(body: str) -> dict[str, bool]:
        report = linter.lint(LETTER.format(body=body), kind="thank-you", coverage={"mode": mode})
        return {name: point.covered for name, point in report.points.items()}

    for slot in ("I really liked hearing about [specific topic we covered].",
                 "I really enjoyed the problems you set, particularly [the toughest question].",
                 "I enjoyed learning about [specific project or initiative] and how you run it."):
        assert not covered(slot)["learned"]
    assert not covered("I really liked hearing about (specific topic we covered).")["learned"]
    for detail in (
        "I loved hearing about [Company]'s Ridgeview townhouse project.",  # a name slot
        "I loved hearing how you keep p99 latency < 200 ms on every project > 10 TB.",
        "I loved hearing about the Ridgeview townhouse project <ridgeview@acme.com>.",
    ):
        assert covered(detail)["learned"], detail


def test_a_template_needs_more_to_make_the_detail_points(linter: Linter) -> None:
    """In a letter that still holds its template's slots, a borderline sentence about
    what was discussed does not make the learned point; in a filled letter it does
    (``template_margin``, 0 turns it off)."""
    sentence = "I really enjoyed hearing about the exciting projects your team is working on."
    template = ("Dear [Interviewer Name],\n\nThank you for meeting me on [date] about the "
                f"[Job Title] role. {sentence}\n\nSincerely,\n[Your Name]")
    filled = ("Dear Ms. Park,\n\nThank you for meeting me on Monday about the analyst role. "
              f"{sentence}\n\nSincerely,\nSam")
    assert linter.lint(filled).points["learned"].covered
    assert not linter.lint(template).points["learned"].covered
    off = linter.lint(template, coverage={"template_margin": 0})
    assert off.points["learned"].covered
    # two slots left, or brackets that are no slots, do not make a template
    two = ("Dear [Interviewer Name],\n\nThank you for meeting me on Monday about the "
           f"[Job Title] role. {sentence}\n\nSincerely,\nSam")
    asides = ("Dear Ms. Park,\n\nThank you for meeting me on Monday [sic] about the analyst "
              f"role [...]. {sentence} See my [portfolio][1].<br>\n\nSincerely,\nSam")
    assert linter.lint(two).points["learned"].covered
    assert linter.lint(asides).points["learned"].covered


def test_experience_parsed_as_a_gerunds_subject_still_stands_out(linter: Linter) -> None:
    """In "I think my experience running X would be useful" the parser makes "running"
    a verb with "experience" as its subject; what the experience is of hangs from it
    (set 46)."""
    from letterlint.checks import coverage
    from letterlint.letter.parse import parse_letters
    from letterlint.sources.read import Source

    cues = coverage.load_cues()

    def score(sentence: str) -> float:
        letter = parse_letters([Source(LETTER.format(body=sentence))], linter.pipeline)[0]
        return max(coverage.standout_score(s, cues) for s in letter.sentences)

    assert score(
        "I really enjoyed hearing about your plans for the NHS Pharmacy First service, and I "
        "think my experience running the blister-pack service for 140 care home residents "
        "at Hollins Chemist would be useful there."
    ) >= 0.8
    assert score("I think my experience running things would be useful there.") < 0.5


def test_a_run_on_letter_keeps_the_point_its_clause_makes(linter: Linter) -> None:
    """A letter with no full stops is one "sentence"; the judge reads all of it and
    its probability for one point drowns in the rest. The rules' reading of the clause
    ("i worked 5 years on the flat top … doing 300 covers on a saturday", set 95) is not
    vetoed there; in a short sentence the judge's share is as before."""
    from letterlint.checks import coverage

    run_on = ("hi chef marco thank you for the interview today at the grill house i really "
              "need this job my landlord is on my back and my car broke down last week so "
              "honestly this would save me i worked 5 years on the flat top at Benny's doing "
              "300 covers on a saturday so i know speed please please give me a chance i will "
              "do any shift doubles whatever you need Thank you so much God bless\nTyrone\n")
    report = linter.lint(run_on, kind="thank-you")
    assert report.points["standout"].covered
    assert coverage._combine(0.8, 0.03, "combined", 0.6, run_on=True) >= 0.5
    assert coverage._combine(0.8, 0.03, "combined", 0.6) < coverage.THRESHOLD["standout"]
    assert coverage._combine(0.0, 0.9, "combined", 0.6, run_on=True) == pytest.approx(0.54)
    # a long sentence with its commas is read as before
    from letterlint.letter.parse import parse_letters
    from letterlint.sources.read import Source

    def run_ons(text: str) -> int:
        letter = parse_letters([Source(text)], linter.pipeline)[0]
        return sum(coverage._run_on(sentence) for sentence in letter.sentences)

    assert run_ons(run_on) == 1
    assert run_ons(run_on.replace("flat top", "flat-top")) == 1  # a hyphen is no pause
    assert run_ons(run_on.replace(" i really need", ", i really need")
                   .replace(" so honestly", ", so honestly")
                   .replace(" so i know", ", so i know")) == 0
