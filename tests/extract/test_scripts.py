"""Actor keys and IRIs stay distinct for names in every script."""

from __future__ import annotations

import pytest

from diplograph.graph.iris import iri_for
from diplograph.kb.names import slug

NAMES = ["Сергей Лавров", "Мария Захарова", "王毅", "李强", "محمد بن سلمان", "עמית כהן",
         "Ελένη Παππά", "Ilse Brandt", "José Álvarez"]


def test_person_keys_are_unique_and_non_empty_in_every_script() -> None:
    keys = [slug(n) for n in NAMES]
    assert all(keys) and len(set(keys)) == len(NAMES), keys
    assert slug("Сергей Лавров") == slug("СЕРГЕЙ  ЛАВРОВ") != slug("Сергей")
    assert slug("Ilse Brandt") == "ilse-brandt" and slug("José Álvarez") == "jose-alvarez"


@pytest.mark.parametrize("kind", ["actor", "statement", "event"])
def test_iris_are_unique_ascii_for_every_script(kind: str) -> None:
    iris = [str(iri_for(kind, f"person:{slug(n)}")) for n in NAMES]
    assert len(set(iris)) == len(NAMES)
    assert all(i.isascii() for i in iris)
