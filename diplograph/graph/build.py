"""Records → quads: the resolved graph states each fact once, each article graph only its provenance."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, XSD

from diplograph.graph.iris import (
    article_iri,
    iri_for,
    resolved_graph_iri,
    role_iri,
    timex_iri,
)
from diplograph.graph.namespace import DCTERMS, DG, PROV, SCHEMA, SEM, SKOS, TIME
from diplograph.graph.sentences import sentence_span
from diplograph.graph.time import bounds, timestamp_literal
from diplograph.kb.gazetteer import gazetteer, locate_place, place_label
from diplograph.kb.identifiers import (
    codes_for,
    geonames_for,
    is_entity_iri,
    same_as_for,
)
from diplograph.records import Actor, Corpus, Document, Mention, Role, Timex

log = logging.getLogger(__name__)

ACTOR_CLASS = {"person": DG.Person, "organization": DG.Organization, "state": DG.State}
KEY_PREFIX_TYPE = {"person": "person", "org": "organization", "state": "state"}
EVENT_CLASS = {"meeting": DG.Meeting, "summit": DG.Summit, "talks": DG.Talks, "negotiation": DG.Negotiation,
               "negotiations": DG.Negotiation, "conference": DG.Conference, "mediation": DG.Mediation,
               "call": DG.PhoneCall, "phone call": DG.PhoneCall, "phone": DG.PhoneCall, "visit": DG.Visit,
               "signing": DG.Signing}
EVENT_SUPERCLASS = {DG.Negotiation: DG.Talks}  # asserted too, so queries for talks need no reasoner
# looked up once: a namespace attribute costs a call, and there is a sentence node per sentence
_TYPE, _SENTENCE, _MENTION, _ARTICLE, _START, _END, _ANCHOR, _IN_SENTENCE = (
    RDF.type, DG.Sentence, DG.Mention, DG.article, DG.start, DG.end, DG.anchorText, DG.sentence)
STATUS = {"proposed": DG.Proposed, "agreed": DG.Agreed, "scheduled": DG.Scheduled,
          "held": DG.Held, "declined": DG.Declined, "cancelled": DG.Cancelled}


@lru_cache(maxsize=65536)
def _lit(value: str | int) -> Literal:
    """Plain literal; cached because names, offsets and codes repeat across a corpus."""
    return Literal(value)


class Named:
    """A named graph as the builder sees it: just its IRI (rdflib graphs are made only at flush)."""

    __slots__ = ("identifier",)

    def __init__(self, identifier: URIRef) -> None:
        self.identifier = identifier


class GraphBuilder:
    """Collects quads per graph, then hands them to an rdflib Dataset or returns them as tuples."""

    def __init__(self, corpus: Corpus, base: str, ds: Dataset | None = None) -> None:
        self.base, self.ds = base, ds
        self.docs = {d.id: d for d in corpus.documents}
        self.actors = {a.key: a for a in corpus.actors}
        self.graphs: dict[str, Named] = {}
        self.resolved = Named(resolved_graph_iri(base))
        self.quads: list[tuple] = []
        self.missing_actors: dict[str, URIRef] = {}
        self.seen_mentions: set[URIRef] = set()
        self.seen_sentences: set[URIRef] = set()
        self.places: set[URIRef] = set()

    # -- plumbing -------------------------------------------------------
    def graph(self, doc_id: str) -> Named:
        """The named graph of one article, created (with minimal metadata) on first use."""
        g = self.graphs.get(doc_id)
        if g is None:
            g = self.graphs[doc_id] = Named(article_iri(doc_id, self.base))
            if doc_id not in self.docs:
                log.warning("fact cites unknown document %r", doc_id)
                self.add(g, g.identifier, RDF.type, DG.Article)
                self.add(g, g.identifier, DCTERMS.identifier, _lit(doc_id))
        return g

    def add(self, g: Named, s, p, o) -> None:
        """Queue one quad (added to the store in bulk by flush)."""
        self.quads.append((s, p, o, g))

    def take(self) -> list[tuple]:
        """The distinct quads collected so far as (s, p, o, graph IRI), in order; the queue empties."""
        quads = [(s, p, o, g.identifier) for s, p, o, g in dict.fromkeys(self.quads)]
        self.quads = []
        return quads

    def flush(self) -> None:
        """Hand the collected quads to the Dataset's store directly (Dataset.addN re-wraps every context)."""
        quads = self.take()
        graphs: dict[URIRef, Graph] = {}
        for name in dict.fromkeys([g.identifier for g in (self.resolved, *self.graphs.values())]
                                  + [g for *_, g in quads]):
            graphs[name] = self.ds.graph(name)
        self.ds.store.addN((s, p, o, graphs[g]) for s, p, o, g in quads)

    def actor_iri(self, key: str) -> URIRef:
        """IRI of an actor key; keys not in the corpus get a minimal resolved node."""
        iri = iri_for("actor", key, self.base)
        if key not in self.actors and key not in self.missing_actors:
            self.missing_actors[key] = iri
            prefix, _, rest = key.partition(":")
            kind = KEY_PREFIX_TYPE.get(prefix, "organization")
            self.actor_core(self.resolved, iri, kind)
            known = gazetteer().entry(key)  # a state a rule added with no mention of its own: its name, not its code
            self.add(self.resolved, iri, RDFS.label, _lit(known.name if known else rest.replace("-", " ") or key))
            self.add(self.resolved, iri, DG.actorType, _lit(kind))
        return iri

    def body_key(self, of: str) -> str:
        """Role bodies may come as bare slugs ("kremlin"): map them to actor keys."""
        if ":" in of or of in self.actors:
            return of
        for prefix in ("org", "state", "person"):
            if f"{prefix}:{of}" in self.actors:
                return f"{prefix}:{of}"
        return f"org:{of}"

    def mention(self, m: Mention) -> URIRef:
        """The span's node; its description is added once however many facts cite it."""
        g = self.graph(m.doc_id)
        iri = URIRef(f"{g.identifier}#char={m.start},{m.end}")
        if iri in self.seen_mentions:
            return iri
        self.seen_mentions.add(iri)
        self.span(g, iri, m.start, m.end, _lit(m.text))
        sentence = self.sentence(g, m)
        if sentence is not None:
            self.add(g, iri, _IN_SENTENCE, sentence)
        return iri

    def sentence(self, g: Named, m: Mention) -> URIRef | None:
        """The sentence around a span, as a span of its own (one node however many spans it holds)."""
        doc = self.docs.get(m.doc_id)
        if doc is None:
            return None
        for shift in dict.fromkeys((doc.base, 0)):  # offsets absolute, or relative to text
            rel = m.start - shift
            if rel >= 0 and m.end > m.start and doc.text[rel:rel + m.end - m.start] == m.text:
                break
        else:
            return None  # the text does not check out: claim no sentence
        begin, end = sentence_span(doc.text, rel, rel + m.end - m.start)
        start = begin + shift
        iri = URIRef(f"{g.identifier}#char={start},{end + shift}")
        if iri not in self.seen_sentences:
            self.seen_sentences.add(iri)
            self.add(g, iri, _TYPE, _SENTENCE)
            self.span(g, iri, start, end + shift, Literal(doc.text[begin:end]))  # unique text: not cached
        return iri

    def span(self, g: Named, iri: URIRef, start: int, end: int, text: Literal) -> None:
        """A stretch of an article's text: mentions and the sentences around them alike."""
        self.quads += [(iri, _TYPE, _MENTION, g), (iri, _ARTICLE, g.identifier, g), (iri, _START, _lit(start), g),
                       (iri, _END, _lit(end), g), (iri, _ANCHOR, text, g)]

    def source(self, g: Named, node: URIRef, mentions: Iterable[Mention] = ()) -> None:
        """Provenance in the article's graph: the node comes from this article, at these spans."""
        self.add(g, node, PROV.wasDerivedFrom, g.identifier)
        for m in mentions:
            self.add(g, node, DG.mentionedIn, self.mention(m))

    # -- articles -------------------------------------------------------
    def document(self, doc: Document) -> None:
        """The article's own metadata, in its own graph."""
        g = self.graph(doc.id)
        a = g.identifier
        self.add(g, a, RDF.type, DG.Article)
        self.add(g, a, DCTERMS.identifier, _lit(doc.id))
        optional = ((SCHEMA.datePublished, doc.published and Literal(doc.published)),
                    (SCHEMA.publisher, doc.publisher and _lit(doc.publisher)),
                    (SCHEMA.headline, doc.title and _lit(doc.title)),
                    (SCHEMA.url, doc.url and Literal(doc.url, datatype=XSD.anyURI)),
                    (DCTERMS.language, doc.language and _lit(doc.language)),
                    (DCTERMS.source, doc.source and _lit(doc.source)),
                    (DG.contentHash, doc.content_hash and _lit(doc.content_hash)),
                    (DCTERMS.isPartOf, doc.parent and article_iri(doc.parent, self.base)))
        for p, o in optional:
            if o:
                self.add(g, a, p, o)

    # -- actors ---------------------------------------------------------
    def actor_core(self, g: Named, iri: URIRef, kind: str) -> None:
        """Type an actor with its class and dg:Actor, so queries need no reasoner."""
        self.add(g, iri, RDF.type, DG.Actor)
        if kind in ACTOR_CLASS:
            self.add(g, iri, RDF.type, ACTOR_CLASS[kind])

    def actor(self, actor: Actor) -> None:
        """The actor's description once in the resolved graph; where each article names it in that article's."""
        iri = iri_for("actor", actor.key, self.base)
        r = self.resolved
        self.actor_core(r, iri, actor.type)
        self.add(r, iri, RDFS.label, _lit(actor.name))
        self.add(r, iri, DG.actorType, _lit(actor.type))
        for alias in actor.aliases:
            self.add(r, iri, DG.alias, _lit(alias))
        for same in dict.fromkeys((*actor.same_as, *same_as_for(actor.key))):
            if is_entity_iri(same):
                self.add(r, iri, OWL.sameAs, URIRef(same))
        for code in codes_for(actor.key):
            self.add(r, iri, SKOS.notation, _lit(code))
        if geonames := geonames_for(actor.key):
            self.add(r, iri, DG.geonamesId, _lit(geonames))
        for doc_id, mentions in _by_doc(actor.mentions).items():
            self.source(self.graph(doc_id), iri, mentions)
        for role in actor.roles:
            self.role(iri, role)

    def role(self, actor: URIRef, role: Role) -> None:
        """An office the actor was seen holding: stated once, sourced in each article that says so."""
        r, g = self.resolved, self.graph(role.doc_id)
        of = self.body_key(role.of) if role.of else None
        iri = role_iri(actor, role.title, of)
        self.add(r, actor, DG.hasRole, iri)
        self.add(r, iri, RDF.type, DG.RoleAssertion)
        self.add(r, iri, DG.title, _lit(role.title))
        if of:
            self.add(r, iri, DG.roleOf, self.actor_iri(of))
        if role.observed:
            self.add(r, iri, DG.observedOn, Literal(role.observed))
        self.add(g, actor, PROV.wasDerivedFrom, g.identifier)
        self.source(g, iri, [role.mention] if role.mention else [])

    # -- places ---------------------------------------------------------
    def place(self, g: Named, name: str) -> URIRef:
        """A place named in an article; its GeoNames id and coordinates go in the resolved graph."""
        iri = iri_for("place", name, self.base)
        self.add(g, iri, RDF.type, DG.Place)
        self.add(g, iri, RDFS.label, _lit(place_label(name)))
        if iri not in self.places:
            self.places.add(iri)
            known = locate_place(name)
            if known is not None:
                self.add(self.resolved, iri, RDF.type, DG.Place)
                self.add(self.resolved, iri, DG.geonamesId, _lit(known.geonames_id))
                if known.latitude is not None and known.longitude is not None:
                    self.add(self.resolved, iri, SCHEMA.latitude, Literal(known.latitude))
                    self.add(self.resolved, iri, SCHEMA.longitude, Literal(known.longitude))
        return iri

    # -- time -----------------------------------------------------------
    def locate(self, timex: Timex, candidates: Iterable[str]) -> tuple[str, int, int, bool] | None:
        """The article a time expression was read from, its absolute offsets, and whether the text checks out."""
        candidates = list(dict.fromkeys(candidates))
        for doc_id in candidates:
            doc = self.docs.get(doc_id)
            if doc is None:
                continue
            for shift in (0, doc.base) if doc.base else (0,):  # offsets absolute, or relative to text
                rel = timex.start + shift - doc.base
                if rel >= 0 and doc.text[rel:rel + timex.end - timex.start] == timex.text:
                    return doc_id, timex.start + shift, timex.end + shift, True
        return (candidates[0], timex.start, timex.end, False) if candidates else None

    def time(self, node: URIRef, timex: Timex, candidates: Iterable[str], said_on: date | None = None) -> None:
        """The timestamps a time expression supports (resolved graph); its words in the article they came from."""
        found = self.locate(timex, candidates)
        if found is None:
            return
        doc_id, start, end, verified = found
        g, r = self.graph(doc_id), self.resolved
        t = timex_iri(doc_id, start, end, self.base)
        self.add(g, node, DG.time, t)
        self.add(g, t, RDF.type, DG.TimeExpression)
        self.add(g, t, RDFS.label, _lit(timex.text))
        self.add(g, t, DG.timexValue, _lit(timex.value))
        self.add(g, t, DG.timexType, _lit(timex.type))
        if verified:  # a span is only claimed where the article really has this text
            self.add(g, t, DG.mentionedIn, self.mention(Mention(doc_id, start, end, timex.text)))
        earliest, latest = _bounds(timex)
        self.interval(g, t, earliest, latest)
        stamp = Literal(said_on) if said_on else (
            timestamp_literal(timex.value) if timex.type in ("DATE", "TIME") else None)
        if stamp is not None:
            self.add(r, node, SEM.hasTimeStamp, stamp)
            return
        if earliest:
            self.add(r, node, SEM.hasEarliestBeginTimeStamp, Literal(earliest))
        if latest:
            self.add(r, node, SEM.hasLatestEndTimeStamp, Literal(latest))

    def interval(self, g: Named, t: URIRef, earliest: date | None, latest: date | None) -> None:
        """OWL-Time interval bounds for a time expression that covers a span of days."""
        if not (earliest or latest):
            return
        self.add(g, t, RDF.type, TIME.ProperInterval)
        for prop, day, name in ((TIME.hasBeginning, earliest, "begin"), (TIME.hasEnd, latest, "end")):
            if day:
                instant = URIRef(f"{t}/{name}")
                self.add(g, t, prop, instant)
                self.add(g, instant, RDF.type, TIME.Instant)
                self.add(g, instant, TIME.inXSDDate, Literal(day))


def _bounds(timex: Timex) -> tuple[date | None, date | None]:
    """The tagger's interval, else the one a week/quarter/half value implies."""
    if timex.earliest or timex.latest:
        return timex.earliest, timex.latest
    return bounds(timex.value) or (None, None)


def _by_doc(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """Group spans by the article they belong to (insertion order kept)."""
    out: dict[str, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.doc_id, []).append(m)
    return out
