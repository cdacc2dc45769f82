"""No query makes diplograph reach the network: SERVICE, remote FROM and LOAD are refused everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from corpora.kg import write_graph_dir

import diplograph
from diplograph.cli import main
from diplograph.errors import FederationError, ReadOnlyError
from diplograph.serve.endpoint import free_port
from diplograph.store.guard import check_query

EMPTY_RESULT = json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": []}}).encode()


class Trap(ThreadingHTTPServer):
    """A loopback server that counts every request made to it."""

    daemon_threads = True

    def __init__(self) -> None:
        self.hits: list[str] = []
        trap = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                trap.hits.append(f"{self.command} {self.path}")
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(EMPTY_RESULT)))
                self.end_headers()
                self.wfile.write(EMPTY_RESULT)

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/sparql"


@pytest.fixture()
def trap():
    server = Trap()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory):
    return write_graph_dir(tmp_path_factory.mktemp("fed"))


def attacks(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"PREFIX t: <{url.rsplit('/', 1)[0]}/>\nSELECT * WHERE {{ SERVICE t:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } VALUES ?endpoint { <" + url + "> } }",
    ]


@pytest.mark.parametrize("store", ["memory", "oxigraph"])
def test_python_api_refuses_federation_and_sends_nothing(graph_dir, trap, store):
    kg = diplograph.load(graph_dir, store=None if store == "oxigraph" else "memory")
    for sparql in attacks(trap.url):
        with pytest.raises(FederationError):
            kg.query(sparql)
    with pytest.raises(FederationError, match="LOAD"):
        kg.query(f"LOAD <{trap.url}>")
    assert trap.hits == []


def test_cli_refuses_service_with_one_line_and_sends_nothing(graph_dir, trap):
    for sparql in attacks(trap.url):
        result = CliRunner().invoke(main, ["query", "--graph", str(graph_dir), "--sparql", sparql])
        assert result.exit_code == 1, result.output
        assert "refused" in result.output and "Traceback" not in result.output
    assert trap.hits == []


def test_an_allowed_service_is_called_only_when_named(graph_dir, trap):
    sparql = f"SELECT * WHERE {{ SERVICE <{trap.url}> {{ ?s ?p ?o }} }}"
    kg = diplograph.load(graph_dir, store="memory", allow_services=(trap.url,))
    kg.query(sparql)
    assert len(trap.hits) == 1
    other = f"SELECT * WHERE {{ SERVICE <{trap.url}x> {{ ?s ?p ?o }} }}"
    with pytest.raises(FederationError):
        kg.query(other)
    assert len(trap.hits) == 1


def test_from_a_graph_of_the_dataset_still_works(graph_dir):
    kg = diplograph.load(graph_dir)
    name = kg.store.graph_names()[0]
    frame = kg.query(f"SELECT (COUNT(*) AS ?n) FROM <{name}> WHERE {{ ?s ?p ?o }}")
    assert int(frame.iloc[0, 0]) > 0


@pytest.mark.slow
def test_endpoint_refuses_federation_in_every_protocol_form(graph_dir, trap):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--graph", str(graph_dir),
                             "--port", str(port), "--timeout", "5"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    try:
        for _ in range(300):
            try:
                httpx.get(url, params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.HTTPError:
                threading.Event().wait(0.1)
        with httpx.Client(timeout=10) as client:
            for sparql in attacks(trap.url):
                answers = [
                    client.get(url, params={"query": sparql}),
                    client.post(url, data={"query": sparql}),
                    client.post(url, content=sparql.encode(),
                                headers={"Content-Type": "application/sparql-query"}),
                ]
                for resp in answers:
                    assert resp.status_code == 403, (sparql, resp.status_code, resp.text)
                    assert "refused" in resp.text
            remote_default = client.get(url, params={"query": "SELECT * { ?s ?p ?o } LIMIT 1",
                                                     "default-graph-uri": trap.url})
            assert remote_default.status_code == 403
            fine = client.get(url, params={"query": "ASK { ?s ?p ?o }"},
                              headers={"Accept": "application/sparql-results+json"})
            assert fine.status_code == 200 and fine.json()["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert trap.hits == []


@pytest.mark.parametrize("sparql", [
    'SELECT * WHERE { ?s ?p "SERVICE <http://x/> FROM <http://y/>" }',
    "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> LOAD <http://y>",
    "SELECT * WHERE { ?s <http://example.org/SERVICE> ?o . ?s ?p '''FROM\nLOAD''' }",
    "SELECT ?service ?from WHERE { ?service ?from ?load }",
    "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ex:FROM }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
])
def test_keywords_inside_literals_iris_comments_and_names_are_not_federation(sparql):
    check_query(sparql, graphs=lambda: set())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_the_check_refuses_with_its_own_errors_only(text):
    # Arbitrary text either passes or is refused as federation or as an update; nothing else escapes.
    try:
        check_query(text, graphs=lambda: set())
    except (FederationError, ReadOnlyError):
        pass


def test_the_check_is_linear_on_hostile_text():
    import time

    def cost(n: int) -> float:
        text = "SELECT * { " + ("<" * n) + ("'a\\" * n) + ("x:" * n) + "}"
        best = float("inf")
        for _ in range(2):  # CPU time, the best of two: other jobs on the machine only ever add to it
            start = time.process_time()
            check_query(text, graphs=lambda: set())
            best = min(best, time.process_time() - start)
        return best

    small, large = cost(20_000), cost(160_000)
    assert large < 8 * small * 3 + 0.5  # 8x the input, far from the 64x of quadratic
