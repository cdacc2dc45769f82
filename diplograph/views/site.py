"""Static site export: the interactive index plus a plain page per actor and per event."""

from __future__ import annotations

import re
from collections import defaultdict
from html import escape
from pathlib import Path
from urllib.parse import unquote

from diplograph._files import write_file_atomic
from diplograph.views.model import EventView, Source, ViewModel
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
            for actor, rel in dict.fromkeys(event.actors):
                self.events[actor].append((event.id, rel))
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
        passages: dict[str, list[str]] = {}
        for s in sources:
            got = passages.setdefault(s.doc, [])
            if s.passage and s.passage not in got:
                got.append(s.passage)
        return _section("Sources", [self.article(doc) + "".join(
            f"<blockquote><mark>{escape(p)}</mark></blockquote>" for p in found)
            for doc, found in passages.items()])

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
        marks = [self.event_mark(e) for e, _ in events] + [self.statement_mark(s) for s in said]
        roles = [f'<span class="when">{escape(_when(x["on"], x["until"]) if x["on"] else "")}</span> '
                 f'{escape(x["title"])}'
                 + (f" — {self.link(x['of'])}" if x["of"] else
                    f" — {escape(x['of_label'])}" if x.get("of_label") else "") for x in a.roles]
        body = [_facts({"Type": escape(STYLES.get(a.type, STYLES["actor"])[0]),
                        "Also known as": escape("; ".join(a.aliases)) or None}),
                "<h2>Timeline</h2>" + svg_timeline(sorted(marks, key=lambda m: m.start or "~")),
                _section("Roles", roles),
                _section("Events", [f'<span class="when">{escape(_when(e.start, e.end))}</span> '
                                    f'{self.link(eid)} <span class="note">{escape(rel)}'
                                    f'{" · " + escape(e.status) if e.status else ""}</span>'
                                    for eid, rel in events
                                    for e in [self.model.events[eid]]]),
                _section("Statements", [self.quote(s) for s in said]),
                _section("Quoted about", [self.quote(s) for s in r.about[aid]]),
                self.sources(a.sources)]
        return _shell(a.label, a.iri, "".join(body))

    def event(self, eid: str) -> str:
        e = self.model.events[eid]
        about = sorted(self.refs.about[eid], key=lambda s: self.model.statements[s].start or "~")
        marks = [Mark(e.label, e.start, e.end, "event", _colour(e.type))] if e.start else []
        marks += [Mark(f"reported {c['status']}", c["on"], c["on"], "claim",
                       STATUS_COLOURS.get(c["status"], "#777")) for c in e.claims if c["on"]]
        marks += [self.statement_mark(s) for s in about]
        history = [f'<span class="when">{escape(c["on"] or "undated")}</span> '
                   f'<strong>{escape(c["status"])}</strong>'
                   + (f" — said by {self.link(c['by'])}" if c["by"] else "")
                   + (f'<div class="src">{self.article(c["doc"])}</div>' if c["doc"] else "")
                   for c in e.claims]
        body = [_facts({"Kind": escape(STYLES.get(e.type, STYLES["event"])[0]),
                        "When": escape(_when(e.start, e.end)) + (
                            ' <span class="note">(vague date)</span>'
                            if e.start and e.start != e.end else ""),
                        "Where": escape(e.place) if e.place else None,
                        "Status": escape(e.status) if e.status else None,
                        "Actors": _actors(self, e)}),
                "<h2>Timeline</h2>" + svg_timeline(marks),
                _section("Status history", history),
                _section("Statements about it", [self.quote(s) for s in about]),
                self.sources(e.sources)]
        return _shell(e.label, e.iri, "".join(body))

    def listing(self, kind: str) -> str:
        nodes = self.model.actors if kind == "actor" else self.model.events
        order = sorted(nodes.values(), key=lambda n: (n.start or "~", n.label) if kind == "event"
                       else (-n.count, n.label.casefold()))
        items = [(f'<span class="when">{escape(_when(n.start, n.end))}</span> '
                  if kind == "event" else "") + self.link(n.id, "")
                 + f' <span class="note">{escape(STYLES.get(n.type, STYLES[kind])[0])}</span>'
                 for n in order]
        title = "Actors" if kind == "actor" else "Events"
        return _shell(title, None, _section(title, items, limit=None), root=True)


def _actors(pages: _Pages, event: EventView) -> str:
    return ", ".join(f"{pages.link(a)} <span class=\"note\">({escape(rel)})</span>"
                     for a, rel in dict.fromkeys(event.actors)) or None


def _colour(kind: str) -> str:
    return (STYLES.get(kind) or STYLES["event"])[3]


def _when(start: str | None, end: str | None) -> str:
    return "undated" if not start else start if start == end else f"{start} – {end}"


def _facts(facts: dict[str, str | None]) -> str:
    rows = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts.items() if v)
    return f"<dl>{rows}</dl>"


def _section(title: str, items: list[str], limit: int | None = 200) -> str:
    if not items:
        return ""
    more = len(items) - limit if limit and len(items) > limit else 0
    lis = "".join(f"<li>{i}</li>" for i in items[:limit])
    tail = f'<li class="note">… {more} more</li>' if more else ""
    return f"<h2>{escape(title)} ({len(items)})</h2><ul>{lis}{tail}</ul>"


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


def write_site_files(model: ViewModel, out: Path, *, max_nodes: int = 300) -> list[Path]:
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
