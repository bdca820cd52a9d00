"""The judge's model: spaCy's bag of words and bigrams, read case-blind.

spaCy's own ``TextCatBOW.v3`` hashes each token's exact text (``ORTH``), so "Why",
"why" and "WHY" are three unrelated features and a sentence typed in capitals, or a
word that opens a sentence, meets weights learned for some other spelling. This is
the same model hashing each token's norm instead (lower case, with the tokenizer's
norm exceptions: "n't" reads as "not", curly quotes as straight). Measured by
cross-validation on ``corpus/real/dev`` (training/README.md), with the same data it
read tone at 0.69 / 0.70 against 0.69 / 0.66.

:func:`register` puts it in spaCy's registry under :data:`NAME`: the judge calls it
before loading the weights, and ``training/architecture.py`` before ``spacy train``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.api import Model
    from thinc.types import Floats2d

NAME = "letterlint.TextCatNormBOW.v1"


def norm_bow(
    exclusive_classes: bool,
    ngram_size: int,
    no_output_layer: bool,
    length: int = 262144,
    nO: int | None = None,
) -> Model[list[Doc], Floats2d]:
    """spaCy's ``TextCatBOW.v3`` with every n-gram read from ``NORM``."""
    from spacy.attrs import NORM
    from spacy.ml.models.textcat import build_bow_text_classifier_v3

    model = build_bow_text_classifier_v3(exclusive_classes, ngram_size, no_output_layer, length, nO)
    extractors = [node for node in model.walk() if node.name == "extract_ngrams"]
    if len(extractors) != 1:
        raise RuntimeError(
            f"spaCy's TextCatBOW.v3 has {len(extractors)} n-gram extractors, not 1: "
            "letterlint's judge does not know this version of spaCy."
        )
    extractors[0].attrs["attr"] = NORM
    return model


def register() -> None:
    """Put :func:`norm_bow` in spaCy's registry, once."""
    from spacy.util import registry

    if NAME not in registry.architectures:
        registry.architectures.register(NAME, func=norm_bow)
