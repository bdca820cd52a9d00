"""Suppression comments in the letter: silence a rule for a line, a paragraph, a
stretch or the whole letter, in a form that suits prose.

The form is Vale's comment switch, an HTML comment, which Markdown and HTML hide
and which survives both::

    <!-- letterlint off -->              every rule, from here on
    <!-- letterlint on -->               every rule again
    <!-- letterlint off LL301, tone -->  these rules (codes, names, prefixes, checks)
    <!-- letterlint on LL301 -->
    <!-- letterlint LL301 = NO -->       Vale's spelling of the same switch
    <!-- letterlint LL301 = YES -->
    <!-- letterlint ignore LL302 -->     on a line of its own: the next paragraph;
                                         after text on a line: that line

An ``off`` before any of the letter's words that is never switched back on covers
the whole letter, whole-letter findings (a missing point, a letter too long)
included. An e-mail's recipient would see a comment in a plain-text body, so an
``.eml`` can carry the switch as a header instead, which mail clients do not show:
``X-Letterlint: off LL104`` (the whole letter). In plain text the comment is a line
of its own that letterlint reads as no part of the letter: it is never linted and
never counted as a paragraph (take it out before you send the letter).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from letterlint.model import Finding, Span

if TYPE_CHECKING:
    from letterlint.letter.parse import Letter

DIRECTIVE = re.compile(r"<!--[ \t]*letterlint\b(?P<body>(?:(?!-->)[^\r\n])*)-->", re.IGNORECASE)
"""A letterlint comment, on one line."""

MAX_DIRECTIVES = 50
"""Switches read per letter; past this, the rest are ignored. A letter needs a few,
and each one in Markdown or HTML costs a read of the text before it, so a file of
thousands (hostile input) stays bounded."""

HEADER = "X-Letterlint"
"""The e-mail header that carries a whole-letter switch."""

_SWITCH = re.compile(r"(?i)^\s*(?P<verb>off|on|ignore)\b(?P<selectors>.*)$")

Resolver = Callable[[str], frozenset[str]]
"""Turns a selector (code, name, prefix or check) into rule codes; raises
ValueError for one no rule matches."""


@dataclass(frozen=True)
class Directive:
    """A comment as written, where it stands in the letter's text (``span``; empty
    when the reader dropped the comment, as Markdown and HTML do) and what it says."""

    span: Span
    text: str
    verb: str  # "off", "on" or "ignore"
    selectors: tuple[str, ...]
    inline: bool = False  # written after text on the same line


@dataclass(frozen=True)
class Suppression:
    """What one directive silences: ``codes`` (None: every rule) over ``covers``,
    and whole-letter findings too when ``whole_letter``."""

    directive: Directive
    codes: frozenset[str] | None
    covers: Span
    whole_letter: bool = False

    def silences(self, finding: Finding) -> bool:
        if self.codes is not None and finding.code not in self.codes:
            return False
        if finding.span is None:
            return self.whole_letter
        return self.covers.start <= finding.span.start < max(self.covers.end, self.covers.start + 1)


@dataclass(frozen=True)
class Suppressions:
    """Every suppression of one letter, and the directives that could not be read."""

    items: tuple[Suppression, ...] = ()
    comments: tuple[Span, ...] = ()
    """Where the comments stand in the letter's text: no finding may quote them."""
    problems: tuple[tuple[Directive, str], ...] = field(default=(), compare=False)
    """Directives that cannot be read, or name no rule, and what is wrong."""

    def split(self, findings: Iterable[Finding]) -> tuple[list[Finding], set[Directive]]:
        """The findings no suppression silences, and the directives that silenced one."""
        kept: list[Finding] = []
        used: set[Directive] = set()
        for finding in findings:
            if finding.span is not None and any(
                finding.span.overlaps(comment) for comment in self.comments
            ):
                continue
            silencing = [item for item in self.items if item.silences(finding)]
            if silencing:
                used.update(item.directive for item in silencing)
            else:
                kept.append(finding)
        return kept, used

    def directives(self) -> list[Directive]:
        seen: dict[Directive, None] = {}
        for item in self.items:
            seen.setdefault(item.directive, None)
        return list(seen)


