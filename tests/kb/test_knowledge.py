"""Identifiers and owl:sameAs targets come from general tables of states, organisations and places."""

from __future__ import annotations

import csv
import re
from importlib.resources import files

import pycountry

from diplograph.kb.gazetteer import locate_place
from diplograph.kb.identifiers import (
    WIKIDATA,
    codes_for,
    geonames_for,
    same_as_for,
    state_alpha3,
    wikidata_iri,
)


def test_state_gets_wikidata_as_entity_and_iso_codes_as_identifiers():
    assert same_as_for("state:NOR") == (WIKIDATA + "Q20",)
    assert same_as_for("state:nor") == same_as_for("state:NOR")
    assert codes_for("state:NOR") == ("NO", "NOR")
    assert geonames_for("state:NOR") == 3144096
    assert codes_for("org:nato") == () and geonames_for("person:ana-ruiz") is None


def test_codes_and_wikidata_ids_read_as_written():
    assert state_alpha3("et") == state_alpha3("ETH") == "ETH"
    assert state_alpha3("ZZ") is None and state_alpha3("Ethiopia") is None
    assert wikidata_iri("Q115") == wikidata_iri("https://www.wikidata.org/wiki/Q115") == WIKIDATA + "Q115"
    assert wikidata_iri("Q") is None and wikidata_iri("Peskov") is None


def test_places_get_geonames_ids_and_coordinates():
    geneva = locate_place("Geneva")
    assert geneva.geonames_id == 2660646 and round(geneva.latitude) == 46
    assert locate_place("Geneva, Switzerland") == geneva
    assert locate_place("Egypt").geonames_id == 357994 and locate_place("Egypt").latitude is None
    assert locate_place("Nowhere-upon-Nothing") is None


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
