"""A build that adds articles to the last one re-merges only what they touch, and equals a build from scratch."""

from __future__ import annotations

import base64
import json
import random
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.pipeline.build import RESOLVE_MEMO, build, load_memo
from diplograph.records import Actor, Document, Event, Extraction, Mention, Statement, StatusClaim, Timex

STATES = {"Russia": "state:RUS", "Ukraine": "state:UKR", "France": "state:FRA", "Turkey": "state:TUR",
          "Brazil": "state:BRA"}
SPEAKERS = {"Anna Petrova": "person:anna-petrova", "Luis Ortega": "person:luis-ortega"}
QUOTES = ("The ceasefire must hold and talks must resume next week.",
          "Talks must resume next week if the ceasefire holds.",
          "We will not accept new sanctions on our exports.",
          "Nothing was agreed at the meeting today.")
_LINE = re.compile(r"(\w+) and (\w+) held (talks|a meeting) in (\w+)\. ([A-Z]\w+ [A-Z]\w+) said: \"([^\"]+)\"")


def write_corpus(folder: Path, rng: random.Random, n: int, prefix: str) -> None:
    """Stories retold by several outlets on nearby days: the same talks and remarks, other articles."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for k in range(n):
        story = random.Random(rng.randrange(n // 3 + 1))  # about three tellings per story
        a, b = story.sample(sorted(STATES), 2)
        kind, place = story.choice(("talks", "a meeting")), story.choice(("Geneva", "Ankara"))
        speaker, quote = story.choice(sorted(SPEAKERS)), story.choice(QUOTES)
        day = date(2024, 3, 1) + timedelta(days=story.randrange(60) + rng.randrange(2))
        doc_id = f"{prefix}{k:03d}"
        text = f"{a} and {b} held {kind} in {place}. {speaker} said: \"{quote}\"\n"
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append({"id": doc_id, "path": f"{doc_id}.txt", "published": day.isoformat(), "publisher": "Wire"})
    with (folder / "manifest.jsonl").open("a", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)


def extract_lines(docs: list[Document]) -> list[Extraction]:
    """A stand-in for the NLP pass: the one sentence pattern the corpus above is written in."""
    out = []
    for doc in docs:
        m = _LINE.search(doc.text)
        assert m is not None and doc.published is not None

        def span(group: int) -> Mention:
            return Mention(doc.id, doc.base + m.start(group), doc.base + m.end(group), m.group(group))

        actors = tuple(Actor(STATES[m.group(g)], m.group(g), "state", mentions=(span(g),)) for g in (1, 2))
        speaker = Actor(SPEAKERS[m.group(5)], m.group(5), "person", mentions=(span(5),))
        day = doc.published.isoformat()
        event = Event(f"{doc.id}:e1", "talks" if m.group(3) == "talks" else "meeting",
                      (STATES[m.group(1)], STATES[m.group(2)]),
                      (StatusClaim("held", doc.id, doc.published, mention=span(3)),), location=m.group(4),
                      time=Timex(0, 0, "", "DATE", day), mentions=(span(3),))
        st = Statement(f"{doc.id}:s1", SPEAKERS[m.group(5)], m.group(6), True, doc.id, said_on=doc.published,
                       about_events=(event.key,), mentions=(span(6),))
        out.append(Extraction(doc, (*actors, speaker), (event,), (st,)))
    return out


def store_quads(out: Path) -> set[str]:
    store = ox.Store.read_only(str(out / "store"))
    return {str(q) for q in store}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    write_corpus(folder, random.Random(3), 60, "a")
    return folder


def test_adding_articles_equals_building_from_scratch(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "inc"
    build([corpus], out, extractor=extract_lines, progress=False)
    write_corpus(corpus, random.Random(4), 3, "b")
    added = build([corpus], out, extractor=extract_lines, progress=False)
    memo = load_memo(out / ".cache" / RESOLVE_MEMO)
    scratch = build([corpus], tmp_path / "full", extractor=extract_lines, progress=False)
    assert added.extracted == 3
    assert (added.events, added.statements) == (scratch.events, scratch.statements)
    assert added.events < 63 and added.statements < 63  # retellings did merge
    for name in ("records.json", "graph.trig"):
        assert (out / name).read_text(encoding="utf-8") == (tmp_path / "full" / name).read_text(encoding="utf-8")
    assert store_quads(out) == store_quads(tmp_path / "full")
    assert len(memo.events) == 63


def test_the_memo_is_used_and_only_new_clusters_are_merged_again(tmp_path: Path, corpus: Path,
                                                                  monkeypatch) -> None:
    from diplograph.pipeline import build as stage

    out = tmp_path / "inc"
    build([corpus], out, extractor=extract_lines, progress=False)
    write_corpus(corpus, random.Random(4), 1, "b")
    seen = []
    real = stage.resolve
    monkeypatch.setattr(stage, "resolve", lambda exs, memo=None: seen.append(memo) or real(exs, memo))
    build([corpus], out, extractor=extract_lines, progress=False)
    (memo,) = seen
    assert memo.worked["events"] == 1
    assert memo.worked["event clusters"] <= 1 and memo.worked["statement blocks"] <= 1
    assert memo.reused["event clusters"] + memo.reused["statement blocks"] > 5


@pytest.mark.parametrize("damage", ["{not json", '{"code": 1}', "[]", "x" * 10])
def test_a_damaged_memo_means_a_full_resolution_with_a_warning(tmp_path: Path, corpus: Path, damage: str) -> None:
    out = tmp_path / "inc"
    build([corpus], out, extractor=extract_lines, progress=False)
    good = (out / "records.json").read_text(encoding="utf-8")
    (out / ".cache" / RESOLVE_MEMO).write_text(damage, encoding="utf-8")
    (out / ".cache" / "build.json").unlink()  # else the unchanged build stops before resolving
    with pytest.warns(UserWarning, match="resolution memo"):
        build([corpus], out, extractor=extract_lines, progress=False)
    assert (out / "records.json").read_text(encoding="utf-8") == good
    json.loads((out / ".cache" / RESOLVE_MEMO).read_text(encoding="utf-8"))  # written afresh


def test_a_memo_with_out_of_range_positions_is_refused(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "inc"
    build([corpus], out, extractor=extract_lines, progress=False)
    path = out / ".cache" / RESOLVE_MEMO
    data = json.loads(path.read_text(encoding="utf-8"))
    good = data["memo"]["pairs"]
    beyond = base64.b64encode(base64.b64decode(good) + (10**6).to_bytes(4, "little") * 2).decode()
    for pairs in (beyond, good[:-4] + "!!!!", good + "AAAA", [[0, 1]]):  # beyond, not base64, a stray tail, a list
        data["memo"]["pairs"] = pairs
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.warns(UserWarning, match="resolution memo"):
            assert load_memo(path).events == []
    shutil.rmtree(out)
