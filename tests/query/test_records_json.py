"""records.json comes out of the graph in the scorer's format, deterministic and complete."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import Dataset

import corpora.graph as gc
from diplograph.graph.dataset import iri_for, load_dataset, serialize, to_dataset
from diplograph.query.records_json import FIELDS, field_query, records_from_graph

SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
GOLD = Path(__file__).resolve().parents[1] / "golden" / "mini_gold.json"


@pytest.fixture(scope="module")
def records():
    return records_from_graph(to_dataset(gc.corpus()))


def by_id(items):
    return {item["id"]: item for item in items}


def test_top_level_and_field_order(records):
    assert list(records) == ["documents", "actors", "events", "statements"]
    assert list(records["documents"][0]) == ["id", "published", "publisher", "title"]
    assert list(records["actors"][0]) == ["id", "name", "type", "aliases", "documents"]
    assert list(records["events"][0]) == ["id", "type", "participants", "status", "date", "location",
                                          "documents"]
    assert list(records["statements"][0]) == ["id", "speaker", "date", "quote", "documents"]


def test_documents_include_teasers_with_null_dates(records):
    docs = by_id(records["documents"])
    assert set(docs) == {gc.D1.id, gc.D2.id, gc.D3.id}
    assert docs[gc.D1.id]["published"] == "2024-03-04"
    assert docs[gc.D3.id] == {"id": gc.D3.id, "published": None, "publisher": None, "title": None}


def test_actors_carry_names_aliases_and_documents(records):
    actors = by_id(records["actors"])
    keller = actors[str(iri_for("actor", gc.KELLER.key))]
    assert keller["name"] == "Tomas Keller" and keller["type"] == "person"
    assert keller["aliases"] == sorted(gc.KELLER.aliases)
    assert keller["documents"] == sorted([gc.D1.id, gc.D2.id])
    oduya = actors[str(iri_for("actor", gc.ODUYA.key))]
    assert gc.D3.id in oduya["documents"]


def test_event_is_one_record_with_latest_status_and_week_date(records):
    events = by_id(records["events"])
    meeting = events[str(iri_for("event", gc.MEETING.key))]
    assert meeting["status"] == "scheduled"
    assert meeting["date"] == "2024-W11"
    assert meeting["location"] == "Geneva"
    assert meeting["documents"] == sorted([gc.D1.id, gc.D2.id])
    assert meeting["participants"] == sorted(str(iri_for("actor", k)) for k in gc.MEETING.participants)
    call = events[str(iri_for("event", gc.CALL.key))]
    assert (call["date"], call["status"], call["location"]) == ("2024-03-08", "held", None)


def test_statements_keep_quote_speaker_date(records):
    sts = by_id(records["statements"])
    ready = sts[str(iri_for("statement", gc.READY.key))]
    assert ready["quote"] == gc.QUOTE
    assert ready["speaker"] == str(iri_for("actor", gc.KELLER.key))
    assert ready["date"] == "2024-03-04"
    assert ready["documents"] == sorted([gc.D1.id, gc.D2.id])


def test_event_without_date_or_status_gives_nulls():
    bare = replace(gc.CALL, time=None, status_claims=())
    records = records_from_graph(to_dataset(replace(gc.corpus(), events=(bare,))))
    (event,) = records["events"]
    assert (event["date"], event["status"]) == (None, None)
    assert event["documents"] == [gc.D2.id]


def test_lists_are_sorted_and_output_is_deterministic(records):
    for kind in ("documents", "actors", "events", "statements"):
        ids = [item["id"] for item in records[kind]]
        assert ids == sorted(ids)
    again = records_from_graph(to_dataset(gc.corpus()))
    assert json.dumps(again, sort_keys=False) == json.dumps(records, sort_keys=False)


def test_reads_from_a_loaded_graph_and_a_non_union_dataset(records, tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text(serialize(to_dataset(gc.corpus()), "trig"), encoding="utf-8")
    assert records_from_graph(load_dataset(path)) == records
    plain = Dataset()
    plain.parse(path, format="trig")
    assert records_from_graph(plain) == records


def test_every_field_query_names_a_sparql_select():
    for kind, (_, paths) in FIELDS.items():
        for name in paths:
            assert field_query(kind, name).startswith("SELECT DISTINCT ?x ?v WHERE")


@pytest.mark.skipif(not SCORER.is_file(), reason="shared/eval/score.py not beside the checkout")
def test_scorer_reads_the_records_and_matches_a_hand_gold(records, tmp_path):
    pred = tmp_path / "records.json"
    pred.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    assert report["overall"] == pytest.approx(1.0)
    assert report["events"]["accuracy"]["date"]["value"] == pytest.approx(1.0)
