"""Extraction on a Dask cluster, so the NLP pass scales out while resolution and outputs stay on the driver.

A ``LocalCluster`` for one machine, or a scheduler address such as ``tcp://host:8786`` for a real
cluster; every worker loads the spaCy model once and turns partitions of Documents into
Extractions, the driver resolves them and writes the graph folder as a local build does (same
cache, same stamp, same outputs)::

    from diplograph.pipeline.distributed import build_on_cluster
    build_on_cluster(["corpus/"], "graph/", "tcp://scheduler:8786", partitions=64)

or from the command line: ``diplograph build corpus/ --cluster tcp://scheduler:8786`` (``--cluster
local`` starts a LocalCluster of ``--jobs`` worker processes on this machine).

Workers need diplograph and its model installed; documents travel to them, results come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster

from diplograph.errors import ClusterError
from diplograph.extract import extract
from diplograph.extract.nlp import load_nlp
from diplograph.pipeline.build import BuildResult, build
from diplograph.pipeline.outputs import write_outputs
from diplograph.records import Document, Extraction
from diplograph.resolve.actors import resolve

DOCS_PER_PARTITION = 32
CONNECT_TIMEOUT = "20s"  # an unreachable scheduler is an error, not a hang


def extract_partition(docs: Iterable[Document]) -> list[Extraction]:
    """Extract one partition in this process (the model is loaded once per process)."""
    return list(extract(list(docs), nlp=load_nlp()))


def partitions_of(docs: Sequence[Document], partitions: int | None = None) -> list[list[Document]]:
    """Contiguous chunks of documents, ``partitions`` of them or about 32 documents each."""
    count = max(1, min(len(docs), partitions or -(-len(docs) // DOCS_PER_PARTITION)))
    size = -(-len(docs) // count) if docs else 1
    return [list(docs[i:i + size]) for i in range(0, len(docs), size)]


def extract_on_cluster(docs: Sequence[Document], client: Client, *,
                       partitions: int | None = None) -> list[Extraction]:
    """Map partitions over the cluster's workers; extractions come back in document order."""
    futures = client.map(extract_partition, partitions_of(docs, partitions), pure=False)
    return [ex for part in client.gather(futures) for ex in part]


def build_on_cluster(paths: Sequence[str | Path], out: str | Path, cluster: str | Client | Any, *,
                     partitions: int | None = None, workers: int = 2, **options) -> BuildResult:
    """A build whose extraction runs on ``cluster``: an address, ``"local"``, a Client or a LocalCluster.

    ``"local"`` starts a LocalCluster of ``workers`` processes for this build only. ``options`` are
    those of :func:`diplograph.pipeline.build.build` (base, store, published, ...).
    """
    local = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                         dashboard_address=None) if cluster == "local" else None
    client = cluster if isinstance(cluster, Client) else _connect(local or cluster)
    try:
        return build(paths, out, extractor=lambda docs: extract_on_cluster(
            docs, client, partitions=partitions), **options)
    finally:
        if client is not cluster:
            client.close()
        if local is not None:
            local.close()


def _connect(cluster: str | Any) -> Client:
    """A client of ``cluster``, or a ClusterError naming the address that could not be reached."""
    try:
        return Client(cluster, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {cluster!s}: {exc}") from None


def assemble(extractions: Iterable[Extraction], out: str | Path, *,
             base: str | None = None, store: str | None = None) -> tuple[int, list[Path]]:
    """Resolve extractions from any number of workers and write the graph folder."""
    corpus = resolve(sorted(extractions, key=lambda ex: ex.doc.id))
    return write_outputs(corpus, Path(out), base=base, store=store)
