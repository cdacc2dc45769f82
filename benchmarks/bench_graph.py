"""Print the time of each output stage (quads, store, TriG, records.json, view model, HTML page).

A synthetic corpus of S stories, each reported by R outlets in their own words: the facts stay
the same as R grows and only the mentions multiply, so every stage should grow with S x R
(mentions) at most, never with R squared or worse.

    python benchmarks/bench_graph.py                 # S=250 with R = 1, 8, 32; S=2000 with R = 1
    python benchmarks/bench_graph.py 500x1 500x16    # stories x outlets
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

from diplograph.graph.dataset import to_quads
from diplograph.query.records_json import records_from_graph
from diplograph.records import Actor, Corpus, Document, Event, Mention, Role, Statement, StatusClaim, Timex
from diplograph.store.oxigraph import OxigraphStore
from diplograph.views import render_index
from diplograph.views.data import load_model

CAST = 120  # people shared by every story, so actors recur as they do in the news
TEXT = ("Minister {a} met Envoy {b} in Paris on Friday, {outlet} reported. "
        "\"We talked about grain {s},\" {a} said. The talks were {adj}.")
ADJECTIVES = ("useful", "long", "tense", "frank", "warm", "brief")


def _mention(doc_id: str, text: str, phrase: str) -> Mention:
    at = text.index(phrase)
    return Mention(doc_id, at, at + len(phrase), phrase)


def synthetic(stories: int, outlets: int) -> Corpus:
    """S stories, each told by R articles with their own spans, claims and roles."""
    docs: list[Document] = []
    mentions: dict[str, list[Mention]] = {}
    roles: dict[str, list[Role]] = {}
    events, statements = [], []
    for s in range(stories):
        a, b = f"Person {s % CAST}", f"Person {(s * 7 + 1) % CAST}"
        keys = (f"person:p{s % CAST}", f"person:p{(s * 7 + 1) % CAST}")
        day = date(2024, 1, 1) + timedelta(days=s % 600)
        claims, ev_mentions, st_mentions, timex = [], [], [], None
        for r in range(outlets):
            doc_id = f"s{s:05d}-o{r:03d}"
            text = TEXT.format(a=a, b=b, s=s, outlet=f"Outlet {r}", adj=ADJECTIVES[r % len(ADJECTIVES)])
            published = day + timedelta(days=1 + r % 3)
            docs.append(Document(doc_id, text, published=published, publisher=f"Outlet {r}",
                                 title=f"Story {s} by outlet {r}"))
            for key, name in zip(keys, (a, b)):
                mentions.setdefault(key, []).append(_mention(doc_id, text, name))
            roles.setdefault(keys[0], []).append(
                Role("Minister", "state:FRA", doc_id, published, _mention(doc_id, text, "Minister")))
            claims.append(StatusClaim("held", doc_id, published if r % 2 else day + timedelta(days=1), None,
                                      _mention(doc_id, text, "met")))
            ev_mentions.append(_mention(doc_id, text, "The talks"))
            st_mentions.append(_mention(doc_id, text, f"We talked about grain {s},"))
            if timex is None:
                m = _mention(doc_id, text, "on Friday")
                timex = Timex(m.start, m.end, m.text, "DATE", day.isoformat())
        events.append(Event(f"ev:{s}", "meeting", keys, tuple(claims), "Paris", timex,
                            mentions=tuple(ev_mentions)))
        statements.append(Statement(f"st:{s}", keys[0], f"We talked about grain {s},", True,
                                    st_mentions[0].doc_id, said_on=day, mentions=tuple(st_mentions)))
    actors = [Actor(k, f"Person {k.rsplit('p', 1)[1]}", "person", (), tuple(mentions[k]),
                    tuple(roles.get(k, ()))) for k in sorted(mentions)]
    actors.append(Actor("state:FRA", "France", "state"))
    return Corpus(tuple(docs), tuple(actors), tuple(events), tuple(statements))


def stages(corpus: Corpus, folder: Path) -> dict[str, float]:
    """Seconds of each stage write_outputs runs, in its order."""
    times: dict[str, float] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        out = fn(*args)
        times[name] = time.perf_counter() - start
        return out

    quads = timed("quads", to_quads, corpus)
    store = OxigraphStore(folder / "store")
    try:
        timed("store", store.inner.bulk_extend, quads)
        timed("trig", lambda: store.inner.dump(str(folder / "graph.trig"), ox.RdfFormat.TRIG))
        timed("records", records_from_graph, store)
        timed("view model", load_model, store)
        timed("page", render_index, store)  # the view model again, then the HTML
    finally:
        store.close()
    times["quad count"] = len(quads)
    return times


def main(cases: list[tuple[int, int]]) -> None:
    print(f"{'stories':>7} {'outlets':>7} {'articles':>8} {'quads':>8} {'quads s':>7} {'store s':>7} "
          f"{'trig s':>6} {'records s':>9} {'model s':>7} {'page s':>6} {'ms/article':>10}")
    for stories, outlets in cases:
        corpus = synthetic(stories, outlets)
        with tempfile.TemporaryDirectory(prefix="dg-bench-graph-") as tmp:
            t = stages(corpus, Path(tmp))
        total = sum(v for k, v in t.items() if k != "quad count")
        n = len(corpus.documents)
        print(f"{stories:>7} {outlets:>7} {n:>8} {t['quad count']:>8} {t['quads']:>7.2f} {t['store']:>7.2f} "
              f"{t['trig']:>6.2f} {t['records']:>9.2f} {t['view model']:>7.2f} {t['page']:>6.2f} "
              f"{1000 * total / n:>10.2f}")
        sys.stdout.flush()


def _case(text: str) -> tuple[int, int]:
    stories, _, outlets = text.partition("x")
    return int(stories), int(outlets or 1)


if __name__ == "__main__":
    main([_case(a) for a in sys.argv[1:]] or [(250, 1), (250, 8), (250, 32), (2000, 1), (2000, 4)])
