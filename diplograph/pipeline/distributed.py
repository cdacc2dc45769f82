"""Entry points for running extraction on a cluster (Dask, Ray, multiprocessing).

A worker loads the spaCy model once and turns a batch of Documents into
Extractions; the driver then calls :func:`assemble` to resolve and write the graph.

Dask::

    import dask.bag as db
    from diplograph.pipeline.distributed import extract_partition, assemble
    from diplograph.ingest.documents import iter_documents

    docs = list(iter_documents(["corpus/"]))
    bag = db.from_sequence(docs, npartitions=64).map_partitions(extract_partition)
    assemble(bag.compute(), "graph/")

Ray::

    refs = [ray.remote(extract_partition).remote(chunk) for chunk in chunks]
    assemble([ex for part in ray.get(refs) for ex in part], "graph/")
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from diplograph.extract import extract
from diplograph.extract.nlp import load_nlp
from diplograph.pipeline.outputs import write_outputs
from diplograph.records import Document, Extraction
from diplograph.resolve.actors import resolve


def extract_partition(docs: Iterable[Document]) -> list[Extraction]:
    """Extract one partition in this process (the model is loaded once per process)."""
    return list(extract(list(docs), nlp=load_nlp()))


def assemble(extractions: Iterable[Extraction], out: str | Path, *,
             base: str | None = None, store: str | None = None) -> tuple[int, list[Path]]:
    """Resolve extractions from any number of workers and write the graph folder."""
    corpus = resolve(sorted(extractions, key=lambda ex: ex.doc.id))
    return write_outputs(corpus, Path(out), base=base, store=store)
