"""The views in a real browser: offline, complete, clickable, and inert to hostile text."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from views_corpus import XSS_NAME, XSS_QUOTE, dataset

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
    return page.evaluate("window.diplograph.query.network.body.data.nodes.length")


def click_node(page, nid: str) -> None:
    """A real mouse click on a node of the canvas, after centring on it."""
    page.evaluate("id => window.diplograph.query.network.moveTo({position: window.diplograph.query.network"
                  ".getPositions([id])[id], scale: 1.6})", nid)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def statement_id(page, start: str) -> str:
    return page.evaluate("""q => Object.entries(window.diplograph.kb.data.statements)
        .find(([k, s]) => s.quote.startsWith(q))[0]""", start)


def test_loads_offline_without_errors(view):
    assert view.errors == []
    assert view.requests == [view.url]


def test_draws_every_node_the_graph_implies(view, ds):
    actors, events = n_of(ds, "Actor"), n_of(ds, "DiplomaticEvent")
    assert drawn(view.page) == actors + events  # statements are drawn on demand
    view.page.check("#legend input[data-type=statement]")
    settle(view.page)
    assert drawn(view.page) == actors + events + n_of(ds, "Statement")


def test_clicking_a_statement_shows_quote_and_source(view):
    view.page.check("#legend input[data-type=statement]")
    settle(view.page)
    sid = statement_id(view.page, "We will sit down")
    click_node(view.page, sid)
    panel = view.page.locator("#panel")
    assert panel.get_attribute("data-showing") == sid
    text = panel.inner_text()
    assert "We will sit down with Mr Reyes soon." in text
    assert "Port talks planned" in text and "The Northern Ledger" in text
    assert "Anna Varga" in text  # the speaker
    assert view.page.evaluate("window.diplograph.query.network.getSelectedNodes()") == [sid]


def test_timeline_shows_every_dated_event_and_links_to_the_network(view, ds):
    dated = n_of(ds, "DiplomaticEvent", "{ ?x sem:hasTimeStamp ?t } UNION "
                 "{ ?x sem:hasEarliestBeginTimeStamp ?t }")
    view.page.select_option("#group", "event")
    marks = view.page.eval_on_selector_all(
        "#tl-rows circle.item.event, #tl-rows rect.item.event", "els => els.map(e => e.dataset.id)")
    assert len(set(marks)) == len(marks) == dated
    view.page.locator(f'#tl-rows [data-id="{marks[0]}"]').first.click()
    assert view.page.evaluate("window.diplograph.query.network.getSelectedNodes()") == [marks[0]]
    assert view.page.locator("#panel").get_attribute("data-showing") == marks[0]
    ticks = view.page.locator("#tl-axis text").all_inner_texts()
    box = view.page.locator("#tl-scroll").bounding_box()
    view.page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + 10)
    view.page.keyboard.down("Control")
    for _ in range(4):
        view.page.mouse.wheel(0, -100)
    view.page.keyboard.up("Control")
    zoomed = view.page.locator("#tl-axis text").all_inner_texts()
    assert zoomed and zoomed != ticks  # ctrl+wheel zoomed the time axis
    view.page.dblclick("#tl-scroll", position={"x": 5, "y": 5})
    assert view.page.locator("#tl-axis text").all_inner_texts() == ticks
    actor = view.page.evaluate("Object.keys(window.diplograph.kb.data.actors)[0]")
    click_node(view.page, actor)
    view.page.select_option("#group", "actor")
    assert view.page.locator(f'#tl-rows g[data-row="{actor}"]').count() == 1
    assert view.page.locator("#tl-rows .row-bg.hl").count() == 1


def test_hostile_text_is_shown_as_text_and_never_runs(view):
    page = view.page
    xss = page.evaluate("n => Object.entries(window.diplograph.kb.data.actors)"
                        ".find(([k, a]) => a.label === n)[0]", XSS_NAME)
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
    page.evaluate("id => window.diplograph.select(id, 'panel')", page.evaluate(
        "Object.entries(window.diplograph.kb.data.actors).find(([k, a]) => a.label === 'Anna Varga')[0]"))
    assert "A visit" in page.locator("#panel").inner_text()  # its article has a javascript: url
    assert page.locator("#panel a[href^='javascript:' i]").count() == 0
    assert view.dialogs == [] and view.errors == []


def test_sample_build_page_offline_complete_and_pictured(browser, sample_build, tmp_path):
    """The page every build writes: no errors, no requests, all nodes; a screenshot for people."""
    from diplograph.store import open_graph_dir

    store = open_graph_dir(sample_build)
    graph = {kind: int(next(store.query(
        f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{DG}{kind}> }}").terms())[0])
        for kind in ("Actor", "DiplomaticEvent", "Statement")}
    store.close()
    w = Watched(browser)
    url = (sample_build / "index.html").as_uri()
    w.page.goto(url)
    settle(w.page)
    busiest = w.page.evaluate("""(() => { const d = window.diplograph.kb.data, n = {};
        Object.values(d.statements).forEach(s => { n[s.speaker] = (n[s.speaker] || 0) + 1; });
        Object.values(d.events).forEach(e => e.actors.forEach(p => { n[p[0]] = (n[p[0]] || 0) + 1; }));
        return Object.keys(n).filter(k => d.actors[k]).sort((a, b) => n[b] - n[a])[0]; })()""")
    if busiest:
        w.page.evaluate("id => window.diplograph.select(id, 'network')", busiest)
    w.page.wait_for_timeout(300)
    target = os.environ.get("DIPLOGRAPH_SCREENSHOT")
    out = Path(target) if target else tmp_path / "screenshot.png"
    out.parent.mkdir(parents=True, exist_ok=True)
    w.page.screenshot(path=str(out))
    assert out.stat().st_size > 10_000
    assert drawn(w.page) == graph["Actor"] + graph["DiplomaticEvent"]
    if graph["Statement"]:
        w.page.check("#legend input[data-type=statement]")
        settle(w.page)
    assert drawn(w.page) == sum(graph.values())
    assert w.errors == [] and w.dialogs == []
    assert w.requests == [url]
    w.page.close()


def test_site_pages_work_offline(browser, ds, tmp_path):
    files = write_site(ds, tmp_path)
    w = Watched(browser)
    index = (tmp_path / "index.html").as_uri()
    w.page.goto(index)
    settle(w.page)
    xss = w.page.evaluate("n => Object.entries(window.diplograph.kb.data.actors)"
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
    assert frame.evaluate("window.diplograph.query.network.body.data.nodes.length") == \
        n_of(ds, "Actor") + n_of(ds, "DiplomaticEvent")
    assert w.errors == [] and w.dialogs == []
    w.page.close()
