"""Incremental, parallel and interrupted builds give the graph a clean build gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from diplograph.cli import main
from diplograph.graph.dataset import DEFAULT_BASE
from diplograph.ingest.documents import sample_corpus_path
from diplograph.pipeline import outputs
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


def distinct_triples(folder: Path) -> int:
    """Triples of a build's graph.trig, read from the file (not from the build's own stamp)."""
    return len({t for g in named_graphs(folder).values() for t in g})


def keep(out: Path, where: Path) -> Path:
    """A copy of a build's published files."""
    where.mkdir()
    for name in ("graph.trig", "records.json"):
        shutil.copy2(out / name, where / name)
    return where


def test_unchanged_rebuild_does_no_extraction_and_gives_the_same_graph(corpus: Path, tmp_path: Path,
                                                                      nlp) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, nlp=nlp)
    clean = keep(out, tmp_path / "clean")
    assert first.extracted == first.documents > 0
    assert first.triples == distinct_triples(clean)
    again = build([corpus], out, nlp=nlp)  # up to date: stops after ingest
    assert again.extracted == 0 and again.triples == distinct_triples(out)
    (out / ".cache" / "build.json").unlink()  # forget the stamp: resolve again from the cache
    cached = build([corpus], out, nlp=nlp)
    assert cached.extracted == 0
    assert_same_graph(out, clean)
    assert (out / "records.json").read_bytes() == (clean / "records.json").read_bytes()


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
    build([corpus], out, nlp=nlp)
    clean = keep(out, tmp_path / "clean")
    (out / "index.html").unlink()
    again = build([corpus], out, nlp=nlp)
    assert (out / "index.html").is_file()
    assert_same_graph(out, clean)
    third = build([corpus], out, nlp=nlp)
    assert third.extracted == again.extracted == 0
    assert third.triples == distinct_triples(out) == distinct_triples(clean)
    build([corpus], out, nlp=nlp, base="https://example.org/kg/")
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    assert "https://example.org/kg/" in trig
    (out / "graph.trig").write_text(trig.replace("https://example.org/kg/", DEFAULT_BASE),
                                    encoding="utf-8")
    assert_same_graph(out, clean)  # the same graph, only under another base


@pytest.mark.slow
def test_a_document_that_fails_extraction_is_flagged_with_exit_3(corpus: Path, tmp_path: Path,
                                                                   nlp, monkeypatch) -> None:
    import diplograph.extract as extraction

    victim = min(corpus.glob("*.txt"))
    real = extraction.extract_one

    def flaky(sdoc, document):
        if document.id == victim.stem:
            raise RuntimeError("boom")
        return real(sdoc, document)

    monkeypatch.setattr(extraction, "extract_one", flaky)
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"),
                                       "--no-progress"])
    assert result.exit_code == 3, result.output
    flagged = [line for line in result.stderr.splitlines() if line.startswith("flagged")]
    assert flagged == [(f"flagged {victim.name}: extraction failed (RuntimeError: boom); the article "
                        "is kept without facts")]
    monkeypatch.undo()  # fixed: the next build extracts the failed article, and only it
    again = build([corpus], tmp_path / "out", nlp=nlp)
    assert again.extracted == 1 and again.notes == [] and again.failed == []
