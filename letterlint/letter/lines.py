"""The shapes a line of a letter can have: a greeting, a sign-off, a date, an address,
a phone number, a name under a letter. Pure text tests, no NLP.

Phone numbers are recognised by ``phonenumbers`` (Google's libphonenumber rules, in
any common national or international format) and US street and city lines by
``usaddress`` (a trained address tagger), so neither is a hand-written pattern that
misses the next format; both run only on short lines that are candidates anyway.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from letterlint.letter.months import MONTH


@dataclass(frozen=True)
class Line:
    """A line of the letter, or the part of one that is left after an inline greeting
    or before an inline sign-off: ``start``/``end`` index the original text."""

    start: int
    end: int  # end of the content, before the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def words(self) -> int:
        return len(self.text.split())

    def cut(self, begin: int, finish: int | None = None) -> Line:
        """The line from character ``begin`` to ``finish`` of its own text."""
        finish = len(self.text) if finish is None else finish
        return Line(self.start + begin, self.start + finish, self.text[begin:finish])


_LINES = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
_HTML_LINES = re.compile(r"(?i)((?:(?!<br\s*/?>)[^\r\n])*)(<br\s*/?>(?:\r\n|\n|\r)?|\r\n|\n|\r|$)")


def split_lines(text: str, html_breaks: bool = False) -> list[Line]:
    """The lines of ``text``; with ``html_breaks``, an HTML ``<br>`` (and a line break
    right after it) ends a line too, as in text pasted from a web form."""
    lines = []
    for match in (_HTML_LINES if html_breaks else _LINES).finditer(text):
        if match.start() == len(text) and not match.group(1):
            break
        lines.append(Line(match.start(1), match.end(1), match.group(1)))
    return lines


_GREETING_WORDS = (
    r"dear|dearest|hi|hello|hey|heya|hiya|yo|howdy|greetings|respected"
    r"|good (?:morning|afternoon|evening|day)"
    r"|to whom it may concern|morning|afternoon|g'day|kia ora|namaste"
    # greetings in the other languages a letter in English may open with ("Hola Lucía,",
    # "Oi Fernanda, thanks…"); not those that are also first names (Ola, Cara, Hei):
    # Portuguese "Olá" only with its accent
    r"|hola|hallo|bonjour|bonsoir|salut|ciao|buongiorno|buonasera|olá|oi|hej"
    r"|buen(?:os|as) (?:d(?:í|i)as|tardes|noches)|bom dia|boa (?:tarde|noite)|guten (?:tag|morgen)"
    r"|sehr geehrte[rs]?|estimad[oa]s?|prezad[oa]s?|querid[oa]s?|gentile|egregio"
    # "To the interview panel,", "To the Hiring Committee,": a group addressed as such
    r"|to the (?:[\w-]+ ){0,2}(?:panel|committee|team|board|manager|department|office)"
    r"(?=[ \t]*[,:])"
)
_OPENING_QUOTE = r"[\"“‘']?"
_SALUTATION = re.compile(rf"(?i)^\s*{_OPENING_QUOTE}(?:{_GREETING_WORDS})\b")
_PLEASANTRY = re.compile(r"(?i)\s*(?:i |we )?(?:hope|trust|hoping)\b")
"""A wish that follows the greeting on its line ("…, hope you're well")."""
_GREETING_THEN_WISH = re.compile(
    rf"(?i)^\s*{_OPENING_QUOTE}(?:{_GREETING_WORDS})\b[^,.!?\n]{{0,60}},"
    r"(?=[ \t]*(?:i |we )?(?:hope|trust|hoping)\b)"
)
"""A greeting of any words up to the comma that a wish follows: "Hi everyone at
[Company Name], trust you're all well"."""
_BARE_NAME_SALUTATION = re.compile(r"^\s*[A-Z][\w.'’-]*(\s[A-Z][\w.'’-]*){0,2},\s*$")
_INLINE_SALUTATION = re.compile(
    rf"(?i)^\s*{_OPENING_QUOTE}(?:{_GREETING_WORDS}|(?:mr|mrs|ms|miss|mx|dr|prof)\b\.?)"
    r"(?:[ \t]+(?-i:(?:[A-Z][\w.'’/-]*|[\[(<{][^\]\)>}]{1,40}[\])>}]|and|&|or|Sir|Madam|"
    r"[a-z]+(?=[ \t]*[,:!—–-][ \t]))))"
    r"{0,5}[ \t]*(?:[,:!—–]|\s-)(?=[ \t]+\S)"
)
"""A greeting that the first sentence follows on the same line: "Hi Jordan, thanks…"."""
_GREETING_THEN_LOWER = re.compile(
    r"^\s*(?i:hi|hey|heya|hiya|hello|dear|morning)[ \t]+(?i:(?:mr|mrs|ms|miss|dr)\.?[ \t]+)?"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?(?=[ \t]+(?!(?:and|or|at|of|in|for|from|the|to|"
    r"team|all|everyone)\b)[a-z])"
)
"""A greeting and a name with no comma, the first sentence going on in lower case: "hey
Ray thx for the interview today", "Hiya Jess thank u so much"."""

_FOREIGN_SIGN_OFFS = (
    r"mit (?:freundlichen|besten|herzlichen) gr(?:ü|ue)(?:ß|ss)en|viele gr(?:ü|ue)(?:ß|ss)e"
    r"|beste gr(?:ü|ue)(?:ß|ss)e|liebe gr(?:ü|ue)(?:ß|ss)e|met vriendelijke groet(?:en)?"
    r"|(?:bien )?cordialement|bien (?:à|a) vous|amiti(?:é|e)s"
    r"|atentamente|saludos(?: cordiales)?|un saludo|un abrazo|abrazos"
    r"|cordiali saluti|distinti saluti|un caro saluto"
    r"|atenciosamente|abra(?:ç|c)os|um abra(?:ç|c)o|abs|cumprimentos"
    r"|pozdrawiam|med v(?:ä|a)nliga h(?:ä|a)lsningar|venlig hilsen"
    r"|med vennlig hilsen|ystävällisin terveisin"
)
"""Sign-offs in the other languages a letter in English may end in: German, Dutch,
French, Spanish, Italian, Portuguese, Polish and the Nordic ones."""
_ENGLISH_BESIDE = r"kind regards|best regards|regards|sincerely|yours sincerely|best wishes"
"""The English sign-offs written beside a foreign one, after or before a slash."""

_CLOSING_PHRASES = (
    r"(?:best|kind|warm|warmest|kindest|with (?:very |my |my very )?(?:best|kind|kindest|warm"
    r"|warmest))(?: regards| wishes)?"
    r"|regards|best wishes|all the best|sincerely(?: yours)?|yours(?: sincerely| faithfully| truly)"
    r"|respectfully(?: yours)?|cordially|cheers|warmly|gratefully|with gratitude"
    r"|with (?:many )?thanks|with appreciation|many thanks|thanks(?: again| so much)?"
    r"|thank you(?: again| so much)?(?: for your (?:time|consideration)(?: and consideration)?)?"
    r"|thanking you(?: in advance| once again| again)?|take care|(?:talk|speak|chat) soon"
    r"|looking forward|(?:lots of|much|all my|with) love|love(?=[ \t]*(?:,|x+\b|$))"
    r"|yours|faithfully|respectfully submitted|very respectfully|v/r|best of luck|thx|ta"
    # "Thanks and regards,", "Thanking you and regards,", "Regards and respect,"
    r"|(?:thanks|thanking you|thank you|with thanks|many thanks) (?:and|&) (?:best |warm |kind )?"
    r"regards|regards and respect"
    # "Kind regards and have a great weekend,"
    r"|(?:(?:kind|best|warm|warmest) )?regards and have a (?:great|good|nice|lovely|wonderful)"
    r" (?:day|week|weekend|evening)"
    # sign-offs in other languages, alone or beside an English one ("… / Kind regards",
    # "Best regards / Cordialement")
    rf"|(?:{_FOREIGN_SIGN_OFFS})(?:[ \t]*/[ \t]*(?:{_ENGLISH_BESIDE}))?"
    rf"|(?:{_ENGLISH_BESIDE})[ \t]*/[ \t]*(?:{_FOREIGN_SIGN_OFFS})"
)
_THANKS_FOR_TIME = r"(?:many thanks|thanks)(?: again| so much)? for your (?:time|consideration)"
"""A sign-off only on a line of its own and with its comma ("Thanks for your time,"
above the name); after a sentence it is a sentence ("… Thanks for your time.")."""
_CLOSING = re.compile(
    rf"(?i)^\s*(?:{_CLOSING_PHRASES}|{_THANKS_FOR_TIME}[ \t]*,)(?:\s*(?:[,.]|!{{1,3}}))?\s*$"
)
_INLINE_CLOSING = re.compile(
    rf"(?i)(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))[ \t]+"
    rf"(?P<closing>(?:(?:{_CLOSING_PHRASES})[ \t]*[,.!][ \t]+)?(?:{_CLOSING_PHRASES})[ \t]*[,.!]?)"
    r"(?:[ \t]+(?P<name>(?-i:[A-Z][\w.'’-]*|[\[(<{][^\]\)>}]{1,30}[\])>}])"
    r"(?:[ \t]+(?-i:[A-Z][\w.'’-]*|[\[(<{][^\]\)>}]{1,30}[\])>}])){0,3}\.?[”\"]?))?[ \t]*$"
)
"""A sign-off that ends the last sentence's line: "… just tell me. Cheers, Priya", also
when the letter is quoted whole: "… Thank you, Sam”"."""
_TRAILING_SIGN_OFF = re.compile(
    r"(?i)(?<=[.!?])[ \t]+(?P<closing>(?:[^\s.!?]+[ \t]+){1,3}"
    r"(?:sincerely|regards|wishes|thanks|cheers))[ \t]*[,.!]?[ \t]*$"
)
"""A sign-off of the writer's own words after the last sentence, ending in a sign-off
word and left unpunctuated: "… delete them now. Yours most sincerely"."""
_LEADING_CLOSING = re.compile(
    rf"(?i)^\s*(?P<closing>(?:{_CLOSING_PHRASES})(?:[ \t]*[,.!]|(?=[ \t]+[-–—][ \t])))"
    r"(?:[ \t]+[-–—])?[ \t]+(?=(?-i:[A-Z\[(<{]))"
)
"""A sign-off and the name on one line: "Best, Sam"."""
_YOURS = re.compile(r"(?i)^\s*yours\b(?:[ \t]+[\w'’-]+){1,4}[ \t]*,?[ \t]*$")
"""A sign-off of the writer's own: "Yours in hope", "Yours Disheartened from Leicester"."""
_CLOSING_START = re.compile(rf"(?i)^\s*(?:{_CLOSING_PHRASES})\b")
_CLOSING_COMMA = re.compile(rf"(?i)^\s*(?:{_CLOSING_PHRASES})[ \t]*,")
_DEVICE_LINE = re.compile(r"(?i)^\s*sent from my\b")

ODD_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
             "\u3000\u200b\u2060\ufeff"),
    " ",
)
"""Spaces a copy from a web page or a word processor leaves (no-break, thin, figure,
ideographic; zero-width space, word joiner, byte-order mark), each read as a plain
space: same length, so offsets hold. Zero-width joiners stay (they bind emoji)."""


def plain_spaces(text: str) -> str:
    """``text`` with :data:`ODD_SPACES` as plain spaces (same length)."""
    return text.translate(ODD_SPACES)


_FIELD_NAMES = "from|to|cc|bcc|subject|date|sent|reply-to"
"""The mail header fields a letter's paste may carry."""
HEADER = re.compile(rf"(?i)^({_FIELD_NAMES})\s*:")
RUN_ON_FIELDS = re.compile(
    rf"(?i)(?:^|(?<=\s))(?P<label>{_FIELD_NAMES})\s*:\s*"
    rf"(?P<value>.*?)\s*(?=(?<=\s)(?:{_FIELD_NAMES})\s*:|$)"
)
"""A mail's header fields and their values on one line, as a paste that lost its
breaks leaves them ("From: Sam <sam@x.org> To: Ann <ann@y.org> Subject: Thanks")."""
_SUBJECT = re.compile(
    r"(?i)^\s*(?:[*_]{0,2}(?:subject(?: line)?|subj|sub|re|ref|regarding)[*_]{0,2}\s*[:.\-–—]"
    r"|[\[(<]\s*subject(?: line)?\s*[\])>]\s*:?)"  # a template's "(Subject line) …"
    r"[*_]{0,2}\s*\S"
)
POSTSCRIPT = re.compile(r"(?i)^\s*p\.?\s?(p\.?\s?)?s\b\.?[:\s]")
BULLET = re.compile(r"^\s*([-*•‣◦▪–]|\d{1,2}[.)])\s+")
QUOTE = re.compile(r"^\s*>")
SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_SLIPS = r"(?:brevity|typos|typing errors|spelling errors|errors|auto-?correct)"
_EXCUSE = (
    r"(?:(?:please[ \t]+)?(?:excuse|forgive|pardon)|(?:apologies|sorry)[ \t]+for)"
    rf"[ \t]+(?:the[ \t]+|my[ \t]+|any[ \t]+)?{_SLIPS}"
)
MOBILE_FOOTER = re.compile(
    r"(?i)^\s*(?:sent (?:from|with|via) (?:my |the )?(?:iphone|ipad|android|samsung|galaxy|mobile|"
    r"phone|blackberry|smartphone|tablet|pixel|huawei|xiaomi|mail for windows|yahoo mail|"
    r"outlook|gmail|proton ?mail|aol)\b|get outlook for (?:ios|android)\b"
    # the same in the languages a phone may be set to
    r"|von meinem (?:iphone|ipad|samsung|smartphone|handy)[^\n]{0,20}gesendet"
    r"|gesendet von (?:meinem )?(?:iphone|ipad|samsung|smartphone|handy)"
    r"|envoy(?:é|e) de (?:mon |l')?(?:iphone|ipad|android|samsung|mobile)"
    r"|enviado (?:desde|do|de) (?:mi |meu |o meu )?(?:iphone|ipad|android|samsung|m(?:ó|o)vil"
    r"|celular)|inviato da (?:iphone|ipad|android|samsung)"
    r"|(?:verzonden|verstuurd) (?:met|vanaf|van) (?:mijn )?(?:iphone|ipad)"
    r"|sendt fra (?:min )?(?:iphone|ipad)|wys(?:ł|l)ane z (?:iphone|mojego)"
    r"|skickat fr(?:å|a)n min (?:iphone|ipad))[^\n]{0,60}$"
    # the phone's excuse under the name, alone or with the phone named: "Please excuse
    # brevity and typos", "Apologies for any typos, sent on the move" (not "Please
    # excuse my spelling in the application form")
    rf"|^\s*{_EXCUSE}(?:[ \t]+(?:and|&)[ \t]+(?:any[ \t]+)?{_SLIPS})?[ \t.!]*$"
    rf"|^\s*{_EXCUSE}[ \t]*[,;.–—-]?[ \t]*(?:sent|typed|written)?[ \t]*(?:from|on|via)"
    r"[ \t]+(?:my[ \t]+|the[ \t]+|a[ \t]+)?(?:phone|mobile|iphone|android|tablet|move|go)\b"
    r"[ \t.!]*$"
)
"""What a mail app appends under the signature: "Sent from my iPhone", "Von meinem
iPhone gesendet", and the phone's excuse for its typos."""
MAIL_CHROME = re.compile(
    r"(?i)^[ \t]*(?:\[message clipped\](?:[ \t]+view entire message)?"
    r"|reply(?:[ \t|·•]+reply[ \t]+(?:to[ \t]+)?all)?(?:[ \t|·•]+forward)"
    r"(?:[ \t|·•]+(?:more|share|add reaction))*"
    r"|add reaction(?:[ \t]+\S{1,4})?|show (?:quoted|trimmed) (?:text|content))[ \t]*$"
)
"""What a web-mail page shows under a message, copied with it: "[Message clipped]
View entire message", "Reply   Reply all   Forward", "Add reaction"."""
DISCLAIMER = re.compile(
    r"(?i)^\s*(?:(?:\*+\s*)?(?:confidentiality (?:notice|note|statement)|disclaimer|legal notice|"
    r"privileged (?:and|&) confidential)\b|this (?:e-?mail|message|communication|transmission)"
    r"(?: and any (?:attachments?|files?)(?: (?:transmitted|sent) with it)?)?,? (?:is|are|and|may|"
    r"contains?|including|(?:is |are )?intended)\b.{0,80}\b(?:confidential|privileged|intended "
    r"(?:solely|only) for)|the information (?:contained )?in this (?:e-?mail|message|"
    r"communication)\b|if you (?:are not|have received this)\b"
    r"|this (?:e-?mail|message) is subject to\b.{0,80}\bdisclaimer\b"
    # what a careers portal or an applicant tracker puts under the messages it relays
    r"|this (?:e-?mail|message) (?:was|has been) (?:sent|generated|delivered|relayed)"
    r" (?:through|via|by|from|automatically)\b"
    r"|you are receiving this\b(?: (?:e-?mail|message|notification))? because\b)"
)
"""The notice an employer's mail server appends: "CONFIDENTIALITY NOTICE: This e-mail
and any attachments are intended solely for the addressee…", "This e-mail is subject to
the … e-mail disclaimer"; and a careers portal's "This message was sent through …",
"You are receiving this because you applied…"."""
APPARATUS = re.compile(
    r"(?i)^\s*(?:enc(?:l|losures?)?\.?(?:\s*(?:[:(\-–]|\d).*)?|(?:b?cc|c\.c\.)\s*:.*"
    r"|page \d{1,3}(?: of \d{1,3})?|\d{1,2} attachments?"
    r"|[\w()'.,&-]+(?: [\w()'.,&-]+){0,3}\.(?:pdf|docx?|odt|rtf|txt|pptx?|xlsx?|png|jpe?g|zip)"
    r"|\d+(?:[.,]\d+)?\s?(?:bytes|[kmg]i?b)|scanned by gmail"
    r"|virus-free\b.*|delivered|read|seen|sent|\[quoted text hidden\]|links?:"
    r"|\[\d{1,2}\]\s*(?:https?://|www\.)\S+|\[[a-z]{1,2}\]\S.*|:[\w+-]+:(?:\s+\d+)?"
    r"|(?:\(see attached file: [^)]*\))+|please respond to \S+@\S+"
    r"|(?:[^\w\s]{1,4}[ \t]*)?(?:please )?consider the environment before printing\b.*"
    r"|submitted (?:via|through|from|on) .{3,80}"
    r"|(?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3})\s*$"
)
"""What follows a letter's signature but is no part of it: an enclosure or copy line
("Enclosure: Writing sample", "cc: Dr. Ruth Ansah"), a PDF copy's page number, and the
attachment list a mail program shows ("2 Attachments", "plan.pdf", "812 KB"), and a
messaging app's "Delivered" or "Sent" under the last message; a link list ("[1]
https://…"), a document's comments ("[a]Cut this?"), a chat's reactions (":pray: 1"),
Lotus Notes' "(See attached file: …)", a web form's "Submitted via …", a printed
mail's page URL, "[Quoted text hidden]", "Please consider the environment…"."""
TIMESTAMP = re.compile(
    r"(?i)^\s*(?:[\w.'’-]+\s+){0,4}\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?\s*$"
)
"""A messaging app's time line: "10:02 AM", "Today 4:12 PM", "Kate Osei  4:12 PM"."""
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_CONTACT = re.compile(
    r"@|https?://|www\.|linkedin\.com|^\s*linkedin\b"
    r"|^\s*(?:tel|telephone|phone|mobile|cell|fax|e-?mail|web|portfolio)\b\s*[:.]"
    r"|^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}(?:/\S*)?\s*$",
    re.IGNORECASE,
)
_SLOT = re.compile(
    r"^\s*(?:(?:[\[(<{]{1,2}[^\])>}]{1,60}[\])>}]{1,2}[\s,.:;|/-]*)+"
    r"|(?i:your (?:full |first |last )?name)[\s,.:]*)$"
)
"""A line of template slots only: "[Your Name]", "(Your name)", "[City, State] [ZIP]"."""
_YOUR_SLOT = re.compile(r"(?i)^\s*your(?:\s+[\w'’/-]+){1,3}(?:\s*\([^()]{1,80}\))?\s*$")
"""A template line that names what goes there, unbracketed: "Your Street Address (as on
your resume)", "Your typed signature", "Your contact info"."""

_DATE_BODY = (
    rf"(?:date[d]?\s*[:\-]?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)"
    rf"(?:day)?\.?,?\s+)?(?:"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?(?:\s+\d{{2,4}})?)"
    rf"|(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{2,4}})?)"
    rf"|(?:{MONTH}\.?,?\s+\d{{4}})"
    r"|(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})"
    r"|\[\s*date\s*\]|\(\s*date\s*\)|<\s*date\s*>"
    r")"
)
_DATE = re.compile(rf"(?i)^\s*{_DATE_BODY}[\s,.]*$")
_LEADING_DATE = re.compile(rf"(?i)^\s*{_DATE_BODY}(?=[ \t]+\S)")
"""A date that the greeting follows on the same line: "December 26, 2006 Dear Sir,"."""
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_CA_POSTCODE = re.compile(r"\b[ABCEGHJ-NPRSTVXY]\d[A-Z][ -]?\d[A-Z]\d\b")
_HONORIFIC = re.compile(r"^\s*(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|madam)\b\.?", re.I)
_KISSES = frozenset({"x", "xx", "xxx", "xo", "xoxo"})
_NAME_CONNECTORS = frozenset(
    {"of", "and", "&", "for", "at", "the", "de", "da", "van", "von", "der", "la", "le", "du",
     "in", "to", "on", "|", "-", "–", "—", "/", "·", "•"}
)


