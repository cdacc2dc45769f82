"""Metadata is taken as text or not at all (issue 12, point 12).

Non-text titles, publishers, URLs and ids never become Python reprs; a malformed query date is
refused; very deep HTML keeps its text; names hold no raw line breaks.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir
from rdflib import Literal

import diplograph
from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.graph.dataset import serialize, to_dataset
from diplograph.ingest.clean.markup import html_to_text
from diplograph.ingest.documents import Note, Skipped, iter_documents
from diplograph.query.params import literal_term
from diplograph.records import Actor, Corpus, Document, Extraction, Mention
from diplograph.resolve.actors import resolve

BODY = ("Ministers of Norway and Chile met in Oslo on Monday to discuss a trade agreement, "
        "officials said. The talks will continue in Santiago next month.")
MORE = ("The Chilean foreign minister said both sides wanted an agreement before the end of the "
        "year, and that a second round was planned.")


def ingest(*paths: Path):
    skipped: list[Skipped] = []
    notes: list[Note] = []
    docs = list(iter_documents(list(paths), published=date(2024, 3, 4), skipped=skipped,
                               notes=notes))
    return docs, skipped, notes


def reprs_in(text: str) -> list[str]:
    return [s for s in ("['", "{'", "True", "False") if s in text]


def test_manifest_fields_that_are_not_text_are_noted_and_left_out(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(BODY.replace("Oslo", "Bergen"), encoding="utf-8")
    rows = [{"path": "a.txt", "title": ["x"], "url": {"a": 1}, "publisher": True},
            {"path": "b.txt", "title": " Talks\r\n in  Bergen ", "url": 2024, "publisher": 7}]
    (tmp_path / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows),
                                             encoding="utf-8")
    docs, skipped, notes = ingest(tmp_path)
    assert skipped == []
    a, b = sorted(docs, key=lambda d: d.id)
    assert (a.title, a.url, a.publisher) == (None, None, None)
    assert sorted(n.message for n in notes if n.path.endswith("a.txt")) == [
        "publisher is a JSON boolean, not text; ignored", "title is a JSON list, not text; ignored",
        "url is a JSON object, not text; ignored"]
    assert (b.title, b.url, b.publisher) == ("Talks in Bergen", "2024", "7")
    trig = serialize(to_dataset(Corpus(tuple(docs), (), (), ())), "trig")
    assert reprs_in(trig) == [] and "\r" not in trig


def test_jsonl_fields_that_are_not_text_are_noted_and_left_out(tmp_path):
    lines = [{"id": "one", "text": BODY, "title": ["x"], "url": {"a": 1}},
             {"id": ["two"], "text": BODY, "title": "fine"},
             {"id": 3, "text": BODY.replace("Oslo", "Bergen"), "title": 3.5}]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    docs, skipped, notes = ingest(path)
    assert [(d.id, d.title, d.url) for d in docs] == [("one", None, None), ("3", "3.5", None)]
    assert skipped == [Skipped(f"{path}:2", "id is a JSON list, not text")]
    assert {n.message for n in notes} >= {"title is a JSON list, not text; ignored",
                                          "url is a JSON object, not text; ignored"}


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory) -> Path:
    return write_graph_dir(tmp_path_factory.mktemp("params"))


@pytest.mark.parametrize("value", ["2025-01-01junk", "2025-13-01", "yesterday", "2025-01-01 junk"])
def test_a_malformed_date_parameter_is_refused_in_one_line(graph_dir, value):
    result = CliRunner().invoke(main, ["query", "timeline", "-p", f"from={value}",
                                       "--graph", str(graph_dir)])
    assert result.exit_code == 1, result.output
    assert result.stderr.strip() == (f"Error: parameter from: not a valid date: {value!r} "
                                     "(expected a date, YYYY-MM-DD)")


def test_typed_parameters_take_only_their_type(graph_dir):
    with diplograph.load(graph_dir) as kg:
        dated = kg.query("timeline", **{"from": "2024-04-01"})
        assert len(dated) and (dated["date"] >= "2024-04-01").all()
        assert len(kg.query("timeline", **{"from": "2024-04-01T09:30"})) == len(dated)
        assert len(kg.query("timeline", **{"from": date(2024, 4, 1)})) == len(dated)
        for junk in ("2024-04-01junk", "2024-04", "1 April"):
            with pytest.raises(QueryError, match="not a valid date"):
                kg.query("timeline", **{"from": junk})
        with pytest.raises(QueryError, match="not a valid bool"):
            literal_term("bool", "maybe")
        with pytest.raises(QueryError, match="not a valid int"):
            literal_term("int", "3x")


def nested(depth: int) -> str:
    return ("<html><head><title>Talks in Oslo</title><style>p{}</style></head><body>"
            + "<div>" * depth + f"<p>{BODY}</p><p>{MORE}</p>" + "<script>var x = 1;</script>" + "</div>" * depth
            + "</body></html>")


@pytest.mark.parametrize("depth", [10, 300, 5000])
def test_html_nested_deeper_than_the_parser_limit_keeps_its_text(depth):
    page = html_to_text(nested(depth))
    assert page.text.split("\n") == [BODY, MORE]
    assert page.title == "Talks in Oslo"


def test_a_deep_page_is_built_not_skipped_as_furniture(tmp_path):
    (tmp_path / "deep.html").write_text(nested(1000), encoding="utf-8")
    docs, skipped, _ = ingest(tmp_path)
    assert skipped == [] and [d.title for d in docs] == ["Talks in Oslo"]
    assert "Santiago" in docs[0].text


def test_names_and_aliases_hold_no_raw_line_breaks():
    text = "Foreign Minister Sergei\rLavrov spoke. Sergei\r\nLavrov left.\tLavrov"
    doc = Document(id="d", text=text, published=date(2024, 3, 4))
    spans = [(17, 30), (38, 52)]
    lavrov = Actor("person:sergei-lavrov", "Sergei\rLavrov", "person",
                   ("Sergei\r\nLavrov", "Minister\tSergei  Lavrov", "Lavrov"),
                   tuple(Mention("d", s, e, text[s:e]) for s, e in spans))
    corpus = resolve([Extraction(doc=doc, actors=(lavrov,))])
    (actor,) = corpus.actors
    assert actor.name == "Sergei Lavrov"
    assert actor.aliases == ("Lavrov", "Minister Sergei Lavrov")
    names = [str(o) for _, p, o, _ in to_dataset(corpus).quads()
             if isinstance(o, Literal) and not str(p).endswith("anchorText")]  # the span's own text
    assert "Sergei Lavrov" in names and not [n for n in names if "\r" in n or "\n" in n]
