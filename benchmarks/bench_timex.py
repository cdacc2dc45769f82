"""Print how fast the temporal tagger runs, standalone and with a spaCy parse handed in.

Usage: python benchmarks/bench_timex.py [FILE.jsonl]
       python benchmarks/bench_timex.py --dates
FILE holds one {"text", "dct"} object per line (default: the shared MEANTIME file);
without it, bundled sample articles are used. --dates prints the share of the dated
sentences of tests/timex/dates_challenge.jsonl resolved to their expected value, by form
and by batch (first: written before the rules they test; late: written after a first round).
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from diplograph.timex import tag

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "timex" / "meantime.jsonl"
DATES = Path(__file__).resolve().parents[1] / "tests" / "timex" / "dates_challenge.jsonl"


def load(path: Path | None) -> list[tuple[str, date | None]]:
    """(text, dct) pairs from a JSONL file, or the package's sample articles."""
    if path and path.exists():
        rows = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
        return [(r["text"], date.fromisoformat(r["dct"]) if r.get("dct") else None) for r in rows]
    samples = Path(__file__).resolve().parents[1] / "diplograph" / "data" / "samples"
    return [(p.read_text(encoding="utf-8"), None) for p in sorted(samples.glob("*.txt"))]


def timed(docs, parses=None) -> tuple[float, int]:
    """(seconds, expressions) for tagging every document."""
    start = time.perf_counter()
    found = sum(len(tag(text, dct, doc=parses[i] if parses else None))
                for i, (text, dct) in enumerate(docs))
    return time.perf_counter() - start, found


def dates_figure(path: Path = DATES) -> float:
    """Print and return the share of challenge sentences whose expression gets its expected value."""
    items = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    by_form: dict[str, list[int]] = {}
    for item in items:
        start = item["text"].index(item["expr"])
        end = start + len(item["expr"])
        found = [t for t in tag(item["text"], date.fromisoformat(item["dct"])) if t.start < end and start < t.end]
        got = found[0].value if found else None
        ok = (got is None or not got[:1].isdigit()) if item["value"] == "UNRESOLVED" else got == item["value"]
        for key in (item["form"], "batch " + item.get("batch", "first")):
            tally = by_form.setdefault(key, [0, 0])
            tally[0] += ok
            tally[1] += 1
        if not ok:
            print(f"  miss [{item['form']}] dct {item['dct']} {item['expr']!r}: want {item['value']}, got {got}")
    right = sum(t[0] for key, t in by_form.items() if not key.startswith("batch "))
    print("by form: " + "  ".join(f"{form} {a}/{n}" for form, (a, n) in sorted(by_form.items())))
    print(f"dates challenge: {right}/{len(items)} = {right / len(items):.3f}")
    return right / len(items)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--dates"]:
        dates_figure()
        return
    docs = load(Path(argv[0]) if argv else DEFAULT)
    chars = sum(len(t) for t, _ in docs)
    timed(docs[:3])  # warm-up: compile patterns
    for label, parses in (("standalone", None), ("with spaCy doc", "spacy")):
        if parses:
            from diplograph.timex.parse import nlp

            t0 = time.perf_counter()
            parses = list(nlp().pipe(t for t, _ in docs))
            print(f"spaCy parse (not counted below): {time.perf_counter() - t0:.2f} s")
        secs, found = timed(docs, parses)
        print(f"{label:>15}: {len(docs)} docs, {chars} chars, {found} expressions in {secs:.3f} s = "
              f"{len(docs) / secs:.0f} docs/s, {found / secs:.0f} expressions/s, "
              f"{chars / secs / 1000:.0f} k chars/s")


if __name__ == "__main__":
    main(sys.argv[1:])
