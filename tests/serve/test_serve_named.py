"""The endpoint speaks like the CLI: same prefixes, named queries over HTTP, its own offline page."""

from __future__ import annotations

import shutil
import subprocess

import httpx
import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

from diplograph.cli import main
from diplograph.serve.endpoint import start

NO_PREFIX = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t ; sem:hasPlace ?p }"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    graph_dir = write_graph_dir(tmp_path_factory.mktemp("named") / "graph")
    endpoint = start(graph_dir, port=0, timeout=10, workers=1)
    base = endpoint.url.removesuffix("query")
    yield graph_dir, base
    endpoint.stop()


def cli(graph_dir, *args: str) -> str:
    result = CliRunner().invoke(main, ["query", "--graph", str(graph_dir), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("accept", "fmt"), [("application/json", "json"), ("text/csv", "csv"),
                                             ("text/tab-separated-values", "tsv")])
def test_named_query_over_http_answers_as_the_cli_prints(served, accept, fmt):
    graph_dir, base = served
    answer = httpx.get(f"{base}queries/statements-by", params={"actor": "Okafor"},
                       headers={"accept": accept})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(accept)
    expected = cli(graph_dir, "statements-by", "-p", "actor=Okafor", "--format", fmt)
    assert answer.text == expected and "trade corridors" in expected


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl_gets_what_the_cli_prints(served):
    graph_dir, base = served
    out = subprocess.run(["curl", "-sf", "-H", "Accept: text/csv",
                          f"{base}queries/meetings-between?a=Brandt&b=Okafor"],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert out == cli(graph_dir, "meetings-between", "-p", "a=Brandt", "-p", "b=Okafor", "--format", "csv")


def test_sparqlwrapper_gets_the_same_rows(served):
    sparqlwrapper = pytest.importorskip("SPARQLWrapper")
    graph_dir, base = served
    client = sparqlwrapper.SPARQLWrapper(f"{base}query")
    client.setQuery(NO_PREFIX)
    client.setReturnFormat(sparqlwrapper.JSON)
    n = client.query().convert()["results"]["bindings"][0]["n"]["value"]
    assert n in cli(graph_dir, "--sparql", NO_PREFIX, "--format", "csv")


def test_named_query_errors_name_the_problem(served):
    _, base = served
    unknown = httpx.get(f"{base}queries/statements-by", params={"speaker": "Okafor"})
    assert unknown.status_code == 400 and "no parameter 'speaker' (parameters: actor)" in unknown.text
    misspelt = httpx.get(f"{base}queries/statements-by", params={"actor": "Tomas Okafr"})
    assert misspelt.status_code == 400 and "did you mean 'Tomas Okafor'" in misspelt.text
    assert httpx.get(f"{base}queries/no-such-query").status_code == 404


def test_endpoint_knows_the_cli_prefixes_and_refuses_updates_readably(served):
    graph_dir, base = served
    answer = httpx.get(f"{base}query", params={"query": NO_PREFIX}, headers={"accept": "text/csv"})
    assert answer.status_code == 200
    assert answer.text.split()[-1] == cli(graph_dir, "--sparql", NO_PREFIX, "--format", "csv").split()[-1]
    update = httpx.get(f"{base}query", params={"query": "INSERT DATA { <a:b> <a:c> <a:d> }"})
    assert update.status_code == 403 and "read-only" in update.text
    broken = httpx.get(f"{base}query", params={"query": "SELECT ?x WHERE { ?x dg:quote }"})
    assert broken.status_code == 400 and broken.text.count("\n") == 1 and len(broken.text) < 300
    result = CliRunner().invoke(main, ["query", "--graph", str(graph_dir), "--sparql",
                                       "PREFIX dg: <https://w3id.org/diplograph/ontology#> "
                                       "DELETE WHERE { ?s dg:quote ?q }"])
    assert result.exit_code == 1 and "read-only" in result.output and "CONSTRUCT" in result.output


def test_root_page_is_offline_and_lists_the_named_queries(served):
    _, base = served
    page = httpx.get(base)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "statements-by" in page.text and 'name="actor"' in page.text and "<textarea" in page.text
    assert "default-src 'none'" in page.text
    assert "http://" not in page.text.replace(base, "") and "https://" not in page.text
    assert "access-control-allow-origin" not in page.headers


def test_cors_is_off_by_default_and_allows_one_origin(tmp_path):
    endpoint = start(write_graph_dir(tmp_path / "graph"), port=0, workers=1,
                     cors="http://localhost:8888")
    try:
        url = endpoint.url
        answer = httpx.get(url, params={"query": NO_PREFIX})
        assert answer.headers["access-control-allow-origin"] == "http://localhost:8888"
        preflight = httpx.options(url, headers={"origin": "http://localhost:8888"})
        assert preflight.status_code == 204 and "GET" in preflight.headers["access-control-allow-methods"]
    finally:
        endpoint.stop()
