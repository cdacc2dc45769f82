"""Actor names across scripts and page furniture: hyphenated and particle names, headline verbs, credits."""

from __future__ import annotations

import pytest

from diplograph.extract.actors.candidates import Cand
from diplograph.extract.actors.finder import find_actors, link_acronyms
from diplograph.kb.names import link_names, person_key, romanised, same_person
from diplograph.records import Document


def _actors(nlp, text: str):
    return find_actors(nlp(text), Document(id="t", text=text))


def _keys_at(actors, text: str, surface: str, nth: int = 1) -> set[str]:
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return {m.key for m in actors.in_span(start, start + len(surface), partial=True)}


# (text, surface, key): the mention covering surface carries key
FOUND = [
    # Hyphenated given names keep their lower-case half (Korean, Chinese, Vietnamese romanisations).
    ("UN Secretary-General Park Ji-hoon visited a camp in Juba on Monday.", "Park Ji-hoon", "person:park-ji-hoon"),
    ("She met Taiwan's President Lin Mei-ling on Wednesday night.", "Lin Mei-ling", "person:lin-mei-ling"),
    # Lower-case particles inside a name.
    ("EU Commission chief Ingrid van der Berg said the plan would go ahead.", "Ingrid van der Berg",
     "person:ingrid-der-berg"),
    # A known body NER glued to a person's name.
    ("U.S. Ambassador to the United Nations Laura Pierce met her Kenyan counterpart on Friday.", "Laura Pierce",
     "person:laura-pierce"),
    # Two people's surnames joined by "and", named in full earlier.
    ("President Amadou Keita met rebel leader Ousmane Diarra in May. The envoy pressed Keita and Diarra to "
     "hold talks.", "Keita and Diarra", "person:amadou-keita"),
    # A possessive state before an organisation's name is not part of it.
    ("The envoy met Ghana's National Democratic Congress on Monday.", "National Democratic Congress",
     "org:national-democratic-congress"),
    # A state and a nationality adjective joined by a dash are two states.
    ("The minister advanced U.S.-Kenyan cooperation on energy.", "U.S.-Kenyan", "state:KEN"),
    ("The minister advanced U.S.-Kenyan cooperation on energy.", "U.S.-Kenyan", "state:USA"),
    # A press statement's official, alone on a line above the office.
    ("Press Statement\nMaria Okonjo\nDepartment Spokesperson\nWashington, DC\n\nThe Secretary will travel to Lima.",
     "Maria Okonjo", "person:maria-okonjo"),
    # A Title Case headline's preposition is not a surname's last word.
    ("Remarks With Japanese Foreign Minister Takeda Before Their Meeting\nThe ministers met in Tokyo.", "Takeda",
     "person:takeda"),
    # Names in Cyrillic and Greek script.
    ("Анна Петрова заявила, что переговоры продолжатся.", "Анна Петрова", "person:анна-петрова"),
    ("Foreign Minister Ελένη Καραγιάννη said the talks would resume in Athens.", "Ελένη Καραγιάννη",
     "person:ελενη-καραγιαννη"),
    # A state's word, a title and a name NER tagged as one body; a regnal numeral after a title's name.
    ("Vladimir Putin spoke by phone with Kazakh President Kassym-Jomart Tokayev on Monday.",
     "Kassym-Jomart Tokayev", "person:kassym-jomart-tokayev"),
    ("Vladimir Putin spoke by phone with Kazakh President Tokayev on Monday.", "Tokayev", "person:tokayev"),
    ("Emmanuel Macron will host Moroccan King Mohammed VI next week.", "Mohammed VI", "person:mohammed-vi"),
    # A capitalised particle and the name it opens, after the part NER tagged.
    ("Foreign Minister Sheikh Hamad bin Jassim Al Mahmoud met the envoy in Doha.", "Hamad bin Jassim Al Mahmoud",
     "person:hamad-al-mahmoud"),
]

@pytest.mark.parametrize("text,surface,key", FOUND)
def test_name_found(nlp, text, surface, key):
    actors = _actors(nlp, text)
    assert key in _keys_at(actors, text, surface), [(m.text, m.key) for m in actors]


