"""Report → text. Formatters are the only place that turns findings into words."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from letterlint.formatters.concise import format_concise
from letterlint.formatters.github import format_github
from letterlint.formatters.json import format_json
from letterlint.formatters.sarif import format_sarif
from letterlint.formatters.text import format_text
from letterlint.model import Report

Formatter = Callable[[Sequence[Report], bool], str]

FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "github": format_github,
    "concise": format_concise,
}
