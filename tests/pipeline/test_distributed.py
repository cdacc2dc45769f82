"""Extraction on a Dask LocalCluster builds the same graph as a local build."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from distributed import LocalCluster

import diplograph
from diplograph.cli import main
from diplograph.errors import ClusterError
from diplograph.ingest.documents import iter_documents
from diplograph.pipeline.build import build
from diplograph.pipeline import distributed as cluster_mod
from diplograph.pipeline.distributed import build_on_cluster, partitions_of

CORPUS = Path(__file__).resolve().parents[1] / "heldout" / "corpus"


def quads(out: Path) -> set[str]:
    """The built graph as a set of N-Quads lines (no blank nodes: terms compare as text)."""
    store = ox.Store()
    store.load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return {str(q) for q in store}


@pytest.fixture(scope="module")
def local(nlp, tmp_path_factory):
    """The held-out corpus built in this process, the reference of every cluster build (read-only)."""
    out = tmp_path_factory.mktemp("local")
    return out, build([CORPUS], out, nlp=nlp, progress=False)


@pytest.mark.slow
def test_a_local_cluster_build_equals_a_local_build(local, tmp_path):
    folder, local = local
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = build_on_cluster([CORPUS], tmp_path / "cluster", cluster, partitions=3, progress=False)
        assert remote.extracted == local.extracted > 0  # every document went to the worker
        again = build_on_cluster([CORPUS], tmp_path / "cluster", cluster.scheduler_address, progress=False)
    assert again.extracted == 0  # unchanged: nothing sent, the build is a no-op
    assert quads(tmp_path / "cluster") == quads(folder)
    records = [json.loads((d / "records.json").read_text()) for d in (folder, tmp_path / "cluster")]
    assert records[0] == records[1] and records[0]["events"]


def test_partitions_cover_every_document_once_in_order():
    docs = list(iter_documents([CORPUS]))
    for count in (None, 1, 3, len(docs), len(docs) + 5):
        parts = partitions_of(docs, count)
        assert [d for part in parts for d in part] == docs
        assert len(parts) <= (count or len(docs)) and all(parts)
    assert partitions_of([], 4) == []


@pytest.mark.slow
def test_the_cli_builds_on_a_local_cluster_like_a_local_build(local, tmp_path):
    folder, local = local
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "cli"),
                                       "--cluster", "local", "--jobs", "1", "--partitions", "2",
                                       "--no-progress"])
    assert result.exit_code in (0, 3), result.output
    assert f"{local.events} events" in result.output
    assert quads(tmp_path / "cli") == quads(folder)


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_mod, "CONNECT_TIMEOUT", 1)  # the wait is the same code, shorter
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "g"),
                                       "--cluster", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert not (tmp_path / "g" / "records.json").exists()
    with pytest.raises(ClusterError, match="tcp://127.0.0.1:9"):
        diplograph.build([CORPUS], tmp_path / "api", cluster="tcp://127.0.0.1:9")


def test_partitions_without_a_cluster_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["build", str(CORPUS), "--out", str(tmp_path / "g"), "--partitions", "4"])
    assert result.exit_code == 2 and "--partitions needs --cluster" in result.output
