"""Finding the parts of a letter: headers, salutation, body, closing, signature.

Pure text work, no NLP: every part is a span into the original text, which is
never changed. Lines may end in LF, CRLF or CR.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass

from letterlint.model import Span


class Role(enum.Enum):
    HEADER = "header"
    SALUTATION = "salutation"
    BODY = "body"
    CLOSING = "closing"
    SIGNATURE = "signature"
    POSTSCRIPT = "postscript"
    QUOTED = "quoted"


@dataclass(frozen=True)
class Part:
    role: Role
    span: Span


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # end of the content, before the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def words(self) -> int:
        return len(self.text.split())


_HEADER = re.compile(r"(?i)^(from|to|cc|bcc|subject|date|sent|reply-to)\s*:")
_ATTRIBUTION_START = re.compile(r"^\s*On\s.{4,}")
_ATTRIBUTION_END = re.compile(r"wrote:\s*$")
_SEPARATOR = re.compile(
    r"(?i)^\s*(-{2,}\s*(original message|forwarded message)\s*-{2,}|_{8,})\s*$"
)
_OUTLOOK_FROM = re.compile(r"^\s*From:\s.+")
_QUOTE = re.compile(r"^\s*>")
_SIGNATURE_DELIMITER = re.compile(r"^--\s?$")
_SALUTATION = re.compile(
    r"(?i)^\s*(dear|hi|hello|hey|hiya|greetings|good (morning|afternoon|evening|day)"
    r"|to whom it may concern|morning|afternoon)\b"
)
_BARE_NAME_SALUTATION = re.compile(r"^\s*[A-Z][\w.'’-]*(\s[A-Z][\w.'’-]*){0,2},\s*$")
_CLOSING = re.compile(
    r"(?i)^\s*("
    r"(best|kind|warm|warmest|kindest|with (best|kind|warm))( regards| wishes)?"
    r"|regards|best wishes|all the best|sincerely( yours)?|yours( sincerely| faithfully| truly)"
    r"|respectfully( yours)?|cordially|cheers|warmly|gratefully|with gratitude"
    r"|with (many )?thanks|with appreciation|many thanks|thanks( again| so much)?"
    r"|thank you( again| so much)?( for your (time|consideration)( and consideration)?)?"
    r"|thanking you( in advance)?|take care|talk soon|looking forward"
    r")\s*[,.!]?\s*$"
)
_POSTSCRIPT = re.compile(r"(?i)^\s*p\.?\s?(p\.?\s?)?s\b\.?[:\s]")
_BULLET = re.compile(r"^\s*([-*•‣◦▪–]|\d{1,2}[.)])\s+")
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ().-]{6,}\d|linkedin", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")

_WRAP_WIDTH = 100
"""Lines longer than this are not hard-wrapped: a single newline between two
such lines separates paragraphs."""


def split_lines(text: str) -> list[Line]:
    lines = []
    for match in re.finditer(r"([^\r\n]*)(\r\n|\n|\r|$)", text):
        if match.start() == len(text) and not match.group(1):
            break
        lines.append(Line(match.start(1), match.end(1), match.group(1)))
    return lines


def find_parts(text: str) -> tuple[Part, ...]:
    """Split a letter into parts in text order. Body parts are paragraphs."""
    lines = split_lines(text)
    parts: list[Part] = []
    position = _skip_blank(lines, 0)
    header_end = _header_end(lines, position)
    if header_end > position:
        parts.append(_part(Role.HEADER, lines[position:header_end]))
        position = header_end
    quote_start = _quote_start(lines, position)
    region = lines[position:quote_start]
    parts.extend(_letter_parts(region))
    if quote_start < len(lines):
        parts.append(_part(Role.QUOTED, lines[quote_start:]))
    return tuple(sorted(parts, key=lambda part: part.span.start))


def _letter_parts(lines: list[Line]) -> list[Part]:
    lines, signature_tail = _split_signature_delimiter(lines)
    blocks = _blocks(lines)
    parts: list[Part] = []
    quoted = [block for block in blocks if _all_quoted(block)]
    blocks = [block for block in blocks if not _all_quoted(block)]
    parts.extend(_part(Role.QUOTED, block) for block in quoted)

    letterhead = _letterhead_end(blocks)
    if letterhead:
        parts.append(_part(Role.HEADER, [line for block in blocks[:letterhead] for line in block]))
        blocks = blocks[letterhead:]

    if blocks and _is_salutation(blocks[0][0]):
        first, *rest = blocks[0]
        parts.append(_part(Role.SALUTATION, [first]))
        blocks = ([rest] if rest else []) + blocks[1:]

    postscript_at = next(
        (index for index, block in enumerate(blocks) if _POSTSCRIPT.match(block[0].text)), None
    )
    postscript: list[list[Line]] = []
    if postscript_at is not None and postscript_at > 0:
        postscript = blocks[postscript_at:]
        blocks = blocks[:postscript_at]
    body, closing, signature = _split_closing(blocks)
    if postscript and closing is None and not signature:
        # A P.S. written before the sign-off: the closing and signature are not part of it.
        before_sign_off, postscript_closing, postscript_signature = _split_closing(postscript)
        if postscript_closing is not None:
            postscript = before_sign_off
            closing, signature = postscript_closing, postscript_signature
    for block in postscript:
        parts.append(_part(Role.POSTSCRIPT, block))

    for block in body:
        for paragraph in _paragraphs(block):
            parts.append(_part(Role.BODY, paragraph))
    if closing:
        parts.append(_part(Role.CLOSING, [closing]))
    if signature or signature_tail:
        parts.append(_part(Role.SIGNATURE, signature + signature_tail))
    return parts


def _all_quoted(block: list[Line]) -> bool:
    return all(_QUOTE.match(line.text) for line in block)


def _letterhead_end(blocks: list[list[Line]]) -> int:
    """How many leading blocks are a letterhead (the sender's address, a date, the
    recipient's address) above a salutation; 0 when there is none."""
    if not blocks or _is_salutation(blocks[0][0]):
        return 0
    for index, block in enumerate(blocks[1:4], start=1):
        line = block[0]
        if (
            _is_salutation(line)
            and line.text.rstrip().endswith((",", ":"))
            and not _CLOSING.match(line.text)
        ):
            before = [line for earlier in blocks[:index] for line in earlier]
            return index if all(_letterhead_like(line) for line in before) else 0
    return 0


def _letterhead_like(line: Line) -> bool:
    return line.words <= 8 and (
        bool(_CONTACT.search(line.text)) or not _SENTENCE_END.search(line.text)
    )


def _is_salutation(line: Line) -> bool:
    if line.words > 10:
        return False
    return bool(_SALUTATION.match(line.text) or _BARE_NAME_SALUTATION.match(line.text))


def _split_closing(
    blocks: list[list[Line]],
) -> tuple[list[list[Line]], Line | None, list[Line]]:
    """Find the closing line near the end; what follows it is the signature."""
    for block_index in range(len(blocks) - 1, max(-1, len(blocks) - 4), -1):
        block = blocks[block_index]
        for line_index in range(len(block) - 1, -1, -1):
            if _CLOSING.match(block[line_index].text) and block_index + line_index > 0:
                before = block[:line_index]
                after = block[line_index + 1 :]
                body = blocks[:block_index] + ([before] if before else [])
                signature = after + [line for later in blocks[block_index + 1 :] for line in later]
                return body, block[line_index], signature
    return _split_bare_signature(blocks)


def _split_bare_signature(
    blocks: list[list[Line]],
) -> tuple[list[list[Line]], Line | None, list[Line]]:
    """No known closing: a short line ending in a comma right before the signature
    ("Sorry again and thank you so much,", "Con gratitud,") is the closing; else a
    short trailing block of names and contacts is the signature."""
    if not blocks:
        return blocks, None, []
    last = blocks[-1]
    if len(blocks) < 2:
        return _split_name_line(blocks)
    for index in range(len(last) - 1, -1, -1):
        line = last[index]
        rest = last[index + 1 :]
        if (
            _closing_like(line)
            and rest
            and len(rest) <= 6
            and all(_signature_like(later) for later in rest)
        ):
            body = [*blocks[:-1], last[:index]] if index else blocks[:-1]
            return body, line, rest
    if all(_signature_like(line) for line in last):
        before = blocks[-2]
        if len(blocks) > 2 and len(before) == 1 and _closing_like(before[0]):
            return blocks[:-2], before[0], last
        return blocks[:-1], None, last
    return _split_name_line(blocks)


def _split_name_line(
    blocks: list[list[Line]],
) -> tuple[list[list[Line]], Line | None, list[Line]]:
    """A name on the line right after the last sentence: "Thanks again!\nSam"."""
    last = blocks[-1]
    if (
        len(last) >= 2
        and _signature_like(last[-1])
        and _SENTENCE_END.search(last[-2].text)
        and last[-1].words <= 3
        and not _BULLET.match(last[-1].text)
    ):
        return [*blocks[:-1], last[:-1]], None, [last[-1]]
    return blocks, None, []


def _closing_like(line: Line) -> bool:
    return line.text.rstrip().endswith(",") and line.words <= 7


def _signature_like(line: Line) -> bool:
    if _CONTACT.search(line.text):
        return True
    text = line.text.strip().lstrip("-—– ~")
    if not text or line.words > 6 or (_BULLET.match(line.text) and line.words > 3):
        return False
    if not _SENTENCE_END.search(text):
        return True
    # "J. Smith." is a name; "I am keen." is a sentence.
    return text.endswith(".") and line.words <= 3 and all(w[:1].isupper() for w in text.split())


def _paragraphs(block: list[Line]) -> Iterator[list[Line]]:
    """A block is one paragraph, unless it is long lines joined by single newlines
    or paragraphs marked by an indented first line instead of a blank line."""
    if any(_BULLET.match(line.text) for line in block):
        yield block
        return
    unwrapped = len(block) > 1 and all(len(line.text) > _WRAP_WIDTH for line in block[:-1])
    indented = [i for i, line in enumerate(block) if line.text[:1] == "\t" or line.text[:2] == "  "]
    if unwrapped:
        for line in block:
            yield [line]
    elif len(indented) >= 2 and len(indented) < len(block):
        starts = sorted({0, *indented})
        for begin, end in zip(starts, [*starts[1:], len(block)], strict=True):
            yield block[begin:end]
    else:
        yield block


def _split_signature_delimiter(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    for index, line in enumerate(lines):
        if _SIGNATURE_DELIMITER.match(line.text):
            return lines[:index], [line for line in lines[index:] if not line.blank]
    return lines, []


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _skip_blank(lines: list[Line], position: int) -> int:
    while position < len(lines) and lines[position].blank:
        position += 1
    return position


def _header_end(lines: list[Line], position: int) -> int:
    end = position
    while end < len(lines) and (
        _HEADER.match(lines[end].text)
        or (end > position and lines[end].text[:1] in (" ", "\t") and not lines[end].blank)
    ):
        end += 1
    if end == position:
        return position
    if end < len(lines) and not lines[end].blank:
        return position  # not a header block: headers end at a blank line
    return end


def _quote_start(lines: list[Line], position: int) -> int:
    """Where an earlier message begins; everything from there on is quoted."""
    seen_text = False
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
        if seen_text and _OUTLOOK_FROM.match(text) and _has_header_after(lines, index):
            return index
        if _QUOTE.match(text) and all(
            line.blank or _QUOTE.match(line.text) for line in lines[index:]
        ):
            return index
        seen_text = seen_text or not lines[index].blank
    return len(lines)


def _has_header_after(lines: list[Line], index: int) -> bool:
    return any(_HEADER.match(line.text) for line in lines[index + 1 : index + 4])


def _part(role: Role, lines: list[Line]) -> Part:
    first, last = lines[0], lines[-1]
    start = first.start + (len(first.text) - len(first.text.lstrip()))
    end = last.start + len(last.text.rstrip())
    return Part(role, Span(start, max(start, end)))


def is_bullet(line_text: str) -> bool:
    return bool(_BULLET.match(line_text))
