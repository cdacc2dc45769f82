"""The build: ingest → extract → resolve → graph → outputs, incremental and atomic."""

from __future__ import annotations

import hashlib
import json
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tqdm import tqdm

from diplograph._files import output_lock, write_file_atomic
from diplograph.errors import InputError
from diplograph.extract import extract
from diplograph.ingest.documents import (
    Note,
    Skipped,
    iter_documents,
    sample_corpus_path,
)
from diplograph.pipeline.cache import ExtractionCache, code_fingerprint
from diplograph.pipeline.outputs import write_outputs
from diplograph.records import Corpus, Document, Extraction
from diplograph.resolve.actors import resolve
from diplograph.resolve.memo import Memo

DEFAULT_OUT = Path("graph")


@dataclass
class BuildResult:
    """What a build did, for the summary line and the exit status."""

    out: Path
    documents: int = 0
    extracted: int = 0  # documents that needed NLP work (not in the cache)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)  # kept, but flagged (no date, language)
    failed: list[str] = field(default_factory=list)  # ids of documents whose extraction failed
    actors: int = 0
    events: int = 0
    statements: int = 0
    triples: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    phases: dict[str, float] = field(default_factory=dict)  # seconds per phase, in order
    show: bool = False  # phases announce themselves on stderr

    def summary(self) -> str:
        """One line a person reads at the end of a build."""
        times = ", ".join(f"{name} {secs:.1f} s" for name, secs in self.phases.items())
        return (
            f"built {self.documents} documents ({self.extracted} extracted, "
            f"{len(self.skipped)} skipped, {len(self.notes)} flagged): {self.actors} actors, {self.events} events, "
            f"{self.statements} statements, {self.triples} triples "
            f"in {self.seconds:.1f} s ({times}) → {self.out}"
        )

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Time one phase (adding to it when it runs again) and, when shown, mark it on stderr."""
        bar = _bar(1, self.show, name) if name != "extract" else None
        started = time.perf_counter()
        try:
            yield
        finally:
            self.phases[name] = self.phases.get(name, 0.0) + time.perf_counter() - started
            if bar is not None:
                bar(1, close=True)


def build(
    paths: Sequence[str | Path] | None = None,
    out: str | Path = DEFAULT_OUT,
    *,
    published: date | None = None,
    publisher: str | None = None,
    related: bool = True,
    jobs: int = 1,
    base: str | None = None,
    store: str | None = None,
    progress: bool | None = None,
    nlp=None,
    extractor: Callable[[list[Document]], Iterable[Extraction]] | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (default: the bundled sample) into ``out``.

    ``extractor`` replaces the local NLP pass over the documents the cache lacks (a cluster's,
    see :mod:`diplograph.pipeline.distributed`).
    """
    started = time.perf_counter()
    out = Path(out)
    result = BuildResult(out=out, show=bool(progress))
    inputs = list(paths) if paths else [sample_corpus_path()]
    with result.phase("ingest"):
        docs = list(iter_documents(inputs, published=published, publisher=publisher,
                                   related=related, skipped=result.skipped,
                                   notes=result.notes))
    if not docs:
        raise InputError(_nothing_to_build(inputs, result.skipped))
    stamp = build_stamp(docs, base=base, store=store)
    with output_lock(out):
        _build_locked(docs, out, stamp, jobs, progress, nlp, base, store, result, extractor)
    result.seconds = time.perf_counter() - started
    return result


def _build_locked(docs: list[Document], out: Path, stamp: str, jobs: int, progress: bool | None,
                  nlp, base: str | None, store: str | None, result: BuildResult,
                  extractor: Callable[[list[Document]], Iterable[Extraction]] | None = None) -> None:
    """The build proper, with the output folder's lock held."""
    if not _up_to_date(out, stamp, result):
        cache = ExtractionCache(out / ".cache")
        show = _progress_wanted(progress, docs)
        result.show = show
        with result.phase("extract"):
            extractions = list(_extract_all(docs, cache, jobs, show, nlp, result, extractor))
            cache.prune()
        with result.phase("resolve"):
            corpus = _resolve(extractions, out / ".cache" / RESOLVE_MEMO)
        result.documents = len(corpus.documents)
        result.actors, result.events = len(corpus.actors), len(corpus.events)
        result.statements = len(corpus.statements)
        result.triples, result.outputs = write_outputs(corpus, out, base=base, store=store,
                                                       phase=result.phase)
        if not result.failed:  # else the next build tries the failed documents again
            _save_stamp(out, stamp, result)


OUTPUT_FILES = ("graph.trig", "records.json", "index.html")
RESOLVE_MEMO = "resolve.json"  # in .cache: what the last resolution worked out (plain data)
_MAX_MEMO = 1 << 30
_COUNTS = ("documents", "actors", "events", "statements", "triples")


def build_stamp(docs: list[Document], *, base: str | None, store: str | None) -> str:
    """A digest of everything a build's outputs depend on: documents, code, options."""
    digest = hashlib.sha256(f"{code_fingerprint()}\0{base}\0{store}".encode())
    for doc in docs:
        digest.update(f"\0{doc.id}\0{doc.content_hash}".encode())
    return digest.hexdigest()


