"""Clean-up of scraped article text that blanks page furniture and keeps every offset.

``clean(raw, doc_id)`` never deletes characters: what it removes is replaced by
spaces (line breaks kept), so ``result.text[i]`` is ``raw[i]`` for every kept
character. Related-article teasers come back separately with their offsets.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from diplograph.ingest.clean import rules as R
from diplograph.ingest.clean.rules import Line, split_lines
from diplograph.ingest.clean.spans import blank_spans, kept_spans, link_density, merge
from diplograph.ingest.clean.stamps import is_stamp
from diplograph.ingest.clean.teasers import Teaser, teasers_of
from diplograph.kb.roles import HONORIFICS, is_title
from diplograph.timex.dateline import day_heading, entry_stamps, place_day_line, stamp_line

_FUZZY_LIMIT = 200  # short lines kept for near-duplicate checks (bounds the cost)
_LEDE_LINES = 3  # paragraphs whose words tell the page's headline from other headline-shaped lines
_STOP = frozenset("about after also amid been from have into more over said says than that their them "
                  "they this will with were what when where which while would".split())
_AUTHOR_LABEL = re.compile(r"^(authors?|by|written by|posted by|reporters?|writers?)\s?:?$", re.I)
_SPEAKER = re.compile(r"^[A-Z][A-Z .'’-]{0,60}:$")  # "SECRETARY KERRY:" on a line of its own
_SPEAKER_LEAD = re.compile(r"^[A-Z][A-Z.'’-]{0,30}( [A-Z][A-Z.'’-]{0,30}){0,3}:(\s|$)")  # "QUESTION: ..."
# "Emeka_J: Good move." / "Arben P. 26.06.2025. 10:30 - Talks should ...": a reader's name or handle,
# then a colon or the day (and time) the comment was posted, opening the line.
_COMMENTER = re.compile(r"^[\w.'’-]{1,30}(?: [\w.'’-]{1,30}){0,2}"
                        r"(?::|,? \d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?(?:,? \d{1,2}[:.]\d{2})?(?: ?[-–—:|])?) ")
_COMMENT_MARK = re.compile(r"^(reply|like|report|recommend|share|\d{1,6}|\d+ (likes?|replies))$",
                           re.IGNORECASE)


def _signatures(lines: Sequence[Line]) -> set[int]:
    """Indexes of "Jane Roe" / "Department Spokesperson" line pairs: a statement's signer and office (the name may
    carry its styles: "Senator the Hon Jane Roe")."""
    full = [(n, ln.bare) for n, ln in enumerate(lines) if ln.bare]
    out: set[int] = set()
    for (n, name), (m, office) in zip(full, full[1:]):
        parts = re.sub(r"\s*\([^()]*\)$", "", name).split()  # "Hon. X Y (MP)"
        while len(parts) > 2 and (parts[0].lower() in HONORIFICS or parts[0].lower() == "the" or is_title(parts[0])):
            parts.pop(0)
        if 2 <= len(parts) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                        for w in parts) \
                and 0 < len(office.split()) <= 6 and any(is_title(w) for w in office.split()):
            out |= {n, m}
    return out


_SIGNATURE_LINES = 6  # the page's last lines with text, where a release is signed


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of the page blanked by one rule."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class CleanResult:
    """The cleaned page: main text (same length as the input), title and teasers."""

    text: str
    title: str | None
    title_span: tuple[int, int] | None
    kept: tuple[tuple[int, int], ...]
    removed: tuple[Removal, ...]
    related: tuple[Teaser, ...]

    def rules(self) -> set[str]:
        """The names of the rules that fired (handy in tests and reports)."""
        return {r.rule for r in self.removed}


def clean(raw: str, doc_id: str = "", *, title: str | None = None,
          links: Sequence[tuple[int, int]] = ()) -> CleanResult:
    """Blank boilerplate in ``raw`` so that offsets into the result stay offsets into ``raw``.

    ``title`` is a known headline (from a manifest); ``links`` are character spans
    that were hyperlinks (HTML or Markdown), used for link density.
    """
    page = _Page(raw, title, links)
    start = page.body_start()
    page.header(start)
    page.body(start)
    page.tail()
    removed = tuple(sorted(page.removed, key=lambda r: (r.start, r.end)))
    spans = merge([(r.start, r.end) for r in removed])
    teasers = tuple(t for block in page.related_blocks
                    for t in teasers_of(raw, block, page.density_of))
    tl = page.title_line
    return CleanResult(
        text=blank_spans(raw, spans),
        title=tl.bare if tl else None,
        title_span=(tl.start + len(tl.text) - len(tl.text.lstrip()),
                    tl.end - len(tl.text) + len(tl.text.rstrip())) if tl else None,
        kept=kept_spans(raw, spans),
        removed=removed,
        related=teasers,
    )


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


class _Page:
    """One page being cleaned: its lines, what was blanked, what was seen."""

    def __init__(self, raw: str, title: str | None, links: Sequence[tuple[int, int]]):
        self.lines = split_lines(raw)
        self.density = link_density(self.lines, links)
        self.has_links = bool(links)
        self.removed: list[Removal] = []
        self.exact: set[str] = set()
        self.fuzzy: list[str] = []
        self.given_title = _norm(title) if title else None
        self.title_line: Line | None = None
        self.title_norm = ""
        self.in_body = False
        self.related_blocks: list[list[Line]] = []
        self.repeats = _repeated(self.lines)
        heads = [ln.start for ln in self.lines if ln.bare and day_heading(ln.bare)]
        self.day_heads = set(heads) if len(heads) >= 2 else set()  # a dated listing's days: they date its entries
        stamps = [ln.start for ln in self.lines if ln.bare and stamp_line(ln.bare)]
        if len(stamps) >= 2:  # a live blog's times: they open its entries
            self.day_heads |= set(stamps)
        elif stamps:  # a lone one only under a "LIVE" heading (the page is read for it only then)
            self.day_heads |= set(stamps) & set(entry_stamps(raw))

    def density_of(self, line: Line) -> float:
        """Link density of one of this page's lines."""
        return self.density.get(line.start, 0.0)

    def drop(self, line: Line, rule: str) -> None:
        if line.start not in self.day_heads:
            self.removed.append(Removal(line.start, line.end, rule))

    def remember(self, text: str) -> None:
        n = _norm(text)
        self.exact.add(n)
        if len(R.words(text)) <= 20 and len(self.fuzzy) < _FUZZY_LIMIT:
            self.fuzzy.append(n)

    def is_repeat(self, text: str) -> bool:
        """Equal or nearly equal to an earlier line (or the known title)."""
        n = _norm(text)
        if len(n) < 12:
            return False
        if n in self.exact:
            return True
        if len(R.words(text)) > 20:  # headlines are short; longer lines only match exactly
            return False
        if process.extractOne(n, self.fuzzy, scorer=fuzz.ratio, score_cutoff=90):
            return True
        given = self.given_title if self.title_line or self.in_body else None
        heads = [t for t in (given, self.title_norm) if t]  # the first copy is the headline
        prefix = 0.6 if not R.is_prose(text) else 1.0  # "Headline | Outlet" echoes
        return any(_near(n, t, prefix) for t in heads)

    def body_start(self) -> int:
        """Index of the first paragraph of running text that is not an appeal."""
        for i, ln in enumerate(self.lines):
            b = ln.bare
            if (R.is_prose(b) and not R.section_cue(b) and not R.appeal_kind(b)
                    and self.density[ln.start] < 0.5):
                return i
        return len(self.lines)

    def furniture(self, text: str) -> str | None:
        """The rule that blanks this single line, if any."""
        for rule, test in (("chrome", R.is_chrome), ("byline", R.is_byline),
                           ("photo-credit", R.is_photo_credit), ("notice", R.is_notice),
                           ("stamp", _stamp), ("repeated-line", self.is_repeated_label),
                           ("repeated-headline", self.is_repeat)):
            if test(text):
                return rule
        return R.appeal_kind(text)

    def is_repeated_label(self, text: str) -> bool:
        """A short line the page prints more than once (an outlet's name, a section, a prompt)."""
        return bool(self.repeats) and len(text) <= 120 and _norm(text) in self.repeats

    def header(self, stop: int) -> None:
        """Lines before the body: keep the headline, blank what stands above it, labels and credits."""
        signed = _signatures(self.lines[:stop])
        title_at = self.title_index(stop, signed)
        if title_at is not None and title_at in signed:  # a headline is no signer's office
            before = [n for n in range(title_at) if self.lines[n].bare]
            signed -= {title_at, *before[-1:]}
        for n, ln in enumerate(self.lines[:stop]):
            b = ln.bare
            if not b:
                continue
            if n == title_at:
                self.title_line, self.title_norm = ln, _norm(b)
                self.remember(b)
                continue
            kind = R.section_cue(b)
            rule = ("teaser-link" if kind == "inline" else kind) or self.furniture(b)
            if rule is None and self.title_line is not None and n not in signed and (
                    R.NAME_IN_PLACE.match(b) or (_is_name(b) and self._after_author_label(n))):
                rule = "byline"
            elif rule is None and self.title_line is not None and self._beside_age(n, stop):
                rule = "teaser-headline"
            elif (rule is None and len(R.words(b)) <= 2 and not R.ends_sentence(b)
                  and not R.DATELINE.match(b) and n not in signed):
                rule = "kicker"
            elif rule is None and title_at is not None and n < title_at and n not in signed and not place_day_line(b):
                rule = "masthead"  # above the headline: the outlet's name, menus, trending lists (not "SUVA — 2 May
                # 2026", the release's dateline)
            if rule:
                self.drop(ln, rule)
            else:
                self.remember(b)

    def _after_author_label(self, n: int) -> bool:
        """The line before is a lone "Author" or "By" label."""
        prev = next((ln.bare for ln in reversed(self.lines[:n]) if ln.bare), "")
        return bool(_AUTHOR_LABEL.match(prev))

    def _beside_age(self, n: int, stop: int) -> bool:
        """A line next to a "5 mins ago" label: a headline in a list of latest stories."""
        near = [ln.bare for ln in (*self.lines[max(0, n - 2):n], *self.lines[n + 1:min(stop, n + 3)])
                if ln.bare]
        return any(R.RELATIVE_TIME.match(b.strip("|•·- ")) for b in near[-2:] + near[:2])

    def title_index(self, stop: int, signed: set[int]) -> int | None:
        """The headline among the lines before the body: the known title, else the headline-shaped
        line that shares most words with the first paragraphs (ties, or too few shared: the first).

        A signer's office ("Secretary of State" under a name) is no candidate.
        """
        candidates = []
        for n, ln in enumerate(self.lines[:stop]):
            b = ln.bare
            if not b or R.section_cue(b) or self._static_furniture(b):
                continue
            if self.given_title and _near(_norm(b), self.given_title):
                return n
            if (R.is_headline(b) and self.density[ln.start] < 0.5
                    and not (n in signed and len(R.words(b)) <= 4)):
                candidates.append(n)
        if len(candidates) < 2:
            return candidates[0] if candidates else None
        lede = [ln.bare for ln in self.lines[stop:stop + 40] if R.is_prose(ln.bare)][:_LEDE_LINES]
        vocab = set().union(*(_content_words(p) for p in lede)) if lede else set()

        def shared(n: int) -> int:
            return len(_content_words(self.lines[n].bare) & vocab)

        best = max(candidates, key=lambda n: (shared(n), -n))
        return best if shared(best) >= 2 else candidates[0]

    def _static_furniture(self, text: str) -> bool:
        return bool(R.is_chrome(text) or R.is_byline(text) or R.is_photo_credit(text)
                    or R.is_notice(text) or is_stamp(text) or R.appeal_kind(text))

    def tail(self) -> None:
        """After the last paragraph of the article only furniture is left: tags, footers, menus.

        Kept there: a statement's signer and office, a list the last paragraph announces
        (it ends on a colon), and short sentences in the article's voice.
        """
        dropped = {r.start for r in self.removed}
        last = next((n for n in range(len(self.lines) - 1, -1, -1)
                     if self.lines[n].bare and self.lines[n].start not in dropped
                     and _paragraph(self.lines[n].bare)), None)
        if last is None:
            return
        rest = self.lines[last + 1:]
        signed = _signatures(rest)
        listing = self.lines[last].bare.endswith(":")
        for n, ln in enumerate(rest):
            b = ln.bare
            if not b or ln.start in dropped or n in signed or _SPEAKER_LEAD.match(b):
                continue
            if (listing and _is_list_item(b)) or R.is_short_sentence(b) or (
                    b[0] in "\"“‘«" and len(R.words(b)) >= 3):  # a quotation, maybe cut short
                continue
            self.drop(ln, "footer")

    def body(self, start: int) -> None:
        """From the first paragraph on: blank furniture lines and blocks (not the signer and office the page's last
        lines give: "Jane Roe" over "Minister for Foreign Affairs" is the "I" of a release)."""
        self.in_body = True
        ends = [n for n in range(start, len(self.lines)) if self.lines[n].bare][-_SIGNATURE_LINES:]
        signed = {ends[0] + n for n in _signatures(self.lines[ends[0]:])} if ends else set()
        i = start
        while i < len(self.lines):
            ln = self.lines[i]
            b = ln.bare
            kind = R.section_cue(b) if b else None
            if kind and kind != "inline":
                i = self.block(i, kind)
                continue
            if b and self.density[ln.start] >= 0.5 and not R.is_prose(b):
                i = self.link_run(i)
                continue
            if kind == "inline":
                self.drop(ln, "teaser-link")
            elif b and i not in signed:
                self.body_line(ln)
            i += 1

    def body_line(self, ln: Line) -> None:
        b = ln.bare
        rule = self.furniture(b)
        if rule is None and R.is_teaser_headline(b) and not _is_list_item(b):
            rule = "teaser-headline"
        if rule:
            self.drop(ln, rule)
            return
        self.remember(b)
        for m in R.CREDIT_INLINE.finditer(ln.text):
            self.removed.append(Removal(ln.start + m.start(), ln.start + m.end(), "byline"))

    def block(self, i: int, kind: str) -> int:
        """Blank a furniture block opened by a cue line; return where it ends."""
        end = (self.related_end(i + 1) if kind == "related" else
               self.comments_end(i + 1) if kind == "comments" else self.block_end(i + 1))
        for ln in self.lines[i:end]:
            if ln.bare:
                self.drop(ln, kind)
        if kind == "related":
            self.related_blocks.append(self.lines[i + 1:end])
        return end

    def block_end(self, i: int) -> int:
        """A block runs over labels and reader appeals up to the next article paragraph."""
        for j in range(i, len(self.lines)):
            b = self.lines[j].bare
            if b and (R.section_cue(b) or (R.is_prose(b) and not R.is_reader_address(b))):
                return j
        return len(self.lines)

    def comments_end(self, i: int) -> int:
        """Readers' comments run on over prose while "Reply", "Like" or an age sits next to it."""
        for j in range(i, len(self.lines)):
            b = self.lines[j].bare
            if not b:
                continue
            if R.section_cue(b) and R.section_cue(b) != "comments":
                return j
            if R.is_prose(b) and not R.is_reader_address(b) and not _COMMENTER.match(b):
                near = [ln.bare for ln in (*self.lines[max(i, j - 4):j], *self.lines[j + 1:j + 5])
                        if ln.bare]
                if not any(_COMMENT_MARK.match(x) or R.RELATIVE_TIME.match(x) or is_stamp(x)
                           for x in near):
                    return j
        return len(self.lines)

    def related_end(self, i: int) -> int:
        """Teasers run to the next cue or to two paragraphs in a row (article text again)."""
        prev, link_heads, heads = "", 0, 0
        for j in range(i, len(self.lines)):
            ln = self.lines[j]
            if not ln.bare:
                continue
            kind = R.section_cue(ln.bare)
            if kind and kind != "inline":
                return j
            if R.is_prose(ln.bare):
                if prev == "prose" or heads >= 2 or (link_heads >= 2
                                                     and self.density[ln.start] < 0.2):
                    return j  # after a list of bare headlines, a paragraph is the article again
                prev, link_heads, heads = "prose", 0, 0
            else:
                linked = self.density[ln.start] >= 0.5
                headline = R.is_headline(ln.bare) and not R.RELATIVE_TIME.match(ln.bare)
                prev, link_heads = "short", link_heads + 1 if linked else 0
                heads = heads + 1 if headline else 0
        return len(self.lines)

    def link_run(self, i: int) -> int:
        """Consecutive link lines: two or more are teasers, one is a stray link."""
        j, run = i, []
        while j < len(self.lines):
            ln = self.lines[j]
            if ln.bare and (self.density[ln.start] < 0.5 or R.is_prose(ln.bare)):
                break
            if ln.bare:
                run.append(ln)
            j += 1
        for ln in run:
            self.drop(ln, "link-list" if len(run) > 1 else "teaser-link")
        if len(run) > 1:
            self.related_blocks.append(self.lines[i:j])
        return j


