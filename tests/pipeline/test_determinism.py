"""Outputs do not depend on the interpreter: a second run with another hash seed is byte-identical.

Comparing two runs in one process cannot catch an order that follows ``hash()`` (sets of
strings, dicts keyed by them): both runs share the seed. The second run here is a fresh
interpreter with another ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import corpora.graph as gc
import pytest

from diplograph.graph.dataset import to_dataset
from diplograph.query.records_json import records_from_graph

pytestmark = pytest.mark.slow  # each test starts a fresh interpreter

OUTPUTS = ("graph.trig", "records.json", "index.html")


def other_seed() -> str:
    """A hash seed unlike this process's (which is random unless PYTHONHASHSEED is set)."""
    return "1" if os.environ.get("PYTHONHASHSEED") != "1" else "2"


def in_fresh_interpreter(code: str, *args: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": other_seed(),
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True,
                          check=True, timeout=900).stdout


def test_records_of_one_corpus_do_not_follow_the_hash_seed():
    code = ("import json, sys\nimport corpora.graph as gc\n"
            "from diplograph.graph.dataset import to_dataset\n"
            "from diplograph.query.records_json import records_from_graph\n"
            "sys.stdout.buffer.write(json.dumps(records_from_graph(to_dataset(gc.corpus()))).encode())\n")
    there = in_fresh_interpreter(code)
    assert there == json.dumps(records_from_graph(to_dataset(gc.corpus()))).encode()


def test_a_build_in_another_interpreter_writes_the_same_bytes(sample_build: Path, tmp_path: Path):
    out = tmp_path / "again"
    in_fresh_interpreter("import sys\nfrom diplograph.pipeline.build import build\n"
                         "build(None, sys.argv[1], progress=False)\n", str(out))
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (sample_build / name).read_bytes(), name
