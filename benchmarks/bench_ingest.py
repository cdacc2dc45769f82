"""Prints how well clean-up reads the challenge pages, and how fast ingest runs on big inputs."""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from diplograph.ingest.clean.page import clean
from diplograph.ingest.documents import iter_documents, sample_corpus_path

_WORDS = ("the minister said talks would resume in Geneva next week after a pause of "
          "several months officials added").split()


def synthetic_page(lines: int, seed: int = 1) -> str:
    """Headline-like and paragraph-like lines in random order."""
    rnd = random.Random(seed)
    out = []
    for _ in range(lines):
        r = rnd.random()
        if r < 0.3:
            out.append(" ".join(rnd.choice(_WORDS).title() for _ in range(rnd.randint(3, 9))))
        elif r < 0.4:
            out.append("")
        else:
            out.append(" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(10, 40))) + ".")
    return "\n".join(out)


# --- challenge pages ----------------------------------------------------------------------------
# Each file under tests/ingest/pages is a raw page with a two-character mark in front of every
# line: "+ " article text, "- " page furniture, "~ " a related-article teaser (furniture in the
# page, text of a #related document), "= " a headline (the first one is the page's title), "  "
# markup or text with no expectation. "#! key: value" lines give the page's publication date and
# publisher as a reader sees them on the page (the harness gives ingest no manifest).

PAGES = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "pages"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z])")


@dataclass(frozen=True, slots=True)
class MarkedPage:
    """A challenge page: its raw text and what ingest should make of it."""

    name: str
    raw: str
    article: tuple[str, ...]
    furniture: tuple[str, ...]
    teasers: tuple[str, ...]
    title: str | None
    meta: dict[str, str]


def _visible(line: str, html: bool) -> str:
    """The text a reader sees in one marked line (tags and entities resolved for HTML)."""
    if html:
        line = unescape(re.sub(r"<[^>]*>", " " if "<br" in line else "", line))
    return " ".join(line.split())


def load_pages(folder: Path = PAGES) -> list[MarkedPage]:
    """Every marked page in ``folder``, sorted by name."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".html"):
            continue
        html = path.suffix == ".html"
        groups: dict[str, list[str]] = {"+": [], "-": [], "~": [], "=": []}
        raw, meta = [], {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#! "):
                key, _, value = line[3:].partition(":")
                meta[key.strip()] = value.strip()
                continue
            mark, body = line[:1], line[2:]
            raw.append(body)
            text = _visible(body, html)
            if mark in groups and text:
                groups[mark].append(text)
        out.append(MarkedPage(path.name, "\n".join(raw) + "\n", tuple(groups["+"]),
                              tuple(groups["-"]), tuple(groups["~"]),
                              groups["="][0] if groups["="] else None, meta))
    return out


def sentences(text: str) -> list[str]:
    """A paragraph cut at sentence ends (good enough for counting what survives)."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


@dataclass
class PageScore:
    """What one page kept and lost."""

    name: str
    kept: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    teasers_found: list[str] = field(default_factory=list)
    teasers_missed: list[str] = field(default_factory=list)
    checks: dict[str, tuple[object, object]] = field(default_factory=dict)  # field → (want, got)


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def score_page(page: MarkedPage, folder: Path) -> PageScore:
    """Ingest one page (no manifest) and compare with its marks."""
    from diplograph.ingest.documents import iter_documents

    path = folder / page.name
    path.write_text(page.raw, encoding="utf-8")
    docs = list(iter_documents([path], notes=[]))
    main = next((d for d in docs if d.parent is None), None)
    text = main.text if main else ""
    blob = _norm(text)
    lines = {_norm(ln) for ln in text.splitlines() if ln.strip()}
    related = _norm(" ".join(d.text for d in docs if d.parent is not None))
    score = PageScore(page.name)
    for para in page.article:
        for s in sentences(para):
            (score.kept if _norm(s) in blob else score.lost).append(s)
    for item in (*page.furniture, *page.teasers):
        n = _norm(item)
        if page.title and n == _norm(page.title):
            continue  # a copy of the headline: the text cannot tell which copy was kept
        seen = n in lines or (len(n.split()) >= 6 and n in blob)
        (score.leaked if seen else score.dropped).append(item)
    for item in page.teasers:
        (score.teasers_found if _norm(item) in related else score.teasers_missed).append(item)
    if page.title:
        got = main.title if main else None
        score.checks["title"] = (page.title, got if got and _norm(got) == _norm(page.title) else got)
    for key in ("published", "publisher"):
        if key in page.meta:
            got = getattr(main, key, None) if main else None
            score.checks[key] = (page.meta[key], got.isoformat() if hasattr(got, "isoformat") else got)
    return score


