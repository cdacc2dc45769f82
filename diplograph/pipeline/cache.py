"""Per-document extraction cache so unchanged articles cost no NLP work on rebuild."""

from __future__ import annotations

import hashlib
import json
import warnings
from functools import cache
from importlib.resources import files
from pathlib import Path

from diplograph._files import write_file_atomic
from diplograph.errors import DiplographError
from diplograph.pipeline.codec import decode, encode
from diplograph.records import Document, Extraction

_SUFFIX = ".json"  # plain data only: a cache folder received from elsewhere cannot run code
_MAX_ENTRY = 64 * 1024 * 1024

PACKAGE = Path(__file__).resolve().parent.parent
EXTRACTION_PARTS = ("extract", "kb", "timex", "records.py")  # what an Extraction depends on


def tree_digest(root: Path, parts: tuple[str, ...] | None = None) -> str:
    """A hash of every file (path and bytes) under ``root``'s ``parts``, code and data alike."""
    digest = hashlib.sha256()
    tops = [root / part for part in parts] if parts is not None else [root]
    for top in tops:
        files = [top] if top.is_file() else sorted(top.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(root)).encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def extractor_fingerprint() -> str:
    """Extraction code and the knowledge it reads: a change to either invalidates the cache."""
    return tree_digest(PACKAGE, EXTRACTION_PARTS)


@cache
def code_fingerprint() -> str:
    """The whole package (every stage, its data and the ontology): a change re-runs the build."""
    ontology = Path(str(files("diplograph.ontology")))
    return tree_digest(PACKAGE) + tree_digest(ontology)


class ExtractionCache:
    """Extraction records as JSON, keyed by document id, content and extractor version."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "extract"
        self._used: set[str] = set()

    def key(self, doc: Document) -> str:
        """The file stem for one document's cached extraction."""
        raw = f"{extractor_fingerprint()}\0{doc.id}\0{doc.content_hash}".encode()
        return hashlib.sha256(raw).hexdigest()[:32]

    def get(self, doc: Document) -> Extraction | None:
        """The cached extraction of ``doc``, or None when it must be extracted."""
        if not doc.content_hash:
            return None
        path = self.folder / f"{self.key(doc)}{_SUFFIX}"
        try:
            if path.stat().st_size > _MAX_ENTRY:
                raise ValueError("entry too large")
            ex = decode(Extraction, json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError, DiplographError) as exc:
            # a damaged or foreign entry is only a cache miss; the rebuilt entry replaces it
            warnings.warn(f"ignoring damaged cache entry {path}: {exc}", stacklevel=2)
            return None
        if ex.doc.id != doc.id:
            return None
        self._used.add(path.name)
        return ex

    def put(self, ex: Extraction) -> None:
        """Store one extraction atomically."""
        if not ex.doc.content_hash:
            return
        path = self.folder / f"{self.key(ex.doc)}{_SUFFIX}"
        write_file_atomic(path, json.dumps(encode(ex), separators=(",", ":")))
        self._used.add(path.name)

    def prune(self) -> int:
        """Delete entries no document of this build used; returns how many."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            if path.suffix in (_SUFFIX, ".pkl") and path.name not in self._used:
                path.unlink(missing_ok=True)
                removed += 1
        for path in [*self.folder.glob("*.tmp"), *self.folder.glob(".*")]:  # half-written entries
            path.unlink(missing_ok=True)
        return removed
