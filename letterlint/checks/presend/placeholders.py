"""Finding unfilled template slots in a letter's text.

Pure text work over spans: every match is a ``Span`` into the text. The word
lists come from ``data/presend.toml`` (``[placeholders]``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from letterlint.model import Span


@dataclass(frozen=True)
class Placeholder:
    span: Span
    text: str
    kind: str  # "bracket", "braces", "angle", "count", "blank", "signature", "phrase"


_SQUARE = re.compile(r"(?<![!\]\\])\[([^\[\]\n]{1,60})\](?![(\[:])")
_DOUBLE_BRACES = re.compile(r"\{\{\s*[A-Za-z_][\w .'’-]{0,58}?\s*\}\}")
"""A mail-merge field is a name ("{{first_name}}", "{{ Company }}"); template code
such as "{{ .Values.region }}" or "{{ user | title }}" is talked about, not unfilled."""
_SINGLE_BRACES = re.compile(r"(?<![{$%])\$?\{\s*[A-Za-z_][\w .'’-]{0,40}\s*\}(?!\})")
_MAIL_MERGE = re.compile(r"«\s*[A-Za-z_][\w ]{0,40}\s*»|<<\s*[A-Za-z_][\w ]{0,40}\s*>>")
_ANGLE = re.compile(r"(?<!<)<([A-Za-z][A-Za-z '’/_-]{0,50})>(?!>)")
_XX = re.compile(r"(?<![A-Za-z0-9])X{2,}(?:[-/.,]X+)*(?![A-Za-z])")
_BLANK = re.compile(r"(?<!_)_{3,}(?!_)")
_INSERT = re.compile(
    r"\bINSERT\b(?:[ ][A-Z][A-Z'’]*)*|\((?i:insert)\b[^()\n]{1,50}\)"
)
_TK = re.compile(r"(?<![\w-])(?:TK){1,3}(?![\w-])")
_SLOT_NAME = re.compile(
    r"\b(?:Your|My) (?:Full )?(?:Name|Phone(?: Number)?|Email(?: Address)?|Address|Title)"
    r"(?: Here)?\b"
    r"|\b(?:Company|Organi[sz]ation|Employer|Hiring Manager|Interviewer|Recipient|"
    r"Contact|Job|Position|School|Store|Manager|First|Last|Candidate)['’]?s? Name\b"
)
_SIGNATURE_SLOT = re.compile(
    r"(?i)^\s*(?:[\[(<]\s*)?(?:your|my)\s+(?:full\s+)?(?:name|signature)(?:\s+here)?"
    r"(?:\s*[\])>])?\s*$"
)
_ROUND = re.compile(r"\(([^()\n]{1,40})\)")
_ROUND_SLOT_WORDS = frozenset({"name", "names", "date", "day", "position", "company", "title",
                               "role", "job", "employer", "interviewer", "recipient", "sender"})
_NOT_A_SLOT_START = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "this",
                               "that", "see", "e.g.", "i.e.", "not", "and", "or", "as"})
_EITHER_TITLE = re.compile(r"\bMr\.?\s?/\s?(?:Ms|Mrs|Miss)\b\.?")
_CAPS_SLOT = re.compile(
    r"\b(?:(?:COMPANY|EMPLOYER|ORGANI[SZ]ATION|HIRING MANAGER|INTERVIEWER|JOB|POSITION|"
    r"FIRST|LAST|CONTACT|RECIPIENT)\s+)?(?:NAME|TITLE)\b|\bCOMPANY\s+[XYZ]\b"
    r"|\b(?:XYZ|ABC)\s+(?:Company|Corp(?:oration)?|Inc|Ltd|Group|Industries|Firm)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_SO_AND_SO = re.compile(r"(?i)\bso[- ]and[- ]so\b")
_CAPITALISED = re.compile(r"^[A-Z0-9]")
EDITORIAL_START = frozenset({"the", "a", "an", "our", "its", "this", "these", "those", "and"})


def find_placeholders(
    text: str,
    regions: Sequence[Span],
    signature_regions: Sequence[Span],
    words: Mapping[str, Sequence[str]],
) -> list[Placeholder]:
    """Unfilled slots inside ``regions`` (the letter minus quoted messages);
    ``signature_regions`` also flag a bare "Your Name" line."""
    found: list[Placeholder] = []
    for region in regions:
        found.extend(_in_region(text, region, words))
    for region in signature_regions:
        for match in re.finditer(r"[^\r\n]+", text[region.start : region.end]):
            if _SIGNATURE_SLOT.match(match.group()):
                start = region.start + match.start() + _indent(match.group())
                span = Span(start, region.start + match.end() - _trailing(match.group()))
                found.append(Placeholder(span, span.of(text), "signature"))
    return _without_overlaps(found)


def _in_region(text: str, region: Span, words: Mapping[str, Sequence[str]]) -> Iterator[
    Placeholder
]:
    slot_words = set(words["slot_words"])
    editorial = set(words["editorial"])

    def matches(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        return pattern.finditer(text, region.start, region.end)

    for match in matches(_SQUARE):
        inner = match.group(1).strip()
        if _is_bracket_slot(inner, slot_words, editorial):
            yield _placeholder(match, "bracket")
    for pattern in (_DOUBLE_BRACES, _SINGLE_BRACES, _MAIL_MERGE):
        for match in matches(pattern):
            yield _placeholder(match, "braces")
    for match in matches(_ANGLE):
        inner = match.group(1).strip()
        if _is_angle_slot(inner, slot_words):
            yield _placeholder(match, "angle")
    for match in matches(_XX):
        if _is_count_slot(text, match, words):
            yield _placeholder(match, "count")
    for match in matches(_BLANK):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if line.strip().strip("_"):  # a line of underscores alone is a separator
            yield _placeholder(match, "blank")
    for pattern in (_INSERT, _SLOT_NAME):
        for match in matches(pattern):
            yield _placeholder(match, "phrase")
    for match in matches(_TK):
        if _is_tk_slot(text, match):
            yield _placeholder(match, "phrase")
    for match in matches(_ROUND):
        if _is_round_slot(match.group(1)):
            yield _placeholder(match, "bracket")
    for pattern in (_EITHER_TITLE, _SO_AND_SO):
        for match in matches(pattern):
            yield _placeholder(match, "phrase")
    for match in matches(_CAPS_SLOT):
        if not _shouted(text, match):
            yield _placeholder(match, "phrase")


def _placeholder(match: re.Match[str], kind: str) -> Placeholder:
    return Placeholder(Span(match.start(), match.end()), match.group(), kind)


def _is_bracket_slot(inner: str, slot_words: set[str], editorial: set[str]) -> bool:
    """"[Company]", "[Hiring Manager's Name]", "[insert date]" are slots; "[sic]",
    "[1]", "[2024]", "[...]" and editorial insertions like "[the team]" are not."""
    folded = inner.lower().strip(" .")
    if folded in editorial or inner.lower() in editorial:
        return False
    if not re.search(r"[A-Za-z]", inner) or re.fullmatch(r"[\d\s,;–-]+|[a-z]|[ivx]+", folded):
        return False  # citations, years, footnote letters
    tokens = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not tokens or len(tokens) > 8:
        return False
    if tokens[0] in EDITORIAL_START and not any(
        _bare(token) in ("name", "insert", "x", "xx", "date") for token in tokens
    ):
        return False  # a word supplied inside a quotation: "[the team's] ritual"
    if any(_bare(token) in slot_words for token in tokens):
        return True
    significant = [token for token in tokens if token.lower() not in ("of", "the", "or", "and")]
    return all(_CAPITALISED.match(token) for token in significant)


def _is_round_slot(inner: str) -> bool:
    """"(Last name)", "(company name)", "(position)", "(day/date)" are slots; a
    parenthetical that names something ("(Sales Manager)", "(the new role)") is not:
    a slot is a few words, lower case or naming a name or date, with a slot word."""
    tokens = re.findall(r"[A-Za-z][\w'’.-]*", inner)
    if not tokens or len(tokens) > 4 or re.search(r"\d", inner):
        return False
    if tokens[0].lower() in _NOT_A_SLOT_START:
        return False
    bare = [_bare(token) for token in tokens]
    if not any(word in _ROUND_SLOT_WORDS for word in bare):
        return False
    return inner == inner.lower() or any(word in ("name", "names", "date") for word in bare)


def _shouted(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence around an upper-case slot word is itself in capitals (a
    heading or a shouted line, where NAME is just a word)."""
    start = max(0, match.start() - 200)
    for found in _SENTENCE_END.finditer(text, start, match.start()):
        start = found.end()
    after = _SENTENCE_END.search(text, match.end(), match.end() + 200)
    end = after.start() if after else min(len(text), match.end() + 200)
    rest = text[start : match.start()] + text[match.end() : end]
    letters = [char for char in rest if char.isalpha()]
    return bool(letters) and sum(char.isupper() for char in letters) > len(letters) / 2


