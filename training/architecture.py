"""Registers the judge's architecture for ``spacy train --code training/architecture.py``."""

from letterlint.letter import bow

bow.register()
