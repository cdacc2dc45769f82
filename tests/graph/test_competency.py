"""Competency questions the graph must answer by SPARQL: status history, statements, sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import corpora.graph as gc
from diplograph.graph.dataset import iri_for, to_dataset
from diplograph.graph.namespace import DG

PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

WHO_ASSERTED_STATUS = PREFIXES + """
SELECT ?status ?on ?who ?doc WHERE {
  ?event dg:hasStatusClaim ?claim .
  ?claim dg:status ?status .
  GRAPH ?g { ?claim prov:wasDerivedFrom ?g }   # the article graph that made the claim
  ?g dcterms:identifier ?doc .
  OPTIONAL { ?claim dg:assertedOn ?on }
  OPTIONAL { ?claim dg:assertedBy/rdfs:label ?who }
} ORDER BY ?on"""

STATEMENTS_BY = PREFIXES + """
SELECT ?date ?quote (GROUP_CONCAT(?doc; separator="|") AS ?sources) WHERE {
  ?st dg:speaker ?actor ; dg:quote ?quote ; sem:hasTimeStamp ?date ; prov:wasQuotedFrom ?a .
  ?a dcterms:identifier ?doc .
} GROUP BY ?st ?date ?quote ORDER BY ?date ?st"""

ARTICLES_SUPPORTING = PREFIXES + """
SELECT DISTINCT ?doc WHERE { ?s ?p ?o . ?s prov:wasDerivedFrom ?a . ?a dcterms:identifier ?doc }
ORDER BY ?doc"""

EARLIER = replace(gc.TRADE, key="st:keller-earlier", speaker="person:tomas-keller", time=None,
                  said_on=date(2024, 3, 1), quote="Geneva is a good place to talk",
                  mentions=(gc.span(gc.D2, "Keller earlier said"),))


@pytest.fixture(scope="module")
def ds():
    corpus = gc.corpus()
    return to_dataset(replace(corpus, statements=(*corpus.statements, EARLIER)))


def test_who_asserted_the_status_of_a_meeting_and_when(ds):
    rows = ds.query(WHO_ASSERTED_STATUS, initBindings={"event": iri_for("event", gc.MEETING.key)})
    got = [(r.status, str(r.on), str(r.who), str(r.doc)) for r in rows]
    assert got == [(DG.Proposed, "2024-03-04", "Tomas Keller", gc.D1.id),
                   (DG.Scheduled, "2024-03-09", "Lena Oduya", gc.D2.id)]


def test_all_statements_by_an_actor_in_date_order_with_sources(ds):
    rows = ds.query(STATEMENTS_BY, initBindings={"actor": iri_for("actor", gc.KELLER.key)})
    got = [(str(r.date), str(r.quote), sorted(str(r.sources).split("|"))) for r in rows]
    assert got == [("2024-03-01", EARLIER.quote, [gc.D2.id]),
                   ("2024-03-04", gc.QUOTE, sorted([gc.D1.id, gc.D2.id]))]


@pytest.mark.parametrize("s, p, o, docs", [
    (iri_for("event", gc.MEETING.key), DG.participant, iri_for("actor", gc.ODUYA.key), [gc.D1.id, gc.D2.id]),
    (iri_for("event", gc.CALL.key), DG.participant, iri_for("actor", gc.KENYA.key), [gc.D2.id]),
    (iri_for("statement", gc.READY.key), DG.speaker, iri_for("actor", gc.KELLER.key), [gc.D1.id, gc.D2.id]),
    (iri_for("actor", gc.ODUYA.key), None, None, [gc.D1.id, gc.D3.id, gc.D2.id]),
])
def test_every_article_supporting_a_fact(ds, s, p, o, docs):
    bindings = {k: v for k, v in (("s", s), ("p", p), ("o", o)) if v is not None}
    rows = ds.query(ARTICLES_SUPPORTING, initBindings=bindings)
    assert [str(r.doc) for r in rows] == sorted(docs)


def test_example_queries_in_model_doc_run_and_answer(ds):
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "ontology" / "MODEL.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sparql\n(.*?)```", text, flags=re.S)
    assert len(blocks) >= 2
    for query in blocks:
        assert len(list(ds.query(query))) >= 2, query
