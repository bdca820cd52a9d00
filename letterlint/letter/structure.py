"""Finding the parts of a letter: mail headers, letterhead, date, recipient, subject,
salutation, body paragraphs, closing, signature, postscript and quoted text.

Pure text work, no NLP: every part is a span into the original text, which is
never changed. Lines may end in LF, CRLF or CR. Letters arrive in every layout
people paste: paragraphs separated by blank lines or by single line breaks, hard
wraps from a PDF or a narrow window, a letterhead and the recipient's address
above the greeting, a greeting on the same line as the first sentence, a sign-off
at the end of the last one, a signature spread over blank-line-separated lines.
The shape of each line (``letter.lines``) decides what it is; line lengths and
sentence ends decide where a paragraph ends when no blank line says so.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from letterlint.letter.lines import (
    APPARATUS,
    BULLET,
    DISCLAIMER,
    HEADER,
    MAIL_CHROME,
    MOBILE_FOOTER,
    POSTSCRIPT,
    QUOTE,
    RUN_ON_FIELDS,
    SENTENCE_END,
    SIGNATURE_DELIMITER,
    TIMESTAMP,
    Line,
    closing_like,
    head_like,
    inline_closing,
    inline_salutation_end,
    is_address,
    is_closing,
    is_contact,
    is_date,
    is_honorific_line,
    is_name_like,
    is_salutation,
    is_slot,
    is_subject,
    leading_closing_end,
    leading_date_end,
    long_sign_off,
    opens_with_greeting,
    plain_spaces,
    run_on_head_start,
    see_you,
    signature_like,
    split_lines,
    starts_like_closing,
    trailing_salutation_start,
)
from letterlint.letter.suppress import DIRECTIVE, directive_lines
from letterlint.model import HEAD_ROLES, Part, Role, Span

__all__ = ["HEAD_ROLES", "Line", "Part", "Role", "find_parts", "is_bullet", "split_lines"]


_ATTRIBUTIONS = (
    # (the word that opens the line, the verb, whether the verb comes before the name)
    ("On", "wrote", False),  # "On Mon, 9 Mar 2026 at 08:15, Ann <a@x.org> wrote:"
    ("El", "escribió", False),  # "El mar, 10 mar 2026 a las 9:02, Lucía (<l@x.mx>) escribió:"
    ("Em", "escreveu", False),  # "Em qua., 11 de mar. de 2026 às 15:40, Ana <a@x.br> escreveu:"
    ("Le", "a écrit", False),  # "Le lun. 16 mars 2026 à 18:20, Sophie <s@x.fr> a écrit :"
    ("Il", "ha scritto", False),  # "Il giorno lun 9 mar 2026 alle 08:15 Anna <a@x.it> ha scritto:"
    ("Am", "schrieb", True),  # "Am Mo., 9. März 2026 um 08:15 Uhr schrieb Thomas <t@x.de>:"
    ("Op", "schreef", True),  # "Op ma 9 mrt. 2026 om 08:15 schreef Thomas <t@x.nl>:"
    ("Den", "skrev", True),  # "Den mån 9 mars 2026 kl 08:15 skrev Thomas <t@x.se>:"
)
"""How a mail client introduces the message a reply quotes, in the languages it may be
set to: the line opens with a word for "on" and ends with the verb and a colon, or,
where the verb comes before the name, with the name and a colon."""
_ATTRIBUTION_START = re.compile(
    rf"^\s*(?:{'|'.join(sorted({opener for opener, _, _ in _ATTRIBUTIONS}))})\s.{{4,}}"
)
_ATTRIBUTION_END = re.compile(
    rf"(?:\b(?:{'|'.join(verb for _, verb, first in _ATTRIBUTIONS if not first)})\s*"
    rf"|\b(?:{'|'.join(verb for _, verb, first in _ATTRIBUTIONS if first)})\b[^\n]{{0,200}})"
    r":\s*$"
)
_REPLY_ABOVE = (
    r"(?:#+-?\s*|-\s*)?(please )?(type|write|enter) (your )?(reply|response) above this line"
    r"(?:\s*-#*|\s*#+)?"
)
"""The line a help desk or an applicant tracker puts over the message it sends: a
reply goes above it, so what is under it was quoted; on top of a paste, with nothing
above it, it is what the writer's own message was typed under."""
_SEPARATOR = re.compile(
    r"(?i)^\s*(-{2,}\s*(original message|forwarded message|ursprüngliche nachricht|message "
    r"d'origine|mensaje original|messaggio originale)\s*-{2,}|_{8,}|begin forwarded message:"
    rf"|{_REPLY_ABOVE})\s*$"
)
_REPLY_MARKER = re.compile(rf"(?i)^\s*{_REPLY_ABOVE}\s*$")
_OUTLOOK_FROM = re.compile(r"^\s*(?:From|Von|De|Da|Van|Från|Fra|Od)[ \t\u00a0\u202f]?:\s.+")
"""An Outlook header's first field; French puts a space before the colon ("De : …")."""
_LOCAL_FIELD = re.compile(
    r"(?i)^\s*(?:gesendet|an|betreff|datum|envoyé|à|objet|date|inviato|a|oggetto|enviado|para"
    r"|enviado el|asunto|assunto|fecha|verzonden|aan|onderwerp|skickat|till|ämne|sendt|emne"
    r"|wysłano|do|temat|cc|kopie)\s*:"
)
"""The fields of a quoted message's header in a mail client set to another language."""
_RECIPIENT_WORDS = re.compile(
    r"(?i)\b(?:manager|director|recruiter|recruitment|human resources|hr|hiring|talent|"
    r"department|dept|committee|principal|supervisor|coordinator|officer|head of|team)\b"
)

_SIGNER_DESCRIPTION = re.compile(r"^(?:The|A|An|Your)\s")
"""How a signature that describes the writer starts: an article or "Your"."""

_SIGNING_DASH = re.compile(r"^\s*[—–-]{1,2}[ \t]*(?=\w)")
_WRAP_WIDTH = 100
"""Lines longer than this are not hard-wrapped: a single line break between such
lines ends a paragraph."""

_HEAD_LIMIT = 30
"""How many lines the letterhead, date, recipient and subject may take together."""

_SIGNATURE_LIMIT = 9
"""How many lines a signature block may take (name, title, address, contacts)."""


def find_parts(text: str) -> tuple[Part, ...]:
    """Split a letter into parts in text order. Body parts are paragraphs."""
    text = plain_spaces(text)
    readable = _unmarked(text) if _MARKED.search(text) else text
    html_breaks = _BREAK.search(readable) is not None
    every_line = split_lines(readable, html_breaks)
    lines = _without_furniture(every_line)
    furniture = [Span(old.start, old.end) for old, new in zip(every_line, lines, strict=True)
                 if not old.blank and new.blank]
    if "<!--" in text:
        lines = _without_directives(lines, text)
    parts: list[Part] = []
    position = _skip_blank(lines, 0)
    header_end = _header_end(lines, position)
    if header_end > position:
        parts.append(_part(Role.HEADER, lines[position:header_end]))
        position = header_end
    lines = _csv_export(_chat_export(lines))
    lines, others_start, messages = _chat_paste(lines, position)
    if position < len(lines) and _REPLY_MARKER.match(lines[position].text):
        parts.append(_part(Role.ASIDE, [lines[position]]))  # nothing above it: no quote
        position = _skip_blank(lines, position + 1)
    top_quote_end = max(_top_quote_end(lines, position), _thread_end(lines, position))
    if top_quote_end > position:  # a reply written under the message it answers
        parts.append(_part(Role.QUOTED, _trimmed_lines(lines[position:top_quote_end])))
        position = top_quote_end
    quote_start = min(_quote_start(lines, position), others_start)
    lowercase = not any(char.isupper() for char in text) or _written_uncapitalised(
        lines[position:quote_start]
    )
    parts.extend(_letter_parts(lines[position:quote_start], lowercase, messages))
    if quote_start < len(lines):
        parts.append(_part(Role.QUOTED, lines[quote_start:]))
    found = sorted(_split_at_quotes(parts, text), key=lambda part: part.span.start)
    return tuple(_with_gaps(part, furniture, text) for part in found) if furniture else tuple(found)


def _with_gaps(part: Part, furniture: list[Span], text: str) -> Part:
    """A paragraph (or P.S.), with the furniture lines its span runs across (and the
    blank space around them) as its gaps; other parts as they are."""
    if part.role not in (Role.BODY, Role.POSTSCRIPT):
        return part
    gaps: list[Span] = []
    for span in furniture:
        if not part.span.contains(span):
            continue
        start, end = span.start, span.end
        while start > part.span.start and text[start - 1].isspace():
            start -= 1
        while end < part.span.end and text[end].isspace():
            end += 1
        if gaps and start <= gaps[-1].end:
            start = gaps.pop().start
        gaps.append(Span(start, end))
    return replace(part, gaps=tuple(gaps)) if gaps else part