def _up_to_date(out: Path, stamp: str, result: BuildResult) -> bool:
    """True (with the counts filled in) when ``out`` already holds this exact build."""
    try:
        saved = json.loads((out / ".cache" / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if saved.get("stamp") != stamp or not all((out / f).is_file() for f in OUTPUT_FILES):
        return False
    for name in _COUNTS:
        setattr(result, name, int(saved.get(name, 0)))
    result.outputs = [out / f for f in OUTPUT_FILES]
    return True


def _save_stamp(out: Path, stamp: str, result: BuildResult) -> None:
    """Remember what was built, so an identical rebuild can stop after ingest."""
    data = {"stamp": stamp, **{name: getattr(result, name) for name in _COUNTS}}
    write_file_atomic(out / ".cache" / "build.json", json.dumps(data) + "\n")


def _nothing_to_build(inputs: Sequence[str | Path], skipped: list[Skipped]) -> str:
    """Explain why no document came out of the inputs."""
    names = ", ".join(str(p) for p in inputs)
    if skipped:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:5])
        return f"no readable article in {names} ({reasons})"
    return f"no article found in {names} (expected .txt, .html, .htm, .md or .jsonl files)"


def _progress_wanted(progress: bool | None, docs: list[Document]) -> bool:
    """A bar for builds of more than a few articles on an interactive stderr."""
    if progress is not None:
        return progress
    return len(docs) > 5 and sys.stderr.isatty()


def _extract_all(docs: list[Document], cache: ExtractionCache, jobs: int, show: bool,
                 nlp, result: BuildResult,
                 extractor: Callable[[list[Document]], Iterable[Extraction]] | None = None,
                 ) -> Iterator[Extraction]:
    """Yield one extraction per document, from the cache when its content is unchanged."""
    todo = [d for d in docs if cache.get(d) is None]
    result.extracted = len(todo)
    failed: list[tuple[str, str]] = []
    run = extractor or (lambda todo: _run_extraction(todo, jobs, nlp, failed))
    fresh = run(todo) if todo else iter(())
    bar = _bar(len(docs), show)
    fresh_by_id: dict[str, Extraction] = {}
    for ex in fresh:
        cache.put(ex)
        fresh_by_id[ex.doc.id] = ex
        bar(1)
    reasons = dict(failed)
    for doc in docs:
        ex = fresh_by_id.get(doc.id) or cache.get(doc)
        if ex is None:  # extraction failed: the article stays, without facts, and is flagged
            reason = reasons.get(doc.id, "no extraction came back")
            result.notes.append(Note(doc.source or doc.id, f"extraction failed ({reason}); "
                                     "the article is kept without facts"))
            result.failed.append(doc.id)
            ex = Extraction(doc=doc)
            bar(1)
        elif doc.id not in fresh_by_id:
            bar(1)
        yield ex if ex.doc == doc else _rebind(ex, doc)
    bar(0, close=True)


def _rebind(ex: Extraction, doc: Document) -> Extraction:
    """Reuse a cached extraction for a document whose metadata object differs only by identity."""
    return Extraction(doc=doc, actors=ex.actors, events=ex.events,
                      statements=ex.statements, timexes=ex.timexes)


def _run_extraction(docs: list[Document], jobs: int, nlp,
                    failed: list[tuple[str, str]]) -> Iterable[Extraction]:
    """The NLP pass over the documents that need it; failures go to ``failed``."""
    return extract(docs, nlp=nlp, n_process=max(1, jobs), failed=failed)


def _resolve(extractions: list[Extraction], memo_path: Path | None = None) -> Corpus:
    """Cross-document identity: one actor, event and statement per real-world thing.

    With ``memo_path``, the last build's answers are reused where the records they were worked
    out from are unchanged, and this build's are saved there for the next.
    """
    if memo_path is None:
        return resolve(extractions)
    memo = load_memo(memo_path)
    corpus = resolve(extractions, memo)
    data = {"code": code_fingerprint(), "memo": memo.to_json()}
    write_file_atomic(memo_path, json.dumps(data, separators=(",", ":")))
    return corpus


def load_memo(path: Path) -> Memo:
    """The memo saved by the last build of this code, or an empty one (a damaged file is warned about)."""
    try:
        if path.stat().st_size > _MAX_MEMO:
            raise ValueError("file too large")
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("code"), str):
            raise ValueError("not a resolution memo")
        if data["code"] != code_fingerprint():
            return Memo()  # other code may merge otherwise: everything is worked out again
        return Memo.from_json(data.get("memo"))
    except FileNotFoundError:
        return Memo()
    except (OSError, ValueError, RecursionError) as exc:
        warnings.warn(f"ignoring damaged resolution memo {path} ({exc}); resolving everything again",
                      stacklevel=2)
        return Memo()


def _bar(total: int, show: bool, desc: str = "extract") -> Callable[..., None]:
    """A tqdm progress bar on stderr, or a no-op."""
    if not show:
        return lambda n, close=False: None
    bar = tqdm(total=total, unit="doc" if desc == "extract" else "step", file=sys.stderr,
               desc=f"{desc:<8}")

    def step(n: int, close: bool = False) -> None:
        if n:
            bar.update(n)
        if close:
            bar.close()

    return step
