"""Reading each supported input format into a raw article (text, links, metadata)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.ingest.clean.markup import blank_markdown, html_to_text
from diplograph.ingest.decode import MAX_FILE_BYTES, read_text
from diplograph.ingest.meta import id_value

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | {".jsonl"}
META_FIELDS = ("published", "publisher", "title", "url", "language")


@dataclass
class Article:
    """One article before clean-up: its text (offsets are into it) and what is known of it."""

    id: str
    text: str
    source: str
    links: list[tuple[int, int]] = field(default_factory=list)
    given: dict[str, Any] = field(default_factory=dict)  # manifest or JSONL fields
    page: dict[str, Any] = field(default_factory=dict)  # what an HTML page says of itself
    flags: list[str] = field(default_factory=list)  # what reading it had to repair


def article_from_text(doc_id: str, text: str, source: str, kind: str) -> Article:
    """An article from decoded text; ``kind`` is "html", "md" or "txt"."""
    if kind == "html":
        page = html_to_text(text)
        meta = {k: getattr(page, k) for k in META_FIELDS}
        return Article(doc_id, page.text, source, page.links,
                       page={k: v for k, v in meta.items() if v})
    if kind == "md":
        blanked, links = blank_markdown(text)
        return Article(doc_id, blanked, source, links)
    return Article(doc_id, text, source)


def kind_of(path: Path) -> str:
    """The reader a file needs, from its suffix."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "md" if suffix in (".md", ".markdown") else "txt"


def iter_jsonl(path: Path) -> Iterator[Article | tuple[str, str]]:
    """Articles of a JSONL file; a bad line comes out as ``("file:line", reason)``."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"unreadable ({exc.strerror or exc})") from None
    with handle:
        head = handle.read(4096)
        if b"\x00" in head or head.startswith(b"%PDF-"):
            raise InputError("binary file, not JSON lines")
        handle.seek(0)
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                yield _jsonl_article(raw, path, number, where)
            except InputError as exc:
                yield where, str(exc)
            except Exception as exc:  # noqa: BLE001 - a broken reader skips one line, not the file
                yield where, f"could not be read ({type(exc).__name__}: {exc})"


def _jsonl_article(raw: bytes, path: Path, number: int, where: str) -> Article:
    """One JSONL line as an article, or an InputError naming what is wrong with it."""
    if len(raw) > MAX_FILE_BYTES:
        raise InputError("line too large")
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a valid JSON line ({exc})") from None
    if not isinstance(obj, dict):
        raise InputError("not a JSON object")
    body = obj.get("text") if isinstance(obj.get("text"), str) else None
    html = obj.get("html") if isinstance(obj.get("html"), str) else None
    if not (body or "").strip() and not (html or "").strip():
        raise InputError("no text or html field")
    doc_id = id_value(obj.get("id")) or f"{path.stem}-{number}"
    article = (article_from_text(doc_id, html, where, "html") if not (body or "").strip()
               else Article(doc_id, body, where))
    article.given = {k: obj[k] for k in META_FIELDS if obj.get(k) is not None}
    return article


def read_article(path: Path, doc_id: str) -> Article:
    """An article from a text, Markdown or HTML file (InputError says why it cannot be)."""
    flags: list[str] = []
    text = read_text(path, flags=flags)
    kind = kind_of(path)
    if kind == "txt" and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    article = article_from_text(doc_id, text, str(path), kind)
    article.flags = flags
    return article
