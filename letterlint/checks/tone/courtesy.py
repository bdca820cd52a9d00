"""Courteous moves that look like bad tone: a graceful regret, sympathy, an apology
for a slip, and a deadline that another offer sets.

A courteous regret is disappointment at the outcome said with grace.

"Although I'm disappointed not to have been chosen, I'm grateful for your time" is
what advisers recommend in a reply to a rejection; "I was disappointed to be kept
waiting for forty minutes" is a complaint. Real letters use the first often, and
a cue for "disappointed" flagged both (false alarms on good letters in
corpus/real/dev). The difference is what the disappointment is about and what the
sentence goes on to say: about the outcome (not being chosen, the news, the
decision, or nothing named), and with thanks, appreciation, understanding or pride
in the same sentence. A grievance in the same sentence ("I never heard back") is
still caught by its own cue.

Sympathy is not an apology either: "I'm sorry to hear about the flooding", "I'm
sorry it didn't work out this time", "I'm sorry to say I have accepted another
offer" regret what happened, they do not apologise for the writer (LL405 is about
over-apologising). Nor is one apology for a concrete slip ("sorry I missed your
call", "apologies for the late reply", "sorry about the typo in my last email",
"apologies for any inconvenience" when withdrawing): that is ordinary manners, and
advisers tell people to make it. Said "again", it is an apology repeated, and
LL405; so is apologising for writing, for following up, for one's answers or for
being a bother.

Once the writer accepts an offer ("I am delighted to accept your offer", "as agreed,
my first day will be…"), talk of the start date is not presuming the job.

Sympathy for the reader's own trouble is not a complaint about it: "I know this week
has been chaotic with the branch move, and I appreciated you giving me a full hour"
acknowledges the reader's week and thanks them. The negative word follows the
writer's "I know" (or "I realise", "I can imagine") in the same clause, and the
sentence thanks or appreciates after it, with no "but" turning it.

"With due respect" opening a sentence of thanks ("With due respect I am writing to
thank you for the interview") is a formal courtesy in Indian and older British
English, not the prelude to a disagreement it is elsewhere.

A letter that declines an offer or withdraws may apologise once for the news ("I'm
sorry to be writing with this news"): that is manners, not grovelling.

Waiting on *other* employers ("I am still waiting to hear from other companies")
is news for the reader, not a reproach to them.

Nor is it pushy to say, once, that another offer needs an answer by a date ("I have
received another offer and need to respond by Friday"): advisers recommend saying
so. A demand on the reader in the same sentence ("so I need your answer by
Friday") is still caught by the rules.

Work that is about trouble is no complaint: a feeling word that describes other
people ("a lot of upset people", "frustrated customers") is the writer's job, and
"how frankly you described the pressures" praises the reader's candour. Granting the
reader's choice ("I understand why you wanted someone with more experience") is
grace after a rejection, not self-abasement.

Nor is a deadline someone else sets a demand on the reader: "I've had an offer from
another firm and they need an answer by Thursday" tells the reader what the other
employer wants.

A setback the writer overcame is no complaint: "I brought the school in nine days early
despite a six-week steel delay" is an achievement, the delay its measure.

A slip owned and then put right is what advisers recommend: "I know I stumbled over the
safeguarding question, so I wanted to add that …", "I made a mistake in the whiteboard
exercise … So I have sketched it properly and attached it". Self-criticism with no
correction ("I know I rambled, so I'm not sure I explained it") or wrapped in apology
and shame is still LL405.
"""

from __future__ import annotations

import re

_REGRET = re.compile(r"\b(disappoint(ed|ing|ment)|sad|sorry|shame)\b")
_CLAUSE_END = re.compile(r"[,;:]|\b(but|and|yet|though|although|however)\b")
_ABOUT_OUTCOME = re.compile(
    r"^\W*$|\b(not|n't)\b.*\b(chosen|selected|successful|offered|picked|hired|shortlisted|"
    r"progress(ing)?|moving forward|move forward|go(ing)? forward|work(ed)? out|join(ing)?|"
    r"start(ing)?|on board)\b|"
    r"\b(news|decision|outcome|result|rejection|hear(ing)?|learn(ing)?|this time)\b"
)
_GRACE = re.compile(
    r"\b(appreciat(e|ed|ing|ion)|grateful|gratitude|thank(s|ful| you)?|valu(e|ed)|proud|"
    r"understand(able)?|glad|enjoyed|honou?red|privilege|wish (you|the team)|"
    r"(?<!n't )(?<!not )(?<!cannot )(?<!refuse to )(?<!struggle to )(?<!hard to )"
    r"(respect|accept) (your|the|that|this) (decision|choice)|"
    r"keep (me|my (details|cv|résumé|resume|application|name)) (in mind|on file)|"
    r"future (opportunit(y|ies)|vacanc(y|ies)|roles?|positions?|openings?))\b"
)