_MARKED = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]|\*\*|__|([-*_])[ \t]*\1[ \t]*\1)")
"""A line that opens with Markdown markup: a heading, bold, or a rule."""
_HEADING_MARK = re.compile(r"(?m)^([ \t]{0,3})(#{1,6})(?=[ \t]+\S)")
_RULE = re.compile(r"(?m)^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BOLD_LINE = re.compile(r"(?m)^([ \t]*)(\*\*|__)(?=\S)([^\n]*?\S)\2([ \t]*)$")


def _unmarked(text: str) -> str:
    """``text`` with the Markdown markup that frames whole lines turned to spaces
    (same length, so every offset holds): a heading's hashes, a rule ("---"), and
    bold around a line ("**Hi Ravi,**"). The parts are then found in the words."""
    text = _HEADING_MARK.sub(lambda m: m[1] + " " * len(m[2]), text)
    text = _RULE.sub(lambda m: " " * len(m[0]), text)
    return _BOLD_LINE.sub(lambda m: m[1] + "  " + m[3] + "  " + m[4], text)


_BREAK = re.compile(r"(?i)<br\s*/?>")
"""An HTML line break left in pasted text: read as a line break (``split_lines``)."""
_ORNAMENT = re.compile(
    r"^\s*(?=[~*=•·#+\u2500-\u257f]|[-–—]{3})[\s~*=•·#+\-–—\u2500-\u257f]+$"
)
"""A decorative line: "~ ~ ~", "* * *", "=====", "• • •", a box-drawn rule ("─────")
round the fields of a portal's message."""
_PAGE = re.compile(
    r"(?i)^\s*(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$|^\s*-\s*\d{1,3}\s*-\s*$"
)
_RUNNING_HEAD = re.compile(
    r"(?i)^(?:[ \t]*(?:page|p\.) ?\d{1,3}(?: ?(?:of|/) ?\d{1,3})?(?: {3,}|\t)\S.{0,80}"
    r"|[ \t]*\S.{0,80}?\S(?: {3,}|\t+)(?:page|p\.) ?\d{1,3}(?: ?(?:of|/) ?\d{1,3})?)[ \t]*$"
)
"""A page's running header or footer in a PDF copy: a title and the page number set
apart by a wide gap ("Thank-you letter – 3 December 2026        Page 2")."""
_RUNNING_HEAD_LENGTH = 160
"""The longest line read as a running header (a page is about 100 characters wide)."""
_BANNER = re.compile(
    r"(?i)^\s*(?:\[\s*(?:external|caution|warning|ext)\s*\]|external (?:e-?mail|sender|message)\b"
    r"|(?:caution|warning)\s*:.{0,80}\b(?:external|outside|phishing|sender)\b)"
    r"|this (?:e-?mail|message) (?:originated|came|was sent) from outside"
)
"""A mail server's warning on top of a message: "[EXTERNAL] This email originated from
outside the organization…"."""
_BANNER_MORE = re.compile(
    r"(?i)\b(?:click|links?|attachments?|recogni[sz]e|sender|outside|phishing|suspicious"
    r"|content is safe)\b"
)
"""The banner's further lines: "Do not click links unless you recognize the sender"."""


def _without_furniture(lines: list[Line]) -> list[Line]:
    """The lines, with what frames a letter but is none of it read as blank lines:
    decorative rules ("~ ~ ~"), a second page's running header (the addressee, "Page
    2", the date) between paragraphs, a PDF page's number and running header on one
    line ("Thank-you letter – 3 December 2026      Page 2", even mid-paragraph: the
    paragraph keeps it as a gap), and an external-sender banner on top. Offsets
    hold."""
    blank = {i for i, line in enumerate(lines) if _is_ornament(line)}
    blank.update(
        i for i, line in enumerate(lines)
        if len(line.text) <= _RUNNING_HEAD_LENGTH and _RUNNING_HEAD.match(line.text)
    )
    blank.update(_banner_lines(lines))
    # whether a sentence ends below each line: a running header stands mid-letter
    ends_below = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        ends_below[i] = ends_below[i + 1] or bool(SENTENCE_END.search(lines[i].text))
    start = 0
    page_break = False  # the block above was a page's number
    while start < len(lines):
        if lines[start].blank:
            start += 1
            continue
        end = start
        while end < len(lines) and not lines[end].blank:
            end += 1
        block = lines[start:end]
        pages = [start + i for i, line in enumerate(block) if _PAGE.match(line.text)]
        if page_break and _continuation_head(block) and ends_below[end]:
            blank.add(start)  # "E. Whitby – Dr A. Singh – 2 April 2026" atop the next page
            page_break = False
        elif pages and ends_below[end] and all(
            line.words <= 6 and not SENTENCE_END.search(line.text) for line in block
        ):
            signed = any(is_closing(line) or starts_like_closing(line) for line in block)
            blank.update(pages if signed else range(start, end))  # keep a sign-off's lines
            page_break = not signed
        else:
            page_break = False
        start = end
    if not blank:
        return lines
    return [Line(line.start, line.start, "") if i in blank else line
            for i, line in enumerate(lines)]


def _continuation_head(block: list[Line]) -> bool:
    """The running head atop a letter's second page, set apart under the first page's
    number: one line with a date or a page number in it and no sentence ("E. Whitby –
    Dr A. Singh – 2 April 2026", "Mr G. Hollis      - 2 -      14 May 2026")."""
    if len(block) != 1:
        return False
    line = block[0]
    text = line.text.strip()
    return (line.words <= 12 and not SENTENCE_END.search(text) and not text.endswith(",")
            and _HEAD_PARTS.search(text) is not None and _HEAD_DATE.search(text) is not None
            and not is_salutation(line) and not is_closing(line))


_HEAD_PARTS = re.compile(r"\S(?:[ \t]+[–—|-][ \t]+|[ \t]{3,})\S")
"""What parts a running head's pieces: a spaced dash or bar, or a wide gap."""
_HEAD_DATE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|[–—-][ \t]*\d{1,3}[ \t]*[–—-]|\bpage[ \t]+\d"
)
"""A date or a page number in a running head."""


def _is_ornament(line: Line) -> bool:
    text = line.text
    return (_ORNAMENT.match(text) is not None and not SIGNATURE_DELIMITER.match(text)
            and not text.lstrip().startswith("~~~"))  # a code fence is no ornament


def _emoji_only(text: str) -> bool:
    """A short line of symbols alone ("🍳🔥", "★★★"): no letter, digit or punctuation."""
    if not text.strip() or len(text) > 40:
        return False
    return all(
        char.isspace() or unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")
        for char in text
    ) and any(unicodedata.category(char) == "So" for char in text)


def _banner_lines(lines: list[Line]) -> list[int]:
    """The lines of an external-sender banner on top of the message: its first line
    and the warning lines under it, never the greeting or the letter."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or not _BANNER.search(lines[first].text):
        return []
    found = [first]
    for index in range(first + 1, len(lines)):
        line = lines[index]
        if line.blank or is_salutation(line) or not _BANNER_MORE.search(line.text):
            break
        found.append(index)
    return found


def _split_at_quotes(parts: list[Part], text: str) -> list[Part]:
    """Parts with no quoted block inside them: a sign-off or letterhead gathered from
    lines on both sides of a quoted block ("Ann" / "> …" / "Ann Smith") becomes one
    part on each side, so that parts never overlap."""
    quotes = [part.span for part in parts if part.role is Role.QUOTED]
    if not quotes:
        return parts
    result = []
    for part in parts:
        inside = [quote for quote in quotes
                  if part.role is not Role.QUOTED and part.span.start < quote.start
                  and quote.end <= part.span.end]
        if not inside:
            result.append(part)
            continue
        start = part.span.start
        for end, resume in [*((quote.start, quote.end) for quote in inside),
                            (part.span.end, part.span.end)]:
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                result.append(Part(part.role, Span(start + lead, start + len(piece.rstrip()))))
            start = resume
    return result


def _without_directives(lines: list[Line], text: str) -> list[Line]:
    """Suppression comments (``<!-- letterlint off -->``) are no part of the letter: a
    line holding only comments reads as blank, and a comment after the words of a
    line ends it. Offsets stay those of the text."""
    cuts = {start: end for start, end, _ in directive_lines(text)}
    if not cuts:
        return lines
    result = []
    for line in lines:
        content = line.text
        for start in sorted(cuts):
            if line.start <= start < line.end:
                before = content[: start - line.start]
                after = text[cuts[start] : line.end]
                if not after.strip() or DIRECTIVE.fullmatch(after.strip()):
                    content = before
                    break
        if content is line.text:
            result.append(line)
        elif content.strip():
            result.append(line.cut(0, len(content.rstrip())))
        else:
            result.append(Line(line.start, line.start, ""))
    return result


@dataclass(frozen=True)
class _Row:
    """A non-blank line and how many blank lines stand before it."""

    line: Line
    gap: int
    stands_apart: bool = False
    """The row comes right after a quoted block, or starts a line of a pasted chat, so it
    never joins the text before it."""


def _letter_parts(
    lines: list[Line], lowercase: bool, messages: frozenset[int] = frozenset()
) -> list[Part]:
    """The parts of the letter's own lines; ``messages``: where the lines of a pasted
    chat start (each its own paragraph, never run on from the one above)."""
    lines = _without_boilerplate(lines)
    lines, signature_tail = _split_signature_delimiter(lines)
    parts: list[Part] = []
    rows: list[_Row] = []
    after_quote = False
    for block, gap in _blocks(lines):
        if all(QUOTE.match(line.text) for line in block):
            parts.append(_part(Role.QUOTED, block))
            after_quote = bool(rows)
            continue
        rows.extend(
            _Row(line, gap if index == 0 else 0,
                 (after_quote or line.start in messages) and index == 0)
            for index, line in enumerate(block)
        )
        after_quote = False

    rows, above = _without_preamble(rows)
    parts.extend(_part(Role.ASIDE, [row.line for row in group]) for group in above)
    rows, below = _without_trailer(rows, lowercase)
    head_count, salutation, first_body = _find_head(rows)
    set_apart = _set_apart(rows) if salutation is None and head_count == 0 else None
    if set_apart is not None:
        parts.append(_part(set_apart, [rows[0].line]))  # a title, or "Here's what I sent:"
        rows = rows[1:]
    head = rows[:head_count]
    rest = rows[head_count:]
    if salutation is not None:
        opening = rest[0].line
        trailing = trailing_salutation_start(opening)
        if trailing is None and leading_date_end(opening) is None:
            trailing = run_on_head_start(opening)
        if trailing is not None and opening.start + trailing == salutation.start:
            prefix = opening.cut(0, len(opening.text[:trailing].rstrip(" \t-–—|")))
            head = [*head, _Row(prefix, rest[0].gap)]  # a run-on head before the greeting
    parts.extend(_head_parts(head))
    if salutation is not None:
        opening = rest[0].line
        dated = leading_date_end(opening)
        if dated is not None and opening.start + dated <= salutation.start:
            parts.append(_part(Role.DATE, [opening.cut(0, dated)]))  # on the greeting's line
        greeting = [salutation]
        if first_body is None and len(rest) > 2 and (
            _wrapped_greeting(salutation, rest[1]) or _second_greeting(rest[1])
        ):
            greeting.append(rest[1].line)  # "Dear" / "Ms. Oyelaran-Whitcombe,"
            rest = rest[1:]
        parts.append(_part(Role.SALUTATION, greeting))
        rest = rest[1:]
        if first_body is None and rest and not _holds_prose(rest[0].line) and (
            _SUBJECT_UNDER_GREETING.match(rest[0].line.text) or _title_under_greeting(rest)
        ):
            parts.append(_part(Role.SUBJECT, [rest[0].line]))  # "Sub: …" under the greeting
            rest = rest[1:]
        elif first_body is None and len(rest) > 2 and _REFERENCE_FIELD.match(rest[0].line.text):
            count = 1
            while count < len(rest) - 1 and not rest[count].gap and _REFERENCE_FIELD.match(
                rest[count].line.text
            ):
                count += 1
            if count > 1 and rest[count].gap:  # "Position applied for: …" / "Interview date: …"
                parts.append(_part(Role.SUBJECT, [row.line for row in rest[:count]]))
                rest = rest[count:]
        if first_body is not None:
            rest = [_Row(first_body, 0), *rest]

    postscript_at = next(
        (index for index, row in enumerate(rest) if index and POSTSCRIPT.match(row.line.text)),
        None,
    )
    postscript: list[_Row] = []
    if postscript_at is not None:
        rest, postscript = rest[:postscript_at], rest[postscript_at:]
    body, closing, signature = _split_tail(rest, lowercase)
    if postscript and not closing and not signature:
        # A P.S. written before the sign-off: the closing and signature are not part of it.
        before, postscript_closing, postscript_signature = _split_tail(postscript, lowercase)
        if postscript_closing or postscript_signature:
            postscript = before
            closing, signature = postscript_closing, postscript_signature
    for note in _postscripts(postscript):
        parts.append(_part(Role.POSTSCRIPT, note))
    paragraphs = list(_paragraphs(body, lowercase))
    chips = [all(_ATTACHMENT_CHIP.match(line.text) for line in lines) for lines in paragraphs]
    only_chips = all(chips)  # then the letter has nothing else to say: keep them as body
    for paragraph, chip in zip(paragraphs, chips, strict=True):
        # A mail program's attachment chip pasted with the letter is an aside.
        parts.append(_part(Role.ASIDE if chip and not only_chips else Role.BODY, paragraph))
    if closing:
        parts.append(_part(Role.CLOSING, closing))
    if signature or signature_tail:
        signed = signature + signature_tail
        dash = _SIGNING_DASH.match(signed[0].text)
        if dash:
            signed[0] = signed[0].cut(dash.end())  # "—Sam": the dash is no part of the name
        edited = _EDITED.search(signed[-1].text)
        if edited and edited.start():
            signed[-1] = signed[-1].cut(0, edited.start())  # a chat app's "(edited)"
        signed, said = _said_under_name(signed, lowercase)
        parts.append(_part(Role.SIGNATURE, signed))
        if said:
            parts.append(_part(Role.ASIDE, said))
    parts.extend(_part(Role.ASIDE, [row.line for row in group]) for group in below)
    return parts


_SAID_WORDS = 4
"""The fewest words of a sentence under the name that is said to the reader rather
than a signature's motto."""


