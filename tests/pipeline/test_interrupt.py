"""A build killed by SIGINT midway leaves the previous graph usable; the next build completes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import main
from diplograph.ingest.documents import sample_corpus_path

pytestmark = pytest.mark.slow  # builds three times, one of them interrupted (in a process of its own)


def _corpus(folder: Path, copies: int) -> Path:
    """The sample pages repeated under new ids, enough work for a build to be caught midway."""
    src = sample_corpus_path()
    folder.mkdir()
    rows = [json.loads(line) for line in (src / "manifest.jsonl").read_text().splitlines()]
    out = []
    for n in range(copies):
        for row in rows:
            name = f"c{n}_{row['path']}"
            shutil.copy(src / row["path"], folder / name)
            out.append({**row, "id": f"c{n}_{row['id']}", "path": name})
    (folder / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in out))
    return folder


def _build(corpus: Path, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "diplograph", "build", str(corpus), "--out", str(out),
           "--progress"]
    # a test run started in the background by a script ignores SIGINT, and a child inherits that: the build gets
    # Python's own handler back, as a build started from a terminal has
    return subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True, bufsize=1,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _build_here(corpus: Path, out: Path) -> int:
    """The same command line run by the CLI in this process (the model is already loaded)."""
    args = ["build", str(corpus), "--out", str(out), "--progress"]
    return CliRunner().invoke(main, args, catch_exceptions=False).exit_code


def test_sigint_midway_keeps_previous_outputs(tmp_path: Path, nlp) -> None:
    # Only the interrupted build needs a process of its own (to receive SIGINT); the builds
    # before and after it run the same command line in this process.
    out = tmp_path / "out"
    small = _corpus(tmp_path / "small", 1)
    assert _build_here(small, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    big = _corpus(tmp_path / "big", 3)
    proc = _build(big, out)
    seen = ""
    deadline = time.monotonic() + 240
    while "extract " not in seen and time.monotonic() < deadline:
        chunk = proc.stderr.read(64)  # the extract phase's bar appears once extraction runs
        assert chunk, f"the build ended before its extract phase showed: {seen[-300:]!r}"
        seen += chunk
    os.kill(proc.pid, signal.SIGINT)
    proc.wait(timeout=120)
    assert proc.returncode != 0
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert not list(out.glob(".staging-*"))
    records = json.loads((out / "records.json").read_text())  # still readable

    assert _build_here(big, out) == 0
    assert len(json.loads((out / "records.json").read_text())["documents"]) > len(records["documents"])