_SEPARATORS = frozenset({"|", "-", "–", "—", "/", "·", "•", "&"})


def opens_with_greeting(line: Line) -> bool:
    """A line that starts with a greeting word: "Dear", "Hi", "Respected"…"""
    return bool(_SALUTATION.match(line.text))


def is_salutation(line: Line) -> bool:
    """A greeting alone on its line: "Dear Ms. Lee,", "Hi team!", "Respected Sir"."""
    if line.words > 10 or _greeting_then_lower_end(line) is not None:
        return False
    end = inline_salutation_end(line)
    if end is not None and _PLEASANTRY.match(line.text, end):
        return False  # "Hi all, trust you're well": the greeting, then a first line
    if _SALUTATION.match(line.text):
        return not SENTENCE_END.search(line.text) or line.words <= 6
    return bool(_BARE_NAME_SALUTATION.match(line.text)) and line.text.strip().lower() not in (
        "to,", "from,"  # the opening of an address block in Indian and older British letters
    )


_TRAILING_GREETING = re.compile(rf"(?i)(?<=\s)(?:{_GREETING_WORDS})\b")


_FORM_LABEL = re.compile(
    r"(?i)^\s*(?:your )?(?:message|comments?|cover letter|letter|body|note|enquiry|inquiry"
    r"|additional information|details)[ \t]*:[ \t]*$"
)
"""A web form's label for the box the letter was typed in, as its e-mail shows it:
"Message: Dear Ms. Boateng,"."""


