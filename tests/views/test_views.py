"""The HTML views: graph → view model, slicing, aggregation, escaping, static site links."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from html.parser import HTMLParser

import pytest
from corpora.views import XSS_NAME, XSS_PUBLISHER, XSS_QUOTE, XSS_TITLE, dataset

from diplograph.records import Corpus

from diplograph.errors import ViewError
from diplograph.views import notebook_html, render_index, write_site
from diplograph.views.data import load_model
from diplograph.views.model import ActorView, EventView, ViewModel
from diplograph.views.network import build_network
from diplograph.views.page import script_json
from diplograph.views.scope import scope_model
from diplograph.views.timeline import Mark, svg_timeline

PAYLOADS = (XSS_NAME, XSS_QUOTE, XSS_TITLE, XSS_PUBLISHER)


@pytest.fixture(scope="module")
def ds():
    return dataset()


@pytest.fixture(scope="module")
def model(ds):
    return load_model(ds)


def count(ds, cls: str) -> int:
    """Independent count of instances of a dg: class in the union of graphs."""
    q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a <https://w3id.org/diplograph/ontology#{cls}> }} }}"
    return int(next(iter(ds.query(q)))[0])


def embedded(page: str) -> dict:
    """The JSON document the page script reads."""
    m = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


def by_label(nodes: dict, label: str):
    return next(n for n in nodes.values() if n.label == label)


def test_model_holds_what_the_graph_holds(ds, model):
    assert len(model.actors) == count(ds, "Actor")
    assert len(model.events) == count(ds, "DiplomaticEvent")
    assert len(model.statements) == count(ds, "Statement")
    varga = by_label(model.actors, "Anna Varga")
    assert varga.type == "person" and "A. Varga" in varga.aliases
    [role] = varga.roles  # seen twice, shown once with the span it was seen over
    assert (role["title"], role["on"], role["until"]) == ("foreign minister", "2024-03-04", "2024-03-13")
    assert len(role["docs"]) == 2
    assert model.actors[role["of"]].label == "Norway"
    assert varga.count == 4  # four mentions in three articles


def test_dates_status_history_and_sources(model):
    events = {e.type: e for e in model.events.values()}
    assert (events["summit"].start, events["summit"].end) == ("2024-03-01", "2024-03-31")
    assert events["call"].start is None
    meeting = events["meeting"]
    assert (meeting.start, meeting.end) == ("2024-03-12", "2024-03-12")
    assert [c["status"] for c in meeting.claims] == ["proposed", "held"]
    assert meeting.status == "held"
    assert {rel for _a, rel in events["summit"].actors} == {"participant", "host", "mediator"}
    quote = next(s for s in model.statements.values() if s.quote.startswith("We will"))
    assert quote.direct is True and quote.start == "2024-03-04"
    assert model.actors[quote.speaker].label == "Anna Varga"
    assert [model.articles[s.doc]["title"] for s in quote.sources] == ["Port talks planned"]
    assert quote.sources[0].passage == quote.quote


def test_script_json_is_inert_and_lossless():
    data = {"a": XSS_NAME, "b": XSS_QUOTE, "c": "line\u2028sep\u2029&amp;"}
    text = script_json(data)
    assert not set(text) & set("<>&\u2028\u2029")
    assert json.loads(text) == data


def test_index_is_self_contained_and_escaped(ds):
    page = render_index(ds)
    for payload in PAYLOADS:
        assert payload not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "@import" not in page
    assert "sourceMappingURL" not in page
    assert len(re.findall(r"^<script", page, re.M)) == 4  # data, vis-network, timeline, app
    assert len(re.findall(r"</script", page, re.I)) == 4
    data = embedded(page)
    names = {a["label"] for a in data["actors"].values()}
    assert XSS_NAME in names  # the text survives, just inert
    assert len(data["network"]["nodes"]) == count(ds, "Actor")  # events and statements on demand
    assert len(data["events"]) == count(ds, "DiplomaticEvent")
    assert len(data["statements"]) == count(ds, "Statement")


def test_focus_and_date_slices(model):
    reyes = scope_model(model, focus="tomas reyes")
    assert {e.type for e in reyes.events.values()} == {"meeting"}
    assert {a.label for a in reyes.actors.values()} == {"Tomas Reyes", "Anna Varga"}
    assert len(reyes.statements) == 2
    april = scope_model(model, since=date(2024, 4, 1))
    assert {e.type for e in april.events.values()} == {"visit"}
    assert {a.label for a in april.actors.values()} == {"Anna Varga", "Chile"}
    vague = scope_model(model, since=date(2024, 3, 20), until=date(2024, 3, 25))
    assert {e.type for e in vague.events.values()} == {"summit"}  # the range overlaps
    by_key = scope_model(model, focus="person:tomas-reyes")
    assert by_key.actors.keys() == reyes.actors.keys()


def test_bad_slices_raise_view_errors(model):
    with pytest.raises(ViewError, match="no actor"):
        scope_model(model, focus="Nobody Atall")
    with pytest.raises(ViewError):
        scope_model(model, since=date(2024, 5, 1), until=date(2024, 4, 1))


def synthetic(actors: int, events: int) -> ViewModel:
    """A ring of meetings: event n joins actors n, n+1 and n+7 (mod actors)."""
    model = ViewModel()
    for n in range(actors):
        model.actors[f"a{n}"] = ActorView(f"a{n}", f"urn:a{n}", f"Actor {n}", "person")
    for n in range(events):
        who = {f"a{n % actors}", f"a{(n + 1) % actors}", f"a{(n + 7) % actors}"}
        model.events[f"e{n}"] = EventView(f"e{n}", f"urn:e{n}", f"Meeting {n}", "meeting",
                                          actors=[(a, "participant") for a in sorted(who)])
    return model


def test_big_graphs_aggregate_to_weighted_actor_edges():
    model = synthetic(400, 900)
    model.events["e0"].type = "mediation"
    net = build_network(model, max_nodes=120)
    assert net["cap"] == 120 and len(net["nodes"]) == 400 and net["total"] == 400
    values = [n["value"] for n in net["nodes"]]
    assert values == sorted(values, reverse=True)  # the page draws the first `cap`: the busiest
    edge = net["edges"][0]
    shared = [e.type for e in model.events.values()
              if {edge["from"], edge["to"]} <= {a for a, _r in e.actors}]
    assert edge["value"] == len(shared) == sum(edge["types"].values())
    assert any(e["types"].get("mediation") for e in net["edges"])
    xs = [n["x"] for n in net["nodes"]]
    ys = [n["y"] for n in net["nodes"]]
    assert max(xs) - min(xs) < 20 * 400 and max(ys) - min(ys) > 100  # spread, not 1e5 or a speck
    assert build_network(model, max_nodes=120) == net  # seeded


def test_layout_needs_no_scipy_and_keeps_nodes_apart(monkeypatch):
    import sys

    from diplograph.views.layout import force_layout

    monkeypatch.setitem(sys.modules, "scipy", None)  # importing scipy now fails
    ids = [f"n{i}" for i in range(60)]
    at = force_layout(ids, [(ids[i], ids[(i + 1) % 60], 1.0) for i in range(60)] + [("n0", "n30", 5.0)])
    pts = sorted(at.values())
    closest = min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
                  for i, a in enumerate(pts) for b in pts[i + 1:])
    assert closest > 30 and max(abs(v) for p in pts for v in p) < 5000


def test_every_event_type_has_a_style():
    from diplograph.kb.event_lexicon import TYPE_PRIORITY
    from diplograph.views.page import STYLES

    assert set(TYPE_PRIORITY) <= {k for k, v in STYLES.items() if v[1] == "event"}


def test_static_timeline_draws_vague_dates_as_ranges():
    svg = svg_timeline([Mark("exact <b>", "2024-01-05", "2024-01-05", "event", "#123456"),
                        Mark("vague", "2024-02-01", "2024-02-29", "event", "#123456"),
                        Mark("undated", None, None, "event", "#123456")])
    assert svg.count("<circle") == 1 and svg.count('rx="4"') == 1
    assert "exact &lt;b&gt;" in svg and "undated" not in svg


class Links(HTMLParser):
    """Collects href/src attributes."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [v for k, v in attrs if k in ("href", "src") and v]