def _said_under_name(signed: list[Line], lowercase: bool) -> tuple[list[Line], list[Line]]:
    """The signature lines, and the sentences at their end that the writer says to the
    reader ("Going off what we said, I'll start Monday the 14th.", "(No doubt it's gone
    to someone's mate.)"): no part of the signature but sent with it, so an aside, which
    tone reads. Only a run that closes the block and holds no name, title or contact."""
    start = len(signed)
    while start > 1 and _said(signed[start - 1], lowercase):
        start -= 1
    return signed[:start], signed[start:]


def _said(line: Line, lowercase: bool) -> bool:
    """A sentence (a full stop at its end), or a remark in brackets ("(22 years'
    experience – apparently not enough these days)"), of four words or more."""
    text = line.text.strip()
    if SENTENCE_END.search(text) is None:
        if not (text.startswith("(") and text.endswith(")")):
            return False
        # the brackets would read as a template's slot ("(Your Name)"): judge the words
        line = line.cut(line.text.index("(") + 1, line.text.rindex(")"))
    return line.words >= _SAID_WORDS and not signature_like(line, lowercase)


_ATTACHMENT_CHIP = re.compile(
    r"(?i)^\s*(?:(?:\U0001F4CE|\[(?:attachment|attached)\]|attachment:)\s*"
    r"[\w()'.,&+-][\w()'.,&+ -]{0,79}|[\w()'.,&+-]{1,80})"
    r"\.(?:pdf|docx?|odt|rtf|txt|pptx?|xlsx?|png|jpe?g|zip)"
    r"\s*\(\s*\d+(?:[.,]\d+)?\s?(?:bytes|[kmg]i?b)\s*\)\s*$"
)
"""An attachment as a mail program shows it: a file name and its size in brackets,
"📎 Park_Portfolio.pdf (4.1 MB)". Without the clip or an "Attachment:" label the
name has no space, so a sentence ("I have attached my CV.pdf (2 MB)") is no chip.
Each piece of the name owns its characters, so a long line of spaces fails fast."""


_PREAMBLE_LIMIT = 60
"""How far down a greeting is looked for under a note that is not the letter's."""


def _without_preamble(rows: list[_Row]) -> tuple[list[_Row], list[list[_Row]]]:
    """The rows from the greeting on, and the groups of rows above it that are no part
    of the letter: a note to a friend ("can you read this before I send it?", with or
    without a greeting of its own), a forum post's question, a pasted job advert,
    "Here is my draft:". Only when a line that opens with a greeting word and ends on
    a comma or colon ("Hi Denise,", "Dear Dr. Whitcombe, Ms. Farah and Mr.
    Lindqvist,") stands alone further down, after a blank line, with no sign-off or
    bare name above it ("Hi again, I forgot one thing." is a sentence, not a
    greeting), and the letter does not open with a greeting line of its own (then
    the later one is quoted in it: "I opened my note to him with: / Dear Mr. Lee,")."""
    if not rows:
        return rows, []
    head_count, salutation, first_body = _find_head(rows)
    if salutation is not None and first_body is None:
        return rows, []  # the letter opens with its greeting: a later one is quoted in it
    first = head_count + 1 if salutation is not None else 1
    for index in range(first, min(_PREAMBLE_LIMIT, len(rows))):
        row = rows[index]
        text = row.line.text.rstrip()
        if (row.gap and is_salutation(row.line) and opens_with_greeting(row.line)
                and text.endswith((",", ":")) and not SENTENCE_END.search(text)):
            return rows[index:], _split_by_gaps(rows[:index])
        if is_closing(row.line) or (
            row.line.words <= 3 and signature_like(row.line)
            and SENTENCE_END.search(rows[index - 1].line.text)
        ):
            break  # a message signed above ("…Thank you!" / "Sam"): the next is another's
    return rows, []


_TITLE_MARK = re.compile(r"\s[–—|-]\s(?=[A-Z0-9])|\((?=[A-Z0-9])|^\s*[A-Z]{1,4}-?\d{3,}\b")
"""What makes a line a title rather than an unpunctuated first sentence: a dash or bar
before a capitalised label ("Thank you – Tuesday's interview"), a capitalised label
in brackets ("(Junior Graphic Designer)", "(Hybrid, Leeds)"), or a reference number
("R-048213"). "Thanks for today - it was great" and "(no rush)" are sentences."""


_ADDRESSEE = re.compile(r"(?i)^\s*to:[ \t]+\S[^\n]{1,80}(?<![.!?])$")


def _set_apart(rows: list[_Row]) -> Role | None:
    """The role of a first line set apart by a blank line in a letter with no
    greeting, when it is not the letter's first sentence: a title naming its matter
    ("Thank you – Tuesday's interview (Junior Designer)", "R-048213 Senior Accountant
    (Hybrid)") is the subject; a line that leads in to it ("Here's what I sent her the
    same evening:") is an aside; a "To: …" line, even with no blank line under it, is
    the recipient."""
    if len(rows) >= 3 and _ADDRESSEE.match(rows[0].line.text):
        return Role.RECIPIENT  # "To: Ms. Fern Adler (via the careers portal)"
    if len(rows) < 3 or not rows[1].gap:
        return None
    line = rows[0].line
    text = line.text.strip()
    if line.words > 12 or SENTENCE_END.search(text) or text.endswith(","):
        return None
    if text.endswith(":") and line.words >= 3 and "," not in text:
        return Role.ASIDE
    return Role.SUBJECT if _TITLE_MARK.search(text) else None


_TRAILER_LIMIT = 40
"""How far up from the end a sign-off is looked for above notes under the name."""


def _without_trailer(rows: list[_Row], lowercase: bool) -> tuple[list[_Row], list[list[_Row]]]:
    """The rows down to the signature, and the groups of rows under it that are no
    part of the letter: a calendar invitation, an antivirus or AI-use footer, an
    application tracker's row, an auto-reply, the writer's question to a friend. A
    sign-off line ("Best regards,") with the name right under it ends the letter;
    what follows a blank line there is set aside when any of it reads as more than
    a signature line."""
    for index in range(len(rows) - 2, max(0, len(rows) - 1 - _TRAILER_LIMIT), -1):
        line = rows[index].line
        if not is_closing(line):
            continue
        if rows[index + 1].gap:
            return rows, []  # a signature set off below the sign-off: no notes to find
        end = index + 1
        while end < len(rows) and not rows[end].gap and end - index <= _SIGNATURE_LIMIT:
            end += 1
        under = rows[index + 1 : end]
        trailer = rows[end:]
        if not trailer or not all(_under_sign_off(row.line, lowercase) for row in under):
            return rows, []
        if any(is_closing(row.line) for row in trailer):
            return rows, []  # the letter's own sign-off is further down
        if all(_under_sign_off(row.line, lowercase) for row in trailer) or POSTSCRIPT.match(
            trailer[0].line.text
        ):
            return rows, []  # a signature spread over blank lines, or a P.S.
        return rows[:end], _split_by_gaps(trailer)
    return rows, []