def trailing_salutation_start(line: Line) -> int | None:
    """Where a greeting that ends a run-on head line starts, or None: a letter whose
    letterhead and recipient were flattened into lines by a copy from a PDF ("Grace
    Holloway Regional Director Harborline Logistics 27 Canal Street Austin, Texas
    78701 Dear Ms. Holloway,"). The words before it must read as an address block:
    no sentence ends in them, and most are capitalised or numbers; or as a subject
    set off by a dash or colon ("Re: Monday's interview – Hello Ms. Brandt,")."""
    for match in _TRAILING_GREETING.finditer(line.text):
        greeting = line.cut(match.start())
        if not is_salutation(greeting) or not greeting.text.rstrip().endswith((",", ":")):
            continue
        before = line.text[: match.start()]
        if _FORM_LABEL.match(before):
            return match.start()  # a web form's "Message: Dear Ms. Boateng,"
        return match.start() if _reads_as_head(before, greeting.text) else None
    return None


def run_on_head_start(line: Line) -> int | None:
    """Where the greeting starts in a line that runs a head, the greeting and the first
    sentence together, or None: a paste that lost its line breaks ("Subject: Front desk
    interview Dear Ms. Park, Thank you for…", "Sam Ortiz, 12 High Street, Leeds LS1
    2AB Dear Ms. Park, Thank you…"). The words before the greeting must read as a head
    (see ``trailing_salutation_start``)."""
    for match in _TRAILING_GREETING.finditer(line.text):
        greeting = line.cut(match.start())
        if inline_salutation_end(greeting) is None:
            continue
        return match.start() if _reads_as_head(line.text[: match.start()], greeting.text) else None
    return None


