"""Bad input (issue 9): each bad file is reported with its reason, the good ones are built."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from diplograph.ingest.documents import Note, Skipped, iter_documents
from diplograph.ingest.decode import MAX_FILE_BYTES

GOOD = ("Diplomats from Uruguay and Paraguay met in Montevideo on Wednesday to discuss "
        "shared management of the Parana river, the foreign ministry said in a statement.\n"
        "Both delegations agreed to meet again in Asuncion in April, officials said.\n")
GERMAN = ("Die Außenminister von Österreich und der Schweiz haben sich am Dienstag in Wien "
          "getroffen. Sie sprachen über die Zusammenarbeit bei der Energie und die Lage in "
          "der Region, wie das Ministerium mitteilte. Ein weiteres Treffen ist für den Herbst "
          "geplant, und die Gespräche sollen auf der Ebene der Experten fortgesetzt werden.\n")


def run(*paths, **kw) -> tuple[dict, dict[str, str], list[Note]]:
    skipped: list[Skipped] = []
    notes: list[Note] = []
    docs = {d.id: d for d in iter_documents(list(paths), skipped=skipped, notes=notes, **kw)}
    return docs, {Path(s.path).name: s.reason for s in skipped}, notes


def write(folder: Path, name: str, data: bytes | str) -> Path:
    p = folder / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_unreadable_kinds_of_file_are_skipped_by_name_with_reason(tmp_path: Path):
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.txt", b"   \n\n  ")
    write(tmp_path, "noise.txt", bytes(range(256)) * 40)
    write(tmp_path, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n")
    write(tmp_path, "scan.pdf", b"%PDF-1.4\n")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n")
    docs, skipped, _ = run(tmp_path, published=date(2024, 4, 1))
    assert list(docs) == ["good"]
    assert skipped["empty.txt"] == "empty file"
    assert skipped["blank.txt"].startswith("empty file")
    assert "binary" in skipped["noise.txt"]
    assert "PDF" in skipped["report.txt"]
    assert "unsupported file type (.pdf" in skipped["scan.pdf"]
    assert "unsupported file type (.png" in skipped["photo.png"]


def test_encodings_that_can_be_decoded_are_decoded(tmp_path: Path):
    text = "Ministers met in Bogotá and Asunción; the café was closed.\n" + GOOD
    write(tmp_path, "latin1.txt", text.encode("latin-1"))
    write(tmp_path, "cp1252.txt", ("“Quoted” — " + text).encode("cp1252"))
    write(tmp_path, "utf16bom.txt", text.encode("utf-16"))
    write(tmp_path, "utf16le.txt", text.encode("utf-16-le"))
    write(tmp_path, "utf8bom.txt", text.encode("utf-8-sig"))
    docs, skipped, _ = run(tmp_path, published=date(2024, 4, 1))
    assert skipped == {}
    for name in ("latin1", "utf16bom", "utf16le", "utf8bom"):
        assert "Bogotá and Asunción" in docs[name].text, name
    assert "“Quoted” — Ministers" in docs["cp1252"].text


def test_a_50_mb_file_is_refused_as_too_large(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        line = GOOD.encode() * 100
        while fh.tell() < 50 * 2**20:
            fh.write(line)
    assert big.stat().st_size > MAX_FILE_BYTES
    write(tmp_path, "good.txt", GOOD)
    docs, skipped, _ = run(tmp_path, published=date(2024, 4, 1))
    assert list(docs) == ["good"]
    assert skipped["huge.txt"].startswith("too large (50.")


def test_html_soup_with_scripts_and_styles(tmp_path: Path):
    soup = ("<html><head><style>body{background:url(x.png)} .ad{display:none}</style>"
            "<script>document.write('<p>injected paragraph from a script</p>');</script></head>"
            "<body><div class=ad><script>var tracking = {id: 42};</script></div><div><p>"
            + GOOD.replace("\n", "</p><p>") + "<p>unclosed <b>bold <i>mess</p></div>"
            "<noscript>Please enable JavaScript</noscript><table><tr><td>cell")
    write(tmp_path, "soup.html", soup)
    write(tmp_path, "only-script.html", "<html><script>alert(1)</script><style>p{}</style></html>")
    docs, skipped, _ = run(tmp_path, published=date(2024, 4, 1))
    text = docs["soup"].text
    assert "Diplomats from Uruguay" in text
    for junk in ("document.write", "tracking", "background", "display:none", "injected"):
        assert junk not in text
    assert "only-script.html" in skipped


def test_jsonl_with_a_broken_line_and_a_line_without_text(tmp_path: Path):
    rows = [json.dumps({"id": "ok-1", "text": GOOD, "published": "2024-05-02"}),
            '{"id": "broken", "text": "unterminated',
            json.dumps({"id": "no-text", "title": "Only a title", "published": "2024-05-02"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "ok-2", "text": GOOD, "published": "2024-05-03"})]
    write(tmp_path, "feed.jsonl", "\n".join(rows) + "\n")
    docs, skipped, _ = run(tmp_path / "feed.jsonl")
    assert list(docs) == ["ok-1", "ok-2"]
    assert "not a valid JSON line" in skipped["feed.jsonl:2"]
    assert skipped["feed.jsonl:3"] == "no text or html field"
    assert skipped["feed.jsonl:4"] == "not a JSON object"


def test_manifest_rows_pointing_to_missing_files_or_outside_the_folder(tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(tmp_path, "secret.txt", GOOD)
    write(corpus, "good.txt", GOOD)
    os.symlink(tmp_path / "secret.txt", corpus / "sneaky.txt")
    rows = [{"id": "g", "path": "good.txt", "published": "2024-01-02"},
            {"id": "m", "path": "missing.txt"},
            {"id": "p", "path": "../../etc/passwd"},
            {"id": "s", "path": "../secret.txt"},
            {"id": "a", "path": "/etc/hostname"},
            {"id": "l", "path": "sneaky.txt"},
            {"id": "n"}]
    write(corpus, "manifest.jsonl", "\n".join(map(json.dumps, rows)) + "\n{oops\n")
    docs, skipped, _ = run(corpus)
    assert list(docs) == ["g"]
    assert "not found" in skipped["manifest.jsonl:2"]
    for line in (3, 4, 6):
        assert "outside the corpus folder" in skipped[f"manifest.jsonl:{line}"]
    assert "absolute path" in skipped["manifest.jsonl:5"]
    assert "names no file" in skipped["manifest.jsonl:7"]
    assert "not valid JSON" in skipped["manifest.jsonl:8"]
    assert "outside the corpus folder" in skipped["sneaky.txt"]  # nor read by the folder walk


def test_duplicate_ids_keep_the_first(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    write(one, "same.txt", GOOD)
    write(two, "same.txt", GOOD.replace("Wednesday", "Thursday"))
    docs, skipped, _ = run(one, two, published=date(2024, 4, 1))
    assert "Wednesday" in docs["same"].text
    assert skipped["same.txt"].startswith("duplicate id 'same'")


def test_malformed_and_missing_dates_keep_the_document_with_a_note(tmp_path: Path):
    rows = [{"id": "bad-month", "path": "a.txt", "published": "2025-13-45"},
            {"id": "words", "path": "b.txt", "published": "last Tuesday-ish"},
            {"id": "month-only", "path": "c.txt", "published": "2025-06"},
            {"id": "odd-type", "path": "d.txt", "published": 20250102},
            {"id": "written", "path": "e.txt", "published": "3 March 2024"},
            {"id": "undated", "path": "f.txt"}]
    for row in rows:
        write(tmp_path, row["path"], GOOD)
    write(tmp_path, "manifest.jsonl", "\n".join(map(json.dumps, rows)))
    docs, skipped, notes = run(tmp_path)
    assert skipped == {} and len(docs) == 6
    assert docs["written"].published == date(2024, 3, 3)
    for key in ("bad-month", "words", "month-only", "odd-type", "undated"):
        assert docs[key].published is None
    said = {Path(n.path).name: n.message for n in notes if "malformed" in n.message}
    assert set(said) == {"a.txt", "b.txt", "c.txt", "d.txt"}
    assert "'2025-13-45'" in said["a.txt"]
    undated = [Path(n.path).name for n in notes if n.message == "no publication date"]
    assert sorted(undated) == ["a.txt", "b.txt", "c.txt", "d.txt", "f.txt"]


def test_article_in_another_language_is_kept_and_flagged(tmp_path: Path):
    write(tmp_path, "wien.txt", GERMAN)
    write(tmp_path, "kyiv.txt", "Міністри закордонних справ України та Польщі зустрілися у "
          "Варшаві у вівторок, щоб обговорити питання безпеки та співпраці в регіоні.\n")
    write(tmp_path, "en.txt", GOOD)
    docs, skipped, notes = run(tmp_path, published=date(2024, 4, 1))
    assert skipped == {}
    assert docs["wien"].language == "de" and docs["en"].language == "en"
    assert docs["kyiv"].language == "uk"
    flagged = {Path(n.path).name for n in notes if "not English" in n.message}
    assert flagged == {"wien.txt", "kyiv.txt"}


def test_paths_that_do_not_exist_or_cannot_be_read(tmp_path: Path):
    write(tmp_path, "good.txt", GOOD)
    os.symlink(tmp_path / "gone.txt", tmp_path / "dangling.txt")
    locked = write(tmp_path, "locked.txt", GOOD)
    locked.chmod(0)
    try:
        docs, skipped, _ = run(tmp_path, tmp_path / "nowhere", published=date(2024, 4, 1))
    finally:
        locked.chmod(0o644)
    assert "good" in docs
    assert skipped["nowhere"] == "not found"
    assert "unreadable" in skipped["dangling.txt"]
    if os.geteuid() != 0:  # root reads anything
        assert "unreadable" in skipped["locked.txt"] and "locked" not in docs


def test_a_page_of_nothing_but_furniture_is_reported(tmp_path: Path):
    write(tmp_path, "chrome.txt", "Share\nAdvertisement\nSign up for our newsletter\n")
    docs, skipped, _ = run(tmp_path / "chrome.txt")
    assert docs == {} and "no article text" in skipped["chrome.txt"]


@pytest.mark.parametrize("blob", [b"\xff\xfe", b"\xef\xbb\xbf", b"\x00" * 9, b"\xfe\xff\x00"])
def test_tiny_odd_files_never_crash(tmp_path: Path, blob: bytes):
    write(tmp_path, "odd.txt", blob)
    docs, skipped, _ = run(tmp_path / "odd.txt")
    assert docs == {} and "odd.txt" in skipped


def test_html_reader_library_is_installed_with_the_package():
    """trafilatura's justext imports lxml.html.clean, a separate distribution since lxml 5.2."""
    import importlib

    importlib.import_module("lxml.html.clean")
    import trafilatura  # noqa: F401 - the import itself is the check


def test_a_reader_that_fails_skips_its_file_with_the_reason(tmp_path: Path, monkeypatch):
    import diplograph.ingest.formats as formats

    def broken(html: str):
        raise ImportError("lxml.html.clean module is now a separate project")

    monkeypatch.setattr(formats, "html_to_text", broken)
    write(tmp_path, "good.txt", GOOD)
    write(tmp_path, "page.html", "<html><body><p>" + GOOD + "</p></body></html>")
    feed = json.dumps({"id": "f1", "html": "<p>" + GOOD + "</p>", "published": "2025-01-02"})
    write(tmp_path, "feed.jsonl", feed + "\n")
    docs, skipped, _ = run(tmp_path, published=date(2025, 1, 2))
    assert set(docs) == {"good"}
    assert "ImportError" in skipped["page.html"] and "separate project" in skipped["page.html"]
    assert "ImportError" in skipped["feed.jsonl:1"]