def _is_angle_slot(inner: str, slot_words: set[str]) -> bool:
    """"<Interviewer>", "<Job Title>", "<name>" are slots; HTML tags and
    "<https://…>" or "<a@b.com>" (which the pattern already excludes) are not."""
    from letterlint.sources.markdown import is_html_tag

    if is_html_tag(f"<{inner}>"):
        return False
    tokens = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not tokens or len(tokens) > 6:
        return False
    if any(_bare(token) in slot_words for token in tokens):
        return True
    return bool(_CAPITALISED.match(tokens[0]))


def _bare(token: str) -> str:
    return re.sub(r"['’]s$", "", token.lower())


def _is_count_slot(text: str, match: re.Match[str], words: Mapping[str, Sequence[str]]) -> bool:
    """"XX years", "by XXX%", "on XX March", "Dear Mr. XX", "$XX,XXX" are slots; a
    Roman numeral after a name ("Super Bowl XX") is not."""
    after = text[match.end() : match.end() + 20]
    before = text[max(0, match.start() - 25) : match.start()]
    if re.match(r"\s?[%+kKmM]|\s*(?:per ?cent|percent)\b", after):
        return True
    if re.search(r"[$£€#]\s?$|[\d]$|\b\d+[-/.]$", before):
        return True
    next_word = re.match(r"\s+([A-Za-z][\w.]*)", after)
    if next_word and next_word.group(1).lower().rstrip(".") in words["count_nouns"]:
        return True
    previous = re.search(r"([\w.$£€#]+)\s*$", before)
    if previous is None:
        return True  # at the start of a line: nothing makes it a numeral
    word = previous.group(1)
    if word.lower() in words["slot_before"] or word.lower().rstrip(".") in words["slot_before"]:
        return True
    if re.search(r"[.!?]$", word):
        return True  # a new sentence starts with it
    return not _CAPITALISED.match(word)


def _is_tk_slot(text: str, match: re.Match[str]) -> bool:
    """Journalists' "TK" (to come) alone; not part of a name such as "TK Maxx"."""
    if re.match(r"[ ][A-Z]", text[match.end() : match.end() + 2]):
        return False
    previous = re.search(r"(\S+)[ ]$", text[max(0, match.start() - 30) : match.start()])
    return previous is None or not _CAPITALISED.match(previous.group(1)) or bool(
        re.search(r"[.!?:]$", previous.group(1))
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _trailing(line: str) -> int:
    return len(line) - len(line.rstrip())


def _without_overlaps(found: list[Placeholder]) -> list[Placeholder]:
    """One placeholder per place: the widest match wins ("[Your Name]" over "Your Name")."""
    ordered = sorted(found, key=lambda item: (item.span.start, -item.span.end))
    kept: list[Placeholder] = []
    for item in ordered:
        if kept and kept[-1].span.overlaps(item.span):
            continue
        kept.append(item)
    return kept
