"""Quoted, not used: whether words stand inside quotation marks.

A stock phrase or a hostile cue between quotation marks ("people say 'per my last
email' too often") is mentioned, not written by the sender; phrasing and tone both
skip such matches.
"""

from __future__ import annotations

_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
_SINGLE = "'‘’"


def quoted(text: str, start: int, end: int, lower: int = 0, upper: int | None = None) -> bool:
    """Whether ``text[start:end]`` sits inside quotation marks that open in
    ``text[lower:start]`` and close in ``text[end:upper]``."""
    upper = len(text) if upper is None else upper
    before = text[lower:start]
    after = text[end:upper]
    if before.count('"') % 2 == 1 and '"' in after:
        return True
    for opener, closer in _PAIRS:
        if before.rfind(opener) > before.rfind(closer) and closer in after:
            return True
    if before[-1:] in ("*", "_") and after[:1] in ("*", "_"):
        return True
    return _single_quote_opens(text, lower, start) and _single_quote_closes(text, end, upper)


def _is_apostrophe(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()


def _single_quote_opens(text: str, lower: int, start: int) -> bool:
    for index in range(start - 1, lower - 1, -1):
        char = text[index]
        if char not in _SINGLE or _is_apostrophe(text, index):
            continue
        preceded_by_space = index == 0 or text[index - 1].isspace() or text[index - 1] in "([{—–-/:"
        # the first quote mark found is either the opening one or a closing one
        return char in "'‘" and preceded_by_space and not text[index + 1 : index + 2].isspace()
    return False


def _single_quote_closes(text: str, end: int, upper: int) -> bool:
    for index in range(end, upper):
        char = text[index]
        if char not in _SINGLE or _is_apostrophe(text, index):
            continue
        followed_by_word = index + 1 < len(text) and text[index + 1].isalnum()
        preceded_by_word = index > 0 and not text[index - 1].isspace()
        return char in "'’" and preceded_by_word and not followed_by_word
    return False
