"""Per-document extraction cache so unchanged articles cost no NLP work on rebuild."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from functools import cache
from pathlib import Path

from diplograph.errors import DiplographError
from diplograph.records import Document, Extraction
from diplograph.records_codec import decode, encode

_CODE_DIRS = ("extract", "timex")
_SUFFIX = ".json"  # plain data only: a cache folder received from elsewhere cannot run code
_MAX_ENTRY = 64 * 1024 * 1024


@cache
def extractor_fingerprint() -> str:
    """A hash of the extraction code, so a changed extractor invalidates the cache."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _CODE_DIRS:
        for path in sorted((root / name).rglob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    for path in sorted(root.glob("resolve*.py")):  # the build stamp covers cross-article merging too
        digest.update(path.read_bytes())
    for path in sorted((root / "data").glob("*.*")):
        if path.suffix in {".csv", ".json", ".tsv"}:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.key(ex.doc)}{_SUFFIX}"
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(encode(ex), fh, separators=(",", ":"))
        os.replace(tmp, path)
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
        for path in self.folder.glob("*.tmp"):
            path.unlink(missing_ok=True)
        return removed