def _stamp(text: str) -> bool:
    """A time stamp to blank; a release's dateline line ("SUVA, FIJI — 2 September 2026") stays, naming the city."""
    return is_stamp(text) and not place_day_line(text) and not R.is_briefing_heading(text)  # ("Department Press
    # Briefing, May 23, 2062": a transcript's heading, naming the office that speaks)


def _near(a: str, b: str, prefix: float = 0.75) -> bool:
    """Near-equal headlines: same words give or take a few characters, or one starts the other."""
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 90:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 20 and len(short) >= prefix * len(long_) and long_.startswith(short)


def _repeated(lines: Sequence[Line]) -> set[str]:
    """Short lines printed twice or more on one page (speakers' labels aside)."""
    counts = Counter(_norm(ln.bare) for ln in lines
                     if ln.bare and len(ln.bare) <= 120 and len(R.words(ln.bare)) <= 8
                     and not R.is_prose(ln.bare)
                     and not _SPEAKER.match(ln.bare))
    return {n for n, c in counts.items() if c > 1 and n}


def _paragraph(text: str) -> bool:
    """Running text: prose, a long line with a sentence ending inside ("... Affairs. (ANI)"), or
    a paragraph the scraper cut short (many words in sentence case)."""
    n = len(R.words(text))
    return (R.is_prose(text) or (n >= 12 and re.search(r"\w[.!?][\"”’)]?\s", text) is not None)
            or (n >= 10 and R.title_case_ratio(text) < 0.5))


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.casefold()) if w not in _STOP}


def _is_name(text: str) -> bool:
    """Two to four capitalised words and nothing else: a byline's name."""
    parts = text.split()
    return (2 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]{0,20}|[A-Z]{1,3}", w) for w in parts)
            and not any(is_title(w) for w in parts))


def _is_list_item(text: str) -> bool:
    return bool(re.match(r"^([-•*·▪–—]|\d{1,2}[.)])\s", text))
