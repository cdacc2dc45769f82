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


CHALLENGE = Path(__file__).resolve().parents[1] / "challenge"
# Items whose single-item build once followed the hash seed: a surname alone ("Nour", "Mehra")
# tied between two full names went to whichever the set of candidates listed first.
SEED_SENSITIVE = ("evbp-008", "evbp2-006")
HASH_SEEDS = ("0", "1", "2")  # between them, each item above came out two ways before the fix

BUILD_EACH_ITEM = """
import json, sys, tempfile
from pathlib import Path
from diplograph.extract import extract
from diplograph.graph.dataset import to_dataset
from diplograph.ingest.documents import iter_documents
from diplograph.query.records_json import records_from_graph
from diplograph.resolve.actors import resolve
out = {}
with tempfile.TemporaryDirectory() as tmp:
    for line in sys.stdin:
        item = json.loads(line)
        corpus = Path(tmp) / (item["id"] + ".jsonl")
        corpus.write_text(json.dumps({k: item[k] for k in ("id", "text", "published")}), encoding="utf-8")
        docs = list(iter_documents([str(corpus)]))
        out[item["id"]] = records_from_graph(to_dataset(resolve(list(extract(docs)))))
sys.stdout.write(json.dumps(out, sort_keys=True))
"""


def test_single_item_builds_do_not_follow_the_hash_seed():
    lines = [line for path in sorted(CHALLENGE.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and json.loads(line)["id"] in SEED_SENSITIVE]
    assert len(lines) == len(SEED_SENSITIVE)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [subprocess.Popen([sys.executable, "-c", BUILD_EACH_ITEM], env={**env, "PYTHONHASHSEED": seed},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            for seed in HASH_SEEDS]
    outputs = [json.loads(run.communicate("\n".join(lines), timeout=600)[0]) for run in runs]
    assert set(outputs[0]) == set(SEED_SENSITIVE)
    for seed, output in zip(HASH_SEEDS[1:], outputs[1:], strict=True):
        for item in SEED_SENSITIVE:
            assert output[item] == outputs[0][item], (item, seed)
