"""Score extraction on the hand-written challenge sets, so progress is measured on sentences no rule was written for.

Usage: python benchmarks/challenge.py events|statements|all|BATCH [--verbose] [--json]

Each set (tests/challenge/NAME.jsonl, plus any later batch NAME-*.jsonl) is built as one JSONL corpus with the public
API only (``diplograph.build``), then every item is scored on the events or
statements whose ``documents`` cite its id. Matching follows the shared scorer's
rules (normalised names, participant overlap, quote word overlap) in code of its own.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CHALLENGE = Path(__file__).resolve().parents[1] / "tests" / "challenge"
SETS = ("events", "statements")
EVENT_TYPES = frozenset({"meeting", "summit", "talks", "call", "visit", "negotiation", "signing", "conference"})
STATUSES = frozenset({"proposed", "agreed", "scheduled", "held", "declined", "cancelled"})
MEETING_FAMILY = frozenset({"meeting", "talks", "negotiation", "summit", "conference"})
REMOTE = frozenset({"call", "phone", "telephone", "video", "online", "virtual"})
TIMEX = re.compile(r"\d{4}(-(\d{2}(-\d{2}(T[\w:]+)?)?|W\d{2}(-WE)?|SP|SU|FA|WI|Q[1-4]|H[12]))?")
PUBLISHERS = {"wire": "Wire", "broadcast": "Broadcast News", "readout": "Government Press Office",
              "briefing": "Government Press Office"}
DATE_BONUS, STATUS_BONUS, TYPE_BONUS = 1.0, 0.25, 0.5  # preferences among a gold entry's candidates
SPEAKER_BONUS, STATEMENT_DATE_BONUS = 1.0, 0.5
MAX_PARTICIPANTS, PARTICIPANT_FACTOR = 4, 3  # a longer participant list than max(4, 3 * gold's) matches nothing
QUOTE_MIN_SHARE, QUOTE_MAX_FACTOR, QUOTE_SLACK = 0.6, 4, 10
STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his i in is it its
of on or our she that the their them they this to was we were will with would you""".split())
_PUNCT = str.maketrans({**dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
                        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
                        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212-/", " ")})


class ChallengeError(Exception):
    """A challenge set that is missing, malformed or could not be built."""


# ---------------------------------------------------------------- comparing values

def norm(text) -> str:
    """Lower-case, accent- and punctuation-free words; a leading 'the' dropped ('' for non-strings)."""
    if not isinstance(text, str):
        return ""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = "".join(c for c in text.lower().translate(_PUNCT) if c.isalnum() or c.isspace())
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def as_list(value) -> list:
    """[] for None, a list as it is, anything else as a one-item list."""
    return [] if value is None else value if isinstance(value, list) else [value]


def attr_key(attr: str, value) -> str | None:
    """Comparable form of a date (its day for a date-time), a place (its first part) or a status."""
    if value is None:
        return None
    if attr == "location":
        return norm(str(value).split(",")[0]) or None
    text = str(value).strip()
    if attr == "date" and len(text) > 10 and text[10] == "T":
        text = text[:10]
    return (text.lower() if attr == "status" else text) or None


def accepted(gold: dict, attr: str) -> list:
    """The values a gold entry accepts for an attribute: its ATTR_ok list, else its value."""
    return gold[f"{attr}_ok"] if isinstance(gold.get(f"{attr}_ok"), list) else [gold.get(attr)]


def fits(gold: dict, pred: dict, attr: str) -> bool:
    """Whether the predicted value is one the gold entry accepts."""
    return attr_key(attr, pred.get(attr)) in {attr_key(attr, v) for v in accepted(gold, attr)}


def family(kind) -> str:
    """An event type with meeting, talks, negotiation, summit and conference folded into 'meeting'."""
    text = norm(kind)
    return "meeting" if text in MEETING_FAMILY else text


def remote(kind) -> bool | None:
    """Whether a type names a remote contact (a call); None when untyped."""
    words = norm(kind).split()
    return any(w in REMOTE for w in words) if words else None


def content(words: list[str]) -> set[str]:
    """Distinct words that carry meaning; all of them when fewer than three are left."""
    kept = {w for w in words if w not in STOPWORDS}
    return kept if len(kept) >= 3 else set(words)


def quote_share(variants: list[str], quote) -> float | None:
    """Best share of a variant's content words found in the quote; None below the threshold or if far too long."""
    words = norm(quote).split()
    best = None
    for variant in variants:
        wanted = norm(variant).split()
        if not wanted or len(words) > QUOTE_MAX_FACTOR * len(wanted) + QUOTE_SLACK:
            continue
        share = len(content(wanted) & set(words)) / len(content(wanted))
        if share >= QUOTE_MIN_SHARE and (best is None or share > best):
            best = share
    return best


def ratio(part: int, whole: int) -> float:
    """part / whole to four places; 0.0 when whole is 0."""
    return round(part / whole, 4) if whole else 0.0


# ---------------------------------------------------------------- reading and checking a set

def set_path(name: str) -> Path:
    """Where a challenge set (or one batch of it, "events-lifecycle") lives."""
    return CHALLENGE / f"{name}.jsonl"


def batches(name: str) -> list[str]:
    """The batch names of a set: its first file, then every NAME-*.jsonl written later, in name order."""
    return [name] + sorted(p.stem for p in CHALLENGE.glob(f"{name}-*.jsonl"))


def kind_of(name: str) -> str:
    """The set a batch belongs to ("events-lifecycle" -> "events")."""
    return name.split("-", 1)[0]


def load_items(name: str) -> list[dict]:
    """The items of a set (all its batches) or of one batch (ChallengeError if missing or not JSON)."""
    if name in SETS:
        return [item for batch in batches(name) for item in _load_file(batch)]
    return _load_file(name)


def _load_file(name: str) -> list[dict]:
    """The items of one file, one JSON object a line."""
    path = set_path(name)
    if not path.is_file():
        raise ChallengeError(f"{path} not found")
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ChallengeError(f"{path}:{number}: not JSON ({exc})") from None
    return items


def _names_ok(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(n, str) and n.strip() for n in value)


def _date_ok(value) -> bool:
    return value is None or isinstance(value, str) and TIMEX.fullmatch(value) is not None


def event_problems(event: dict) -> list[str]:
    """What is wrong with one gold event."""
    if not isinstance(event, dict):
        return ["not an object"]
    found = []
    if event.get("type") not in EVENT_TYPES:
        found.append(f"type {event.get('type')!r}")
    if event.get("status") not in STATUSES:
        found.append(f"status {event.get('status')!r}")
    parts = event.get("participants")
    if not isinstance(parts, list) or not parts or not all(_names_ok(p) for p in parts):
        found.append("participants must be a non-empty list of non-empty name lists")
    if "date" not in event or not _date_ok(event["date"]):
        found.append(f"date {event.get('date')!r}")
    if "location" not in event or not (event["location"] is None or isinstance(event["location"], str)):
        found.append(f"location {event.get('location')!r}")
    for attr in ("date", "location"):
        ok = event.get(f"{attr}_ok")
        if ok is not None and (not isinstance(ok, list) or event.get(attr) not in ok):
            found.append(f"{attr}_ok must be a list holding {attr}")
    return found


def statement_problems(statement: dict) -> list[str]:
    """What is wrong with one gold statement."""
    if not isinstance(statement, dict):
        return ["not an object"]
    found = []
    if "speaker" not in statement or not (statement["speaker"] is None or _names_ok(statement["speaker"])):
        found.append(f"speaker {statement.get('speaker')!r}")
    if not isinstance(statement.get("quote"), str) or not statement["quote"].strip():
        found.append("quote must be a non-empty string")
    if "date" not in statement or not _date_ok(statement["date"]):
        found.append(f"date {statement.get('date')!r}")
    if not isinstance(statement.get("direct"), bool):
        found.append(f"direct {statement.get('direct')!r}")
    return found


def problems(items: list[dict], name: str) -> list[str]:
    """Every schema problem of a set's items, as 'id: what' lines (empty when the set is well-formed)."""
    check = event_problems if name == "events" else statement_problems
    found, seen = [], set()
    for n, item in enumerate(items, start=1):
        where = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else f"line {n}"
        if not isinstance(item, dict):
            found.append(f"{where}: not an object")
            continue
        if not isinstance(item.get("id"), str) or not item["id"].strip():
            found.append(f"{where}: id must be a non-empty string")
        elif item["id"] in seen:
            found.append(f"{where}: duplicate id")
        seen.add(item.get("id"))
        for key in ("region", "style", "text"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                found.append(f"{where}: {key} must be a non-empty string")
        try:
            date.fromisoformat(item.get("published"))
        except (TypeError, ValueError):
            found.append(f"{where}: published {item.get('published')!r} is not a YYYY-MM-DD date")
        for key in (name, f"optional_{name}"):
            entries = item.get(key, [] if key.startswith("optional") else None)
            if not isinstance(entries, list):
                found.append(f"{where}: {key} must be a list")
                continue
            found += [f"{where}: {key}[{i}] {p}" for i, entry in enumerate(entries) for p in check(entry)]
    return found


# ---------------------------------------------------------------- building

def build_records(items: list[dict]) -> dict:
    """Build the items as one JSONL corpus with the public API and return its records.json."""
    import diplograph

    with tempfile.TemporaryDirectory(prefix="diplograph-challenge-") as tmp:
        corpus = Path(tmp) / "challenge.jsonl"
        with corpus.open("w", encoding="utf-8") as fh:
            for item in items:
                row = {"id": item["id"], "text": item["text"], "published": item["published"],
                       "publisher": item.get("publisher") or PUBLISHERS.get(item["style"], "Daily News")}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        out = Path(tmp) / "out"
        diplograph.build([str(corpus)], out=str(out))
        try:
            return json.loads((out / "records.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ChallengeError(f"the build wrote no readable records.json ({exc})") from None


# ---------------------------------------------------------------- matching

@dataclass
class Tally:
    """Matched pairs, misses and false positives of one set, with the item each came from."""
    gold_total: int = 0
    matched: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    false_positives: list = field(default_factory=list)
    ignored: int = 0


class Records:
    """records.json indexed by actor id and by the documents each event or statement cites."""

    def __init__(self, records: dict):
        self.names: dict[str, set[str]] = {}
        self.labels: dict[str, str] = {}
        for actor in as_list(records.get("actors")):
            if isinstance(actor, dict) and actor.get("id") is not None:
                key = str(actor["id"])
                self.names[key] = {n for n in map(norm, [actor.get("name"), *as_list(actor.get("aliases"))]) if n}
                self.labels[key] = str(actor.get("name") or key)
        self.cited: dict[str, dict[str, list[dict]]] = {kind: defaultdict(list) for kind in SETS}
        for kind in SETS:
            for record in as_list(records.get(kind)):
                if isinstance(record, dict):
                    for doc in {str(d) for d in as_list(record.get("documents"))}:
                        self.cited[kind][doc].append(record)
        self.documents = {str(d.get("id")) for d in as_list(records.get("documents")) if isinstance(d, dict)}

    def actors(self, refs) -> list[set[str]]:
        """Name sets of the actors that the ids refer to; unknown ids are left out."""
        return [self.names[str(r)] for r in as_list(refs) if str(r) in self.names]

    def label(self, refs) -> str:
        return ", ".join(self.labels.get(str(r), str(r)) for r in as_list(refs)) or "nobody"


def satisfied(actors: list[set[str]], alternatives: list[str]) -> bool:
    """Whether one of the actors goes by one of the alternative names."""
    wanted = {norm(a) for a in alternatives} - {""}
    return any(names & wanted for names in actors)


def needed(gold: dict) -> int:
    """Participants a prediction must share: both of two, else min(2, n)."""
    n = len(gold["participants"])
    return n if n == 2 else min(2, n)


def event_score(gold: dict, pred: dict, recs: Records, bonuses: bool = True) -> float | None:
    """Shared participants plus date, status and type preferences; None when the pair cannot match."""
    actors = recs.actors(pred.get("participants"))
    if len(actors) > max(MAX_PARTICIPANTS, PARTICIPANT_FACTOR * len(gold["participants"])):
        return None
    kinds = remote(gold.get("type")), remote(pred.get("type"))
    if None not in kinds and kinds[0] != kinds[1]:
        return None  # a call is never an in-person meeting
    count = sum(satisfied(actors, alts) for alts in gold["participants"])
    if count < max(1, needed(gold)):
        return None
    score = count + TYPE_BONUS * (family(gold["type"]) == family(pred.get("type")))
    if bonuses:
        score += DATE_BONUS * fits(gold, pred, "date") + STATUS_BONUS * fits(gold, pred, "status")
    return score


# Head nouns of a source that speaks for no body ("two diplomats", "rights groups", "a person familiar with the
# matter"): a speaker named by such a phrase is no actor, as the shared gold lists these among its not_actors.
SOURCE_HEADS = frozenset("""source official diplomat people person group analyst expert critic resident witness
delegate activist campaigner insider lawyer agency""".split())
_AFTER_HEAD = frozenset("familiar close briefed knowledgeable with in of for to at on who".split())


def unnamed_source(names: set[str]) -> bool:
    """True for an actor named only by an unnamed source's phrase ("two diplomats", "person familiar with ...")."""
    for name in names:
        words = name.split()
        head = next((words[n - 1] for n, w in enumerate(words) if w in _AFTER_HEAD and n), words[-1] if words else "")
        if {head, head[:-1], head[:-2], head[:-3] + "y"} & SOURCE_HEADS:
            return True
    return False


def speaker_fits(gold: dict, pred: dict, recs: Records) -> bool:
    """A named gold speaker needs one of its names on the predicted speaker; an unnamed one needs none, or only the
    source's own phrase."""
    actors = recs.actors(pred.get("speaker"))
    if gold.get("speaker") is None:
        return not actors or (len(actors) == 1 and unnamed_source(actors[0]))
    return len(actors) == 1 and satisfied(actors, gold["speaker"])


def statement_score(gold: dict, pred: dict, recs: Records, bonuses: bool = True) -> float | None:
    """Quote overlap plus speaker and date preferences; None when the quote does not fit."""
    if len(recs.actors(pred.get("speaker"))) > 1:
        return None  # one speaker per statement
    share = quote_share([gold["quote"], *as_list(gold.get("quote_ok"))], pred.get("quote"))
    if share is None:
        return None
    if not bonuses:
        return share
    return share + SPEAKER_BONUS * speaker_fits(gold, pred, recs) + STATEMENT_DATE_BONUS * fits(gold, pred, "date")


def gold_label(kind: str, gold: dict) -> str:
    if kind == "events":
        names = " / ".join(p[0] for p in gold["participants"])
        return f"{gold['type']} ({names}) {gold['status']} {gold.get('date') or 'no date'} {gold.get('location') or ''}"
    speaker = (gold.get("speaker") or ["unnamed"])[0]
    return f"{speaker}: \"{gold['quote'][:70]}\""


def pred_label(kind: str, pred: dict, recs: Records) -> str:
    if kind == "events":
        return (f"{pred.get('type') or 'event'} ({recs.label(pred.get('participants'))}) {pred.get('status')} "
                f"{pred.get('date') or 'no date'} {pred.get('location') or ''}")
    quote = str(pred.get("quote") or "")
    return f"{recs.label(pred.get('speaker'))}: \"{quote[:70]}\""


def miss_class(gold: dict, preds: list[dict], takers: list[dict], recs: Records) -> str:
    """Why an event was missed, told from the records alone, so misses can be counted by mechanism without reading
    the items: no record at all; one record told for two events (a record another entry took would fit this one too:
    a visit and its talks, a meeting and its signing, a held meeting and its next one); a left-over record sharing too
    few sides, typed a call against an in-person meeting or crowded; or nothing left that comes near."""
    if not preds:
        return "undetected"
    for taker, pred in takers:
        if event_score(gold, pred, recs) is not None:
            types = {family(taker["type"]), family(gold["type"])}
            if len(types) > 1:
                return "merged: visit" if "visit" in types else "merged: signing" if "signing" in types \
                    else "merged: other type"
            return "merged: other status" if attr_key("status", taker["status"]) != attr_key("status", gold["status"]) \
                else "merged: same status"
    left = [p for p in preds if not any(p is t for _, t in takers)]
    if not left:
        return "not found"
    reasons = []
    for pred in left:
        actors = recs.actors(pred.get("participants"))
        kinds = remote(gold.get("type")), remote(pred.get("type"))
        shared = sum(satisfied(actors, alts) for alts in gold["participants"])
        if None not in kinds and kinds[0] != kinds[1]:
            reasons.append((3, "call against in-person"))
        elif len(actors) > max(MAX_PARTICIPANTS, PARTICIPANT_FACTOR * len(gold["participants"])):
            reasons.append((2, "too many participants"))
        else:
            reasons.append((shared, f"{'no side' if shared == 0 else 'one side'} shared"))
    return max(reasons)[1]


def match_item(kind: str, item: dict, recs: Records, tally: Tally) -> None:
    """Greedy one-to-one matching of an item's gold entries to the predictions citing it, best pair first."""
    pair = event_score if kind == "events" else statement_score
    golds, optional = item[kind], item.get(f"optional_{kind}", [])
    preds = recs.cited[kind].get(item["id"], [])
    scores = sorted((-s, g, p) for g, gold in enumerate(golds) for p, pred in enumerate(preds)
                    if (s := pair(gold, pred, recs)) is not None)
    gold_to_pred, taken = {}, set()
    for _, g, p in scores:
        if g not in gold_to_pred and p not in taken:
            gold_to_pred[g] = p
            taken.add(p)
    tally.gold_total += len(golds)
    for g, gold in enumerate(golds):
        entry = {"item": item["id"], "region": item["region"], "style": item["style"], "gold": gold,
                 "label": gold_label(kind, gold)}
        if g in gold_to_pred:
            tally.matched.append({**entry, "pred": preds[gold_to_pred[g]],
                                  "pred_label": pred_label(kind, preds[gold_to_pred[g]], recs)})
        else:
            if kind == "events":
                takers = [(golds[t], preds[p]) for t, p in gold_to_pred.items()]
                entry["class"] = miss_class(gold, preds, takers, recs)
            tally.missed.append(entry)
    for p, pred in enumerate(preds):
        if p in taken:
            continue
        if any(pair(o, pred, recs, False) is not None for o in optional):
            tally.ignored += 1
        else:
            tally.false_positives.append({"item": item["id"], "region": item["region"],
                                          "label": pred_label(kind, pred, recs)})


# ---------------------------------------------------------------- figures

def prf(tp: int, fp: int, fn: int) -> dict:
    return {"precision": ratio(tp, tp + fp), "recall": ratio(tp, tp + fn), "f1": ratio(2 * tp, 2 * tp + fp + fn),
            "tp": tp, "fp": fp, "fn": fn}


def accuracy(matched: list, ok) -> dict:
    correct = sum(bool(ok(m)) for m in matched)
    return {"value": ratio(correct, len(matched)), "correct": correct, "total": len(matched)}


def recall_by(tally: Tally, key) -> dict:
    """Recall per group of gold entries (region, style, status...)."""
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for found, entries in ((1, tally.matched), (0, tally.missed)):
        for entry in entries:
            group = groups[str(key(entry))]
            group[0] += found
            group[1] += 1
    return {k: {"value": ratio(f, t), "found": f, "total": t} for k, (f, t) in sorted(groups.items())}


def figures(kind: str, items: list[dict], tally: Tally, recs: Records) -> dict:
    """The report of one set, JSON-ready."""
    fp = len(tally.false_positives)
    report = {"set": kind, "items": len(items), "gold": tally.gold_total,
              "not_built": sorted(i["id"] for i in items if i["id"] not in recs.documents),
              **prf(len(tally.matched), fp, tally.gold_total - len(tally.matched)), "ignored": tally.ignored}
    matched = tally.matched
    if kind == "events":
        report["accuracy"] = {
            "status": accuracy(matched, lambda m: fits(m["gold"], m["pred"], "status")),
            "date": accuracy(matched, lambda m: fits(m["gold"], m["pred"], "date")),
            "location": accuracy(matched, lambda m: fits(m["gold"], m["pred"], "location")),
            "type": accuracy(matched, lambda m: family(m["gold"]["type"]) == family(m["pred"].get("type"))),
            "type_exact": accuracy(matched, lambda m: norm(m["gold"]["type"]) == norm(m["pred"].get("type")))}
        report["recall_by_status"] = recall_by(tally, lambda e: e["gold"]["status"])
        negatives = [i["id"] for i in items if not i["events"]]
        noisy = {f["item"] for f in tally.false_positives}
        report["negative_items"] = {"total": len(negatives), "clean": sum(i not in noisy for i in negatives)}
        report["detection"] = detection(items, recs)
        report["misses_by_class"] = dict(Counter(m["class"] for m in tally.missed).most_common())
    else:
        strict = [m for m in matched if speaker_fits(m["gold"], m["pred"], recs)]
        report["strict"] = prf(len(strict), fp + len(matched) - len(strict), tally.gold_total - len(strict))
        report["accuracy"] = {"speaker": accuracy(matched, lambda m: speaker_fits(m["gold"], m["pred"], recs)),
                              "date": accuracy(matched, lambda m: fits(m["gold"], m["pred"], "date"))}
        report["recall_by_speech"] = recall_by(tally, lambda e: "direct" if e["gold"]["direct"] else "indirect")
    report["recall_by_region"] = recall_by(tally, lambda e: e["region"])
    report["recall_by_style"] = recall_by(tally, lambda e: e["style"])
    report["details"] = details(kind, tally, recs)
    return report


def detection(items: list[dict], recs: Records) -> dict:
    """The issue's own first measure, by item: does an item that tells a diplomatic event give one, and one that tells
    none give none? Lenient where the pairing is strict: sides, place and date are not asked, so it reads apart from F1.
    Status: among detected items, one prediction's status is one the item's gold allows. Items whose only entries are
    optional count on neither side."""
    tp = fp = fn = status_right = 0
    for item in items:
        preds = recs.cited["events"].get(item["id"], [])
        if item["events"]:
            if preds:
                tp += 1
                status_right += any(fits(g, p, "status") for g in item["events"] for p in preds)
            else:
                fn += 1
        elif preds and not item.get("optional_events"):
            fp += 1
    return {**prf(tp, fp, fn), "status": {"value": ratio(status_right, tp), "correct": status_right, "total": tp}}


def details(kind: str, tally: Tally, recs: Records) -> dict:
    """Per item: missed gold entries, false positives and wrong attributes of matched pairs."""
    per_item: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for m in tally.missed:
        per_item[m["item"]]["missed"].append(m["label"] + (f" [{m['class']}]" if "class" in m else ""))
    for f in tally.false_positives:
        per_item[f["item"]]["false positive"].append(f["label"])
    attrs = ("status", "date", "location") if kind == "events" else ("date",)
    for m in tally.matched:
        wrong = [f"{a} {m['pred'].get(a)!r} (want {' or '.join(map(repr, accepted(m['gold'], a)))})"
                 for a in attrs if not fits(m["gold"], m["pred"], a)]
        if kind == "events" and family(m["gold"]["type"]) != family(m["pred"].get("type")):
            wrong.append(f"type {m['pred'].get('type')!r} (want {m['gold']['type']!r})")
        if kind == "statements" and not speaker_fits(m["gold"], m["pred"], recs):
            wrong.append(f"speaker {recs.label(m['pred'].get('speaker'))!r} (want {(m['gold'].get('speaker') or [None])[0]!r})")
        if wrong:
            per_item[m["item"]]["wrong"].append(f"{m['label']}: " + ", ".join(wrong))
    return {item: dict(kinds) for item, kinds in sorted(per_item.items())}


def score_items(name: str, items: list[dict], records: dict) -> dict:
    """Score a set's items against an already built records.json."""
    recs, tally = Records(records), Tally()
    for item in items:
        match_item(name, item, recs, tally)
    return figures(name, items, tally, recs)


def score_set(name: str) -> dict:
    """Build one challenge set ('events' or 'statements', all batches) or one batch, and return its figures."""
    kind = kind_of(name)
    if kind not in SETS:
        raise ChallengeError(f"unknown set {name!r} (expected one of {', '.join(SETS)} or one of their batches)")
    items = load_items(name)
    found = problems(items, kind)
    if found:
        raise ChallengeError(f"{set_path(name)} is malformed: " + "; ".join(found[:5]))
    report = score_items(kind, items, build_records(items))
    return report if name == kind else {**report, "batch": name}


# ---------------------------------------------------------------- output

def _groups(title: str, groups: dict) -> str:
    return f"{title:18}" + "  ".join(f"{k} {g['value']:.2f} ({g['found']}/{g['total']})" for k, g in groups.items())


def render(report: dict, verbose: bool = False) -> str:
    """A report as readable lines."""
    kind = report["set"]
    lines = [f"{report.get('batch', kind)}: {report['items']} items, {report['gold']} gold entries, "
             f"{len(report['not_built'])} items not built, {report['ignored']} predictions on optional entries",
             f"{'':18}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}"]
    rows = [(kind, report)] + ([("strict (speaker)", report["strict"])] if "strict" in report else [])
    lines += [f"{label:18}{r['precision']:7.3f}{r['recall']:7.3f}{r['f1']:7.3f}{r['tp']:6}{r['fp']:6}{r['fn']:6}"
              for label, r in rows]
    lines.append("accuracy on matched pairs: " + ", ".join(
        f"{attr} {a['value']:.3f} ({a['correct']}/{a['total']})" for attr, a in report["accuracy"].items()))
    if "recall_by_speech" in report:
        lines.append(_groups("recall by speech", report["recall_by_speech"]))
    if "recall_by_status" in report:
        lines.append(_groups("recall by status", report["recall_by_status"]))
        neg = report["negative_items"]
        lines.append(f"negative items with no event predicted: {neg['clean']}/{neg['total']}")
        det = report["detection"]
        lines.append(f"detection by item  P {det['precision']:.3f} R {det['recall']:.3f} F1 {det['f1']:.3f} "
                     f"({det['tp']}/{det['fp']}/{det['fn']}); status right on detected items {det['status']['value']:.3f} "
                     f"({det['status']['correct']}/{det['status']['total']})")
    if "misses_by_class" in report:
        lines.append("misses by class: " + ", ".join(f"{k} {v}" for k, v in report["misses_by_class"].items()))
    lines += [_groups("recall by region", report["recall_by_region"]),
              _groups("recall by style", report["recall_by_style"])]
    if verbose:
        if report["not_built"]:
            lines.append("not built: " + ", ".join(report["not_built"]))
        for item, kinds in report["details"].items():
            lines.append(f"{item}:")
            lines += [f"  {what:15}{text}" for what, texts in kinds.items() for text in texts]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description="Build and score the challenge sets.")
    parser.add_argument("set", help="events, statements, all, or one batch file's name (events-lifecycle)")
    parser.add_argument("--verbose", action="store_true", help="list misses, false positives and wrong values per item")
    parser.add_argument("--json", action="store_true", help="print one JSON object per set")
    args = parser.parse_args(argv)
    status = 0
    for name in SETS if args.set == "all" else (args.set,):
        if kind_of(name) not in SETS:
            parser.error(f"unknown set {name!r}")
        if args.set == "all" and not set_path(name).is_file():
            print(f"{name}: {set_path(name)} not found, skipped", file=sys.stderr)
            continue
        try:
            report = score_set(name)
        except ChallengeError as exc:
            print(f"challenge: error: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            print(render(report, args.verbose) + "\n")
    return status


if __name__ == "__main__":
    sys.exit(main())
