"""A short hand-written article yields exactly the hand-written expected graph, every time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rdflib import Dataset
from rdflib.compare import isomorphic, to_isomorphic

from diplograph.graph.dataset import serialize, to_dataset
from diplograph.records import Actor, Corpus, Document, Event, Mention, Role, Statement, StatusClaim, Timex

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "gamma.trig"
BASE = "http://example.org/dg/"
TEXT = "Prime Minister Ana Ruiz of Portugal met Erik Holm in Oslo on 12 June 2023. Holm said the talks were useful."
DOC = "gamma-7"


def m(phrase: str) -> Mention:
    at = TEXT.index(phrase)
    return Mention(DOC, 1000 + at, 1000 + at + len(phrase), phrase)


def gamma() -> Corpus:
    doc = Document(DOC, TEXT, published=date(2023, 6, 13), publisher="Fjord Daily",
                   title="Ruiz and Holm meet in Oslo", base=1000)
    ruiz = Actor("person:ana-ruiz", "Ana Ruiz", "person", ("Ruiz",), (m("Ana Ruiz"),),
                 (Role("Prime Minister", "state:PRT", DOC, date(2023, 6, 13), m("Prime Minister")),))
    holm = Actor("person:erik-holm", "Erik Holm", "person", ("Holm",), (m("Erik Holm"),))
    portugal = Actor("state:PRT", "Portugal", "state", (), (m("Portugal"),))
    when = m("12 June 2023")
    meeting = Event("ev:ruiz-holm-oslo", "meeting", ("person:ana-ruiz", "person:erik-holm"),
                    (StatusClaim("held", DOC, date(2023, 6, 13), None, m("met")),), "Oslo",
                    Timex(when.start, when.end, when.text, "DATE", "2023-06-12"),
                    plover="CONSULT/meet", cameo="040", mentions=(m("met"),))
    said = Statement("st:holm-useful", "person:erik-holm", "the talks were useful", False, DOC,
                     said_on=date(2023, 6, 13), about_events=(meeting.key,), mentions=(m("the talks were useful"),))
    return Corpus((doc,), (ruiz, holm, portugal), (meeting,), (said,))


def named_graphs(ds: Dataset) -> dict[str, object]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def test_graph_matches_golden_file_graph_by_graph():
    expected = named_graphs(Dataset().parse(GOLDEN, format="trig"))
    built = named_graphs(to_dataset(gamma(), base=BASE))
    assert sorted(built) == sorted(expected)
    for name, graph in expected.items():
        if not isomorphic(built[name], graph):
            extra = set(built[name]) - set(graph)
            missing = set(graph) - set(built[name])
            raise AssertionError(f"{name}: extra {sorted(extra)[:5]} missing {sorted(missing)[:5]}")


def test_building_twice_gives_the_same_iris_and_text():
    one, two = to_dataset(gamma(), base=BASE), to_dataset(gamma(), base=BASE)
    assert sorted(serialize(one, "nquads").splitlines()) == sorted(serialize(two, "nquads").splitlines())
    for name, graph in named_graphs(one).items():
        assert to_isomorphic(graph) == to_isomorphic(named_graphs(two)[name])
        assert set(graph) == set(named_graphs(two)[name])
