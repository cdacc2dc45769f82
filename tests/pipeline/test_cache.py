"""The extraction cache holds plain JSON records: a hostile cache folder can only cause a rebuild."""

from __future__ import annotations

import json
import pickle
import shutil
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import RecordDecodeError
from diplograph.ingest.documents import sample_corpus_path
from diplograph.pipeline.build import build
from diplograph.pipeline.cache import ExtractionCache
from diplograph.pipeline.codec import decode, encode
from diplograph.records import (
    Actor,
    Document,
    Event,
    Extraction,
    Mention,
    Role,
    Statement,
    StatusClaim,
    Timex,
)

MARK = "diplograph-cache-pwned"


class _Boom:
    """Unpickling this writes a marker file: the proof that a pickle ran code."""

    def __init__(self, target: str) -> None:
        self.target = target

    def __reduce__(self):
        return (Path(self.target).write_text, (MARK,))


def _extraction() -> Extraction:
    doc = Document(id="d1", text="Сергей said hello.", published=date(2025, 5, 1), title="t",
                   content_hash="abc")
    m = Mention("d1", 0, 6, "Сергей")
    tx = Timex(0, 3, "May", "DATE", "2025-05", earliest=date(2025, 5, 1), anchored=False)
    actor = Actor("person:x", "Сергей", "person", aliases=("S",), mentions=(m,),
                  roles=(Role("minister", "state:RUS", "d1", None, m),))
    event = Event("e1", "talks", ("person:x",), (StatusClaim("held", "d1", None, mention=m),),
                  time=tx, mentions=(m,))
    stmt = Statement("s1", "person:x", "hello", True, "d1", said_on=date(2025, 5, 2))
    return Extraction(doc, (actor,), (event,), (stmt,), (tx,))


def test_records_round_trip_through_plain_json() -> None:
    ex = _extraction()
    assert decode(Extraction, json.loads(json.dumps(encode(ex)))) == ex


@pytest.mark.parametrize("payload", [
    {"doc": {"id": "d", "text": "x", "__class__": "os.system"}},
    {"doc": {"id": "d", "text": 5}},
    {"doc": {"id": "d", "text": "x", "published": "2025-13-40"}},
    {"doc": {"id": "d", "text": "x"}, "actors": [{"key": "k", "name": "n", "type": "god"}]},
    {"doc": {"id": "d", "text": "x"}, "actors": {"key": "k"}},
    [1, 2, 3],
    "not an object",
])
def test_decoder_refuses_foreign_shapes(payload) -> None:
    with pytest.raises(RecordDecodeError):
        decode(Extraction, payload)


@pytest.mark.slow
def test_crafted_cache_entries_never_run_code_and_build_succeeds(tmp_path: Path, nlp) -> None:
    corpus = Path(shutil.copytree(sample_corpus_path(), tmp_path / "corpus"))
    out = tmp_path / "out"
    first = build([corpus], out, nlp=nlp, progress=False)
    folder = ExtractionCache(out / ".cache").folder
    entries = sorted(folder.glob("*.json"))
    assert entries and not list(folder.glob("*.pkl"))
    marker = tmp_path / "marker"
    evil = pickle.dumps(_Boom(str(marker)))
    # each entry replaced by something hostile: a pickle, a JSON that names a callable, bad JSON
    for i, path in enumerate(entries):
        path.write_bytes([evil,
                          json.dumps({"__reduce__": ["os.system", ["touch " + str(marker)]]}).encode(),
                          b"{\"doc\": [[[[" * 1000][i % 3])
        path.with_suffix(".pkl").write_bytes(evil)  # the old format's name, too
    (out / ".cache" / "build.json").unlink()  # force the extraction pass past the build stamp
    with pytest.warns(UserWarning, match="ignoring damaged cache entry"):
        again = build([corpus], out, nlp=nlp, progress=False)
    assert not marker.exists()
    assert again.extracted == again.documents == first.documents
    assert again.triples == first.triples
    assert not list(folder.glob("*.pkl"))  # the old format is swept away
    (out / ".cache" / "build.json").unlink()
    third = build([corpus], out, nlp=nlp, progress=False)  # rebuilt entries load again
    assert third.extracted == 0
