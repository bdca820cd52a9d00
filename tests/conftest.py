"""Shared fixtures. The spaCy pipeline is real (the trained English pipeline the
install brings) and loaded once per test session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
