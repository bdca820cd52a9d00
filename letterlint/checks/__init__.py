"""The built-in checks, in the order they run and report."""

from __future__ import annotations

from letterlint.checks.base import Check
from letterlint.checks.coverage import CoverageCheck
from letterlint.checks.grammar import GrammarCheck
from letterlint.checks.length import LengthCheck
from letterlint.checks.phrasing import PhrasingCheck
from letterlint.checks.presend import PresendCheck
from letterlint.checks.suppression import SuppressionCheck
from letterlint.checks.timing import TimingCheck
from letterlint.checks.tone import ToneCheck

BUILTIN_CHECKS: tuple[type[Check], ...] = (
    LengthCheck,
    CoverageCheck,
    PhrasingCheck,
    ToneCheck,
    GrammarCheck,
    PresendCheck,
    SuppressionCheck,
    TimingCheck,
)