def test_hyphenated_name_is_not_cut_at_the_hyphen(nlp):
    text = "UN Secretary-General Park Ji-hoon visited a camp in Juba on Monday."
    assert not [m.text for m in _actors(nlp, text) if m.text.endswith("-")]


def test_given_name_alone_joins_the_one_full_name(nlp):
    text = "Prime Minister Muhammad Tariq Rana spoke by phone. Later Tariq received the delegation."
    actors = _actors(nlp, text)
    start = text.index("Tariq received")
    hit = [m for m in actors.in_span(start, start + 5, partial=True)]
    assert hit and hit[0].key == person_key("Muhammad Tariq Rana") and (hit[0].start, hit[0].end) == (start, start + 5)


def test_romanised_spelling_is_an_alias_not_the_key(nlp):
    text = "Анна Петрова заявила, что переговоры продолжатся."
    actors = _actors(nlp, text)
    assert "Anna Petrova" in actors.aliases["person:анна-петрова"]
    assert not actors.by_key("person:anna-petrova")


@pytest.mark.parametrize("a,b,same", [
    ("Kim Jong Un", "Kim Jong-un", True),
    ("Park Ji-hoon", "Park Ji Hoon", True),
    ("Kim Jong Un", "Kim Yong Chol", False),
    ("Laura Mont-Blanc", "Laura Mont Blanc", True),
    ("Ana Torres", "Ana Torre", False),
    ("Sunita Koirala-Bhatt", "Sunita Koirala-Basnet", False),  # double surnames sharing one family only
    ("Lucia Ferreira-Lima", "Lucia Ferreira-Lina", True),  # one letter off in the second family: a variant
])
def test_spelling_variants_of_one_person(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize("full,alone", [("Ricardo Salgado Jr.", "Salgado"), ("Juan Carlos Ortega III", "Ortega"),
                                        ("Augusto Mendes Sr", "Mendes")])
def test_a_generational_suffix_is_not_the_surname(full, alone):
    assert same_person(full, alone) and person_key(full).endswith(alone.lower())
    assert link_names([full, alone])[alone] == full


def test_link_names_joins_a_middle_name_used_alone():
    canon = link_names(["Muhammad Tariq Rana", "Tariq", "Rana"])
    assert canon["Tariq"] == canon["Rana"] == "Muhammad Tariq Rana"


def test_link_names_keeps_an_ambiguous_given_name_apart():
    canon = link_names(["Maria Lopez", "Maria Okonjo", "Maria"])
    assert canon["Maria"] == "Maria"


@pytest.mark.parametrize("native,latin", [
    ("Анна Петрова", "Anna Petrova"),
    ("Сергей Жуков", "Sergey Zhukov"),
    ("Ελένη Καραγιάννη", "Eleni Karagianni"),
    ("Ama Boateng", None),
    ("李明", None),
])
def test_romanised(native, latin):
    assert romanised(native) == latin


# (text, surfaces that must not be actor mentions): page furniture, rooms, caption labels, run-together credits.
FURNITURE = [
    # A site's link list: short label lines in a row, a file format in brackets among them.
    ("The talks ended.\nPress Releases\nTranscripts\nCasualty Status (PDF)\nContracts\nPopular Agency Resources\n"
     "Contact Us\n", ["PDF", "Popular Agency Resources"]),
    # A photo caption's label before a plural noun capitalised by position.
    ("FILE - Delegates attend the regional forum in Lima, Peru, May 2, 2019.", ["FILE - Delegates", "Delegates"]),
    # A room where people meet is a place, not a body.
    ("The president received the envoy in the Oval Office of the presidential palace on Friday.", ["Oval Office"]),
    # A common noun opening a sentence before a preposition.
    ('"It went well," an aide said.  Dinner with President Ruto in Nairobi was cordial.', ["Dinner"]),
    # An adjective NER glued to a body's name belongs to the noun after it.
    ("The envoy spoke at the UN European headquarters in Geneva.", ["European headquarters"]),
    # Two reporters' names run together on a line of their own under the headline.
    ("Envoys Meet in Nairobi\nAstrid van der BergTomas Okello\nThe envoys met in Nairobi on Monday.",
     ["Astrid", "BergTomas Okello"]),
]


@pytest.mark.parametrize("text,absent", FURNITURE)
def test_furniture_is_no_actor(nlp, text, absent):
    actors = _actors(nlp, text)
    for surface in absent:
        start = text.index(surface)
        assert not actors.in_span(start, start + len(surface), partial=True), [(m.text, m.key) for m in actors]


@pytest.mark.parametrize("text,surface,key,role", [
    # An honorific opens the entity but is not part of the name.
    ("Shri Raghav Menon met the visiting delegation in Chennai.", "Raghav Menon", "person:raghav-menon", None),
    # A nationality adjective and a title before a name are its role, not its first words.
    ("Argentine President Lucas Ferreyra met Chilean President Ana Rojas on Monday.", "Lucas Ferreyra",
     "person:lucas-ferreyra", "President"),
    # A surname that is also a common noun stays a name when it acts.
    ("Macron says France ready to host peace talks", "Macron", "person:macron", None),
    # A verb's -ing form opening the sentence is not a first name.
    ("Lauding Tomas Brandt as a peacemaker, the minister welcomed the deal.", "Tomas Brandt", "person:tomas-brandt",
     None),
    # A signer alone on a line with the office on the next line.
    ("Remarks\nHelena Strand\nSecretary of State\nOslo\n\nThe Secretary met her counterpart on Monday.",
     "Helena Strand", "person:helena-strand", "Secretary of State"),
])
def test_person_and_role(nlp, text, surface, key, role):
    actors = _actors(nlp, text)
    start = text.index(surface)
    hits = [m for m in actors.in_span(start, start + len(surface), partial=True) if m.key == key]
    assert hits and (hits[0].start, hits[0].end) == (start, start + len(surface)), [(m.text, m.key) for m in actors]
    assert hits[0].role == role
    assert not [m for m in actors if m.type == "person" and m.name.split()[-1] in ("President", "Argentine")]


def test_readout_subject_is_the_signer(nlp):
    text = "Readout\nHelena Strand\nSecretary of State\n\nThe Secretary met Foreign Minister Ivo Maric on Monday."
    actors = _actors(nlp, text)
    assert _keys_at(actors, text, "The Secretary") == {"person:helena-strand"}


@pytest.mark.parametrize("text,surface,key", [
    # Acronyms spaCy cuts at "-" or "+".
    ("The ruling party's ZANU-PF negotiating team rejected the offer.", "ZANU-PF", "org:zanu-pf"),
    ("Ministers of the P5+1 met in Vienna.", "P5+1", "org:p5-1"),
])
def test_joined_acronym_is_a_body(nlp, text, surface, key):
    assert key in _keys_at(_actors(nlp, text), text, surface)


def test_joined_states_are_not_one_acronym(nlp):
    text = "The US-ROK alliance was discussed."
    assert "org:us-rok" not in {m.key for m in _actors(nlp, text)}


def test_number_word_acronym_links_to_its_name():
    full = Cand(0, 14, "Bucharest Nine", "organization", "org:bucharest-nine", "Bucharest Nine", "name", "ner", 1)
    acr = Cand(20, 22, "B9", "organization", "org:b9", "B9", "acronym", "ner", 3)
    assert [c.key for c in link_acronyms([full, acr])] == ["org:bucharest-nine", "org:bucharest-nine"]


def test_link_names_joins_a_full_name_without_its_first_word():
    canon = link_names(["Amina Wanjiru Odhiambo", "Wanjiru Odhiambo", "Odhiambo"])
    assert canon["Wanjiru Odhiambo"] == canon["Odhiambo"] == "Amina Wanjiru Odhiambo"


@pytest.mark.parametrize("names,alone,owner", [
    (["Tomas Nur", "Lina Nour", "Nour"], "Nour", "Lina Nour"),
    (["Tomas Nour", "Lina Nur", "Nur"], "Nur", "Lina Nur"),
])
def test_link_names_gives_a_tied_surname_to_its_own_spelling(names, alone, owner):
    assert link_names(names)[alone] == owner  # not to whichever the set of candidates lists first


def test_link_names_keeps_relatives_sharing_only_a_surname_apart():
    canon = link_names(["Amina Odhiambo", "Peter Odhiambo"])
    assert canon["Amina Odhiambo"] != canon["Peter Odhiambo"]


def test_body_after_a_known_body_is_not_a_person(nlp):
    text = "Peru's president will not attend the OAS General Assembly next month."
    assert not [m for m in _actors(nlp, text) if m.type == "person"]


@pytest.mark.parametrize("text,name", [
    ("Spokesperson Cmdr. Daniel Okoro provided the following readout:\n\nThe admiral met her counterpart.",
     "Daniel Okoro"),
    ("Press Secretary Lt. Col. Maria Gomez said the exercise would end on Friday.", "Maria Gomez"),
])
def test_titles_glued_before_a_name_leave_a_person(nlp, text, name):
    people = [m for m in _actors(nlp, text).mentions if m.type == "person"]
    assert [m.text for m in people][:1] == [name]
    assert not any(m.type != "person" and name in m.text for m in _actors(nlp, text).mentions)


@pytest.mark.parametrize(("text", "name"), [
    ("The Peace and Security Council is to hold a session on Somalia next week.", "Peace and Security Council"),
    ("Delegates briefed the Trade and Development Committee in Geneva on Monday.", "Trade and Development Committee"),
])
def test_a_body_named_by_two_joined_words_keeps_both(nlp, text, name):
    assert name in {a.text for a in _actors(nlp, text)}  # (its name may be the known body's: the AU's council)


def test_a_state_joined_to_a_body_stays_apart(nlp):
    names = {a.name for a in _actors(nlp, "Envoys from Brazil and the Security Council met in New York.")}
    assert "Brazil" in names and not any("Brazil and" in n for n in names)


# (text, name, role, state served): a name after a long title that ends in a state ("President of X Name").
TITLED_BY_STATE = [
    ("President of Kyrgyzstan Marat Dzhunusov held talks with his guest in Bishkek.", "Marat Dzhunusov",
     "President", "state:KGZ"),
    ("General Secretary of the Central Committee of the Communist Party of Viet Nam Le Minh Khai received the "
     "delegation.", "Le Minh Khai", "General Secretary of the Central Committee of the Communist Party", "state:VNM"),
    ("Minister of Foreign Affairs of Indonesia Dewi Lestari met her counterpart.", "Dewi Lestari",
     "Minister of Foreign Affairs", "state:IDN"),
    ("President of the Arab Republic of Egypt H.E. Omar Fathy welcomed the delegation.", "Omar Fathy",
     "President", "state:EGY"),
    ("Chairman of the National Assembly of Viet Nam Tran Quoc Hung met the delegation.", "Tran Quoc Hung",
     "Chairman of the National Assembly", "state:VNM"),
    ("President of the Republic of Korea Han Seo-jin held a summit.", "Han Seo-jin", "President", "state:KOR"),
    # An envoy sent to a state does not serve it.
    ("The minister thanked Ambassador to Viet Nam Sato Kenji for his work.", "Sato Kenji",
     "Ambassador to Viet Nam", None),
]


@pytest.mark.parametrize("text,name,role,state", TITLED_BY_STATE)
def test_name_after_a_title_ending_in_a_state(nlp, text, name, role, state):
    actors = _actors(nlp, text)
    start = text.index(name)
    hits = [m for m in actors.in_span(start, start + len(name), partial=True)]
    assert [(m.text, m.type, m.role, m.role_of) for m in hits] == [(name, "person", role, state)], \
        [(m.text, m.key, m.role) for m in actors]


@pytest.mark.parametrize("text,body", [
    ("The Ministry of Foreign Affairs of Viet Nam issued a statement on Monday.", "Ministry of Foreign Affairs"),
    ("The Bank of Korea held rates steady.", "Bank of Korea"),
    ("Students at the University of Cape Town protested.", "University of Cape Town"),
    ("The President of Kenya National Chamber of Commerce spoke.", "Kenya National Chamber of Commerce"),
])
def test_a_body_named_after_a_state_is_no_person(nlp, text, body):
    actors = _actors(nlp, text)
    assert not [m for m in actors if m.type == "person"], [(m.text, m.key) for m in actors]