def letter_suppressions(letter: Letter, resolve: Resolver) -> Suppressions:
    """The suppressions of a parsed letter, whatever its format. Markdown and HTML
    readers drop comments, so for those (and for an e-mail's X-Letterlint header)
    the file itself is read again when the letter came from one; a Markdown or HTML
    letter given as text (stdin, an editor's buffer) has its comments dropped
    unread."""
    source = letter.source
    text = letter.text
    whole_file: list[Directive] = []
    if source.format in ("text", "email"):
        directives = find_directives(text)
        if source.format == "email":
            whole_file = header_directives(_email_header(_raw_bytes(source.path)))
    elif source.format in ("markdown", "html"):
        data = _raw_bytes(source.path)
        raw = data.decode("utf-8", "replace").lstrip("\ufeff") if data else ""
        if "letterlint" not in raw:
            return Suppressions()
        directives = mapped_directives(raw, _reader(source.format), text)
    else:
        return Suppressions()
    if not directives and not whole_file:
        return Suppressions()
    return suppressions(text, directives, resolve, whole_file)


def _raw_bytes(path: str | None) -> bytes:
    from letterlint.sources.read import MAX_CONTAINER_BYTES

    if not path or not os.path.isfile(path):
        return b""
    try:
        with open(path, "rb") as file:
            return file.read(MAX_CONTAINER_BYTES)
    except OSError:
        return b""


def _email_header(data: bytes) -> str | None:
    if not data:
        return None
    from email.parser import BytesHeaderParser
    from email.policy import default

    value = BytesHeaderParser(policy=default).parsebytes(data).get(HEADER)
    return str(value) if value is not None else None


def _reader(format_name: str) -> Callable[[str], str]:
    if format_name == "markdown":
        from letterlint.sources.markdown import markdown_to_text

        return markdown_to_text
    from letterlint.sources.html import html_to_text

    return html_to_text


