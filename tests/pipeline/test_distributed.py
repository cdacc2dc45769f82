"""Extraction on a Dask LocalCluster builds the same graph as a local build."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from distributed import LocalCluster

from diplograph.ingest.documents import iter_documents
from diplograph.pipeline.build import build
from diplograph.pipeline.distributed import build_on_cluster, partitions_of

CORPUS = Path(__file__).resolve().parents[1] / "heldout" / "corpus"


def quads(out: Path) -> set[str]:
    """The built graph as a set of N-Quads lines (no blank nodes: terms compare as text)."""
    store = ox.Store()
    store.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return {str(q) for q in store}


@pytest.mark.slow
def test_a_local_cluster_build_equals_a_local_build(nlp, tmp_path):
    local = build([CORPUS], tmp_path / "local", nlp=nlp, progress=False)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = build_on_cluster([CORPUS], tmp_path / "cluster", cluster, partitions=3, progress=False)
        assert remote.extracted == local.extracted > 0  # every document went to the worker
        again = build_on_cluster([CORPUS], tmp_path / "cluster", cluster.scheduler_address, progress=False)
    assert again.extracted == 0  # unchanged: nothing sent, the build is a no-op
    assert quads(tmp_path / "cluster") == quads(tmp_path / "local")
    records = [json.loads((tmp_path / d / "records.json").read_text()) for d in ("local", "cluster")]
    assert records[0] == records[1] and records[0]["events"]


def test_partitions_cover_every_document_once_in_order():
    docs = list(iter_documents([CORPUS]))
    for count in (None, 1, 3, len(docs), len(docs) + 5):
        parts = partitions_of(docs, count)
        assert [d for part in parts for d in part] == docs
        assert len(parts) <= (count or len(docs)) and all(parts)
    assert partitions_of([], 4) == []
