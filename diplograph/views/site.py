"""Static site export: the interactive index plus a plain page per actor and per event."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from html import escape
from pathlib import Path
from urllib.parse import unquote

from diplograph._files import write_file_atomic
from diplograph.views.model import EventView, Source, ViewModel
from diplograph.views.network import FIRST_ACTORS
from diplograph.views.page import STATUS_COLOURS, STYLES, render_page, template
from diplograph.views.timeline import Mark, svg_timeline


def page_paths(model: ViewModel) -> dict[str, str]:
    """A stable, filesystem-safe relative path for every actor and event page."""
    paths, taken = {}, set()
    for kind, nodes in (("actor", model.actors), ("event", model.events)):
        for nid, node in sorted(nodes.items(), key=lambda kv: kv[1].iri):
            seg = unquote(node.iri.rstrip("/").rsplit("/", 1)[-1])
            slug = re.sub(r"[^A-Za-z0-9_-]+", "-", seg).strip("-")[:80] or nid
            if slug.lower() in taken:
                slug = f"{slug}-{nid}"
            taken.add(slug.lower())
            paths[nid] = f"{kind}/{slug}.html"
    return paths


class _Refs:
    """Back-references the pages need: who took part in what, who said what about whom."""

    def __init__(self, model: ViewModel):
        self.events: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.said: dict[str, list[str]] = defaultdict(list)
        self.about: dict[str, list[str]] = defaultdict(list)
        for event in model.events.values():
            for actor, rels in _relations(event).items():
                self.events[actor].append((event.id, ", ".join(rels)))
        for st in model.statements.values():
            if st.speaker:
                self.said[st.speaker].append(st.id)
            for target in st.about:
                self.about[target].append(st.id)


class _Pages:
    """Renders pages one folder below the site root."""

    def __init__(self, model: ViewModel, paths: dict[str, str]):
        self.model, self.paths, self.refs = model, paths, _Refs(model)

    def link(self, nid: str | None, prefix: str = "../") -> str:
        node = self.model.node(nid) if nid else None
        if node is None:
            return "<span class=\"note\">unknown</span>"
        if nid not in self.paths:
            return escape(node.label)
        return f'<a href="{escape(prefix + self.paths[nid], quote=True)}">{escape(node.label)}</a>'

    def article(self, doc: str | None) -> str:
        art = self.model.articles.get(doc or "", {})
        title = escape(art.get("title") or art.get("iri") or "article")
        url = art.get("url") or ""
        head = (f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{title}</a>'
                if re.match(r"https?://", url, re.I) else f"<strong>{title}</strong>")
        meta = ", ".join(escape(v) for v in (art.get("publisher"), art.get("date")) if v)
        return f'{head} <span class="note">{meta}</span>'

    def sources(self, sources: list[Source]) -> str:
        """Each article once, with the sentences its matched words sit in (the words marked)."""
        found: dict[str, dict[tuple, list[tuple[str, int | None]]]] = {}
        for s in sources:
            if s.passage:
                spans = found.setdefault(s.doc, {}).setdefault(s.sentence or (None, s.passage), [])
                if (s.passage, s.start) not in spans:
                    spans.append((s.passage, s.start))
            else:
                found.setdefault(s.doc, {})
        items = []
        for doc, sentences in found.items():
            quoted = [f"<blockquote>{_in_context(None if key[0] is None else key, spans)}</blockquote>"
                      for key, spans in sentences.items()]
            items.append(self.article(doc) + "".join(quoted[:_PASSAGES])
                         + (_more(len(quoted) - _PASSAGES, "".join(quoted[_PASSAGES:]))
                            if len(quoted) > _PASSAGES else ""))
        return _section("Sources", items, note=_SOURCE_NOTE if found else "")

    def quote(self, sid: str) -> str:
        st = self.model.statements[sid]
        kind = "direct quotation" if st.direct is not False else "reported speech"
        doc = st.sources[0].doc if st.sources else None
        return (f'<span class="when">{escape(_when(st.start, st.end))}</span> '
                f'{self.link(st.speaker)} <span class="note">({kind})</span>'
                f'<blockquote>“{escape(st.quote)}”</blockquote>'
                + (f'<div class="src">{self.article(doc)}</div>' if doc else ""))

    def event_mark(self, eid: str) -> Mark:
        e = self.model.events[eid]
        return Mark(e.label, e.start, e.end, "event", _colour(e.type), "../" + self.paths[eid])

    def statement_mark(self, sid: str) -> Mark:
        st = self.model.statements[sid]
        who = self.model.actors[st.speaker].label + ": " if st.speaker else ""
        return Mark(f"{who}“{st.quote}”", st.start, st.end, "statement", _colour("statement"))

    def actor(self, aid: str) -> str:
        a, r = self.model.actors[aid], self.refs
        events = sorted(r.events[aid], key=lambda p: self.model.events[p[0]].start or "~")
        said = sorted(r.said[aid], key=lambda s: self.model.statements[s].start or "~")
        about = sorted(r.about[aid], key=lambda s: (self.model.statements[s].start or "~", s))
        marks = [self.event_mark(e) for e, _ in events] + [self.statement_mark(s) for s in said]
        roles = [f'<span class="when">{escape(_when(x["on"], x["until"]) if x["on"] else "")}</span> '
                 f'{escape(x["title"])}'
                 + (f" — {self.link(x['of'])}" if x["of"] else
                    f" — {escape(x['of_label'])}" if x.get("of_label") else "") for x in a.roles]
        body = [_facts({"Type": escape(STYLES.get(a.type, STYLES["actor"])[0]),
                        "Also known as": escape("; ".join(a.aliases)) or None,
                        "Identifiers": _id_links(a.ids)}),
                "<h2>Timeline</h2>" + svg_timeline(sorted(marks, key=lambda m: m.start or "~")),
                _section("Roles", roles),
                _section("Events", [f'<span class="when">{escape(_when(e.start, e.end))}</span> '
                                    f'{self.link(eid)} <span class="note">{escape(rel)}'
                                    f'{" · " + escape(e.status) if e.status else ""}</span>'
                                    for eid, rel in events
                                    for e in [self.model.events[eid]]]),
                _section("Statements", [self.quote(s) for s in said]),
                _section("Quoted about", [self.quote(s) for s in about]),
                self.sources(a.sources)]
        return _shell(a.label, a.iri, "".join(body))

    def event(self, eid: str) -> str:
        e = self.model.events[eid]
        about = sorted(self.refs.about[eid], key=lambda s: self.model.statements[s].start or "~")
        groups = claim_groups(e.claims)
        marks = [Mark(e.label, e.start, e.end, "event", _colour(e.type))] if e.start else []
        marks += [Mark(f"reported {g['status']}" + (f" ({len(g['claims'])})" if len(g["claims"]) > 1
                                                     else ""), g["first"], g["last"], "claim",
                       STATUS_COLOURS.get(g["status"], "#777")) for g in groups if g["first"]]
        marks += [self.statement_mark(s) for s in about[:_TIMELINE_STATEMENTS]]
        history = [self.claim_group(g) for g in groups]
        body = [_facts({"Kind": escape(STYLES.get(e.type, STYLES["event"])[0]),
                        "When": escape(_when(e.start, e.end)) + (
                            ' <span class="note">(vague date)</span>'
                            if e.start and e.start != e.end else ""),
                        "Where": escape(e.place) + (" · " + _id_links(e.ids) if e.ids else "")
                        if e.place else None,
                        "Status": escape(e.status) if e.status else None,
                        "Actors": _actors(self, e)}),
                "<h2>Timeline</h2>" + svg_timeline(marks) + (
                    f'<p class="note">The first {_TIMELINE_STATEMENTS} of {len(about)} statements '
                    f"are drawn; all are listed below.</p>" if len(about) > _TIMELINE_STATEMENTS
                    else ""),
                _section("Status history", history, limit=None),
                _section("Statements about it", [self.quote(s) for s in about]),
                self.sources(e.sources)]
        return _shell(e.label, e.iri, "".join(body))

    def claim_group(self, group: dict) -> str:
        """One status over a run of days: who said it, how many outlets; the reports fold out."""
        names = sorted({self.model.actors[c["by"]].label for c in group["claims"]
                        if c["by"] in self.model.actors}, key=str.casefold)
        docs = [c["doc"] for c in group["claims"] if c["doc"]]
        outlets = {self.model.articles.get(d, {}).get("publisher") or "unnamed outlet" for d in docs}
        n = len(group["claims"])
        colour = escape(STATUS_COLOURS.get(group["status"], "#777"), quote=True)
        head = (f'<strong style="color:{colour}">{escape(group["status"])}</strong> — '
                f'{escape(", ".join(names)) or "unattributed"}, {len(outlets)} '
                f'outlet{"" if len(outlets) == 1 else "s"}, '
                f'{escape(_days(group["first"], group["last"]))}'
                + (f' <span class="note">({n} reports)</span>' if n > 1 else ""))
        reports = "".join(
            f'<li><span class="when">{escape(c["on"] or "undated")}</span> '
            + (f"{self.link(c['by'])}: " if c["by"] else "")
            + (self.article(c["doc"]) if c["doc"] else "")
            + (f"<blockquote>{_in_context(c.get('sentence'), [(c['passage'], c.get('start'))])}</blockquote>"
               if c["passage"] else "") + "</li>"
            for c in group["claims"])
        return f'<details class="claims"><summary>{head}</summary><ul>{reports}</ul></details>'

    def listing(self, kind: str) -> str:
        nodes = self.model.actors if kind == "actor" else self.model.events
        order = sorted(nodes.values(), key=lambda n: (n.start or "~", n.label) if kind == "event"
                       else (-n.count, n.label.casefold()))
        items = [(f'<span class="when">{escape(_when(n.start, n.end))}</span> '
                  if kind == "event" else "") + self.link(n.id, "")
                 + f' <span class="note">{escape(STYLES.get(n.type, STYLES[kind])[0])}</span>'
                 for n in order]
        title = "Actors" if kind == "actor" else "Events"
        return _shell(title, None, _section(title, items, limit=None, fold=False), root=True)


_TIMELINE_STATEMENTS = 12
_SHOWN = 6  # items of a section shown before the rest folds away
_PASSAGES = 2  # matched passages shown per article before the rest fold away
_OFFSETS = 4
_SOURCE_NOTE = ("Highlighted: the words matched in each article, in the sentence they sit in "
                "(clipped when very long), with their character offsets.")
_STATUS_ORDER = ("proposed", "agreed", "scheduled", "held", "declined", "cancelled")
_RUN_GAP = 7  # days: reports of one status further apart than this are separate runs


def claim_groups(claims: list[dict]) -> list[dict]:
    """Claims grouped by status, then by run of days (as the interactive panel groups them)."""
    by: dict[str, list[dict]] = {}
    for c in sorted(claims, key=lambda c: (c["on"] or "~", c["doc"] or "", c["by"] or "")):
        by.setdefault(c["status"], []).append(c)
    order = [s for s in _STATUS_ORDER if s in by] + sorted(set(by) - set(_STATUS_ORDER))
    groups: list[dict] = []
    for status in order:
        run: dict | None = None
        for c in by[status]:
            gap = (run is not None and run["last"] and c["on"] and
                   (date.fromisoformat(c["on"]) - date.fromisoformat(run["last"])).days > _RUN_GAP)
            if run is None or gap:
                run = {"status": status, "first": c["on"], "last": c["on"], "claims": []}
                groups.append(run)
            run["claims"].append(c)
            if c["on"]:
                run["first"], run["last"] = run["first"] or c["on"], c["on"]
    return groups


def _in_context(sentence: tuple[int, str] | None, spans: list[tuple[str, int | None]]) -> str:
    """The sentence with its matched words marked, and where the words sit in the article (escaped)."""
    at = sorted({(a, a + len(w)) for w, a in spans if a is not None})
    where = ", ".join(f"{a}–{b}" for a, b in at[:_OFFSETS]) + (
        f" and {len(at) - _OFFSETS} more" if len(at) > _OFFSETS else "")
    label = "character" + ("s" if len(at) == 1 else " spans")
    note = f' <span class="note">{label} {where}</span>' if at else ""
    if sentence is None:
        return " … ".join(f"<mark>{escape(w)}</mark>" for w in dict.fromkeys(w for w, _ in spans)) + note
    first, text = sentence
    marks = set()
    for words, start in spans:
        i = -1 if start is None else start - first
        if i < 0 or text[i:i + len(words)] != words:
            i = text.find(words)
        if i >= 0:
            marks.add((i, i + len(words)))
    out, pos = [], 0
    for a, b in sorted(marks):
        if a >= pos:
            out += [escape(text[pos:a]), f"<mark>{escape(text[a:b])}</mark>"]
            pos = b
    return "".join(out) + escape(text[pos:]) + note


def _id_links(ids: list[list[str]]) -> str | None:
    return " · ".join(f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">'
                      f"{escape(label)}</a>" for label, url in ids
                      if re.match(r"https://", url)) or None


def _days(first: str | None, last: str | None) -> str:
    return "undated" if not first else _when(first, last)


def _more(n: int, inner: str) -> str:
    return f'<details class="more"><summary>{n} more</summary>{inner}</details>'


def _relations(event: EventView) -> dict[str, list[str]]:
    """Each actor of an event once, with all its relations (host, participant, ...)."""
    rels: dict[str, list[str]] = {}
    for actor, rel in event.actors:
        if rel not in rels.setdefault(actor, []):
            rels[actor].append(rel)
    return rels


def _actors(pages: _Pages, event: EventView) -> str:
    return ", ".join(f"{pages.link(a)} <span class=\"note\">({escape(', '.join(rels))})</span>"
                     for a, rels in _relations(event).items()) or None


def _colour(kind: str) -> str:
    return (STYLES.get(kind) or STYLES["event"])[3]


def _when(start: str | None, end: str | None) -> str:
    return "undated" if not start else start if start == end else f"{start} – {end}"


def _facts(facts: dict[str, str | None]) -> str:
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts.items() if v)
    return f"<dl>{rows}</dl>"


def _section(title: str, items: list[str], limit: int | None = 200, note: str = "",
             fold: bool = True) -> str:
    """A list whose first items show; the rest (up to ``limit``) fold into one expandable line."""
    if not items:
        return ""
    more = len(items) - limit if limit and len(items) > limit else 0
    shown = items[:limit]
    cut = _SHOWN if fold else len(shown)
    lis = "".join(f"<li>{i}</li>" for i in shown[:cut])
    if len(shown) > cut:
        rest = "".join(f"<li>{i}</li>" for i in shown[cut:])
        lis += f"<li>{_more(len(shown) - cut, f'<ul>{rest}</ul>')}</li>"
    tail = f'<li class="note">… {more} more</li>' if more else ""
    head = f'<p class="note">{escape(note)}</p>' if note else ""
    return f"<h2>{escape(title)} ({len(items)})</h2>{head}<ul>{lis}{tail}</ul>"


def _shell(title: str, iri: str | None, body: str, *, root: bool = False) -> str:
    """A plain page with navigation back to the views (relative links only)."""
    up = "" if root else "../"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            f"style-src 'unsafe-inline'\">"
            f"<title>{escape(title)} · diplograph</title><style>{template('site.css')}</style>"
            f'</head><body><nav><a href="{up}index.html">Views</a> · <a href="{up}actors.html">'
            f'Actors</a> · <a href="{up}events.html">Events</a></nav><main><h1>{escape(title)}</h1>'
            + (f'<p class="iri">{escape(iri)}</p>' if iri else "") + f"{body}</main></body></html>")


def write_site_files(model: ViewModel, out: Path, *, max_nodes: int = FIRST_ACTORS) -> list[Path]:
    """Write every page of the static site under ``out``; returns the files written."""
    paths = page_paths(model)
    pages = _Pages(model, paths)
    files = {"index.html": render_page(model, title="diplograph", max_nodes=max_nodes,
                                       links=paths),
             "actors.html": pages.listing("actor"), "events.html": pages.listing("event")}
    for nid, rel in paths.items():
        files[rel] = pages.actor(nid) if nid in model.actors else pages.event(nid)
    written = []
    for rel, text in files.items():
        write_file_atomic(out / rel, text)
        written.append(out / rel)
    return written