def _reads_as_head(before: str, greeting: str) -> bool:
    """Whether the words before a greeting on its line read as a head: no sentence
    ends in them, and they are a subject (or a mail's header fields) set off by a dash
    or colon, or before a capitalised greeting ("Subject: Front desk interview Dear Ms.
    Park,"), or an address block (most words capitalised or numbers)."""
    words = before.replace(",", " ").split()
    if len(words) < 3 or re.search(r"[.!?]\s+[a-z]", before):
        return False
    # "Re: Monday's interview – Hello Ms. Brandt,", "Re: any news?? Hi Gary,", and a
    # mail's "From: … To: … Subject: … Date: … Hi Dan," run into one line
    if (_SUBJECT.match(before) or HEADER.match(before)) and (
        before.rstrip()[-1:] in "-–—:|" or greeting[:1].isupper()
    ):
        return True
    if before.rstrip()[-1:] in ".!?":
        return False
    shaped = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    return shaped >= 0.7 * len(words)


def leading_date_end(line: Line) -> int | None:
    """Where a date that opens a line ends, when a greeting follows it on that line
    ("December 26, 2006 Dear Sir or Madam: I am replying…"), or None."""
    match = _LEADING_DATE.match(line.text)
    if match is None:
        return None
    rest = line.cut(match.end())
    rest = rest.cut(len(rest.text) - len(rest.text.lstrip()))
    if inline_salutation_end(rest) is None and not is_salutation(rest):
        return None
    return match.end()


