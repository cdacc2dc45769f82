"""Actors: people, states and organisations found in one parsed document."""
