"""Robotic or stuffy phrasing (LL3xx): the check and the phrase book it matches with."""

from letterlint.checks.phrasing.check import PhrasingCheck

__all__ = ["PhrasingCheck"]
