"""Month names as letters write them ("March", "Mar.", "Sept"): one pattern for
the date lines, the timeline and the planner, and the month each name means."""

from __future__ import annotations

import calendar

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""A month's name, abbreviation or "sept", as a non-capturing group (lower case:
compile it with ``re.IGNORECASE`` for text as written)."""

_NUMBERS = {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}


def month_number(name: str) -> int:
    """1 for "January", "jan" or "Jan."; any name :data:`MONTH` matches."""
    return _NUMBERS[name[:3].lower()]
