"""Named queries on an invented corpus: expected rows, identical answers from every store."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from corpora.kg import BRANDT, MEETING, TEXTS, corpus, normalised, write_graph_dir
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDFS

from diplograph.errors import QueryError
from diplograph.graph.dataset import to_dataset
from diplograph.graph.namespace import DG
from diplograph.query.named import get_query, inject, named_queries, parse_query, prepare, run_query
from diplograph.store import MemoryStore, open_graph_dir

ID = "https://w3id.org/diplograph/id/"
NAMES = ("timeline", "actor-timeline", "statements-by", "meetings-between", "status-history",
         "who-met-whom", "sources", "roles", "reported-by")
PARAMS = {"actor-timeline": {"actor": "Okafor"}, "meetings-between": {"a": "Brandt", "b": "Okafor"},
          "sources": {"fact": f"{ID}event/event-meeting-brandt-okafor"},
          "reported-by": {"fact": f"{ID}event/event-meeting-brandt-okafor"}}


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return write_graph_dir(tmp_path_factory.mktemp("kg"))


@pytest.fixture(scope="module", params=["oxigraph", "memory"])
def store(request, graph_dir):
    st = open_graph_dir(graph_dir) if request.param == "oxigraph" else open_graph_dir(
        graph_dir, "memory")
    yield st
    st.close()


def q(store, name, **params) -> pd.DataFrame:
    return run_query(store, name, params)


def days(series) -> list[str]:
    return [d.date().isoformat() if not pd.isna(d) else None for d in series]


def test_every_named_query_is_shipped_with_a_header():
    queries = named_queries()
    assert set(NAMES) <= set(queries)
    for query in queries.values():
        assert query.title and query.description, query.name
        assert all(p.description for p in query.params), query.name


def test_timeline_lists_dated_events_and_statements_in_date_order(store):
    df = q(store, "timeline")
    assert list(df["date"]) == sorted(df["date"])
    assert df["kind"].value_counts().to_dict() == {"statement": 3, "event": 3}
    assert not df["item"].str.contains("visit").any()  # the undated visit is left out
    talks = df[df["type"] == "talks"].iloc[0]
    assert (talks["date"].date(), talks["when"], talks["status"]) == (date(2024, 6, 1), "2024-06",
                                                                      "proposed")
    assert days(q(store, "timeline", **{"from": "2024-03-05", "to": date(2024, 4, 3)})["date"]) == [
        "2024-03-09", "2024-03-10", "2024-04-03"]


def test_actor_timeline_by_alias_in_any_case(store):
    df = q(store, "actor-timeline", actor="okafor")
    assert list(zip(days(df["date"]), df["kind"], df["role"])) == [
        ("2024-03-02", "role", "holder"), ("2024-03-09", "event", "participant"),
        ("2024-04-03", "event", "participant"), ("2024-04-04", "statement", "speaker"),
        ("2024-06-01", "event", "participant")]
    assert df.iloc[0]["text"] == "President of Kenya"


def test_statements_by_one_speaker_and_by_all(store):
    df = q(store, "statements-by", actor="Ilse Brandt")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["quote"], row["direct"], row["about"], row["articles"]) == (
        "Our door remains open,", True, "Kenya", 1)
    everyone = q(store, "statements-by")
    assert list(everyone["speaker"]) == ["Rosa Linde", "Ilse Brandt", "Tomas Okafor"]
    assert list(everyone["direct"]) == [True, True, False]


def test_meetings_between_finds_held_and_proposed_either_way_round(store):
    df = q(store, "meetings-between", a="Ilse Brandt", b=f"{ID}actor/person-tomas-okafor")
    assert list(zip(df["type"], df["status"], days(df["date"]))) == [
        ("meeting", "held", "2024-04-03"), ("talks", "proposed", "2024-06-01")]
    assert list(df["claims"]) == [3, 1]
    assert df.iloc[0]["place"] == "Nairobi"
    swapped = q(store, "meetings-between", a="Okafor", b="Brandt")
    assert list(swapped["event"]) == list(df["event"])
    mediated = q(store, "meetings-between", a="Brandt", b="Halloran")
    assert list(mediated["type"]) == ["talks"]


def test_status_history_in_order_with_who_said_so(store):
    df = q(store, "status-history", event="event:meeting-brandt-okafor")
    assert list(df["status"]) == ["proposed", "agreed", "held"]
    assert days(df["asserted_on"]) == ["2024-03-02", "2024-03-10", "2024-04-05"]
    assert df.iloc[0]["asserted_by"] == "Rosa Linde"
    assert set(df["current"]) == {"held"}
    assert list(df["passage"]) == ["proposed a meeting", "agreed to meet", "met"]
    assert all(p in s and s.endswith(".") for p, s in zip(df["passage"], df["sentence"]))
    assert len(q(store, "status-history")) == 6


def test_who_met_whom_counts_pairs_and_filters(store):
    df = q(store, "who-met-whom")
    top = df.iloc[0]
    assert {top["name_a"], top["name_b"]} == {"Ilse Brandt", "Tomas Okafor"}
    assert (top["events"], top["held_events"]) == (2, 1)
    assert (top["first"].date(), top["last"].date()) == (date(2024, 4, 3), date(2024, 4, 3))
    assert len(df) == 4
    held = q(store, "who-met-whom", status="held", actor="Tomas Okafor")
    assert sorted(held["events"]) == [1, 1] and set(held["held_events"]) == {1}
    assert all("Tomas Okafor" in (a, b) for a, b in zip(held["name_a"], held["name_b"]))


def test_sources_point_at_the_exact_passages(store):
    df = q(store, "sources", fact=f"{ID}event/event-meeting-brandt-okafor")
    assert set(df["via"]) == {"mention", "status claim", "date"}
    for row in df.itertuples():
        doc = row.article.rsplit("/", 1)[1]
        assert TEXTS[doc][row.start:row.end] == row.passage
        assert row.passage in row.sentence and row.sentence in TEXTS[doc]
    by_label = q(store, "sources", fact="meeting: Ilse Brandt, Tomas Okafor")
    assert len(by_label) == len(df)


def test_roles_with_first_and_last_sighting(store):
    df = q(store, "roles", actor="brandt")
    assert len(df) == 1
    row = df.iloc[0]
    assert (row["title"], row["of"], row["articles"]) == ("foreign minister", "Chile", 2)
    assert (row["first_seen"].date(), row["last_seen"].date()) == (date(2024, 3, 2), date(2024, 4, 5))
    assert len(q(store, "roles")) == 4


def test_memory_and_oxigraph_answer_every_query_alike(graph_dir):
    with open_graph_dir(graph_dir) as oxi, open_graph_dir(graph_dir, "memory") as mem:
        for name in NAMES:
            a, b = (run_query(s, name, PARAMS.get(name)) for s in (oxi, mem))
            pd.testing.assert_frame_equal(normalised(a), normalised(b), check_dtype=False, obj=name)


def test_actor_parameters_accept_names_aliases_keys_and_iris(store):
    iri = f"{ID}actor/person-ilse-brandt"
    for value in ("Ilse Brandt", "ILSE BRANDT", "Brandt", BRANDT, iri):
        df = q(store, "statements-by", actor=value)
        assert list(df["actor"]) == [iri], value
    with pytest.raises(QueryError, match="no actor named"):
        q(store, "statements-by", actor="Nobody Known")


def test_partial_names_must_be_unambiguous():
    c = corpus()
    ds = to_dataset(c)
    ds.graph(URIRef(f"{ID}graph/extra")).add((URIRef(f"{ID}actor/x"), DG.actorType, Literal("person")))
    ds.graph(URIRef(f"{ID}graph/extra")).add((URIRef(f"{ID}actor/x"), RDFS.label, Literal("Ilse Varga")))
    store = MemoryStore(ds)
    with pytest.raises(QueryError, match="several actors"):
        q(store, "roles", actor="Ilse")
    assert len(q(store, "roles", actor="Halloran")) == 1  # an alias, not a partial match


def test_parameter_values_cannot_change_the_query(store):
    hostile = 'held" ) } } DELETE WHERE { ?s ?p ?o } #\n'
    assert q(store, "who-met-whom", status=hostile).empty
    with pytest.raises(QueryError, match="no actor named"):
        q(store, "statements-by", actor='x" } UNION { ?s ?p ?o } #')
    with pytest.raises(QueryError, match="no fact named"):
        q(store, "sources", fact="http://example.org/x> } UNION { ?s ?p ?o")
    with pytest.raises(QueryError, match="not an absolute IRI"):
        run_query(store, "SELECT ?x WHERE { ?x ?p ?o }", {"x": "http://example.org/x>{}"})
    assert len(q(store, "statements-by")) == 3  # nothing was dropped


def test_missing_unknown_and_malformed_parameters(store):
    with pytest.raises(QueryError, match="needs --param a"):
        q(store, "meetings-between", b="Okafor")
    with pytest.raises(QueryError, match="no parameter 'speaker'"):
        q(store, "statements-by", speaker="Okafor")
    with pytest.raises(QueryError, match="not a valid date"):
        q(store, "timeline", **{"from": "last Tuesday"})
    with pytest.raises(QueryError, match="no named query"):
        get_query("no-such-query")


def test_ad_hoc_queries_take_variables_as_parameters(store):
    sparql = "SELECT ?quote WHERE { ?s dg:speaker ?who ; dg:quote ?quote }"
    df = run_query(store, sparql, {"who": f"{ID}actor/person-rosa-linde"})
    assert list(df["quote"]) == ["The minister looks forward to the invitation,"]


def test_header_parsing():
    query = parse_query(
        "# title: T\n# description: one\n# description: two\n"
        "# param: who:actor — the actor\n# param: n:int = 3 — how many\n"
        "# param: since:date = — optional day\nSELECT * WHERE { ?s ?p ?o }", "t")
    assert (query.title, query.description) == ("T", "one two")
    who, n, since = query.params
    assert (who.kind, who.required, who.default) == ("actor", True, None)
    assert (n.kind, n.required, n.default) == ("int", False, "3")
    assert (since.kind, since.required, since.default) == ("date", False, None)
    with pytest.raises(QueryError, match="cannot read parameter"):
        parse_query("# param: x:colour — nope\nSELECT * {}")


def test_values_go_into_the_outermost_where_group():
    construct = 'PREFIX a: <http://x/{>\nCONSTRUCT { ?s ?p "WHERE {" } WHERE { ?s ?p ?o }'
    assert " ".join(inject(construct, "VALUES ?s { <http://y> }").split()).endswith(
        'WHERE { VALUES ?s { <http://y> } ?s ?p ?o }')
    nested = "SELECT * { ?s ?p ?o { SELECT ?x WHERE { ?x ?y ?z } } } # {"
    assert " ".join(inject(nested, "B").split()).startswith("SELECT * { B ?s")
    marked = "SELECT * WHERE { { SELECT ?x WHERE {\n#@params\n?x ?y ?z } } }"
    assert "WHERE {\nB #@params\n?x" in inject(marked, "B")


def test_results_become_typed_columns():
    ds = Dataset(default_union=True)
    g = ds.graph(URIRef("http://example.org/g"))
    s = URIRef("http://example.org/s")
    for p, o in (("d", Literal(date(2024, 1, 2))), ("n", Literal(7)), ("b", Literal(True)),
                 ("f", Literal(1.5)), ("t", Literal("text"))):
        g.add((s, URIRef(f"http://example.org/{p}"), o))
    df = run_query(MemoryStore(ds), "SELECT ?s ?d ?n ?b ?f ?t ?none WHERE { ?s <http://example.org/d> ?d ; "
                   "<http://example.org/n> ?n ; <http://example.org/b> ?b ; <http://example.org/f> ?f ; "
                   "<http://example.org/t> ?t }")
    assert pd.api.types.is_datetime64_any_dtype(df["d"])
    assert df["n"].dtype == "int64" and df["b"].dtype == bool and df["f"].dtype == "float64"
    assert df.iloc[0]["s"] == str(s) and df.iloc[0]["t"] == "text" and df["none"].isna().all()


def test_prepare_leaves_queries_without_parameters_untouched(store):
    query = named_queries()["timeline"]
    assert prepare(store, query, {}) == query.text
    assert "VALUES ?event" in prepare(store, named_queries()["status-history"], {"event": MEETING})


def test_optional_sections_follow_their_parameter(store):
    query = named_queries()["who-met-whom"]
    plain, focused = prepare(store, query, {}), prepare(store, query, {"actor": "Okafor"})
    assert "?event dg:participant|dg:host|dg:mediator ?actor" not in plain
    assert "?event dg:participant|dg:host|dg:mediator ?actor" in focused
    assert plain.count("\n") == query.text.count("\n")  # error positions stay right
