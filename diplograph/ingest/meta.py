"""Article metadata: layered sources, tolerant date parsing, and the content hash."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from typing import Any

from diplograph.errors import InputError
from diplograph.records import Document

_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")


def parse_date(value: Any) -> date | None:
    """A publication date from ISO text (or a full written date); ValueError if malformed."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError("not a date string")
    text = value.strip()
    m = _ISO_DAY.match(text)
    try:
        day = date(int(m[1]), int(m[2]), int(m[3])) if m else _written_date(text)
    except OverflowError:
        raise ValueError("not a date") from None
    if not 1800 <= day.year <= 2200:
        raise ValueError("implausible year")
    return day


def _written_date(text: str) -> date:
    """A date such as "16 May 2025"; a day, month and year must all be given."""
    from dateutil import parser

    one = parser.parse(text, default=datetime(2001, 1, 1))
    two = parser.parse(text, default=datetime(2002, 2, 2))
    if one.date() != two.date():
        raise ValueError("not a full date")
    return one.date()


def text_value(value: Any) -> str | None:
    """A JSON string or number as text (whitespace runs made one space); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return " ".join(str(value).split()) or None


def id_value(value: Any) -> str | None:
    """An id given as text or a number (None when not given); InputError for other JSON."""
    text = text_value(value)
    if text is None and not isinstance(value, (str, type(None))):
        raise InputError(f"id is a JSON {json_kind(value)}, not text")
    return text


def json_kind(value: Any) -> str:
    """What a JSON value is, in the words of JSON (for messages)."""
    return {bool: "boolean", list: "list", dict: "object", str: "string"}.get(type(value), "number")


def language_code(value: Any) -> str | None:
    """"en-US" → "en"; anything that is not a short language tag → None."""
    if not isinstance(value, str):
        return None
    m = re.match(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value)
    return m[1].lower() if m else None


def content_hash(doc: Document) -> str:
    """sha256 of what extraction sees: the cleaned text and every metadata field."""
    payload = json.dumps([doc.id, doc.text, doc.published.isoformat() if doc.published else None,
                          doc.publisher, doc.title, doc.url, doc.language, doc.base,
                          doc.parent], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()