def _postscripts(rows: list[_Row]) -> Iterator[list[Line]]:
    """One part per P.S., P.P.S. …"""
    note: list[Line] = []
    for row in rows:
        if note and POSTSCRIPT.match(row.line.text):
            yield note
            note = []
        note.append(row.line)
    if note:
        yield note


# --- above the greeting -------------------------------------------------------------


def _find_head(rows: Sequence[_Row]) -> tuple[int, Line | None, Line | None]:
    """How many rows stand above the greeting, the greeting, and the start of the
    first sentence when it shares the greeting's line."""
    first_prose = min(len(rows), _HEAD_LIMIT)
    for index, row in enumerate(rows[:_HEAD_LIMIT]):
        line = row.line
        if is_salutation(line) and not _greeting_further(rows, index):
            return index, line, None
        dated = leading_date_end(line)
        if dated is not None:
            line = _after(line, dated)
        end = inline_salutation_end(line)
        if end is not None:
            quote = len(line.text) - len(line.text.lstrip().lstrip("\"“‘'"))
            return index, line.cut(quote, end), _after(line, end)  # not the letter's quote mark
        if dated is not None and is_salutation(line):
            return index, line, None
        trailing = trailing_salutation_start(line)
        if trailing is not None:
            return index, line.cut(trailing), None
        run_on = run_on_head_start(line)
        if run_on is not None:  # "Subject: … Dear Ms. Park, Thank you for…"
            opening = line.cut(run_on)
            end = inline_salutation_end(opening)
            if end is not None:  # always: run_on_head_start found it there
                return index, opening.cut(0, end), _after(opening, end)
        if not head_like(line) or (index and row.gap == 0 and _continues(rows[index - 1].line)):
            greeting = _greeting_below(rows, index)
            if greeting is not None:
                found = rows[greeting].line
                trailing = None if is_salutation(found) else trailing_salutation_start(found)
                return greeting, found if trailing is None else found.cut(trailing), None
            first_prose = index
            break
    if first_prose == 0 or first_prose >= len(rows):
        return 0, None, None
    candidate = rows[first_prose - 1].line
    if (
        candidate.text.rstrip().endswith((",", ":"))
        and candidate.words <= 6
        and not is_subject(candidate)
        and not HEADER.match(candidate.text)
        and not is_closing(candidate)
    ):
        return first_prose - 1, candidate, None
    head = [row.line for row in rows[:first_prose]]
    if _is_letterhead(head):
        return first_prose, None, None
    return 0, None, None


_BARE_GREETING = re.compile(
    r"(?i)^\s*(?:dear|hi|hello|respected)(?:\s+(?:mr|mrs|ms|miss|mx|dr|prof)\.?)?\s*$"
)
_NAME_ENDING_GREETING = re.compile(r"^\s*[\w.'’ -]{2,60}[,:]\s*$")


_GREETINGS_OF_THE_DAY = re.compile(
    r"(?i)^\s*(?:(?:warm |warmest |season'?s |best )?greetings(?: of the day)?"
    r"|good (?:morning|afternoon|evening|day))"
    r"(?:,? (?:sir|madam|ma'am|to you|to all|all|everyone|to you all)){0,2}[\s.!,]*$"
)
"""A second greeting alone on its line: "Greetings of the day!", "Good morning, sir.",
"Greetings," — not a sentence that opens with one ("Good morning, I am writing
to…"). Nothing but spaces and stops may follow, so a long line fails in one pass."""

_GREETING_WORDS = frozenset(
    {"team", "all", "sir", "madam", "everyone", "hiring", "manager", "committee", "panel",
     "and", "&", "/", "or", "of", "the",
     # name particles: "Dr. van der Berg", "Ms. de la Cruz", "Mr. bin Salleh", "Priya ji"
     "van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "dos", "das", "del",
     "bin", "binti", "al", "el", "ibn", "ji", "san", "sahib"}
)
"""Lower-case words a greeting's addressee may hold: "hiring team", "sir/madam", a
name's particles. A word in a script without capitals passes too ("李明,")."""


def _second_greeting(below: _Row) -> bool:
    """ "Greetings of the day!", "Good morning!" on the line right under the
    greeting: more of the greeting, not a paragraph."""
    return below.gap == 0 and bool(_GREETINGS_OF_THE_DAY.match(below.line.text))


def _wrapped_greeting(greeting: Line, below: _Row) -> bool:
    """A greeting wrapped in a narrow window: "Dear" (or "Dear Ms.") alone, and the
    name with the greeting's comma on the next line."""
    if not (_BARE_GREETING.match(greeting.text) and below.gap == 0 and below.line.words <= 5
            and _NAME_ENDING_GREETING.match(below.line.text)):
        return False
    if is_closing(below.line) or starts_like_closing(below.line):
        return False  # "Dear" / "Best regards,": a letter with no body, not a name
    words = below.line.text.strip().rstrip(",:").replace("/", " / ").replace("-", " ").split()
    return all(not word[0].islower() or word.lower() in _GREETING_WORDS for word in words)


def _greeting_further(rows: Sequence[_Row], index: int) -> bool:
    """A line that only looks like a bare-name greeting ("The HR Manager,") with a
    real greeting further down ("Respected Sir,") and no sentence between: it is a
    line of the recipient's address."""
    if opens_with_greeting(rows[index].line):
        return False
    for later in range(index + 1, min(len(rows), _HEAD_LIMIT)):
        line = rows[later].line
        if is_salutation(line) and opens_with_greeting(line):
            return True
        if SENTENCE_END.search(line.text) and not (
            is_subject(line) or is_date(line) or is_address(line) or _titled(line)
        ):
            return False
    return False


_WORD_START = re.compile(r"[^\W\d_][\w'’.-]*")


def _titled(line: Line) -> bool:
    """A short line whose every word is capitalised: a line of an address or a name
    ("Industrial Area, Nairobi.", "Baraka Hardware Ltd.,"), not a sentence."""
    words = _WORD_START.findall(line.text)
    return 0 < len(words) <= 5 and all(word[0].isupper() for word in words)


def _after(line: Line, end: int) -> Line:
    """The rest of a line from ``end``, without the spaces that open it."""
    rest = line.cut(end)
    return rest.cut(len(rest.text) - len(rest.text.lstrip()))


def _greeting_below(rows: Sequence[_Row], index: int) -> int | None:
    """A greeting further down when every line from ``index`` to it is unfinished (no
    sentence ends in them): a recipient or template line too long to look like a
    letterhead ("Name and address of the person the letter is addressed to") still
    stands above the greeting, not in the body."""
    for later in range(index, min(len(rows), _HEAD_LIMIT)):
        line = rows[later].line
        if later > index and is_salutation(line):
            return later
        if trailing_salutation_start(line) is not None:
            return later
        if SENTENCE_END.search(line.text) or line.words > 15:
            return None
    return None


_DANGLING = re.compile(
    r"(?i)(?:[,;:\-–—(]|\b(?:a|an|the|and|or|but|to|of|for|with|at|by|from|as|that|"
    r"which|who|my|your|our|their|his|her|its|this|these|those|is|are|was|were|be|been|"
    r"have|has|had|will|would|could|should|can|i|we|because|if|than|very|while|when|"
    r"where))\s*$"
)


def _dangles(line: Line) -> bool:
    """A line that stops mid-phrase: on a comma or dash, or on a word that needs the
    next one ("the", "and", "to", "my"; not one that may end a phrase, "do it", "come
    in", "the Monday after")."""
    return bool(_DANGLING.search(line.text.rstrip()))


_TYPED_SHORT = 0.85
"""How much of its block's widest line a line may fill and still be one the writer
ended (a wrap fills the width up to the next word)."""


def _typed(line: Line, width: int) -> bool:
    """A line of a block too wide to be hard-wrapped that is no wrap of it either: it
    stops well short of the block's widest line, so the writer pressed Enter (a
    message typed a thought to a line: "thx so much for the chat today … in march" /
    "would be sooo up for the roaster assistant job, honestly its my dream lol")."""
    length = len(line.text.rstrip())
    return length > _WRAP_WIDTH or length < width * _TYPED_SHORT


def _continues(line: Line) -> bool:
    """A line that ends mid-sentence: the next line carries on its sentence."""
    text = line.text.rstrip()
    return bool(text) and text[-1].isalpha() and text[-1].islower() and line.words > 6


def _is_letterhead(head: list[Line]) -> bool:
    """Leading lines with no greeting after them are a letterhead only when they look
    like one: a date, an address, a contact, a subject or a template slot."""
    shaped = [
        line for line in head
        if is_date(line) or is_address(line) or is_contact(line) or is_subject(line)
        or is_slot(line)
    ]
    return bool(shaped) or (len(head) >= 2 and all(is_name_like(line) for line in head))


def _head_parts(rows: Sequence[_Row]) -> list[Part]:
    """Letterhead, date, recipient and subject from the rows above the greeting."""
    parts: list[Part] = []
    run: list[_Row] = []
    runs: list[list[_Row]] = []
    for row in rows:
        if len(RUN_ON_FIELDS.findall(row.line.text)) >= 2:
            if run:
                runs.append(run)
                run = []
            parts.append(_part(Role.HEADER, [row.line]))  # a mail's fields on one line
        elif is_subject(row.line) or is_date(row.line):
            if run:
                runs.append(run)
                run = []
            role = Role.SUBJECT if is_subject(row.line) else Role.DATE
            parts.append(_part(role, [row.line]))
        else:
            run.append(row)
    if run:
        runs.append(run)
    groups = [group for each in runs for group in _split_by_gaps(each)]
    for index, group in enumerate(groups):
        lines = [row.line for row in group]
        recipient = is_honorific_line(lines[0]) or any(
            _RECIPIENT_WORDS.search(line.text) for line in lines[:3]
        )
        if len(groups) > 1 and index == 0 and not is_honorific_line(lines[0]):
            recipient = False
        elif len(groups) > 1 and index > 0:
            recipient = True
        if not recipient and all(_reads_as_prose(line) for line in lines):
            parts.append(_part(Role.ASIDE, lines))  # "Nobody even read my CV" above the greeting
            continue
        parts.append(_part(Role.RECIPIENT if recipient else Role.LETTERHEAD, lines))
    return parts


