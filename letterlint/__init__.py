"""letterlint: lint the thank-you and follow-up letters sent after an interview.

``lint(text_or_path)`` lints one letter; a ``Linter`` keeps spaCy (and any
LanguageTool server) loaded for many. Everything else here is the types they
return and take.
"""

from __future__ import annotations

__version__ = "0.1.0"

from letterlint.checks.base import Check, Rule
from letterlint.config import Config, ConfigError, Context
from letterlint.engine import Linter, lint, lint_many
from letterlint.letter.parse import Letter
from letterlint.model import (
    Applicability,
    CheckResult,
    Finding,
    Fix,
    Part,
    PointCoverage,
    Report,
    Role,
    Severity,
    Span,
    Status,
)
from letterlint.planner import Plan, PlanError, plan
from letterlint.registry import Registry
from letterlint.sources.read import InputError, Source

__all__ = [
    "Applicability",
    "Check",
    "CheckResult",
    "Config",
    "ConfigError",
    "Context",
    "Finding",
    "Fix",
    "InputError",
    "Letter",
    "Linter",
    "Part",
    "Plan",
    "PlanError",
    "PointCoverage",
    "Registry",
    "Report",
    "Role",
    "Rule",
    "Severity",
    "Source",
    "Span",
    "Status",
    "__version__",
    "lint",
    "lint_many",
    "plan",
]