def courteous_regret(text: str, start: int, end: int) -> bool:
    """True when a regret word in ``text[start:end]`` (a match in the lower-cased
    sentence) is about the outcome and the sentence also says something gracious."""
    regret = _REGRET.search(text, start, end)
    if regret is None:
        return False
    rest = text[regret.end() :]
    stop = _CLAUSE_END.search(rest)
    about = rest[: stop.start()] if stop else rest
    if not _ABOUT_OUTCOME.search(about):
        return False
    return bool(_GRACE.search(text, 0, regret.start()) or _GRACE.search(rest))


_SYMPATHY = re.compile(
    r"sorry(\W{1,3}(that|it|this) must have (been|made|felt)\b|( (about|for) (your|the) \w+)?"
    r"\W{1,3}(and )?(i )?hope (((you|u)('?re|r| are|'?ve| have|'ll| will)? )?"
    r"(been |be |feel(ing)? |get(ting)? )?(much |a lot |a bit |far )?(better|on the mend|"
    r"recover\w*)|(you|u) get well|"
    r"(the|your) recovery)\b| (for (your|the) "
    r"(loss|bereavement)|"
    r"to (hear|learn|see|read|say|tell you|inform you|let you know)|"
    r"(not )?to (have )?(miss(ed)?|met|meet|seen|catch|caught)\b|"
    r"not to (be|have been) (\w+ ){0,2}?(joining|working|selected|chosen|successful|picked|"
    r"hired|offered|part of|moving|going|progressing|taken on|coming)|"
    r"not to be (bringing|giving|sending|writing with) (better|good|happier|other) news|"
    r"(that )?(it|this|things|we|i) (didn'?t|did not|won'?t|will not|"
    r"wasn'?t|was not|couldn'?t|could not|can'?t|cannot)(?!( able to)? (explain|answer|express|"
    r"articulate|present|do \w+ justice)\b[^.!?]{0,30}\b(better|well|properly|clearly|justice)\b)|"
    r"(that )?(the|your|our|my) (\w+ ){1,6}(had to be |has been |have been |was |were |got )?"
    r"(called off|cancell?ed|canceled|postponed|cut (\w+ ){0,2}?short|rained off|interrupted|"
    r"delayed|went (off|out|down)|cut out|dropped( out)?|crashed|froze|broke down|kept dropping)|"
    r"(that )?(it|things|work|life|the week|your week|you)('s|'ve| has| have| had| is| was| are)?"
    r" (been |had |having |feeling )?(\w+ ){0,3}?(rough|hard|tough|difficult|hectic|stressful|"
    r"awful|terrible|horrible|challenging|chaotic|unwell|ill|poorly|sick)))\b"
)
"""Sorry for what happened: "sorry to hear…", "sorry for your loss", "sorry it didn't
work out", "sorry it's been such a rough stretch", "sorry you've been unwell", "sorry not
to be joining you", "I'm sorry; that must have been a hard week", "you've been off
unwell, and I'm sorry — I hope you're feeling much better", "sorry the site
visit was called off", "I was sorry to miss meeting Tomasz, but…", "sorry not to have
met the night team" (even
when the writer caused it, that is one apology for a concrete slip, which is manners,
not over-apology)."""


def sympathy(text: str, start: int, end: int) -> bool:
    """True when the "sorry" in ``text[start:end]`` (a match in the lower-cased
    sentence) regrets what happened ("sorry to hear", "sorry it didn't work out",
    "sorry the site visit was called off") rather than apologising."""
    at = text.find("sorry", start, end)
    return at >= 0 and _SYMPATHY.match(text, at) is not None


_SLIP = re.compile(
    r"(sorry|apologi[sz]e|apologies)\W+(\w+\W+){0,6}?"
    r"(missed (your|the|a) (call|message|email|e-mail|voicemail)|"
    r"(missing|couldn'?t take|could not take) (your|the) (call|message)|"
    r"(late|delayed|slow|belated) (reply|response|answer|note)|"
    r"delay (in|with) (replying|responding|getting back|my (reply|response))|"
    r"(duplicate|double) (email|e-mail|message)|"
    r"(typo|mistake|error|mix-up|wrong (attachment|file|link|name))\b.{0,30}\b"
    r"(email|e-mail|message|note|letter|attachment)|(typo|mix-up|slip)\b|"
    r"(any|the) (inconvenience|disruption|confusion|delay)\b|"
    r"(being|arriving|running) (a (few|couple of) minutes |slightly |a little |a bit )?late\b|"
    r"not (sending|writing|replying|getting back)( (this|my|the) (note|email|e-mail|reply|"
    r"letter|message))?( to you)? (sooner|earlier)\b)|"
    r"(sorry|apologi[sz]e|apologies) (that )?(i was|i'?m) (a (few|couple of) minutes |slightly |"
    r"a little |a bit )?late\b"
)


_AGAIN = re.compile(r"\b(again|once more)\b")
_DUE_RESPECT = re.compile(
    r"with (all )?due respect\W+((\w+\W+){0,8}?(thank|grateful|appreciat)|"
    r"(i|we) (beg|humbly|hereby|respectfully|am writing|write|wish to|would like to "
    r"(state|inform|submit|bring|request)|have the honou?r))"
)


