"""One story told by many outlets: facts come back once, and each outlet's words stay queryable."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import httpx
import pytest
from corpora.kg import BRANDT, MEETING, OKAFOR, corpus

from diplograph.graph.dataset import serialize, to_dataset
from diplograph.query.named import run_query
from diplograph.query.records_json import records_from_graph
from diplograph.records import Document, Mention, StatusClaim
from diplograph.serve.endpoint import start
from diplograph.store import open_graph_dir, write_store

ID = "https://w3id.org/diplograph/id/"
DG = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
REPEATS = 6
STORY = "Ilse Brandt and Tomas Okafor held talks in Nairobi, {outlet} reported: a {adj} meeting."
ADJECTIVES = ("cordial", "long", "tense", "brief", "frank", "warm")


def mention(doc: str, text: str, phrase: str) -> Mention:
    at = text.index(phrase)
    return Mention(doc, at, at + len(phrase), phrase)


def repeated():
    """The invented corpus plus REPEATS more outlets that report the same meeting in their own words."""
    base = corpus()
    docs, events, actors = list(base.documents), list(base.events), {a.key: a for a in base.actors}
    meeting = next(e for e in events if e.key == MEETING)
    claims, mentions = list(meeting.status_claims), list(meeting.mentions)
    for n in range(REPEATS):
        doc_id, outlet = f"wire-{n}", f"Outlet {n}"
        text = STORY.format(outlet=outlet, adj=ADJECTIVES[n])
        docs.append(Document(doc_id, text, date(2024, 4, 5) + timedelta(days=n), outlet, f"Talks {n}"))
        said = mention(doc_id, text, f"a {ADJECTIVES[n]} meeting")
        mentions.append(said)
        claims.append(StatusClaim("held", doc_id, date(2024, 4, 5), None, mention(doc_id, text, "held talks")))
        for key, name in ((BRANDT, "Ilse Brandt"), (OKAFOR, "Tomas Okafor")):
            actors[key] = replace(actors[key], mentions=(*actors[key].mentions, mention(doc_id, text, name)))
    events[events.index(meeting)] = replace(meeting, status_claims=tuple(claims), mentions=tuple(mentions))
    return replace(base, documents=tuple(docs), actors=tuple(actors.values()), events=tuple(events))


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("repeated")
    ds = to_dataset(repeated())
    (out / "graph.trig").write_text(serialize(ds, "trig"), encoding="utf-8")
    write_store(ds, out / "store")
    return out


@pytest.fixture(scope="module")
def store(graph_dir):
    st = open_graph_dir(graph_dir)
    yield st
    st.close()


def count(rows) -> int:
    return int(rows.bindings[0]["n"]["value"])


def test_the_endpoints_default_graph_counts_meetings_not_copies(graph_dir):
    endpoint = start(graph_dir, port=0, timeout=5)
    try:
        got = httpx.get(endpoint.url, params={"query": DG + "SELECT (COUNT(?e) AS ?n) WHERE { ?e a dg:Meeting }"},
                        headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert got.status_code == 200, got.text
        assert got.json()["results"]["bindings"][0]["n"]["value"] == "1"
    finally:
        endpoint.stop()


def test_plain_joins_return_each_fact_once(store):
    three_way = DG + """SELECT (COUNT(*) AS ?n) WHERE {
        ?e a dg:Meeting ; dg:participant ?a ; dg:hasStatusClaim ?c . ?c dg:status ?s }"""
    distinct = three_way.replace("COUNT(*)", "COUNT(DISTINCT *)").replace(
        "SELECT (COUNT(DISTINCT *) AS ?n) WHERE {", "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT * WHERE {") + " }"
    assert count(store.query(three_way)) == count(store.query(distinct))
    # two participants x three distinct claims (proposed, agreed, held): the six outlets' "held" is one claim
    assert count(store.query(three_way)) == 2 * 3


def test_records_list_the_meeting_once_with_every_reporting_article(store):
    records = records_from_graph(store)
    meetings = [e for e in records["events"] if e["id"].endswith("meeting-brandt-okafor")]
    assert len(meetings) == 1
    assert meetings[0]["documents"] == sorted(["herald-1", "herald-2", "post-3",
                                               *(f"wire-{n}" for n in range(REPEATS))])


def test_reported_by_gives_each_outlet_its_day_and_its_words(store):
    df = run_query(store, "reported-by", {"fact": "meeting: Ilse Brandt, Tomas Okafor"})
    wires = df[df["article"].str.contains("/article/wire-")]
    assert list(wires["publisher"]) == [f"Outlet {n}" for n in range(REPEATS)]
    assert [d.date() for d in wires["published"]] == [date(2024, 4, 5) + timedelta(days=n) for n in range(REPEATS)]
    assert list(wires["wording"]) == [f"a {adj} meeting" for adj in ADJECTIVES]
    assert set(wires["statuses"]) == {"held"}
    assert set(df["article"].str.rsplit("/", n=1).str[1]) == {"herald-1", "herald-2", "post-3",
                                                              *(f"wire-{n}" for n in range(REPEATS))}
    statuses = dict(zip(df["article"].str.rsplit("/", n=1).str[1], df["statuses"]))
    assert (statuses["herald-1"], statuses["herald-2"]) == ("proposed", "agreed")


def test_status_history_shows_each_article_with_its_own_passage(store):
    df = run_query(store, "status-history", {"event": f"{ID}event/event-meeting-brandt-okafor"})
    held = df[df["status"] == "held"]
    assert len(held) == REPEATS + 1 and held["claim"].nunique() == 1
    assert set(held["passage"]) == {"met", "held talks"}
