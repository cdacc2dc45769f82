"""Every command and code block of the README runs on the bundled sample, so the README cannot drift."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from diplograph.cli import main
from diplograph.ingest.documents import sample_corpus_path
from diplograph.pipeline.export import EXPORT_FORMATS
from diplograph.query.named import run_query
from diplograph.serve.endpoint import free_port
from diplograph.store import open_graph_dir

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI = str(Path(sys.executable).parent / "diplograph")
SETUP = "python3.11 -m venv .venv && .venv/bin/pip install . && .venv/bin/diplograph build"


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def commands(block: str) -> list[list[str]]:
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


@pytest.fixture()
def workdir(tmp_path: Path, sample_build: Path) -> Path:
    """A folder laid out like a fresh clone after the set-up: the sample, and graph/ built from it."""
    shutil.copytree(sample_corpus_path(), tmp_path / "diplograph" / "ingest" / "sample")
    shutil.copytree(sample_build, tmp_path / "graph")
    return tmp_path


def run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess:
    if argv[0] == "diplograph":  # the console script: `python -m` would put the work folder,
        argv = [CLI, *argv[1:]]     # whose diplograph/ingest/sample/ copy shadows the package, first
    done = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600, env=os.environ)
    assert done.returncode == 0, f"{shlex.join(argv)}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


def test_setup_is_two_commands_that_exist():
    setup = [b.strip() for b in blocks("bash")[:2]]
    assert setup == [SETUP, "bash .ci/run"]
    assert (ROOT / ".ci" / "run").is_file()
    assert "activate" in README and ".venv/bin/diplograph" in README
    assert "7 documents" in README and "teaser" in README


@pytest.mark.slow
def test_setup_build_reports_the_documents_the_readme_promises(tmp_path: Path, sample_build: Path):
    shutil.copytree(sample_build, tmp_path / "graph")  # the build the set-up runs, cache warm
    done = run(["diplograph", "build"], tmp_path)
    assert "built 7 documents" in done.stderr


def run_in_process(argv: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Result:
    """A ``diplograph`` command line run by the CLI in this process, from ``cwd`` (model already loaded)."""
    assert argv[0] == "diplograph", argv
    monkeypatch.chdir(cwd)
    done = CliRunner().invoke(main, argv[1:], catch_exceptions=False)
    assert done.exit_code == 0, f"{shlex.join(argv)}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return done


@pytest.mark.slow
def test_every_tour_command_runs_on_the_sample(workdir: Path, monkeypatch: pytest.MonkeyPatch):
    # In-process: the same command lines through the same click group; the console script itself
    # runs as a real process in the set-up, serve and python-block tests.
    tour = blocks("bash")[2]
    for argv in commands(tour):
        done = run_in_process(argv, workdir, monkeypatch)
        if argv[1:2] == ["query"] and "--list" not in argv:
            assert "(no results)" not in done.stdout and done.stdout.count("\n") >= 2, argv
    assert (workdir / "graph.gexf").is_file() and (workdir / "site" / "index.html").is_file()


@pytest.mark.slow
def test_serve_and_curl_lines_run_on_the_sample(workdir: Path):
    port = str(free_port())
    lines = [[w.replace("7878", port) for w in argv] for argv in commands(blocks("bash")[3])]
    serve, *clients = lines
    assert serve[:2] == ["diplograph", "serve"] and serve[-1] == "&"
    proc = subprocess.Popen([CLI, *serve[1:-1]], cwd=workdir,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", int(port)), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        if shutil.which("curl") is None:
            pytest.skip("curl is not installed")
        for argv in clients:
            out = run(argv, workdir).stdout
            assert len(out.splitlines()) >= 2, argv
    finally:
        proc.terminate()
        proc.wait(30)


@pytest.mark.slow
def test_python_block_runs_on_the_sample(workdir: Path):
    (code,) = [b for b in blocks("python")]
    script = workdir.parent / "readme.py"  # beside, not inside: its folder goes first on sys.path
    script.write_text(code + "\nassert len(kg.timeline()) > 0\n"
                      "assert len(kg.query('statements-by', actor='Peskov')) > 0\n", encoding="utf-8")
    run([sys.executable, str(script)], workdir)
    assert (workdir / "network.gexf").is_file()


def test_sparql_examples_answer_on_the_sample(sample_build: Path):
    examples = blocks("sparql")
    assert len(examples) == 2
    with open_graph_dir(sample_build) as store:
        for text in examples:
            assert len(run_query(store, text)) > 0, text


def test_readme_lists_every_export_format():
    listed = re.search(r"--format jsonld --out graph.jsonld\s+# ([\w|]+)", README)[1].split("|")
    assert sorted(listed) == sorted(EXPORT_FORMATS)
