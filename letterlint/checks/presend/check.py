"""Pre-send: the mistakes that embarrass at the moment of sending (LL6xx).

Most drafts start from a template or an earlier letter. What goes wrong is
mechanical: a slot left unfilled, another company's name left in, the
interviewer's name misspelled, the wrong job title, a promised attachment
missing. Context makes most of these checkable: ``--company``, ``--position``
and ``--interviewer`` (or an email's To header). Without context the
placeholder, empty-salutation, name-consistency and attachment rules run, and the
letter's own names of the employer are checked against each other (LL613).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from email.utils import getaddresses
from types import MappingProxyType
from typing import Any

from letterlint.checks.base import Check, Rule, shorten
from letterlint.checks.instructions import is_instruction
from letterlint.checks.parsing import load_data
from letterlint.checks.presend.names import (
    Mention,
    PersonName,
    close,
    honorific_mentions,
    parse_name,
)
from letterlint.checks.presend.placeholders import Placeholder, find_placeholders
from letterlint.checks.presend.targets import (
    Target,
    organisation_targets,
    position_mentions,
    same_organisation,
    same_title,
)
from letterlint.checks.quotes import quoted
from letterlint.config import Config, Context
from letterlint.letter.parse import Letter
from letterlint.letter.structure import Role
from letterlint.model import (
    NOT_THE_LETTER,
    Applicability,
    CheckResult,
    Finding,
    Fix,
    Severity,
    Span,
)

_THANKS = (
    "Thank you for meeting with me today about the data analyst role. I enjoyed hearing "
    "how your team is rebuilding the weekly sales forecast around store-level data.\n\n"
    "At Fernway I built the demand model our buyers use every Monday, which cut "
    "overstock by 12% in a year, and I'd love to bring that experience to Brightline.\n\n"
    "Thanks again for your time.\n\nBest,\nSam Ortiz"
)
_TEMPLATE_TIPS = (
    "Dear Ms. Alvarez,\n\nThank you for meeting with me today about the data analyst role. "
    "Mention one thing you discussed in the interview. Restate your interest in the "
    "position.\n\nBest,\nSam Ortiz"
)
_FOR_ALVAREZ = MappingProxyType({"interviewer": "Ms. Alvarez"})
_FOR_BRIGHTLINE = MappingProxyType({"company": "Brightline"})

RULES = (
    Rule(
        code="LL601",
        slug="unfilled-placeholder",
        severity=Severity.ERROR,
        summary="A template slot left unfilled",
        what=(
            "Flags template slots still in the letter: `[Company]`, `[Hiring Manager's "
            "Name]`, `{{name}}`, `{name}`, `<Interviewer>`, `<Job Title>`, `XX`/`XXX` where "
            "a number or name belongs ('XX years', 'Dear Mr. XX'), 'Your Name' as the "
            "signature, 'Company Name', 'INSERT …', a blank like `____` and the editor's "
            "'TK'. Markdown links (`[the article](https://…)`), '(see attached)', '[sic]', "
            "citations like '[1]' and years are not slots. In an email, the Subject is "
            "checked too."
        ),
        why=(
            "A letter that says 'Dear {{name}}' or 'the role at [Company]' tells the reader "
            "it is a form sent to everyone: it undoes every other thing the letter says, "
            "and it is the one mistake that cannot be explained away."
        ),
        example="Dear [Hiring Manager's Name],\n\n" + _THANKS.replace("Brightline", "[Company]"),
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
    ),
    Rule(
        code="LL602",
        slug="salutation-missing-name",
        severity=Severity.ERROR,
        summary="A salutation with the name left out ('Dear ,')",
        what=(
            "Flags a salutation whose name is missing: 'Dear ,', 'Dear,', 'Hi ,', "
            "'Dear Ms. ,'. A plain 'Hi,' or 'Hello,' is a greeting, not a gap."
        ),
        why=(
            "An empty name slot is what a mail merge leaves behind; it reads as careless "
            "at best and as a mass mailing at worst."
        ),
        example="Dear ,\n\n" + _THANKS,
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
    ),
    Rule(
        code="LL603",
        slug="wrong-company",
        severity=Severity.ERROR,
        summary="Another organisation named as the one you want to join",
        what=(
            "With `--company`, flags a different organisation named as the target of your "
            "interest: the object of 'join', 'work at/for', 'be part of', 'contribute to', "
            "'the role at', 'interested in' (read from the spaCy parse). Where you worked "
            "before ('at Fernway I built …', 'my current role at Loop') is not flagged. "
            "The suggestion names the replacement. Needs a trained pipeline."
        ),
        why=(
            "Reusing last week's letter and missing one 'I'd love to join Acme' is the "
            "classic copy-paste error; to the reader it says the letter, and the interest, "
            "were meant for someone else."
        ),
        example="Dear Ms. Alvarez,\n\n" + _THANKS.replace("to Brightline", "to Acme")
        .replace("Thanks again", "I'd love to join Acme. Thanks again"),
        instead="Dear Ms. Alvarez,\n\n" + _THANKS.replace(
            "Thanks again", "I'd love to join Brightline. Thanks again"
        ),
        example_options=_FOR_BRIGHTLINE,
    ),
    Rule(
        code="LL613",
        slug="two-companies",
        severity=Severity.ERROR,
        summary="Two different organisations named as the one you want to join",
        what=(
            "Without `--company`, flags a letter that names two different organisations as "
            "the target of your interest ('the role at Brightline' and, later, 'join the "
            "team at Acme'; targets read as for LL603), or one other than the organisation "
            "an email's To address and Subject line agree on ('…@caldwell-logistics.co.uk', "
            "'Interview - Caldwell Logistics'). The later name, or the one the address and "
            "subject do not back, is flagged. A short form ('Brightline' for 'Brightline "
            "Health'), a unit named with its organisation ('Blue Watch at Kingsreach', "
            "'Hartwell's Innovation Lab'), two names related in one sentence ('the role at "
            "Brightline, a Loop company') and people are not. Needs a trained pipeline. "
            "With `--company`, LL603 does this job."
        ),
        why=(
            "A letter reworked from one sent to another employer, with one name left over, "
            "is the copy-paste slip an employer notices first: it says the interest was "
            "meant for someone else."
        ),
        example="Dear Ms. Alvarez,\n\n" + _THANKS.replace(
            "the data analyst role", "the data analyst role at Brightline"
        ).replace("Thanks again", "I'd love to join the team at Acme. Thanks again"),
        instead="Dear Ms. Alvarez,\n\n" + _THANKS.replace(
            "the data analyst role", "the data analyst role at Brightline"
        ).replace("Thanks again", "I'd love to join the team at Brightline. Thanks again"),
    ),
    Rule(
        code="LL614",
        slug="chatbot-reply",
        severity=Severity.ERROR,
        summary="A chatbot's words around the letter left in",
        what=(
            "Flags an AI assistant's framing pasted with the letter it drafted: a line "
            "above the greeting that presents the draft ('Sure! Here's a professional "
            "thank-you email you can send after your interview:', 'Below is a polished "
            "follow-up email you can use:') and a line after the signature that offers "
            "more ('Let me know if you'd like me to make it more formal', 'Feel free to "
            "customize this template', 'I hope this helps!'). Inside the letter, 'Let me "
            "know if you'd like to see my portfolio' is said to the reader and not flagged."
        ),
        why=(
            "The reader sees at once that the letter was generated and pasted unread; "
            "like an unfilled '[Company]', it undoes everything else the letter says."
        ),
        example="Sure! Here's a professional thank-you email you can send after your "
        "interview:\n\nDear Ms. Alvarez,\n\n" + _THANKS
        + "\n\nFeel free to customize it with details from your interview!",
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
    ),
    Rule(
        code="LL604",
        slug="company-not-named",
        severity=Severity.INFO,
        summary="The letter never names the company",
        what=(
            "With `--company`, notes a letter (or email subject) that never names the "
            "company, in full or by its first word ('Brightline' for 'Brightline Health')."
        ),
        why=(
            "A letter that could be sent to any employer reads like a form. Naming the "
            "company once, where you say why you want the job, makes it specific."
        ),
        example="Dear Ms. Alvarez,\n\n" + _THANKS.replace("to Brightline", "to your team"),
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
        example_options=_FOR_BRIGHTLINE,
    ),
    Rule(
        code="LL605",
        slug="misspelled-interviewer",
        severity=Severity.ERROR,
        summary="The interviewer's name misspelled in the salutation",
        what=(
            "With `--interviewer` (or, for an email, the To header's name), flags a "
            "salutation whose name is close to the interviewer's but not spelled as given "
            "('Dear Ms. Alverez' for 'Ms. Alvarez'), or that uses another title "
            "('Mrs.' for 'Ms.'). Spelling means exact letters, accents and capitals."
        ),
        why=(
            "People notice their own name first. A misspelled name in the first line says "
            "the writer did not check, whatever the rest of the letter says."
        ),
        example="Dear Ms. Alverez,\n\n" + _THANKS,
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
        example_options=_FOR_ALVAREZ,
    ),
    Rule(
        code="LL606",
        slug="wrong-interviewer",
        severity=Severity.ERROR,
        summary="The salutation names someone other than the interviewer",
        what=(
            "With `--interviewer`, flags a salutation addressed to a different person "
            "('Dear Mr. Chen' when the interviewer is 'Ms. Alvarez'). A salutation that "
            "names the interviewer among others ('Dear Ms. Alvarez and Mr. Chen') is fine."
        ),
        why=(
            "A letter addressed to the wrong person is usually a copy of another letter, "
            "and the reader will assume so."
        ),
        example="Dear Mr. Chen,\n\n" + _THANKS,
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
        example_options=_FOR_ALVAREZ,
    ),
    Rule(
        code="LL607",
        slug="interviewer-not-named",
        severity=Severity.WARNING,
        summary="The interviewer is known but the salutation does not name them",
        what=(
            "With `--interviewer`, flags a generic salutation ('Dear Hiring Manager', "
            "'To whom it may concern') or none at all."
        ),
        why=(
            "You know who interviewed you; a thank-you or follow-up addressed to a role "
            "rather than the person reads as a form letter."
        ),
        example="Dear Hiring Manager,\n\n" + _THANKS,
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
        example_options=_FOR_ALVAREZ,
    ),
    Rule(
        code="LL608",
        slug="wrong-position",
        severity=Severity.ERROR,
        summary="A different job title named as the one you applied for",
        what=(
            "With `--position`, flags a job title named as the job applied for ('the Data "
            "Engineer role', 'the position of Office Manager') that is not the position "
            "given. A shorter form ('the analyst role' for 'Data Analyst') is fine; your "
            "own past roles ('my previous role as …') are not checked."
        ),
        why=(
            "Naming the wrong job tells the reader the letter was written for another "
            "application, and suggests you are not sure which job you interviewed for."
        ),
        example="Dear Ms. Alvarez,\n\n"
        + _THANKS.replace("data analyst role", "Data Engineer role"),
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
        example_options=MappingProxyType({"position": "Data Analyst"}),
    ),
    Rule(
        code="LL609",
        slug="inconsistent-name",
        severity=Severity.WARNING,
        summary="One person's name spelled two ways",
        what=(
            "Flags a name written two close but different ways in the letter ('Ms. Lee' in "
            "the salutation, 'Ms. Li' later). When the interviewer is known, their spelling "
            "is the reference; otherwise the more frequent (or the first) spelling is."
        ),
        why=(
            "Two spellings mean at least one is wrong, and the reader knows which: a slip "
            "in someone's name is the detail people remember."
        ),
        example=(
            "Dear Ms. Lee,\n\nThank you for the conversation today. Hearing Ms. Li describe "
            "the new intake process for the clinic was the highlight of my visit.\n\n"
            "Best,\nSam"
        ),
        instead=(
            "Dear Ms. Lee,\n\nThank you for the conversation today. Hearing you describe "
            "the new intake process for the clinic was the highlight of my visit.\n\n"
            "Best,\nSam"
        ),
    ),
    Rule(
        code="LL610",
        slug="missing-attachment",
        severity=Severity.WARNING,
        summary="An email that mentions an attachment but has none",
        what=(
            "For an email, flags 'attached', 'attachment' or 'enclosed' in the letter when "
            "the message has no attachment ('attached to the team' is not a mention). An "
            ".eml file lists its attachments; a text draft that starts with From/To header "
            "lines counts as an email whose attachments are those on an 'Attachments:' "
            "line, so there the finding is a reminder to attach the file."
        ),
        why=(
            "'Please see my portfolio attached' with nothing attached means a second "
            "email to apologise, and the reader notices the missing file first."
        ),
        example=(
            "From: Sam Ortiz <sam@example.com>\nTo: Elena Alvarez <elena@example.com>\n"
            "Subject: Thank you\n\nDear Ms. Alvarez,\n\n"
            + _THANKS.replace("Thanks again", "I've attached the forecast write-up. Thanks "
                              "again")
        ),
        instead=(
            "From: Sam Ortiz <sam@example.com>\nTo: Elena Alvarez <elena@example.com>\n"
            "Subject: Thank you\n\nDear Ms. Alvarez,\n\n"
            + _THANKS.replace("Thanks again", "The forecast write-up is at "
                              "https://example.com/forecast. Thanks again")
        ),
    ),
    Rule(
        code="LL611",
        slug="template-instruction",
        severity=Severity.ERROR,
        summary="A writing tip from the template left in the letter",
        what=(
            "Flags a sentence that tells the writer what to write, copied with a sample "
            "letter: an imperative of a letter-writing verb that speaks of the reader in "
            "the third person or of the writer's own letter ('Thank the interviewer for "
            "their time.', 'Restate your interest in the position.', 'Be sure to mention "
            "something you discussed.', 'Don't forget to proofread.'), or a line labelled "
            "'Tip:'. 'Please send me the schedule' and 'Thank you again' are said to the "
            "reader and are not flagged. The tone and coverage checks do not read such a "
            "sentence as the letter's own words."
        ),
        why=(
            "The reader sees at once that the letter is a template with its instructions "
            "still in it, just as with an unfilled '[Company]'."
        ),
        example=_TEMPLATE_TIPS,
        instead="Dear Ms. Alvarez,\n\n" + _THANKS,
    ),
    Rule(
        code="LL612",
        slug="text-speak",
        severity=Severity.WARNING,
        summary="Chat shorthand in a job letter",
        what=(
            "Flags the shorthand of text messages: 'thx', 'pls', 'u', 'ur', 'lmk', 'btw', "
            "'tbh', 'gr8', 'coz', 'lol', 'haha', 'omg'. Inside quotation marks it is not "
            "flagged. Pet names, beers and 'mate' are the tone check's LL406."
        ),
        why=(
            "It reads as a message dashed off on a phone, not a letter to an employer; it "
            "is quick to write out before sending. People who judge letters do not count "
            "it as bad tone, so it is a pre-send fix, not a tone finding."
        ),
        example=(
            "Hi Mel,\n\nthx for the interview today, was gr8 to meet u and the team lol. "
            "I've done two years at a busy cafe, so I know my way round a coffee machine.\n\n"
            "Jade"
        ),
        instead=(
            "Hi Mel,\n\nThanks for the interview today; it was great to meet you and the "
            "team. I've done two years at a busy cafe, so I know my way round a coffee "
            "machine.\n\nJade"
        ),
    ),
)

_TEXT_SPEAK = re.compile(
    r"(?<![\w'’.-])(?:(?i:thx|thnx|pls|plz|lmk|btw|tbh|idk|gr8|coz|cuz|4ever|omg|lol|lmao|"
    r"rofl|ha(?:ha)+|he(?:he)+)|u|ur)(?![\w'’-]|\.\w)"
)
"""Chat shorthand as a word of its own; "u" and "ur" only in lower case ("U.K.", "Ur" the
city and "Ur-text" are not)."""
_WRITTEN_OUT = MappingProxyType({
    "thx": "thanks", "thnx": "thanks", "pls": "please", "plz": "please", "u": "you",
    "ur": "your", "lmk": "let me know", "btw": "by the way", "tbh": "to be honest",
    "idk": "I don't know", "gr8": "great", "coz": "because", "cuz": "because",
    "4ever": "forever",
})
_SPOKEN = (Role.SALUTATION, Role.BODY, Role.CLOSING, Role.POSTSCRIPT)


_COMPANY_SLOT = re.compile(r"(?i)compan|organi[sz]|employer|firm|store|school|business")
_POSITION_SLOT = re.compile(r"(?i)position|role|job|title")
_PERSON_SLOT = re.compile(r"(?i)interviewer|manager|recipient|contact|\bname")
_DATE_SLOT = re.compile(r"(?i)date|day|month")
_GREETING = re.compile(
    r"(?i)^\s*(?:(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)"
    r"|morning|afternoon|to)\b[ \t]*)?"
)
_EMPTY_SALUTATION = re.compile(
    r"(?i)^\s*(?:dear(?:\s*(?:mr|mrs|ms|miss|mx|dr|prof)\.?)?"
    r"|(?:hi|hello|hey|good (?:morning|afternoon|evening))(?=\s)"
    r"(?:\s+(?:mr|mrs|ms|miss|mx|dr|prof)\.?)?)(?:\s*[,:;])?\s*$"
)
"""A greeting with no name: "Dear ,", "Hi Ms.", "Dear Mr.:". Each run of spaces is
read by one part, so a long one fails in one pass."""
_SEPARATOR = re.compile(r"(?:(?<!\s)\s*|(?<=\s))(?:,|&|\band\b|/)\s*")
"""Between two names: a comma, "&", "and" or a slash ("Ms. Lee, Mr. Park, and Dr.
Cho"). Its leading spaces are taken only where a run of spaces starts, so a long run
with no separator in it is scanned once."""
_ATTACHMENT = re.compile(r"(?i)\b(attached|attachments?|attaching|enclosed)\b")
_ATTACHED_TO_OTHER = re.compile(
    r"(?i)(?<!\s)\s+to\s+(?!(?:this|my|the|your)\s+(?:e-?mail|message|note|letter)\b)"
)
_HEADER_LINE = re.compile(r"^([A-Za-z][\w-]*):[ \t]*(.*)$", re.MULTILINE)
_NOT_PERSON_WORDS = frozenset({
    "recruitment", "recruiting", "careers", "career", "jobs", "hr", "team", "talent",
    "hiring", "info", "admin", "office", "support", "people", "resources", "human",
    "graduates", "graduate", "admissions", "noreply", "no-reply", "applications",
})


class PresendCheck(Check):
    name = "presend"
    rules = RULES

    def __init__(self) -> None:
        self._words: dict[str, Any] | None = None

    def words(self) -> dict[str, Any]:
        """The word lists in ``data/presend.toml``, read on first use."""
        if self._words is None:
            self._words = load_data("presend.toml")
        return self._words

    def run(self, letter: Letter, config: Config) -> CheckResult:
        words = self.words()
        context = config.context
        headers = letter_headers(letter)
        placeholders = self._placeholders(letter, headers, words["placeholders"])
        findings: list[Finding] = [self._placeholder_finding(item, context) for item in
                                   placeholders]
        findings += self._subject_placeholders(headers, context, words["placeholders"])
        findings += self._empty_salutation(letter)
        addressed = self._addressed(letter, words["names"])
        interviewer, interviewer_from = _interviewer(context, headers, words["names"])
        findings += self._interviewer(letter, addressed, interviewer, interviewer_from)
        mentions = self._mentions(letter, words["names"])
        people = _people_words(addressed, mentions, interviewer)
        trained = letter.trained_pipeline
        if context.company:
            findings += self._company(letter, context.company, placeholders, headers, people,
                                      words["targets"])
        else:
            findings += self._two_companies(letter, placeholders, headers, people,
                                            words["targets"])
        if context.position:
            findings += self._position(letter, context, words)
        flagged = {finding.span for finding in findings if finding.span is not None}
        findings += self._inconsistent_names(mentions, interviewer, flagged)
        findings += self._attachments(letter, headers)
        findings += self._instructions(letter)
        findings += self._chatbot_reply(letter)
        findings += self._text_speak(letter)
        metrics = {
            "placeholders": len(placeholders),
            "interviewer": interviewer.text if interviewer else None,
            "interviewer_from": interviewer_from,
            "company": context.company,
            "position": context.position,
            "parse": trained,
        }
        return self.result(findings, metrics)

    # --- placeholders ------------------------------------------------------------

    def _placeholders(
        self, letter: Letter, headers: Mapping[str, str], words: Mapping[str, Sequence[str]]
    ) -> list[Placeholder]:
        regions = [part.span for part in letter.parts if part.role not in NOT_THE_LETTER]
        return find_placeholders(letter.text, regions, regions, words)

    def _placeholder_finding(self, item: Placeholder, context: Context) -> Finding:
        return self.finding(
            "LL601",
            f"Unfilled placeholder '{item.text}'",
            item.span,
            suggestion=_fill(item, context),
            placeholder=item.kind,
        )

    def _subject_placeholders(
        self, headers: Mapping[str, str], context: Context, words: Mapping[str, Sequence[str]]
    ) -> list[Finding]:
        subject = headers.get("Subject")
        if not subject:
            return []
        found = find_placeholders(subject, [Span(0, len(subject))], [], words)
        return [
            self.finding(
                "LL601",
                f"Unfilled placeholder '{item.text}' in the subject line",
                suggestion=_fill(item, context, where=" in the subject line"),
                placeholder=item.kind,
                header="Subject",
                header_text=item.text,
            )
            for item in found
        ]

    def _instructions(self, letter: Letter) -> list[Finding]:
        return [
            self.finding(
                "LL611",
                f"Template instruction left in: '{shorten(sentence.text)}'",
                sentence.span,
                suggestion="Delete the instruction, or replace it with what it asks you to "
                "write.",
            )
            for sentence in letter.sentences
            if sentence.role in (Role.BODY, Role.POSTSCRIPT) and is_instruction(sentence.tokens)
        ]

    def _chatbot_reply(self, letter: Letter) -> list[Finding]:
        """LL614: the assistant's lines above the greeting and below the signature."""
        opening = letter.of(Role.SALUTATION) or letter.of(Role.BODY)
        ending = letter.of(Role.SIGNATURE, Role.CLOSING) or letter.of(Role.BODY)
        if not opening or not ending:
            return []
        above = Span(0, opening[0].span.start)
        below = Span(ending[-1].span.end, len(letter.text))
        findings = []
        for region, pattern in ((above, _PRESENTS_DRAFT), (below, _OFFERS_MORE)):
            for line in re.finditer(r"[^\n]+", letter.text_of(region)):
                if not pattern.search(line.group(0)):
                    continue
                text = line.group(0).strip()
                start = region.start + line.start() + line.group(0).index(text)
                findings.append(self.finding(
                    "LL614",
                    f"A chatbot's words left in: '{shorten(text)}'",
                    Span(start, start + len(text)),
                    suggestion="Delete the assistant's lines; send only the letter.",
                ))
        return findings

    def _text_speak(self, letter: Letter) -> list[Finding]:
        findings = []
        for sentence in letter.sentences:
            if sentence.role not in _SPOKEN:
                continue
            for match in _TEXT_SPEAK.finditer(sentence.text):
                if quoted(sentence.text.lower(), match.start(), match.end()):
                    continue
                word = match.group(0)
                written = _WRITTEN_OUT.get(word.lower())
                start = sentence.span.start + match.start()
                findings.append(self.finding(
                    "LL612",
                    f"Chat shorthand: '{word}'",
                    Span(start, start + len(word)),
                    suggestion=f"Write '{written}'." if written else "Leave it out.",
                ))
        return findings

    def _empty_salutation(self, letter: Letter) -> list[Finding]:
        findings = []
        for part in letter.of(Role.SALUTATION):
            if _EMPTY_SALUTATION.match(letter.text_of(part.span)):
                findings.append(self.finding(
                    "LL602",
                    f"Salutation without a name '{letter.text_of(part.span)}'",
                    part.span,
                    suggestion="Add the interviewer's name, e.g. 'Dear Ms. Alvarez,'.",
                ))
        return findings

    # --- the interviewer ---------------------------------------------------------

    def _addressed(
        self, letter: Letter, words: Mapping[str, Sequence[str]]
    ) -> list[tuple[str, PersonName | None, Span]]:
        """Whom the salutation addresses: ("person" | "generic" | "placeholder", name, span)."""
        salutations = letter.of(Role.SALUTATION)
        if not salutations:
            return []
        span = salutations[0].span
        raw = letter.text_of(span)
        greeting = _GREETING.match(raw)
        start = span.start + (greeting.end() if greeting else 0)
        body = letter.text[start : span.end]
        trimmed = body.rstrip(" ,:;!.\t")
        addressed: list[tuple[str, PersonName | None, Span]] = []
        position = 0
        pieces = [*_SEPARATOR.finditer(trimmed), None]
        for separator in pieces:
            end = separator.start() if separator else len(trimmed)
            chunk = trimmed[position:end]
            chunk_start = start + position + (len(chunk) - len(chunk.lstrip()))
            chunk = chunk.strip()
            position = separator.end() if separator else len(trimmed)
            if not chunk:
                continue
            chunk_span = Span(chunk_start, chunk_start + len(chunk))
            folded = chunk.lower().removeprefix("the ")
            if re.search(r"[\[\]{}<>_]|\bXX", chunk):
                addressed.append(("placeholder", None, chunk_span))
            elif folded in words["generic_addressees"] or chunk.lower() in words[
                "generic_addressees"
            ]:
                addressed.append(("generic", None, chunk_span))
            else:
                name = parse_name(chunk, words["honorifics"])
                if name is None or any(word.lower() in _NOT_PERSON_WORDS for word in name.words):
                    addressed.append(("generic", None, chunk_span))
                else:
                    addressed.append(("person", name, chunk_span))
        return addressed

    def _interviewer(
        self,
        letter: Letter,
        addressed: list[tuple[str, PersonName | None, Span]],
        interviewer: PersonName | None,
        source: str | None,
    ) -> list[Finding]:
        if interviewer is None:
            return []
        given = source == "option"
        people = [(name, span) for kind, name, span in addressed if kind == "person" and name]
        if not people:
            if not given or any(kind == "placeholder" for kind, _, _ in addressed):
                return []
            salutations = letter.of(Role.SALUTATION)
            span = salutations[0].span if salutations else None
            shown = f"'{letter.text_of(span)}'" if span else "no salutation"
            return [self.finding(
                "LL607",
                f"The salutation does not name the interviewer ({shown})",
                span,
                suggestion=f"Write 'Dear {interviewer.text},'.",
            )]
        verdicts = [(_compare(name, interviewer), name, span) for name, span in people]
        if any(verdict == "same" for verdict, _, _ in verdicts):
            return []
        for verdict, name, span in verdicts:
            if verdict in ("close", "title") and (given or verdict == "close"):
                correct = _corrected(name, interviewer)
                where = "" if given else f" (the email is to '{interviewer.text}')"
                message = (
                    f"Salutation uses '{name.title}' for '{interviewer.text}'{where}"
                    if verdict == "title"
                    else f"Interviewer's name misspelled: '{name.text}'{where}"
                )
                return [self.finding(
                    "LL605", message, span, suggestion=f"Write '{correct}'.",
                    fix=Fix(span, correct, Applicability.UNSAFE),
                    expected=interviewer.text, replacements=[correct],
                )]
        if not given:
            return []  # the To header may be a recruiter; naming someone else is fine
        for verdict, name, span in verdicts:
            if verdict == "different":
                return [self.finding(
                    "LL606",
                    f"Salutation names '{name.text}', not the interviewer '{interviewer.text}'",
                    span,
                    suggestion=f"Replace '{name.text}' with '{interviewer.text}'.",
                    expected=interviewer.text,
                )]
        return []

    # --- company and position ----------------------------------------------------

    def _company(
        self,
        letter: Letter,
        company: str,
        placeholders: list[Placeholder],
        headers: Mapping[str, str],
        people: set[str],
        words: Mapping[str, Sequence[str]],
    ) -> list[Finding]:
        findings = []
        for target in _employers_named(letter, words, people):
            if same_organisation(target.text, company, words):
                continue
            misspelled = close(target.text, company)
            message = (
                f"Company name misspelled: '{target.text}'"
                if misspelled
                else f"'{target.text}' named as the company you want to join; "
                f"the company is '{company}'"
            )
            findings.append(self.finding(
                "LL603",
                message,
                target.span,
                suggestion=f"Replace '{target.text}' with '{company}'.",
                fix=Fix(target.span, company, Applicability.UNSAFE),
                named=target.text,
                cue=target.cue,
                expected=company,
                replacements=[company],
            ))
        if not _names_company(letter, company, headers, words) and not any(
            _COMPANY_SLOT.search(item.text) for item in placeholders
        ):
            findings.append(self.finding(
                "LL604",
                f"The letter never names {company}",
                suggestion=f"Name {company} once, where you say why you want the job.",
            ))
        return findings

    def _two_companies(
        self,
        letter: Letter,
        placeholders: list[Placeholder],
        headers: Mapping[str, str],
        people: set[str],
        words: Mapping[str, Sequence[str]],
    ) -> list[Finding]:
        """LL613: the letter's own targets disagree, or disagree with the organisation
        the email's address and subject agree on."""
        slots = [item.span for item in placeholders]
        targets = [
            target
            for target in _employers_named(letter, words, people, slots)
            if target.entity not in _PLACES
        ]
        addressed = _addressed_company(headers, words)
        reference = addressed or (targets[0].text if targets else None)
        if reference is None:
            return []
        where = (
            f"the email's address and subject name '{reference}'"
            if addressed
            else f"the letter first names '{reference}'"
        )
        text = letter.text
        return [
            self.finding(
                "LL613",
                f"'{target.text}' named as the company you want to join; {where}",
                target.span,
                suggestion=f"Name one company throughout: is this letter for "
                f"'{reference}' or '{target.text}'?",
                named=target.text,
                cue=target.cue,
                expected=reference,
            )
            for target in targets
            if not same_organisation(target.text, reference, words)
            and not _nested(text, target.text, reference)
            and not any(
                target.text in sentence.text and reference in sentence.text
                for sentence in letter.sentences
            )  # "the role at Acme, a Globex company": the writer relates the two
        ]

    def _position(self, letter: Letter, context: Context, words: Mapping[str, Any]) -> list[
        Finding
    ]:
        position = context.position or ""
        ignore = (context.company or "").split()
        findings = []
        seen: set[Span] = set()
        for mention in position_mentions(letter.sentences, words["positions"], ignore):
            if mention.span in seen or same_title(mention.text, position):
                continue
            seen.add(mention.span)
            findings.append(self.finding(
                "LL608",
                f"Job named as '{mention.text}'; the position is '{position}'",
                mention.span,
                suggestion=f"Replace '{mention.text}' with '{position}'.",
                fix=Fix(mention.span, position, Applicability.UNSAFE),
                named=mention.text,
                expected=position,
                replacements=[position],
            ))
        return findings

    # --- names within the letter -------------------------------------------------

    def _mentions(self, letter: Letter, words: Mapping[str, Sequence[str]]) -> list[Mention]:
        regions = [part.span for part in letter.parts if part.role in (
            Role.SALUTATION, Role.BODY, Role.CLOSING, Role.POSTSCRIPT
        )]
        return list(honorific_mentions(
            letter.text, regions, words["honorifics"], words["not_names"]
        ))

    def _inconsistent_names(
        self, mentions: list[Mention], interviewer: PersonName | None, flagged: set[Span]
    ) -> list[Finding]:
        findings = []
        for mention, reference in _misspelled_mentions(mentions, interviewer):
            if any(span.overlaps(mention.span) for span in flagged):
                continue
            surname = mention.name.surname or ""
            correct = mention.name.text[: len(mention.name.text) - len(surname)] + reference
            shown = next(
                (item.name.text for item in mentions if item.name.surname == reference), reference
            )
            findings.append(self.finding(
                "LL609",
                f"'{mention.name.text}' here, but '{shown}' elsewhere",
                mention.span,
                suggestion=f"Use one spelling: write '{correct}'.",
                reference=reference,
            ))
        return findings

    # --- attachments -------------------------------------------------------------

    def _attachments(self, letter: Letter, headers: Mapping[str, str]) -> list[Finding]:
        source = letter.source
        is_email = source.format == "email" or {"From", "To"} & set(headers)
        listed = source.attachments or tuple(
            value for key, value in headers.items() if key.lower().startswith("attachment")
        )
        if not is_email or listed:
            return []
        findings = []
        for sentence in letter.sentences:
            for match in _ATTACHMENT.finditer(sentence.text):
                after = sentence.text[match.end() :]
                if match.group(1).lower() == "attached" and _ATTACHED_TO_OTHER.match(after):
                    continue  # "attached to the Leeds project"
                start = sentence.span.start + match.start()
                message = (
                    f"Mentions '{match.group(1)}' but the email has no attachment"
                    if source.format == "email"
                    else f"Mentions '{match.group(1)}' but the draft lists no attachment"
                )
                findings.append(self.finding(
                    "LL610",
                    message,
                    Span(start, start + len(match.group(1))),
                    suggestion="Attach the file before sending, or link to it instead.",
                ))
                break
        return findings[:1]


def letter_headers(letter: Letter) -> dict[str, str]:
    """Email headers: the source's (an .eml file), else the header lines a draft
    starts with ("To: Omar Sadiq <omar@…>")."""
    headers: dict[str, str] = {}
    for part in letter.of(Role.HEADER, Role.SUBJECT):
        for match in _HEADER_LINE.finditer(letter.text_of(part.span)):
            headers.setdefault(match.group(1).title(), match.group(2).strip())
    headers.update(letter.source.headers)
    return headers


def _interviewer(
    context: Context, headers: Mapping[str, str], words: Mapping[str, Sequence[str]]
) -> tuple[PersonName | None, str | None]:
    """Who the letter should address, and where we learned it ("option" or "To")."""
    if context.interviewer:
        name = parse_name(context.interviewer, words["honorifics"])
        return name, "option" if name else None
    to = headers.get("To")
    if not to:
        return None, None
    addresses = [display for display, _ in getaddresses([to]) if display.strip()]
    if len(addresses) != 1:
        return None, None
    name = parse_name(addresses[0], words["honorifics"])
    if name is None or name.surname is None or any(
        word.lower() in _NOT_PERSON_WORDS for word in name.words
    ):
        return None, None
    return name, "To"


def _compare(written: PersonName, expected: PersonName) -> str:
    """"same", "title" (another honorific), "close" (misspelled), "different" or
    "unknown" (a first name when only the surname is known)."""
    if written.surname and expected.surname:
        if written.surname != expected.surname:
            return "close" if close(written.surname, expected.surname) else "different"
        if written.given and expected.given and written.given != expected.given:
            return "close" if close(written.given, expected.given) else "different"
        if written.honorific and expected.honorific and written.honorific != expected.honorific:
            return "title"
        return "same"
    word = written.given or written.surname or ""
    candidates = [name for name in (expected.given, expected.surname) if name]
    if word in candidates:
        return "same"
    if any(close(word, candidate) for candidate in candidates):
        return "close"
    if expected.given:
        return "different"
    return "unknown"


def _corrected(written: PersonName, expected: PersonName) -> str:
    """The salutation's name as it should read, keeping its form (title + surname,
    first name, or full name)."""
    if written.surname and written.given:
        title = f"{expected.title or written.title} " if (expected.title or written.title) else ""
        return f"{title}{expected.given or written.given} {expected.surname}"
    if written.surname:
        title = expected.title or written.title or ""
        return f"{title} {expected.surname}".strip()
    word = written.given or ""
    if expected.given and close(word, expected.given):
        return expected.given
    return expected.text


def _people_words(
    addressed: list[tuple[str, PersonName | None, Span]],
    mentions: list[Mention],
    interviewer: PersonName | None,
) -> set[str]:
    names = [name for _, name, _ in addressed if name] + [mention.name for mention in mentions]
    if interviewer:
        names.append(interviewer)
    return {word.lower() for name in names for word in name.words}


def _misspelled_mentions(
    mentions: list[Mention], interviewer: PersonName | None
) -> Iterator[tuple[Mention, str]]:
    """Mentions whose surname is a close variant of another spelling, with the
    spelling they should use."""
    counts: dict[str, int] = {}
    for mention in mentions:
        surname = mention.name.surname or ""
        counts[surname] = counts.get(surname, 0) + 1
    order = list(counts)
    for mention in mentions:
        surname = mention.name.surname or ""
        variants = [
            other for other in order
            if other != surname and close(other, surname)
            and _compatible(mention, other, mentions)
        ]
        if not variants:
            continue
        spellings = [surname, *variants]
        if interviewer and interviewer.surname in spellings:
            reference = interviewer.surname
        else:
            reference = max(spellings, key=lambda name: (counts[name], -order.index(name)))
        if reference != surname:
            yield mention, reference


def _compatible(mention: Mention, other: str, mentions: list[Mention]) -> bool:
    """Two spellings can be one person unless every pair has different titles
    ("Mr. Lee" and "Ms. Li" are two people)."""
    titles = {item.name.honorific for item in mentions if item.name.surname == other}
    mine = mention.name.honorific
    return mine is None or None in titles or mine in titles


_DRAFT = r"(?:e-?mail|letter|note|message|draft|version|template|follow-up|thank-you)"
_PRESENTS_DRAFT = re.compile(
    r"(?i)^\W*(?:(?:sure|certainly|of course|absolutely|great|okay|ok)\b[!,.]?\s*)?"
    r"(?:here['’]?s|here is|below is|below you['’]?ll find|this is|i['’]?ve (?:written|drafted"
    r"|put together))\s+(?:a|an|the|your)\b[^\n]{0,80}\b" + _DRAFT
    + r"\b[^\n]{0,80}(?::|!|\.)\s*\W*$"
)
"""The assistant presenting its draft, on a line of its own above the greeting ("Here's
a polished thank-you email you can send:"; the writer's "Here is my note" is not)."""
_REWORK = (r"(?:make|adjust|tweak|tailor|change|edit|revise|shorten|lengthen|rewrite|rephrase"
           r"|personali[sz]e|customi[sz]e|modify|polish|format|tone)")
_OFFERS_MORE = re.compile(
    r"(?i)^\W*(?:(?:let me know if you['’]?d like me to|would you like me to|if you['’]?d like,"
    r" i can) " + _REWORK
    + r"|feel free to (?:customi[sz]e|adjust|tweak|modify|personali[sz]e|edit|adapt|tailor)"
    r"|you can (?:customi[sz]e|adjust|tweak|personali[sz]e|tailor) (?:it|this|the)"
    r"|i hope this helps)\b"
)
"""The assistant offering to rework the letter, on a line of its own below the signature
("Let me know if you'd like me to make it more formal"; the writer's "Let me know if
you'd like me to send my references" is not)."""


def _employers_named(
    letter: Letter, words: Mapping[str, Sequence[str]], people: set[str],
    skip: Sequence[Span] = (),
) -> Iterator[Target]:
    """The organisations the letter wants to join (LL603, LL613), less names that are
    people's: "join Sarah's team" is about a person."""
    for target in organisation_targets(letter.text, letter.sentences, words, skip):
        if not {word.lower() for word in target.text.split()} <= people:
            yield target


_PLACES = frozenset({"LOC"})
"""Entity labels of names that are places, not employers ("the team at the Lake
District"). spaCy's small model labels many an unknown company GPE or FAC, so those
count."""


def _nested(text: str, first: str, second: str) -> bool:
    """Whether the letter names one organisation as a unit of the other: "Blue Watch at
    Kingsreach", "Hartwell's Innovation Lab", "the lab of Brightline", "Acme (part of
    Globex)"."""
    for inner, outer in ((first, second), (second, first)):
        a, b = re.escape(inner), re.escape(outer)
        if re.search(
            rf"{a},? (?:at|of|in|within|from|part of|\(part of) (?:the )?{b}|{b}['’]s? {a}"
            rf"|{b}(?:['’]s)? (?:new |own )?{a}",
            text,
        ):
            return True
    return False


def _addressed_company(headers: Mapping[str, str], words: Mapping[str, Sequence[str]]) -> (
    str | None
):
    """The organisation an email goes to, when its one To address's domain and its
    Subject line name it alike: 'Caldwell Logistics' for j.wright@caldwell-logistics.co.uk
    and 'Fleet Planner interview - Caldwell Logistics'. None for personal mail."""
    subject = headers.get("Subject", "")
    addresses = [address for _, address in getaddresses([headers.get("To", "")]) if "@" in
                 address]
    if not subject or len(addresses) != 1:
        return None
    labels = addresses[0].rpartition("@")[2].lower().split(".")
    labels = [label for label in labels[:-1] if label not in words["mail_prefixes"]]
    if not labels or labels[0] in words["mail_providers"]:
        return None
    first = re.split(r"[-_]", labels[0])[0]
    named = re.search(
        rf"(?<![\w-])(?i:{re.escape(first)})(?:[ -][A-Z][\w&'’]*)*(?![\w-])", subject
    )
    return named.group(0) if named and len(first) > 2 and named.group(0)[0].isupper() else None


def _names_company(
    letter: Letter, company: str, headers: Mapping[str, str], words: Mapping[str, Sequence[str]]
) -> bool:
    text = " ".join(
        letter.text_of(part.span) for part in letter.parts if part.role not in NOT_THE_LETTER
    ) + " " + headers.get("Subject", "")
    significant = [word for word in re.findall(r"[\w&'’.-]+", company)
                   if word.lower() not in words["legal_forms"]]
    candidates = [company.strip(), *significant[:1]]
    return any(
        re.search(rf"(?<![\w]){re.escape(candidate)}(?![\w])", text, re.IGNORECASE)
        for candidate in candidates if candidate
    )


def _fill(item: Placeholder, context: Context, where: str = "") -> str:
    """What to put in a placeholder's place, as exactly as the context allows;
    ``where`` (" in the subject line") follows the quoted slot, so the sentence
    still ends with what to write."""
    text = item.text
    slot = f"'{text}'{where}"
    if item.kind == "signature" or re.search(r"(?i)\b(your|my)\b", text):
        return f"Replace {slot} with your own details."
    if item.kind == "count":
        return f"Replace {slot} with the actual number or name."
    if _COMPANY_SLOT.search(text):
        return f"Replace {slot} with '{context.company}'." if context.company else (
            f"Replace {slot} with the company's name."
        )
    if _POSITION_SLOT.search(text):
        return f"Replace {slot} with '{context.position}'." if context.position else (
            f"Replace {slot} with the job title."
        )
    if _PERSON_SLOT.search(text):
        return f"Replace {slot} with '{context.interviewer}'." if context.interviewer else (
            f"Replace {slot} with the person's name."
        )
    if _DATE_SLOT.search(text):
        return f"Replace {slot} with the date."
    return f"Replace {slot} with the real text, or delete it."