def directive_lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Each directive in ``text`` as (start, end, inline): the structure reads a line
    holding only directives as blank and an inline one as the end of its line."""
    for count, match in enumerate(DIRECTIVE.finditer(text)):
        if count == MAX_DIRECTIVES:
            return
        line_start = text.rfind("\n", 0, match.start()) + 1
        yield match.start(), match.end(), bool(text[line_start : match.start()].strip())


def find_directives(text: str) -> list[Directive]:
    """The directives written in the letter's own text (plain text, an e-mail's
    plain-text body)."""
    return [
        directive
        for start, end, inline in directive_lines(text)
        if (directive := _directive(text[start:end], Span(start, end), inline)) is not None
    ]


def mapped_directives(raw: str, to_text: Callable[[str], str], text: str) -> list[Directive]:
    """The directives in a Markdown or HTML file, placed in the extracted ``text``:
    the reader drops comments, so each one stands where the text read from the file
    before it ends (``to_text`` is that reader)."""
    found = []
    for start, end, inline in directive_lines(raw):
        cut = start if inline else raw.rfind("\n", 0, start) + 1
        before = to_text(raw[:cut]).rstrip()
        if not text.startswith(before):
            continue  # the comment sits inside a block the reader cannot cut: skip it
        directive = _directive(raw[start:end], Span(len(before), len(before)), inline)
        if directive is not None:
            found.append(directive)
    return found


def header_directives(value: str | None) -> list[Directive]:
    """``X-Letterlint: off LL104`` in an e-mail: the whole letter."""
    if not value:
        return []
    directive = _directive(f"<!-- letterlint {value} -->", Span(0, 0), False)
    return [directive] if directive is not None and directive.verb == "off" else []


def suppressions(
    text: str,
    directives: Sequence[Directive],
    resolve: Resolver,
    whole_file: Sequence[Directive] = (),
) -> Suppressions:
    """The stretches of ``text`` each directive silences, in text order."""
    items: list[Suppression] = []
    problems: list[tuple[Directive, str]] = []
    start_of_words = _first_words(text, directives)
    for directive in whole_file:
        codes = _codes(directive, resolve, problems)
        items.append(Suppression(directive, codes, Span(0, len(text)), whole_letter=True))
    open_regions: list[tuple[Directive, frozenset[str] | None, int]] = []
    for directive in directives:
        codes = _codes(directive, resolve, problems)
        if directive.verb == "ignore":
            items.append(Suppression(directive, codes, _ignored(text, directive)))
        elif directive.verb == "off":
            open_regions.append((directive, codes, directive.span.end))
        else:
            still_open: list[tuple[Directive, frozenset[str] | None, int]] = []
            for opener, opened, start in open_regions:
                if codes is None or (opened is not None and opened & codes):
                    items.append(Suppression(opener, opened, Span(start, directive.span.start)))
                    rest = None if codes is None or opened is None else opened - codes
                    if rest:
                        still_open.append((opener, rest, directive.span.end))
                else:
                    still_open.append((opener, opened, start))
            open_regions = still_open
    for opener, opened, start in open_regions:
        whole = opener.span.start <= start_of_words
        items.append(
            Suppression(opener, opened, Span(0 if whole else start, len(text)), whole_letter=whole)
        )
    comments = tuple(d.span for d in directives if d.span.end > d.span.start)
    return Suppressions(tuple(items), comments, tuple(problems))


def _directive(comment: str, span: Span, inline: bool) -> Directive | None:
    match = DIRECTIVE.fullmatch(comment)
    if match is None:
        return None
    body = match.group("body").strip()
    switch = _SWITCH.match(body)
    if switch:
        verb = switch.group("verb").lower()
        selectors = _selectors(switch.group("selectors"))
    else:
        # Vale's "Vale.Terms = NO": split at the sign, not with a pattern, so a long
        # comment of spaces costs one pass.
        named, equals, value = body.partition("=")
        value = value.strip().lower()
        if not equals or not named.strip() or value not in ("no", "yes"):
            return Directive(span, comment, "invalid", (body,), inline)
        verb = "off" if value == "no" else "on"
        selectors = _selectors(named.strip())
    return Directive(span, comment, verb, selectors, inline)


def _selectors(text: str) -> tuple[str, ...]:
    return tuple(item for item in re.split(r"[\s,]+", text.strip().lstrip(":")) if item)


def _codes(
    directive: Directive, resolve: Resolver, problems: list[tuple[Directive, str]]
) -> frozenset[str] | None:
    if directive.verb == "invalid":
        problems.append((
            directive,
            f"'{directive.text}' is not a letterlint switch; write 'off', 'on' or 'ignore' "
            "and the rules, or 'RULE = NO'",
        ))
        return frozenset()
    if not directive.selectors:
        return None
    codes: set[str] = set()
    for selector in directive.selectors:
        try:
            codes |= resolve(selector)
        except ValueError as problem:
            problems.append((directive, f"'{directive.text}': {problem}"))
    return frozenset(codes)


def _ignored(text: str, directive: Directive) -> Span:
    """An inline ``ignore`` covers its line; one on a line of its own, the next
    paragraph (up to the next blank line)."""
    position = directive.span.start
    if directive.inline:
        line_start = text.rfind("\n", 0, max(position - 1, 0)) + 1
        return Span(line_start, position)
    start = directive.span.end
    while start < len(text) and text[start].isspace():
        start += 1
    blank = re.compile(r"\n[ \t\r]*\n").search(text, start)
    return Span(start, blank.start() if blank else len(text))


def _first_words(text: str, directives: Sequence[Directive]) -> int:
    """Where the letter's own words begin: the first non-space outside a comment."""
    position = 0
    for directive in sorted(directives, key=lambda d: d.span.start):
        if text[position : directive.span.start].strip():
            break
        position = max(position, directive.span.end)
    rest = text[position:]
    return position + (len(rest) - len(rest.lstrip()))
