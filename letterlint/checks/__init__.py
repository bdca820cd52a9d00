"""The built-in checks, in the order they run and report."""

from __future__ import annotations

from letterlint.checks.base import Check
from letterlint.checks.length import LengthCheck

BUILTIN_CHECKS: tuple[type[Check], ...] = (LengthCheck,)