def inline_salutation_end(line: Line) -> int | None:
    """Where a greeting that shares its line with the first sentence ends (after its
    comma or colon), or None."""
    match = _INLINE_SALUTATION.match(line.text) or _GREETING_THEN_WISH.match(line.text)
    if match is None:
        return _greeting_then_lower_end(line)
    rest = line.text[match.end() :].strip()
    if len(rest.split()) < 2 and not SENTENCE_END.search(rest):
        return None
    return match.end()


def _greeting_then_lower_end(line: Line) -> int | None:
    """Where a greeting with no comma ends when a sentence of three words or more goes
    on after it in lower case and the line does not end like a greeting (a comma)."""
    match = _GREETING_THEN_LOWER.match(line.text)
    if match is None:
        return None
    rest = line.text[match.end() :].strip()
    if len(rest.split()) < 3 or rest.endswith((",", ":")):
        return None
    return match.end()


def is_closing(line: Line) -> bool:
    return bool(_CLOSING.match(line.text) or _YOURS.match(line.text))


def inline_closing(line: Line) -> tuple[int, int, int | None] | None:
    """(closing start, closing end, name start or None) when the line ends with a
    sign-off after its last sentence: "…let me know. Cheers, Priya"."""
    match = _INLINE_CLOSING.search(line.text)
    if match is None:
        trailing = _TRAILING_SIGN_OFF.search(line.text)
        if trailing is None:
            return None
        return trailing.start("closing"), trailing.end("closing"), None
    name = match.start("name") if match.group("name") else None
    return match.start("closing"), match.end("closing"), name


