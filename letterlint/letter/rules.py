"""An indexed stand-in for the Matcher of spaCy's attribute ruler, with the same matches.

The trained English pipelines end their tagging with an ``attribute_ruler``: some 180
one- and two-token rules (a tag's part of speech and morphology, the lemma of "gon
na", "ai n't") run through spaCy's general ``Matcher``, which tries every rule at
every token. That took about an eighth of a letter's parse. Almost every rule names
the tag or the lower-case form its first token must have, so :class:`IndexedRules`
looks each token's tag and form up in a table and tries only the rules found there,
and the few rules that name neither at every token. It reads the rules back from the
ruler and stands in for the ruler's Matcher only when it understands every one of
them (fixed-length rules testing token attributes for equality, ``IN``, ``NOT_IN`` or
``REGEX``); otherwise the ruler keeps spaCy's Matcher. The ruler itself, which sorts
the matches and sets the attributes, is spaCy's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

_STRING_ATTRS = ("ORTH", "LOWER", "NORM", "TAG", "DEP")
"""Token attributes held as a string's hash, which ``Doc.to_array`` returns as spaCy's
Matcher reads them."""
_FLAG_ATTRS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT")
_INDEXED_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
"""What a rule's first token is looked up by, in order of preference."""

Test = Callable[[int], bool]
"""Whether an attribute's value (a hash, or 0 or 1 for a flag) passes one condition."""


class UnknownRule(ValueError):
    """A rule this stand-in does not read exactly as spaCy's Matcher does."""


@dataclass(frozen=True)
class _Condition:
    column: int  # the attribute's column in the Doc's array
    test: Test


@dataclass(frozen=True)
class _Rule:
    key: int  # the match id spaCy's Matcher would give
    tokens: tuple[tuple[_Condition, ...], ...]


class IndexedRules:
    """Matches a Doc against the rules of spaCy's ``Matcher`` ``matcher`` as it would
    (``allow_missing``, no spans), trying at each token only the rules its tag or
    form may start. Other attributes are read from ``matcher``."""

    def __init__(self, matcher: Matcher, vocab: Vocab, keys: Sequence[str]) -> None:
        """``keys``: every key of ``matcher``'s rules."""
        if len(keys) != len(matcher):
            raise UnknownRule("rules under keys not named")
        self._matcher = matcher
        self._strings = vocab.strings
        self._attrs: list[str] = []
        self._by_value: dict[tuple[int, int], list[_Rule]] = {}
        self._anywhere: list[_Rule] = []
        for name in keys:
            callback, patterns = matcher.get(name)
            if callback is not None:
                raise UnknownRule(f"a callback on {name!r}")
            key = vocab.strings[name]
            for pattern in patterns:
                self._add(_Rule(key, tuple(self._conditions(spec) for spec in pattern)),
                          pattern[0])
        # the columns a token's rules are looked up by, fixed once the rules are read
        self._indexed = [column for column, attr in enumerate(self._attrs)
                         if attr in _INDEXED_ATTRS]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._matcher, name)

    def __len__(self) -> int:
        return len(self._matcher)

    def __call__(self, doc: Doc, **options: Any) -> list[tuple[int, int, int]]:
        if options.get("as_spans") or options.get("with_alignments"):
            return self._matcher(doc, **options)
        from spacy.attrs import IDS

        if not len(doc):
            return []
        table = doc.to_array([IDS[attr] for attr in self._attrs]).reshape(len(doc), -1)
        rows: list[list[int]] = table.tolist()  # type: ignore[assignment] # uint64 columns
        found: dict[tuple[int, int, int], None] = {}  # in order, without repeats
        for start, row in enumerate(rows):
            for rule in self._candidates(row):
                end = start + len(rule.tokens)
                if end <= len(rows) and _holds(rule, rows, start):
                    found[rule.key, start, end] = None
        return list(found)

    def _candidates(self, row: Sequence[int]) -> Iterator[_Rule]:
        for column in self._indexed:
            yield from self._by_value.get((column, row[column]), ())
        yield from self._anywhere

    def _add(self, rule: _Rule, first: Mapping[str, Any]) -> None:
        for attr in _INDEXED_ATTRS:
            value = first.get(attr)
            if isinstance(value, (str, bool)):
                values = [value]
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values = list(value["IN"])
            else:
                continue
            for each in values:
                hashed = int(each) if isinstance(each, bool) else _hash(each)
                self._by_value.setdefault((self._column(attr), hashed), []).append(rule)
            return
        self._anywhere.append(rule)

    def _column(self, attr: str) -> int:
        if attr not in self._attrs:
            self._attrs.append(attr)
        return self._attrs.index(attr)

    def _conditions(self, spec: Mapping[str, Any]) -> tuple[_Condition, ...]:
        if "OP" in spec:
            raise UnknownRule(f"an operator: {spec}")
        return tuple(_Condition(self._column(attr), self._test(attr, value))
                     for attr, value in spec.items())

    def _test(self, attr: str, value: Any) -> Test:
        if attr in _FLAG_ATTRS and isinstance(value, bool):
            return lambda flag: flag == int(value)
        if attr not in _STRING_ATTRS:
            raise UnknownRule(f"the attribute {attr}")
        if isinstance(value, str):
            wanted = _hash(value)
            return lambda found: found == wanted
        if not isinstance(value, dict) or len(value) != 1:
            raise UnknownRule(f"the condition {value!r}")
        (operator, argument), = value.items()
        if operator in ("IN", "NOT_IN") and all(isinstance(item, str) for item in argument):
            values = frozenset(_hash(item) for item in argument)
            if operator == "IN":
                return values.__contains__
            return lambda found: found not in values
        if operator == "REGEX" and isinstance(argument, str):
            pattern = re.compile(argument)
            return lambda found: pattern.search(self._strings[found]) is not None
        raise UnknownRule(f"the condition {value!r}")


def _holds(rule: _Rule, rows: Sequence[Sequence[int]], start: int) -> bool:
    for offset, conditions in enumerate(rule.tokens):
        row = rows[start + offset]
        for condition in conditions:
            if not condition.test(row[condition.column]):
                return False
    return True


def _hash(value: str) -> int:
    from spacy.strings import get_string_id

    return int(get_string_id(value))


def index_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute ruler an :class:`IndexedRules` for its Matcher,
    when it has one whose every rule this reads exactly."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    from spacy.pipeline import AttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return
    try:
        # the ruler keys its rules by their number (AttributeRuler.add)
        keys = [str(number) for number in range(len(ruler.attrs))]
        # the ruler calls its Matcher only as IndexedRules answers it
        ruler.matcher = IndexedRules(ruler.matcher, nlp.vocab, keys)  # type: ignore[assignment]
    except UnknownRule:
        return
