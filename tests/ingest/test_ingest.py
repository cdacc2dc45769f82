"""Ingest of each input format, manifests, metadata precedence, ids, teasers and offsets."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ManifestError
from diplograph.ingest.documents import (
    IngestWarning,
    Note,
    Skipped,
    iter_documents,
    read_manifest,
    sample_corpus_path,
)
from diplograph.records import Document

LEDE = ("Foreign ministers of Ghana and Senegal met in Accra on Monday to discuss a regional "
        "power grid, a project delayed since 2019, officials said.")
MORE = ("Senegal's minister told reporters that both governments had agreed to hold a second "
        "round of talks in Dakar before the end of March.")
LAST = ("The World Bank has pledged to finance part of the transmission line, according to "
        "a statement released by the Ghanaian foreign ministry.")
TEASER = ("Farmers in northern Togo say the new irrigation scheme has doubled the yield of "
          "their maize fields during the dry season.")


def article(*extra: str, title: str = "Ghana and Senegal revive power grid plan") -> str:
    return "\n".join([title, LEDE, MORE, LAST, *extra]) + "\n"


def run(*paths, **kw) -> tuple[list[Document], list[Skipped], list[Note]]:
    skipped: list[Skipped] = []
    notes: list[Note] = []
    docs = list(iter_documents(list(paths), skipped=skipped, notes=notes, **kw))
    return docs, skipped, notes


def original(doc: Document, raw: str) -> None:
    """Offsets survive: each kept character is the original one at ``base + i``."""
    assert doc.base + len(doc.text) <= len(raw)
    for i, ch in enumerate(doc.text):
        assert ch == raw[doc.base + i] or (ch == " " and not raw[doc.base + i].isspace())


def test_txt_file_uses_stem_id_and_caller_metadata(tmp_path: Path):
    f = tmp_path / "accra-talks.txt"
    f.write_text(article(), encoding="utf-8")
    docs, skipped, notes = run(f, published=date(2024, 3, 4), publisher="Gold Coast Post")
    assert skipped == [] and notes == []
    (doc,) = docs
    assert (doc.id, doc.published, doc.publisher) == ("accra-talks", date(2024, 3, 4),
                                                      "Gold Coast Post")
    assert doc.title == "Ghana and Senegal revive power grid plan"
    assert doc.text == f.read_text(encoding="utf-8") and doc.base == 0
    assert doc.source == f.name and doc.language == "en" and len(doc.content_hash) == 64


def test_folder_manifest_gives_ids_and_metadata(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article(title="Accra talks end"), encoding="utf-8")
    rows = [{"id": "gh-1", "path": "a.txt", "published": "2024-02-01", "publisher": "Daily A",
             "language": "en", "url": "https://example.org/a", "title": "Grid talks"},
            {"id": "gh-2", "file": "b.txt", "published": None, "publisher": None}]
    (tmp_path / "manifest.jsonl").write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    docs, skipped, notes = run(tmp_path, publisher="Fallback Press")
    assert skipped == []
    assert [d.id for d in docs] == ["gh-1", "gh-2"]
    a, b = docs
    assert (a.published, a.publisher, a.url, a.title) == (
        date(2024, 2, 1), "Daily A", "https://example.org/a", "Grid talks")
    assert (b.published, b.publisher, b.title) == (None, "Fallback Press", "Accra talks end")
    assert notes == [Note(str(tmp_path / "b.txt"), "no publication date")]


def test_markdown_markup_is_blanked_in_place(tmp_path: Path):
    md = ("# Ghana and Senegal revive power grid plan\n\n**ACCRA** — " + LEDE + "\n\n"
          "Read the [full statement](https://example.org/s) from the ministry.\n\n" + MORE + "\n")
    f = tmp_path / "grid.md"
    f.write_text(md, encoding="utf-8")
    (doc,), _, _ = run(f)
    assert doc.title == "Ghana and Senegal revive power grid plan"
    assert "#" not in doc.text and "**" not in doc.text and "](" not in doc.text
    assert "full statement" in doc.text
    original(doc, md)


def test_html_main_text_and_page_metadata(tmp_path: Path):
    html = f"""<!doctype html><html lang="en"><head>
