"""Query: named SPARQL queries with safe parameters, records.json and the networkx projection, all read from the graph."""
