"""Shared fixtures: the spaCy model and one build of the bundled sample corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def nlp():
    """The project's spaCy pipeline, loaded once."""
    from diplograph.extract.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, nlp) -> Path:
    """A graph folder built from the bundled sample corpus (read-only for tests)."""
    from diplograph.pipeline.build import build

    out = tmp_path_factory.mktemp("sample-build")
    build(None, out, nlp=nlp, progress=False)
    return out