_CLAUSE_WORD = re.compile(
    r"\b(?:i|i'm|i've|i'd|me|my|we|our|you're|is|isn't|was|wasn't|were|are|aren't"
    r"|has|hasn't|have|haven't|had|did|didn't|do|don't|does|doesn't|even|not|never|still"
    r"|just|who|whoever|anyone|nobody|bother|bothers|bothered)\b"
)


def _reads_as_prose(line: Line) -> bool:
    """A line above the greeting that is a clause, not a letterhead's name, title,
    address or contact: "Nobody even read my CV", "To whoever bothers to read this:".
    It is set aside as a note, so the checks that read notes (tone) still read it."""
    text = line.text.strip()
    if line.words < 4 or is_address(line) or is_contact(line) or is_date(line) or is_slot(line):
        return False
    if "[" in text or re.match(r"(?i)(?:subject|re|fwd?)\b", text):
        return False  # a template's slots, a subject line without its colon
    lower = [word for word in re.findall(r"[A-Za-z'’]+", text)[1:] if word[0].islower()]
    return len(lower) >= 2 and bool(_CLAUSE_WORD.search(text.lower().replace("’", "'")))


def _split_by_gaps(rows: list[_Row]) -> list[list[_Row]]:
    """Blank lines separate address blocks, unless every line is followed by one, in
    which case only the wider gaps do."""
    inner = [row.gap for row in rows[1:]]
    if not inner:
        return [rows]
    threshold = min(inner) + 1 if min(inner) > 0 else 1
    if max(inner) < threshold and not any(row.stands_apart for row in rows[1:]):
        return [rows]
    groups: list[list[_Row]] = [[rows[0]]]
    for row in rows[1:]:
        if row.gap >= threshold or row.stands_apart:  # a quoted block between: never one part
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


# --- below the last sentence ----------------------------------------------------------


def _split_tail(rows: list[_Row], lowercase: bool) -> tuple[list[_Row], list[Line], list[Line]]:
    """The body, the sign-off line and the signature lines under it."""
    if not rows:
        return rows, [], []
    signed = _sign_off_above_signature(rows, lowercase)
    if signed is not None:
        return signed
    start = len(rows)
    while (
        start > 1
        and len(rows) - start < _SIGNATURE_LIMIT
        and signature_like(rows[start - 1].line, lowercase)
    ):
        start -= 1
    signature = [row.line for row in rows[start:]]
    if signature:
        last = rows[start - 1].line
        if start > 1 and rows[start - 1].gap and _FORMULA_SENTENCE.match(last.text):
            return rows[: start - 1], [last], signature
        inline = inline_closing(last)
        if inline is not None and inline[2] is None:
            body_line = _trimmed(last.cut(0, inline[0]))
            body = [*rows[: start - 1], _Row(body_line, rows[start - 1].gap)]
            return body, [last.cut(inline[0], inline[1])], signature
        if _plausible_signature(rows, start):
            return rows[:start], [], signature
        return rows, [], []
    # No signature lines: a sign-off alone on the last line, or inline at its end.
    last = rows[-1].line
    if len(rows) > 1 and is_closing(last):
        return rows[:-1], [last], []
    inline = inline_closing(last)
    if inline is not None:
        closing_start, closing_end, name_start = inline
        body_line = _trimmed(last.cut(0, closing_start))
        body = [*rows[:-1], _Row(body_line, rows[-1].gap)]
        signature = [last.cut(name_start)] if name_start is not None else []
        return body, [last.cut(closing_start, closing_end)], signature
    if _described_signer(rows):
        return rows[:-1], [], [last]
    return rows, [], []


def _described_signer(rows: list[_Row]) -> bool:
    """A last line set apart that describes the writer instead of naming them ("The
    intern down in the basement", "Your future analyst"): a short noun phrase, no
    sentence end, under a finished paragraph. A closing wish ("Have a good weekend")
    opens with a verb, not an article."""
    if len(rows) < 2 or rows[-1].gap == 0:
        return False
    last, above = rows[-1].line, rows[-2].line
    text = last.text.strip()
    return (
        2 <= last.words <= 8
        and _SIGNER_DESCRIPTION.match(text) is not None
        and not SENTENCE_END.search(text)
        and not text.endswith((",", ":", ";", "-", "—"))
        and not starts_like_closing(last)
        and bool(SENTENCE_END.search(above.text))
    )


def _sign_off_above_signature(
    rows: list[_Row], lowercase: bool
) -> tuple[list[_Row], list[Line], list[Line]] | None:
    """A sign-off line near the end with nothing but short signature lines under it:
    "Kind regards," / "Best, Sam" / "Yours sincerely" above a name, a title, contacts."""
    for index in range(len(rows) - 1, max(0, len(rows) - 1 - _SIGNATURE_LIMIT), -1):
        line = rows[index].line
        under = [row.line for row in rows[index + 1 :]]
        split = leading_closing_end(line)
        if split is not None:
            return rows[:index], [line.cut(0, split[0])], [line.cut(split[1]), *under]
        if is_closing(line) or (
            under
            and (closing_like(line) or long_sign_off(line)
                 or (see_you(line.text) and not rows[index + 1].gap))
            and all(signature_like(later, lowercase) for later in under)
        ):
            return _with_sign_off(rows, index, under)
        if not _under_sign_off(line, lowercase):
            return _signed_block(rows, index, lowercase)
    return None


def _signed_block(
    rows: list[_Row], index: int, lowercase: bool
) -> tuple[list[_Row], list[Line], list[Line]] | None:
    """A sign-off line with the name right under it, heading an unbroken block that
    runs down to the end: the block is signed even where a line of it is a sentence
    or a tagline ("I work flexible hours, so…", "#OpenToWork"); sentences that close
    it are then split off as an aside (:func:`_said_under_name`)."""
    if any(row.gap for row in rows[index:]):
        return None
    for above in range(index - 1, max(0, index - _SIGNATURE_LIMIT), -1):
        if rows[above + 1].gap:
            return None
        if is_closing(rows[above].line):
            if not signature_like(rows[above + 1].line, lowercase):
                return None
            return _with_sign_off(rows, above, [row.line for row in rows[above + 1 :]])
    return None


def _with_sign_off(
    rows: list[_Row], index: int, under: list[Line]
) -> tuple[list[_Row], list[Line], list[Line]]:
    """The body, the sign-off at ``index`` and the signature under it; sign-off lines
    and closing formulas right above it join it ("Thanking you once again," above
    "Yours sincerely"; "I have the honour to be," above "Yours faithfully")."""
    start = index
    while start > 1 and index - start < _FORMULA_LINES:
        above = rows[start - 1].line
        if SENTENCE_END.search(above.text) or not (
            is_closing(above) or starts_like_closing(above) or _FORMULA.match(above.text)
        ):
            break
        start -= 1
    return rows[:start], [row.line for row in rows[start : index + 1]], under


_FORMULA = re.compile(
    r"(?i)^\s*(?:with (?:the |my )?(?:assurances?|expression) of\b|i have the hono(?:u)?r to"
    r"|(?:please )?accept(?:,)? (?:the assurance|my (?:best|highest|respectful))"
    r"|assuring you of\b|i remain\b|i beg (?:leave )?to remain\b).{0,60},\s*$"
)
"""A formal closing formula on its own line above the sign-off, ending in a comma:
"With the assurance of my highest consideration," / "I have the honour to be," / "I
beg to remain,"."""
_FORMULA_SENTENCE = re.compile(
    r"(?i)^\s*(?:(?:please|kindly|i (?:pray|beg|ask) you to) accept\b[^\n]{0,60}?"
    r"\b(?:assurances?|expression)\b"
    r"|je vous prie d['’](?:agr[ée]er|accepter)"
    r"|veuillez (?:agr[ée]er|accepter|recevoir)"
    r"|je vous prie de (?:bien vouloir )?(?:croire|recevoir|agr[ée]er))"
    r"\b[^\n]{0,120}?\b(?:consideration|regards|respect|salutations|sentiments|considération|respectueuses|distinguées|meilleurs)\b[^\n.!?]{0,20}[.!]\s*$"
)
"""A French closing formula as a whole sentence, in French or in English, standing as
the sign-off above the name: "Please accept, Madam, the assurance of my highest
consideration.", "Je vous prie d'agréer, Madame, l'expression de mes salutations
distinguées."."""
_FORMULA_LINES = 3
"""How many lines above the sign-off may join it."""


def _under_sign_off(line: Line, lowercase: bool) -> bool:
    """A line that may stand under a sign-off: a signature line, or a short line that
    is not a sentence ("MCSP, HCPC registered", "on behalf of the team")."""
    if signature_like(line, lowercase) or is_address(line) or _MOTTO.match(line.text):
        return True
    text = line.text.strip()
    return line.words <= 6 and (
        not SENTENCE_END.search(text) or _ABBREVIATED.search(text) is not None
    )


_SUBJECT_UNDER_GREETING = re.compile(
    r"(?i)^\s*[*_]{0,2}(?:subject|subj|sub|re|ref|regarding)[*_]{0,2}\s*:[*_]{0,2}\s*\S"
    r"(?!.*[.!?]\s*$)"
)
"""A subject line under the greeting ("Sub: Thank you – RA interview"): a label and a
colon, not a sentence ("Re-reading my notes, I…")."""
_TITLE_DASH = re.compile(r"\s[–—|-]\s|:\s")


