"""The diplograph ontology, SHACL shapes, JSON-LD context and named queries, as data."""
