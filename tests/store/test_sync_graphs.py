"""A rebuild updates the store graph by graph: only changed named graphs are rewritten, and the
result equals a store written from scratch."""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
from corpora.kg import corpus

from diplograph.graph.dataset import article_iri, resolved_graph_iri, to_quads
from diplograph.pipeline.outputs import write_outputs
from diplograph.store.oxigraph import GRAPH_DIGESTS, OxigraphStore


def quads_of(store: OxigraphStore) -> set:
    return set(store.inner.quads_for_pattern(None, None, None, None))


def months(quads) -> dict[str, set]:
    """The quads of each month graph of the timeline table."""
    out: dict[str, set] = {}
    for q in quads:
        if "/graph/timeline/" in q.graph_name.value:
            out.setdefault(q.graph_name.value, set()).add(q)
    return out


def fresh(quads) -> OxigraphStore:
    store = OxigraphStore()
    store.inner.bulk_extend(quads)
    return store


def test_only_the_changed_graphs_are_rewritten(tmp_path):
    full = corpus()
    smaller = replace(full, statements=full.statements[:-1])  # one article says less
    store = OxigraphStore(tmp_path / "store")
    before = to_quads(smaller)
    assert len(store.sync_graphs(before)) == len(smaller.documents) + 1 + len(months(before))  # all, at first
    changed = store.sync_graphs(to_quads(full))
    dropped_by = full.statements[-1].doc_id
    old, new = months(before), months(to_quads(full))
    touched = [name for name in new if new[name] != old.get(name)]  # the dropped statement's month
    assert len(touched) <= 1
    assert changed == sorted([str(resolved_graph_iri()), str(article_iri(dropped_by)), *touched])
    assert quads_of(store) == quads_of(fresh(to_quads(full)))
    assert store.sync_graphs(to_quads(full)) == []  # nothing changed, nothing rewritten


def test_a_graph_no_longer_built_is_dropped(tmp_path):
    quads = to_quads(corpus())
    stale = ox.NamedNode(str(article_iri("withdrawn-article")))
    store = OxigraphStore(tmp_path / "store")
    store.sync_graphs([*quads, ox.Quad(stale, stale, stale, stale)])
    assert store.sync_graphs(quads) == [stale.value]
    assert quads_of(store) == quads_of(fresh(quads))


def test_a_store_without_digests_is_written_afresh(tmp_path):
    quads = to_quads(corpus())
    store = OxigraphStore(tmp_path / "store")
    store.sync_graphs(quads)
    (tmp_path / "store" / GRAPH_DIGESTS).write_text("not json")
    store.inner.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:y"), ox.Literal("z")))  # drift
    assert len(store.sync_graphs(quads)) == len(corpus().documents) + 1 + len(months(quads))
    assert quads_of(store) == quads_of(fresh(quads))


def test_a_rebuild_into_the_same_folder_equals_a_clean_build(tmp_path):
    full = corpus()
    smaller = replace(full, statements=full.statements[:-1])
    write_outputs(smaller, tmp_path / "again")
    write_outputs(full, tmp_path / "again")  # updates the previous store
    write_outputs(full, tmp_path / "clean")
    stores = [OxigraphStore(tmp_path / name / "store", read_only=True) for name in ("again", "clean")]
    assert quads_of(stores[0]) == quads_of(stores[1])
    assert ((tmp_path / "again" / "records.json").read_text()
            == (tmp_path / "clean" / "records.json").read_text())