def leading_closing_end(line: Line) -> tuple[int, int] | None:
    """(end of the sign-off, start of the name) when a line is "Best, Sam", or
    "Sincerely, [Your Name] [Your Email] [Your Phone]" in a template."""
    match = _LEADING_CLOSING.match(line.text)
    if match is None or (line.words > 6 and not _SLOT.match(line.text[match.end() :])):
        return None
    return match.end("closing"), match.end()


def starts_like_closing(line: Line) -> bool:
    """A line that opens with a sign-off phrase: "Thanking you in anticipation of…"."""
    if not _CLOSING_START.match(line.text):
        return False
    return line.words <= 10 or long_sign_off(line)


_SEE_YOU = re.compile(
    r"(?i)^\s*see (?:you|u|ya)(?: (?:soon|then|there|later|tomorrow|(?:on |in |next |at )?"
    r"(?:the )?\w+(?: \w+)?))?[ \t]*[,.!]*[ \t]*$"
)


def see_you(text: str) -> bool:
    """"See you soon!", "see u in june!", "See you Monday!": a sign-off when the name is
    right under it (set off by a blank line, it is the last sentence of the body)."""
    return bool(_SEE_YOU.match(text))


def long_sign_off(line: Line) -> bool:
    """A sign-off line of up to 16 words: one ending in a comma ("Thank you again and I
    hope to hear from you very soon," above the name), or with its comma straight after
    the phrase and no sentence end ("Lots of love, and give the dog a pat from me xx")."""
    text = line.text.rstrip()
    if line.words > 16 or not _CLOSING_START.match(text):
        return False
    return text.endswith(",") or (
        bool(_CLOSING_COMMA.match(text)) and not SENTENCE_END.search(text)
    )


