"""Named SPARQL queries with typed parameters, answered as pandas DataFrames."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from diplograph.errors import QueryError
from diplograph.query.params import KINDS, Param, render

if TYPE_CHECKING:
    from diplograph.store import Rows, Store
    from diplograph.store.deadline import Limits

_XSD = "http://www.w3.org/2001/XMLSchema#"
_HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(?P<name>\w+)(?:\s*:\s*(?P<kind>\w+))?(?:\s*=\s*(?P<default>[^—]*?))?"
                    r"\s*(?:(?:—|--|\s-)\s*(?P<desc>.*))?$")
# Strings, IRIs and comments hide braces and keywords; the rest is scanned for them.
_TOKEN = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                    r'|<[^<>"{}|^`\\\s]*>|#[^\n]*|\{|[A-Za-z_]\w*|\S')
PARAMS_MARK = "#@params"  # where (in subqueries and branches) a query wants its parameters bound
_INTS = {f"{_XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
DEFAULT_PAGE = 1_000  # rows per page of a listing when the caller names no limit


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its header: title, description and declared parameters."""

    name: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[Param, ...] = field(default_factory=tuple)
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        """The declared parameter called ``name``, if any."""
        return next((p for p in self.params if p.name == name), None)


def parse_query(text: str, name: str = "query", path: Path | None = None) -> NamedQuery:
    """Read the ``# title:``, ``# description:``, ``# param:`` header of a query."""
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            continue
        if m[1] == "param":
            params.append(_parse_param(m[2], name))
        else:
            meta[m[1]] = f"{meta[m[1]]} {m[2]}" if m[1] in meta else m[2]
    return NamedQuery(name, text, meta.get("title", ""), meta.get("description", ""),
                      tuple(params), path)


def _parse_param(spec: str, query: str) -> Param:
    m = _PARAM.match(spec)
    kind = (m and m["kind"]) or "string"
    if not m or kind not in KINDS:
        raise QueryError(f"query {query}: cannot read parameter declaration {spec!r} "
                         f"(expected `name[:kind] [= default] — description`, kinds {KINDS})")
    default = m["default"].strip() if m["default"] is not None else None
    return Param(m["name"], kind, default or None, m["default"] is None, (m["desc"] or "").strip())


def queries_dir() -> Path:
    """Where the shipped named queries live (ontology/queries)."""
    from importlib.resources import files

    return Path(str(files("diplograph.ontology") / "queries"))


@cache
def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query shipped with diplograph (files starting with ``_`` are internal)."""
    folder = folder or queries_dir()
    return {p.stem: parse_query(p.read_text(encoding="utf-8"), p.stem, p)
            for p in sorted(folder.glob("*.rq")) if not p.name.startswith("_")}


def get_query(name_or_sparql: str | Path) -> NamedQuery:
    """A named query, a ``.rq`` file, or SPARQL text given inline."""
    if isinstance(name_or_sparql, Path) or str(name_or_sparql).endswith(".rq"):
        path = Path(name_or_sparql)
        if not path.is_file():
            raise QueryError(f"no query file {path}")
        return parse_query(path.read_text(encoding="utf-8"), path.stem, path)
    named = named_queries()
    if name_or_sparql in named:
        return named[name_or_sparql]
    if re.fullmatch(r"[\w-]+", name_or_sparql.strip()):
        raise QueryError(f"no named query {name_or_sparql!r}; known: {', '.join(named)}")
    return parse_query(name_or_sparql, "sparql")


def prepare(store: Store, query: NamedQuery, params: Mapping[str, Any] | None = None) -> str:
    """The query text with parameters bound by an inline VALUES block (no text splicing)."""
    params = {k: v for k, v in (params or {}).items() if v is not None and v != ""}
    unknown = [name for name in params if query.params and query.param(name) is None]
    if unknown:
        raise QueryError(f"query {query.name} has no parameter {unknown[0]!r} "
                         f"(parameters: {', '.join(p.name for p in query.params)})")
    blocks, bound = [], set()
    for p in query.params:
        value = params.pop(p.name, p.default)
        if value is None:
            if p.required:
                raise QueryError(f"query {query.name} needs --param {p.name}=… ({p.describe()})")
            continue
        bound.add(p.name)
        blocks.append(_values(p.name, render(store, p, value)))
    for name, value in params.items():  # undeclared: variables of a query that declares none
        if query.params or not name.isidentifier() or not re.search(rf"[?$]{name}\b", query.text):
            known = ", ".join(p.name for p in query.params) or "none"
            raise QueryError(f"query {query.name} has no parameter {name!r} (parameters: {known})")
        kind = "iri" if isinstance(value, str) and value.startswith(("http://", "https://")) else "string"
        blocks.append(_values(name, render(store, Param(name, kind), value)))
    text = sections(query.text, bound)
    return inject(text, " ".join(blocks)) if blocks else text


def sections(text: str, bound: set[str]) -> str:
    """Keep ``#@if NAME`` … ``#@end`` lines only when parameter NAME is bound (lines stay counted)."""
    out, keep = [], True
    for line in text.splitlines(keepends=True):
        m = re.match(r"\s*#@(if\s+(\w+)|end)\s*$", line)
        if m:
            keep = m[2] in bound if m[2] else True
        out.append(line if keep or m else "\n")
    return "".join(out)


def _values(name: str, terms: list[str]) -> str:
    return f"VALUES ?{name} {{ {' '.join(terms)} }}"


