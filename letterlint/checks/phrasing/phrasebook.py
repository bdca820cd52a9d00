"""Phrase patterns for the phrasing check, compiled to spaCy ``Matcher`` patterns.

A phrase list is data (``checks/data/phrasing.toml`` plus the user's
``extra_phrases``). Each entry's ``pattern`` is a small, readable language:

- ``word``: the word in any inflection, through spaCy's lemma (``hesitate``
  matches "hesitated", "hesitating"; ``be`` matches "am", "was", "'m"; ``not``
  matches "n't"). British and American spellings of ``-ize``/``-ise`` and
  ``-our``/``-or`` words match each other. Pronouns and articles match as written.
- ``=word``: exactly this form (case-insensitive).
- ``(a | b c)``: one of the alternatives; ``[a | b c]``: optionally one of them.
- ``{name}``: a macro, an alternative list defined in the file's ``[macros]``.
- ``@VERB``: any token with that coarse part-of-speech tag.
- ``*``: any one word; ``...``: up to four words (commas too, not other punctuation).
- ``^`` first: the phrase must open its sentence; ``$`` last: it must end it.
- Punctuation (``/``, ``,``, ``-``) matches itself; ``a-b`` also matches "a b"
  and "ab".

Matching is case-insensitive. ``before`` and ``after`` are patterns in the same
language that must surround the phrase but are not reported.
"""

from __future__ import annotations

import itertools
import pickle
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from letterlint.derived import derived_object, source_of

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Span as TokenSpan
    from spacy.vocab import Vocab

TokenSpec = dict[str, Any]
Path = tuple[TokenSpec, ...]

# The phrasing check's on/off options an entry can wait for (`opt_in`): claims of
# fit (on by default) and courtesy formulas most readers accept (off by default).
OPT_IN = ("template_claims", "courtesies")

_MAX_EXPANSIONS = 4000
_GAP_WORDS = 4
_SENTENCE_PUNCT = (".", "!", "?", ";", ":", "(", ")", '"', "“", "”")

_EXACT_WORDS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "she", "her", "hers", "they", "them",
    "their", "theirs", "it", "its", "a", "an", "the", "this", "that", "these", "those", "'s", "’s",
})
_IRREGULAR: Mapping[str, tuple[str, ...]] = {
    "be": ("am", "is", "are", "was", "were", "been", "being", "'m", "'re", "'s", "’m", "’re",
           "’s"),
    "have": ("has", "had", "having", "'ve", "'d", "’ve", "’d"),
    "do": ("does", "did", "done", "doing"),
    "not": ("n't", "n’t"),
    "will": ("'ll", "’ll", "wo"),
    "would": ("'d", "’d"),
    "can": ("ca",),
    "find": ("found",),
    "take": ("took", "taken"),
    "make": ("made",),
    "write": ("wrote", "written"),
    "bring": ("brought",),
    "feel": ("felt",),
    "get": ("got", "gotten"),
    "hear": ("heard",),
    "think": ("thought",),
    "keep": ("kept",),
    "send": ("sent",),
    "say": ("said",),
    "see": ("saw", "seen"),
    "know": ("knew", "known"),
    "give": ("gave", "given"),
    "meet": ("met",),
    "hold": ("held",),
    "seek": ("sought",),
    "become": ("became",),
    "go": ("went", "gone"),
    "leave": ("left",),
    "tell": ("told",),
    "put": ("put",),
    "set": ("set",),
    "begin": ("began", "begun"),
    "break": ("broke", "broken"),
    "build": ("built",),
    "buy": ("bought",),
    "catch": ("caught",),
    "choose": ("chose", "chosen"),
    "come": ("came",),
    "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"),
    "fly": ("flew", "flown"),
    "forget": ("forgot", "forgotten"),
    "grow": ("grew", "grown"),
    "lay": ("laid",),
    "lead": ("led",),
    "lose": ("lost",),
    "mean": ("meant",),
    "overcome": ("overcame",),
    "pay": ("paid",),
    "prove": ("proven",),
    "rise": ("rose", "risen"),
    "run": ("ran",),
    "show": ("shown",),
    "speak": ("spoke", "spoken"),
    "spend": ("spent",),
    "stand": ("stood",),
    "strive": ("strove", "striven"),
    "teach": ("taught",),
    "undertake": ("undertook", "undertaken"),
    "understand": ("understood",),
    "wear": ("wore", "worn"),
    "win": ("won",),
    "early": ("earlier", "earliest"),
    "good": ("better", "best"),
}
_INFLECTED = {
    form: lemma for lemma, forms in _IRREGULAR.items() for form in forms if form.isalpha()
}
_LEMMA_ALIASES: Mapping[str, tuple[str, ...]] = {
    # lemmas spaCy's English lemmatizer gives that are not the word's own stem
    "further": ("far",),
    "furthest": ("far",),
    "farther": ("far",),
    "data": ("datum",),
    "media": ("medium",),
}
_LEXER = re.compile(
    r"""\s*(?:
        (?P<open>[(\[]) | (?P<close>[)\]]) | (?P<bar>\|)
      | (?P<macro>\{[A-Za-z_][\w-]*\})
      | (?P<pos>@[A-Z]+)
      | (?P<gap>\.\.\.)
      | (?P<word>=?[^\s()\[\]|{}]+)
    )""",
    re.VERBOSE,
)
_CLITIC = re.compile(r"(?i)^(?P<stem>\w+?)(?P<clitic>n['’]t|['’](?:m|re|ve|d|ll|s))$")
_CLITIC_LEMMA = {"n't": "not", "'m": "be", "'re": "be", "'ve": "have", "'d": "would", "'ll": "will"}
_STEM_AFTER_NT = {"ca": "can", "wo": "will", "sha": "shall"}


