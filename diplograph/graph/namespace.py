"""Python names for the ontology terms, so code cannot drift from ontology/diplograph.ttl."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

__all__ = [
    "DG", "SEM", "SCHEMA", "PROV", "TIME", "DCTERMS", "SKOS", "OWL", "RDF", "RDFS", "XSD",
    "ONTOLOGY_IRI", "PREFIXES", "PREFIX_IRIS", "SPARQL_PREFIXES", "bind_prefixes",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = SDO


class DG(DefinedNamespace):
    """The diplograph ontology (https://w3id.org/diplograph/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/diplograph/ontology#")

    # classes
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    State: URIRef
    RoleAssertion: URIRef
    Article: URIRef
    Mention: URIRef
    Sentence: URIRef
    DiplomaticEvent: URIRef
    Meeting: URIRef
    Summit: URIRef
    Talks: URIRef
    Negotiation: URIRef
    Conference: URIRef
    Mediation: URIRef
    PhoneCall: URIRef
    Visit: URIRef
    Signing: URIRef
    StatusClaim: URIRef
    TimelineMonth: URIRef
    EventStatus: URIRef
    Statement: URIRef
    Place: URIRef
    TimeExpression: URIRef
    # event status individuals
    Proposed: URIRef
    Agreed: URIRef
    Scheduled: URIRef
    Held: URIRef
    Declined: URIRef
    Cancelled: URIRef
    # properties
    alias: URIRef
    actorType: URIRef
    hasRole: URIRef
    title: URIRef
    roleOf: URIRef
    observedOn: URIRef
    mentionedIn: URIRef
    article: URIRef
    start: URIRef
    end: URIRef
    anchorText: URIRef
    sentence: URIRef
    contentHash: URIRef
    participant: URIRef
    host: URIRef
    mediator: URIRef
    eventType: URIRef
    ploverCategory: URIRef
    ploverMode: URIRef
    cameoCode: URIRef
    hasStatusClaim: URIRef
    status: URIRef
    assertedOn: URIRef
    assertedBy: URIRef
    currentStatus: URIRef
    timelineDay: URIRef
    timelineKind: URIRef
    timelineType: URIRef
    timelineStatus: URIRef
    timelineActors: URIRef
    timelineText: URIRef
    timelineWhen: URIRef
    speaker: URIRef
    quote: URIRef
    isDirect: URIRef
    about: URIRef
    time: URIRef
    timexValue: URIRef
    timexType: URIRef
    geonamesId: URIRef


PREFIXES: dict[str, Namespace] = {
    "dg": Namespace(str(DG._NS)), "sem": SEM, "schema": Namespace(str(SDO._NS)),
    "prov": Namespace(str(PROV._NS)), "time": Namespace(str(TIME._NS)),
    "dcterms": Namespace(str(DCTERMS._NS)), "skos": Namespace(str(SKOS._NS)),
    "owl": Namespace(str(OWL._NS)), "rdfs": Namespace(str(RDFS._NS)), "xsd": Namespace(str(XSD._NS)),
}
PREFIX_IRIS: dict[str, str] = {p: str(ns) for p, ns in PREFIXES.items()}  # for pyoxigraph, the guard
SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIX_IRIS.items())


def bind_prefixes(graph, base: str | None = None) -> None:
    """Give serialisations readable prefixes (and `id:` for instance IRIs when a base is given)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    if base:
        graph.bind("id", Namespace(base), override=True, replace=True)


def ontology_file(name: str = "diplograph.ttl"):
    """Locate a file shipped in ontology/ whether installed or run from the checkout."""
    from importlib.resources import files

    return files("diplograph.ontology") / name


def ontology_graph():
    """Load the ontology so code and tests read the terms from the Turtle itself."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(data=ontology_file().read_text(encoding="utf-8"), format="turtle")
    return graph
