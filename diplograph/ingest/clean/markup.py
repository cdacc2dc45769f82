"""Markup to plain text for Markdown (offsets kept) and HTML (main text via trafilatura)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
                                          include_comments=False, include_images=False)
    except Exception:  # a broken page must not stop the build: fall back to bare text
        doc = None
    if doc is None or not (doc.text or "").strip():
        return HtmlText(*_unlink(_bare_text(html)))
    text, links = _unlink(doc.text)
    return HtmlText(text, links, title=doc.title or None, published=doc.date or None,
                    publisher=doc.sitename or None, url=doc.url or None,
                    language=doc.language or None)


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


def _bare_text(html: str) -> str:
    """Every text node outside scripts, styles and templates, one block per line."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    blocks = root.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//blockquote|//pre")
    parts = [" ".join(b.text_content().split()) for b in blocks] or [root.text_content()]
    return "\n".join(p for p in parts if p.strip())