<title>Grid talks resume | West Africa Wire</title>
<meta property="og:site_name" content="West Africa Wire">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<style>.x {{ color: red }}</style><script>window.tracker = "abc";</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Grid talks resume</h1><p>By Ama Mensah</p><p>{LEDE}</p><p>{MORE}</p>
<p>{LAST}</p></article><footer>Cookie settings</footer></body></html>"""
    f = tmp_path / "grid.html"
    f.write_text(html, encoding="utf-8")
    (doc,), skipped, _ = run(f)
    assert skipped == []
    assert (doc.published, doc.publisher) == (date(2024, 3, 5), "West Africa Wire")
    assert doc.title and "Grid talks resume" in doc.title
    assert LEDE in doc.text and LAST in doc.text
    assert "tracker" not in doc.text and "color" not in doc.text and "Ama Mensah" not in doc.text


def test_manifest_date_beats_html_date(tmp_path: Path):
    html = (f"<html><head><meta property='article:published_time' content='2020-01-01'>"
            f"</head><body><article><p>{LEDE}</p><p>{MORE}</p></article></body></html>")
    (tmp_path / "p.htm").write_text(html, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"id": "p", "path": "p.htm", "published": "2024-06-30"}), encoding="utf-8")
    (doc,), _, _ = run(tmp_path)
    assert doc.published == date(2024, 6, 30)


def test_jsonl_text_and_html_records(tmp_path: Path):
    lines = [
        {"id": "j1", "text": article(), "published": "2024-01-09", "publisher": "Wire One",
         "url": "https://example.org/j1", "title": "Grid"},
        {"html": f"<html><body><article><p>{LEDE}</p><p>{MORE}</p></article></body></html>",
         "published": "2024-01-10"},
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(map(json.dumps, lines)) + "\n\n", encoding="utf-8")
    docs, skipped, _ = run(f)
    assert skipped == []
    assert [d.id for d in docs] == ["j1", "batch-2"]
    assert docs[0].source == f"{f.name}:1" and docs[1].source == f"{f.name}:2"
    assert (docs[0].publisher, docs[0].url, docs[0].title) == ("Wire One", "https://example.org/j1",
                                                               "Grid")
    assert docs[1].published == date(2024, 1, 10) and LEDE in docs[1].text


def test_related_teasers_become_documents_or_are_dropped(tmp_path: Path):
    raw = article("", "Related Articles", "", "Lome Today", "2 hours ago",
                  "Togo irrigation scheme doubles maize harvest", TEASER)
    f = tmp_path / "page.txt"
    f.write_text(raw, encoding="utf-8")
    docs, _, _ = run(f, published=date(2024, 3, 4))
    page, teaser = docs
    assert teaser.id == "page#related-1" and teaser.parent == "page"
    assert teaser.published is None and teaser.title == "Togo irrigation scheme doubles maize harvest"
    assert teaser.publisher == "Lome Today" and TEASER in teaser.text
    assert TEASER not in page.text and "Related Articles" not in page.text
    original(page, raw)
    original(teaser, raw)
    only, _, _ = run(f, related=False)
    assert [d.id for d in only] == ["page"]


def test_content_hash_follows_text_and_metadata(tmp_path: Path):
    f = tmp_path / "h.txt"
    f.write_text(article(), encoding="utf-8")
    one = run(f, publisher="A")[0][0].content_hash
    assert one == run(f, publisher="A")[0][0].content_hash
    assert one != run(f, publisher="B")[0][0].content_hash
    f.write_text(article() + MORE + "\n", encoding="utf-8")
    assert one != run(f, publisher="A")[0][0].content_hash


def test_notes_become_warnings_when_not_collected(tmp_path: Path):
    f = tmp_path / "undated.txt"
    f.write_text(article(), encoding="utf-8")
    with pytest.warns(IngestWarning, match="no publication date") as caught:
        docs = list(iter_documents([f]))
    assert len(docs) == 1 and caught[0].filename == str(f)


def test_read_manifest_reports_bad_rows_and_raises_when_none_is_good(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article(), encoding="utf-8")
    m = tmp_path / "manifest.jsonl"
    m.write_text('{"id": "a", "path": "a.txt"}\n{"id": "b", "path": \n[1, 2]\n', encoding="utf-8")
    rows, errors = read_manifest(m)
    assert [r.fields["id"] for r in rows] == ["a"]
    assert [e.where for e in errors] == [f"{m}:2", f"{m}:3"]
    assert "not valid JSON" in errors[0].reason and "not a JSON object" in errors[1].reason
    m.write_text('{"id": "b", "path": "missing.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ManifestError) as info:
        read_manifest(m)
    assert len(info.value.errors) == 2


def test_sample_corpus_builds_one_document_per_manifest_row():
    folder = sample_corpus_path()
    rows = [json.loads(x) for x in (folder / "manifest.jsonl").read_text().splitlines() if x]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        docs, skipped, notes = run(folder, related=False)
    assert skipped == [] and notes == []
    assert [d.id for d in docs] == [r["id"] for r in rows]
    for doc, row in zip(docs, rows):
        raw = (folder / row["path"]).read_text(encoding="utf-8")
        assert len(doc.text) == len(raw) and doc.published == date.fromisoformat(row["published"])
        original(doc, raw)
        lede = next(line for line in raw.splitlines() if len(line.split()) >= 25)
        assert lede in doc.text  # the first paragraph of running text survives clean-up


def test_a_text_page_without_manifest_dates_itself_from_its_stamp(tmp_path: Path):
    f = tmp_path / "stamped.txt"
    f.write_text(article("Updated: 9 March 2024, 10:00", title="Ghana and Senegal revive grid plan\n"
                         "By Ama Mensah\nPublished: 05/03/2024 - 08h12"), encoding="utf-8")
    (doc,), _, notes = run(f)
    assert doc.published == date(2024, 3, 5)  # the published stamp, day first, not the update
    assert not any("no publication date" in n.message for n in notes)
    (given,), _, _ = run(f, published=date(2024, 3, 6))
    assert given.published == date(2024, 3, 6)  # the caller's (or manifest's) date comes first
    g = tmp_path / "prose.txt"  # a date inside a sentence of the article is not a stamp
    g.write_text(article(f"The line should open on March 3, 2026, {LEDE[0].lower()}{LEDE[1:]}"),
                 encoding="utf-8")
    (undated,), _, notes = run(g)
    assert undated.published is None and any("no publication date" in n.message for n in notes)


def test_related_links_in_an_html_aside_become_teaser_documents(tmp_path: Path):
    html = f"""<html><head><title>Grid</title></head><body>
<nav><a href="/a">Ghana signs new cocoa export deal with Malaysia</a></nav>
<article><h1>Ghana and Senegal revive power grid plan</h1><p>{LEDE}</p><p>{MORE}</p>
<p>{LAST}</p></article>
<aside class="related-stories"><h3>More stories</h3><ul>
<li><a href="/t1">Togo irrigation scheme doubles maize harvest</a></li>
<li><a href="/t2">Benin and Niger reopen their border after a year</a></li></ul></aside>
<footer><a href="/f">Privacy and cookie settings for this website</a></footer></body></html>"""
    f = tmp_path / "grid.html"
    f.write_text(html, encoding="utf-8")
    docs, _, _ = run(f)
    page, *teasers = docs
    assert LEDE in page.text and "Togo irrigation" not in page.text
    assert [t.title for t in teasers] == ["Togo irrigation scheme doubles maize harvest",
                                          "Benin and Niger reopen their border after a year"]
    assert all(t.parent == page.id for t in teasers)
    assert not any("cocoa" in d.text or "cookie" in d.text for d in docs)
