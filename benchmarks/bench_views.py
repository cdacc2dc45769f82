"""Page size and render time of the HTML views for a synthetic corpus (prints figures).

Usage: python benchmarks/bench_views.py [--events 2000] [--actors 2000] [--browser]
       python benchmarks/bench_views.py --built GRAPH_DIR [GRAPH_DIR ...] [--runs 5]

``--built`` measures the index.html of finished builds (``diplograph build ... --out GRAPH_DIR``):
its size, and the median seconds from navigation until the page is ready in headless Chromium
(network placed and labelled, timeline rows drawn), each run in a fresh browser context: as
Playwright sees it (goto until ready and an item drawn) and as the page records it (its
``dg-ready`` performance mark, set when the script has drawn both views).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from diplograph.records import (Actor, Corpus, Document, Event, Mention, Statement,
                                StatusClaim, Timex)

KINDS = ("meeting", "summit", "talks", "call", "visit", "signing")
STATUSES = ("proposed", "agreed", "scheduled", "held", "declined", "cancelled")


def synthetic_corpus(n_actors: int, n_events: int, n_statements: int, seed: int = 3) -> Corpus:
    """Invented articles, actors with skewed activity, events and statements over two years."""
    rnd = random.Random(seed)
    n_docs = max(1, n_events // 2)
    day0 = date(2023, 1, 1)
    docs = tuple(Document(f"doc-{i}", "w" * 2000, day0 + timedelta(rnd.randrange(730)),
                          f"Outlet {i % 40}", f"Headline number {i}", f"https://example.org/{i}", "en")
                 for i in range(n_docs))
    kinds = ("person", "state", "organization")
    actors = tuple(Actor(f"{kinds[i % 3]}:actor-{i}", f"Actor {i}", kinds[i % 3],
                         mentions=(Mention(f"doc-{i % n_docs}", 10, 20, f"Actor {i}"),))
                   for i in range(n_actors))
    weights = [1 / (i + 1) for i in range(n_actors)]  # a few actors take part in much

    def pick(k: int) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.key for a in rnd.choices(actors, weights, k=k)))

    events = []
    for i in range(n_events):
        doc = docs[rnd.randrange(n_docs)]
        on = doc.published - timedelta(rnd.randrange(20))
        vague = rnd.random() < 0.2
        timex = Timex(100, 110, "last month" if vague else "on Monday", "DATE",
                      on.strftime("%Y-%m") if vague else on.isoformat(),
                      on.replace(day=1) if vague else None, on.replace(day=28) if vague else None)
        claims = tuple(StatusClaim(rnd.choice(STATUSES), doc.id, doc.published)
                       for _ in range(rnd.randint(1, 2)))
        events.append(Event(f"event-{i}", rnd.choice(KINDS), pick(rnd.randint(2, 4)), claims,
                            time=timex, mentions=(Mention(doc.id, 100, 140, "met for talks"),)))
    statements = []
    for i in range(n_statements):
        doc = docs[rnd.randrange(n_docs)]
        quote = f"Statement {i}: " + " ".join(rnd.choice(("we", "talks", "peace", "soon", "agree",
                                                           "never", "trade", "border")) for _ in range(15))
        statements.append(Statement(f"st-{i}", pick(1)[0], quote, rnd.random() < 0.6, doc.id,
                                    said_on=doc.published, about=pick(1),
                                    about_events=(f"event-{rnd.randrange(n_events)}",),
                                    mentions=(Mention(doc.id, 200, 200 + len(quote), quote),)))
    return Corpus(docs, actors, tuple(events), tuple(statements))


def timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    out = fn(*args, **kwargs)
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return out


def browser_load(path: Path) -> None:
    """Seconds until the page in headless Chromium has drawn and settled."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1400, "height": 860})
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector('body[data-settled="1"]', state="attached", timeout=120000)
        print(f"{'browser: load until settled':<44} {time.perf_counter() - start:8.2f} s")
        print(f"{'browser: actors drawn / labels / rows':<44} "
              f"{page.get_attribute('#net-wrap', 'data-drawn')} / "
              f"{page.get_attribute('#net-wrap', 'data-labels')} / "
              f"{page.get_attribute('#timeline', 'data-rows')}")
        start = time.perf_counter()
        page.select_option("#group", "event")
        page.evaluate("document.getElementById('tl-scroll').scrollTop = 20000")
        page.wait_for_timeout(50)
        print(f"{'browser: regroup timeline + scroll':<44} {time.perf_counter() - start:8.2f} s")
        b.close()


