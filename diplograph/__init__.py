"""diplograph: a diplomatic timeline knowledge graph built from news articles."""

from __future__ import annotations

from diplograph.errors import (
    DiplographError,
    GraphNotFoundError,
    InputError,
    ManifestError,
    OntologyError,
    QueryError,
    StoreError,
)

__version__ = "0.1.0"

__all__ = [
    "DiplographError",
    "GraphNotFoundError",
    "InputError",
    "ManifestError",
    "OntologyError",
    "QueryError",
    "StoreError",
    "__version__",
]
