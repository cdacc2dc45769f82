"""Statement and event merging at scale: seconds against the repeat count.

Reads the cached extractions of a built folder, copies every statement under k new article ids
(as ``bench_build.py --repeat`` does with whole pages) and times ``merge_statements`` alone,
checking that the merged statements are the same whatever k (one per remark, all copies' mentions).
With ``--events``, every event (actor keys resolved) is copied k times under new article ids,
each copy's days shifted by 37 days more (a corpus k times as long, as busy on each day), and
``merge_events_keyed`` is timed in CPU seconds, with a memo and again with the memo of that run
plus 1 % more events (an incremental build's resolution).

    python -m diplograph build /work/shared/corpus/summit-aug --out /tmp/summit
    python benchmarks/bench_resolve.py /tmp/summit /work/shared/corpus/summit-aug 1 8 32 64
    python benchmarks/bench_resolve.py --events OUT CORPUS 1 3 10    # OUT built from a generated corpus
"""

from __future__ import annotations

import argparse
import re
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from diplograph.ingest.documents import iter_documents
from diplograph.pipeline.cache import ExtractionCache
from diplograph.records import Event, Statement
from diplograph.resolve.actors import _remap_event, actor_keymap
from diplograph.resolve.facts import merge_events_keyed, merge_statements
from diplograph.resolve.memo import Memo


def statements(out: Path, corpus: Path) -> list[Statement]:
    """The statements of every cached extraction of the corpus."""
    cache = ExtractionCache(out / ".cache")
    found = [cache.get(doc) for doc in iter_documents([corpus])]
    return [st for ex in found if ex is not None for st in ex.statements]


def repeated(items: list[Statement], k: int) -> list[Statement]:
    """Every statement as k articles would carry it: the same words under k article ids."""
    out = []
    for copy in range(k):
        for st in items:
            doc = f"{st.doc_id}~{copy}"
            out.append(replace(st, key=f"{st.key}~{copy}", doc_id=doc,
                               mentions=tuple(replace(m, doc_id=doc) for m in st.mentions)))
    return out


def events(out: Path, corpus: Path) -> list[Event]:
    """The events of every cached extraction of the corpus, actor keys resolved as a build does."""
    cache = ExtractionCache(out / ".cache")
    found = [ex for ex in (cache.get(doc) for doc in iter_documents([corpus])) if ex is not None]
    keymap = actor_keymap(a for ex in found for a in ex.actors)
    return [_remap_event(ev, keymap) for ex in found for ev in ex.events]


def shifted(ev: Event, copy: int) -> Event:
    """One event as copy ``copy`` of the corpus carries it: other article ids, days 37 x copy later."""
    if copy == 0:
        return ev
    delta, doc = timedelta(days=37 * copy), f"~{copy}"
    mentions = tuple(replace(m, doc_id=m.doc_id + doc) for m in ev.mentions)
    claims = tuple(replace(c, doc_id=c.doc_id + doc, asserted_on=c.asserted_on and c.asserted_on + delta,
                           mention=c.mention and replace(c.mention, doc_id=c.mention.doc_id + doc))
                   for c in ev.status_claims)
    time_ = ev.time
    if time_ is not None:
        value = time_.value
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
            value = (date.fromisoformat(value[:10]) + delta).isoformat() + value[10:]
        time_ = replace(time_, value=value, earliest=time_.earliest and time_.earliest + delta,
                        latest=time_.latest and time_.latest + delta)
    return replace(ev, key=ev.key + doc, mentions=mentions, status_claims=claims, time=time_)


def main_events(out: Path, corpus: Path, repeats: list[int]) -> None:
    """CPU seconds of merge_events_keyed from scratch and with the last run's memo after +1 %."""
    base = events(out, corpus)
    print(f"{len(base)} events in the cached extractions")
    print(f"{'k':>4}{'events':>8}{'merged':>8}{'CPU s':>8}{'+1% CPU s':>10}{'reused clusters':>16}{'redone':>7}")
    for k in repeats:
        items = [shifted(ev, c) for c in range(k) for ev in base]
        extra = [replace(shifted(ev, k), key=ev.key + "+") for ev in base[:max(1, len(items) // 100)]]
        memo = Memo()
        started = time.process_time()
        merged, _ = merge_events_keyed(items, memo)
        first = time.process_time() - started
        again = Memo(memo.next.events, memo.next.pairs, memo.next.event_groups)
        started = time.process_time()
        merge_events_keyed(items + extra, again)
        added = time.process_time() - started
        print(f"{k:>4}{len(items):>8}{len(merged):>8}{first:>8.1f}{added:>10.1f}"
              f"{again.reused['event clusters']:>16}{again.worked['event clusters']:>7}", flush=True)


def main() -> None:
    """Time merge_statements (or, with --events, merge_events_keyed) for each repeat count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", action="store_true", help="time event merging instead")
    parser.add_argument("out", type=Path, help="a folder built from the corpus (its .cache is read)")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("repeats", type=int, nargs="+")
    args = parser.parse_args()
    if args.events:
        main_events(args.out, args.corpus, args.repeats)
        return
    base = statements(args.out, args.corpus)
    print(f"{len(base)} statements in the cached extractions")
    print(f"{'k':>4}{'statements':>12}{'merged':>8}{'seconds':>9}")
    for k in args.repeats:
        items = repeated(base, k)
        started = time.perf_counter()
        merged = merge_statements(items)
        print(f"{k:>4}{len(items):>12}{len(merged):>8}{time.perf_counter() - started:>9.2f}", flush=True)


if __name__ == "__main__":
    main()
