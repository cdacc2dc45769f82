"""Serve: a read-only SPARQL 1.1 endpoint over a built graph folder."""
