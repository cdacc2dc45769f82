"""Named-query latency on a generated graph of N articles, with the embedded Oxigraph store.

The graph is written directly as N-Quads following ontology/MODEL.md (the resolved graph
states each fact once, each article's graph holds only its provenance: its metadata, mentions
and which facts it reports; each dated item carries the timeline table the graph stage writes:
`dg:timelineDay` by the same rule, its exact date, else the first day of its month, and the row
the timeline query shows, in the named graph of its month), loaded into an on-disk Oxigraph store, then every named query runs with parameters picked from the data. Two figures per query: the engine alone
(SPARQL to parsed JSON rows) and the full API call (parameter binding and a typed DataFrame),
each as the median wall time and the median CPU time of the process.

    python benchmarks/bench_queries.py            # 10,000 articles
    python benchmarks/bench_queries.py -n 1000 --repeat 7
    python benchmarks/bench_queries.py --store /tmp/q10k --only timeline   # keep the store, one query
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ID = "https://w3id.org/diplograph/id/"
DG = "https://w3id.org/diplograph/ontology#"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
SEM, SCHEMA, PROV = ("http://semanticweb.cs.vu.nl/2009/11/sem/", "https://schema.org/",
                     "http://www.w3.org/ns/prov#")
EVENT_TYPES = {"meeting": "Meeting", "talks": "Talks", "call": "PhoneCall", "visit": "Visit",
               "summit": "Summit", "signing": "Signing"}
STATUSES = ("Proposed", "Agreed", "Scheduled", "Held", "Declined", "Cancelled")
ACTOR_CLASS = {"person": "Person", "state": "State", "organization": "Organization"}
RESOLVED = f"<{ID}graph/resolved>"


def d(term: str) -> str:
    """An ontology term in N-Quads form."""
    return f"<{DG}{term}>"


def lit(text: str, dtype: str | None = None) -> str:
    """A literal in N-Quads form."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{body}"^^<{XSD}{dtype}>' if dtype else f'"{body}"'