def closing_like(line: Line) -> bool:
    """A short line ending in a comma ("Con gratitud,"), or opening like a sign-off
    with no sentence end ("Thank you very very much"): an unlisted sign-off."""
    if line.words > 8:
        return False
    text = line.text.rstrip()
    return text.endswith(",") or (
        bool(_CLOSING_START.match(text)) and not SENTENCE_END.search(text)
    )


def is_subject(line: Line) -> bool:
    return bool(_SUBJECT.match(line.text)) and line.words <= 20


def is_date(line: Line) -> bool:
    return line.words <= 7 and bool(_DATE.match(line.text))


_BLANK_SLOT = re.compile(r"^\s*(?:\.{3,}|…+|_{3,})\s*$")
"""A line left to be filled in: "...", "…", "_____"."""


def is_slot(line: Line) -> bool:
    return bool(
        _SLOT.match(line.text) or _YOUR_SLOT.match(line.text) or _BLANK_SLOT.match(line.text)
    )


def is_contact(line: Line) -> bool:
    """An e-mail address, a web address, a phone number or a labelled contact line."""
    if line.words > 12 or (line.words > 6 and not re.search(r"[|•·:]", line.text)):
        return False  # a sentence that mentions an address, not a contact line
    return bool(_CONTACT.search(line.text)) or _has_phone(line.text)


