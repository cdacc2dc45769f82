"""The build and export commands as a user runs them (click CliRunner)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.ingest.documents import sample_corpus_path

SAMPLE_IDS = {"000_5bcbbfcb0c79b4a4", "001_6a7339b56b2a9298", "003_c74240d693193563",
              "004_6cdc3d5257f765de"}


def run(*args: str):
    """Invoke the CLI, keeping stderr apart from stdout."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_default_build_writes_the_three_outputs(sample_build: Path) -> None:
    for name in ("graph.trig", "records.json", "index.html"):
        assert (sample_build / name).stat().st_size > 0, name
    records = json.loads((sample_build / "records.json").read_text())
    assert {d["id"] for d in records["documents"]} >= SAMPLE_IDS
    assert records["actors"] and records["statements"]


def test_build_reports_skipped_inputs_with_exit_3(tmp_path: Path, nlp) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text(
        "Ministers met in Oslo on Monday.\nThe Norwegian foreign minister said the talks "
        "were useful.\n", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-progress",
                 "--published", "2024-03-04")
    assert result.exit_code == 3, result.output
    assert "empty.txt" in result.stderr and "blob.txt" in result.stderr
    assert "Traceback" not in result.output
    records = json.loads((tmp_path / "out" / "records.json").read_text())
    assert [d["id"] for d in records["documents"]] == ["good"]
    assert records["documents"][0]["published"] == "2024-03-04"


def test_build_of_missing_input_is_a_clean_error(tmp_path: Path) -> None:
    result = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "nope" in result.stderr and "Traceback" not in result.output


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", "--published", "2024-13-40", "--out", str(tmp_path))
    assert result.exit_code == 2
    assert "2024-13-40" in result.output


@pytest.mark.parametrize("fmt,parse", [("turtle", "turtle"), ("trig", "trig"),
                                       ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_rdf_formats_parse(sample_build: Path, fmt: str, parse: str) -> None:
    result = run("export", str(sample_build), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    ds = rdflib.Dataset()
    ds.parse(data=result.stdout, format=parse)
    assert len(ds) > 100


def test_export_records_and_html(sample_build: Path, tmp_path: Path) -> None:
    result = run("export", str(sample_build), "--format", "records")
    assert json.loads(result.stdout)["documents"]
    out = tmp_path / "view.html"
    assert run("export", str(sample_build), "--format", "html", "--out", str(out)).exit_code == 0
    assert out.read_text().lstrip().lower().startswith("<!doctype html")


def test_export_of_a_folder_without_graph_fails_cleanly(tmp_path: Path) -> None:
    result = run("export", str(tmp_path), "--format", "trig")
    assert result.exit_code == 1
    assert str(tmp_path) in result.stderr


def test_no_related_drops_teaser_documents(tmp_path: Path, nlp) -> None:
    src = tmp_path / "in"
    shutil.copytree(sample_corpus_path(), src)
    with_rel = run("build", str(src), "--out", str(tmp_path / "a"), "--no-progress")
    without = run("build", str(src), "--out", str(tmp_path / "b"), "--no-related", "--no-progress")
    assert with_rel.exit_code == without.exit_code == 0
    ids_a = {d["id"] for d in json.loads((tmp_path / "a" / "records.json").read_text())["documents"]}
    ids_b = {d["id"] for d in json.loads((tmp_path / "b" / "records.json").read_text())["documents"]}
    assert ids_b == SAMPLE_IDS
    assert any("#related-" in i for i in ids_a - ids_b)
