"""Print how fast records become RDF and come back out as records.json (synthetic corpus)."""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta

from diplograph.graph.dataset import to_dataset
from diplograph.records import Actor, Corpus, Document, Event, Mention, Role, Statement, StatusClaim, Timex


def synthetic(n_docs: int) -> Corpus:
    """Invented articles, each with two people, one event, one status claim and two statements."""
    docs, actors, events, statements = [], [], [], []
    for i in range(n_docs):
        doc_id = f"doc-{i:06d}"
        day = date(2024, 1, 1) + timedelta(days=i % 300)
        text = f"Minister Person{i} met Envoy Person{i + 1} on Friday. \"We talked about grain {i}.\""
        docs.append(Document(doc_id, text, published=day, publisher="Bench Wire", title=f"Story {i}"))
        m = Mention(doc_id, 0, 8, text[:8])
        for j in (i, i + 1):
            actors.append(Actor(f"person:p{j}-{i}", f"Person {j}", "person", (f"P{j}",), (m,),
                                (Role("Minister", "state:FRA", doc_id, day, m),)))
        events.append(Event(f"ev:{i}", "meeting", (f"person:p{i}-{i}", f"person:p{i + 1}-{i}"),
                            (StatusClaim("held", doc_id, day, None, m),), "Paris",
                            Timex(40, 49, "on Friday", "DATE", day.isoformat()), mentions=(m,)))
        for k in range(2):
            statements.append(Statement(f"st:{i}-{k}", f"person:p{i}-{i}", f"We talked about grain {i}.",
                                        True, doc_id, said_on=day, mentions=(m,)))
    return Corpus(tuple(docs), tuple(actors), tuple(events), tuple(statements))


def main(n_docs: int = 2000) -> None:
    corpus = synthetic(n_docs)
    records = len(corpus.documents) + len(corpus.actors) + len(corpus.events) + len(corpus.statements)
    t0, c0 = time.perf_counter(), time.process_time()
    ds = to_dataset(corpus)
    t1, c1 = time.perf_counter(), time.process_time()
    quads = sum(1 for _ in ds.quads())
    print(f"to_dataset: {records} records, {quads} quads in {t1 - t0:.2f}s wall, {c1 - c0:.2f}s CPU "
          f"= {records / (c1 - c0):,.0f} records per CPU second")
    try:
        from diplograph.query.records_json import records_from_graph
    except ImportError:
        return
    t2, c2 = time.perf_counter(), time.process_time()
    out = records_from_graph(ds)
    t3, c3 = time.perf_counter(), time.process_time()
    print(f"records_from_graph: {sum(len(v) for v in out.values())} records in {t3 - t2:.2f}s wall, "
          f"{c3 - c2:.2f}s CPU")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
