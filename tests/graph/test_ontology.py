"""The ontology parses, documents every term and matches the Python namespace both ways."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.graph import namespace as ns
from diplograph.graph.namespace import DG, ontology_graph

NS = str(DG._NS)


@pytest.fixture(scope="module")
def onto():
    return ontology_graph()


def ttl_terms(onto) -> set[str]:
    subjects = {s for s in onto.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}
    return {str(s)[len(NS):] for s in subjects}


def python_terms() -> set[str]:
    return {name for name in DG.__annotations__ if not name.startswith("_")}


def test_every_turtle_term_is_in_python(onto):
    assert ttl_terms(onto) - python_terms() == set()


def test_every_python_term_is_in_turtle(onto):
    assert python_terms() - ttl_terms(onto) == set()


def test_unknown_term_fails():
    with pytest.raises(AttributeError):
        DG.NotATerm  # noqa: B018


def test_every_term_is_labelled_and_commented(onto):
    for name in python_terms():
        term = DG[name]
        assert onto.value(term, RDFS.label), f"{name} has no rdfs:label"
        assert onto.value(term, RDFS.comment), f"{name} has no rdfs:comment"


def test_every_term_is_declared(onto):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
    for name in python_terms():
        assert set(onto.objects(DG[name], RDF.type)) & kinds, name


@pytest.mark.parametrize("sub, sup", [
    (DG.Actor, ns.SEM.Actor), (DG.Person, ns.SCHEMA.Person), (DG.State, ns.SCHEMA.Country),
    (DG.Organization, ns.SCHEMA.Organization), (DG.DiplomaticEvent, ns.SEM.Event),
    (DG.DiplomaticEvent, ns.SCHEMA.Event), (DG.Statement, ns.SCHEMA.Quotation),
    (DG.Article, ns.SCHEMA.NewsArticle), (DG.Article, ns.PROV.Entity), (DG.Place, ns.SEM.Place),
    (DG.TimeExpression, ns.TIME.TemporalEntity), (DG.Meeting, DG.DiplomaticEvent),
    (DG.Negotiation, DG.Talks), (DG.Conference, DG.DiplomaticEvent), (DG.Mediation, DG.DiplomaticEvent),
])
def test_class_alignments(onto, sub, sup):
    assert (sub, RDFS.subClassOf, sup) in onto


@pytest.mark.parametrize("sub, sup", [
    (DG.participant, ns.SEM.hasActor), (DG.speaker, ns.PROV.wasAttributedTo),
    (DG.assertedBy, ns.PROV.wasAttributedTo), (DG.currentStatus, ns.SCHEMA.eventStatus),
    (DG.alias, SKOS.altLabel), (DG.quote, ns.SCHEMA.text), (DG.about, ns.SCHEMA.about),
])
def test_property_alignments(onto, sub, sup):
    assert (sub, RDFS.subPropertyOf, sup) in onto


def test_status_individuals_have_codes(onto):
    codes = {str(onto.value(s, SKOS.notation)) for s in onto.subjects(RDF.type, DG.EventStatus)}
    assert codes == {"proposed", "agreed", "scheduled", "held", "declined", "cancelled"}
