"""Reference knowledge used by several stages: gazetteer, roles and titles, lexicons, name matching, identifiers, PETRARCH tables."""