def inject(text: str, block: str) -> str:
    """Insert ``block`` at every ``#@params`` comment, else after the outermost WHERE's brace."""
    tokens = [m for m in _TOKEN.finditer(text) if not m.group().startswith("#")
              or m.group().rstrip() == PARAMS_MARK]
    marks = [m.start() for m in tokens if m.group().startswith("#")]
    if marks:
        for at in reversed(marks):
            text = f"{text[:at]}{block} {text[at:]}"
        return text
    words = [m.group().upper() for m in tokens]
    construct = "CONSTRUCT" in words and words.index("CONSTRUCT") < min(
        (words.index(w) for w in ("SELECT", "ASK", "DESCRIBE") if w in words), default=len(words))
    for i, m in enumerate(tokens):
        if m.group() == "{" and (not construct or words[i - 1] == "WHERE"):
            return f"{text[:m.end()]} {block} {text[m.end():]}"
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def run_query(store: Store, name_or_sparql: str | Path,
              params: Mapping[str, Any] | None = None, limits: Limits | None = None, *,
              limit: int | None = None, offset: int = 0) -> pd.DataFrame:
    """Run a named query, a .rq file or SPARQL text and return a typed DataFrame.

    A SELECT is paged: ``limit`` rows (None: DEFAULT_PAGE for a named query or .rq file that
    has no LIMIT of its own, every row for SPARQL text; 0: every row) from ``offset``; when rows remain past the page,
    ``frame.attrs["next_offset"]`` says where the next page starts. Under ``limits`` the
    query is stopped at the deadline and cut at the row cap; a cut answer has
    ``frame.attrs["truncated"]`` set to the cap.
    """
    query = get_query(name_or_sparql)
    text, limit = paged(prepare(store, query, params), limit, offset,
                        DEFAULT_PAGE if query.path is not None else 0)
    rows = store.query(text, limits)
    frame = trim(rows_to_frame(rows), limit, offset)
    if rows.truncated:
        frame.attrs["truncated"] = len(rows)
    return frame


def paged(text: str, limit: int | None, offset: int = 0,
          default: int = DEFAULT_PAGE) -> tuple[str, int]:
    """The query asking for one row past the page, and the page's size.

    A ``limit`` of None takes ``default`` for a SELECT without a LIMIT of its own, else every row (0).
    """
    if limit is None:
        limit = default if unpageable(text) is None else 0
    return (page(text, limit + 1 if limit else 0, offset) if limit or offset else text), limit


def trim(frame: pd.DataFrame, limit: int, offset: int = 0) -> pd.DataFrame:
    """The page of an answer asked for one row more; ``attrs["next_offset"]`` when rows remain."""
    if limit and len(frame) > limit:
        frame = frame.iloc[:limit].copy()
        frame.attrs["next_offset"] = offset + limit
    return frame


def unpageable(text: str) -> str | None:
    """Why a query cannot take a LIMIT/OFFSET after its last group, or None when it can."""
    tokens = [m.group() for m in _TOKEN.finditer(text) if not m.group().startswith("#")]
    words = [w.upper() for w in tokens]
    form = next((w for w in words if w in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")), None)
    if form != "SELECT":
        return "only SELECT queries can be paged (limit / offset)"
    last = max((i for i, w in enumerate(tokens) if w == "}"), default=-1)
    if {"LIMIT", "OFFSET"} & set(words[last + 1:]):
        return "the query has its own LIMIT or OFFSET; page it in its text instead"
    return None


def page(text: str, limit: int, offset: int = 0) -> str:
    """A SELECT query with ``LIMIT limit`` (0: none) and ``OFFSET offset`` after its last group."""
    reason = unpageable(text) or ("limit and offset must be 0 or more" if min(limit, offset) < 0 else None)
    if reason:
        raise QueryError(reason)
    clauses = (f"LIMIT {limit}" if limit else "", f"OFFSET {offset}" if offset else "")
    return f"{text.rstrip()}\n{' '.join(c for c in clauses if c)}\n"


def rows_to_frame(rows: Rows) -> pd.DataFrame:
    """SPARQL results as a DataFrame of Python values: dates as timestamps, ints, bools, str."""
    if rows.boolean is not None:
        return pd.DataFrame({"ask": [rows.boolean]})
    data = {c: [python_value(b.get(c)) for b in rows.bindings] for c in rows.columns}
    return pd.DataFrame({c: _column(v) for c, v in data.items()}, columns=rows.columns)


def python_value(cell: Mapping[str, str] | None) -> Any:
    """One result cell as a Python value (IRIs as str, typed literals converted)."""
    if cell is None:
        return None
    value, datatype = cell["value"], cell.get("datatype", "")
    if cell["type"] == "bnode":
        return f"_:{value}"
    try:
        if datatype in _INTS:
            return int(value)
        if datatype in _FLOATS:
            return float(value)
        if datatype == f"{_XSD}boolean":
            return value in ("true", "1")
        if datatype == f"{_XSD}date":
            return date.fromisoformat(value[:10])
        if datatype == f"{_XSD}dateTime":
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return value


def _column(values: list[Any]) -> pd.Series | list[Any]:
    """A typed column when every value agrees on a type, else the values as they are."""
    kinds = {type(v) for v in values if v is not None}
    has_null = any(v is None for v in values)
    if not kinds:
        return values
    if kinds <= {date, datetime}:
        return pd.Series(pd.to_datetime(values, errors="coerce"))
    if kinds == {bool}:
        return pd.Series(values, dtype="boolean" if has_null else bool)
    if kinds == {int}:
        return pd.Series(values, dtype="Int64" if has_null else "int64")
    if kinds <= {int, float}:
        return pd.Series(values, dtype="float64")
    return values
