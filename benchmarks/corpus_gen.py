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
    return sorted(names, key=lambda name: (-len(name), name))  # longest first; ties by name, not by set order


OUTLETS = ("Wire A", "Wire B", "Daily C", "Herald D", "Post E", "Times F", "Gazette G", "Tribune H",
           "Courier I", "Observer J", "Journal K", "Monitor L")
# the same sentence told in another outlet's words: reporting verbs and connectives vary
_WORDING = ((" said ", " told reporters "), (" said ", " stated "), (" said.", " told reporters."),
            ("However, ", "But "), (" also ", " "), (" but ", " though "))


def generate(n: int, out: Path, seed: int = 7, *, recur: float = 1.0) -> Path:
    """Write ``n`` articles with a manifest into ``out``; returns the folder.

    With ``recur`` above 1, stories recur: each is retold by a geometric number of outlets
    (mean ``recur``, at most 40), each retelling in its own wording (reporting verbs, sentence
    choice and order, surname-only or full names, extra unrelated sentences) and on its own day.
    """
    rng = random.Random(seed)
    sentences = _sentences()
    people = _people(sentences)
    cast = [_name(rng) for _ in range(max(20, n // 10))]
    out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    while len(rows) < n:
        swap = {p: rng.choice(cast) for p in people}
        story = [_swap(rng.choice(sentences), swap, rng) for _ in range(rng.randint(8, 16))]
        day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
        tellings = 1 if recur <= 1 else min(40, 1 + int(rng.expovariate(1 / (recur - 1))))
        outlets = rng.sample(OUTLETS, min(len(OUTLETS), tellings)) + [
            f"Outlet {k}" for k in range(max(0, tellings - len(OUTLETS)))]
        for telling, outlet in enumerate(outlets[: n - len(rows)]):
            body = story if telling == 0 else _retell(story, sentences, swap, rng)
            doc_id = f"gen{len(rows):06d}"
            (out / f"{doc_id}.txt").write_text(f"{body[0]}\n" + "\n".join(body), encoding="utf-8")
            published = day + timedelta(days=0 if telling == 0 else rng.randint(0, 3))
            rows.append({"id": doc_id, "path": f"{doc_id}.txt", "published": published.isoformat(),
                         "publisher": outlet if recur > 1 else rng.choice(OUTLETS[:3])})
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    return out


def _retell(story: list[str], pool: list[str], swap: dict[str, str], rng: random.Random) -> list[str]:
    """Another outlet's version: the lead kept, most sentences kept in a new order, new wording."""
    kept = [s for s in story[1:] if rng.random() < 0.8]
    rng.shuffle(kept)
    kept[rng.randint(0, len(kept)):rng.randint(0, len(kept))] = [
        _swap(rng.choice(pool), swap, rng) for _ in range(rng.randint(0, 3))]
    out = []
    for sentence in [story[0], *kept]:
        for old, new in rng.sample(_WORDING, 2):
            sentence = sentence.replace(old, new, 1)
        out.append(sentence)
    return _surnames(out, swap, rng)


def _surnames(body: list[str], swap: dict[str, str], rng: random.Random) -> list[str]:
    """After its first full mention a name may be shortened to the surname, as outlets differ in."""
    seen: set[str] = set()
    out = []
    for sentence in body:
        for name in sorted(set(swap.values())):  # sorted: the rng draws in one order under any hash seed
            if name in sentence and name in seen and rng.random() < 0.5:
                sentence = sentence.replace(name, name.split()[-1])
            elif name in sentence:
                seen.add(name)
        out.append(sentence)
    return out


def repeat(src: Path, k: int, out: Path) -> Path:
    """``k`` copies of every article of ``src`` under new ids (the seed pages told k times over)."""
    out.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in (src / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    copies = []
    for j in range(k):
        for row in rows:
            path = f"r{j:03d}_{row['path']}"
            (out / path).write_bytes((src / row["path"]).read_bytes())
            copies.append({**row, "id": f"r{j:03d}_{row['id']}", "path": path})
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in copies)
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

    recurring = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    print(generate(int(sys.argv[1]), Path(sys.argv[2]), recur=recurring))