def _title_under_greeting(rest: list[_Row]) -> bool:
    """A British or West African letter's unlabelled subject under the greeting, set
    off by blank lines: a title in capitals ("APPRECIATION FOR THE INTERVIEW: POSITION
    OF CREDIT OFFICER") or a title-case matter before a dash ("Registered Veterinary
    Nurse – interview on 21st April"). A first line in the writer's words ("Just a
    quick note – thanks for today") is no title."""
    if len(rest) < 3 or not rest[0].gap or not rest[1].gap:
        return False
    line = rest[0].line
    text = line.text.strip()
    if line.words > 12 or SENTENCE_END.search(text) or text.endswith((",", ":", ";")):
        return False
    if is_closing(line) or starts_like_closing(line) or is_salutation(line):
        return False
    letters = [char for char in text if char.isalpha()]
    if len(letters) >= 8 and all(char.isupper() for char in letters):
        return True
    dash = _TITLE_DASH.search(text)
    if dash is None:
        return False
    matter = [word for word in text[: dash.start()].split() if len(word) >= 3 and word.isalpha()]
    return bool(matter) and all(word[0].isupper() for word in matter)


_REFERENCE_FIELD = re.compile(
    r"^\s*[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}[ \t]*:[ \t]+\S(?!.*[.!?]\s*$)"
)
"""A reference line of a letter's matter: a short label, a colon and a value that is
not a sentence ("Position applied for: Senior Social Worker", "Interview date: 2
December 2025", "Candidate ID: 44817"). Two or more of them, set off from the body,
stand under the greeting as its subject."""
_EDITED = re.compile(r"(?<![ \t])[ \t]+\(edited\)[ \t]*$")
_MOTTO = re.compile(r"^\s*[\"“‘'][^\"“”]{5,200}[\"”’'](?:\s*[—–-]{1,2}\s*[\w .,'’-]{2,40})?\s*$")
"""A quotation under the name, as some people sign: "\"Be kind.\" — A. Author"."""
_ABBREVIATED = re.compile(
    r"(?:\b(?:Ret|Retd|Co|Ltd|Inc|Jr|Sr|Esq|Corp|Bros|Dept|Assoc|Hons|Ph\.D|M\.D|B\.A|M\.A|B\.Sc"
    r"|M\.Sc|B\.Ed|M\.Ed|U\.S|U\.K|R\.N)\.\)?)$"
)
"""A short line that ends on an abbreviation, not a sentence: "U.S. Army (Ret.)",
"Smith & Co.", "Jane Roe, Ph.D."."""


def _plausible_signature(rows: list[_Row], start: int) -> bool:
    """Signature lines with no sign-off above them: set off by a blank line, holding a
    contact or a slot, or a short name right under a finished sentence or a typed line."""
    signature = [row.line for row in rows[start:]]
    if rows[start].gap > 0:
        return True
    if any(is_contact(line) or is_slot(line) or is_address(line) for line in signature):
        return True
    if len(signature) > 2 or any(line.words > 4 for line in signature):
        return False
    above = rows[start - 1].line
    if SENTENCE_END.search(above.text):
        return True
    # a name under a message typed a thought to a line ("… still really keen, let me
    # know" / "Ana"): the line above is too wide to be wrapped and stops on a full phrase
    block = start - 1
    while block > 0 and not rows[block].gap:
        block -= 1
    width = max(len(row.line.text.rstrip()) for row in rows[block:start])
    return (len(signature) == 1 and signature[0].words <= 3 and width > _WRAP_WIDTH
            and _typed(above, width) and not _dangles(above))


def _trimmed(line: Line) -> Line:
    text = line.text.rstrip()
    return line.cut(0, len(text))


# --- paragraphs -------------------------------------------------------------------------


def _paragraphs(rows: list[_Row], lowercase: bool) -> Iterator[list[Line]]:
    """Body paragraphs: blocks between blank lines (rejoined where a sentence runs on
    across one), each split where a single line break ends a paragraph."""
    blocks: list[list[Line]] = []
    headed: set[int] = set()  # blocks that open with a heading over their paragraph
    for row in rows:
        runs_on = not lowercase and blocks and _runs_on(blocks[-1][-1], row.line)
        leads_in = bool(blocks) and row.gap > 0 and _leads_in(blocks[-1], row.line)
        joins = (blocks and row.gap == 0) or runs_on or leads_in
        if joins and not row.stands_apart:
            if leads_in:
                headed.add(len(blocks) - 1)
            blocks[-1].append(row.line)
        else:
            blocks.append([row.line])
    spaced = len(blocks) > 1  # blank lines part the paragraphs
    for index, block in enumerate(blocks):
        if index in headed and not any(BULLET.match(line.text) for line in block):
            pieces = list(_split_block(block[1:], lowercase, spaced))
            yield [block[0], *pieces[0]]
            yield from pieces[1:]
        else:
            yield from _split_block(block, lowercase, spaced)


def _leads_in(block: list[Line], after: Line) -> bool:
    """A heading belongs to the paragraph under it: a line that ends with a colon
    ("1. Interview prep:"), or a short title-case line over a full paragraph
    ("Opening Paragraph", "Middle Paragraph (1 or 2)"); and a paragraph that ends on a
    colon leads in to a list set off under it whose items go on with its sentence in
    lower case ("A few things stuck with me:" / "- the plan to add two sites"). A list
    of capitalised items ("- Tuesday, October 14: 9:00 AM") is a paragraph of its own."""
    bullet = BULLET.match(after.text)
    if bullet:
        item = after.text[bullet.end() :]
        return (block[-1].text.rstrip().endswith(":") and not HEADER.match(block[-1].text)
                and item[:1].isalpha() and item[:1].islower())
    if len(block) != 1:
        return False
    last = block[-1].text.rstrip()
    if last.endswith(":"):
        return not HEADER.match(last) and not is_subject(block[-1]) and block[0].words <= 8
    return _is_heading(block[0]) and after.words >= 8


def _is_heading(line: Line) -> bool:
    """A title-case line of up to five words with no sentence end or trailing comma."""
    text = line.text.strip()
    if not 1 <= line.words <= 5 or SENTENCE_END.search(text) or text.endswith((",", ";")):
        return False
    if is_closing(line) or starts_like_closing(line) or is_salutation(line):
        return False
    words = [word.strip("()[]\"'“”‘’") for word in text.split()]
    long_words = [word for word in words if len(word) >= 3 and word.isalpha()]
    return bool(long_words) and all(word[0].isupper() for word in long_words)


def _written_uncapitalised(lines: list[Line]) -> bool:
    """Whether the writer starts lines in lower case even where blank lines set them
    off: at least two such lines begin with a small letter, and no fewer than begin with
    a capital ("hey Jade" / "thx for the interview 2day …" / "btw the girl …" / "tyler").
    There a small letter after a blank line is the writer's habit, not a sentence
    running on across a page break, and a name in lower case can sign the letter."""
    firsts = [
        line.text.lstrip()[:1]
        for before, line in pairwise(lines)
        if not before.text.strip() and line.text.strip()
    ]
    small = sum(1 for first in firsts if first.isalpha() and first.islower())
    capital = sum(1 for first in firsts if first.isupper())
    return small >= 2 and small >= capital


def _runs_on(before: Line, after: Line) -> bool:
    """A sentence split across a blank line (a page break in a PDF copy)."""
    text = before.text.rstrip()
    first = after.text.lstrip()[:1]
    return (
        bool(text)
        and not SENTENCE_END.search(text)
        and not text.endswith(":")
        and first.isalpha()
        and first.islower()
        and not BULLET.match(after.text)
    )


def _split_block(
    block: list[Line], lowercase: bool, spaced: bool = False
) -> Iterator[list[Line]]:
    """A block is one paragraph, unless single line breaks in it end paragraphs: long
    lines (never hard-wrapped), lines that each end a sentence, a line that ends a
    sentence with room left for the next line's first word, or indented first lines.
    In a letter whose paragraphs blank lines already part (``spaced``), short lines
    that each end a sentence are one paragraph written a sentence to a line."""
    if len(block) == 1 or any(BULLET.match(line.text) for line in block) or block[
        0
    ].text.lstrip().startswith(("```", "~~~")):
        yield block  # a list, or a fenced block of code, is one paragraph
        return
    indented = [i for i, line in enumerate(block) if line.text[:1] == "\t" or line.text[:2] == "  "]
    if 2 <= len(indented) < len(block):
        starts = sorted({0, *indented})
        for begin, end in zip(starts, [*starts[1:], len(block)], strict=True):
            yield block[begin:end]
        return
    widths = [len(line.text.expandtabs().rstrip()) for line in block]
    # a line a wrap could not break (a long web address) says nothing of the wrap width
    breakable = [length for length, line in zip(widths, block, strict=True)
                 if not _UNBREAKABLE.search(line.text)]
    width = max(breakable or widths)
    every_line_ends = all(SENTENCE_END.search(line.text) for line in block[:-1])
    if spaced and every_line_ends and width <= _WRAP_WIDTH:
        yield block  # a paragraph written a sentence to a line
        return
    # a wrap that capitalises every line's first word (a PDF copy) leaves the
    # capital no sign of a new sentence: a break then needs room to spare
    mid_sentence = [after.text.lstrip()[:1] for before, after in pairwise(block)
                    if not SENTENCE_END.search(before.text)]
    spare = 2 if mid_sentence and all(first.isupper() for first in mid_sentence) else 0
    # two spaces ending every line, the block's last too, are what a copy left, not
    # Markdown's hard line breaks (which a writer puts inside a paragraph only)
    hard_breaks = not all(line.text.endswith("  ") for line in block)
    start = 0
    for index in range(len(block) - 1):
        line, following = block[index], block[index + 1]
        if spaced and _leads_on(line):
            continue
        if _breaks(line, following, widths[index], width, every_line_ends, lowercase,
                   spare=spare, hard_breaks=hard_breaks):
            yield block[start : index + 1]
            start = index + 1
    yield block[start:]


_UNBREAKABLE = re.compile(r"\S{30,}")
"""A run no wrap can break: a web address, a long file name."""


def _leads_on(line: Line) -> bool:
    """In a letter that parts paragraphs with blank lines, a line ending in a colon
    or a fragment of a few words ("in two words:" / "Gloria Mendes.") goes on with the
    line under it."""
    return line.text.rstrip().endswith(":") or line.words <= 3