class PatternError(ValueError):
    """A phrase pattern that cannot be compiled. The message says what is wrong."""


# --- the pattern language ----------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    text: str
    exact: bool


@dataclass(frozen=True)
class _Group:
    alternatives: tuple[tuple[_Node, ...], ...]
    optional: bool


@dataclass(frozen=True)
class _Special:
    spec: tuple[tuple[str, Any], ...]  # a fixed token spec: gap, any word, POS


_Node = _Word | _Group | _Special


@dataclass(frozen=True)
class Compiled:
    """One expanded pattern: the tokens to match and which of them are reported."""

    tokens: Path
    report: tuple[int, int]  # pattern-token indices [start, end) that are the phrase
    at_start: bool
    at_end: bool


def parse(pattern: str, macros: Mapping[str, str]) -> tuple[tuple[_Node, ...], bool, bool]:
    """Parse a pattern into nodes; also whether it is anchored at start and end."""
    text = pattern.strip()
    at_start = text.startswith("^")
    at_end = text.endswith("$") and not text.endswith("\\$")
    text = text[1 if at_start else 0 : -1 if at_end else None]
    tokens = _lex(text, pattern)
    nodes, position = _parse_sequence(tokens, 0, pattern, macros, ())
    if position != len(tokens):
        raise PatternError(f"pattern {pattern!r}: unexpected {tokens[position][1]!r}")
    if not nodes:
        raise PatternError(f"pattern {pattern!r} is empty")
    return nodes, at_start, at_end


