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
from corpora.kg import write_graph_dir

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
    def ask(query: str) -> int:
        return count(httpx.get(url, params={"query": "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                                                      + query},
                               headers={"Accept": "application/json"}).json())
    graphs = ask("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }")
    months = ask("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a dg:TimelineMonth } }")
    assert months >= 1  # the timeline table, one graph per month with dated rows
    assert graphs - months == 4  # three articles and the resolved graph
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


def test_a_runaway_query_is_killed_in_its_own_process_only(tmp_path):
    """ORDER BY over a cartesian product ignores cooperative timeouts: its process is killed."""
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=1, workers=2)
    try:
        before = set(endpoint.pids())
        slow = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"
        resp = httpx.get(endpoint.url, params={"query": slow}, timeout=30)
        assert resp.status_code == 503 and "ran past the 1 s limit" in resp.text
        assert endpoint.kills == 1
        for _ in range(300):  # the replacement process comes up in the background
            if len(endpoint.pids()) == 2:
                break
            time.sleep(0.1)
        after = set(endpoint.pids())
        assert len(after) == 2 and len(before & after) == 1  # one process replaced, one untouched
        body = httpx.get(endpoint.url, params={"query": PREFIXED},
                         headers={"Accept": "application/json"}).json()
        assert count(body) == 4
    finally:
        endpoint.stop()


@pytest.mark.slow
def test_stopping_a_runaway_query_never_fails_another_clients_query(tmp_path):
    """Queries that arrive while (and just after) a runaway is stopped all get their answer."""
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=2, workers=2)
    results: list[int] = []

    def client(delay: float) -> None:
        time.sleep(delay)
        resp = httpx.get(endpoint.url, params={"query": PREFIXED},
                         headers={"Accept": "application/json"}, timeout=30)
        results.append(count(resp.json()) if resp.status_code == 200 else resp.status_code)

    try:
        for _ in range(2):
            others = [threading.Thread(target=client, args=(d,)) for d in (0.5, 1.5, 1.9, 2.0, 2.1, 2.5)]
            for t in others:
                t.start()
            runaway = httpx.get(endpoint.url, params={"query": RUNAWAY}, timeout=30)
            for t in others:
                t.join(30)
            assert runaway.status_code == 503
        assert results == [4] * 12
        assert endpoint.kills == 2
    finally:
        endpoint.stop()


def test_a_full_queue_answers_503_at_once(tmp_path):
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=3, workers=1, queue=0)
    try:
        hog = threading.Thread(target=lambda: httpx.get(endpoint.url, params={"query": RUNAWAY},
                                                         timeout=30))
        hog.start()
        time.sleep(0.5)
        began = time.monotonic()
        resp = httpx.get(endpoint.url, params={"query": PREFIXED}, timeout=30)
        assert resp.status_code == 503 and "busy" in resp.text
        assert resp.headers["retry-after"] and time.monotonic() - began < 1.0
        hog.join(30)
    finally:
        endpoint.stop()


def test_answers_are_cut_at_max_rows_and_flagged(tmp_path):
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=5, max_rows=3)
    try:
        resp = httpx.get(endpoint.url, params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                         headers={"Accept": "application/json"})
        assert len(resp.json()["results"]["bindings"]) == 3
        assert resp.headers["x-diplograph-truncated"] == "3"
        small = httpx.get(endpoint.url, params={"query": PREFIXED}, headers={"Accept": "text/csv"})
        assert "x-diplograph-truncated" not in small.headers
    finally:
        endpoint.stop()


def raw(port: int, data: bytes, wait: float = 5.0) -> bytes:
    """Send raw bytes, return what comes back before the server closes or ``wait`` passes."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except TimeoutError:
            pass
        return b"".join(chunks)


def test_hostile_host_headers_and_lengths_get_a_status_not_a_traceback(endpoint):
    proc, url, port = endpoint
    q = "/query?query=ASK%7B%7D"
    rebinding = httpx.get(url, params={"query": "ASK {}"}, headers={"Host": f"evil.example:{port}"})
    assert rebinding.status_code == 421
    for name in ("localhost", "127.0.0.1", "[::1]"):
        ok = httpx.get(url, params={"query": "ASK {}"}, headers={"Host": f"{name}:{port}"})
        assert ok.status_code == 200, name
    assert raw(port, f"GET {q} HTTP/1.0\r\n\r\n".encode()).startswith(b"HTTP/1.1 400")
    assert raw(port, f"GET {q} HTTP/1.1\r\nHost: [::1\r\n\r\n".encode()).startswith(b"HTTP/1.1 400")
    for length in (b"abc", b"-1", b"1e3", b"99999999999999999999999"):
        answer = raw(port, b"POST /query HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                           b"application/sparql-query\r\nContent-Length: " + length + b"\r\n\r\nASK {}")
        assert answer.startswith((b"HTTP/1.1 400", b"HTTP/1.1 413")), (length, answer[:80])
        assert b"Traceback" not in answer
    assert proc.poll() is None
    assert httpx.get(url, params={"query": "ASK {}"}).status_code == 200


@pytest.mark.slow
def test_half_open_connections_neither_block_others_nor_live_forever(endpoint):
    _, url, port = endpoint
    idle = []
    for _ in range(100):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: local")  # never finished
        idle.append(sock)
    try:
        began = time.monotonic()
        assert httpx.get(url, params={"query": "ASK {}"}, timeout=10).status_code == 200
        assert time.monotonic() - began < 2
        deadline = time.monotonic() + 25  # the header deadline is 10 s
        closed = 0
        for sock in idle:
            sock.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                closed += sock.recv(1) == b""
            except OSError:
                pass
        assert closed == len(idle)
    finally:
        for sock in idle:
            sock.close()


@pytest.mark.slow
def test_fifty_concurrent_clients_are_all_answered_promptly(endpoint):
    _, url, _ = endpoint
    times: list[float] = []

    def one() -> None:
        began = time.monotonic()
        resp = httpx.get(url, params={"query": PREFIXED}, headers={"Accept": "application/json"},
                         timeout=30)
        assert count(resp.json()) == 4
        times.append(time.monotonic() - began)

    threads = [threading.Thread(target=one) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(times) == 50 and max(times) < 10


def test_serve_switches_to_a_new_build_atomically(tmp_path):
    from corpora.kg import dataset
    from rdflib import Literal, URIRef

    from diplograph.pipeline.outputs import _publish
    from diplograph.store import write_store

    graph_dir = write_graph_dir(tmp_path / "g")
    endpoint = start(graph_dir, port=0, timeout=5)
    ask = "ASK { <http://example.org/new> ?p ?o }"
    try:
        assert httpx.get(endpoint.url, params={"query": ask}).json()["boolean"] is False
        ds = dataset()
        ds.add((URIRef("http://example.org/new"), URIRef("http://example.org/p"), Literal(1)))
        write_store(ds, graph_dir / ".staging-test" / "store")
        _publish(graph_dir / ".staging-test" / "store", graph_dir / "store")  # as a build does
        answers = []
        for _ in range(100):  # ≤ 10 s: the old build answers until the new one is ready
            body = httpx.get(endpoint.url, params={"query": ask}).json()
            answers.append(body["boolean"])
            if body["boolean"]:
                break
            time.sleep(0.1)
        assert answers[-1] is True and endpoint.switches == 1
        assert answers == sorted(answers)  # never back to the old build
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


def test_no_query_process_outlives_its_endpoint(tmp_path):
    endpoint = start(write_graph_dir(tmp_path / "g"), port=0, timeout=5)
    pids = endpoint.pids()
    assert len(pids) == 2
    endpoint.stop()
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
