"""Refuse SPARQL that would make this process fetch from the network (SERVICE, remote FROM, LOAD).

A query is read token by token in one linear pass (comments, strings and IRIs skipped
as units), so a keyword inside a literal or an IRI is never mistaken for federation and
no input can make the scan backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from diplograph.errors import FederationError, ReadOnlyError

# SPARQL 1.1 IRIREF: no nested quantifier, so matching is linear in the IRI's length.
_IRI = re.compile(r'<([^<>"{}|^`\\\x00-\x20]*)>')
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:((?:[\w.:%-]|\\.)*)")
_WORD = re.compile(r"[A-Za-z_]\w*")
_VAR = re.compile(r"[?$]\w+")
_PREFIX_DECL = re.compile(r"([A-Za-z][\w.-]*)?:$")
# SPARQL Update operations (LOAD is refused as federation below, with its own reason).
UPDATE_WORDS = frozenset({"INSERT", "DELETE", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "word" | "iri" | "pname" | "var" | "other"
    text: str


def tokens(sparql: str) -> Iterator[Token]:
    """The query's tokens that matter here; strings and comments are skipped whole."""
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c.isspace():
            i += 1
        elif c == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "'\"":
            i = _skip_string(sparql, i)
        elif c == "<" and (m := _IRI.match(sparql, i)):
            yield Token("iri", m.group(1))
            i = m.end()
        elif c in "?$" and (m := _VAR.match(sparql, i)):
            yield Token("var", m.group())
            i = m.end()
        elif (c.isalpha() or c == ":") and (m := _PNAME.match(sparql, i)) and ":" in m.group():
            yield Token("pname", m.group())
            i = m.end()
        elif m := _WORD.match(sparql, i):
            yield Token("word", m.group().upper())
            i = m.end()
        else:
            yield Token("other", c)
            i += 1


def _skip_string(s: str, i: int) -> int:
    """Index just past the string literal that opens at ``i`` (or the end of an unclosed one)."""
    quote = s[i]
    long = s.startswith(quote * 3, i)
    j = i + (3 if long else 1)
    n = len(s)
    while j < n:
        ch = s[j]
        if ch == "\\":
            j += 2
        elif long and s.startswith(quote * 3, j):
            return j + 3
        elif not long and ch == quote:
            return j + 1
        elif not long and ch == "\n":
            return j + 1
        else:
            j += 1
    return n


def check_read_only(sparql: str) -> None:
    """Raise ReadOnlyError when ``sparql`` is an update rather than a query."""
    toks = [t for t in tokens(sparql) if t.kind != "other"]
    k = 0
    while k < len(toks) and toks[k].text in ("PREFIX", "BASE"):  # the prologue: PREFIX p: <iri>
        k += 3 if toks[k].text == "PREFIX" else 2
    if k < len(toks) and toks[k].kind == "word" and toks[k].text in UPDATE_WORDS:
        raise ReadOnlyError(f"{toks[k].text} is refused: this graph is read-only (queries only: "
                            "SELECT, CONSTRUCT, ASK, DESCRIBE); rebuild it to change it")


def check_query(sparql: str, *, graphs: Callable[[], Collection[str]] | None = None,
                allow_services: Collection[str] = (), prefixes: dict[str, str] | None = None) -> None:
    """Raise FederationError when ``sparql`` would reach beyond this dataset (ReadOnlyError for an update).

    ``SERVICE`` is allowed only for an endpoint in ``allow_services``; ``FROM`` and
    ``FROM NAMED`` only for graphs the dataset holds (``graphs``; when None, every FROM
    is refused); ``LOAD`` never.
    """
    check_read_only(sparql)
    toks = list(tokens(sparql))
    declared = dict(prefixes or {})
    names: Collection[str] | None = None
    for k, tok in enumerate(toks):
        if tok.kind != "word":
            continue
        if tok.text == "PREFIX" and k + 2 < len(toks) and toks[k + 2].kind == "iri":
            if m := _PREFIX_DECL.match(toks[k + 1].text):
                declared[m.group(1) or ""] = toks[k + 2].text
        elif tok.text == "LOAD":
            raise FederationError("LOAD is refused: this graph is read-only and fetches nothing")
        elif tok.text == "SERVICE":
            target = _next_target(toks, k + 1, skip=("SILENT",))
            iri = _expand(target, declared)
            if iri is None or iri not in allow_services:
                shown = f"<{iri}>" if iri else (target.text if target else "?")
                raise FederationError(
                    f"SERVICE {shown} is refused: federated queries would make this process "
                    "send requests; allow an endpoint explicitly (--allow-service URL)")
        elif tok.text == "FROM":
            target = _next_target(toks, k + 1, skip=("NAMED",))
            iri = _expand(target, declared)
            if names is None:
                names = set(graphs()) if graphs is not None else set()
            if iri is None or iri not in names:
                shown = f"<{iri}>" if iri else "?"
                raise FederationError(
                    f"FROM {shown} is refused: it names no graph of this dataset, and "
                    "remote graphs are never fetched")


def _next_target(toks: list[Token], k: int, skip: tuple[str, ...]) -> Token | None:
    while k < len(toks) and toks[k].kind == "word" and toks[k].text in skip:
        k += 1
    return toks[k] if k < len(toks) else None


def _expand(tok: Token | None, declared: dict[str, str]) -> str | None:
    """The IRI a token stands for (IRIs and declared prefixed names), else None."""
    if tok is None:
        return None
    if tok.kind == "iri":
        return tok.text
    if tok.kind == "pname":
        prefix, _, local = tok.text.partition(":")
        if prefix in declared:
            return declared[prefix] + local
    return None
