"""One of each: one slug, one set of SPARQL prefixes, one source of owl:sameAs targets."""

from __future__ import annotations

import re
from pathlib import Path

import diplograph
from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.identifiers import same_as_for

PACKAGE = Path(diplograph.__file__).parent


def sources() -> dict[str, str]:
    return {str(p.relative_to(PACKAGE)): p.read_text(encoding="utf-8")
            for p in sorted(PACKAGE.rglob("*.py"))}


def test_one_slug_function():
    defined = [name for name, text in sources().items() if re.search(r"^def _?slug\(", text, re.M)]
    assert defined == ["kb/slugs.py"]


def test_sparql_prefixes_are_declared_only_in_the_namespace_module():
    declaring = [name for name, text in sources().items()
                 if re.search(r"PREFIX\s+\w*:\s*<https?://", text)]
    assert declaring == []  # graph/namespace.py builds them from PREFIXES; nothing spells one out


def test_the_gazetteer_takes_its_same_as_targets_from_the_identifier_tables():
    entries = gazetteer().by_key
    assert len(entries) > 200
    assert {k: e.same_as for k, e in entries.items()} == {k: same_as_for(k) for k in entries}
