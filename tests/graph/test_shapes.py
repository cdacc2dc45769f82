"""Built graphs conform to ontology/shapes.ttl; graphs that break the model do not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

import corpora.graph as gc
from diplograph.graph.dataset import article_iri, iri_for, load_dataset, mention_iri, resolved_graph_iri, to_dataset
from diplograph.graph.validate import validate
from diplograph.graph.namespace import DG


@pytest.fixture()
def ds():
    return to_dataset(gc.corpus())


def test_hand_corpus_conforms(ds):
    result = validate(ds)
    assert result.conforms, result.report


def test_unresolved_actor_keys_still_conform():
    result = validate(to_dataset(replace(gc.corpus(), actors=())))
    assert result.conforms, result.report


def test_statement_without_speaker_fails(ds):
    ds.remove((iri_for("statement", gc.READY.key), DG.speaker, None, None))
    result = validate(ds)
    assert not result.conforms and "dg:speaker" in result.report.replace(str(DG._NS), "dg:")


def test_actor_without_label_fails(ds):
    ds.graph(resolved_graph_iri()).remove((iri_for("actor", gc.KENYA.key), RDFS.label, None))
    assert not validate(ds).conforms


def test_mention_ending_before_it_starts_fails(ds):
    m = gc.KELLER.mentions[0]
    node = mention_iri(m.doc_id, m.start, m.end)
    g = ds.graph(article_iri(m.doc_id))
    g.remove((node, DG.end, None))
    g.add((node, DG.end, Literal(m.start - 1)))
    assert not validate(ds).conforms


def test_claim_with_two_statuses_fails(ds):
    g = ds.graph(resolved_graph_iri())
    claim = g.value(iri_for("event", gc.MEETING.key), DG.hasStatusClaim)
    g.add((claim, DG.status, DG.Held))
    assert not validate(ds).conforms


def test_participant_that_is_not_an_actor_fails(ds):
    g = ds.graph(article_iri(gc.D2.id))
    g.add((iri_for("event", gc.CALL.key), DG.participant, article_iri(gc.D2.id)))
    assert not validate(ds).conforms


def test_sample_corpus_build_conforms(sample_build):
    result = validate(load_dataset(sample_build / "graph.trig"))
    assert result.conforms, result.report[:2000]


def test_timeline_month_not_named_by_its_month_fails(ds):
    month = next(ds.subjects(RDF.type, DG.TimelineMonth))
    wrong = URIRef(str(month).rsplit("/", 1)[0] + "/march")
    ds.graph(wrong).add((wrong, RDF.type, DG.TimelineMonth))
    assert validate(ds).conforms is False
