"""The sentence judge: a small trained text classifier that reads each sentence of a
letter the way the labelled corpus taught it to, beside the rules.

It answers, per sentence, the probability of each label in :data:`LABELS`: the three
points (interest, stand-out, learned), thanks, stock phrasing, and tone (any bad
tone, and which kind). Rules keep their exact spans and reasons; the judge adds
recall on wording no rule names, and a confidence. The weights ship inside the
package (``letterlint/letter/data/judge``, trained by ``training/train.sh`` from
``corpus/``), are loaded once with the pipeline and never downloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer

TONE_LABELS = ("hostile", "insinuating", "presumptuous", "pushy", "desperate", "apologetic")
"""The kinds of bad tone the judge tells apart; ``tone`` is any of them."""

LABELS = ("interest", "standout", "learned", "thanks", "stock", "tone", *TONE_LABELS)

NO_JUDGEMENT: Mapping[str, float] = MappingProxyType({})
"""What a sentence carries when no judge ran (none shipped, or switched off)."""


def model_path() -> Path:
    return Path(str(resources.files("letterlint.letter").joinpath("data", "judge")))


class Judge:
    """Holds the trained judge, loaded on first use; ``available`` is False when the
    package ships no weights (a checkout before training), and the checks then run
    on their rules alone."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or model_path()
        self._nlp: Language | None = None
        self._tokenizer: Tokenizer | None = None

    @property
    def available(self) -> bool:
        return (self._path / "meta.json").is_file()

    def judge(
        self, texts: Sequence[str], tokenizer: Tokenizer | None = None
    ) -> list[Mapping[str, float]]:
        """The probability of every label, per text, in order. ``tokenizer``: the
        letter pipeline's, used instead of the judge's own when the two are the same
        (they are for the shipped pipeline), which saves building it again."""
        if not texts or not self.available:
            return [NO_JUDGEMENT for _ in texts]
        if self._nlp is None:
            self._nlp, self._tokenizer = _load(self._path, tokenizer)
        words = self._tokenizer or self._nlp.tokenizer
        return [
            MappingProxyType({label: float(doc.cats.get(label, 0.0)) for label in LABELS})
            for doc in self._nlp.pipe((words(text) for text in texts), batch_size=256)
        ]


_UNRULED = "letterlint.unruled_tokenizer.v1"


def _load(path: Path, tokenizer: Tokenizer | None) -> tuple[Language, Tokenizer | None]:
    """The judge's pipeline, and ``tokenizer`` when it splits text exactly as the
    judge's saved tokenizer does (the same rules, byte for byte): then the saved
    one is not read at all. The judge reads only the tokens' text, which is the
    same whichever vocabulary holds them.

    Otherwise the pipeline is built as ``spacy.load`` would, but about a third
    faster: ``spacy.load`` first builds English's default tokenizer, adding its few
    thousand special cases one by one, and then replaces every rule with the ones
    saved beside the weights, adding the special cases again. Started with a
    tokenizer that has no rules, the saved ones are read once."""
    import spacy
    from spacy.util import registry

    from letterlint.letter import bow

    bow.register()

    if _UNRULED not in registry.tokenizers:
        registry.tokenizers.register(_UNRULED, func=_unruled_tokenizer)
    config = {"nlp": {"tokenizer": {"@tokenizers": _UNRULED}}}
    saved = (path / "tokenizer").read_bytes()
    if tokenizer is not None and tokenizer.to_bytes(exclude=["vocab"]) == saved:
        return spacy.load(path, config=config, exclude=["tokenizer"]), tokenizer
    return spacy.load(path, config=config), None


def _unruled_tokenizer() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    def create(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return create
