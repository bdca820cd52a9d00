"""Pre-send sanity (LL6xx): placeholders, names, the right company, position and person."""

from letterlint.checks.presend.check import PresendCheck

__all__ = ["PresendCheck"]
