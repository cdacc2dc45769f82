"""Statement merging when many outlets repeat the same remarks: seconds against the repeat count.

Reads the cached extractions of a built folder, copies every statement under k new article ids
(as ``bench_build.py --repeat`` does with whole pages) and times ``merge_statements`` alone,
checking that the merged statements are the same whatever k (one per remark, all copies' mentions).

    python -m diplograph build /work/shared/corpus/summit-aug --out /tmp/summit
    python benchmarks/bench_resolve.py /tmp/summit /work/shared/corpus/summit-aug 1 8 32 64
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

from diplograph.ingest.documents import iter_documents
from diplograph.pipeline.cache import ExtractionCache
from diplograph.records import Statement
from diplograph.resolve.facts import merge_statements


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


def main() -> None:
    """Time merge_statements for each repeat count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder built from the corpus (its .cache is read)")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("repeats", type=int, nargs="+")
    args = parser.parse_args()
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
