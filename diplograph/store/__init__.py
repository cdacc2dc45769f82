"""Stores: where the graph lives (memory, Oxigraph on disk, any SPARQL 1.1 server)."""
