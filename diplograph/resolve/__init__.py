"""Resolve: per-document extractions become one corpus, one record per real-world actor, event and statement."""
