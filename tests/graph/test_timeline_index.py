"""The timeline table: each dated item's day and row precomputed, and the timeline query reads them."""

from __future__ import annotations

from datetime import date

import pandas as pd
from corpora.kg import dataset
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

import diplograph
from diplograph.graph.namespace import DG, SEM, TIME
from diplograph.graph.timeline import timeline_days, timeline_rows

X = "http://example.org/"


def u(name: str) -> URIRef:
    return URIRef(X + name)


def test_an_exact_day_wins_else_the_first_day_a_vague_date_allows():
    quads = [
        (u("a"), SEM.hasTimeStamp, Literal("2024-05", datatype=XSD.gYearMonth)),
        (u("a"), SEM.hasTimeStamp, Literal(date(2024, 5, 20))),
        (u("b"), SEM.hasTimeStamp, Literal("2024-05", datatype=XSD.gYearMonth)),
        (u("c"), SEM.hasTimeStamp, Literal("2023", datatype=XSD.gYear)),
        (u("d"), SEM.hasEarliestBeginTimeStamp, Literal(date(2024, 2, 5))),
        (u("e"), DG.time, u("t")), (u("t"), TIME.hasBeginning, u("t/begin")),
        (u("t/begin"), TIME.inXSDDate, Literal(date(2024, 7, 1))),
        (u("f"), SEM.hasTimeStamp, Literal("soon")),  # no day at all
        (u("g"), SEM.hasTimeStamp, Literal("2024-02", datatype=XSD.gYearMonth)),
        (u("g"), SEM.hasEarliestBeginTimeStamp, Literal(date(2024, 1, 29))),
    ]
    assert timeline_days(quads) == {u("a"): date(2024, 5, 20), u("b"): date(2024, 5, 1),
                                    u("c"): date(2023, 1, 1), u("d"): date(2024, 2, 5),
                                    u("e"): date(2024, 7, 1), u("g"): date(2024, 1, 29)}


def test_a_row_shows_kind_type_text_status_actors_and_the_date_as_written():
    quads = [
        (u("e"), DG.eventType, Literal("talks")), (u("e"), RDFS.label, Literal("talks: A, B")),
        (u("e"), DG.currentStatus, DG.Proposed), (u("e"), DG.host, u("b")), (u("e"), DG.participant, u("a")),
        (u("e"), DG.participant, u("b")), (u("e"), SEM.hasTimeStamp, Literal("2024-06", datatype=XSD.gYearMonth)),
        (u("e"), SEM.hasEarliestBeginTimeStamp, Literal(date(2024, 6, 3))),
        (u("a"), RDFS.label, Literal("Zora Alba")), (u("b"), RDFS.label, Literal("Ana Berg")),
        (u("s"), DG.quote, Literal("We agree.")), (u("s"), DG.isDirect, Literal(True)),
        (u("s"), DG.speaker, u("a")), (u("s"), RDFS.label, Literal("a label")),
        (u("r"), DG.quote, Literal("they might")), (u("r"), DG.isDirect, Literal(False)),
    ]
    days = {u("e"): date(2024, 6, 1), u("s"): date(2024, 6, 2), u("r"): date(2024, 6, 2)}
    rows = {item: {p.rpartition("#")[2]: str(v) for p, v in row} for item, row in
            timeline_rows(reversed(quads), days).items()}
    assert rows == {
        u("e"): {"timelineKind": "event", "timelineType": "talks", "timelineText": "talks: A, B",
                 "timelineStatus": "proposed", "timelineActors": "Ana Berg; Zora Alba",
                 "timelineWhen": "2024-06"},
        u("s"): {"timelineKind": "statement", "timelineType": "direct", "timelineText": "We agree.",
                 "timelineActors": "Zora Alba"},
        u("r"): {"timelineKind": "statement", "timelineType": "reported", "timelineText": "they might"}}


def test_every_dated_item_of_a_built_graph_is_indexed_once():
    ds = dataset()
    stamped = set(ds.subjects(SEM.hasTimeStamp, None))
    indexed = list(ds.subject_objects(DG.timelineDay))
    assert stamped and stamped <= {item for item, _ in indexed}
    assert len(indexed) == len({item for item, _ in indexed})
    assert all(day.datatype == XSD.date for _, day in indexed)
    for prop in (DG.timelineKind, DG.timelineType, DG.timelineText):  # and has one row
        assert sorted(ds.subjects(prop, None)) == sorted(item for item, _ in indexed)


def test_a_date_range_is_the_whole_timeline_cut_to_those_days(tmp_path):
    from corpora.kg import write_graph_dir

    with diplograph.load(write_graph_dir(tmp_path / "g"), timeout=0) as kg:
        whole = kg.query("timeline", limit=0)
        days = sorted(whole["date"].dropna().unique())
        since, until = days[1], days[-2]
        part = kg.timeline(since.date(), until.date(), limit=0)
    expected = whole[(whole["date"] >= since) & (whole["date"] <= until)].reset_index(drop=True)
    assert 0 < len(part) < len(whole)
    pd.testing.assert_frame_equal(part.reset_index(drop=True), expected)
