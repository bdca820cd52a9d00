"""Telling a thank-you note from a follow-up when the user did not say.

A follow-up asks about a decision after time has passed; a thank-you note thanks
for a conversation that just happened. Each cue found in the prose adds weight to
one side; ties go to thank-you, the more common letter.
"""

from __future__ import annotations

import re

from letterlint.letter import Letter

_FOLLOW_UP_CUES = (
    (r"\bfollow(ing)?[- ]?up\b", 2.0),
    (r"\b(check|checking) in\b", 2.0),
    (r"\b(circle|circling) back\b", 2.0),
    (r"\btouch(ing)? base\b", 1.5),
    (r"\b(any|an) update\b|\bupdates? on\b", 2.0),
    (r"\bstatus of\b|\bwhere things stand\b|\bnext steps? (are|is|look)\b", 2.0),
    (r"\bhaven'?t heard\b|\bhave not heard\b|\bnot heard back\b|\bhear back\b", 2.0),
    (r"\b(hiring )?decision\b|\btimeline\b|\btime ?frame\b", 1.0),
    (r"\b(it'?s|it has) been\b.{0,20}\b(weeks?|days|while)\b", 2.0),
    (r"\b(last|past|two|three|couple of|few) weeks?\b", 1.0),
    (r"\b(interviewed|we spoke|we met|our interview|my interview) (on|last)\b", 1.5),
    (r"\bby (the end of )?(this|last|next)? ?(week|month|friday|monday|tuesday|wednesday|thursday)", 1.0),
    (r"\bstill (very |really )?(interested|excited|keen|eager)\b|\bremain (very )?(interested|keen|excited)\b", 2.0),
    (r"\bsince (we|our|my) (spoke|last|interview|conversation)\b", 1.5),
)
_THANK_YOU_CUES = (
    (r"\bthank(s| you)\b.{0,40}\b(interview|meeting|conversation|speaking|meet|time today|taking the time)\b", 2.5),
    (r"\b(today|yesterday|this (morning|afternoon)|earlier today)\b", 1.5),
    (r"\b(enjoyed|loved|great|pleasure|nice) (meeting|speaking|talking|to meet|to speak|chatting)\b", 1.5),
    (r"\bit was (a pleasure|great|lovely|wonderful)\b", 1.0),
)


def detect_kind(letter: Letter) -> tuple[str, float]:
    """The letter's kind and how sure we are (0.5–1)."""
    prose = " ".join(sentence.text for sentence in letter.sentences).lower()
    subject = " ".join(letter.source.headers.values()).lower()
    text = f"{subject} {prose}"
    follow_up = sum(weight for pattern, weight in _FOLLOW_UP_CUES if re.search(pattern, text))
    thank_you = sum(weight for pattern, weight in _THANK_YOU_CUES if re.search(pattern, text))
    total = follow_up + thank_you
    if total == 0:
        return "thank-you", 0.5
    if follow_up > thank_you:
        return "follow-up", round(follow_up / total, 2)
    return "thank-you", round(max(thank_you, follow_up) / total, 2)
