"""Which checks exist: the built-in tuple plus ``letterlint.checks`` entry points.

A Registry is a value, not a global: tests build their own. Codes and slugs are
validated when the registry is built, so a bad plugin fails loudly at load.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib.metadata import entry_points

from letterlint.checks import BUILTIN_CHECKS
from letterlint.checks.base import Check, Rule
from letterlint.config import Config, ConfigError

ENTRY_POINT_GROUP = "letterlint.checks"
_CODE = re.compile(r"^[A-Z]{2,4}\d{3}$")
_SLUG = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class RegistryError(Exception):
    """A check or rule that cannot be registered, or an unknown code asked for."""


class Registry:
    def __init__(self, checks: Iterable[type[Check]]) -> None:
        self.checks: tuple[type[Check], ...] = tuple(checks)
        self._by_code: dict[str, tuple[type[Check], Rule]] = {}
        self._by_slug: dict[str, str] = {}
        names: set[str] = set()
        for check in self.checks:
            self._add(check, names)

    @classmethod
    def default(cls, plugins: bool = True) -> Registry:
        """Built-in checks, plus installed plugins unless ``plugins`` is False."""
        return cls((*BUILTIN_CHECKS, *(load_plugins() if plugins else ())))

    def _add(self, check: type[Check], names: set[str]) -> None:
        name = getattr(check, "name", None)
        if not isinstance(name, str) or not _SLUG.match(name):
            raise RegistryError(f"check {check!r} needs a lowercase `name`.")
        if name in names:
            raise RegistryError(f"two checks are named {name!r}.")
        names.add(name)
        for rule in getattr(check, "rules", ()):
            if not _CODE.match(rule.code):
                raise RegistryError(
                    f"check {name!r}: rule code {rule.code!r} is malformed; codes are 2-4 "
                    f"capital letters and 3 digits. Known codes: {self._known()}."
                )
            if rule.code in self._by_code:
                other = self._by_code[rule.code][0].name
                raise RegistryError(
                    f"check {name!r}: rule code {rule.code} is already used by check "
                    f"{other!r}. Known codes: {self._known()}."
                )
            if not _SLUG.match(rule.slug) or rule.slug in self._by_slug:
                raise RegistryError(
                    f"check {name!r}: rule name {rule.slug!r} is malformed or taken."
                )
            self._by_code[rule.code] = (check, rule)
            self._by_slug[rule.slug] = rule.code

    def _known(self) -> str:
        return ", ".join(sorted(self._by_code)) or "none yet"

    def rules(self) -> Iterator[tuple[type[Check], Rule]]:
        for check in self.checks:
            for rule in check.rules:
                yield check, rule

    def rule(self, code_or_slug: str) -> Rule:
        code = self._by_slug.get(code_or_slug, code_or_slug.upper())
        if code not in self._by_code:
            raise RegistryError(f"unknown rule {code_or_slug!r}; known codes: {self._known()}.")
        return self._by_code[code][1]

    def check_of(self, code: str) -> type[Check]:
        return self._by_code[code][0]

    def resolve(self, selector: str) -> set[str]:
        """Codes matched by a code, a slug, a check name or a code prefix."""
        wanted = selector.strip()
        if wanted in self._by_slug:
            return {self._by_slug[wanted]}
        by_check = {rule.code for check, rule in self.rules() if check.name == wanted}
        if by_check:
            return by_check
        prefix = wanted.upper()
        matched = {code for code in self._by_code if code.startswith(prefix)}
        if not matched or not re.match(r"^[A-Z]{1,4}\d{0,3}$", prefix):
            raise RegistryError(
                f"unknown rule {selector!r} in select/ignore/severity; "
                f"known codes: {self._known()}."
            )
        return matched

    def enabled_codes(self, config: Config) -> frozenset[str]:
        selected = set(self._by_code)
        if config.select:
            selected = set().union(*(self.resolve(item) for item in config.select))
        for item in config.ignore:
            selected -= self.resolve(item)
        return frozenset(selected)

    def validate(self, config: Config) -> None:
        """Raise ConfigError for anything in ``config`` no registered rule knows."""
        origin = str(config.source) if config.source else "options"
        try:
            self.enabled_codes(config)
            for code in config.severity:
                self.resolve(code)
            for codes in config.per_file_ignores.values():
                for code in codes:
                    self.resolve(code)
        except RegistryError as error:
            raise ConfigError(f"{origin}: {error}") from None
        names = {check.name: check for check in self.checks}
        for name, options in config.checks.items():
            if name not in names:
                raise ConfigError(
                    f"{origin}: unknown setting or check {name!r}; checks are "
                    f"{', '.join(sorted(names))}."
                )
            unknown = set(options) - set(names[name].options)
            if unknown:
                allowed = ", ".join(sorted(names[name].options)) or "none"
                raise ConfigError(
                    f"{origin}: unknown {name} setting {sorted(unknown)[0]!r}; "
                    f"{name} settings are {allowed}."
                )
            for key, value in options.items():
                expected = option_type_error(
                    names[name].options[key], value, key in names[name].table_options
                )
                if expected:
                    raise ConfigError(
                        f"{origin}: [{name}] {key} must be {expected}, "
                        f"not {_shown(value)}; fix the setting."
                    )


def option_type_error(default: object, value: object, tables: bool = False) -> str | None:
    """What ``value`` should have been, when its type does not match the option's
    declared default; None when it fits. A setting of the wrong type (``allow =
    "sorry"`` for a list) would otherwise change a check's results silently."""
    if isinstance(default, bool):
        return None if isinstance(value, bool) else "true or false"
    if isinstance(default, int | float):
        # a count or limit that defaults to 0 or more cannot be negative
        # ("max_paragraphs = -2" would otherwise crash the check or mean nothing)
        whole = isinstance(default, int)
        fits = isinstance(value, int | float) and not isinstance(value, bool)
        fits = fits and (not whole or isinstance(value, int))
        fits = fits and math.isfinite(float(value))  # type: ignore[arg-type]
        natural = default >= 0
        expected = "a whole number" if whole else "a number"
        expected += " of 0 or more" if natural else ""
        return None if fits and not (natural and value < 0) else expected  # type: ignore[operator]
    if isinstance(default, Mapping) and default and all(
        isinstance(item, int | float) for item in default.values()
    ):
        # a number for every key, or a table of numbers for some of them
        # ("model_weight = 0.4" or "threshold = {learned = 0.45}")
        expected = f"a number or a table of numbers for {', '.join(default)}"
        items = value.items() if isinstance(value, Mapping) else [(None, value)]
        for name, item in items:
            if name is not None and name not in default:
                return expected
            if option_type_error(0.0, item) is not None:
                return expected
        return None
    if isinstance(default, str) or default is None:
        return None if isinstance(value, str) else "a string"
    if isinstance(default, list | tuple):
        item_types = str | Mapping if tables else str
        fits = isinstance(value, list | tuple) and all(
            isinstance(item, item_types) for item in value
        )
        if fits:
            return None
        return "a list of strings or tables" if tables else "a list of strings"
    return None


def _shown(value: object) -> str:
    """A number as itself ("-2"), anything else by its kind ("a string")."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return repr(value)
    return _type_name(value)


def _type_name(value: object) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "a string",
             list: "a list", tuple: "a list", dict: "a table"}
    if isinstance(value, list | tuple) and not all(
        isinstance(item, str | Mapping) for item in value
    ):
        return "a list with other items"
    return names.get(type(value), type(value).__name__)


def load_plugins() -> list[type[Check]]:
    found = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry.load()
        except Exception as error:  # a broken plugin must not look like a letterlint bug
            raise RegistryError(
                f"plugin {entry.name!r} ({entry.value}) failed to load: {error}"
            ) from error
        if not (isinstance(loaded, type) and issubclass(loaded, Check)):
            raise RegistryError(
                f"plugin {entry.name!r} ({entry.value}) is not a letterlint Check subclass."
            )
        found.append(loaded)
    return found
