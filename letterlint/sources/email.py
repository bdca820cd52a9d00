"""An email message (.eml) → its body text, headers and attachment names.

Parsed with the standard library (``email`` with ``policy.default``). The body is
the text/plain part, or else the HTML part turned into text; a quoted earlier
message and the signature stay in the text, where the letter's structure
recognises them. Attachments are listed by file name.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.errors import (
    InvalidBase64CharactersDefect,
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
    MessageDefect,
)
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser

from letterlint.sources.html import html_to_text

HEADERS = ("Subject", "From", "To", "Cc", "Date")
"""Headers carried into ``Source.headers``, in this order, when present."""

_CORRUPT_BODY = (
    InvalidBase64CharactersDefect,
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
)
_ENVELOPE = ("from", "to", "subject", "date", "message-id", "mime-version", "content-type")


class EmailError(Exception):
    """The bytes are not a readable email message. The message says what is wrong."""


@dataclass(frozen=True)
class Email:
    text: str
    body_format: str  # "plain" or "html"
    headers: dict[str, str]
    attachments: tuple[str, ...]


def read_email(data: bytes) -> Email:
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
    return Email(
        text=text,
        body_format=body_format,
        headers=_headers(message),
        attachments=_attachments(message, body),
    )


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
