"""Write a build's files so an interrupted build never leaves a half-written graph."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from pyoxigraph import RdfFormat

from diplograph.errors import OutputError, StoreError
from diplograph.graph.dataset import DEFAULT_BASE, to_dataset, to_quads
from diplograph.graph.namespace import PREFIX_IRIS
from diplograph.query.records_json import records_from_graph
from diplograph.records import Corpus
from diplograph.store import write_store
from diplograph.store.oxigraph import OxigraphStore
from diplograph.views import render_index

Phase = Callable[[str], AbstractContextManager]


def _no_phase(name: str) -> AbstractContextManager:
    return nullcontext()


def write_outputs(corpus: Corpus, out: Path, *, base: str | None = None,
                  store: str | None = None, phase: Phase = _no_phase) -> tuple[int, list[Path]]:
    """Render graph, records and views into ``out``; returns (triples, files written).

    ``phase(name)`` wraps the ``graph``, ``store`` and ``views`` steps (timing, progress).
    OutputError (the folder and the reason: read-only, disk full, ...) when a write fails;
    the previous outputs are then left as they were.
    """
    with phase("graph"):
        quads = to_quads(corpus, base=base or DEFAULT_BASE)
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out))
        try:
            previous = out / "store" if (out / "store").is_dir() else None
            files = _render(quads, staging, store, corpus, base or DEFAULT_BASE, phase, previous)
            written = [_publish(staging / name, out / name) for name in files]
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write the build's outputs "
                          f"({exc.strerror or exc}); the previous ones are unchanged") from exc
    return len({q.triple for q in quads}), written


def _render(quads: list, staging: Path, store: str | None, corpus: Corpus, base: str,
            phase: Phase = _no_phase, previous: Path | None = None) -> list[str]:
    """Produce every output inside the staging folder; returns their names.

    The quads go straight into Oxigraph, which then writes the TriG and answers the
    SPARQL behind records.json and the views far faster than rdflib can. With the
    ``previous`` build's store, a copy of it is brought up to date graph by graph: only the
    named graphs whose quads changed are rewritten.
    """
    on_disk = store in (None, "oxigraph")
    oxi = _previous_store(previous, staging / "store") if on_disk else None
    try:
        with phase("store"):
            if oxi is None:
                oxi = OxigraphStore(staging / "store" if on_disk else None)
            oxi.sync_graphs(quads)
            oxi.inner.dump(str(staging / "graph.trig"), RdfFormat.TRIG, prefixes=PREFIX_IRIS)
            if not on_disk and store != "memory":
                write_store(to_dataset(corpus, base=base), staging / "store", spec=store)
        with phase("views"):
            records = records_from_graph(oxi)
            _write(staging / "records.json", json.dumps(records, indent=2, ensure_ascii=False) + "\n")
            _write(staging / "index.html", render_index(oxi))
    finally:
        if oxi is not None:
            oxi.close()
    names = ["graph.trig", "records.json", "index.html"]
    if on_disk:
        names.append("store")
    return names


def _previous_store(previous: Path | None, copy: Path) -> OxigraphStore | None:
    """A copy of the last build's store to update in place, or None to write a new one."""
    if previous is None:
        return None
    try:
        shutil.copytree(previous, copy)
        return OxigraphStore(copy)
    except (OSError, StoreError):  # unreadable or locked: the build writes a fresh store
        shutil.rmtree(copy, ignore_errors=True)
        return None


def _write(path: Path, data: str | bytes) -> None:
    """Write one staged file."""
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def _publish(src: Path, dst: Path) -> Path:
    """Move a staged file or folder into place, replacing the old one."""
    if src.is_dir():
        old = dst.with_name(dst.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if dst.exists():
            os.replace(dst, old)
        os.replace(src, dst)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(src, dst)
    return dst
