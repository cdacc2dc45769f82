"""Prints how fast ingest and clean-up run: the sample corpus, and one large synthetic page."""

from __future__ import annotations

import random
import time

from diplograph.ingest.clean.page import clean
from diplograph.ingest.documents import iter_documents, sample_corpus_path

_WORDS = ("the minister said talks would resume in Geneva next week after a pause of "
          "several months officials added").split()


def synthetic_page(lines: int, seed: int = 1) -> str:
    """Headline-like and paragraph-like lines in random order."""
    rnd = random.Random(seed)
    out = []
    for _ in range(lines):
        r = rnd.random()
        if r < 0.3:
            out.append(" ".join(rnd.choice(_WORDS).title() for _ in range(rnd.randint(3, 9))))
        elif r < 0.4:
            out.append("")
        else:
            out.append(" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(10, 40))) + ".")
    return "\n".join(out)


def main() -> None:
    """Time the sample corpus (10 rounds) and a ~2 MB page."""
    started = time.perf_counter()
    for _ in range(10):
        docs = list(iter_documents([sample_corpus_path()], notes=[]))
    per_round = (time.perf_counter() - started) / 10
    print(f"sample corpus: {len(docs)} documents in {per_round * 1000:.1f} ms per round")
    raw = synthetic_page(20000)
    started = time.perf_counter()
    result = clean(raw, "synthetic")
    seconds = time.perf_counter() - started
    print(f"synthetic page: {len(raw) / 2**20:.1f} MB, {len(result.removed)} lines blanked "
          f"in {seconds:.2f} s ({len(raw) / 2**20 / seconds:.2f} MB/s)")


if __name__ == "__main__":
    main()