def test_site_links_resolve_and_text_is_escaped(ds, tmp_path):
    files = write_site(ds, tmp_path)
    assert len(files) == 3 + count(ds, "Actor") + count(ds, "DiplomaticEvent")
    for page in files:
        text = page.read_text(encoding="utf-8")
        for payload in PAYLOADS:
            assert payload not in text, page
        parser = Links()
        parser.feed(text)
        for link in parser.links:
            if re.match(r"https?://", link):
                continue
            assert not link.startswith("/"), (page, link)
            assert (page.parent / link.split("#")[0]).resolve().is_file(), (page, link)
    varga = (tmp_path / "actor" / "person-anna-varga.html").read_text(encoding="utf-8")
    sources = varga[varga.index("<h2>Sources"):]
    assert "Sources (3)" in sources and sources.count("<blockquote>") == 4  # 3 articles, 4 distinct passages
    # each passage in its sentence, the matched words marked, hostile neighbours escaped
    assert ("<blockquote>Foreign minister <mark>Anna Varga</mark> of Norway proposed a meeting with "
            "Tomas Reyes. <span class=\"note\">characters 17–27</span></blockquote>") in sources
    assert ("<blockquote><mark>Varga</mark> and Reyes met on Tuesday; Reyes said the talks had been "
            "useful.") in sources
    assert f"{html.escape(XSS_NAME, quote=False)} spoke by phone <mark>with Varga</mark> and said" in sources
    index = embedded((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert all((tmp_path / rel).is_file() for rel in index["links"].values())


def test_notebook_wrapper_embeds_the_page_in_a_sandboxed_iframe(ds):
    frame = notebook_html(ds)
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="allow-scripts" [^>]*></iframe>', frame)
    assert m, frame[:200]
    assert html.unescape(m.group(1)) == render_index(ds)


def test_notebook_summary_is_small_static_and_escaped(ds):
    from diplograph.views import notebook_summary

    frame = notebook_summary(ds, link="graph/index.html")
    m = re.fullmatch(r'<iframe srcdoc="([^"]*)" sandbox="" [^>]*></iframe>', frame)
    assert m, frame[:200]
    inner = html.unescape(m.group(1))
    assert len(frame) < 60_000 and "<script" not in inner
    assert "Anna Varga" in inner and "<svg" in inner and 'href="graph/index.html"' in inner
    for payload in PAYLOADS:
        assert payload not in inner


def test_claims_keep_their_passage_and_articles_their_outlet(model):
    meeting = next(e for e in model.events.values() if e.type == "meeting")
    assert all(set(c) == {"status", "on", "by", "doc", "passage", "start", "sentence"}
               for c in meeting.claims)
    assert all(not a["title"].startswith("Article ") or not (a["publisher"] or a["date"])
               for a in model.articles.values())


def test_claims_and_sources_carry_the_sentence_they_came_from(model):
    meeting = next(e for e in model.events.values() if e.type == "meeting")
    proposed, held = meeting.claims
    assert proposed["sentence"] == (0, "Foreign minister Anna Varga of Norway proposed a meeting "
                                       "with Tomas Reyes.")
    assert (proposed["passage"], proposed["start"]) == ("proposed a meeting", 38)
    assert held["sentence"] == (0, "Varga and Reyes met on Tuesday; Reyes said the talks had been useful.")
    reyes = by_label(model.actors, "Tomas Reyes")
    [src] = reyes.sources
    first, text = src.sentence
    assert text[src.start - first:src.start - first + len(src.passage)] == "Tomas Reyes"
    quote = next(s for s in model.statements.values() if s.quote.startswith("We will"))
    assert quote.sources[0].sentence[1] == '"We will sit down with Mr Reyes soon." she said.'


def test_page_states_each_claims_sentence_once_clipped_and_escaped():
    from diplograph.graph.dataset import to_dataset
    from diplograph.records import Document, Event, StatusClaim

    from corpora import mention

    lead = "Officials " + "long " * 25 + "said that"  # within the graph's window of both claims
    text = (f"{lead} {XSS_NAME} and Chile will meet in Bergen in May, and then " + "more " * 25
            + "talk.\nThe talks were confirmed.")
    doc = Document("t-1", text, date(2024, 3, 1), "Wire", "Talks")
    claims = (StatusClaim("scheduled", "t-1", date(2024, 3, 1), None, mention("t-1", text, "will meet")),
              StatusClaim("agreed", "t-1", date(2024, 3, 1), None, mention("t-1", text, "Chile")),
              StatusClaim("held", "t-1", date(2024, 3, 1), None, mention("t-1", text, "were confirmed")))
    event = Event("talks-1", "talks", (), claims, mentions=tuple(c.mention for c in claims))
    page = render_index(to_dataset(Corpus((doc,), (), (event,), ())))
    data = embedded(page)
    texts = [t for _start, t in data["sentences"]]
    assert len(texts) == 2  # two sentences for three claims
    long, short = sorted(data["sentences"], key=lambda s: -len(s[1]))
    assert short == [text.index("The talks"), "The talks were confirmed."]
    assert long[1].startswith("…") and long[1].endswith("…") and XSS_NAME in long[1]
    assert len(long[1]) <= len("will meet") + len(", and then ") + 2 * 60 + 2
    first = long[1].index("will meet")
    assert long[0] + first == text.index("will meet")  # offsets still point into the article
    assert XSS_NAME not in page  # escaped inside the JSON script block
    [talks] = data["events"].values()
    assert sorted(texts[c["sentence"]] for c in talks["claims"]) == sorted([long[1], long[1], short[1]])
    assert all(len(s) == 4 for s in talks["sources"])  # the event's sources share the claims' sentences


def test_same_graph_renders_byte_identical_pages(ds, tmp_path):
    """Two renders, the second in a fresh interpreter with another hash seed."""
    import os
    import subprocess
    import sys

    from diplograph.graph.dataset import load_dataset, serialize

    src = tmp_path / "g.trig"
    src.write_text(serialize(ds), encoding="utf-8")
    code = ("import sys; from diplograph.graph.dataset import load_dataset; from diplograph.views import "
            "render_index; sys.stdout.buffer.write(render_index(load_dataset(sys.argv[1])).encode())")
    pages = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        pages.append(subprocess.run([sys.executable, "-c", code, str(src)], env=env,
                                    capture_output=True, check=True).stdout)
    assert pages[0] == pages[1]
    assert pages[0].decode() == render_index(load_dataset(src))


def test_oxigraph_store_gives_the_same_model(ds, model, tmp_path):
    from diplograph.store.oxigraph import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    try:
        store.sync(ds)
        assert load_model(store) == model
    finally:
        store.close()


def test_every_kind_of_graph_holder_gives_the_same_model(ds, model, tmp_path):
    from diplograph.store import MemoryStore
    from diplograph.store.oxigraph import OxigraphStore

    store = OxigraphStore()  # in memory; .dataset() is an oxrdflib-backed rdflib Dataset
    store.sync(ds)
    assert load_model(store.dataset()) == model
    assert load_model(MemoryStore(dataset())) == model  # a fresh copy: it sets default_union


def test_page_paths_are_safe_and_unique_for_any_iri():
    from diplograph.views.site import page_paths

    model = ViewModel()
    iris = ["urn:x/actor/person-%D0%B2%D0%BB%D0%B0%D0%B4", "urn:x/actor/person-влад",
            "urn:x/actor/Person-X", "urn:x/actor/person-x", "urn:x/actor/..%2F..%2Fetc"]
    for n, iri in enumerate(iris):
        model.actors[f"a{n}"] = ActorView(f"a{n}", iri, f"name {n}", "person")
    paths = page_paths(model)
    assert len({p.lower() for p in paths.values()}) == len(iris)
    assert all(re.fullmatch(r"actor/[A-Za-z0-9_-]+\.html", p) for p in paths.values()), paths


def test_roles_without_a_body_sort_beside_roles_with_one() -> None:
    """A title seen with and without its body must not break ordering (None vs str)."""
    from datetime import date

    from diplograph.graph.dataset import to_dataset
    from diplograph.records import Actor, Corpus, Document, Mention, Role
    from diplograph.views import render_index

    doc = Document(id="d1", text="Envoy Ana Lind met Envoy Ana Lind.", published=date(2024, 5, 1))
    m = Mention("d1", 6, 14, "Ana Lind")
    roles = (Role("envoy", None, "d1", date(2024, 5, 1), m),
             Role("envoy", "state:NOR", "d1", date(2024, 5, 1), m))
    actor = Actor("person:ana-lind", "Ana Lind", "person", ("Ana Lind",), (m,), roles)
    norway = Actor("state:NOR", "Norway", "state", ("Norway",), ())
    html = render_index(to_dataset(Corpus((doc,), (actor, norway), (), ())))
    assert "Ana Lind" in html


def busy_event_model() -> ViewModel:
    """One event reported 30 times (two statuses, two runs of days) and quoted about three times."""
    from diplograph.views.model import Source, StatementView

    model = ViewModel()
    model.actors["a0"] = ActorView("a0", "urn:x/actor/state-nor", "Norway", "state",
                                   ids=[["Wikidata Q20", "https://www.wikidata.org/wiki/Q20"]])
    model.actors["a1"] = ActorView("a1", "urn:x/actor/person-kim", "Kim Lee", "person")
    for n in range(6):
        model.articles[f"d{n}"] = {"iri": f"urn:x/doc/{n}", "title": f"Report {n}",
                                   "publisher": f"Outlet {n % 3}", "date": f"2024-05-{10 + n:02d}"}
    claims = [{"status": "proposed", "on": f"2024-05-{10 + n % 3:02d}", "by": "a1",
               "doc": f"d{n % 6}", "passage": f"proposed talks {n}"} for n in range(20)]
    claims += [{"status": "held", "on": f"2024-06-{1 + n % 2:02d}", "by": None,
                "doc": f"d{n % 6}", "passage": "held talks", "start": 140,
                "sentence": (129, "The envoys held talks in Oslo <i>today</i>.")} for n in range(10)]
    claims += [{"status": "proposed", "on": "2024-07-20", "by": None, "doc": "d0", "passage": None}]
    model.events["e0"] = EventView("e0", "urn:x/event/talks", "Talks: Norway – Kim Lee", "talks",
                                   start="2024-06-01", end="2024-06-01", place="Oslo",
                                   status="held", actors=[("a0", "host"), ("a0", "participant"),
                                                          ("a1", "participant")], claims=claims,
                                   ids=[["GeoNames 3143244", "https://www.geonames.org/3143244/"]],
                                   sources=[Source("d0", "held talks", 140)])
    for sid, day in (("s0", "2024-05-20"), ("s1", "2024-05-02"), ("s2", "2024-05-11")):
        model.statements[sid] = StatementView(sid, f"urn:x/st/{sid}", sid, "statement",
                                              quote=f"quote {sid}", speaker="a1", start=day,
                                              end=day, about=["a0", "e0"])
    return model


def test_site_event_page_groups_its_status_history(tmp_path):
    from diplograph.views.site import claim_groups, write_site_files

    model = busy_event_model()
    groups = claim_groups(model.events["e0"].claims)
    assert [(g["status"], g["first"], g["last"], len(g["claims"])) for g in groups] == [
        ("proposed", "2024-05-10", "2024-05-12", 20), ("proposed", "2024-07-20", "2024-07-20", 1),
        ("held", "2024-06-01", "2024-06-02", 10)]
    write_site_files(model, tmp_path)
    page = (tmp_path / "event" / "talks.html").read_text(encoding="utf-8")
    history = page[page.index("Status history"):page.index("Statements about it")]
    assert history.count('<details class="claims">') == 3 and history.count("<summary>") == 3
    assert "Kim Lee, 3 outlets, 2024-05-10 – 2024-05-12" in history and "(20 reports)" in history
    assert ("<blockquote>The envoys <mark>held talks</mark> in Oslo &lt;i&gt;today&lt;/i&gt;. "
            "<span class=\"note\">characters 140–150</span></blockquote>") in history
    assert "Norway</a> <span class=\"note\">(host, participant)</span>" in page
    assert 'Oslo · <a href="https://www.geonames.org/3143244/"' in page
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count("<g>") == 1 + 3 + 3  # the event, one row per claim group, the statements


def test_site_actor_page_links_ids_and_orders_quotes(tmp_path):
    from diplograph.views.site import write_site_files

    write_site_files(busy_event_model(), tmp_path)
    page = (tmp_path / "actor" / "state-nor.html").read_text(encoding="utf-8")
    assert '<dt>Identifiers</dt><dd><a href="https://www.wikidata.org/wiki/Q20"' in page
    about = page[page.index("Quoted about"):]
    assert [about.index(q) for q in ("quote s1", "quote s2", "quote s0")] == sorted(
        about.index(q) for q in ("quote s1", "quote s2", "quote s0"))


def test_identifier_links_from_the_graph(ds):
    from diplograph.views.ids import id_links

    assert id_links(["http://www.wikidata.org/entity/Q20", "https://example.org/x"],
                    ["NOR", "NO", "no code"], ["3144096", "12 x"]) == [
        ["ISO 3166 NO", "https://www.iso.org/obp/ui/#iso:code:3166:NO"],
        ["ISO 3166 NOR", "https://www.iso.org/obp/ui/#iso:code:3166:NOR"],
        ["Wikidata Q20", "https://www.wikidata.org/wiki/Q20"],
        ["GeoNames 3144096", "https://www.geonames.org/3144096/"]]
    data = embedded(render_index(ds))
    norway = next(a for a in data["actors"].values() if a["label"] == "Norway")
    assert [x[0] for x in norway["ids"]] == ["ISO 3166 NO", "ISO 3166 NOR", "Wikidata Q20",
                                            "GeoNames 3144096"]
    summit = next(e for e in data["events"].values() if e["type"] == "summit")
    assert [x[0] for x in summit["ids"]] == ["GeoNames 3161732"]  # Bergen, its place
    assert all("ids" not in a for a in data["actors"].values() if a["label"] == "Tomas Reyes")


@pytest.mark.slow
def test_readme_screenshot_counts_match_the_sample_build(sample_build):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    said = re.search(r"views of the sample corpus: (\d+) actors, (\d+) events, (\d+) statements, "
                     r"(\d+) articles\]\(docs/views-sample\.png\)", readme)
    page = (sample_build / "index.html").read_text(encoding="utf-8")
    built = re.search(r"(\d+) actors · (\d+) events · (\d+) statements · (\d+) articles", page)
    assert said and built and said.groups() == built.groups()
    assert (Path(__file__).resolve().parents[2] / "docs" / "views-sample.png").is_file()


def test_page_data_leaves_out_only_what_the_script_restores():
    """A shared IRI namespace, an end equal to the start, empty fields and actor sources past
    the panel's fifty articles are not sent; what is sent still says how many were left out."""
    from diplograph.views.model import Source, StatementView
    from diplograph.views.page import SOURCE_DOCS, payload

    base = "https://example.org/id/"
    model = ViewModel()
    model.articles = {f"d{n}": {"iri": f"{base}article/{n}", "title": f"Report {n}", "publisher": None,
                                "date": "2024-01-02", "url": None} for n in range(SOURCE_DOCS + 7)}
    model.actors["a0"] = ActorView("a0", f"{base}actor/a", "A", "person", sources=[
        Source(f"d{n}", "A", 10 * n) for n in range(SOURCE_DOCS + 7) for _ in range(2)])
    model.statements["s0"] = StatementView("s0", f"{base}statement/s", quote="We agree.", speaker="a0",
                                           start="2024-01-02", end="2024-01-02",
                                           sources=[Source("d1", "We agree.", 5)])
    model.events["e0"] = EventView("e0", "urn:other:e", "Talks", "talks", start="2024-01-01",
                                   end="2024-01-31", actors=[("a0", "participant")])
    assert payload(model)["base"] == ""  # nothing shared with the event's IRI: all sent whole
    model.events.clear()
    data = json.loads(script_json(payload(model)))
    assert data["base"] == base
    actor, statement = data["actors"]["a0"], data["statements"]["s0"]
    assert actor["iri"] == "actor/a" and statement["iri"] == "statement/s"
    assert {s[0] for s in actor["sources"]} == {f"d{n}" for n in range(SOURCE_DOCS)}
    assert len(actor["sources"]) == 2 * SOURCE_DOCS and actor["more"] == 7
    assert actor["sources"][0] == ["d0", "A"]  # no offset: it only places words in a sent sentence
    assert statement["sources"] == [["d1"]] and "end" not in statement and "more" not in statement
    assert all("iri" not in a and "url" not in a for a in data["articles"].values())
