"""Events (with dated status claims) and statements as RDF, described once however many articles report them."""

from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from diplograph.graph.build import (
    EVENT_CLASS,
    EVENT_SUPERCLASS,
    STATUS,
    GraphBuilder,
    Named,
    _by_doc,
    _lit,
)
from diplograph.graph.iris import iri_for, status_claim_iri, timeline_graph_iri
from diplograph.graph.namespace import DG, PROV, SEM
from diplograph.graph.timeline import timeline_days, timeline_rows
from diplograph.records import Corpus, Event, Statement


def build(corpus: Corpus, base: str, ds: Dataset) -> GraphBuilder:
    """Add the whole corpus to ``ds``: articles, actors, events, statements, resolved facts."""
    b = collect(corpus, base, ds)
    b.flush()
    return b


def collect(corpus: Corpus, base: str, ds: Dataset | None = None) -> GraphBuilder:
    """Queue the quads of the whole corpus: articles, actors, events, statements, resolved facts."""
    b = GraphBuilder(corpus, base, ds)
    for doc in corpus.documents:
        b.document(doc)
    for actor in corpus.actors:
        b.actor(actor)
    for event in corpus.events:
        add_event(b, event)
    for statement in corpus.statements:
        add_statement(b, statement)
    add_timeline(b)
    return b


def add_timeline(b: GraphBuilder) -> None:
    """The timeline table, one named graph per month: a month's query reads that month's rows only.

    Each row is stated once, in the graph of the month of its day (the union default graph
    still sees it once); the graph also says it is a ``dg:TimelineMonth``.
    """
    days = timeline_days(b.quads)
    months: dict[URIRef, Named] = {}
    rows = timeline_rows(b.quads, days)
    for item, day in days.items():
        name = timeline_graph_iri(day, b.base)
        g = months.get(name)
        if g is None:
            g = months[name] = Named(name)
            b.add(g, name, RDF.type, DG.TimelineMonth)
        b.add(g, item, DG.timelineDay, Literal(day))
        for prop, value in rows[item]:
            b.add(g, item, prop, value)


def _event_core(b: GraphBuilder, iri: URIRef, event: Event) -> None:
    """The event's description, stated once in the resolved graph however many articles report it."""
    r = b.resolved
    b.add(r, iri, RDF.type, DG.DiplomaticEvent)
    cls = EVENT_CLASS.get(event.type.lower().strip())
    if cls is not None:
        b.add(r, iri, RDF.type, cls)
        if cls in EVENT_SUPERCLASS:
            b.add(r, iri, RDF.type, EVENT_SUPERCLASS[cls])
    b.add(r, iri, DG.eventType, _lit(event.type))
    for prop, keys in ((DG.participant, event.participants), (DG.host, event.hosts),
                       (DG.mediator, event.mediators)):
        for key in keys:
            b.add(r, iri, prop, b.actor_iri(key))
    if event.location:
        b.add(r, iri, SEM.hasPlace, b.place(r, event.location))
    if event.plover:
        category, _, mode = event.plover.partition("/")
        b.add(r, iri, DG.ploverCategory, _lit(category))
        if mode:
            b.add(r, iri, DG.ploverMode, _lit(mode))
    if event.cameo:
        b.add(r, iri, DG.cameoCode, _lit(event.cameo))


def add_event(b: GraphBuilder, event: Event) -> None:
    """One event node and one node per distinct status claim; each article graph says which it reported."""
    iri = iri_for("event", event.key, b.base)
    r = b.resolved
    _event_core(b, iri, event)
    mentions = _by_doc(event.mentions)
    docs = list(dict.fromkeys([*mentions, *(c.doc_id for c in event.status_claims)]))
    for doc_id in docs:
        b.source(b.graph(doc_id), iri, mentions.get(doc_id, ()))
    for claim in event.status_claims:
        by = b.actor_iri(claim.asserted_by) if claim.asserted_by else None
        node = status_claim_iri(iri, claim.status, claim.asserted_on, by)
        b.add(r, iri, DG.hasStatusClaim, node)
        b.add(r, node, RDF.type, DG.StatusClaim)
        b.add(r, node, DG.status, STATUS[claim.status])
        if claim.asserted_on:
            b.add(r, node, DG.assertedOn, Literal(claim.asserted_on))
        if by is not None:
            b.add(r, node, DG.assertedBy, by)
        b.source(b.graph(claim.doc_id), node, [claim.mention] if claim.mention else [])
    if event.time is not None:
        b.time(iri, event.time, docs)
    _event_resolved(b, iri, event)


def _event_resolved(b: GraphBuilder, iri: URIRef, event: Event) -> None:
    """Corpus-level facts: the latest status and a readable label."""
    r = b.resolved
    status = event.status
    if status:
        b.add(r, iri, DG.currentStatus, STATUS[status])
    names = [b.actors[k].name if k in b.actors else k for k in event.participants]
    b.add(r, iri, RDFS.label, _lit(f"{event.type}: {', '.join(names)}" if names else event.type))


def add_statement(b: GraphBuilder, st: Statement) -> None:
    """One statement stated once; each article that reports it quotes it in its own graph."""
    iri = iri_for("statement", st.key, b.base)
    r = b.resolved
    b.add(r, iri, RDF.type, DG.Statement)
    b.add(r, iri, DG.speaker, b.actor_iri(st.speaker))
    b.add(r, iri, DG.quote, _lit(st.quote))
    b.add(r, iri, DG.isDirect, Literal(st.direct))
    for key in st.about:
        b.add(r, iri, DG.about, b.actor_iri(key))
    for key in st.about_events:
        b.add(r, iri, DG.about, iri_for("event", key, b.base))
    mentions = _by_doc(st.mentions)
    for doc_id in dict.fromkeys([st.doc_id, *mentions]):
        g = b.graph(doc_id)
        b.add(g, iri, PROV.wasQuotedFrom, g.identifier)
        b.source(g, iri, mentions.get(doc_id, ()))
    if st.time is not None:
        b.time(iri, st.time, [st.doc_id, *mentions], said_on=st.said_on)
    elif st.said_on:
        b.add(r, iri, SEM.hasTimeStamp, Literal(st.said_on))
