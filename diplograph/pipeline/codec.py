"""Plain-JSON form of the frozen records, so a cache from elsewhere can only ever yield data."""

from __future__ import annotations

import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date
from functools import cache
from typing import Any, Literal, Union

from diplograph import records
from diplograph.errors import RecordDecodeError

# Only these classes are ever built from JSON; nothing in the payload names a type.
KNOWN = (records.Document, records.Mention, records.Timex, records.Role, records.Actor,
         records.StatusClaim, records.Event, records.Statement, records.Extraction)
_MAX_DEPTH = 16


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(records))


def encode(value: Any) -> Any:
    """A record (or a value inside one) as plain JSON values."""
    if is_dataclass(value) and type(value) in KNOWN:
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} as a record value")


def decode(cls: type, data: Any) -> Any:
    """Build a ``cls`` record from plain JSON values, refusing anything of another shape."""
    if cls not in KNOWN:
        raise RecordDecodeError(f"{cls!r} is not a record class")
    return _value(cls, data, 0)


def _value(tp: Any, data: Any, depth: int) -> Any:
    if depth > _MAX_DEPTH:
        raise RecordDecodeError("record nested too deeply")
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        options = typing.get_args(tp)
        if data is None and type(None) in options:
            return None
        last: Exception | None = None
        for option in options:
            if option is type(None):
                continue
            try:
                return _value(option, data, depth)
            except RecordDecodeError as exc:
                last = exc
        raise RecordDecodeError(str(last))
    if origin is Literal:
        if isinstance(data, str) and data in typing.get_args(tp):
            return data
        raise RecordDecodeError(f"{data!r} is not one of {typing.get_args(tp)}")
    if origin is tuple:
        item = typing.get_args(tp)[0]
        if not isinstance(data, list):
            raise RecordDecodeError("expected a list")
        return tuple(_value(item, v, depth + 1) for v in data)
    if tp in KNOWN:
        return _record(tp, data, depth)
    if tp is date:
        if not isinstance(data, str):
            raise RecordDecodeError("expected an ISO date")
        try:
            return date.fromisoformat(data)
        except ValueError as exc:
            raise RecordDecodeError(str(exc)) from None
    if tp is bool:
        if isinstance(data, bool):
            return data
        raise RecordDecodeError("expected true/false")
    if tp is int:
        if isinstance(data, int) and not isinstance(data, bool):
            return data
        raise RecordDecodeError("expected an integer")
    if tp is str:
        if isinstance(data, str):
            return data
        raise RecordDecodeError("expected a string")
    raise RecordDecodeError(f"unsupported field type {tp!r}")


def _record(cls: type, data: Any, depth: int) -> Any:
    if not isinstance(data, dict):
        raise RecordDecodeError(f"expected an object for {cls.__name__}")
    hints = _hints(cls)
    names = {f.name for f in fields(cls)}
    extra = set(data) - names
    if extra:
        raise RecordDecodeError(f"unknown fields {sorted(extra)} for {cls.__name__}")
    kwargs = {name: _value(hints[name], value, depth + 1) for name, value in data.items()}
    try:
        return cls(**kwargs)
    except TypeError as exc:  # a required field is missing
        raise RecordDecodeError(str(exc)) from None