def score_pages(pages: list[MarkedPage]) -> list[PageScore]:
    """Every page ingested in a scratch folder of its own."""
    out = []
    for page in pages:
        with tempfile.TemporaryDirectory() as tmp:
            out.append(score_page(page, Path(tmp)))
    return out


def summary(scores: list[PageScore]) -> dict[str, float]:
    """Shares over the whole set: sentences kept, furniture dropped, teasers found, fields right."""
    def share(good: int, bad: int) -> float:
        return good / (good + bad) if good + bad else 1.0

    total = {k: sum(len(getattr(s, k)) for s in scores)
             for k in ("kept", "lost", "dropped", "leaked", "teasers_found", "teasers_missed")}
    out = {"sentences kept": share(total["kept"], total["lost"]),
           "furniture dropped": share(total["dropped"], total["leaked"]),
           "teasers as related": share(total["teasers_found"], total["teasers_missed"])}
    for key in ("title", "published", "publisher"):
        pairs = [s.checks[key] for s in scores if key in s.checks]
        out[key] = share(sum(_norm(str(w)) == _norm(str(g)) for w, g in pairs),
                         sum(_norm(str(w)) != _norm(str(g)) for w, g in pairs))
    return out


def print_pages(verbose: bool) -> None:
    """The challenge-page figures, and with ``verbose`` what each page lost or leaked."""
    pages = load_pages()
    scores = score_pages(pages)
    kinds = {k: sum(p.name.endswith(k) for p in pages) for k in (".txt", ".html")}
    figures = summary(scores)
    print(f"challenge pages: {len(pages)} ({kinds['.txt']} text dumps, {kinds['.html']} HTML)")
    for key, value in figures.items():
        print(f"  {key:<20} {value:.3f}")
    if verbose:
        for s in scores:
            wrong = {k: v for k, v in s.checks.items() if _norm(str(v[0])) != _norm(str(v[1]))}
            if s.lost or s.leaked or s.teasers_missed or wrong:
                print(f"- {s.name}")
                for label, items in (("lost", s.lost), ("leaked", s.leaked),
                                     ("teaser missed", s.teasers_missed)):
                    for item in items:
                        print(f"    {label}: {item[:100]}")
                for key, (want, got) in wrong.items():
                    print(f"    {key}: want {want!r}, got {got!r}")


def main() -> None:
    """Challenge-page figures; then time the sample corpus (10 rounds) and a ~2 MB page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", action="store_true", help="only the challenge pages")
    parser.add_argument("-v", "--verbose", action="store_true", help="what each page got wrong")
    args = parser.parse_args()
    print_pages(args.verbose)
    if args.pages:
        return
    started = time.perf_counter()
    for _ in range(10):
        docs = list(iter_documents([sample_corpus_path()], notes=[]))
    per_round = (time.perf_counter() - started) / 10
    print(f"sample corpus: {len(docs)} documents in {per_round * 1000:.1f} ms per round")
    raw = synthetic_page(20000)
    started = time.perf_counter()
    result = clean(raw, "synthetic")
    seconds = time.perf_counter() - started
    print(f"synthetic page: {len(raw) / 2**20:.1f} MB, {len(result.removed)} lines blanked "
          f"in {seconds:.2f} s ({len(raw) / 2**20 / seconds:.2f} MB/s)")


if __name__ == "__main__":
    main()
