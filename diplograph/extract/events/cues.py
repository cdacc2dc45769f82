"""Pipeline component marking the words that may name a diplomatic event, from the CAMEO-derived lexicon."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from diplograph.kb import event_lexicon as lx


def _register() -> None:
    """``doc._.event_cues``: token indices of candidate event words (None when the component did not run)."""
    if not Doc.has_extension("event_cues"):
        Doc.set_extension("event_cues", default=None)


def cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """(noun words, verb/adjective words) that trigger_type may read as an event."""
    nouns = frozenset(lx.TRIGGER_NOUNS) | lx.ROUND_NOUNS | lx.TABLE_NOUNS | frozenset(lx.GATHERING_NAMES) | {"talk"}
    verbs = frozenset(lx.TRIGGER_VERBS) | lx.SPEAK_VERBS | lx.ARRIVAL_WORDS | lx.TRAVEL_VERBS \
        | lx.DEPART_VERBS | lx.HOSTING_VERBS | lx.CONVENE_VERBS | {"get", "sit", "sign", "mediate", "visiting"}
    return nouns, verbs


@Language.factory("diplograph_event_cues", requires=["token.lemma", "token.tag"],
                  assigns=["doc._.event_cues"])
def make_event_cues(nlp: Language, name: str):
    """Mark candidate event words once per document, so event finding visits only them."""
    _register()
    return EventCues(nlp.vocab)


class EventCues:
    """A token Matcher over lemma and lower-case form: event nouns, and event/travel/status verbs."""

    def __init__(self, vocab):
        nouns, verbs = cue_words()
        self.matcher = Matcher(vocab)
        for attr in ("LEMMA", "LOWER"):  # exact POS values are tested in C; an IN set is one more Python call a token
            self.matcher.add("EVENT_NOUN", [[{attr: {"IN": sorted(nouns)}, "POS": pos}] for pos in ("NOUN", "PROPN")])
            self.matcher.add("EVENT_VERB", [[{attr: {"IN": sorted(verbs)}, "POS": pos}] for pos in ("VERB", "ADJ")])

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_cues = sorted({start for _, start, _ in self.matcher(doc)})
        return doc
