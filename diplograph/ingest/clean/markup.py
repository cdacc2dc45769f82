"""Markup to plain text for Markdown (offsets kept) and HTML (main text via trafilatura)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from diplograph.ingest.clean.rules import is_headline, section_cue

# Link text stops at the next bracket and the target at the next parenthesis, so the scans that
# start at successive brackets never overlap: linear in the text's length.
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]{0,500})\]\(([^()\n]{0,2000})\)")
_MD_BLANK = re.compile(
    r"^ {0,3}#{1,6}[ \t]+|^ {0,3}>[ \t]?|^ {0,3}(```|~~~).*$|^ {0,3}([-*_])([ \t]*\2){2,}[ \t]*$"
    r"|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|<https?://[^<>\s]{1,2000}>|</?[a-zA-Z][^<>\n]{0,200}>",
    re.MULTILINE)
_LINK_TEXT = re.compile(r"\[([^\[\]\n]{0,500})\]\(([^()\n]{0,2000})\)")


def blank_markdown(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Markdown with its markup blanked (same length) and the spans of link texts."""
    chars = list(text)
    links: list[tuple[int, int]] = []

    def blank(s: int, e: int) -> None:
        for k in range(s, e):
            if not chars[k].isspace():
                chars[k] = " "

    for m in _MD_LINK.finditer(text):
        if m.group(1):  # an image: nothing of it is article text
            blank(m.start(), m.end())
            continue
        blank(m.start(), m.start(2))
        blank(m.end(2), m.end())
        links.append((m.start(2), m.end(2)))
    for m in _MD_BLANK.finditer(text):
        blank(m.start(), m.end())
    return "".join(chars), links


@dataclass(frozen=True, slots=True)
class HtmlText:
    """The main text of an HTML page and what the page says about itself."""

    text: str
    links: list[tuple[int, int]]
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


def html_to_text(html: str) -> HtmlText:
    """Main text of a page (trafilatura); offsets of the result are into this text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_links=True,
                                          include_comments=False, include_images=False,
                                          favor_recall=True)
    except Exception:  # a broken page must not stop the build: fall back to bare text
        doc = None
    if doc is None or not (doc.text or "").strip():
        text, title = _bare_text(html)
        return HtmlText(*_unlink(text), title=title)
    text, links = _unlink(doc.text)
    text, links = _with_related(text, links, html)
    return HtmlText(text, links, title=doc.title or None, published=doc.date or None,
                    publisher=doc.sitename or None, url=doc.url or None,
                    language=doc.language or None)


_RELATED_MARK = re.compile(r"related|more-?(stories|news|articles|on)|read-?(more|next|also)"
                           r"|recommend|most-?(read|popular|viewed)|also-?read|trending", re.I)
_MAX_ELEMENTS = 20_000  # elements looked at for related lists (bounds the cost of a huge page)
_MAX_TEASERS = 30


def _with_related(text: str, links: list[tuple[int, int]], html: str) -> tuple[str, list[tuple[int, int]]]:
    """The main text with the page's related-article links after it, under a "Related" line.

    Main-text extraction leaves asides out; their headlines then still become teaser documents.
    """
    heads = [h for h in _related_links(html) if " ".join(h.split()) not in text]
    if not heads:
        return text, links
    out, links = text.rstrip("\n") + "\n\nRelated\n", list(links)
    for h in heads:
        links.append((len(out), len(out) + len(h)))
        out += h + "\n"
    return out, links


def _related_links(html: str) -> list[str]:
    """Link texts (headline-sized) inside containers marked as related-article lists."""
    import lxml.etree
    import lxml.html


    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    for bad in root.xpath("//nav|//header|//footer|//script|//style")[:_MAX_ELEMENTS]:
        bad.drop_tree()  # menus and footers are no teasers
    found: list[str] = []
    budget = _MAX_ELEMENTS  # elements visited in all: nested marked containers cannot multiply it
    for el in root.iter("aside", "section", "div", "ul", "ol"):
        budget -= 1
        if budget <= 0 or len(found) >= _MAX_TEASERS:
            break
        marks = f"{el.get('class', '')} {el.get('id', '')}"
        head = next((h.text_content()[:200] for h in el.iterchildren("h2", "h3", "h4")), "")
        if not (_RELATED_MARK.search(marks[:300]) or (head and section_cue(head) == "related")):
            continue
        for a in el.iter("a"):
            budget -= 1
            if budget <= 0 or len(found) >= _MAX_TEASERS:
                break
            words = " ".join(a.text_content()[:400].split())
            if is_headline(words) and words not in found:
                found.append(words)
    return found


def _unlink(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Drop ``[text](url)`` link syntax, keeping the link text and its span."""
    out: list[str] = []
    links: list[tuple[int, int]] = []
    pos = size = 0
    for m in _LINK_TEXT.finditer(text):
        out.append(text[pos:m.start()])
        size += m.start() - pos
        out.append(m.group(1))
        links.append((size, size + len(m.group(1))))
        size += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), links


def _bare_text(html: str) -> tuple[str, str | None]:
    """Every text node outside scripts, styles and templates, one block per line; and the title.

    libxml2 stops building the tree 256 levels deep and drops what lies below; such a page
    is read again by a streaming parser, which keeps no tree and so has no depth to exceed.
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.fromstring(html, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        root = None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _streamed_text(html)
    if root is None:
        return "", None
    title = " ".join(root.xpath("string(//title)").split()) or None
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    blocks = root.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//blockquote|//pre")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [root.text_content()]
    return "\n".join(p for p in parts if p.strip()), title


_HIDDEN = frozenset({"script", "style", "noscript", "template", "title"})
_BREAKS = frozenset({"p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "section", "article", "header", "footer", "ul", "ol",
                     "table", "dd", "dt", "figcaption", "main", "nav", "aside"})


class _TextStream(HTMLParser):
    """Text nodes as they come, a line break at each block boundary; the title on the side."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden: list[str] = []  # open hidden elements (script, style, title, ...)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden.append(tag)
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            while self.hidden and self.hidden.pop() != tag:
                pass
        elif tag in _BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
        elif self.hidden[-1] == "title":
            self.title.append(data)


def _streamed_text(html: str) -> tuple[str, str | None]:
    """``_bare_text`` for pages too deep for a tree: linear, at any depth."""
    stream = _TextStream()
    stream.feed(html)
    stream.close()
    lines = (" ".join(line.split()) for line in "".join(stream.parts).split("\n"))
    return "\n".join(line for line in lines if line), " ".join("".join(stream.title).split()) or None
