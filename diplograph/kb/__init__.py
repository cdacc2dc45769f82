"""Reference knowledge used by several stages: verb, actor and agent tables derived from public dictionaries."""