_GRANTED = re.compile(r"\bi (know|realise|realize|understand|can imagine|imagine)\b")
"""The writer granting something about the reader: "I know", "I can imagine"."""
_TURN = re.compile(r"\b(but|yet|though|although|however)\b")
"""A turn that makes what follows the point of the sentence."""
_MINE = re.compile(r"\b(i|i'?ve|i'?m|i'?d|me|my|myself)\b")
_SHRUG = re.compile(
    r"\banyway\b|\b(appreciat\w*|thank\w*|grateful)\b[^.;]{0,60}?(?<!\bany )(?<!anything )"
    r"(?<!anyone )\bat all\b"
)
"""Thanks that shrug the reader off: "thanks anyway", "I appreciate you squeezing me in
at all" (not "thank you, and if there's anything at all I can send")."""
_REACH = 200
"""How far back from the negative word the granting clause is looked for."""


def _last(pattern: re.Pattern[str], text: str, begin: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[begin:end]``, or None."""
    found = None
    for found in pattern.finditer(text, begin, end):  # noqa: B007 - the last one is kept
        pass
    return found


def readers_trouble(text: str, start: int, end: int) -> bool:
    """True when the negative word at ``text[start:end]`` (a match in the lower-cased
    sentence) is what the writer grants about the reader's own situation ("I know
    this week has been chaotic"), and the sentence goes on to thank them. Not when
    the writer is the one wronged ("I know I've been strung along, and I appreciate
    your honesty"), nor "thanks anyway" or thanks for being seen "at all"."""
    window = max(0, start - _REACH)
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, window, start)),
                       default=window)
    granted = _last(_GRANTED, text, clause_start, start)  # the last "I know" before the word
    if granted is None or _TURN.search(text, granted.end(), start):
        return False
    if _MINE.search(text, granted.end(), start) or _SHRUG.search(text, end):
        return False
    thanks = _GRACE.search(text, end)
    turn = _TURN.search(text, end)
    return thanks is not None and (turn is None or turn.start() > thanks.start())


def respectful_thanks(text: str, start: int) -> bool:
    """True when "with due respect" at ``start`` in the lower-cased sentence opens a
    sentence of thanks, or the writer's formal statement ("With due respect, I beg to
    state that I attended…"), with no "but" turning it."""
    found = _DUE_RESPECT.match(text, start)
    return found is not None and " but " not in text[start : found.end()]


_FOR_THE_NEWS = re.compile(
    r"(sorry|apologi[sz]e|apologies)\W+(\w+\W+){0,6}?(news|writing|(tell|inform)(ing)? you|"
    r"let(ting)? you know|withdraw\w*|declin\w*|decision|change of (heart|plans?)|"
    r"(any|the) (inconvenience|disruption))\b|(sorry|sad) not to (be able to )?(see (it|this|"
    r"things) through|continue|go (ahead|forward)|take (it|this|things) (further|forward)|"
    r"be (joining|part of))\b"
)


def apology_for_bowing_out(text: str, start: int, end: int, bowing: bool) -> bool:
    """True when the apology in ``text[start:end]`` (a match in the lower-cased
    sentence) of a letter that declines or withdraws is for the news itself ("I'm
    sorry to be writing with this news"), said once."""
    if not bowing or _AGAIN.search(text, 0, min(len(text), end + 15)):
        return False  # "Once again, my apologies"; not "I hope our paths cross again" after
    return _apology_about(_FOR_THE_NEWS, text, start, end)


def apology_for_slip(text: str, start: int, end: int) -> bool:
    """True when the apology in ``text[start:end]`` (a match in the lower-cased
    sentence) is for one concrete slip: a missed call, a late reply, a typo."""
    if _AGAIN.search(text, max(0, start - 15), min(len(text), end + 15)):
        return False  # "sorry again for any inconvenience": the apology repeats
    return _apology_about(_SLIP, text, start, end)


