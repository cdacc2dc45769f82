"""Cross-document identity of actors, and the extraction orchestrator that feeds it."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract import extract
from diplograph.kb.names import link_names, same_person, skeleton
from diplograph.records import Actor, Document, Event, Extraction, Mention, Statement
from diplograph.resolve.actors import actor_keymap, resolve


def _actor(key: str, name: str, doc: str, type_: str = "person", n: int = 1, aliases=()) -> Actor:
    mentions = tuple(Mention(doc, i * 10, i * 10 + 5, name) for i in range(n))
    return Actor(key, name, type_, tuple(aliases), mentions)


@pytest.mark.parametrize("a,b", [
    ("Kolomoyskyy", "Kolomoysky"), ("Kolomoyskiy", "Kolomoysky"), ("Dmitri", "Dmitry"), ("Alexei", "Aleksei"),
    ("Khodorkovsky", "Hodorkovsky"),
])
def test_spelling_variants_share_a_skeleton(a, b):
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize("a,b,same", [
    ("Dmitri Volkov", "Dmitry Volkov", True),
    ("Andriy Kovalskyy", "Andriy Kovalskiy", True),
    ("Volkov", "Dmitry Volkov", True),
    ("J. Harlow", "Jane Harlow", True),
    ("Aleksandr Petrov", "Aleksander Petrov", True),
    ("Davit Sargsyan", "Davit Sarkisyan", True),
    ("Anna Sargsyan", "Davit Sarkisyan", False),
    ("Sargsyan", "Davit Sarkisyan", False),
    ("Maria Volkova", "Dmitry Volkov", False),
    ("Peter Lund", "Susan Lund", False),
])
def test_same_person(a, b, same):
    assert same_person(a, b) is same


def test_link_names_picks_most_frequent_full_form():
    canon = link_names(["Andriy Kovalskyy", "Andriy Kovalskyy", "Andriy Kovalskiy", "Kovalsky"])
    assert set(canon.values()) == {"Andriy Kovalskyy"}


def test_keymap_merges_variants_and_surnames_across_documents():
    actors = [_actor("person:andriy-kovalskyy", "Andriy Kovalskyy", "d1", n=3),
              _actor("person:andriy-kovalskiy", "Andriy Kovalskiy", "d2"),
              _actor("person:kovalsky", "Kovalsky", "d3"),
              _actor("person:olena-kovalska", "Olena Kovalska", "d3")]
    keymap = actor_keymap(actors)
    assert keymap["person:andriy-kovalskiy"] == "person:andriy-kovalskyy"
    assert keymap["person:kovalsky"] == "person:andriy-kovalskyy"
    assert "person:olena-kovalska" not in keymap


def test_org_slip_is_outvoted_by_person():
    actors = [_actor("person:greta-lindqvist", "Greta Lindqvist", "d1", n=4),
              _actor("org:lindqvist", "Lindqvist", "d2", type_="organization")]
    corpus = resolve([Extraction(Document("d1", "x"), actors=(actors[0],)),
                      Extraction(Document("d2", "y"), actors=(actors[1],))])
    assert [(a.key, a.type) for a in corpus.actors] == [("person:greta-lindqvist", "person")]
    assert "Lindqvist" in corpus.actors[0].aliases


def test_resolve_remaps_events_and_statements_and_keeps_aliases():
    a1 = _actor("person:dmitri-volkov", "Dmitri Volkov", "d1", aliases=("Kremlin aide Dmitri Volkov",))
    a2 = _actor("person:dmitry-volkov", "Dmitry Volkov", "d2", n=3)
    ev = Event("e1", "call", ("person:dmitri-volkov", "state:FRA"))
    st = Statement("s1", "person:dmitri-volkov", "We will talk.", True, "d1")
    corpus = resolve([Extraction(Document("d1", "x"), actors=(a1,), events=(ev,), statements=(st,)),
                      Extraction(Document("d2", "y"), actors=(a2,))])
    (actor,) = corpus.actors
    assert actor.key == "person:dmitry-volkov" and actor.name == "Dmitry Volkov"
    assert {"Dmitri Volkov", "Kremlin aide Dmitri Volkov"} <= set(actor.aliases)
    assert len(actor.mentions) == 4
    assert corpus.events[0].participants == ("person:dmitry-volkov", "state:FRA")
    assert corpus.statements[0].speaker == "person:dmitry-volkov"


def test_states_keep_their_canonical_name():
    a = _actor("state:GBR", "United Kingdom", "d1", type_="state")
    b = _actor("state:GBR", "United Kingdom", "d2", type_="state", aliases=("Britain",))
    corpus = resolve([Extraction(Document("d1", "x"), actors=(a,)), Extraction(Document("d2", "y"), actors=(b,))])
    assert [(x.name, x.aliases) for x in corpus.actors] == [("United Kingdom", ("Britain",))]


def test_extract_offsets_are_absolute_and_bad_documents_are_skipped(nlp):
    good = Document("g", "Norway and Chile signed the accord.", published=date(2024, 3, 1), base=100)
    bad = Document("b", None)  # type: ignore[arg-type]
    with pytest.warns(RuntimeWarning):
        out = list(extract([bad, good], nlp=nlp))
    assert [ex.doc.id for ex in out] == ["g"]
    norway = next(a for a in out[0].actors if a.key == "state:NOR")
    assert norway.mentions[0].start == 100 and norway.mentions[0].text == "Norway"


def test_extract_two_articles_then_resolve(nlp):
    docs = [Document("a", "Foreign Minister Andriy Kovalskyy met Chilean officials in Oslo.\n"),
            Document("b", "Kovalskiy said on Monday that Chile would host the next round.")]
    corpus = resolve(extract(docs, nlp=nlp))
    people = [a for a in corpus.actors if a.type == "person"]
    assert [p.name for p in people] == ["Andriy Kovalskyy"]
    assert {m.doc_id for m in people[0].mentions} == {"a", "b"}


def test_headline_without_full_stop_is_its_own_sentence(nlp):
    sdoc = nlp("Norway says talks must resume\nThe foreign ministry in Oslo said the talks were useful.")
    starts = [s.text.split()[0] for s in sdoc.sents]
    assert starts[:2] == ["Norway", "The"]


def test_acronym_joins_the_organisation_spelled_out_elsewhere():
    full = _actor("org:baltic-energy-forum", "Baltic Energy Forum", "d1", type_="organization", n=2,
                  aliases=("BEF",))
    short = _actor("org:bef", "BEF", "d2", type_="organization")
    corpus = resolve([Extraction(Document("d1", "x"), actors=(full,)), Extraction(Document("d2", "y"), actors=(short,))])
    assert [(a.key, a.name) for a in corpus.actors] == [("org:baltic-energy-forum", "Baltic Energy Forum")]
    assert "BEF" in corpus.actors[0].aliases


def test_statements_point_at_the_event_their_event_was_merged_into():
    parties = ("state:NOR", "state:SWE")
    e1 = Event("e1", "talks", parties, mentions=(Mention("d1", 0, 5, "talks"),))
    e2 = Event("e2", "talks", parties, mentions=(Mention("d2", 0, 5, "talks"),))
    st = Statement("s1", "state:NOR", "The talks were useful.", True, "d2", about_events=("e2",))
    corpus = resolve([Extraction(Document("d1", "x"), events=(e1,)),
                      Extraction(Document("d2", "y"), events=(e2,), statements=(st,))])
    (event,) = corpus.events
    assert corpus.statements[0].about_events == (event.key,)
