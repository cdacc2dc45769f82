"""The views in a real browser: offline, complete, clickable, and inert to hostile text."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from corpora.views import XSS_NAME, XSS_QUOTE, dataset

from diplograph.views import notebook_html, render_index, write_site

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
DG = "https://w3id.org/diplograph/ontology#"


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session (never a browser download)."""
    if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install "
                    "chromium); the browser tests do not download browsers", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        exe = CHROMIUM if Path(CHROMIUM).is_file() else shutil.which("chromium")
        b = p.chromium.launch(executable_path=exe, headless=True, args=ARGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors, requests and dialogs."""

    def __init__(self, browser, **kwargs):
        self.page = browser.new_page(viewport={"width": 1400, "height": 860}, **kwargs)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture(scope="module")
def ds():
    return dataset()


@pytest.fixture(scope="module")
def view(browser, ds, tmp_path_factory):
    """The index page opened from disk, settled."""
    path = tmp_path_factory.mktemp("views") / "index.html"
    path.write_text(render_index(ds), encoding="utf-8")
    w = Watched(browser)
    w.url = path.as_uri()
    w.page.goto(w.url)
    settle(w.page)
    yield w
    w.page.close()


def settle(page) -> None:
    """Wait until the network has stopped moving (a selector: the page's CSP forbids eval)."""
    page.wait_for_selector('body[data-settled="1"]', state="attached", timeout=20000)


def n_of(ds, cls: str, extra: str = "") -> int:
    q = (f"PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> SELECT (COUNT(DISTINCT ?x) AS ?n) "
         f"WHERE {{ GRAPH ?g {{ ?x a <{DG}{cls}> }} {extra} }}")
    return int(next(iter(ds.query(q)))[0])


def drawn(page) -> int:
    return page.evaluate("window.diplograph.network.body.data.nodes.length")


def svg_texts(page, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


def click_node(page, nid: str) -> None:
    """A real mouse click on a node of the canvas, after centring on it."""
    page.evaluate("id => window.diplograph.network.moveTo({position: window.diplograph.network"
                  ".getPositions([id])[id], scale: 1.6})", nid)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def actor_id(page, label: str) -> str:
    return page.evaluate("n => Object.entries(window.diplograph.data.actors)"
                         ".find(([k, a]) => a.label === n)[0]", label)


def statement_id(page, start: str) -> str:
    return page.evaluate("""q => Object.entries(window.diplograph.data.statements)
        .find(([k, s]) => s.quote.startsWith(q))[0]""", start)


def assert_readable(page) -> None:
    """Drawn nodes sit inside the canvas, and the drawn labels are on screen and never overlap."""
    page.evaluate("window.diplograph.network.fit()")
    page.wait_for_timeout(100)
    box = page.locator("#network").bounding_box()
    on_screen = page.evaluate("""() => { const n = window.diplograph.network;
        const ids = window.diplograph.nodes.getIds();
        return ids.map(id => { const b = n.getBoundingBox(id), a = n.canvasToDOM({x: b.left, y: b.top}),
            c = n.canvasToDOM({x: b.right, y: b.bottom}); return [a.x, a.y, c.x, c.y]; }); }""")
    assert on_screen
    for x0, y0, x1, y1 in on_screen:
        assert -1 <= x0 < x1 <= box["width"] + 1 and -1 <= y0 < y1 <= box["height"] + 1
        assert x1 - x0 >= 4  # a node, not a speck
    labels = page.evaluate("window.diplograph.labels")
    assert len(labels) >= min(len(on_screen), 8)
    busiest = page.evaluate("window.diplograph.data.network.nodes[0].id")
    assert busiest in {a["id"] for a in labels}  # the most connected actor is always named
    legend = page.locator("#legend").bounding_box()
    legend = {"x": legend["x"] - box["x"], "y": legend["y"] - box["y"], "w": legend["width"],
              "h": legend["height"]}
    boxes = [legend, *labels]
    for i, a in enumerate(boxes):
        assert a is legend or a["text"] and 0 <= a["x"] and a["x"] + a["w"] <= box["width"] + 1
        for b in boxes[i + 1:]:
            assert (a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"]
                    or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]), (a, b)


def assert_timeline_labelled(page) -> None:
    """Every timeline item carries a label, the axis shows years, events are life-cycle bars."""
    items = page.eval_on_selector_all("#tl-rows g.item", """els => els.map(e => [e.dataset.id,
        (e.querySelector('.item-label') || {}).textContent || ''])""")
    assert items and all(len(text) > 3 for _id, text in items)
    assert any(re.fullmatch(r"(19|20)\d\d", t) for t in svg_texts(page, "#tl-axis text"))
    assert page.locator("#tl-rows g.item.event rect.seg").count() > 0
    for _ in range(60):  # a dated event's bar, maybe further down (rows are drawn as they scroll in)
        if page.locator("#tl-rows g.item.event rect.core").count():
            break
        page.evaluate("s => { s.scrollTop += s.clientHeight; }", page.query_selector("#tl-scroll"))
        page.wait_for_timeout(60)
    assert page.locator("#tl-rows g.item.event rect.core").count() > 0
    edges = page.eval_on_selector_all("#tl-rows .item-label", """els => els.map(e => {
        const b = e.getBBox(), svg = e.ownerSVGElement; return [b.x, b.x + b.width, svg.width.baseVal.value]; })""")
    assert all(0 <= x0 and x1 <= width + 3 for x0, x1, width in edges)  # no label runs off the edge
    page.evaluate("document.getElementById('tl-scroll').scrollTop = 0")


def test_loads_offline_without_errors(view):
    assert view.errors == []
    assert view.requests == [view.url]
    assert_readable(view.page)
    assert_timeline_labelled(view.page)


def test_actors_first_and_an_actors_events_on_click(view, ds):
    page = view.page
    assert drawn(page) == n_of(ds, "Actor")  # events and statements come on demand
    varga = actor_id(page, "Anna Varga")
    click_node(page, varga)
    assert page.locator("#panel").get_attribute("data-showing") == varga
    kinds = page.evaluate("window.diplograph.nodes.get().map(n => n.kind)")
    events = page.evaluate("id => window.diplograph.data.events", varga)
    mine = [k for k, e in events.items() if any(p[0] == varga for p in e["actors"])]
    assert kinds.count("event") == len(mine) and kinds.count("statement") >= 1
    page.uncheck("#legend input[data-type=statement]")
    assert "statement" not in page.evaluate("window.diplograph.nodes.get().map(n => n.kind)")
    page.check("#legend input[data-type=statement]")


def test_every_event_type_is_in_the_legend(view):
    types = view.page.eval_on_selector_all("#legend input", "els => els.map(e => e.dataset.type)")
    assert {"meeting", "summit", "talks", "negotiation", "call", "visit", "signing",
            "mediation"} <= set(types)


def test_clicking_a_statement_shows_quote_and_source(view):
    page = view.page
    page.evaluate("id => window.diplograph.expand(id)", actor_id(page, "Anna Varga"))
    sid = statement_id(page, "We will sit down")
    click_node(page, sid)
    panel = page.locator("#panel")
    assert panel.get_attribute("data-showing") == sid
    text = panel.inner_text()
    assert "We will sit down with Mr Reyes soon." in text
    assert "Port talks planned" in text and "The Northern Ledger" in text
    assert "Anna Varga" in text  # the speaker
    assert page.evaluate("window.diplograph.network.getSelectedNodes()") == [sid]


def test_status_history_is_grouped_and_expands_to_its_passages(view):
    page = view.page
    meeting = page.evaluate("""Object.entries(window.diplograph.data.events)
        .find(([k, e]) => e.type === 'meeting')[0]""")
    page.evaluate("id => window.diplograph.select(id, 'panel')", meeting)
    summaries = page.locator("#panel details.claims summary").all_inner_texts()
    assert [s.split(" —")[0].lower() for s in summaries] == ["proposed", "held"]
    assert all(re.search(r"\d+ outlets?, \d", s) for s in summaries)
    page.locator("#panel details.claims summary").first.click()
    assert page.locator("#panel details.claims[open] li").count() >= 1
    opened = page.locator("#panel details.claims[open] li").first.inner_text()
    assert "proposed a meeting" in opened and "characters 38–56" in opened  # words, where, article
    assert "Port talks planned" in opened
    norway = actor_id(page, "Norway")
    page.evaluate("id => window.diplograph.select(id, 'panel')", norway)
    ids = page.locator("#panel .iri a").all_inner_texts()
    assert ids == ["ISO 3166 NO", "ISO 3166 NOR", "Wikidata Q20", "GeoNames 3144096"]


def test_clicking_an_event_opens_its_claims_onto_their_sentences(view):
    page = view.page
    page.select_option("#group", "event")
    meeting = page.evaluate("""Object.entries(window.diplograph.data.events)
        .find(([k, e]) => e.type === 'meeting')[0]""")
    page.locator(f'#tl-rows g.item[data-id="{meeting}"] .item-label').first.click()
    assert page.locator("#panel").get_attribute("data-showing") == meeting
    held = page.locator("#panel details.claims", has=page.locator("summary", has_text="held"))
    sentence = held.locator("blockquote.sentence").first
    assert not sentence.is_visible()  # folded until the group is opened
    held.locator("summary").click()
    assert sentence.is_visible()
    assert sentence.inner_text().startswith(
        "Varga and Reyes met on Tuesday; Reyes said the talks had been useful.")
    assert sentence.locator("mark").inner_text() == "met on Tuesday"
    assert "characters 16–30" in sentence.inner_text()
    proposed = page.locator("#panel details.claims", has=page.locator("summary", has_text="proposed"))
    proposed.locator("summary").click()
    text = proposed.locator("blockquote.sentence").first.inner_text()
    assert text.startswith("Foreign minister Anna Varga of Norway proposed a meeting with Tomas Reyes.")
    assert "characters 38–56" in text  # the words' offsets in the article, read from the sentence
    page.select_option("#group", "actor")


def test_timeline_life_cycles_rows_zoom_and_filters(view, ds):
    page = view.page
    dated = n_of(ds, "DiplomaticEvent", "{ ?x sem:hasTimeStamp ?t } UNION "
                 "{ ?x sem:hasEarliestBeginTimeStamp ?t }")
    page.select_option("#group", "event")
    marks = page.eval_on_selector_all("#tl-rows g.item.event", "els => els.map(e => e.dataset.id)")
    assert len(set(marks)) == len(marks) >= dated
    assert_timeline_labelled(page)
    page.locator(f'#tl-rows g.item[data-id="{marks[0]}"] .item-label').click()
    assert page.locator("#panel").get_attribute("data-showing") == marks[0]
    unit = page.get_attribute("#timeline", "data-unit")
    for _ in range(3):
        page.click("#tl-in")
    assert page.get_attribute("#timeline", "data-unit") != unit  # zoom changes the tick unit
    page.click("#tl-fit")
    assert page.get_attribute("#timeline", "data-unit") == unit
    page.select_option("#group", "pair")
    pairs = svg_texts(page, "#tl-rows .row-label")
    assert pairs and all(" – " in p for p in pairs)
    page.select_option("#group", "actor")
    rows = int(page.get_attribute("#timeline", "data-rows"))
    before = page.get_attribute("#counts", "data-events")
    page.fill("#from", "2024-04-01")
    page.dispatch_event("#from", "change")
    assert int(page.get_attribute("#timeline", "data-rows")) < rows  # empty rows go
    assert page.get_attribute("#counts", "data-events") != before  # counts follow the dates
    page.click("#reset")
    assert int(page.get_attribute("#timeline", "data-rows")) == rows


def test_hostile_text_is_shown_as_text_and_never_runs(view):
    page = view.page
    xss = actor_id(page, XSS_NAME)
    click_node(page, xss)
    assert page.locator("#panel h2").inner_text() == XSS_NAME
    page.locator("#panel button.link", has_text="details").first.click()
    assert XSS_QUOTE in page.locator("#panel").inner_text()
    page.hover("#panel blockquote")
    page.locator("#search").fill("script")
    page.locator("#search").press("Enter")
    assert page.locator("#panel h2").inner_text() == XSS_NAME
    assert page.evaluate("document.querySelectorAll('[onmouseover],[onerror],[onclick],"
                         "img,iframe,object').length") == 0
    assert page.evaluate("document.scripts.length") == 4
    page.evaluate("id => window.diplograph.select(id, 'panel')", actor_id(page, "Anna Varga"))
    assert "A visit" in page.locator("#panel").inner_text()  # its article has a javascript: url
    assert page.locator("#panel a[href^='javascript:' i]").count() == 0
    assert view.dialogs == [] and view.errors == []


def pictures(w: Watched, name: str) -> None:
    """Screenshots of the page, the network and the timeline (into docs/ when asked)."""
    target = os.environ.get("DIPLOGRAPH_SCREENSHOTS")
    folder = Path(target) if target else Path(w.tmp)
    folder.mkdir(parents=True, exist_ok=True)
    w.page.screenshot(path=str(folder / f"views-{name}.png"))
    for part, sel in (("network", "#net-wrap"), ("timeline", "#timeline")):
        out = folder / f"views-{name}-{part}.png"
        w.page.locator(sel).screenshot(path=str(out))
        assert out.stat().st_size > 8_000


def check_built_page(browser, graph_dir: Path, name: str, tmp_path: Path) -> None:
    """The page a build writes: no errors, no requests, readable network, labelled timeline."""
    from diplograph.store import open_graph_dir

    store = open_graph_dir(graph_dir)
    actors = int(next(store.query(
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{DG}Actor> }}").terms())[0])
    store.close()
    w = Watched(browser)
    w.tmp = tmp_path
    url = (graph_dir / "index.html").as_uri()
    w.page.goto(url)
    settle(w.page)
    assert drawn(w.page) == min(actors, w.page.evaluate("window.diplograph.data.network.cap"))
    assert_readable(w.page)
    assert_timeline_labelled(w.page)
    w.page.evaluate("window.diplograph.fit()")  # the page's own view again for the pictures
    pictures(w, name)
    busiest = w.page.evaluate("window.diplograph.data.network.nodes[0].id")
    w.page.evaluate("id => window.diplograph.select(id, 'network')", busiest)
    assert drawn(w.page) > min(actors, w.page.evaluate("window.diplograph.data.network.cap"))
    w.page.select_option("#group", "event")
    assert_timeline_labelled(w.page)
    assert w.errors == [] and w.dialogs == []
    assert w.requests == [url]
    w.page.close()


def test_sample_build_page_offline_readable_and_pictured(browser, sample_build, tmp_path):
    check_built_page(browser, sample_build, "sample", tmp_path)


@pytest.mark.slow
def test_generated_corpus_page_stays_readable(browser, nlp, tmp_path_factory, tmp_path):
    """240 generated articles: the page still loads clean, readable and labelled."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from corpus_gen import generate

    from diplograph.pipeline.build import build

    src = generate(240, tmp_path_factory.mktemp("gen240"))
    out = tmp_path_factory.mktemp("gen240-build")
    build([src], out, nlp=nlp, progress=False)
    check_built_page(browser, out, "generated-240", tmp_path)


def test_site_pages_work_offline(browser, ds, tmp_path):
    files = write_site(ds, tmp_path)
    w = Watched(browser)
    index = (tmp_path / "index.html").as_uri()
    w.page.goto(index)
    settle(w.page)
    xss = w.page.evaluate("n => Object.entries(window.diplograph.data.actors)"
                          ".find(([k, a]) => a.label === n)[0]", XSS_NAME)
    w.page.evaluate("id => window.diplograph.select(id, 'panel')", xss)
    w.page.click("#panel a >> text=Open page")
    w.page.wait_for_load_state()
    assert w.page.locator("h1").inner_text() == XSS_NAME
    w.page.click("nav a >> text=Events")
    assert w.page.locator("main li").count() == n_of(ds, "DiplomaticEvent")
    for page in files[1:]:  # every static page: no script runs, nothing fetched
        w.page.goto(page.as_uri())
        assert w.page.evaluate("document.scripts.length") == 0
        assert w.page.locator("a[href^='javascript:' i]").count() == 0
    assert w.requests == [index] + [u for u in w.requests[1:] if u.startswith("file://")]
    assert w.errors == [] and w.dialogs == []
    w.page.close()


def test_an_empty_graph_still_gives_a_working_page(browser, tmp_path):
    from rdflib import Dataset

    path = tmp_path / "empty.html"
    path.write_text(render_index(Dataset()), encoding="utf-8")
    w = Watched(browser)
    w.page.goto(path.as_uri())
    settle(w.page)
    assert drawn(w.page) == 0
    assert "Nothing to draw" in w.page.locator("#net-note").inner_text()
    assert w.page.locator("#timeline").get_attribute("data-rows") == "0"
    assert w.errors == [] and w.requests == [path.as_uri()]
    w.page.close()


def test_notebook_iframe_runs_the_views(browser, ds):
    w = Watched(browser)
    w.page.set_content(notebook_html(ds))
    frame = w.page.frames[1]
    settle(frame)
    assert frame.evaluate("window.diplograph.network.body.data.nodes.length") == n_of(ds, "Actor")
    assert w.errors == [] and w.dialogs == []
    w.page.close()


def test_site_event_page_stays_short_and_unfolds(browser, tmp_path):
    """Thirty reports of one event fold into three status groups; a click shows their words."""
    from test_views import busy_event_model

    from diplograph.views.site import write_site_files

    write_site_files(busy_event_model(), tmp_path)
    w = Watched(browser)
    w.page.goto((tmp_path / "event" / "talks.html").as_uri())
    folded = w.page.evaluate("document.documentElement.scrollHeight")
    assert folded < 1500
    assert not w.page.locator("details.claims li").first.is_visible()
    w.page.locator("details.claims summary").first.click()
    assert w.page.locator("details.claims li").first.is_visible()
    assert w.page.locator("details.claims[open] li").count() == 20
    assert w.page.evaluate("document.documentElement.scrollHeight") > folded
    w.page.goto((tmp_path / "actor" / "state-nor.html").as_uri())
    link = w.page.locator("dd a", has_text="Wikidata Q20")
    assert link.is_visible() and link.get_attribute("href") == "https://www.wikidata.org/wiki/Q20"
    assert w.errors == [] and w.dialogs == []
    w.page.close()


def test_a_big_network_starts_with_the_busiest_actors_and_shows_more(browser, tmp_path):
    """400 actors: the page draws the first ones readably, and "Show more" adds the next ones."""
    from test_views import synthetic

    from diplograph.views.network import FIRST_ACTORS
    from diplograph.views.page import render_page

    path = tmp_path / "big.html"
    path.write_text(render_page(synthetic(400, 900)), encoding="utf-8")
    w = Watched(browser)
    w.page.goto(path.as_uri())
    settle(w.page)
    assert drawn(w.page) == FIRST_ACTORS
    assert "of 400 actors" in w.page.locator("#net-note").inner_text()
    assert_readable(w.page)
    w.page.click("#show-more")
    assert drawn(w.page) == FIRST_ACTORS + 150
    assert w.errors == [] and w.dialogs == []
    w.page.close()