def _breaks(
    line: Line,
    following: Line,
    length: int,
    width: int,
    every_line_ends: bool,
    lowercase: bool,
    spare: int = 0,
    hard_breaks: bool = True,
) -> bool:
    """Whether a single line break ends a paragraph: ``width`` is the block's widest
    line, ``spare`` the room a break must leave beyond the next line's first word;
    with ``hard_breaks``, two spaces ending a line are Markdown's line break."""
    if hard_breaks and line.text.endswith("  "):
        return False  # Markdown's hard line break: a new line, not a new paragraph
    ends = bool(SENTENCE_END.search(line.text))
    next_text = following.text.lstrip()
    opens = lowercase or next_text[:1].isupper() or next_text[:1].isdigit() or (
        next_text[:1] in "\"'“‘(" and next_text[1:2].isupper()
    )
    if width > _WRAP_WIDTH:
        if _typed(line, width):
            return ends or not _dangles(line)
        return ends or (opens and not _continues(line))
    if not (ends and opens):
        return False
    if every_line_ends:
        return True
    first_word = len(next_text.split()[0]) if next_text.split() else 0
    return length + 1 + first_word <= width - spare  # the next line's first word would have fitted


def _without_boilerplate(lines: list[Line]) -> list[Line]:
    """The lines without what a mail program or an employer's server appends under
    the signature: "Sent from my iPhone", "Get Outlook for Android", a
    confidentiality notice, the attachment list; nor the enclosure and copy lines, a
    page number or a date under the name, even with a P.S. under them. They are no
    part of the letter's prose."""
    end = len(lines)
    while True:
        start, end = _last_block(lines, end)
        block = lines[start:end]
        if not block:
            return lines[:end]
        if start and _boilerplate(block):
            end = start
            continue
        if start and POSTSCRIPT.match(block[0].text):
            # "Enc.: portfolio" / "cc: Mr T. Adeyemi" between the name and a P.S.
            above_start, above_end = _last_block(lines, start)
            above = lines[above_start:above_end]
            if above_start and above and all(_apparatus(line) for line in above):
                blanked = [Line(line.start, line.start, "") for line in above]
                return [*lines[:above_start], *blanked, *lines[above_end:end]]
            return lines[:end]
        # footer lines right under the name, with no blank line: a name stays
        keep = 2 if start == 0 else 1
        while end - start > keep and _footer(lines[end - 1]):
            end -= 1
        return lines[:end]


def _last_block(lines: list[Line], end: int) -> tuple[int, int]:
    """The start and end of the last run of non-blank lines above ``end``."""
    while end and lines[end - 1].blank:
        end -= 1
    start = end
    while start and not lines[start - 1].blank:
        start -= 1
    return start, end


def _boilerplate(block: list[Line]) -> bool:
    """A block under the letter that is none of it: a mail app's footer, a notice, or
    lines of apparatus (enclosures, copies, attachments), also as a labelled list
    ("Attachments:" over the files, "Enclosures:" over what is enclosed)."""
    return ((len(block) == 1 and MOBILE_FOOTER.match(block[0].text) is not None)
            or _disclaimer(block)
            or all(_apparatus(line) for line in block)
            or (len(block) > 1 and _LIST_LABEL.match(block[0].text) is not None
                and all(_listed(line) for line in block[1:])))


_LIST_LABEL = re.compile(
    r"(?i)^\s*(?:enclosures?|encl?s?\.?|enclosed|attachments?|attached(?: files?)?)"
    r"(?:[ \t]*:)?[ \t]*$"
)
"""The label over a list of what is enclosed or attached: "Enclosures:", "Attachments:"."""


def _listed(line: Line) -> bool:
    """An item under an enclosure or attachment label: a file, or a few words that
    name a document ("Reference letters (2)", "• CV.pdf (4.2 MB)")."""
    return _apparatus(line) or _ATTACHMENT_CHIP.match(BULLET.sub("", line.text)) is not None or (
        line.words <= 8 and not SENTENCE_END.search(line.text.rstrip().rstrip(")"))
    )


def _disclaimer(block: list[Line]) -> bool:
    """A block of notices under the letter: it opens with a confidentiality notice or
    a portal's "sent through" line, or holds two of them under a title with no
    sentence or sign-off in it ("Westlake Health Careers | Application ID 88231")."""
    notices = [index for index, line in enumerate(block) if DISCLAIMER.match(line.text)]
    if not notices or notices[0] == 0:
        return bool(notices)
    return len(notices) >= 2 and not any(
        SENTENCE_END.search(line.text) or is_closing(line) for line in block[: notices[0]]
    )


def _apparatus(line: Line) -> bool:
    """An enclosure, copy, page or attachment line, a mail app's footer or a web-mail
    page's buttons, or a date written under the signature: what a block of its own
    under the name may hold."""
    return bool(APPARATUS.match(line.text) or MOBILE_FOOTER.match(line.text)
                or MAIL_CHROME.match(line.text) or _DATE_AND_PLACE.match(line.text)
                ) or is_date(line)


def _footer(line: Line) -> bool:
    """What may also sit right under the name, in its block: the same lines but a
    bare date or a file name, which could end a sentence ("I've attached
    Resume.pdf"); a confidentiality notice; an Indian letter's labelled "Date:" and
    "Place:"; a line of emoji ("🍳🔥")."""
    return (_apparatus(line) and not is_date(line)
            and not _FILE_NAME.match(line.text)) or bool(
        DISCLAIMER.match(line.text) or _DATE_AND_PLACE.match(line.text)
    ) or _emoji_only(line.text)


_DATE_AND_PLACE = re.compile(r"(?i)^\s*(?:date|dated|place|station)\s*[:\-–]\s*\S[^:]{0,40}$")
"""The "Date: 02.12.2026" and "Place: Jaipur" lines that end a letter in the Indian
style, under the name."""


_FILE_NAME = re.compile(r"(?i)^.*\.(?:pdf|docx?|odt|rtf|txt|pptx?|xlsx?|png|jpe?g|zip)\s*$")


