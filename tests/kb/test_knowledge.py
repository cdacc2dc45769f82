"""owl:sameAs targets come from general tables of states and international organisations."""

from __future__ import annotations

import csv
import re
from importlib.resources import files

import pycountry

from diplograph.kb.identifiers import ISO_3166, WIKIDATA, same_as_for


def test_state_gets_iso_and_wikidata():
    assert same_as_for("state:NOR") == (ISO_3166 + "NO", WIKIDATA + "Q20")
    assert same_as_for("state:nor") == same_as_for("state:NOR")


def test_unknown_or_personal_keys_get_nothing():
    assert same_as_for("state:ZZZ") == ()
    assert same_as_for("person:ana-ruiz") == ()
    assert same_as_for("no-prefix") == ()


def test_state_table_is_clean():
    rows = list(csv.DictReader((files("diplograph.kb.data") / "state_wikidata.csv")
                               .read_text(encoding="utf-8").splitlines()))
    codes = [r["alpha3"] for r in rows]
    qids = [r["wikidata"] for r in rows]
    assert len(set(codes)) == len(codes) and len(set(qids)) == len(qids)
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    unassigned = {c for c in codes if pycountry.countries.get(alpha_3=c) is None}
    assert unassigned <= {"XKX"}  # Kosovo: user-assigned code, no ISO entry


def test_organisation_from_igo_table():
    assert same_as_for("org:nato") == (WIKIDATA + "Q7184",)
