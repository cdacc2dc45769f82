"""CLI and API queries stop at a deadline and a row cap, as the endpoint's do (issue 12, point 7)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from corpora.kg import write_graph_dir

import diplograph
from diplograph.cli import main
from diplograph.errors import QueryTimeoutError
from diplograph.store import MemoryStore, RemoteStore
from diplograph.store.deadline import DEFAULT_MAX_ROWS, Limits

pytestmark = pytest.mark.slow  # each test waits out a deadline or spawns query processes

# About 4.7e10 rows to count: hours of work, in constant memory, for either engine.
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PAIRS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"  # ~200,000 rows
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("limits")
    return {"oxigraph": write_graph_dir(base / "ox"),
            "memory": write_graph_dir(base / "mem", oxigraph=False)}


def processes_reading(folder: Path) -> list[int]:
    """Live processes whose command line names ``folder`` (query workers left behind)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if str(folder).encode() in cmdline:
                found.append(int(entry.name))
    return found


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_cli_stops_a_cartesian_query_at_the_deadline_with_one_line(folders, kind):
    started = time.monotonic()
    result = CliRunner().invoke(main, ["query", "--graph", str(folders[kind]), "--timeout", "1",
                                       "--sparql", CARTESIAN])
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "1 s deadline" in lines[0] and "--timeout" in lines[0]
    assert elapsed < 15
    assert processes_reading(folders[kind]) == []  # the query's process is gone, not orphaned


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_api_deadline_stops_one_query_and_the_next_one_answers(folders, kind):
    with diplograph.load(folders[kind], timeout=1) as kg:
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="1 s deadline"):
            kg.query(CARTESIAN)
        assert time.monotonic() - started < 15
        assert kg.query(TRIPLES, timeout=20).iloc[0, 0] > 100


def test_an_in_memory_dataset_is_stopped_too(folders):
    kg = diplograph.api.KnowledgeGraph.from_dataset(MemoryStore.from_file(
        folders["memory"] / "graph.trig").dataset())
    with pytest.raises(QueryTimeoutError):
        kg.query(CARTESIAN, timeout=1)


@pytest.mark.parametrize("kind", ["oxigraph", "memory"])
def test_answers_are_cut_at_the_endpoint_row_cap_with_a_warning(folders, kind):
    with diplograph.load(folders[kind]) as kg:
        with pytest.warns(UserWarning, match=f"cut at {DEFAULT_MAX_ROWS} rows"):
            frame = kg.query(PAIRS)
        assert len(frame) == DEFAULT_MAX_ROWS and frame.attrs["truncated"] == DEFAULT_MAX_ROWS
        with pytest.warns(UserWarning, match="cut at 7 rows"):
            assert len(kg.query("SELECT ?s WHERE { ?s ?p ?o }", max_rows=7)) == 7
        with warnings.catch_warnings():
            warnings.filterwarnings("error", message="the answer was cut")
            whole = kg.query("SELECT ?s WHERE { ?s ?p ?o }", max_rows=0)
        assert len(whole) == kg.query(TRIPLES).iloc[0, 0] and not whole.attrs


def test_named_queries_take_the_limits(folders):
    with diplograph.load(folders["oxigraph"]) as kg:
        everything = kg.query("timeline")
        assert len(everything) > 1
        with pytest.warns(UserWarning):
            assert len(kg.query("timeline", max_rows=1)) == 1
    result = CliRunner().invoke(main, ["query", "timeline", "--graph", str(folders["oxigraph"]),
                                       "--max-rows", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "cut at 1 rows" in result.output and "--max-rows" in result.output


_CAPPED = """
import sys
from pathlib import Path
from diplograph.errors import QueryError
from diplograph.store import MemoryStore
from diplograph.store.deadline import Limits
store = MemoryStore.from_file(Path(sys.argv[1]))
try:
    store.query(sys.argv[2], Limits(timeout=60, max_rows=1, memory_mb=32))
except QueryError as exc:
    print("capped:", exc)
print("after:", len(store.query(sys.argv[3], Limits(timeout=20)).bindings))
"""


def test_a_memory_cap_ends_the_query_not_the_caller(folders):
    # In a fresh interpreter, as a script or a notebook kernel calling the API runs: the cap counts on top of what the
    # process maps, and a test runner's heap, left large and partly free by earlier tests, would absorb the query.
    ordered = PAIRS + " ORDER BY ?a ?c ?f"  # sorting ~200,000 rows needs them all in memory
    done = subprocess.run([sys.executable, "-c", _CAPPED, str(folders["memory"] / "graph.trig"), ordered, TRIPLES],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "capped:" in done.stdout and "out of memory" in done.stdout, done.stdout
    assert "after: 1" in done.stdout, done.stdout


class SlowServer(ThreadingHTTPServer):
    """A SPARQL server that takes far too long to answer."""

    daemon_threads = True

    def __init__(self) -> None:
        release = self.release = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                release.wait(30)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()


def test_a_remote_store_is_given_up_at_the_deadline():
    server = SlowServer()
    try:
        store = RemoteStore.from_url(f"http://127.0.0.1:{server.server_address[1]}/query")
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError):
            store.query(TRIPLES, Limits(timeout=1))
        assert time.monotonic() - started < 10
        store.close()
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
