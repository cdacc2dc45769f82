"""The notebook API: typed DataFrames, networkx projections, records and inline views."""

from __future__ import annotations


import networkx as nx
import pandas as pd
import pytest
from corpora.kg import dataset, write_graph_dir

from diplograph.api import KnowledgeGraph, load
from diplograph.errors import GraphNotFoundError, QueryError
from diplograph.query.params import resolve

ID = "https://w3id.org/diplograph/id/"
BRANDT, OKAFOR = f"{ID}actor/person-ilse-brandt", f"{ID}actor/person-tomas-okafor"


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    with load(write_graph_dir(tmp_path_factory.mktemp("api"))) as graph:
        yield graph


def test_query_returns_python_types(kg):
    df = kg.query("statements-by")
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert df["direct"].dtype == bool and df["articles"].dtype == "int64"
    assert isinstance(df.iloc[0]["quote"], str) and isinstance(df.iloc[0]["date"], pd.Timestamp)
    pairs = kg.query("who-met-whom")
    assert pairs["events"].dtype == "int64"
    assert pd.api.types.is_datetime64_any_dtype(pairs["first"])  # NaT where undated


def test_query_takes_named_parameters_and_raw_sparql(kg):
    df = kg.query("meetings-between", a="Brandt", b="Okafor")
    assert list(df["status"]) == ["held", "proposed"]
    raw = kg.query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }")
    assert raw.iloc[0]["n"] == 4
    with pytest.raises(QueryError):
        kg.query("SELECT WHERE")


def test_timeline_is_ordered(kg):
    df = kg.timeline()
    assert df["date"].is_monotonic_increasing and len(df) == 6
    assert len(kg.timeline(**{"from": "2024-04-01"})) == 3


def test_full_network_has_actors_events_and_statements(kg):
    g = kg.to_networkx()
    assert isinstance(g, nx.MultiDiGraph)
    kinds = nx.get_node_attributes(g, "kind")
    assert sorted(kinds.values()).count("event") == 4 and sorted(kinds.values()).count("actor") == 7
    meeting = f"{ID}event/event-meeting-brandt-okafor"
    assert g.nodes[meeting]["status"] == "held" and str(g.nodes[meeting]["date"])[:10] == "2024-04-03"
    assert {k for _, _, k in g.out_edges(meeting, keys=True)} == {"participant"}
    said = [d for _, _, d in g.out_edges(OKAFOR, data=True) if d["relation"] == "said"]
    assert [d["quote"] for d in said] == ["the talks would focus on trade corridors"] * len(said)
    assert {v for _, v, d in g.out_edges(OKAFOR, data=True) if d["relation"] == "said"} == {
        BRANDT, f"{ID}event/event-talks-brandt-okafor"}


def test_actor_projection_supports_centrality_and_communities(kg):
    g = kg.to_networkx("actors")
    assert isinstance(g, nx.Graph) and not g.is_directed()
    edge = g.edges[BRANDT, OKAFOR]
    assert (edge["weight"], edge["held"]) == (2, 1)
    centrality = nx.degree_centrality(g)
    assert max(centrality, key=centrality.get) == BRANDT
    communities = nx.community.greedy_modularity_communities(g, weight="weight")
    assert any({BRANDT, OKAFOR} <= set(c) for c in communities)
    ego = nx.ego_graph(g, OKAFOR)
    assert set(ego) == {OKAFOR, BRANDT, f"{ID}actor/person-marek-halloran"}
    with pytest.raises(ValueError):
        kg.to_networkx("everything")


def test_records_and_counts(kg):
    records = kg.records()
    assert set(records) >= {"documents", "actors", "events", "statements"}
    assert len(records["events"]) == 4
    assert kg.counts() == {"articles": 3, "actors": 7, "events": 4, "statements": 3}


def test_inline_view_is_a_sandboxed_escaped_iframe(kg):
    page = kg._repr_html_()
    assert page.startswith("<iframe srcdoc=\"") and 'sandbox=""' in page  # static: no scripts
    srcdoc = page.split('srcdoc="', 1)[1].split('" sandbox', 1)[0]
    assert "<" not in srcdoc and '"' not in srcdoc  # everything inside the attribute is escaped
    assert len(page) < len(kg.view_html()) / 10  # a summary, not the whole page every time
    assert 'sandbox="allow-scripts"' in kg.view_html()


def test_in_memory_graphs_and_missing_folders(tmp_path):
    kg = KnowledgeGraph.from_dataset(dataset())
    assert len(kg.query("roles")) == 4 and "memory" in repr(kg)
    assert list(kg.queries()["name"])[:2] == ["actor-timeline", "meetings-between"]
    with pytest.raises(GraphNotFoundError, match="empty"):
        load(tmp_path / "empty")


def test_timeline_takes_since_and_until(kg):
    assert len(kg.timeline(since="2024-04-01")) == len(kg.timeline(**{"from": "2024-04-01"})) == 3
    assert kg.timeline(until="2024-03-31")["date"].max() < pd.Timestamp("2024-04-01")
    assert len(kg.timeline(since="2024-03-01", until="2024-12-31")) == len(kg.timeline())


def test_actor_parameters_take_codes_and_wikidata_ids_and_suggest_names(kg):
    kenya = [f"<{ID}actor/state-ken>"]
    assert resolve(kg.store, "actor", "KEN") == resolve(kg.store, "actor", "KE") == kenya
    assert resolve(kg.store, "actor", "Q114") == kenya  # Kenya's Wikidata id
    with pytest.raises(QueryError, match=r"did you mean 'Tomas Okafor'"):
        kg.query("statements-by", actor="Tomas Okafr")
    with pytest.raises(QueryError, match=r"no parameter 'c' \(parameters: a, b\)"):
        kg.query("meetings-between", a="Brandt", c="Okafor")