def is_address(line: Line) -> bool:
    """A street, city-and-postcode or PO box line."""
    if line.words > 9 or SENTENCE_END.search(line.text.rstrip().rstrip(".")) is not None:
        return False
    if _UK_POSTCODE.search(line.text) or _CA_POSTCODE.search(line.text):
        return True
    if not re.search(r"\d", line.text):
        return False
    return _us_address_kind(line.text.strip())


_BRACKETED_ASIDE = re.compile(r"\([^()\n]{1,40}\)")
"""A word or two in brackets on a name or title line, in lower case: pronouns ("(she/
her)", "(he/him | il)") or a qualifier ("(final year)")."""


def is_name_like(line: Line) -> bool:
    """A line of capitalised words, initials, numbers or slots: a name, a job title,
    an organisation — what stands under a signature or in an address block."""
    text = line.text.strip().strip("-—–~ ").rstrip(".,")
    # the bars and dots that part a title's pieces are no words: "Senior Accountant |
    # Group Reporting | Halden & Rowe LLP"
    if not text or sum(word not in _SEPARATORS for word in text.split()) > 8:
        return False
    if is_slot(line):
        return True
    outside = _BRACKETED_ASIDE.sub(" ", text)
    if outside != text and len(outside.split()) >= 2:
        text = outside  # "Émilie Tremblay (she/her | elle)", "BSc Surveying (final year)"
    words = text.replace(",", " ").split()
    if len(words) > 1 and SENTENCE_END.search(text) and not text.endswith("."):
        return False
    capitalised = 0
    for word in words:
        bare = word.strip("()[]\"'“”‘’")
        if not bare:
            continue
        if bare.lower() in _NAME_CONNECTORS or bare.lower() in _KISSES:
            continue
        if bare[0].islower():
            return False
        capitalised += 1
    return capitalised > 0


def head_like(line: Line) -> bool:
    """A line that belongs above the greeting: letterhead, date, recipient, subject."""
    if is_subject(line) or is_date(line) or is_slot(line) or is_contact(line):
        return True
    if is_address(line):
        return True
    return line.words <= 9 and not SENTENCE_END.search(line.text.rstrip().rstrip(".")) and (
        is_name_like(line) or not SENTENCE_END.search(line.text)
    )


def signature_like(line: Line, lowercase_letter: bool = False) -> bool:
    """A line under the sign-off: a name, a title, an address, a phone number."""
    if is_contact(line) or is_slot(line) or is_address(line) or _DEVICE_LINE.match(line.text):
        return True
    if BULLET.match(line.text) and line.words > 3:
        return False
    if is_name_like(line) or _name_with_tagline(line):
        return True
    text = line.text.strip().strip("-—–~ ")
    return lowercase_letter and line.words <= 3 and not SENTENCE_END.search(text)


_TAGLINE = re.compile(r"^(\s*\S+(?: \S+){0,3}) [-–—] [^.!?]{1,60}$")


def _name_with_tagline(line: Line) -> bool:
    """A name with a few words of the writer's own after a dash, no sentence: "Leon
    Vass - your next tech lead, probably", "Priya – future barista"."""
    match = _TAGLINE.match(line.text.rstrip())
    return match is not None and line.words <= 12 and is_name_like(line.cut(0, match.end(1)))


def is_honorific_line(line: Line) -> bool:
    return bool(_HONORIFIC.match(line.text))


def _has_phone(text: str) -> bool:
    digits = sum(char.isdigit() for char in text)
    if digits < 7:
        return False
    import phonenumbers

    for region in ("US", "GB"):
        matcher = phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.POSSIBLE
        )
        if matcher.has_next():
            return True
    return False


def _us_address_kind(text: str) -> bool:
    import usaddress

    try:
        tagged, kind = usaddress.tag(text)
    except usaddress.RepeatedLabelError:
        return False
    labels = set(tagged)
    if kind == "Street Address":
        return "AddressNumber" in labels and bool(
            labels & {"StreetNamePostType", "StreetNamePreType", "OccupancyType"}
        )
    if kind == "PO Box":
        return True
    return {"PlaceName", "ZipCode"} <= labels or {"StateName", "ZipCode"} <= labels
