"""What a check is: a name, the rules it owns (with their docs), and ``run``.

Third-party checks subclass :class:`Check` and register the class under the
``letterlint.checks`` entry-point group.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar

from letterlint.model import CheckResult, Finding, Fix, Severity, Span, Status

if TYPE_CHECKING:
    from letterlint.config import Config
    from letterlint.letter.parse import Letter


@dataclass(frozen=True)
class Rule:
    """One rule and its documentation, as ``letterlint explain CODE`` prints it.

    ``example`` must make the rule fire and ``instead`` must not; a test runs both
    as letters, with ``example_options`` (context such as ``company``) passed to
    the linter for each. When the fix is in the context rather than the text (a
    thank-you sent sooner), ``instead_options`` gives the options for ``instead``;
    None means the same as ``example_options``.
    """

    code: str
    slug: str
    severity: Severity
    summary: str
    what: str
    why: str
    example: str
    instead: str
    example_options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    instead_options: Mapping[str, Any] | None = None

    @property
    def options_for_instead(self) -> Mapping[str, Any]:
        return self.example_options if self.instead_options is None else self.instead_options


class Check(ABC):
    """Base class of every check. A check reads a Letter and returns data."""

    name: ClassVar[str]
    rules: ClassVar[tuple[Rule, ...]]
    options: ClassVar[Mapping[str, Any]] = MappingProxyType({})
    table_options: ClassVar[frozenset[str]] = frozenset()
    """List options whose items may be tables (a user cue or phrase with fields); every
    other list option holds strings."""
    """Configurable settings and their defaults, set in ``[tool.letterlint.<name>]``."""
    runs_on_empty: ClassVar[bool] = False
    """Whether the check has anything to say about an empty letter."""

    @abstractmethod
    def run(self, letter: Letter, config: Config) -> CheckResult: ...

    def close(self) -> None:  # noqa: B027 - optional hook; most checks hold nothing
        """Release anything the check holds (a server, a process)."""

    def rule(self, code: str) -> Rule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)

    def finding(
        self,
        code: str,
        message: str,
        span: Span | None = None,
        suggestion: str | None = None,
        *,
        fix: Fix | None = None,
        **metadata: Any,
    ) -> Finding:
        rule = self.rule(code)
        return Finding(
            code=rule.code,
            rule=rule.slug,
            check=self.name,
            severity=rule.severity,
            message=message,
            span=span,
            suggestion=suggestion,
            metadata=MappingProxyType(metadata),
            fix=fix,
        )

    def result(
        self,
        findings: list[Finding] | tuple[Finding, ...],
        metrics: Mapping[str, Any] | None = None,
        **extra: Any,
    ) -> CheckResult:
        """A finished result; the engine fills in the score after filtering."""
        return CheckResult(
            name=self.name,
            status=Status.OK,
            score=None,
            findings=tuple(findings),
            metrics=MappingProxyType(dict(metrics or {})),
            **extra,
        )

    def setting(self, config: Config, key: str) -> Any:
        return config.check_options(self.name).get(key, self.options[key])


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis: how a
    finding's message quotes the letter."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
