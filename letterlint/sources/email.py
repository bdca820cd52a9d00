"""An email message (.eml) → its body text, headers and attachment names.

Parsed with the standard library (``email`` with ``policy.default``). The body is
the text/plain part, or else the HTML part turned into text; a quoted earlier
message and the signature stay in the text, where the letter's structure
recognises them. Attachments are listed by file name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from email import policy
from email.errors import (
    InvalidBase64CharactersDefect,
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
    MessageDefect,
)
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser

from letterlint.model import Origin
from letterlint.sources.html import HIDDEN_MARKUP, html_to_text
from letterlint.sources.origin import align, at_line, masked

HEADERS = ("Subject", "From", "To", "Cc", "Date")
"""Headers carried into ``Source.headers``, in this order, when present."""

_CORRUPT_BODY = (
    InvalidBase64CharactersDefect,
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
)
_ENVELOPE = ("from", "to", "subject", "date", "message-id", "mime-version", "content-type")


MAX_MULTIPARTS = 50
"""Most multipart containers a message may hold (so also its nesting depth); a
mail client writes two or three."""

MAX_PARTS = 500
"""Most MIME parts (headers that say Content-Type) a message may hold."""

MAX_ENCODED_WORDS = 1000
"""Most RFC 2047 encoded words (``=?utf-8?q?…?=``) a message may hold; decoding
tens of thousands costs seconds and gigabytes."""

MAX_HEADER_BYTES = 256 * 1024
"""Largest header section (everything before the first blank line)."""

_MULTIPART = re.compile(rb"(?im)^content-type:\s*multipart/")
_CONTENT_TYPE = re.compile(rb"(?im)^content-type:")
_ENCODED_WORD = re.compile(rb"=\?[^?\s]*\?[bBqQ]\?")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_BLANK_LINE = re.compile(r"\r?\n\r?\n")
_HEADER_LINE = re.compile(r"^([A-Za-z-]+):[ \t]*(.*)$")
_QUOTED_PRINTABLE = (re.compile(r"=\r?\n"), re.compile(r"=[0-9A-Fa-f]{2}"))
"""A soft line break and an escaped byte: never the letter's own characters."""


class EmailError(Exception):
    """The bytes are not a readable email message. The message says what is wrong."""


@dataclass(frozen=True)
class Email:
    text: str
    body_format: str  # "plain" or "html"
    headers: dict[str, str]
    attachments: tuple[str, ...]
    payload: str = ""
    """The body part as written in the message (still transfer-encoded)."""
    transfer_encoding: str = "7bit"

    def origin(self, data: bytes) -> Origin:
        """Where the body text is in the message file ``data``: the body part is
        found in the file and its text aligned with it, through quoted-printable
        escapes and HTML markup. A base64 body cannot be read in the file, so
        every position is the body part's first line."""
        raw = data.decode("utf-8", "replace")
        header_end = _BLANK_LINE.search(raw)
        body_start = header_end.end() if header_end else len(raw)
        payload = self.payload.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        found = raw.find(payload, body_start) if payload.strip() else -1
        start, end = (found, found + len(payload)) if found >= 0 else (body_start, len(raw))
        headers = _header_positions(raw[:body_start])
        if self.transfer_encoding == "base64":
            origin = at_line(self.text, raw[: start + 1], start)
        else:
            patterns = [*_QUOTED_PRINTABLE] if self.transfer_encoding == "quoted-printable" else []
            if self.body_format == "html":
                patterns += HIDDEN_MARKUP
            origin = align(self.text, raw, masked(raw[start:end], patterns), window=start)
        head_lines = raw[:body_start].splitlines()
        shown = {line: head_lines[line - 1] for line, _, _ in headers.values()}
        return replace(origin, headers=headers, lines={**shown, **origin.lines})


