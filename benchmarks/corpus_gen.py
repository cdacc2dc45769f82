"""Generate realistic synthetic news corpora for benchmarks, seeded and reproducible."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path

from diplograph.ingest.documents import iter_documents, sample_corpus_path

_SYLLABLES = ("ka", "mi", "ro", "lan", "ve", "dor", "sa", "ti", "nov", "ber", "el", "mar",
              "qui", "zen", "ol", "pa", "dri", "gu", "son", "la")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SENT = re.compile(r"[^\n]+?(?:[.!?][’”\"']?(?=\s)|$)")


def _name(rng: random.Random) -> str:
    """An invented, pronounceable two-part person name."""
    part = lambda k: "".join(rng.choice(_SYLLABLES) for _ in range(k)).capitalize()  # noqa: E731
    return f"{part(2)} {part(rng.choice((2, 3)))}"


def _sentences() -> list[str]:
    """Body sentences of the bundled sample corpus (boilerplate already blanked)."""
    out: list[str] = []
    for doc in iter_documents([sample_corpus_path()], related=False):
        for line in doc.text.splitlines():
            out += [m.group(0).strip() for m in _SENT.finditer(line) if len(m.group(0)) > 40]
    return out


def _people(sentences: list[str]) -> list[str]:
    """Person names spaCy finds in the sample sentences (to swap for invented ones)."""
    from diplograph.extract.nlp import load_nlp

    nlp = load_nlp()
    names = {e.text for d in nlp.pipe(sentences) for e in d.ents if e.label_ == "PERSON"}
    return sorted(names, key=len, reverse=True)


def generate(n: int, out: Path, seed: int = 7) -> Path:
    """Write ``n`` articles with a manifest into ``out``; returns the folder."""
    rng = random.Random(seed)
    sentences = _sentences()
    people = _people(sentences)
    cast = [_name(rng) for _ in range(max(20, n // 10))]
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        swap = {p: rng.choice(cast) for p in people}
        body = [_swap(rng.choice(sentences), swap, rng) for _ in range(rng.randint(8, 16))]
        doc_id = f"gen{i:06d}"
        (out / f"{doc_id}.txt").write_text(f"{body[0]}\n" + "\n".join(body), encoding="utf-8")
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        rows.append({"id": doc_id, "path": f"{doc_id}.txt", "published": day.isoformat(),
                     "publisher": rng.choice(("Wire A", "Wire B", "Daily C"))})
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    return out


def _swap(sentence: str, swap: dict[str, str], rng: random.Random) -> str:
    """Replace names (surname-only forms too) and weekdays in one sentence."""
    for old, new in swap.items():
        sentence = sentence.replace(old, new)
        if " " in old:
            sentence = sentence.replace(old.split()[-1], new.split()[-1])
    for day in _WEEKDAYS:
        if day in sentence:
            sentence = sentence.replace(day, rng.choice(_WEEKDAYS))
    return sentence


if __name__ == "__main__":
    import sys

    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
