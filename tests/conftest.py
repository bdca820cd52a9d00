"""Shared fixtures. The spaCy pipeline is real (the trained English pipeline the
install brings) and loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from letterlint import Linter
from letterlint.checks import BUILTIN_CHECKS
from letterlint.letter.nlp import Pipeline
from letterlint.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "letters"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    pipe = Pipeline()
    assert pipe.trained, "the trained English pipeline should be installed for the tests"
    return pipe


@pytest.fixture(scope="session")
def offline_registry() -> Registry:
    """Every built-in check but grammar, which needs a LanguageTool server and has
    its own tests; no plugins."""
    return Registry(check for check in BUILTIN_CHECKS if check.name != "grammar")


@pytest.fixture(scope="session")
def linter(pipeline: Pipeline, offline_registry: Registry) -> Iterator[Linter]:
    with Linter(registry=offline_registry, pipeline=pipeline) as shared:
        yield shared


# Hypothesis profiles for tests/fuzz. ``ci`` is the default: derandomized (the
# same examples every run, so CI never flakes on a new one) and no example
# database. ``deep`` runs ten times as many random examples; run it before a
# release: python -m pytest tests/fuzz --hypothesis-profile=deep
_PROFILE_SETTINGS: dict[str, Any] = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile("ci", derandomize=True, max_examples=100, **_PROFILE_SETTINGS)
settings.register_profile("deep", max_examples=1000, **_PROFILE_SETTINGS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def examples(at_ci: int, *, cheap: bool) -> int:
    """A test's example count under the loaded profile: ``at_ci`` under ``ci``;
    under ``deep`` ten times as many for a cheap test (no spaCy) and three times
    for one that lints (a lint costs ~0.1 s)."""
    scale = settings.default.max_examples / 100
    if scale > 1 and not cheap:
        scale = min(scale, 3.0)
    return max(1, round(at_ci * scale))