def _lex(text: str, pattern: str) -> list[tuple[str, str]]:
    tokens = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _LEXER.match(text, position)
        if match is None or match.end() == position:
            raise PatternError(f"pattern {pattern!r}: cannot read {text[position:]!r}")
        kind = match.lastgroup
        assert kind is not None
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def _parse_sequence(
    tokens: list[tuple[str, str]],
    position: int,
    pattern: str,
    macros: Mapping[str, str],
    seen: tuple[str, ...],
) -> tuple[tuple[_Node, ...], int]:
    nodes: list[_Node] = []
    while position < len(tokens):
        kind, value = tokens[position]
        if kind in ("close", "bar"):
            break
        position += 1
        if kind == "open":
            closer = ")" if value == "(" else "]"
            alternatives = []
            while True:
                sequence, position = _parse_sequence(tokens, position, pattern, macros, seen)
                alternatives.append(sequence)
                if position >= len(tokens):
                    raise PatternError(f"pattern {pattern!r}: {value!r} is never closed")
                kind, value = tokens[position]
                position += 1
                if kind == "close":
                    if value != closer:
                        raise PatternError(f"pattern {pattern!r}: {closer!r} expected")
                    break
            nodes.append(_Group(tuple(alternatives), optional=closer == "]"))
        elif kind == "macro":
            name = value[1:-1]
            if name not in macros:
                known = ", ".join(sorted(macros)) or "none"
                raise PatternError(
                    f"pattern {pattern!r}: unknown macro {{{name}}}; macros are {known}"
                )
            if name in seen:
                raise PatternError(f"macro {{{name}}} refers to itself")
            inner = _lex(f"({macros[name]})", macros[name])
            group, _ = _parse_sequence(inner, 0, macros[name], macros, (*seen, name))
            nodes.extend(group)
        elif kind == "pos":
            nodes.append(_Special((("POS", value[1:]),)))
        elif kind == "gap":
            nodes.append(_Special((("ORTH", {"NOT_IN": list(_SENTENCE_PUNCT)}),
                                   ("OP", f"{{0,{_GAP_WORDS}}}"))))
        elif value == "*":
            nodes.append(_Special((("IS_PUNCT", False),)))
        else:
            nodes.extend(_word_nodes(value))
    return tuple(nodes), position


def _word_nodes(value: str) -> list[_Node]:
    exact = value.startswith("=") and len(value) > 1
    word = (value[1:] if exact else value).replace("’", "'")
    if "-" in word.strip("-") and not exact:
        first, _, rest = word.partition("-")
        spaced = (_Word(first, False), _Group(((_Word("-", True),),), optional=True),
                  *_word_nodes(rest))
        return [_Group((tuple(spaced), (_Word(first + rest.replace("-", ""), False),)), False)]
    pieces = re.findall(r"^'[a-z]+$|[^\W_][\w'.]*|[^\w\s]", word) if not exact else [word]
    nodes: list[_Node] = []
    for piece in pieces:
        clitic = _CLITIC.match(piece) if not exact else None
        if clitic:
            stem = clitic.group("stem").lower()
            suffix = clitic.group("clitic").lower().replace("’", "'")
            if suffix == "n't":
                stem = _STEM_AFTER_NT.get(stem, stem)
            nodes.append(_Word(stem, False))
            lemma = _CLITIC_LEMMA.get(suffix)
            nodes.append(_Word(lemma, False) if lemma else _Word(suffix, True))
        else:
            nodes.append(_Word(piece, exact or not piece[0].isalnum()))
    return nodes


# --- expansion into spaCy token patterns -------------------------------------------


def _expand(nodes: Sequence[_Node], lemmas: bool) -> list[Path]:
    paths: list[Path] = [()]
    for node in nodes:
        options = _node_paths(node, lemmas)
        paths = [path + option for path in paths for option in options]
        if len(paths) > _MAX_EXPANSIONS:
            raise PatternError("pattern has too many alternatives; split it into several")
    return paths


def _node_paths(node: _Node, lemmas: bool) -> list[Path]:
    if isinstance(node, _Word):
        return [(word_spec(node.text, node.exact, lemmas),)]
    if isinstance(node, _Special):
        return [(dict(node.spec),)]
    expanded = [path for alternative in node.alternatives for path in _expand(alternative, lemmas)]
    paths = _factor(expanded)
    if node.optional:
        singles = [path for path in paths if len(path) == 1 and "OP" not in path[0]]
        if len(singles) == 1:  # one token spec: make it optional instead of adding a path
            paths = [(_with_op(singles[0][0]),) if path is singles[0] else path for path in paths]
        elif () not in paths:
            paths.append(())
    return paths