READY = """() => { const items = document.querySelectorAll('#tl-rows g.item');
    return { actors: +document.getElementById('net-wrap').dataset.drawn,
             labels: window.diplograph.labels.length,
             rows: +document.getElementById('timeline').dataset.rows,
             items: items.length,
             labelled: [...items].filter(g => (g.querySelector('.item-label') || {}).textContent).length,
             years: [...document.querySelectorAll('#tl-axis text')].map(t => t.textContent)
                 .filter(t => /^(19|20)\\d\\d$/.test(t)),
             segs: document.querySelectorAll('#tl-rows g.item.event rect.seg').length,
             cores: document.querySelectorAll('#tl-rows g.item.event rect.core').length }; }"""


def built_pages(dirs: list[Path], runs: int) -> None:
    """Size and median load time of each build's index.html in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                              args=["--no-sandbox", "--disable-gpu"])
        for folder in dirs:
            path = folder / "index.html"
            print(f"{path!s:<44} {path.stat().st_size / 1e6:8.2f} MB")
            times, marks, shown = [], [], {}
            for _ in range(runs):
                context = b.new_context(viewport={"width": 1400, "height": 860})
                page = context.new_page()
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_selector('body[data-settled="1"]', state="attached", timeout=120000)
                page.wait_for_selector("#tl-rows g.item", timeout=120000)
                times.append(time.perf_counter() - start)
                marks.append(page.evaluate("performance.getEntriesByName('dg-ready')[0].startTime") / 1000)
                shown = page.evaluate(READY)
                context.close()
            print(f"{'  load until ready, median of ' + str(runs):<44} {statistics.median(times):8.2f} s"
                  f"   (runs: {', '.join(f'{t:.2f}' for t in times)})")
            print(f"{'  in the page: navigation to ready, median':<44} {statistics.median(marks):8.2f} s")
            print(f"  actors drawn {shown['actors']}, network labels {shown['labels']}, "
                  f"timeline rows {shown['rows']}, items drawn {shown['items']} "
                  f"({shown['labelled']} labelled), years on axis {' '.join(shown['years'])}, "
                  f"status segments {shown['segs']}, event bars {shown['cores']}")
        b.close()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--events", type=int, default=2000)
    ap.add_argument("--statements", type=int, default=2000)
    ap.add_argument("--browser", action="store_true", help="also time loading in Chromium")
    ap.add_argument("--built", nargs="+", type=Path, metavar="GRAPH_DIR",
                    help="measure the index.html of these build folders instead")
    ap.add_argument("--runs", type=int, default=5, help="page loads per build (--built)")
    args = ap.parse_args(argv)
    if args.built:
        return built_pages(args.built, args.runs)
    from diplograph.graph.dataset import to_dataset
    from diplograph.store.oxigraph import OxigraphStore
    from diplograph.views import render_index, write_site
    from diplograph.views.data import load_model

    corpus = timed("synthetic corpus", synthetic_corpus, args.actors, args.events, args.statements)
    ds = timed("to_dataset", to_dataset, corpus)
    print(f"quads: {len(ds)}; documents {len(corpus.documents)}, actors {args.actors}, "
          f"events {args.events}, statements {args.statements}")
    timed("load_model (rdflib Dataset)", load_model, ds)
    page = timed("render_index (rdflib Dataset, max_nodes=300)", render_index, ds)
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "store")
        store.sync(ds)
        timed("load_model (Oxigraph store)", load_model, store)
        page = timed("render_index (Oxigraph, default max_nodes=300)", render_index, store)
        print(f"{'index.html size':<44} {len(page.encode()) / 1e6:8.2f} MB")
        focus = timed("render_index focus=Actor 0", render_index, store, focus="Actor 0")
        print(f"{'focused index.html size':<44} {len(focus.encode()) / 1e6:8.2f} MB")
        out = Path(tmp) / "site"
        files = timed("write_site (Oxigraph)", write_site, store, out)
        size = sum(f.stat().st_size for f in files)
        print(f"{'site':<44} {len(files)} files, {size / 1e6:.1f} MB")
        store.close()
        if args.browser:
            path = Path(tmp) / "index.html"
            path.write_text(page, encoding="utf-8")
            browser_load(path)


if __name__ == "__main__":
    sys.exit(main())
