"""Exceptions raised by diplograph; the CLI turns them into clean messages."""

from __future__ import annotations


class DiplographError(Exception):
    """Base class: every failure the user can act on."""

    exit_code = 1  # 0 ok, 2 usage (click), 3 built with skipped inputs


class InputError(DiplographError):
    """An input file or folder cannot be read or understood."""



class ManifestError(InputError):
    """A manifest row is malformed or points somewhere it must not."""


class OutputError(DiplographError):
    """The output folder cannot be written (read-only, full, busy with another build, not a folder)."""


class GraphNotFoundError(DiplographError):
    """The graph folder holds no built graph."""



class QueryError(DiplographError):
    """A SPARQL query failed to parse or run; the message names where."""



class QueryTimeoutError(QueryError):
    """A query ran past its deadline; its process was stopped."""


class FederationError(QueryError):
    """A query would fetch from the network (SERVICE, remote FROM, LOAD) without leave to."""


class ReadOnlyError(QueryError):
    """A SPARQL update (INSERT, DELETE, CLEAR …) sent to a graph that is only ever queried."""


class RecordDecodeError(DiplographError):
    """A JSON payload (e.g. a cache entry) does not have the shape of the record it should hold."""


class StoreError(DiplographError):
    """A triple store could not be opened, read or written."""


class OntologyError(DiplographError):
    """The ontology files disagree with the code that uses them."""


class ViewError(DiplographError):
    """The HTML views cannot be drawn as asked (e.g. an unknown focus actor)."""


class ClusterError(DiplographError):
    """A Dask cluster could not be reached or started for distributed extraction."""