def _apology_about(subject: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when ``subject`` (an apology and what it is for) matches across the cue
    at ``text[start:end]``."""
    found = subject.search(text, max(0, start - 20), min(len(text), end + 80))
    return found is not None and found.start() <= end and found.end() >= start


_OFFER_ELSEWHERE = re.compile(
    r"\b((another|other|second|competing|outside|separate|different) (job |firm |written )?"
    r"offers?|offers? (from|with|elsewhere)|(another|other|a different) (company|employer|firm|"
    r"organi[sz]ation|school|hospital|agency|opportunity|role|position))\b"
)


_RELEASE = re.compile(
    r"(\bnot|n'?t) expect(ing)? (you|a reply|an answer|a response)|\b(don'?t|do not|never) "
    r"feel (obliged|under pressure|pressured|you (have|need) to)|\bno (need|obligation) to "
    r"(reply|respond|get back|answer|write)"
)


def releases_reader(text: str) -> bool:
    """True when the (lower-cased) sentence frees the reader from answering ("please
    don't feel you need to reply", "I am not expecting you to respond outside your
    working hours"): the opposite of pressure, though a judge may read "expect you to
    respond" as a demand. In the readable corpora every such sentence was in a good
    letter (seven of seven). Not when the sentence turns after it ("I'm not
    expecting an answer today, but I will need one by Friday")."""
    found = _RELEASE.search(text)
    return found is not None and not _TURN.search(text, found.end())


_FOREWARNED = re.compile(
    r"\b(?!(i|you|we)\b)[a-z]+ (both |also |already |all )?(know|knows|are expecting|is expecting)"
    r" (to expect |that )?(a |your |an )?(call|phone call|email|e-mail|contact|to hear from you"
    r"|to be contacted|i'?m applying|i am applying"
    r"|you('ll| will| may| might) (call|ring|contact|be in touch))\b"
    r"|\b(i'?ve|i have) (let|told|warned|asked) (?!(you)\b)[a-z]+( [a-z]+)? (know )?"
    r"(to expect|that you('ll| will| may| might))\b"
)
_REFEREES = re.compile(
    r"\b(both|referees?|references?|they|he|she|(line )?manager|supervisor|boss|tutor|mentor"
    r"|let \w+ know|told \w+)\b"
)
_CALLED_BY_ME = re.compile(
    r"\bfrom me\b|\b(call|ring|chase)\w* (you|your)\b|\b(solicitor|lawyer|union|acas)\b"
    r"|\bby (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
    r"|the end of|end of|close of|\d)"
)


_REWORKING = re.compile(
    r"\b(already|now) (started|begun|begin) (re\w+ing|updating|revising|improving|"
    r"reworking|redoing) (my|the) (?!(rota|shifts?|onboarding|induction|first)\b)"
)


def reworking_own(text: str) -> bool:
    """True when the (lower-cased) sentence says the writer has begun reworking their own
    material, usually on the reader's feedback ("I've already started rewriting the
    Ostara case study to show the rejected routes"): the judge reads "already started"
    as the job taken as won (0 of 3 such sentences in the read sets labelled), but it
    is the work of improving the application."""
    return _REWORKING.search(text) is not None


def forewarned(text: str) -> bool:
    """True when the (lower-cased) sentence says the writer's referees or others
    have been told to expect the reader's call ("Both know to expect a call", "I've
    let Mark know to expect a call too"): a courtesy that saves the reader time, which
    a judge reading "expect a call" may take for a demand (3 of 3 such sentences in
    the read sets unlabelled). Not when the call is the writer's or comes with a
    deadline ("Everyone knows to expect a call from me daily", "I've told my solicitor
    to expect a call from you by Friday")."""
    return (
        _FOREWARNED.search(text) is not None
        and _REFEREES.search(text) is not None
        and _CALLED_BY_ME.search(text) is None
        and not hurried(text)
    )


def offer_elsewhere(text: str) -> bool:
    """True when the (lower-cased) sentence tells of an offer or opportunity
    elsewhere: its deadline is a fact the reader needs, not pressure."""
    return _OFFER_ELSEWHERE.search(text) is not None


_ELSEWHERE = re.compile(
    r"(?<!\W)\W+(to hear |for (an? )?(answer|reply|response|decision|news|word)s? )?"
    r"(back )?(from|on) "
    r"(the )?(other|another|a few other|several|some other|two other|one other|a couple of other)\b"
)


def waiting_elsewhere(text: str, end: int) -> bool:
    """True when a "still waiting" that ends at ``end`` in the lower-cased sentence
    goes on to say it is other employers the writer waits for."""
    return _ELSEWHERE.match(text, end) is not None


_REJECTED = re.compile(r"\b(was|were|been|got|get|being) (just )?$")


def turned_down_elsewhere(text: str, start: int) -> bool:
    """True when the "turned down" at ``start`` in the lower-cased sentence is passive:
    the writer was turned down elsewhere ("Since we spoke I was turned down for another
    planning job"), news rather than a sacrifice held over the reader ("I turned down
    two other offers")."""
    return text.startswith("turned down", start) and (
        _REJECTED.search(text, max(0, start - 16), start) is not None
    )


_ACCEPTED = re.compile(
    r"\b(accept(ing|ed)?|signed|sign) (your|the|this|that|my) ((kind|generous|formal|verbal|"
    r"written) )?((job|employment) )?(offer|contract)\b|\bas (agreed|discussed),? my "
    r"(first day|start date|start)|\b(happy|delighted|pleased|thrilled|glad|excited) to "
    r"(accept|say yes)\b|\bsigned (and (returned|sent back) )?(the|your|my) (contract|offer)\b"
    r"|\b(with|for) the good news\b|\bthank(s| you) for sending (over )?(the|your|my) contract"
    r"( over)?\b|\b(would|'d) (really |very much )?(like|love) to "
    r"(formally )?accept (the|your|this) (job|role|position|post|place)\b"
    r"(?!,? (if|should|once|when|as soon as|provided|subject to)\b)"
)


_OFFER_HOPED = re.compile(r"\b(if|should|once|when|assuming)\b[^.!?]{0,30}\boffer")
"""A condition on the offer just before an acceptance: "If you offer it, I'd love to
accept the role" hopes, it does not accept."""


def offer_accepted(text: str) -> bool:
    """True when the (lower-cased) letter accepts an offer or confirms agreed terms."""
    return any(
        _OFFER_HOPED.search(text, max(0, found.start() - 40), found.start()) is None
        for found in _ACCEPTED.finditer(text)
    )


_OFFER_KIND = r"((kind|generous|formal|verbal|written|job) )*"
"""The words before "offer" in "your kind offer", "the formal job offer"."""
_OFFERED = re.compile(
    rf"\bthank(s| you)( so much| very much| again)? for (the|your) {_OFFER_KIND}offer\b"
    r"(?! of an? (second|third|final|further|follow-up|next)\b)"
    r"|\b(offered|offering) me the (role|job|position|post)\b"
    rf"|\byour {_OFFER_KIND}offer (of|for) (the |this |employment)"
    rf"|\b(following|further to|after) your {_OFFER_KIND}offer\b"
)


def offer_made(text: str) -> bool:
    """True when the (lower-cased) letter answers the reader's offer of the job ("Thank
    you so much for the offer!", "Thanks for the call today offering me the role"):
    talk of the start date is then the next step, not presuming it. An offer of a
    second interview is not the job."""
    return _OFFERED.search(text) is not None


_IF_OFFERED = re.compile(
    r"\b(if|should|assuming|in the event)\b[^.!?;]{0,40}\b(offered|successful|selected|"
    r"appointed|chosen|hired|offer me)\b"
)


def if_offered(text: str, start: int) -> bool:
    """True when what takes the job as won at ``start`` (in the lower-cased sentence)
    follows a condition on the offer: "If I'm offered the role, I'd be glad to discuss
    the start date", "Should I be successful, once I start I would…" look ahead, they
    do not presume."""
    return _IF_OFFERED.search(text, 0, start) is not None


_TURNED_DOWN = re.compile(
    r"\b(gone|went|been offered|been given|offered|given) to ((another|a different|an internal|"
    r"the other|a stronger|a more experienced) (candidate|applicant|person)|"
    r"(someone|somebody) (else|who|with))"
    r"|\b(i|my application) (was|were|have been|has been|had been) (not |un)successful\b"
    r"|\b(i|my application) (was|were|have|has|had) not (been )?(selected|shortlisted|"
    r"successful|chosen)\b"
    r"|\b(decided|chosen|chose|opted) to (go|proceed|move forward|move ahead|continue) with "
    r"(another|a different|other|an internal|the other)\b"
    r"|\b(you|the panel|the team) (have|has|had)? ?filled the (post|role|position|vacancy)\b"
)


_FELT_IT = re.compile(
    r"\bi('m| am| was| felt| feel| have been|'ve been)( \w+){0,2}? $"
)
_NO_OBJECT = re.compile(
    r"( ?[.;!]|$|,? (of course|naturally|obviously|at first|i admit|but|and|though)\b)"
)


def felt_the_news(text: str, start: int, end: int, settled: bool) -> bool:
    """True when the feeling word at ``start``–``end`` (a match in the lower-cased
    sentence) is the writer's own, with nothing it is about, in a letter answering the
    news that the job went elsewhere: "I was disappointed, of course." is the news
    felt, not a complaint. "I was disappointed by how the panel treated me" is one."""
    return (
        settled
        and _FELT_IT.search(text, max(0, start - 30), start) is not None
        and _NO_OBJECT.match(text, end) is not None
    )


def turned_down(text: str) -> bool:
    """True when the (lower-cased) letter answers the news that the job went to someone
    else: nothing in it can take the job as won."""
    return _TURNED_DOWN.search(text) is not None


_PEOPLE = (
    r"(people|customers|clients|callers|patients|families|residents|members|tenants|"
    r"passengers|guests|relatives|children|parents|staff|colleagues|drivers|students|"
    r"service users|users|victims)"
)
_OTHERS = re.compile(r"\W*" + _PEOPLE + r"\b")
"""The people a feeling word describes when it is theirs, not the writer's."""
_OTHERS_BEFORE = re.compile(
    r"\b" + _PEOPLE + r" (who|that) (are|were|'re|feel|felt|get|got|can be|may be|might be)"
    r"( \w+)?( (or|and))? $"
)
"""... or names them before it: "patients who are anxious or upset"."""
_THEIRS_BEFORE = re.compile(r"\b(their|his|her|(the )?\w+s') $")
"""... or owns the feeling named as a noun: "the counter staff bearing the brunt of their
frustration", "the customers' annoyance" (not "my frustration", "the frustration")."""
# "so" after a comma or "and" joins a clause ("…eight years on rooftop units, so
# frankly I'm not sure what there is to think over"): the writer's aside, not praise
_CANDOUR = re.compile(
    r"\b(how|(?<!, )(?<!and )so|very|quite|spoke|speaking|talked|described|explained) $"
)
_GRANTED_CHOICE = re.compile(
    r"\b(understand|see|appreciate|respect|accept) (why|that|your (decision|choice|reasons?))"
    r"\b[^.;]{0,40}$"
)


_SOMEONE_FEELS = re.compile(
    r"(\b(when|if|whenever|once) (somebody|someone|anybody|anyone|a (person|customer|patient"
    r"|client|child|resident|guest|caller|visitor|pupil|student))|\b(customers|clients"
    r"|patients|residents|guests|callers|families|relatives|children|parents|pupils|students"
    r"|visitors|passengers|tenants|service users))( (is|are|was|were|gets|get|got|feels"
    r"|feel|felt|becomes|become|seems|seem))?( (very|really|quite|so|a bit|a little"
    r"|extremely|visibly|particularly))? $"
)
"""The people a writer looks after named right before a feeling: "customers upset by the
branch closures", "when somebody is upset or confused" (anyone at all only in a
condition: "Anybody gets annoyed when they are ignored for a month" is the writer's
complaint); not "your staff were rude", a verdict on the reader's side."""
_FEELINGS = re.compile(r"(upset|frustrat|annoy|disappoint|irritat)")
"""The stems of the feelings ``_SOMEONE_FEELS`` may excuse: "upset", "frustrated"."""


def others_feeling(text: str, start: int, end: int) -> bool:
    """True when the feeling word at ``start``–``end`` describes other people ("a lot
    of upset people", "frustrated customers", "patients who are anxious or upset",
    "their frustration"): the writer's work, not a complaint."""
    return (_OTHERS.match(text, end) is not None
            or _OTHERS_BEFORE.search(text, max(0, start - 60), start) is not None
            or (_FEELINGS.match(text, start) is not None
                and _SOMEONE_FEELS.search(text, max(0, start - 40), start) is not None)
            or (_THEIRS_BEFORE.search(text, max(0, start - 24), start) is not None
                and text[start:end].endswith(("ion", "ment", "ance"))))


_IMAGINED = re.compile(
    r"(\b(it|that|this)( must(( have|'ve) been| be)| sounds?| sounded)"
    r"|\bi (can )?(only )?(imagine|expect|bet|suspect)( that)? (it|that|this|you|everyone|"
    r"everybody|they|the (whole )?\w+)('s|'re| is| are| was| were| has been| have been|"
    r" must (have been|be)| feels?| felt))"
    r"( so| really| very| pretty| quite| incredibly| such| a bit)*( an?)? $"
)


def imagined_for_them(text: str, start: int) -> bool:
    """True when the negative word at ``start`` in the lower-cased sentence is what the
    writer imagines the reader went through ("It must have been frustrating when the
    video link kept dropping", "that sounds exhausting", "I imagine it's frustrating for
    the whole group"): sympathy, not a complaint.
    Not what it *was* ("it was frustrating"): that is the writer's own verdict."""
    return _IMAGINED.search(text, max(0, start - 48), start) is not None


_ACCOUNT = re.compile(
    r"\byou (were|was|'ve been|have been) (very |so |really |refreshingly |admirably |"
    r"quite )?(open|honest|frank|candid|upfront|up-front) (about|that)\b"
    r"|(?:^|[;:,–—-] ?|\b(?:and|as|since|because|when) )you(?:'d| had)? (mentioned|said|warned"
    r"( me)?|told me)( that)? (?!about\b|nothing\b)"
)
"""The reader's candour about their own trouble, retold: "You were very open about how
stretched the team has been", or their own words reported at the head of a clause: "you
mentioned the first week there was going to be chaotic" (not "the salary band you
mentioned is frankly low"). Not "you explained", "you told me about": what
follows those is as often the writer's verdict ("You explained nothing and wasted my
afternoon")."""
_VERDICT = re.compile(r"[;:]|,\s*which\b|\b(it'?s|it is|it was|that'?s|that is|that was|"
                      r"frankly|honestly|nothing)\b")
"""Where the retelling turns into the writer's own verdict on it."""


def readers_account(text: str, start: int) -> bool:
    """True when the negative word at ``start`` in the lower-cased sentence is part of
    the reader's candid account that the writer retells ("You were very open about how
    stretched the team has been, … and the frustration of good interviews sitting on
    a drive"): their candour, not the writer's complaint. Not when the writer turns
    ("but"), speaks of themself or gives a verdict (", which was frustrating", "—
    frankly, it's insulting") between."""
    account = _last(_ACCOUNT, text, 0, start)
    if account is None:
        return False
    between = text[account.end() : start]
    return not (_TURN.search(between) or _MINE.search(between) or _VERDICT.search(between))


def praised_candour(text: str, start: int) -> bool:
    """True when "frankly" at ``start`` says how the reader spoke ("how frankly you
    described the pressures"), not the writer's aside ("Frankly, …")."""
    return text.startswith("frankly", start) and _CANDOUR.search(
        text, max(0, start - 12), start) is not None


def granted_choice(text: str, start: int) -> bool:
    """True when the writer grants the reader's choice before the words at ``start``
    ("I understand why you wanted someone with more experience")."""
    return _GRANTED_CHOICE.search(text, max(0, start - 60), start) is not None


_THIRD_PARTY = re.compile(
    r"\b(they|who|she|he|(if|do|in case|should|when) you|your (team|panel)|"
    r"the (other )?(company|firm|employer|offer|agency|school|practice|recruiter|hospital|"
    r"trust|council)|my (landlord|partner|wife|husband|"
    r"(current )?(manager|employer|boss|university|college)))( (also|really|still|now|will|would|"
    r"both|may|might|do|does))?('ll|'d)? $"
)

_DEMAND = re.compile(r"(need|want|expect|require)s? (an?|your|the|my) ")


def others_deadline(text: str, start: int) -> bool:
    """True when the demand at ``start`` in the lower-cased sentence is someone else's
    ("they need an answer by Thursday", "if you need a reply by Friday", "my landlord
    will need an answer"), not the writer's on the reader."""
    return (
        _DEMAND.match(text, start) is not None
        and _THIRD_PARTY.search(text, max(0, start - 40), start) is not None
    )


_FEAT = re.compile(
    r"\b(early|ahead of (schedule|time|plan|target)|on (time|budget|schedule|target)|"
    r"under budget|within budget|in full|the deadline|went live|with distinction|delivered|"
    r"launched|completed|finished|shipped)\b"
)
_READERS_DELAY = re.compile(
    r"\b(you|your|the (interview|panel|call|meeting)|reception|kept (me )?waiting|nobody|"
    r"no one|starting|started)\b"
)


def overcome(text: str, start: int) -> bool:
    """True when the "despite" at ``start`` in the lower-cased sentence measures the
    writer's achievement ("delivered nine days early despite a six-week steel delay"),
    not when the setback is the reader's ("early despite the interview starting late")."""
    return (
        _FEAT.search(text, max(0, start - 40), start) is not None
        and _READERS_DELAY.search(text, start, start + 80) is None
    )


_WORKED_OUT = re.compile(
    r"[^.;!?]{0,25}\bbut (it|we|everything|they|the (day|event|project|launch|night|job))"
    r"( really| all| eventually| still| finally| somehow)? (worked|came together|paid off|"
    r"went (well|smoothly|off well)|got there|pulled it off|delivered)\b"
)
_READERS_SIDE = re.compile(
    r"\b(you|your|the (interview|process|panel|assessment|recruitment|hiring|day|call|"
    r"meeting|office|team|company|firm)|reception)\b"
)


def worked_out(text: str, start: int, end: int) -> bool:
    """True when the hardship from ``start`` to ``end`` in the lower-cased sentence is
    the writer's story of something that came off ("It was chaotic at times but it
    really worked", of a wedding the writer planned), not a complaint about the
    reader's side ("Your process was chaotic, but we got there in the end")."""
    return (
        _WORKED_OUT.match(text, end) is not None
        and _READERS_SIDE.search(text, max(0, start - 50), start) is None
    )


_CORRECTION = re.compile(
    r"\b((so|and) i (wanted|want|'d like|would like|thought i'?d|thought i should) to (add|clarify|"
    r"correct|explain|follow up|give|answer|send|share|expand|set out)|here is|here'?s|"
    r"here it is|in short|the short answer (is|was)|"
    r"(i'?ve|i have) (now )?(attached|sketched|written|drafted|put together|worked (it|this|that) "
    r"(out|through)|corrected|fixed)|attached (is|are)|i'?d rather correct|"
    r"to correct (it|that|this|my)|"
    r"the (right|correct|full|better|proper) answer (is|was|would have been))\b"
)
_BACK = re.compile(
    r"\b(answer|question|exercise|task|point|what i meant|properly|correct(ed|ly)?|"
    r"sketch(ed)?|redone|worked (it|this|that) (out|through))\b"
)
_SHAME = re.compile(
    r"\b(sorry|apolog\w*|embarrass\w*|ashamed|mortified|terrible|awful|kicking myself|"
    r"beating myself|forgive|humiliat\w*|unforgivable|stupid|idiot\w*|pathetic|useless|"
    r"typical of me|keeping me up|up at night|can'?t stop thinking|let (the|you|everyone|"
    r"the whole) [a-z ]{0,12}down)\b"
)


_TAUGHT = re.compile(
    r"\b(thanks|thank you|grateful|appreciate\w*) (\w+ ){0,2}for (talking|walking|taking|steering|"
    r"putting|setting) me (through|back|right|straight)|\b(thanks|thank you|grateful|"
    r"appreciate\w*) (\w+ ){0,2}for (showing|explaining|correcting|pointing out)\b"
)


def taught_by_reader(text: str) -> bool:
    """True when the (lower-cased) sentence thanks the reader for putting the writer's
    slip right ("I made a hash of the first test, so thanks for talking me through where
    I went wrong"): the slip is what the writer learned, not a confession, unless shame
    is voiced beside it."""
    return _TAUGHT.search(text) is not None and _SHAME.search(text) is None


def corrected_slip(text: str, end: int, following: str) -> bool:
    """True when the writer's own slip that ends at ``end`` in the lower-cased sentence
    is put right after it, in the sentence or in the next one (``following``, which must
    come back to it: the answer, the question, the task), with no apology or shame
    around it."""
    if _SHAME.search(text) or _SHAME.search(following):
        return False
    if _CORRECTION.search(text, end) is not None:
        return True
    if _FORGOT_A_NAME.search(text) is not None and _NAMED.match(following) is not None:
        return True  # "I blanked on the name of the tool … It's driftctl; we ran it…"
    return _CORRECTION.search(following) is not None and _BACK.search(following) is not None


_FORGOT_A_NAME = re.compile(r"\b(name|word|term|tool|title|figure|number|acronym)\b")
_NAMED = re.compile(
    r"\W*(it'?s|it is|it was|that'?s|that was|the (name|word|term|tool|figure|number|one)"
    r" (is|was|i meant))\b(?! (been|a shame|not|no|so|just|hard|difficult|frustrating|"
    r"disappointing|embarrassing|awful|terrible)\b)"
)
"""The next sentence gives the forgotten name: "It's driftctl; we ran it nightly"."""


_GENEROUS = re.compile(r"\b(thank|thanks|grateful|appreciat\w*|generous|kind)\b")
_OVERRAN = re.compile(r"\W*(the |our |my )?(interview|call|meeting|conversation|chat|it) "
                      r"(overran|ran (over|long|on)|went (over|on longer))\b")


def thanked_for_overrunning(text: str, start: int, end: int) -> bool:
    """True when the "even though" at ``text[start:end]`` tells of an interview that ran
    long in a sentence of thanks ("Thank you for being so generous with your time, even
    though the interview overran"): the reader gave more time, which is no grievance."""
    return _GENEROUS.search(text, 0, start) is not None and _OVERRAN.match(text, end) is not None


_POLITE_ASK = re.compile(
    r"\b(i'?d (value|appreciate|welcome|be (grateful|glad|happy))|i would (value|appreciate|"
    r"welcome|be (grateful|glad|happy))|would it be possible|if (at all )?possible|"
    r"if you (are able|can|could))\b"
)
_SOFTENED = re.compile(
    r"\b(i'?d hate to|i would hate to|sorry to (rush|hurry|chase|push)|apologi[sz]e for the "
    r"(pressure|rush|timing)|(don'?t|do not) (want|mean) to (rush|pressure|hurry|push)|"
    r"no pressure|just so you know|to be (transparent|open|upfront|honest)|in the interests? "
    r"of (transparency|openness)|(wanted|want) to let you know|in case (it|that)'?s (useful|"
    r"helpful)|(so|that) you have the (full|whole|complete) picture|in fairness|i should "
    r"(also )?(let you know|mention))\b"
)
"""How a writer tells of another offer without leaning on the reader: "I'm sorry to rush
you, but I've been given a competing offer that expires next week", "I should also let
you know, just so you have the full picture, that another firm has offered me a place"."""
_INSISTED = re.compile(
    r"\b(i (really )?(need|must|expect|require)|you('?ll| will)? (need|must|have) to|"
    r"(salary|bonus|package|per (month|year|annum|hour)|a year|an hour)|[$£€]\s?\d)"
)
"""A softened word on another offer that still leans: a demand ("you'll need to move
quickly") or the other offer's terms held up ("at HK$68,000 per month")."""
_ULTIMATUM = re.compile(
    r"\b(or (else|i'?ll|i will)|otherwise|failing which|or i'?m|unless (i|you) (hear|get back|"
    r"reply|respond)|i'?ll (take|accept|go with) (it|theirs|them|their offer)|if you can'?t "
    r"(beat|match))\b"
)
_HURRIED = re.compile(
    r"\b((can'?t|cannot|can not|won'?t|will not|not going to|unable to) (\w+ ){0,3}?"
    r"(indefinitely|forever|much longer|for long)|quickly|asap|urgently|immediately|pronto)\b"
)
"""The reader hurried beside an offer elsewhere, however politely asked: "as I am
weighing other offers and cannot hold them open indefinitely", "so I'd appreciate
knowing quickly"."""


def hurried(text: str) -> bool:
    """True when the (lower-cased) sentence hurries the reader (:data:`_HURRIED`)."""
    return _HURRIED.search(text) is not None


_OFFERED_ELSEWHERE = re.compile(
    r"\b(been )?offered an? (\w+ )?(position|job|role|post|place) "
    r"(elsewhere|at another|with another)"
)


def asked_kindly_beside_an_offer(text: str) -> bool:
    """True when the (lower-cased) sentence tells of an offer elsewhere and asks for the
    reader's decision politely ("I've been offered a position elsewhere, but I'd value
    the chance to hear your decision before I reply"): what advisers recommend, not a
    demand."""
    if not (offer_elsewhere(text) or _OFFERED_ELSEWHERE.search(text) is not None):
        return False
    if _ULTIMATUM.search(text) is not None or hurried(text):
        return False
    return _POLITE_ASK.search(text) is not None or (
        _SOFTENED.search(text) is not None and _INSISTED.search(text) is None
    )
