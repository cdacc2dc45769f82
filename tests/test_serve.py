"""`diplograph serve` as a real process: SPARQL protocol, read-only, timeout, clean stop."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from kg_corpus import write_graph_dir

from diplograph.errors import GraphNotFoundError, StoreError
from diplograph.serve.endpoint import free_port, is_loopback, start

COUNT = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e dg:eventType ?t }"
PREFIXED = "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n" + COUNT
# four copies of every triple joined with nothing in common: far beyond any timeout
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def wait_for_port(port: int, proc: subprocess.Popen) -> None:
    for _ in range(600):
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the endpoint never opened its port")


def port_closed(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return False
    except OSError:
        return True


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    """`python -m diplograph serve` on a free port, with a 1 s query timeout."""
    graph_dir = write_graph_dir(tmp_path_factory.mktemp("served"))
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "diplograph", "serve", "--graph", str(graph_dir),
                             "--port", str(port), "--timeout", "1"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_for_port(port, proc)
    yield proc, f"http://127.0.0.1:{port}/query", port
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def count(body: dict) -> int:
    return int(body["results"]["bindings"][0]["n"]["value"])


def test_get_and_post_queries_in_json_xml_and_csv(endpoint):
    _, url, _ = endpoint
    get = httpx.get(url, params={"query": PREFIXED},
                    headers={"Accept": "application/sparql-results+json"})
    assert get.status_code == 200 and count(get.json()) == 4
    form = httpx.post(url, data={"query": PREFIXED},
                      headers={"Accept": "application/sparql-results+json"})
    assert count(form.json()) == 4
    direct = httpx.post(url, content=PREFIXED, headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml"})
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert ET.fromstring(direct.content).find(".//r:literal", ns).text == "4"
    table = httpx.get(url, params={"query": PREFIXED}, headers={"Accept": "text/csv"})
    assert list(csv.reader(io.StringIO(table.text))) == [["n"], ["4"]]


def test_the_default_graph_is_the_union_of_the_article_graphs(endpoint):
    _, url, _ = endpoint
    body = httpx.get(url, params={"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"},
                     headers={"Accept": "application/json"}).json()
    assert count(body) == 4  # three articles and the resolved graph
    union = httpx.get(url, params={"query": PREFIXED}, headers={"Accept": "application/json"})
    assert count(union.json()) == 4


def test_updates_are_refused(endpoint):
    _, url, port = endpoint
    base = url.removesuffix("/query")
    update = "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }"
    for resp in (httpx.post(f"{base}/update", data={"update": update}),
                 httpx.get(f"{base}/update", params={"update": update}),
                 httpx.post(url, data={"update": update}),
                 httpx.post(f"{base}/update", content=update,
                            headers={"Content-Type": "application/sparql-update"}),
                 httpx.put(f"{base}/store", params={"graph": "http://example.org/g"},
                           content="<http://example.org/s> <http://example.org/p> 1 .",
                           headers={"Content-Type": "application/n-triples"}),
                 httpx.delete(f"{base}/store", params={"default": ""})):
        assert 400 <= resp.status_code < 500, resp.status_code
    after = httpx.get(url, params={"query": "ASK { <http://example.org/s> ?p ?o }"},
                      headers={"Accept": "application/json"}).json()
    assert after["boolean"] is False


def test_a_runaway_query_is_stopped_and_the_server_keeps_answering(endpoint):
    _, url, _ = endpoint
    answers = []

    def meanwhile():
        time.sleep(0.5)
        answers.append(httpx.get(url, params={"query": PREFIXED},
                                 headers={"Accept": "application/json"}, timeout=60))

    other = threading.Thread(target=meanwhile)
    other.start()
    resp = httpx.get(url, params={"query": RUNAWAY}, headers={"Accept": "application/json"},
                     timeout=120)
    other.join()
    # stopped by Oxigraph's cooperative timeout (the stream ends with "cancelled") or by the
    # watchdog (503 before any result, or a cut stream): never a complete answer
    assert resp.status_code == 503 or "cancelled" in resp.text or not resp.text.endswith("}")
    with pytest.raises(json.JSONDecodeError):
        json.loads(resp.text)
    assert count(answers[0].json()) == 4  # answered while the runaway ran
    again = httpx.get(url, params={"query": PREFIXED}, headers={"Accept": "application/json"})
    assert count(again.json()) == 4


def test_the_watchdog_restarts_a_server_that_ignores_its_timeout(tmp_path):
    """ORDER BY over a cartesian product only checks Oxigraph's timeout much later."""
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=1)
    try:
        first_pid = endpoint.backend.process.pid
        slow = ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1")
        resp = httpx.get(endpoint.url, params={"query": slow}, timeout=120)
        assert resp.status_code == 503 or "cancelled" in resp.text
        assert endpoint.restarts == 1
        for _ in range(300):  # the replacement server comes up in the background
            if endpoint.backend.generation == 2:
                break
            time.sleep(0.1)
        assert endpoint.backend.process.pid != first_pid
        body = httpx.get(endpoint.url, params={"query": PREFIXED},
                         headers={"Accept": "application/json"}).json()
        assert count(body) == 4
    finally:
        endpoint.stop()


def test_sigterm_stops_server_and_child_cleanly(endpoint):
    proc, url, port = endpoint
    assert httpx.get(url, params={"query": "ASK {}"}).status_code == 200
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(30) == 0
    assert b"read-only" in proc.stdout.read()
    assert port_closed(port)


def test_serving_a_folder_with_only_graph_trig_uses_a_temporary_store(tmp_path):
    graph_dir = write_graph_dir(tmp_path / "g", oxigraph=False)
    endpoint = start(graph_dir, port=0, timeout=5)
    try:
        assert endpoint.tmp is not None and endpoint.tmp.exists()
        body = httpx.get(endpoint.url, params={"query": PREFIXED},
                         headers={"Accept": "application/json"}).json()
        assert count(body) == 4
    finally:
        endpoint.stop()
    assert not endpoint.tmp.exists() and not (graph_dir / "store").exists()


def test_start_reports_a_busy_port_and_a_missing_graph(tmp_path):
    graph_dir = write_graph_dir(tmp_path / "g")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(StoreError, match="cannot listen"):
            start(graph_dir, port=busy.getsockname()[1], timeout=5)
    assert not list(tmp_path.glob("diplograph-serve-*"))
    with pytest.raises(GraphNotFoundError, match="nothing-here"):
        start(tmp_path / "nothing-here", port=free_port())


def test_only_loopback_hosts_count_as_local():
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


def test_no_server_process_outlives_its_endpoint(tmp_path):
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=5)
    pid = endpoint.backend.process.pid
    endpoint.stop()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
