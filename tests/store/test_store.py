"""Stores behind one interface: memory, embedded Oxigraph, and a real remote Oxigraph server."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest
from corpora.kg import dataset, normalised, write_graph_dir
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.compare import isomorphic

from diplograph.errors import GraphNotFoundError, QueryError, StoreError
from diplograph.query.named import run_query
from diplograph.serve.endpoint import free_port, oxigraph_binary
from diplograph.store import MemoryStore, open_graph_dir, open_store, write_store
from diplograph.store.deadline import Limits
from diplograph.store.oxigraph import OxigraphStore
from diplograph.store.remote import RemoteStore, endpoints, graph_store

EX = "http://example.org/"
ODD = ['a "quoted" \\ back\\slash', "two\nlines\r\tand tab", "ünïcödé ✓ 漢字 \u2028", "} ; DROP ALL #"]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A real read-write `oxigraph serve` on a free localhost port, stopped after the tests."""
    port = free_port()
    location = tmp_path_factory.mktemp("remote-store")
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            assert proc.poll() is None, "oxigraph serve exited"
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    assert proc.wait(10) is not None


def stores(tmp_path: Path, url: str | None = None):
    made = [MemoryStore(), OxigraphStore(tmp_path / "oxi")]
    return made + ([RemoteStore.from_url(url)] if url else [])


def odd_graph() -> Graph:
    g = Graph()
    for i, text in enumerate(ODD):
        g.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}label"), Literal(text)))
    g.add((URIRef(f"{EX}s0"), URIRef(f"{EX}lang"), Literal("bonjour", lang="fr")))
    return g


def check_round_trip(store) -> None:
    name = f"{EX}graph/one"
    store.replace_graph(name, odd_graph())
    store.replace_graph(f"{EX}graph/two", [(URIRef(f"{EX}x"), URIRef(f"{EX}p"), Literal(1))])
    assert store.graph_names() == [f"{EX}graph/one", f"{EX}graph/two"]
    rows = store.query(f"SELECT ?o WHERE {{ ?s <{EX}label> ?o }} ORDER BY ?o")
    assert sorted(str(r[0]) for r in rows.terms()) == sorted(ODD)
    store.replace_graph(name, [(URIRef(f"{EX}s9"), URIRef(f"{EX}label"), Literal("only"))])
    assert [str(r[0]) for r in store.query(f"SELECT ?o {{ ?s <{EX}label> ?o }}").terms()] == ["only"]
    store.remove_graph(name)
    store.remove_graph(f"{EX}graph/never-was")
    assert store.graph_names() == [f"{EX}graph/two"]
    assert store.query("ASK { ?s ?p 1 }").boolean is True


def test_memory_and_embedded_oxigraph_round_trip(tmp_path):
    for store in stores(tmp_path):
        with store:
            check_round_trip(store)


def test_remote_store_round_trip(oxigraph_server, tmp_path):
    with RemoteStore.from_url(oxigraph_server) as store:
        assert store.store_url == f"{oxigraph_server}/store"  # graphs go by the Graph Store Protocol
        check_round_trip(store)
        store.remove_graph(f"{EX}graph/two")
    with RemoteStore(*endpoints(oxigraph_server)) as store:  # a server without one: SPARQL Update
        assert store.store_url is None
        check_round_trip(store)
        store.remove_graph(f"{EX}graph/two")


def test_remote_store_holds_the_whole_dataset(oxigraph_server, tmp_path):
    ds = dataset()
    spec = f"sparql:{oxigraph_server}/query"
    assert write_store(ds, tmp_path / "unused", spec) is False
    with open_store(spec, tmp_path) as remote, MemoryStore(ds) as local:
        back = remote.dataset()
        for graph in ds.graphs():
            if len(graph):
                assert isomorphic(graph, back.graph(graph.identifier)), graph.identifier
        for name in ("who-met-whom", "status-history", "timeline"):
            assert normalised(run_query(remote, name)).equals(normalised(run_query(local, name)))
        meetings = remote.query("SELECT (COUNT(?e) AS ?n) WHERE { ?e a dg:Meeting }")
        assert int(meetings.bindings[0]["n"]["value"]) == 1  # the server's union: one copy per fact
        with pytest.raises(QueryError, match="line 2, column"):
            remote.query("SELECT ?x WHERE {\n ?x ?y }")
        # a second write without one article drops that article's graph only
        gone = next(str(g.identifier) for g in ds.graphs() if "/article/" in str(g.identifier))
        ds.remove_graph(URIRef(gone))
        write_store(ds, tmp_path / "unused", spec)
        assert gone not in remote.graph_names()
        assert len(remote.graph_names()) == len([g for g in ds.graphs() if len(g)])
        for name in remote.graph_names():
            remote.remove_graph(name)


