"""Graph: the resolved Corpus as RDF (named graphs per article plus the resolved facts), checked against the ontology."""
