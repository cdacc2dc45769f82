"""Check a built dataset against ontology/shapes.ttl (SHACL), on the union of its graphs."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Dataset, Graph

from diplograph.errors import OntologyError
from diplograph.graph.dataset import union_graph
from diplograph.graph.namespace import ontology_file


@dataclass(frozen=True)
class Validation:
    """Outcome of a SHACL check: whether it conforms and pyshacl's text report."""

    conforms: bool
    report: str


def shapes_graph() -> Graph:
    """The SHACL shapes shipped with the ontology."""
    return Graph().parse(data=ontology_file("shapes.ttl").read_text(encoding="utf-8"), format="turtle")


def validate(ds: Dataset | Graph) -> Validation:
    """Validate the union of every named graph, since facts about one node span graphs."""
    try:
        from pyshacl import validate as shacl_validate
    except ImportError as exc:  # pyshacl is a test/extra dependency
        raise OntologyError("SHACL validation needs pyshacl (pip install pyshacl)") from exc
    conforms, _, text = shacl_validate(union_graph(ds), shacl_graph=shapes_graph(),
                                       inference="none", allow_warnings=True)
    return Validation(bool(conforms), str(text))