def test_remote_store_reports_an_unreachable_server():
    with RemoteStore.from_url(f"http://127.0.0.1:{free_port()}") as store:
        with pytest.raises(StoreError, match="cannot reach"):
            store.query("ASK {}")


def test_endpoint_urls():
    assert endpoints("http://h:1") == ("http://h:1/query", "http://h:1/update")
    assert endpoints("http://h/ds/query") == ("http://h/ds/query", "http://h/ds/update")
    assert endpoints("https://h/sparql") == ("https://h/sparql", "https://h/sparql")
    assert endpoints("http://h/q|http://h/u") == ("http://h/q", "http://h/u")
    with pytest.raises(StoreError):
        endpoints("ftp://h/x")
    assert graph_store("http://h:1") == graph_store("http://h:1/query") == "http://h:1/store"
    assert graph_store("http://h/ds/query|http://h/ds/update|http://h/ds/data") == "http://h/ds/data"
    assert graph_store("http://h/ds/query") is None


def test_store_specs(tmp_path):
    graph_dir = write_graph_dir(tmp_path / "g")
    with open_store("memory", graph_dir) as mem:
        names = mem.graph_names()
        built = [n for n in names if "/graph/timeline/" not in n]  # articles and resolved
        assert isinstance(mem, MemoryStore) and len(built) == 4 and len(names) > 4  # and month graphs
    with open_store(f"oxigraph:{tmp_path / 'elsewhere'}", graph_dir) as oxi:
        assert oxi.graph_names() == []
    with open_store(None, graph_dir) as default:
        assert isinstance(default, OxigraphStore) and default.read_only
    with pytest.raises(StoreError, match="unknown store"):
        open_store("postgres://x", graph_dir)


def test_graph_folder_prefers_the_store_and_falls_back_to_trig(tmp_path):
    graph_dir = write_graph_dir(tmp_path / "g")
    with open_graph_dir(graph_dir) as store:
        assert isinstance(store, OxigraphStore)
        expected = run_query(store, "who-met-whom")
    import shutil

    shutil.rmtree(graph_dir / "store")
    with open_graph_dir(graph_dir) as store:
        assert isinstance(store, MemoryStore)
        assert run_query(store, "who-met-whom").equals(expected)
    with pytest.raises(GraphNotFoundError, match=str(tmp_path / "missing")):
        open_graph_dir(tmp_path / "missing")


def test_oxigraph_dataset_view_is_live_and_complete(tmp_path):
    ds = dataset()
    assert write_store(ds, tmp_path / "store") is True
    assert write_store(ds, tmp_path / "ignored", "memory") is False
    with OxigraphStore(tmp_path / "store", read_only=True) as store:
        view = store.dataset()
        assert isinstance(view, Dataset)
        assert set(str(g) for g in store.graph_names()) == {
            str(g.identifier) for g in ds.graphs() if len(g)}
        assert len(set(view.triples((None, None, None)))) == len(set(ds.triples((None, None, None))))
        with pytest.raises(StoreError):
            store.replace_graph(f"{EX}g", [])


def test_oxigraph_syntax_errors_name_line_and_column(tmp_path):
    with OxigraphStore() as store:
        with pytest.raises(QueryError) as err:
            store.query("SELECT ?x\nWHERE { ?x ?y ?z \nFILTER( }")
    assert "line 3, column" in str(err.value) and "FILTER( }" in str(err.value)


def test_a_store_can_be_bulk_loaded_from_the_written_trig(tmp_path):
    graph_dir = write_graph_dir(tmp_path / "g", oxigraph=False)
    ds = dataset()
    assert write_store(ds, graph_dir / "store", source=graph_dir / "graph.trig") is True
    with open_graph_dir(graph_dir) as from_trig, MemoryStore(ds) as direct:
        assert isinstance(from_trig, OxigraphStore)
        for name in ("roles", "status-history"):
            assert normalised(run_query(from_trig, name)).equals(normalised(run_query(direct, name)))


def test_oxigraph_answers_read_whole_or_row_by_row_are_the_same():
    # uncapped answers are serialised by Oxigraph in one go, capped ones drawn row by row
    with OxigraphStore() as store:
        store.inner.update(f'INSERT DATA {{ GRAPH <{EX}g> {{ <{EX}a> <{EX}p> "plain", "tagged"@de, 3, _:b, <{EX}c> }} }}')
        sparql = f"SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY STR(?o)"
        whole, by_row = store.query(sparql), store.query(sparql, Limits(timeout=0, max_rows=100, memory_mb=0))
    assert whole.columns == by_row.columns == ["s", "o"]
    assert whole.bindings == by_row.bindings and len(whole.bindings) == 5
    assert {"type": "literal", "value": "plain", "datatype": str(XSD.string)} in [r["o"] for r in whole.bindings]