def _split_signature_delimiter(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    for index, line in enumerate(lines):
        if SIGNATURE_DELIMITER.match(line.text):
            return lines[:index], [line for line in lines[index:] if not line.blank]
    return lines, []


def _blocks(lines: list[Line]) -> Iterator[tuple[list[Line], int]]:
    """Runs of non-blank lines, each with the number of blank lines before it."""
    current: list[Line] = []
    gap = 0
    blanks = 0
    for line in lines:
        if line.blank:
            if current:
                yield current, gap
                current = []
                blanks = 0
            blanks += 1
        else:
            if not current:
                gap = blanks
            current.append(line)
    if current:
        yield current, gap


def _skip_blank(lines: list[Line], position: int) -> int:
    while position < len(lines) and lines[position].blank:
        position += 1
    return position


_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:(?:[ \t]|$)")
"""Any mail header field: "Return-Path: …", "MIME-Version: 1.0", "Message-ID: …"."""


def _header_end(lines: list[Line], position: int) -> int:
    """The end of a mail's header block: header fields (and their folded lines) up to
    a blank line. Fields other than From, To, Subject and the like count only in a
    block that holds two of those, as a raw message's headers do."""
    end = _fields_end(lines, position, _FIELD)
    if sum(bool(HEADER.match(line.text)) for line in lines[position:end]) < 2:
        end = _fields_end(lines, position, HEADER)
    if end == position:
        return position
    if end < len(lines) and not lines[end].blank:
        return position  # not a header block: headers end at a blank line
    if any(
        trailing_salutation_start(line) is not None or run_on_head_start(line) is not None
        or _holds_prose(line)
        for line in lines[position:end]
    ):
        return position  # "Subject: … Dear Ms. Park, Thank you…": a letter that lost its breaks
    return end


_PROSE_SENTENCES = re.compile(r"[a-z][.!?]+[\"'”’)]*\s+[A-Z]")
_FIELD_WORDS = 20
"""Words beyond which a header field or subject that holds sentences is a letter run
into it."""


def _holds_prose(line: Line) -> bool:
    """Whether a header field's or subject's line runs on into a letter: many words,
    and sentences ending in it ("Subject: Thanks Chef Marchetti, Thank you for the
    trial shift. Your kitchen…", a letter pasted without its breaks under a greeting no
    rule knows; "Re: Interview on Friday I write to thank you… I was much interested…"
    under the greeting)."""
    return line.words > _FIELD_WORDS and len(_PROSE_SENTENCES.findall(line.text)) >= 2


def _top_quote_end(lines: list[Line], position: int) -> int:
    """Where a reply begins under the message it quotes: an "On …, X wrote:" line
    and/or "> " lines at the top, then the writer's own lines. ``position`` when the
    letter does not open with a quote, or when nothing but the quote follows."""
    index = _skip_blank(lines, position)
    if index < len(lines) and _ATTRIBUTION_START.match(lines[index].text):
        for offset, line in enumerate(lines[index : index + 3]):
            if _ATTRIBUTION_END.search(line.text):
                index += offset + 1
                break
        else:
            return position
    elif not (index < len(lines) and QUOTE.match(lines[index].text)):
        return position
    while index < len(lines) and (lines[index].blank or QUOTE.match(lines[index].text)):
        index += 1
    return index if index < len(lines) else position


_BRACKETED_TIME = r"\[[^\]\n]{0,24}\d{1,2}[:.]\d{2}[^\]\n]{0,16}\]"
"""A chat's time stamp in brackets: "[03/12/2025, 09:14:22]", "[10:14 AM]"."""
_CHAT_PREFIX = re.compile(rf"^\s*{_BRACKETED_TIME}[ \t]*[^:\n]{{1,40}}:[ \t]+(?=\S)")
"""A chat export's message prefix: "[03/12/2025, 09:14:22] Nomi: "."""


_CSV_TEXT_FIELDS = frozenset({"content", "message", "body", "text", "message body", "comments"})
"""The column of a CSV export (LinkedIn's messages.csv, a mail or form export) that
holds a message's words."""
_CSV_ROW_LINES = 3
"""How far under the header row a message's row is looked for."""


def _csv_export(lines: list[Line]) -> list[Line]:
    """A row of a CSV export pasted with its header: the message is the quoted field
    that runs over several lines. The header and the fields before and after it read
    as blank, so the letter is the field's words; offsets hold."""
    first = _skip_blank(lines, 0)
    if first >= len(lines) or lines[first].text.count(",") < 3 or len(lines[first].text) > 1000:
        return lines
    names = {name.strip().lower() for name in next(csv.reader([lines[first].text]), [])}
    if not names & _CSV_TEXT_FIELDS:
        return lines
    for index in range(first + 1, min(len(lines), first + 1 + _CSV_ROW_LINES)):
        text = lines[index].text
        opening = text.find(',"')
        if opening < 0 or '"' in text[opening + 2 :].replace('""', ""):
            continue
        for last in range(index + 1, len(lines)):
            closing = _field_end(lines[last].text)
            if closing is not None:
                blank = Line(lines[first].start, lines[first].start, "")
                return [*lines[:first], blank, *lines[first + 1 : index],
                        lines[index].cut(opening + 2), *lines[index + 1 : last],
                        lines[last].cut(0, closing), *lines[last + 1 :]]
        return lines
    return lines


def _field_end(text: str) -> int | None:
    """Where a quoted CSV field that began on an earlier line ends on this one: its
    closing quote, then nothing or more unquoted fields (``Nadia P.",INBOX``). A quote
    inside the field is doubled (``""``)."""
    lone = _LONE_QUOTE.search(text)
    if lone is None:
        return None
    rest = text[lone.end() :]
    return lone.start() if not rest.strip() or rest.startswith(",") else None


_LONE_QUOTE = re.compile(r'(?<!")"(?!")')


def _chat_export(lines: list[Line]) -> list[Line]:
    """A chat export (WhatsApp) with the writer's message among others: the line whose
    words after the prefix greet the reader loses its prefix, so the letter starts
    at the greeting; the other messages are the thread (``_thread_end``) or quoted
    after it (``_quote_start``)."""
    messages = [(i, lines[i].cut(match.end())) for i, line in enumerate(lines)
                if (match := _CHAT_PREFIX.match(line.text)) is not None]
    greeting = [(i, words) for i, words in messages
                if is_salutation(words) and not is_closing(words)]
    if len(messages) < 2 or not greeting:
        return lines
    index, words = greeting[-1]
    return [*lines[:index], words, *lines[index + 1 :]]


_SPEAKER = re.compile(
    rf"^\s*(?:{_BRACKETED_TIME}[ \t]*(?P<teams>[^\[\]:\n]{{1,40}}?)"
    r"|(?P<slack>[A-Z][\w.'’-]{0,30}(?:[ \t][A-Z][\w.'’-]{0,30}){0,3})[ \t]{2,}"
    r"\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)[ \t]*$"
)
"""A chat app's speaker line, above the message: "[10:14 AM] Okafor, Daniel" (Teams),
"Mara Lindqvist  2:14 PM" (Slack)."""
_REACTION = re.compile(r"^\s*(?::[a-z0-9_+-]{1,40}:[ \t]*)+\d{0,3}\s*$")
"""A chat's reaction line: ":raised_hands:", ":+1: 2"."""
_COUNT = re.compile(r"^\s*\d{1,3}\s*$")


def _speakers(lines: list[Line], position: int) -> list[tuple[int, str]] | None:
    """The speaker lines of a pasted chat with each one's name, or None when the text
    is no such chat: it needs two, each over a message, and the paste must start with
    one or greet right under one (a letter's timetable of "[9:30 AM] Arrival" lines is
    no chat)."""
    speakers = [(index, match["teams"] or match["slack"]) for index in range(position, len(lines))
                if (match := _SPEAKER.match(lines[index].text)) is not None]
    if len(speakers) < 2 or any(
        index + 1 >= len(lines) or lines[index + 1].blank for index, _ in speakers
    ):
        return None
    starts = speakers[0][0] == _skip_blank(lines, position)
    greets = any(is_salutation(lines[index + 1]) for index, _ in speakers)
    return speakers if starts or greets else None


def _chat_paste(lines: list[Line], position: int) -> tuple[list[Line], int, frozenset[int]]:
    """A chat pasted with a speaker line above each message (Teams, Slack): the
    writer's speaker lines, reactions and "(edited)" marks read as blank, each line
    of a message is a paragraph (a chat has no hard wraps), and from the first
    message by someone else on it is quoted (its index is returned; the length of
    the lines when there is none), with where each of its lines starts. Offsets
    hold: a break between two lines is an empty line at the second's start."""
    speakers = _speakers(lines, position)
    if speakers is None:
        return lines, len(lines), frozenset()
    first, writer = speakers[0]
    said = {index for index, _ in speakers}
    greetings = [index for index in range(first, len(lines)) if index not in said
                 and is_salutation(lines[index]) and not is_closing(lines[index])]
    greeters = [(i, name) for i, name in speakers if greetings and i < greetings[-1]]
    if greeters:  # the writer is who greets last: a thread may be pasted above
        first, writer = greeters[-1]
    writer = writer.strip()
    own = {index for index, name in speakers if name.strip() == writer and index >= first}
    other = next((index for index, name in speakers if index > first and name.strip() != writer),
                 len(lines))
    result = lines[:first]
    others_start = 0
    in_text = reacted = False
    for index in range(first, len(lines)):
        line = lines[index]
        if index >= other:
            if index == other:
                others_start = len(result)
            result.append(line)
            continue
        reaction = _REACTION.match(line.text) is not None
        if index in own or reaction or (reacted and _COUNT.match(line.text)):
            reacted = reaction
            result.append(Line(line.start, line.start, ""))
            in_text = False
            continue
        reacted = False
        if line.blank:
            in_text = False
        elif in_text:
            result.append(Line(line.start, line.start, ""))
        if (edited := _EDITED.search(line.text)) is not None and not line.blank:
            line = line.cut(0, edited.start())
        in_text = in_text or not line.blank
        result.append(line)
    starts = frozenset(line.start for line in result[first:] if not line.blank)
    return result, others_start if other < len(lines) else len(result), starts


def _thread_end(lines: list[Line], position: int) -> int:
    """Where the writer's message begins in a pasted chat thread (LinkedIn, Indeed,
    a phone's messages): the last greeting line below a time line ("10:02 AM"); the
    messages above it are the thread it answers. ``position`` when there is none."""
    chat = [i for i in range(position, len(lines)) if _CHAT_PREFIX.match(lines[i].text)]
    times = sorted({*(i for i in range(position, len(lines)) if TIMESTAMP.match(lines[i].text)),
                    *(chat if len(chat) > 1 else ())})
    if not times or any(is_salutation(line) for line in lines[position : times[0]]):
        return position  # a letter that greets first is no thread
    greetings = [i for i in range(times[0] + 1, len(lines))
                 if is_salutation(lines[i]) and not is_closing(lines[i])]  # not "Cheers,"
    return greetings[-1] if greetings else position


def _trimmed_lines(lines: list[Line]) -> list[Line]:
    end = len(lines)
    while end and lines[end - 1].blank:
        end -= 1
    return lines[:end]


def _fields_end(lines: list[Line], position: int, field: re.Pattern[str]) -> int:
    end = position
    while end < len(lines) and (
        field.match(lines[end].text)
        or (end > position and lines[end].text[:1] in (" ", "\t") and not lines[end].blank)
    ):
        end += 1
    return end


def _quote_start(lines: list[Line], position: int) -> int:
    """Where an earlier message begins; everything from there on is quoted."""
    seen_text = False
    seen_prose = False  # a sentence, a greeting or a sign-off above
    chat = sum(_CHAT_PREFIX.match(line.text) is not None for line in lines) > 1
    for index in range(position, len(lines)):
        text = lines[index].text
        if _SEPARATOR.match(text):
            return index
        if _ATTRIBUTION_START.match(text):
            # Mail clients wrap a long "On <date>, <name> <address> wrote:" line.
            attribution = ""
            for line in lines[index : index + 3]:
                attribution += line.text
                if _ATTRIBUTION_END.search(line.text) and len(attribution) < 300:
                    return index
        if seen_prose and _OUTLOOK_FROM.match(text) and _has_header_after(lines, index):
            return index
        if seen_text and chat and _CHAT_PREFIX.match(text):
            return index  # the next message of a chat export
        if QUOTE.match(text) and all(
            line.blank or QUOTE.match(line.text) for line in lines[index:]
        ):
            return index
        seen_text = seen_text or not lines[index].blank
        seen_prose = seen_prose or _letter_like(lines[index])
    return len(lines)


def _letter_like(line: Line) -> bool:
    """A line that shows a letter has begun: a sentence, a greeting or a sign-off. A
    portal's title lines above its own "From: You (Candidate)" fields are not
    ("TalentNest Candidate Home", "Message Thread: Payroll Specialist (R-20417)")."""
    return not line.blank and (
        bool(SENTENCE_END.search(line.text)) or is_salutation(line) or is_closing(line)
        or _unpunctuated_prose(line)
    )


_LABEL = re.compile(r"^\s*[\w .()'’-]{1,30}:")


def _unpunctuated_prose(line: Line) -> bool:
    """A sentence typed without its full stop ("Thanks so much for the update, really
    looking forward to Thursday"): six words or more, most in lower case, and no
    "Label:" before them as a portal's title lines have."""
    words = line.text.split()
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= 6 and lower * 2 > len(words) and not _LABEL.match(line.text)


def _has_header_after(lines: list[Line], index: int) -> bool:
    return any(HEADER.match(line.text.lstrip()) or _LOCAL_FIELD.match(line.text)
               for line in lines[index + 1 : index + 4])


def _part(role: Role, lines: list[Line]) -> Part:
    first, last = lines[0], lines[-1]
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    end = last.start + len(last.text.rstrip())
    return Part(role, Span(start, max(start, end)))


def is_bullet(line_text: str) -> bool:
    return bool(BULLET.match(line_text))
