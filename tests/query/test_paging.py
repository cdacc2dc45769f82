"""Listings come a page at a time (limit / offset) and say when more rows follow: API, CLI, endpoint."""

from __future__ import annotations

from contextlib import nullcontext

import httpx
import pandas as pd
import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

import diplograph
from diplograph.cli import main
from diplograph.errors import QueryError
from diplograph.query.named import page, run_query
from diplograph.serve.endpoint import start


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return write_graph_dir(tmp_path_factory.mktemp("paging") / "graph")


def test_pages_join_up_to_the_whole_listing(graph_dir):
    with diplograph.load(graph_dir, timeout=0) as kg:
        whole = kg.query("timeline", limit=0)
        assert len(whole) > 3 and "next_offset" not in whole.attrs
        pages, offset = [], 0
        while True:
            with pytest.warns(UserWarning, match="more rows follow") if offset + 2 < len(whole) else nullcontext():
                part = kg.query("timeline", limit=2, offset=offset)
            pages.append(part)
            if "next_offset" not in part.attrs:
                break
            assert part.attrs["next_offset"] == offset + 2 and len(part) == 2
            offset = part.attrs["next_offset"]
    joined = pd.concat(pages, ignore_index=True)
    pd.testing.assert_frame_equal(joined, whole)


def test_page_refuses_what_it_cannot_page():
    select = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s"
    assert page(select, 3, 6).rstrip().endswith("LIMIT 3 OFFSET 6")
    assert page(select, 0, 6).rstrip().endswith("OFFSET 6") and "LIMIT" not in page(select, 0, 6)
    for text in ("ASK { ?s ?p ?o }", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                 "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"):
        with pytest.raises(QueryError):
            page(text, 3)
    with pytest.raises(QueryError):
        page(select, -1)
    # a LIMIT inside a subquery is no LIMIT of the whole query
    assert "LIMIT 2" in page("SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 9 } }", 2)


def test_a_default_page_stops_at_the_cap(graph_dir, monkeypatch):
    from diplograph.query import named

    monkeypatch.setattr(named, "DEFAULT_PAGE", 2)
    with diplograph.load(graph_dir, timeout=0) as kg:
        first = run_query(kg.store, "timeline")
        own = run_query(kg.store, "SELECT ?s WHERE { ?s ?p ?o }")  # SPARQL text: no default page
    assert len(first) == 2 and first.attrs["next_offset"] == 2
    assert len(own) > 2 and "next_offset" not in own.attrs


def test_cli_pages_and_notes_the_next_offset(graph_dir):
    result = CliRunner().invoke(
        main, ["query", "timeline", "--graph", str(graph_dir), "--limit", "2", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 3  # header and two rows
    assert "--offset 2" in result.stderr
    last = CliRunner().invoke(
        main, ["query", "timeline", "--graph", str(graph_dir), "--limit", "0", "--format", "csv"])
    assert "more rows" not in last.stderr


@pytest.mark.slow
def test_endpoint_pages_named_queries(graph_dir):
    endpoint = start(graph_dir, port=0, timeout=10, workers=1)
    try:
        base = endpoint.url.removesuffix("query")
        first = httpx.get(f"{base}queries/timeline", params={"limit": "2"}, headers={"accept": "text/csv"})
        assert first.status_code == 200 and first.headers["x-diplograph-next-offset"] == "2"
        rest = httpx.get(f"{base}queries/timeline", params={"offset": "2", "limit": "0"},
                         headers={"accept": "text/csv"})
        whole = httpx.get(f"{base}queries/timeline", headers={"accept": "text/csv"})
        assert "x-diplograph-next-offset" not in whole.headers
        assert first.text + rest.text.split("\n", 1)[1] == whole.text
        bad = httpx.get(f"{base}queries/timeline", params={"limit": "two"})
        assert bad.status_code == 400 and "limit" in bad.text
    finally:
        endpoint.stop()
