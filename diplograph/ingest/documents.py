"""Ingest: files, folders and JSONL become cleaned Documents; every problem is reported.

What is left out goes to ``skipped`` (a list of :class:`Skipped`: file, manifest row
``manifest.jsonl:3`` or JSONL line ``file.jsonl:12``, with the reason). A document
that is kept but deserves a word — malformed or missing publication date, another
language than English — gives a :class:`Note`: appended to ``notes`` when the
caller passes a list, else issued as an :class:`IngestWarning`.

For HTML the offsets of a Document are into the main text trafilatura extracts
(``Document.base`` counts in that text), not into the markup; for every other
format they are into the decoded file (or the JSONL ``text`` field).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.errors import InputError, ManifestError
from diplograph.ingest.clean.page import clean
from diplograph.ingest.clean.stamps import page_date
from diplograph.ingest.decode import guess_language
from diplograph.ingest.formats import SUFFIXES, Article, iter_jsonl, read_article
from diplograph.ingest.meta import (
    content_hash,
    id_value,
    json_kind,
    language_code,
    parse_date,
    text_value,
)
from diplograph.records import Document

MANIFEST = "manifest.jsonl"
# Budgets per file: a news article is a few thousand to ~50 000 characters; far longer inputs
# (books, dumps, a runaway page) would cost minutes and gigabytes of NLP, so they are skipped.
MAX_RAW_CHARS = 20_000_000
MAX_DOC_CHARS = 300_000


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input left out (file, manifest row or JSONL line) and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Note:
    """A document that was kept but has something worth telling."""

    path: str
    message: str


class IngestWarning(UserWarning):
    """A :class:`Note` issued as a warning when the caller collects no notes."""


@dataclass(frozen=True, slots=True)
class ManifestRow:
    """One usable manifest row: the file (inside the folder, present) and its fields."""

    line: int
    path: Path
    fields: dict[str, Any]


def sample_corpus_path() -> Path:
    """The sample corpus shipped in the package, built when no input is given."""
    return Path(__file__).parent / "sample"


def read_manifest(path: Path) -> tuple[list[ManifestRow], list[ManifestError]]:
    """A folder's manifest: good rows, plus one ManifestError per bad row (raised if none is good).

    Each error has ``where`` (``manifest.jsonl:LINE``) and ``reason`` attributes.
    """
    folder = path.parent
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError) as exc:
        raise _row_error(str(path), f"unreadable manifest ({exc})") from None
    rows: list[ManifestRow] = []
    errors: list[ManifestError] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                rows.append(_manifest_row(line, number, folder))
            except ManifestError as exc:
                errors.append(_row_error(f"{path}:{number}", str(exc)))
    if errors and not rows:
        exc = _row_error(str(path), f"no usable row ({len(errors)} bad)")
        exc.errors = errors
        raise exc
    return rows, errors


def _row_error(where: str, reason: str) -> ManifestError:
    exc = ManifestError(f"{where}: {reason}")
    exc.where, exc.reason, exc.errors = where, reason, []
    return exc


def _manifest_row(line: str, number: int, folder: Path) -> ManifestRow:
    """Check one manifest line; a ManifestError names what is wrong with it."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"not valid JSON ({exc.msg}, column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ManifestError("not a JSON object")
    rel = obj.get("path") or obj.get("file")
    if not isinstance(rel, str) or not rel.strip():
        raise ManifestError("row names no file ('path')")
    if Path(rel).is_absolute() or re.match(r"^([A-Za-z]:)?[\\/]", rel):
        raise ManifestError(f"absolute path {rel!r} is not allowed")
    target = folder / rel
    real = _real(target)
    if real is None:
        raise ManifestError(f"path {rel!r} is a symlink loop")
    if not real.is_relative_to(folder.resolve()):
        raise ManifestError(f"path {rel!r} points outside the corpus folder")
    if not target.is_file():
        raise ManifestError(f"file {rel!r} not found")
    fields = {k: v for k, v in obj.items() if k not in ("path", "file") and v is not None}
    return ManifestRow(number, target, fields)


def _real(path: Path) -> Path | None:
    """The path with every link followed; None for a symlink loop."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError for loops, later OSError
        return None


def iter_documents(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    publisher: str | None = None,
    related: bool = True,
    skipped: list[Skipped] | None = None,
    notes: list[Note] | None = None,
) -> Iterator[Document]:
    """Cleaned Documents from files and folders, one at a time; bad inputs land in ``skipped``.

    ``published``/``publisher`` fill in what neither the manifest nor the record gives.
    Related-article teasers follow their page as ``<id>#related-N`` unless ``related=False``.
    """
    run = _Run({"published": published, "publisher": publisher}, related,
               skipped if skipped is not None else [], notes)
    for p in paths:
        yield from run.path(Path(p))


class _Run:
    """One ingest pass: the ids seen so far and where problems are reported."""

    def __init__(self, defaults: dict[str, Any], related: bool, skipped: list[Skipped],
                 notes: list[Note] | None):
        self.defaults = {k: v for k, v in defaults.items() if v is not None}
        self.related = related
        self.skipped = skipped
        self.notes = notes
        self.ids: dict[str, str] = {}
        self.folders: set[Path] = set()
        self.root = Path(".")  # the input being read: documents name their file relative to it

    def skip(self, where: object, reason: str) -> None:
        self.skipped.append(Skipped(str(where), reason))

    def note(self, where: str, message: str) -> None:
        if self.notes is None:
            # Filed under the article's path, so the warning names the file, not our code.
            warnings.warn_explicit(message, IngestWarning, filename=where, lineno=0)
        else:
            self.notes.append(Note(where, message))

    def path(self, p: Path) -> Iterator[Document]:
        self.root = p if p.is_dir() else p.parent
        if p.is_dir():
            yield from self.folder(p)
        elif p.is_file():
            yield from self.file(p, {})
        else:
            self.skip(p, ("symlink loop" if _real(p) is None else "broken link") if p.is_symlink()
                      else "not a regular file" if p.exists() else "not found")

    def folder(self, d: Path, root: Path | None = None) -> Iterator[Document]:
        """The manifest's files (in its order), the other files, then the subfolders."""
        real = d.resolve()
        root = root or real
        if real in self.folders:
            return
        self.folders.add(real)
        listed: set[Path] = set()
        for row in self.manifest(d / MANIFEST):
            listed.add(row.path.resolve())
            yield from self.file(row.path, row.fields)
        for child in sorted(d.iterdir(), key=lambda c: (c.is_dir(), c.name)):
            target = _real(child)
            if child.name.startswith(".") or child.name == MANIFEST or target in listed:
                continue
            if target is None:
                self.skip(child, "symlink loop (the link leads back to itself)")
            elif child.is_symlink() and not target.is_relative_to(root):
                self.skip(child, "link to a place outside the corpus folder")
            elif child.is_dir():
                yield from self.folder(child, root)
            elif child.suffix.lower() in SUFFIXES:
                yield from self.file(child, {})
            else:
                self.skip(child, f"unsupported file type ({child.suffix or 'no suffix'}; "
                          "expected .txt, .html, .htm, .md or .jsonl)")

    def manifest(self, path: Path) -> list[ManifestRow]:
        if not path.is_file():
            return []
        try:
            rows, errors = read_manifest(path)
        except ManifestError as exc:
            rows, errors = [], exc.errors or [exc]
        for err in errors:
            self.skip(err.where, err.reason)
        return rows

    def file(self, p: Path, given: dict[str, Any]) -> Iterator[Document]:
        try:
            if p.suffix.lower() == ".jsonl":
                yield from self.jsonl(p)
                return
            article = read_article(p, id_value(given.get("id")) or p.stem)
        except InputError as exc:
            self.skip(p, str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a broken reader (or its library) skips one file
            self.skip(p, f"could not be read ({type(exc).__name__}: {exc})")
            return
        article.given = given
        yield from self.documents(article)

    def jsonl(self, p: Path) -> Iterator[Document]:
        for item in iter_jsonl(p):
            if isinstance(item, tuple):
                self.skip(*item)
            else:
                yield from self.documents(item)

    def documents(self, art: Article) -> Iterator[Document]:
        """The page's Document, then its teasers."""
        if art.id in self.ids:
            self.skip(art.source, f"duplicate id {art.id!r} (first read from {self.ids[art.id]})")
            return
        if len(art.text) > MAX_RAW_CHARS:
            self.skip(art.source, f"{len(art.text)} characters is over the per-file budget of "
                                  f"{MAX_RAW_CHARS} (split it into one file per article)")
            return
        for flag in art.flags:
            self.note(art.source, flag)
        meta = self.metadata(art)
        result = clean(art.text, art.id, title=meta["title"], links=art.links)
        kept = sum(e - s for s, e in result.kept)
        if kept > MAX_DOC_CHARS:
            self.skip(art.source, f"{kept} characters of article text is over the per-document "
                                  f"budget of {MAX_DOC_CHARS} (split it into one file per article)")
            return
        if not result.kept:
            self.skip(art.source, "no article text (only page furniture)")
            return
        self.ids[art.id] = art.source
        meta["title"] = meta["title"] or result.title
        source = self.relative(art.source)
        yield _document(art.id, result.text, meta, source=source)
        for n, t in enumerate(result.related if self.related else (), start=1):
            yield _document(f"{art.id}#related-{n}", t.text,
                            {"title": t.title, "publisher": t.publisher,
                             "language": meta["language"]},
                            source=source, base=t.start, parent=art.id)

    def relative(self, source: str) -> str:
        """Where a document came from, relative to its input (no local folder names leak out)."""
        path = Path(source)
        return (path.relative_to(self.root) if path.is_relative_to(self.root) else path).as_posix()

    def metadata(self, art: Article) -> dict[str, Any]:
        """Fields from the manifest or record, else the caller's defaults, else the page."""
        layers = (art.given, self.defaults, art.page)
        meta: dict[str, Any] = {key: self.text_field(art, key, layers)
                                for key in ("publisher", "title", "url")}
        meta["published"] = self.published(art, layers)
        lang = next((language_code(lay.get("language")) for lay in layers
                     if language_code(lay.get("language"))), None) or guess_language(art.text)
        if lang and lang != "en":
            self.note(art.source, f"language {lang!r}, not English (kept; extraction "
                      "is tuned for English)")
        meta["language"] = lang
        return meta

    def text_field(self, art: Article, key: str, layers: tuple[dict[str, Any], ...]) -> str | None:
        """The first layer's ``key`` given as text or a number; a list, an object or a boolean
        is passed over with a note, never stored as its Python spelling."""
        for layer in layers:
            value = layer.get(key)
            if value is None or value == "":
                continue
            text = text_value(value)
            if text is None and not isinstance(value, str):
                self.note(art.source, f"{key} is a JSON {json_kind(value)}, not text; ignored")
            elif text:
                return text
        return None

    def published(self, art: Article, layers: tuple[dict[str, Any], ...]) -> date | None:
        for layer in layers:
            value = layer.get("published")
            try:
                day = parse_date(value)
            except ValueError as exc:
                self.note(art.source, f"malformed publication date {value!r} ({exc}); "
                          "published left empty")
                continue
            if day is not None:
                return day
        day = page_date(art.text)  # a stamp on the page itself ("Published 4 May 2024")
        if day is not None:
            return day
        self.note(art.source, "no publication date")
        return None


def _document(doc_id: str, text: str, meta: dict[str, Any], *, source: str, base: int = 0,
              parent: str | None = None) -> Document:
    doc = Document(id=doc_id, text=text, published=meta.get("published"),
                   publisher=meta.get("publisher"), title=meta.get("title"),
                   url=meta.get("url"), language=meta.get("language"), source=source,
                   base=base, parent=parent)
    return replace(doc, content_hash=content_hash(doc))