class Generator:
    """Synthetic articles: actors, events with status claims, statements and roles."""

    def __init__(self, n_articles: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.n = n_articles
        n_actors = max(60, n_articles // 4)
        kinds = ["person"] * 6 + ["state"] * 3 + ["organization"]
        self.actors = [(f"{ID}actor/a{i}", f"Actor {i:05d}", self.rng.choice(kinds))
                       for i in range(n_actors)]
        self.weights = [1.0 / (i + 1) ** 0.8 for i in range(n_actors)]  # a few actors dominate
        self.events: list[tuple[str, str, list[str]]] = []
        self.described: set[str] = set()  # events whose description is already written
        self.dated: dict[str, str] = {}  # event -> its timestamp as written (for the timeline table)
        self.lines: list[str] = []
        self.months: set[str] = set()  # the timeline's month graphs written so far

    def actor(self) -> tuple[str, str, str]:
        """An actor, the famous ones far more often."""
        return self.rng.choices(self.actors, self.weights)[0]

    def q(self, s: str, p: str, o: str, g: str) -> None:
        """Add one quad."""
        self.lines.append(f"{s} {p} {o} {g} .\n")

    def mention(self, g: str, node: str, art: str, text: str) -> None:
        """Tie a node to a span of its article."""
        start = self.rng.randrange(0, 5000)
        m = f"<{art}#char={start},{start + len(text)}>"
        self.q(node, d("mentionedIn"), m, g)
        for p, o in ((TYPE, d("Mention")), (d("article"), f"<{art}>"),
                     (d("start"), lit(str(start), "integer")),
                     (d("end"), lit(str(start + len(text)), "integer")), (d("anchorText"), lit(text))):
            self.q(m, p, o, g)

    def article(self, i: int) -> None:
        """One article graph: metadata, actors, events, statements, maybe a role."""
        art = f"{ID}article/doc-{i}"
        g, a = f"<{art}>", f"<{art}>"
        published = date(2023, 1, 1) + timedelta(days=self.rng.randrange(730))
        for p, o in ((TYPE, d("Article")), ("<http://purl.org/dc/terms/identifier>", lit(f"doc-{i}")),
                     (f"<{SCHEMA}datePublished>", lit(published.isoformat(), "date")),
                     (f"<{SCHEMA}publisher>", lit(f"Outlet {i % 40}")),
                     (f"<{SCHEMA}headline>", lit(f"Headline of article {i}"))):
            self.q(a, p, o, g)
        present = [self.actor() for _ in range(self.rng.randint(3, 8))]
        for iri, name, kind in present:
            self.q(f"<{iri}>", f"<{PROV}wasDerivedFrom>", a, g)
            self.mention(g, f"<{iri}>", art, name)
        for _ in range(self.rng.choice((1, 1, 2, 2, 3))):
            self.event(g, art, published, present)
        for _ in range(self.rng.randint(1, 5)):
            self.statement(g, art, published, present)
        if self.rng.random() < 0.6:
            self.role(g, art, published, present)

    def event(self, g: str, art: str, published: date, present: list) -> None:
        """A new event or another report of a known one, with a status claim."""
        if self.events and self.rng.random() < 0.4:
            e, etype, parts = self.rng.choice(self.events)
        else:
            etype = self.rng.choice(list(EVENT_TYPES))
            parts = list({x[0] for x in self.rng.sample(present, min(len(present), self.rng.randint(2, 3)))})
            e = f"{ID}event/e{len(self.events)}"
            self.events.append((e, etype, parts))
        node, known = f"<{e}>", e in self.described
        if not known:  # the description once, in the resolved graph
            self.described.add(e)
            for p, o in ((TYPE, d("DiplomaticEvent")), (TYPE, d(EVENT_TYPES[etype])),
                         (d("eventType"), lit(etype))):
                self.q(node, p, o, RESOLVED)
            for actor in parts:
                self.q(node, d("participant"), f"<{actor}>", RESOLVED)
        self.q(node, f"<{PROV}wasDerivedFrom>", f"<{art}>", g)
        self.mention(g, node, art, etype)
        status = self.rng.choice(STATUSES)
        claim = f"<{e}/status/{status.lower()}-{published.isoformat()}>"
        self.q(node, d("hasStatusClaim"), claim, RESOLVED)
        for p, o in ((TYPE, d("StatusClaim")), (d("status"), d(status)),
                     (d("assertedOn"), lit(published.isoformat(), "date"))):
            self.q(claim, p, o, RESOLVED)
        self.q(claim, f"<{PROV}wasDerivedFrom>", f"<{art}>", g)
        self.mention(g, claim, art, f"{etype} was planned")
        day = published - timedelta(days=self.rng.randrange(6))
        if known:
            return
        if self.rng.random() < 0.15:
            self.q(node, f"<{SEM}hasTimeStamp>", lit(day.isoformat()[:7], "gYearMonth"), RESOLVED)
            self.q(node, d("timelineDay"), lit(day.replace(day=1).isoformat(), "date"), self.month(day))
            self.dated[e] = day.isoformat()[:7]
        elif self.rng.random() < 0.9:
            self.q(node, f"<{SEM}hasTimeStamp>", lit(day.isoformat(), "date"), RESOLVED)
            self.q(node, d("timelineDay"), lit(day.isoformat(), "date"), self.month(day))
            self.dated[e] = day.isoformat()

    def statement(self, g: str, art: str, published: date, present: list) -> None:
        """A quote by an actor of the article."""
        st = f"<{ID}statement/s{len(self.lines)}>"
        speaker, name, _ = self.rng.choice(present)
        quote, direct = f"We said something on {published} ({len(self.lines)})", self.rng.choice(("true", "false"))
        row = {"Kind": "statement", "Type": "direct" if direct == "true" else "reported", "Text": quote,
               "Actors": name, "When": published.isoformat()}
        for p, o in ((TYPE, d("Statement")), (d("speaker"), f"<{speaker}>"),
                     (d("quote"), lit(quote)), (d("isDirect"), lit(direct, "boolean")),
                     (d("about"), f"<{self.rng.choice(present)[0]}>"),
                     (f"<{SEM}hasTimeStamp>", lit(published.isoformat(), "date"))):
            self.q(st, p, o, RESOLVED)
        for p, o in (*((d(f"timeline{k}"), lit(v)) for k, v in row.items()),
                     (d("timelineDay"), lit(published.isoformat(), "date"))):
            self.q(st, p, o, self.month(published))
        self.q(st, f"<{PROV}wasQuotedFrom>", f"<{art}>", g)
        self.q(st, f"<{PROV}wasDerivedFrom>", f"<{art}>", g)
        self.mention(g, st, art, "quoted words")

    def role(self, g: str, art: str, published: date, present: list) -> None:
        """An office seen for an actor of the article."""
        actor, _, _ = self.rng.choice(present)
        body = self.rng.choice(self.actors)[0]
        r = f"<{actor}/role/minister-{body.rsplit('/', 1)[1]}>"
        self.q(f"<{actor}>", d("hasRole"), r, RESOLVED)
        for p, o in ((TYPE, d("RoleAssertion")), (d("title"), lit("minister")), (d("roleOf"), f"<{body}>"),
                     (d("observedOn"), lit(published.isoformat(), "date"))):
            self.q(r, p, o, RESOLVED)
        self.q(r, f"<{PROV}wasDerivedFrom>", f"<{art}>", g)
        self.mention(g, r, art, "minister")

    def resolved(self) -> None:
        """The rest of the resolved graph: actors' labels and types, events' current statuses."""
        g = RESOLVED
        for iri, name, kind in self.actors:
            for p, o in ((TYPE, d("Actor")), (TYPE, d(ACTOR_CLASS[kind])), (LABEL, lit(name)),
                         (d("actorType"), lit(kind)), (d("alias"), lit(name.split()[-1]))):
                self.q(f"<{iri}>", p, o, g)
        names = {iri: name for iri, name, _ in self.actors}
        for e, etype, parts in self.events:
            status = self.rng.choice(STATUSES)
            self.q(f"<{e}>", d("currentStatus"), d(status), g)
            self.q(f"<{e}>", LABEL, lit(f"{etype}: {len(parts)} parties"), g)
            if e in self.dated:  # the timeline table's row, as the graph stage writes it
                row = {"Kind": "event", "Type": etype, "Text": f"{etype}: {len(parts)} parties",
                       "Status": status.lower(), "Actors": "; ".join(sorted(names[a] for a in parts)), "When": self.dated[e]}
                for k, v in row.items():
                    self.q(f"<{e}>", d(f"timeline{k}"), lit(v), self.month(date.fromisoformat(self.dated[e][:7] + "-01")))

    def month(self, day: date) -> str:
        """The named graph of the timeline rows of ``day``'s month (typed on first use)."""
        g = f"<{ID}graph/timeline/{day.isoformat()[:7]}>"
        if g not in self.months:
            self.months.add(g)
            self.q(g, TYPE, d("TimelineMonth"), g)
        return g

    def nquads(self) -> str:
        """The whole dataset as N-Quads text."""
        for i in range(self.n):
            self.article(i)
        self.resolved()
        return "".join(self.lines)


def pick_cases(store) -> list[tuple[str, str, dict]]:
    """(query, case, parameters): the busiest actor and pair, a typical actor, whole-corpus runs."""
    from diplograph.query.named import run_query

    pairs = run_query(store, "who-met-whom")
    top = pairs.iloc[0]
    typical = pairs.iloc[len(pairs) // 2]["a"]
    event = store.query("SELECT ?e (COUNT(?c) AS ?n) WHERE { ?e dg:hasStatusClaim ?c } "
                        "GROUP BY ?e ORDER BY DESC(?n) LIMIT 1").bindings[0]["e"]["value"]
    cases = [("timeline", "one month", {"from": "2024-03-01", "to": "2024-03-31"}),
             ("timeline", "everything", {}),
             ("meetings-between", "busiest pair", {"a": top["a"], "b": top["b"]}),
             ("status-history", "most claims", {"event": event}),
             ("status-history", "every event", {}),
             ("sources", "most claims", {"fact": event}),
             ("reported-by", "most claims", {"fact": event}),
             ("who-met-whom", "busiest actor", {"actor": top["a"]}),
             ("who-met-whom", "every pair", {})]
    for name in ("actor-timeline", "statements-by", "roles"):
        cases += [(name, "busiest actor", {"actor": top["a"]}), (name, "typical actor", {"actor": typical})]
    cases += [("statements-by", "every speaker", {}), ("roles", "every actor", {})]
    return cases


def python_speed() -> float:
    """Seconds for a fixed pure-Python loop: a yardstick for comparing machines."""
    t, total = time.perf_counter(), 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - t


def timed(fn, repeat: int) -> tuple[float, float, object]:
    """Median wall and CPU milliseconds of ``repeat`` runs after one warm-up, and the last result."""
    fn()  # warm caches
    times, cpu, result = [], [], None
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(times) * 1000, statistics.median(cpu) * 1000, result


def main() -> None:
    """Generate, load, and time every named query."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="keep the generated store here (reused when it exists)")
    parser.add_argument("--only", action="append", help="time only this named query (repeatable)")
    parser.add_argument("--case", action="append", help="time only this case, e.g. 'one month' (repeatable)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"pure-Python loop of 10M additions: {python_speed():.2f} s")

    from diplograph.query.named import named_queries, prepare, rows_to_frame
    from diplograph.store.oxigraph import OxigraphStore

    with tempfile.TemporaryDirectory() as tmp:
        location = args.store or Path(tmp) / "store"
        fresh = not location.exists()
        store = OxigraphStore(location)
        if fresh:
            load(store, args.articles)
        print(f"{'query':<18}{'case':<15}{'rows':>7}{'engine ms':>11}{'(CPU)':>8}{'DataFrame ms':>14}{'(CPU)':>8}")
        for name, case, params in pick_cases(store):
            if (args.only and name not in args.only) or (args.case and case not in args.case):
                continue
            query = named_queries()[name]
            text = prepare(store, query, params)
            engine, engine_cpu, rows = timed(lambda: store.query(text), args.repeat)
            api, api_cpu, _ = timed(lambda: rows_to_frame(store.query(prepare(store, query, params))),
                                    args.repeat)
            print(f"{name:<18}{case:<15}{len(rows):>7}{engine:>11.1f}{engine_cpu:>8.1f}"
                  f"{api:>14.1f}{api_cpu:>8.1f}", flush=True)
        store.close()


def load(store, articles: int) -> None:
    """Generate ``articles`` articles and bulk-load them into the store."""
    import pyoxigraph as ox

    t = time.perf_counter()
    data = Generator(articles).nquads()
    generated = time.perf_counter() - t
    t = time.perf_counter()
    store.inner.bulk_load(input=data.encode(), format=ox.RdfFormat.N_QUADS)
    store.inner.optimize()
    print(f"{articles} articles: {data.count(chr(10)):,} quads "
          f"(generated {generated:.1f} s, loaded {time.perf_counter() - t:.1f} s)")


if __name__ == "__main__":
    main()
