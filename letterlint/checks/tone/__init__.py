"""Negative, insinuating, pushy or desperate tone (LL4xx): cue tables and parse signals."""

from letterlint.checks.tone.check import ToneCheck

__all__ = ["ToneCheck"]
