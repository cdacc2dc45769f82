"""diplograph: a diplomatic timeline knowledge graph built from news articles."""

from __future__ import annotations

from diplograph.errors import (
    ClusterError,
    DiplographError,
    FederationError,
    GraphNotFoundError,
    InputError,
    ManifestError,
    OntologyError,
    QueryError,
    QueryTimeoutError,
    StoreError,
)

__version__ = "0.1.0"


def build(paths=None, out="graph", *, cluster=None, partitions=None, **options):
    """Build a graph folder (default: the bundled sample into graph/) and open it for exploring.

    Options are those of :func:`diplograph.pipeline.build.build`; ``cluster`` (a Dask scheduler
    address, ``"local"``, a Client or a LocalCluster) runs extraction there, cut into
    ``partitions``. The build's summary is kept on the returned graph as ``kg.build_result``.
    """
    from diplograph.api import load as _load
    from diplograph.pipeline.build import build as _build

    if cluster is not None:
        try:
            from diplograph.pipeline.distributed import build_on_cluster
        except ImportError:
            raise ClusterError("a cluster build needs Dask: pip install 'diplograph[cluster]'") from None
        result = build_on_cluster(paths, out, cluster, partitions=partitions, **options)
    else:
        result = _build(paths, out, **options)
    kg = _load(result.out)
    kg.build_result = result
    return kg


def load(graph_dir="graph", store=None, **options):
    """Open a built graph folder as a :class:`diplograph.api.KnowledgeGraph`.

    Options: ``allow_services``, ``timeout`` and ``max_rows`` (see ``KnowledgeGraph.load``).
    """
    from diplograph.api import load as _load

    return _load(graph_dir, store, **options)

__all__ = [
    "ClusterError",
    "DiplographError",
    "FederationError",
    "GraphNotFoundError",
    "InputError",
    "ManifestError",
    "OntologyError",
    "QueryError",
    "QueryTimeoutError",
    "StoreError",
    "__version__",
    "build",
    "load",
]
