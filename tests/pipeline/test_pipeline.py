"""Incremental, parallel and interrupted builds give the graph a clean build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from diplograph.pipeline import outputs
from diplograph.ingest.documents import sample_corpus_path
from diplograph.pipeline.build import build


def named_graphs(folder: Path) -> dict[str, rdflib.Graph]:
    """The named graphs of a build's graph.trig, by name."""
    ds = rdflib.Dataset()
    ds.parse(folder / "graph.trig", format="trig")
    graphs = {}
    for g in ds.graphs():
        if len(g):
            copy = rdflib.Graph()
            for triple in g:
                copy.add(triple)
            graphs[str(g.identifier)] = copy
    return graphs


def assert_same_graph(a: Path, b: Path) -> None:
    """Same named graphs, each isomorphic."""
    ga, gb = named_graphs(a), named_graphs(b)
    assert ga.keys() == gb.keys()
    for name in ga:
        assert isomorphic(ga[name], gb[name]), name


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A writable copy of the sample corpus."""
    return Path(shutil.copytree(sample_corpus_path(), tmp_path / "corpus"))


def test_unchanged_rebuild_does_no_extraction(corpus: Path, tmp_path: Path, nlp) -> None:
    first = build([corpus], tmp_path / "out", nlp=nlp)
    again = build([corpus], tmp_path / "out", nlp=nlp)
    assert first.extracted == first.documents > 0
    assert again.extracted == 0
    assert again.triples == first.triples


def test_edited_article_rebuild_equals_clean_build(corpus: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "incremental"
    build([corpus], out, nlp=nlp)
    article = sorted(corpus.glob("*.txt"))[1]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe foreign minister of "
                       "Norway said on Monday that the talks would resume.\n", encoding="utf-8")
    (sorted(corpus.glob("*.txt"))[2]).unlink()
    rebuilt = build([corpus], out, nlp=nlp)
    assert rebuilt.extracted == 1
    clean = tmp_path / "clean"
    build([corpus], clean, nlp=nlp)
    assert_same_graph(out, clean)


def test_two_jobs_give_the_same_graph(corpus: Path, tmp_path: Path, nlp) -> None:
    build([corpus], tmp_path / "one", nlp=nlp, jobs=1)
    build([corpus], tmp_path / "two", jobs=2)
    assert_same_graph(tmp_path / "one", tmp_path / "two")


def test_interrupted_build_leaves_previous_outputs(corpus: Path, tmp_path: Path, nlp,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (sorted(corpus.glob("*.txt"))[0]).write_text("Leaders met in Rome on Tuesday.\n")

    def boom(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs, "_publish", boom)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], out, nlp=nlp)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert not list(out.glob(".staging-*"))
    monkeypatch.undo()
    assert build([corpus], out, nlp=nlp).documents > 0
    assert (out / "records.json").read_bytes() != before["records.json"]


def test_identical_rebuild_stops_after_ingest_but_restores_missing_outputs(
        corpus: Path, tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, nlp=nlp)
    (out / "index.html").unlink()
    again = build([corpus], out, nlp=nlp)
    assert (out / "index.html").is_file()
    third = build([corpus], out, nlp=nlp)
    assert (first.documents, first.triples) == (third.documents, third.triples)
    assert third.extracted == again.extracted == 0
    assert build([corpus], out, nlp=nlp, base="https://example.org/kg/").triples == first.triples
    assert b"https://example.org/kg/" in (out / "graph.trig").read_bytes()
