"""Config: defaults ← config file ← CLI/API arguments.

The file is ``[tool.letterlint]`` in the nearest ``pyproject.toml`` or a
``letterlint.toml`` (top level), found by walking up from the letter's folder.
Keys mirror the CLI flags (``fail-on`` or ``fail_on``); per-check settings live
in sub-tables (``[tool.letterlint.length]``), severity overrides in
``[tool.letterlint.severity]``. Unknown keys are an error, not silence.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from letterlint.model import KINDS, Severity
from letterlint.planner import PlanError, check_told
from letterlint.planner.schedule import as_date, as_datetime
from letterlint.sources.read import shown_name

CONFIG_FILES = ("letterlint.toml", "pyproject.toml")

DEFAULT_EXCLUDE = (
    "node_modules", "venv", "__pycache__", "__pypackages__", "site-packages", "_build",
    "build", "dist", "README*", "CHANGELOG*", "LICENSE*", "LICENCE*", "CONTRIBUTING*",
    "CODE_OF_CONDUCT*", "SECURITY*",
)
"""What a folder run never reads unless ``exclude`` is set: tool and build folders,
and the documentation files a repository of letters still has (the pre-commit
hook passes over the same ones). Hidden folders are always passed over."""


class ConfigError(Exception):
    """A config file or option that cannot be used. The message says how to fix it."""


@dataclass(frozen=True)
class Context:
    """What the user told us about the application; all optional."""

    company: str | None = None
    position: str | None = None
    interviewer: str | None = None
    interview_date: dt.datetime | None = None
    deadline: dt.date | None = None
    sent: dt.datetime | None = None
    previous_follow_ups: tuple[dt.date, ...] = ()
    told: str | None = None


@dataclass(frozen=True)
class Config:
    kind: str = "auto"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = Severity.ERROR
    fail_under: int | None = None
    severity: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))
    context: Context = field(default_factory=Context)
    checks: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: MappingProxyType({}))
    spacy_model: str | None = None
    languagetool: str | None = None
    require_grammar: bool = False
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    """Glob patterns of files and folders a folder run passes over (ruff's
    ``exclude``: a name matches anywhere, a pattern with a slash is relative to the
    config file's folder)."""
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    """Glob pattern → rules ignored in the files it matches."""
    report_unused_suppressions: bool = False
    """Report suppression comments that silenced nothing (LL801)."""
    source: Path | None = None  # the config file these values came from

    @property
    def root(self) -> Path:
        """The folder ``exclude`` and ``per-file-ignores`` patterns are relative to:
        the config file's, else the current one."""
        return self.source.parent if self.source is not None else Path.cwd()

    def check_options(self, check: str) -> Mapping[str, Any]:
        return self.checks.get(check, MappingProxyType({}))

    def with_options(self, **options: Any) -> Config:
        """A copy with API-style options applied (``kind=``, ``company=``, …)."""
        return _apply(self, _normalise_keys(options), origin="option")


_TOP_LEVEL = {
    "kind",
    "select",
    "ignore",
    "fail-on",
    "fail-under",
    "spacy-model",
    "languagetool",
    "require-grammar",
    "exclude",
    "extend-exclude",
    "per-file-ignores",
    "report-unused-suppressions",
}
_CONTEXT = {f.name.replace("_", "-") for f in fields(Context)}


MAX_CONFIG_BYTES = 1024 * 1024
"""Largest config file letterlint reads (a pyproject.toml is a few kilobytes)."""

_LETTERLINT_TABLE = re.compile(
    r"(?m)^[^\S\n]*(?:\[+[^\S\n]*)?tool[^\S\n]*\.[^\S\n]*letterlint\b"
)
"""A ``[tool.letterlint]`` table (or a ``tool.letterlint.x = …`` key). One run of
spaces per place, so a long line of tabs costs one pass."""


def find_config_file(start: Path) -> Path | None:
    """The nearest letterlint.toml, or pyproject.toml with [tool.letterlint].

    A pyproject.toml that cannot be read or parsed is skipped unless it mentions
    a [tool.letterlint] table: a broken file of another project must not stop a
    run that does not use it."""
    try:
        folder = start if start.is_dir() else start.parent
        folders = (folder.resolve(), *folder.resolve().parents)
    except OSError:  # an unreadable folder or a symbolic link loop: no config
        return None
    for directory in folders:
        for name in CONFIG_FILES:
            candidate = directory / name
            try:
                if not candidate.is_file():
                    continue
            except OSError:  # a folder we may not look into
                continue
            if name == "letterlint.toml":
                return candidate
            try:
                table = _read_toml(candidate)
            except ConfigError:
                if _mentions_letterlint(candidate):
                    raise
                continue
            tool = table.get("tool", {})
            if isinstance(tool, dict) and "letterlint" in tool:
                return candidate
    return None


def _mentions_letterlint(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            text = file.read(MAX_CONFIG_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    return bool(_LETTERLINT_TABLE.search(text))


def load_config(path: Path | None, base: Config | None = None) -> Config:
    """Read a config file on top of ``base`` (defaults when None)."""
    config = base or Config()
    if path is None:
        return config
    table = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = table.get("tool", {})
        table = tool.get("letterlint", {}) if isinstance(tool, dict) else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.letterlint] must be a table.")
    return replace(_apply(config, _normalise_keys(table), origin=str(path)), source=path)


def _read_toml(path: Path) -> dict[str, Any]:
    """The file's TOML, read up to MAX_CONFIG_BYTES (so /dev/zero or a FIFO
    cannot exhaust memory); anything unusable is a ConfigError in one sentence."""
    shown = shown_name(str(path))
    try:
        with path.open("rb") as file:
            data = file.read(MAX_CONFIG_BYTES + 1)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise ConfigError(f"{shown} is a symbolic link loop; fix the link.") from None
        reason = (error.strerror or type(error).__name__).lower()
        raise ConfigError(f"{shown} cannot be read ({reason}).") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise ConfigError(
            f"{shown} is over {MAX_CONFIG_BYTES // (1024 * 1024)} MB; a config file is a few "
            "lines, so check the path."
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{shown} is not UTF-8 text (bad byte at offset {error.start}); save it as UTF-8."
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{shown} is not valid TOML ({error}); fix the file.") from None
    except RecursionError:
        raise ConfigError(f"{shown} nests arrays or tables too deeply; fix the file.") from None


def _normalise_keys(table: Mapping[str, Any]) -> dict[str, Any]:
    return {key.replace("_", "-"): value for key, value in table.items()}


def _apply(config: Config, values: dict[str, Any], origin: str) -> Config:
    changes: dict[str, Any] = {}
    context_changes: dict[str, Any] = {}
    checks = {name: dict(options) for name, options in config.checks.items()}
    severity = dict(config.severity)
    for key, value in values.items():
        if value is None:
            continue
        if key in _CONTEXT:
            context_changes[key.replace("-", "_")] = _context_value(key, value, origin)
        elif key == "severity":
            severity.update(_severities(value, origin))
        elif key in _TOP_LEVEL:
            changes[key.replace("-", "_")] = _top_level_value(key, value, origin)
        elif isinstance(value, dict):
            checks.setdefault(key, {}).update(_normalise_check_options(value))
        else:
            known = ", ".join(sorted(_TOP_LEVEL | _CONTEXT | {"severity"}))
            raise ConfigError(f"{origin}: unknown setting {key!r}; known settings are {known}.")
    if context_changes:
        context = replace(config.context, **context_changes)
        if (
            context.deadline is not None
            and context.interview_date is not None
            and context.deadline < context.interview_date.date()
        ):
            raise ConfigError(
                f"{origin}: the deadline {context.deadline.isoformat()} is before the "
                f"interview on {context.interview_date.date().isoformat()}; check the dates."
            )
        changes["context"] = context
    changes["checks"] = MappingProxyType({k: MappingProxyType(v) for k, v in checks.items()})
    changes["severity"] = MappingProxyType(severity)
    return replace(config, **changes)


def _normalise_check_options(options: Mapping[str, Any]) -> dict[str, Any]:
    return {key.replace("-", "_"): value for key, value in options.items()}


def _top_level_value(key: str, value: Any, origin: str) -> Any:
    if key == "kind":
        if value not in (*KINDS, "auto"):
            raise ConfigError(
                f"{origin}: kind must be thank-you, follow-up or auto, not {value!r}."
            )
        return value
    if key in ("select", "ignore"):
        return tuple(_strings(value, key, origin))
    if key == "fail-on":
        return parse_fail_on(value, origin)
    if key == "fail-under":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
            raise ConfigError(f"{origin}: fail-under must be a number from 0 to 100.")
        return int(value)
    if key in ("require-grammar", "report-unused-suppressions"):
        if not isinstance(value, bool):
            raise ConfigError(
                f"{origin}: {key} must be true or false, not {_type_of(value)}; fix the setting."
            )
        return value
    if key in ("exclude", "extend-exclude"):
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise ConfigError(
                f"{origin}: {key} must be a list of glob patterns (strings), not "
                f"{_type_of(value)}; fix the setting."
            )
        return tuple(value)
    if key == "per-file-ignores":
        return _per_file_ignores(value, origin)
    if not isinstance(value, str):
        raise ConfigError(f"{origin}: {key} must be a string.")
    return value


def _per_file_ignores(value: Any, origin: str) -> Mapping[str, tuple[str, ...]]:
    expected = "a table of glob pattern = list of rule codes or names"
    if not isinstance(value, Mapping):
        raise ConfigError(
            f"{origin}: per-file-ignores must be {expected}, not {_type_of(value)}; "
            "fix the setting."
        )
    table: dict[str, tuple[str, ...]] = {}
    for pattern, codes in value.items():
        if isinstance(codes, str) or not isinstance(codes, list | tuple) or not all(
            isinstance(code, str) for code in codes
        ):
            raise ConfigError(
                f"{origin}: per-file-ignores {pattern!r} must be a list of rule codes or "
                f"names, not {_type_of(codes)}; fix the setting."
            )
        table[pattern] = tuple(code.strip() for code in codes)
    return MappingProxyType(table)


def _type_of(value: Any) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "a string",
             list: "a list", tuple: "a list", dict: "a table"}
    if isinstance(value, list | tuple) and not all(isinstance(item, str) for item in value):
        return "a list with other items"
    return names.get(type(value), type(value).__name__)


def parse_fail_on(value: Any, origin: str = "option") -> Severity | None:
    if value == "never":
        return None
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(
            f"{origin}: fail-on must be error, warning, info or never, not {value!r}."
        ) from None


def _strings(value: Any, key: str, origin: str) -> Iterable[str]:
    if isinstance(value, str):
        value = [item for item in value.split(",") if item.strip()]
    if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{origin}: {key} must be a list of rule codes or names.")
    return (item.strip() for item in value)


def _severities(value: Any, origin: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{origin}: severity must be a table of CODE = \"error|warning|info\".")
    result = {}
    for code, level in value.items():
        try:
            result[code] = Severity(level)
        except ValueError:
            raise ConfigError(
                f"{origin}: severity for {code} must be error, warning or info, not {level!r}."
            ) from None
    return result


def _context_value(key: str, value: Any, origin: str) -> Any:
    if key in ("interview-date", "sent"):
        return parse_datetime(value, key, origin)
    if key == "deadline":
        return parse_date(value, key, origin)
    if key == "previous-follow-ups":
        items = value if isinstance(value, list | tuple) else [value]
        return tuple(sorted(parse_date(item, key, origin) for item in items))
    if key == "told":
        if not isinstance(value, str):
            raise ConfigError(f"{origin}: told must be a string such as 'a few days'.")
        try:
            check_told(value)
        except PlanError as error:
            raise ConfigError(f"{origin}: {error}") from None
        return value
    if not isinstance(value, str):
        raise ConfigError(f"{origin}: {key} must be a string.")
    return value


def parse_datetime(value: Any, key: str = "date", origin: str = "option") -> dt.datetime:
    """Dates and times as ISO 8601; a bare date means that day's start. A time
    with a UTC offset becomes local time; years outside 1970-2200 are refused."""
    try:
        return as_datetime(value if isinstance(value, dt.date) else str(value), key)
    except PlanError as error:
        raise ConfigError(f"{origin}: {error}") from None


def parse_date(value: Any, key: str = "date", origin: str = "option") -> dt.date:
    try:
        return as_date(value if isinstance(value, dt.date) else str(value), key)
    except PlanError as error:
        raise ConfigError(f"{origin}: {error}") from None
