"""People's names as a letter writes them: parsing, spelling distance, mentions.

"Ms. Alvarez", "Dr Alan Moreau", "Elena" and "Hughes, Martin" become a
:class:`PersonName`; two spellings are *close* when they are probably the same
name mistyped ("Alverez", "Lee"/"Li"), and *same* only when spelled alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from letterlint.model import Span

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"


@dataclass(frozen=True)
class PersonName:
    """A name as written. ``surname`` is the last name word, ``given`` the first
    when there are two or more; a lone word without a title is ``given`` only."""

    text: str
    honorific: str | None  # normalised: "ms", "dr", "prof"
    given: str | None
    surname: str | None
    title: str | None = None  # the honorific as written: "Ms.", "Dr", "Professor"

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(word for word in (self.given, self.surname) if word)


@dataclass(frozen=True)
class Mention:
    name: PersonName
    span: Span
    surname_span: Span


def normal_honorific(word: str, honorifics: Sequence[str]) -> str | None:
    """'Ms.' → 'ms', 'Professor' → 'prof', 'Doctor' → 'dr'; None for a non-title."""
    folded = word.lower().rstrip(".")
    if folded not in honorifics:
        return None
    return {"doctor": "dr", "professor": "prof", "reverend": "rev", "captain": "capt"}.get(
        folded, folded
    )


def parse_name(text: str, honorifics: Sequence[str]) -> PersonName | None:
    """A person's name, or None when ``text`` does not look like one."""
    cleaned = " ".join(text.replace("’", "'").split()).strip(" ,;:!.")
    if "," in cleaned:  # "Hughes, Martin" as address books write it
        last, _, first = cleaned.partition(",")
        cleaned = f"{first.strip()} {last.strip()}"
    words = cleaned.split()
    honorific = title = None
    if words and normal_honorific(words[0], honorifics) and len(words) > 1:
        honorific = normal_honorific(words[0], honorifics)
        title = words[0] if words[0].endswith(".") or len(words[0]) > 3 else _dotted(text, words[0])
        words = words[1:]
    words = [word.strip(".") if len(word) > 2 else word for word in words]
    if not words or len(words) > 4:
        return None
    if not all(re.fullmatch(_NAME_WORD + r"\.?", word) for word in words):
        return None
    shown = " ".join(text.split()).strip(" ,;:!")
    if honorific and len(words) == 1:
        return PersonName(shown, honorific, None, words[0], title)
    if len(words) == 1:
        return PersonName(shown, None, words[0], None)
    return PersonName(shown, honorific, words[0], words[-1], title)


def _dotted(text: str, title: str) -> str:
    """The title as the text writes it: "Ms." when followed by a dot, else "Ms"."""
    return f"{title}." if re.search(rf"\b{re.escape(title)}\.", text) else title


def fold(word: str) -> str:
    """Case- and accent-insensitive form, for measuring how close two spellings are."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def edit_distance(first: str, second: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and
    swaps of neighbours each cost one ("Alverez"/"Alvarez" is 1)."""
    rows = len(first) + 1
    columns = len(second) + 1
    table = [[0] * columns for _ in range(rows)]
    for i in range(rows):
        table[i][0] = i
    for j in range(columns):
        table[0][j] = j
    for i in range(1, rows):
        for j in range(1, columns):
            cost = 0 if first[i - 1] == second[j - 1] else 1
            table[i][j] = min(
                table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost
            )
            if (
                i > 1
                and j > 1
                and first[i - 1] == second[j - 2]
                and first[i - 2] == second[j - 1]
            ):
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[-1][-1]


def close(first: str, second: str) -> bool:
    """Whether two different spellings are probably one name mistyped.

    One edit always counts; two count when the first letter agrees (people rarely
    mistype a name's first letter: "Lee"/"Li", "Alvarez"/"Alverez"); three only in
    long names."""
    a, b = fold(first), fold(second)
    if a == b:
        return True
    if min(len(a), len(b)) < 2:
        return False
    distance = edit_distance(a, b)
    if distance <= 1:
        return True
    if distance == 2 and a[0] == b[0]:
        return True
    return distance == 3 and min(len(a), len(b)) >= 9 and a[0] == b[0]


def honorific_mentions(
    text: str, regions: Sequence[Span], honorifics: Sequence[str], not_names: Sequence[str]
) -> Iterator[Mention]:
    """Every "Ms. Lee", "Dr Alan Moreau" or "Professor Ames" inside ``regions``."""
    titles = "|".join(sorted((re.escape(word) for word in honorifics), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?i:{titles})\.?[ \t]+((?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD})"
    )
    for region in regions:
        for match in pattern.finditer(text, region.start, region.end):
            title = match.group().split()[0]
            if not title[0].isupper():
                continue  # "dr" inside a word or sentence, not a title
            end = match.start(1)
            for word in re.finditer(r"\S+", match.group(1)):
                if word.group().lower().replace("’", "'") in not_names:
                    break
                end = match.start(1) + word.end()
            if end == match.start(1):
                continue
            if text.endswith(("'s", "’s"), match.start(1), end):
                end -= 2  # "Ms. Lee's team": the name is "Ms. Lee"
            name = parse_name(text[match.start() : end], honorifics)
            if name is None or name.surname is None:
                continue
            surname_start = end - len(name.surname)
            yield Mention(name, Span(match.start(), end), Span(surname_start, end))