def _factor(paths: list[Path]) -> list[Path]:
    """Fewer, equivalent paths: paths of the same length that differ in one token
    become one path with that token's choices merged ("most sincere | most
    heartfelt" is "most (sincere | heartfelt)")."""
    unique: list[Path] = []
    for path in paths:
        if path not in unique:
            unique.append(path)
    changed = True
    while changed:
        changed = False
        for i, first in enumerate(unique):
            for j in range(i + 1, len(unique)):
                merged = _merge_paths(first, unique[j])
                if merged is not None:
                    unique[i] = merged
                    del unique[j]
                    changed = True
                    break
            if changed:
                break
    return unique


def _merge_paths(first: Path, second: Path) -> Path | None:
    if len(first) != len(second):
        return None
    differences = [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    if len(differences) != 1:
        return None
    index = differences[0]
    a, b = first[index], second[index]
    if not (_mergeable(a) and _mergeable(b)) or set(a) != set(b):
        return None
    key = next(iter(a))
    spec: TokenSpec = {key: {"IN": sorted(set(a[key]["IN"]) | set(b[key]["IN"]))}}
    return (*first[:index], spec, *first[index + 1 :])


def _with_op(spec: TokenSpec) -> TokenSpec:
    return {**spec, "OP": "?"}


def _needs_tags(path: Path) -> bool:
    return any("POS" in spec for spec in path)


def _mergeable(spec: TokenSpec) -> bool:
    return set(spec) in ({"LEMMA"}, {"LOWER"})


def word_spec(word: str, exact: bool, lemmas: bool) -> TokenSpec:
    lower = word.lower()
    if exact or lower in _EXACT_WORDS:
        return {"LOWER": {"IN": sorted(_apostrophes({lower}))}}
    stems, forms = word_forms(lower)
    if lemmas:
        # The lemma, in the cases spaCy leaves it for proper nouns; the inflected
        # forms too, for when the tagger guesses wrong and the lemma is the word.
        return {"LEMMA": {"IN": sorted(_cases(stems) | forms)}}
    return {"LOWER": {"IN": sorted(stems | forms)}}


def word_forms(word: str) -> tuple[set[str], set[str]]:
    """A pattern word's possible lemmas, and their regular and irregular inflected
    forms, in British and American spelling. Over-generating is harmless
    (non-words never occur); missing a form is not."""
    stems = {word} | _deinflect(word) | set(_LEMMA_ALIASES.get(word, ()))
    if word in _INFLECTED:
        stems.add(_INFLECTED[word])
    stems |= {variant for stem in stems for variant in _spellings(stem)}
    forms: set[str] = set()
    for stem in stems:
        forms |= _inflect(stem)
        forms |= set(_IRREGULAR.get(stem, ()))
    return _apostrophes(stems), _apostrophes(forms - stems)


def _deinflect(word: str) -> set[str]:
    if len(word) <= 4 or not word.isalpha():
        return set()
    stems: set[str] = set()
    if word.endswith("ies") or word.endswith("ied"):
        stems.add(word[:-3] + "y")
    if word.endswith("iest") or word.endswith("ier"):
        stems.add(word[: -4 if word.endswith("iest") else -3] + "y")
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ews")):
        stems |= {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) >= 3 and re.search("[aeiouy]", stem):
                stems |= {stem, stem + "e"}
                if len(stem) > 3 and stem[-1] == stem[-2]:
                    stems.add(stem[:-1])
    return stems


def _inflect(stem: str) -> set[str]:
    if not stem.isalpha():
        return set()
    forms = {stem + "s", stem + "es", stem + "ed", stem + "ing", stem + "er", stem + "est"}
    if stem.endswith("e"):
        forms |= {stem + "d", stem[:-1] + "ing", stem + "r", stem + "st"}
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        forms |= {stem[:-1] + "ies", stem[:-1] + "ied", stem[:-1] + "ier", stem[:-1] + "iest"}
    if len(stem) >= 3 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou":
        forms |= {stem + stem[-1] + "ed", stem + stem[-1] + "ing"}
    return forms


def _spellings(word: str) -> set[str]:
    variants = set()
    swapped = re.sub(r"i([sz])(e|es|ed|ing|ation|ations|er|ers)$",
                     lambda m: "i" + ("z" if m.group(1) == "s" else "s") + m.group(2), word)
    variants.add(swapped)
    if len(word) >= 5:
        variants.add(re.sub(r"our(able|ably|ite|ites|ed|ing|s)?$", r"or\1", word))
        variants.add(re.sub(r"(?<=[^aeiou])or(able|ably|ite|ites|ed|ing|s)?$", r"our\1", word))
    return variants - {word}


def _apostrophes(forms: Iterable[str]) -> set[str]:
    result = set()
    for form in forms:
        result.add(form)
        if "'" in form:
            result.add(form.replace("'", "’"))
    return result


def _cases(forms: Iterable[str]) -> set[str]:
    return {variant for form in forms for variant in (form, form.capitalize(), form.upper())}


# --- phrase entries and the compiled book --------------------------------------------


@dataclass(frozen=True)
class Phrase:
    """One entry of a phrase list."""

    id: str
    rule: str
    patterns: tuple[str, ...]
    suggestion: str | None = None
    label: str | None = None
    before: str | None = None
    after: str | None = None
    when: str | None = None
    prefix: bool = False  # reported only together with a phrase that directly follows
    opt_in: str | None = None  # the switch (an OPT_IN option) that reports it


@dataclass(frozen=True)
class Match:
    """A phrase found in a sentence: token indices into the sentence's Doc."""

    phrase: Phrase
    start: int
    end: int


_Signature = frozenset[tuple[str, frozenset[str]]]


@dataclass
class _Compiled:
    """One phrase compiled for one vocabulary and mode, with the words a sentence
    must contain for the phrase to have any chance of matching: it can match only
    if every word of one of its ``signatures`` occurs (as a lemma or a form)."""

    phrase: Phrase
    packed: list[Compiled] | bytes  # pickled until a sentence may match
    signatures: list[_Signature]
    groups: list[_Variants] | None = None

    @property
    def variants(self) -> list[Compiled]:
        if isinstance(self.packed, bytes):
            variants: list[Compiled] = pickle.loads(self.packed)
            self.packed = variants
            return variants
        return self.packed

    def matching_groups(self, words: Mapping[str, set[str]]) -> Iterator[_Variants]:
        """The groups of variants whose words the sentence holds: a phrase expands
        to dozens of variants, and a sentence can hold the words of only a few."""
        if self.groups is None:
            by_signature: dict[_Signature, list[Compiled]] = {}
            for variant in self.variants:
                by_signature.setdefault(_signature(variant.tokens), []).append(variant)
            self.groups = [_Variants(signature, variants)
                           for signature, variants in by_signature.items()]
        for group in self.groups:
            if _holds(group.signature, words):
                yield group


@dataclass
class _Variants:
    """The variants of one phrase that need the same words, with their Matcher
    (made the first time a sentence holds those words)."""

    signature: _Signature
    variants: list[Compiled]
    matcher: Matcher | None = None
    keys: dict[int, Compiled] = field(default_factory=dict)
    spaced: Matcher | None = None  # the same, stepping over runs of white space


def _holds(signature: _Signature, words: Mapping[str, set[str]]) -> bool:
    """Whether a sentence with ``words`` has every word ``signature`` requires."""
    for attr, values in signature:  # noqa: SIM110 - a loop is twice as fast as all() here
        if values.isdisjoint(words[attr]):
            return False
    return True


@dataclass
class _Shelf:
    """A compiled book with an index from words to the signatures that need them:
    each signature's rarest requirement is indexed, so a sentence is tested only
    against the signatures one of whose required words it has, and a phrase is a
    candidate when one of them holds, in the book's order."""

    book: list[_Compiled]
    by_word: dict[tuple[str, str], list[tuple[int, _Signature]]]
    always: list[int]  # phrases with a signature that requires no word

    @classmethod
    def of(cls, book: list[_Compiled]) -> _Shelf:
        by_word: dict[tuple[str, str], list[tuple[int, _Signature]]] = {}
        always: list[int] = []
        for index, compiled in enumerate(book):
            for signature in compiled.signatures:
                if not signature:
                    always.append(index)
                    break
                attr, values = min(signature, key=lambda item: (len(item[1]), sorted(item[1])))
                for value in values:
                    by_word.setdefault((attr, value), []).append((index, signature))
        return cls(book, by_word, always)

    def candidates(self, words: Mapping[str, set[str]]) -> list[_Compiled]:
        """The phrases one of whose signatures ``words`` hold."""
        found = set(self.always)
        for attr, values in words.items():
            for value in values:
                for index, signature in self.by_word.get((attr, value), ()):
                    if index not in found and _holds(signature, words):
                        found.add(index)
        return [self.book[index] for index in sorted(found)]


_Tables = tuple[list[list[Compiled] | bytes], list[list[_Signature]]]
"""Per phrase: its compiled variants (pickled, in a kept table: a letter needs
only the few whose signatures it matches), and the signatures of those variants."""


@dataclass
class PhraseBook:
    """Phrases and macros. Each phrase is compiled, on first need, into its own
    spaCy Matcher; a sentence is only run through the Matchers of phrases whose
    anchor words it contains.

    A book read from a data file has a ``cache_key`` (the file's text): its
    compiled tables are then built once and kept (:mod:`letterlint.derived`),
    since compiling the built-in list takes longer than parsing a letter."""

    phrases: tuple[Phrase, ...]
    macros: Mapping[str, str]
    cache_key: str | None = None
    _variants: dict[bool, list[list[Compiled]]] = field(default_factory=dict, repr=False)
    _tables: dict[bool, _Tables] = field(default_factory=dict, repr=False)
    _books: dict[tuple[int, bool], _Shelf] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.cache_key is None:  # fail at load, not at the first match
            self._variants[True] = [self.compile(phrase, lemmas=True) for phrase in self.phrases]

    def compile(self, phrase: Phrase, lemmas: bool) -> list[Compiled]:
        heads = self._paths(phrase.before, lemmas)[0] if phrase.before else [()]
        tails = self._paths(phrase.after, lemmas)[0] if phrase.after else [()]
        compiled = []
        for pattern in phrase.patterns:
            bodies, at_start, at_end = self._paths(pattern, lemmas)
            for head, body, tail in itertools.product(heads, bodies, tails):
                if not body or (not lemmas and _needs_tags(head + body + tail)):
                    continue  # without a trained pipeline there are no tags to match
                compiled.append(
                    Compiled(
                        tokens=head + body + tail,
                        report=(len(head), len(head) + len(body)),
                        at_start=at_start and not head,
                        at_end=at_end and not tail,
                    )
                )
        if not compiled and lemmas:
            raise PatternError(f"phrase {phrase.id!r} has no pattern that can match")
        return compiled

    def _paths(self, pattern: str, lemmas: bool) -> tuple[list[Path], bool, bool]:
        nodes, at_start, at_end = parse(pattern, self.macros)
        return _expand(nodes, lemmas), at_start, at_end

    def tables(self, lemmas: bool) -> _Tables:
        """Every phrase's compiled variants and their signatures."""
        if lemmas not in self._tables:
            if self.cache_key is None:
                self._tables[lemmas] = self._build_tables(lemmas)
            else:
                from spacy.lang.en.stop_words import STOP_WORDS  # signatures depend on them

                self._tables[lemmas] = derived_object(
                    f"phrasebook-{'lemmas' if lemmas else 'forms'}",
                    (self.cache_key, source_of(__file__), " ".join(sorted(STOP_WORDS))),
                    lambda: self._build_tables(lemmas, packed=True),
                )
        return self._tables[lemmas]

    def _build_tables(self, lemmas: bool, packed: bool = False) -> _Tables:
        variants = self._variants.pop(lemmas, None)
        if variants is None:
            variants = [self.compile(phrase, lemmas) for phrase in self.phrases]
        signatures = []
        for compiled in variants:
            found = {_signature(variant.tokens) for variant in compiled}
            signatures.append(
                [signature for signature in found if not any(other < signature for other in found)]
            )
        kept: list[list[Compiled] | bytes] = [
            pickle.dumps(compiled, pickle.HIGHEST_PROTOCOL) if packed else compiled
            for compiled in variants
        ]
        return kept, signatures

    def _book(self, vocab: Vocab, lemmas: bool) -> _Shelf:
        key = (id(vocab), lemmas)
        if key not in self._books:
            variants, signatures = self.tables(lemmas)
            book = [
                _Compiled(phrase, compiled, list(minimal))
                for phrase, compiled, minimal in zip(
                    self.phrases, variants, signatures, strict=True
                )
            ]
            self._books = {k: v for k, v in self._books.items() if k[0] == id(vocab)}
            self._books[key] = _Shelf.of(book)
        return self._books[key]

    def find(self, sentence: TokenSpan) -> Iterator[Match]:
        """Every phrase in ``sentence`` (all overlapping candidates)."""
        if not len(sentence):
            return
        doc = sentence.doc
        lemmas = doc.has_annotation("LEMMA")
        lemma_words: set[str] = set()
        lower_words: set[str] = set()
        word_indices: list[int] = []  # of the tokens that are not punctuation or space
        spaces: list[int] = []
        for token in sentence:  # one pass: each token is made afresh on every access
            lower_words.add(token.lower_)
            if lemmas:
                lemma_words.add(token.lemma_.lower())
            if token.is_space:
                spaces.append(token.i)
            elif not token.is_punct:
                word_indices.append(token.i)
        words = {"LEMMA": lemma_words, "LOWER": lower_words}
        first_word, last_word = ((word_indices[0], word_indices[-1] + 1) if word_indices
                                 else (sentence.start, sentence.end))
        # Two spaces, or a line break after a CR, leave a token of white space
        # between words; the phrases then step over it.
        spaced = any(first_word <= index < last_word for index in spaces)
        for compiled in self._book(doc.vocab, lemmas).candidates(words):
            found: list[tuple[Compiled, int, int, list[int]]] = []
            for group in compiled.matching_groups(words):
                matches: list[tuple[int, int, int, list[int]]] = _matcher(  # type: ignore[assignment]
                    compiled.phrase, group, doc.vocab, spaced
                )(sentence, with_alignments=True)
                found += [(group.keys[key], start, end, alignment)
                          for key, start, end, alignment in matches]
            found.sort(key=lambda match: (match[1], match[2]))
            for variant, start, end, alignment in found:
                low, high = variant.report
                if spaced:  # pattern token i is at 2i, the white space between at odd places
                    alignment = [index // 2 if index % 2 == 0 else -1 for index in alignment]
                reported = [
                    sentence.start + start + offset
                    for offset, index in enumerate(alignment)
                    if low <= index < high
                ]
                if not reported:
                    continue
                if variant.at_start and sentence.start + start > first_word:
                    continue
                if variant.at_end and sentence.start + end < last_word:
                    continue
                yield Match(compiled.phrase, reported[0], reported[-1] + 1)


_WHITE_SPACE: TokenSpec = {"IS_SPACE": True, "OP": "*"}


def _matcher(phrase: Phrase, group: _Variants, vocab: Vocab, spaced: bool = False) -> Matcher:
    """The group's Matcher; ``spaced``, the one whose patterns step over tokens of
    white space between their words (pattern token i is then at 2i)."""
    built = group.spaced if spaced else group.matcher
    if built is None:
        from spacy.matcher import Matcher

        built = Matcher(vocab)
        for variant in group.variants:
            name = f"letterlint-phrase-{phrase.id}-{spaced}-{id(variant)}"
            tokens = list(variant.tokens)
            if spaced:
                tokens = [spec for token in tokens for spec in (token, _WHITE_SPACE)][:-1]
            built.add(name, [tokens])
            group.keys[vocab.strings[name]] = variant
        if spaced:
            group.spaced = built
        else:
            group.matcher = built
    return built


def _signature(path: Path) -> _Signature:
    """The words every match of ``path`` must contain (common words left out: they
    are in almost every sentence and would only slow the check down)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    required = set()
    for spec in path:
        if "OP" in spec or not _mergeable(spec):
            continue
        attr, condition = next(iter(spec.items()))
        values = frozenset(value.lower() for value in condition["IN"])
        if not all(value in STOP_WORDS or not value.isalpha() for value in values):
            required.add((attr, values))
    return frozenset(required)


def phrases_from_table(
    entries: Iterable[Mapping[str, Any] | str], rules: Mapping[str, str], origin: str
) -> tuple[Phrase, ...]:
    """Read phrase entries (tables, or bare pattern strings) from data or config.

    ``rules`` maps every accepted rule name or code to its slug.
    """
    phrases = []
    seen: set[str] = set()
    allowed_keys = {
        "id", "rule", "pattern", "suggestion", "label", "before", "after", "when", "prefix",
        "opt_in",
    }
    for number, entry in enumerate(entries, 1):
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, Mapping):
            raise PatternError(f"{origin}: phrase {number} must be a table or a string")
        unknown = set(entry) - allowed_keys
        if unknown:
            raise PatternError(
                f"{origin}: phrase {number} has unknown key {sorted(unknown)[0]!r}; "
                f"keys are {', '.join(sorted(allowed_keys))}"
            )
        patterns = entry.get("pattern")
        if isinstance(patterns, str):
            patterns = [patterns]
        if not patterns or not all(isinstance(item, str) and item.strip() for item in patterns):
            raise PatternError(f"{origin}: phrase {number} needs a `pattern` string")
        rule = str(entry.get("rule", "stock-phrase"))
        if rule not in rules and rule.upper() not in rules:
            raise PatternError(
                f"{origin}: phrase {number} has unknown rule {rule!r}; "
                f"rules are {', '.join(sorted(set(rules.values())))}"
            )
        phrase_id = str(entry.get("id") or patterns[0].strip())
        if phrase_id in seen:
            raise PatternError(f"{origin}: two phrases have the id {phrase_id!r}")
        seen.add(phrase_id)
        phrases.append(
            Phrase(
                id=phrase_id,
                rule=rules.get(rule) or rules[rule.upper()],
                patterns=tuple(patterns),
                suggestion=_optional_str(entry, "suggestion", origin),
                label=_optional_str(entry, "label", origin),
                before=_optional_str(entry, "before", origin),
                after=_optional_str(entry, "after", origin),
                when=_optional_str(entry, "when", origin),
                prefix=_bool(entry, "prefix", origin),
                opt_in=_opt_in(entry, origin),
            )
        )
    return tuple(phrases)


def _optional_str(entry: Mapping[str, Any], key: str, origin: str) -> str | None:
    value = entry.get(key)
    if value is not None and not isinstance(value, str):
        raise PatternError(f"{origin}: phrase key {key!r} must be a string")
    return value


def _opt_in(entry: Mapping[str, Any], origin: str) -> str | None:
    """The switch an opt-in phrase waits for: `true` is `template_claims` (as before)."""
    value = entry.get("opt_in", False)
    if value is False:
        return None
    if value is True:
        return "template_claims"
    if value not in OPT_IN:
        raise PatternError(
            f"{origin}: phrase key 'opt_in' must be true or one of {', '.join(OPT_IN)}"
        )
    return str(value)


def _bool(entry: Mapping[str, Any], key: str, origin: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise PatternError(f"{origin}: phrase key {key!r} must be true or false")
    return value
