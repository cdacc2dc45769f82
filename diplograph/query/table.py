"""Query results as the text people and programs read: a terminal table, CSV, TSV or JSON."""

from __future__ import annotations

import json
import math
from datetime import date, datetime

import pandas as pd

FORMATS = ("table", "csv", "tsv", "json")


def _cell(value):
    """A DataFrame cell as plain JSON/text: dates in ISO form, missing as None."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def render(frame: pd.DataFrame, fmt: str) -> str:
    """The results as a terminal table, CSV, TSV or JSON records."""
    rows = [[_cell(v) for v in row] for row in frame.astype(object).itertuples(index=False)]
    if fmt == "json":
        return json.dumps([dict(zip(frame.columns, r)) for r in rows], ensure_ascii=False, indent=2)
    plain = pd.DataFrame(rows, columns=frame.columns, dtype=object)
    if fmt in ("csv", "tsv"):
        return plain.to_csv(index=False, sep="," if fmt == "csv" else "\t", lineterminator="\n")
    if not rows:
        return " ".join(frame.columns) + "\n(no results)"
    text = plain.fillna("").to_string(index=False, max_colwidth=60)
    return f"{text}\n({len(rows)} row{'s' if len(rows) != 1 else ''})"