def check_limits(data: bytes) -> None:
    """Raise EmailError for a message built to exhaust the parser: too many or too
    deeply nested parts, too many encoded words, a huge header section. Counted
    on the raw bytes, before any parsing, so the check itself is linear."""
    end = _HEADER_END.search(data)
    if (end.start() if end else len(data)) > MAX_HEADER_BYTES:
        raise EmailError(f"has a header section over {MAX_HEADER_BYTES // 1024} KB")
    if len(_MULTIPART.findall(data)) > MAX_MULTIPARTS:
        raise EmailError(f"nests more than {MAX_MULTIPARTS} multipart sections")
    if len(_CONTENT_TYPE.findall(data)) > MAX_PARTS:
        raise EmailError(f"has more than {MAX_PARTS} MIME parts")
    if len(_ENCODED_WORD.findall(data)) > MAX_ENCODED_WORDS:
        raise EmailError(f"has more than {MAX_ENCODED_WORDS} encoded header words")


def read_email(data: bytes) -> Email:
    check_limits(data)
    try:
        return _read(data)
    except RecursionError:  # a structure the counts above did not foresee
        raise EmailError("is nested too deeply") from None


def _read(data: bytes) -> Email:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    if not any(key.lower() in _ENVELOPE for key in message):
        raise EmailError("has no email headers (From, To, Subject, Date)")
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        structure = "the MIME structure is broken" if message.defects else "it has no text part"
        raise EmailError(f"has no readable text or HTML body ({structure})")
    content = _content(body)
    # Decoding records what was wrong with the transfer encoding on the part.
    defects = [defect for defect in body.defects if isinstance(defect, _CORRUPT_BODY)]
    if defects:
        raise EmailError(f"has a corrupt body ({_describe(defects[0])})")
    if body.get_content_subtype() == "html":
        text, body_format = html_to_text(content), "html"
    else:
        text, body_format = content.replace("\r\n", "\n").replace("\r", "\n"), "plain"
    payload = body.get_payload()
    return Email(
        text=text,
        body_format=body_format,
        headers=_headers(message),
        attachments=_attachments(message, body),
        payload=payload if isinstance(payload, str) else "",
        transfer_encoding=body.get("Content-Transfer-Encoding", "7bit").strip().lower(),
    )


def _header_positions(head: str) -> dict[str, tuple[int, int, int]]:
    """Line, first and end column of each of HEADERS' values in the header section
    (the first line of a folded header)."""
    positions: dict[str, tuple[int, int, int]] = {}
    for number, line in enumerate(head.splitlines(), start=1):
        match = _HEADER_LINE.match(line)
        if match and match.group(1).title() in HEADERS and match.group(1).title() not in positions:
            value = match.group(2).rstrip()
            positions[match.group(1).title()] = (number, match.start(2) + 1,
                                                 match.start(2) + 1 + len(value))
    return positions


def _content(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except LookupError:
        # An unknown charset: the bytes are still most likely UTF-8 or ASCII.
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    except (ValueError, UnicodeError) as error:
        raise EmailError(f"has a body that cannot be decoded ({error})") from None
    if not isinstance(content, str):
        raise EmailError("has a body that is not text")
    return content


def _headers(message: EmailMessage) -> dict[str, str]:
    headers = {}
    for name in HEADERS:
        try:
            value = message.get(name)
        except (ValueError, IndexError, TypeError):  # a malformed header is left out
            continue
        if value is not None and str(value).strip():
            headers[name] = " ".join(str(value).split())
    return headers


def _attachments(message: EmailMessage, body: Message) -> tuple[str, ...]:
    names = []
    for part in message.walk():
        if part is body or part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if disposition == "attachment" or (filename and disposition != "inline"):
            names.append(filename or f"unnamed {part.get_content_type()} attachment")
    return tuple(names)


def _describe(defect: MessageDefect) -> str:
    name = type(defect).__name__.removesuffix("Defect")
    return name.replace("Base64", " base64 ").strip().lower()
