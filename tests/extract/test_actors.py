"""Sentence-level actor finding: states, capitals, demonyms, IGOs, people, titles, bylines."""

from __future__ import annotations

import pytest

from diplograph.extract.actors.finder import find_actors
from diplograph.records import Document

# (text, expected mentions as (surface, key, role, role_of); role None = not checked)
FOUND = [
    ("President von der Leyen met President Ramaphosa in Pretoria on Monday.",  # a surname opened by particles
     [("von der Leyen", "person:von-der-leyen", "President", None)]),
    ("French President Marc Aubert met German Chancellor Lena Vogt in Berlin on Monday.",
     [("Marc Aubert", "person:marc-aubert", "President", "state:FRA"),
      ("Lena Vogt", "person:lena-vogt", "Chancellor", "state:DEU")]),
    ("Beijing said on Tuesday it opposed the new sanctions.", [("Beijing", "state:CHN", None, None)]),
    ("Chinese negotiators arrived in Geneva on Sunday.", [("Chinese", "state:CHN", None, None)]),
    ("The Ukrainian and Polish delegations signed the protocol.",
     [("Ukrainian", "state:UKR", None, None), ("Polish", "state:POL", None, None)]),
    ("The Elysee said the visit had been postponed.", [("Elysee", "org:elysee", None, None)]),
    ("The Kremlin declined to comment on the report.", [("Kremlin", "org:kremlin", None, None)]),
    ("Indian envoy Ravi Menon told reporters the deal was close.",
     [("Ravi Menon", "person:ravi-menon", "envoy", "state:IND")]),
    ("Anna Kowalczyk, the foreign minister of Poland, said the border would stay open.",
     [("Anna Kowalczyk", "person:anna-kowalczyk", "foreign minister", "state:POL")]),
    ("The prime minister's chief adviser, Tom Ashby, resigned.",
     [("Tom Ashby", "person:tom-ashby", "chief adviser", None)]),
    ("Leaders of ASEAN and the African Union met the Arab League delegation.",
     [("ASEAN", "org:asean", None, None), ("African Union", "org:african-union", None, None),
      ("Arab League", "org:arab-league", None, None)]),
    ("Argentinia will host the meeting, officials said.", [("Argentinia", "state:ARG", None, None)]),
    ("The U.S. imposed new tariffs on steel.", [("U.S.", "state:USA", None, None)]),
    ("Washington warned Tehran against any escalation.",
     [("Washington", "state:USA", None, None), ("Tehran", "state:IRN", None, None)]),
    ("Britain and France agreed to send more aid.",
     [("Britain", "state:GBR", None, None), ("France", "state:FRA", None, None)]),
    ("Turkiye offered to mediate between the two sides.", [("Turkiye", "state:TUR", None, None)]),
    ("The UN Security Council will vote on the resolution on Friday.",
     [("UN Security Council", "org:un-security-council", None, None)]),
    ("NATO Secretary General Pieter Janssen said allies must spend more.",
     [("NATO", "org:nato", None, None), ("Pieter Janssen", "person:pieter-janssen", "Secretary General", "org:nato")]),
    ("Leaders gathered for a summit of the European Political Community (EPC) in Oslo.",
     [("European Political Community", "org:epc", None, None), ("EPC", "org:epc", None, None)]),
    ("Kenya's President Daniel Mwangi hosted his Ugandan counterpart Joseph Okello in Nairobi.",
     [("Daniel Mwangi", "person:daniel-mwangi", "President", "state:KEN"),
      ("Joseph Okello", "person:joseph-okello", "counterpart", "state:UGA")]),
    ("Talks between Israeli and Palestinian officials resumed in Cairo, Egyptian officials said.",
     [("Israeli", "state:ISR", None, None), ("Palestinian", "state:PSE", None, None),
      ("Egyptian", "state:EGY", None, None)]),
    ("Pyongyang rejected the offer, according to state media.", [("Pyongyang", "state:PRK", None, None)]),
    ("Kremlin spokesman Ivan Sorokin said the call was useful. Sorokin added that a date was not set.",
     [("Ivan Sorokin", "person:ivan-sorokin", "spokesman", "org:kremlin"),
      ("Sorokin#2", "person:ivan-sorokin", None, None)]),
    ("Japan's Foreign Minister Kenji Mori visited Seoul, where he met South Korean officials.",
     [("Kenji Mori", "person:kenji-mori", "Foreign Minister", "state:JPN"),
      ("South Korean", "state:KOR", None, None)]),
    ("Canadian Prime Minister Claire Dubois spoke first. The Canadian leader said talks would resume.",
     [("Claire Dubois", "person:claire-dubois", "Prime Minister", "state:CAN"),
      ("The Canadian leader", "person:claire-dubois", None, None)]),
    ("Mr Kingston said the plan was dead.", [("Kingston", "person:kingston", None, None)]),
    ("Norway pledged more aid to Ukraine and support from Germany.",
     [("Ukraine", "state:UKR", None, None), ("Germany", "state:DEU", None, None)]),
    ("White House press secretary Laura Mont-Blanc told reporters the bill would be vetoed.",
     [("Laura Mont-Blanc", "person:laura-mont-blanc", "press secretary", "org:white-house")]),
    ("Sen. Paul Hendry said the vote would wait. Hendry added that talks go on.",
     [("Paul Hendry", "person:paul-hendry", "Senator", None), ("Hendry#2", "person:paul-hendry", None, None)]),
    ("The National Farmers Committee and the Greenfield Trust signed the letter.",
     [("National Farmers Committee", "org:national-farmers-committee", None, None)]),
    ("Chinese President Wang Jianguo met the delegation. Wang said ties were strong.",
     [("Wang Jianguo", "person:wang-jianguo", "President", "state:CHN"), ("Wang#2", "person:wang-jianguo", None, None)]),
    ("Five people were hurt, the Palestinian health ministry said.", [("Palestinian", "state:PSE", None, None)]),
    ("Serbia's President Marko Ilic and Kosovo Prime Minister Arben Krasniqi met.",
     [("Marko Ilic", "person:marko-ilic", "President", "state:SRB"),
      ("Arben Krasniqi", "person:arben-krasniqi", "Prime Minister", "state:XKX")]),
    ("South Africa's foreign minister called for calm.", [("South Africa", "state:ZAF", None, None)]),
    ("The Baltic Energy Forum (BEF) urged calm. Later the BEF said prices would fall.",
     [("Baltic Energy Forum", "org:baltic-energy-forum", None, None), ("BEF", "org:baltic-energy-forum", None, None)]),
    ("The Armenia-Azerbaijan talks stalled again on Monday.",
     [("Armenia", "state:ARM", None, None), ("Azerbaijan", "state:AZE", None, None)]),
    ("Russian Foreign Ministry spokeswoman Irina Volkova said Moscow welcomed the steps.",
     [("Irina Volkova", "person:irina-volkova", "Foreign Ministry spokeswoman", "state:RUS"),
      ("Moscow", "state:RUS", None, None)]),
    ("The talks in Istanbul were mediated by Qatar and the United States.",
     [("Qatar", "state:QAT", None, None), ("United States", "state:USA", None, None)]),
    # Portfolios inside titles are roles, not bodies.
    ("Ghana's Cabinet Secretary for Foreign Affairs Ama Serwaa Boateng arrived in Lome on Monday.",
     [("Ama Serwaa Boateng", "person:ama-boateng", "Cabinet Secretary for Foreign Affairs", "state:GHA")]),
    ("The visit came at the invitation of Home Affairs Minister Priya Nair.",
     [("Priya Nair", "person:priya-nair", "Home Affairs Minister", None)]),
    # Names of three words stay one person.
    ("He spoke by phone with Peruvian Foreign Secretary Ana Lucia Torres on Friday.",
     [("Ana Lucia Torres", "person:ana-torres", "Foreign Secretary", "state:PER")]),
    ("Magnus Lindgren met Ulla Bergstrom in Oslo. Lindgren said the talks went well.",
     [("Magnus Lindgren", "person:magnus-lindgren", None, None), ("Lindgren#2", "person:magnus-lindgren", None, None)]),
    # Names after an organisation's title, the title kept as the role of the body.
    ("She later met ECOWAS Commission President Abdoulaye Traore-Diallo in Abuja.",
     [("Abdoulaye Traore-Diallo", "person:abdoulaye-traore-diallo", "Commission President", "org:ecowas")]),
    ('"We will study it," ASEAN Secretariat spokesman Tran Van Long said.',
     [("Tran Van Long", "person:tran-van-long", "Secretariat spokesman", "org:asean")]),
    # An IGO's commission is the IGO acting; "the Commission" after it too.
    ("The African Union Commission said it would reply. Later the Commission asked for time.",
     [("African Union Commission", "org:african-union", None, None), ("Commission asked", "org:african-union", None, None)]),
    # People NER typed as bodies or places: a known first name, a list, a dash-joined pair.
    ("Olaf Brenner met Ulf Kallstrom in Berlin. Brenner said the talks went well.",
     [("Olaf Brenner", "person:olaf-brenner", None, None), ("Ulf Kallstrom", "person:ulf-kallstrom", None, None)]),
    ("Kovacs-Horvath meeting postponed\nHungary said Peter Kovacs and Anna Horvath would meet later.",
     [("Kovacs-", "person:peter-kovacs", None, None), ("-Horvath", "person:anna-horvath", None, None)]),
    # Nationality adjectives on office-holders and proposals name the state acting.
    ("He met his Latvian counterpart on Monday. The Chilean proposal was rejected.",
     [("Latvian", "state:LVA", None, None), ("Chilean", "state:CHL", None, None)]),
    ("The Mexican and Canadian presidents spoke on Friday.",
     [("Mexican", "state:MEX", None, None), ("Canadian", "state:CAN", None, None)]),
    # Hyphenated and high offices of organisations.
    ("OAS Secretary-General Lucia Ferreyra met FAO Director-General Samuel Mbeki-Tshabalala in Rome.",
     [("Lucia Ferreyra", "person:lucia-ferreyra", "Secretary-General", "org:oas")]),
    ("EU High Representative Anneli Saar and OSCE Chairman-in-Office Marco Zammit arrived.",
     [("Anneli Saar", "person:anneli-saar", "High Representative", "org:eu"),
      ("Marco Zammit", "person:marco-zammit", None, None)]),
    # People NER glued to a headline's verb.
    ("Halvorsen Meets Okafor at Summit as Lindqvist Watches\nNorwegian Premier Ola Halvorsen met Ada Okafor and "
     "Greta Lindqvist on Friday.",
     [("Halvorsen", "person:ola-halvorsen", None, None), ("Okafor", "person:ada-okafor", None, None),
      ("Lindqvist", "person:greta-lindqvist", None, None)]),
    # Honorifics and modifiers inside titles: the role and its state still found.
    ("Omani Crown Prince Khalid bin Said hosted Bahrain's Emir Sheikh Nasser bin Ali in Muscat.",
     [("Omani", "state:OMN", None, None), ("Khalid bin Said", "person:khalid-bin-said", "Crown Prince", "state:OMN"),
      ("Nasser bin Ali", "person:nasser-bin-ali", "Emir", "state:BHR")]),
    # A headline's Title Case body stops before its verb.
    ("Constitutional Court Blocks Mining Company's Appeal Over Export Ban\nThe court ruled on Monday.",
     [("Constitutional Court", "org:constitutional-court", None, None)]),
    ("Spain's minister met European Commissioner for Enlargement Marta Kos in Madrid on Friday.",
     [("Marta Kos", "person:marta-kos", None, None)]),  # "Enlargement" is the title's portfolio, not a first name
]

# (text, surfaces that must not be actor mentions)
NOT_FOUND = [
    ("The talks took place in Beijing last week.", ["Beijing"]),
    ("The delegation flew to Moscow on Monday.", ["Moscow"]),
    ("MOSCOW (Reuters) - Officials said the talks would go on.", ["MOSCOW", "Reuters"]),
    ("Reuters and AFP reported the meeting.", ["Reuters", "AFP"]),
    ("The minister spoke.\n(Reporting by John Smithers; Editing by Jane Doerr)", ["John Smithers", "Jane Doerr"]),
    ("Talks went on.\nWith additional reporting by Ann Leeson in Paris; editing by Tom Foxley",
     ["Ann Leeson", "Tom Foxley"]),
    ("Officials met in Rome.\nJane Rowley and Mark Poehl contributed to this report.", ["Jane Rowley", "Mark Poehl"]),
    ("Comments\nNo comments yet\nHashtags\nThe Senate met.", ["Comments", "Hashtags"]),
    ("The Washington Post reported the deal.", ["Washington", "Washington Post"]),
    ("The war in Ukraine has lasted three years.", ["Ukraine"]),
    ("The minister will travel to Chile next week.", ["Chile"]),
    ("He told us nothing about the plan.", ["us"]),
    ("U.S. Secretary of State Paula Reyes arrived.", ["State"]),
    ("Europe's deadliest conflict since World War Two goes on.", ["World War Two", "Europe"]),
    ("Kenya's Cabinet Secretary for Foreign Affairs Joseph Ruto spoke.", ["Cabinet", "Foreign Affairs"]),
    ("It came at the invitation of External Affairs Minister Anil Rao.", ["External Affairs"]),
    ("Tunis, Algeria meeting called off\nHarbour Gazette | May 2, 2025 | By Lena Moritz\n\nTUNIS - It was off.",
     ["Lena Moritz"]),
    ("# Envoys meet\n\n*By Tom Okello \u00b7 4 May 2024*\n\nThe envoys met.", ["Tom Okello"]),
    ("Ministers Aziz Haddad and Lina Saab signed the deal on Monday. (Levant Herald/Omar Khoury)",
     ["Levant Herald/Omar Khoury", "Omar Khoury"]),
    ("Read the full story at Pampas Dispatch", ["Pampas Dispatch"]),
    ("Chancellor Anja Roth speaks in Berlin on March 3, 2025. REUTERS/Kevin Lamarque\nThe talks ended.",
     ["Kevin Lamarque"]),
    ("Talks ended.\nSarah Mills is a senior correspondent covering diplomacy for the Harbour Ledger.",
     ["Sarah Mills"]),
    ("Posted by Mark Evans on March 3\nTalks ended.", ["Mark Evans"]),
    ("Follow @ForeignOfficeNL on X. Copyright 2025 The Harbour Ledger. All rights reserved.", ["X. Copyright"]),
    ("Halvorsen Meets Okafor at Summit as Lindqvist Watches\nNorwegian Premier Ola Halvorsen met Ada Okafor and "
     "Greta Lindqvist on Friday.", ["Meets", "Watches"]),
    ("Both want a free and open Euro-Atlantic area and a free and open Indo-Pacific.", ["Euro-Atlantic", "Indo-Pacific"]),
    ("'The Nimitz carrier strike group will sail on Monday,' he said. The USS Ronald Reagan docked.",
     ["Nimitz", "Ronald Reagan"]),
    ("The fleet will depart Rotterdam (Netherlands) on Friday.", ["Rotterdam"]),
    # Headline verbs, transcript labels, stage directions, codes, credits, facilities and press beats.
    ("Keita, Diarra Meet to Discuss Stalled Talks\nPresident Amadou Keita met Ousmane Diarra.", ["Meet"]),
    ("Keita, Diarra Shake Hands at Summit\nPresident Amadou Keita met Ousmane Diarra.", ["Shake", "Hands"]),
    ("Lunch with President Eze was useful, one official said.", ["Lunch"]),
    ("SECRETARY LUND: Thank you. (Laughter.) (Inaudible.)\nQUESTION: Will you go?", ["Laughter", "Inaudible",
                                                                                  "QUESTION"]),
    ("The leaders discussed ending the COVID-19 pandemic.", ["COVID-19"]),
    ("Offices close for Martin Luther King Day.", ["Martin Luther King Day"]),
    ("The talks went well.\nVOA's Helena Marsh reports from Nairobi.", ["Helena Marsh"]),
    ("VOA State Department Correspondent Tomas Brandt has more.", ["Tomas Brandt", "State Department"]),
    ("Talks ended.\nKarin Holm\nMarch 4, 2020\nThe ministers met.", ["Karin Holm"]),
    ("Crowds gathered at Lagos Railway Station on Friday.", ["Lagos Railway Station"]),
    ("He spoke with his B7 Counterparts on Friday.", ["B7 Counterparts"]),
    ("Spokesperson Cmdr. Jane Whitby provided the readout.", ["Cmdr"]),
]


def _actors(nlp, text: str, publisher: str | None = None):
    doc = Document(id="t", text=text, publisher=publisher)
    return find_actors(nlp(text), doc)


def _locate(text: str, surface: str) -> tuple[int, int, bool]:
    """(start, end, exact) of a surface; "Name#2" is its second occurrence, whose offsets must match exactly."""
    surface, _, nth = surface.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.index(surface, start + 1)
    return start, start + len(surface), bool(nth)


@pytest.mark.parametrize("text,expected", FOUND)
def test_actor_found(nlp, text, expected):
    actors = _actors(nlp, text)
    for surface, key, role, role_of in expected:
        start, end, exact = _locate(text, surface)
        hits = [m for m in actors.in_span(start, end, partial=True) if m.key == key
                and (not exact or (m.start, m.end) == (start, end))]
        assert hits, f"{surface!r} not found as {key}: {[(m.text, m.key, m.start) for m in actors]}"
        if role is not None:
            assert (hits[0].role, hits[0].role_of) == (role, role_of)


@pytest.mark.parametrize("text,absent", NOT_FOUND)
def test_not_an_actor(nlp, text, absent):
    actors = _actors(nlp, text)
    for surface in absent:
        start = text.index(surface)
        hits = actors.in_span(start, start + len(surface), partial=True)
        assert not hits, f"{surface!r} taken as {[(m.text, m.key) for m in hits]}"


def test_publisher_is_not_an_actor(nlp):
    text = "The Harbour Ledger has learned that Norway will host the talks."
    actors = _actors(nlp, text, publisher="The Harbour Ledger")
    assert [m.key for m in actors] == ["state:NOR"]


def test_titles_are_not_part_of_names_but_kept_as_aliases(nlp):
    text = "Kremlin spokesman Ivan Sorokin spoke. Later Sorokin said more."
    actors = _actors(nlp, text)
    person = actors.by_key("person:ivan-sorokin")
    assert {m.name for m in person} == {"Ivan Sorokin"}
    assert "Kremlin spokesman Ivan Sorokin" in actors.aliases["person:ivan-sorokin"]


def test_pronoun_and_gender(nlp):
    text = "Mr Halvorsen met Ms Ortega. She said the meeting was useful."
    actors = _actors(nlp, text)
    pos = text.index("She")
    assert actors.genders.get("person:halvorsen") == "m"
    female = actors.resolve_pronoun(pos, "f")
    assert female is not None and female.key == "person:ortega"


def test_description_uses_the_role_of_the_right_state(nlp):
    text = ("Russian President Oleg Marin and U.S. President Ruth Allen spoke by phone. "
            "The Russian president later said the call was frank.")
    actors = _actors(nlp, text)
    desc = actors.at(text.index("The Russian president"), text.index("The Russian president") + 21)
    assert desc is not None and desc.key == "person:oleg-marin"
    assert actors.resolve_description("the U.S. president", len(text)).key == "person:ruth-allen"


def test_seat_of_government_stands_for_its_state_in_descriptions(nlp):
    text = "Russian President Oleg Marin spoke on Monday. The Kremlin leader said the talks were useful."
    actors = _actors(nlp, text)
    desc = actors.at(text.index("The Kremlin leader"), text.index("The Kremlin leader") + 18)
    assert desc is not None and desc.key == "person:oleg-marin"


def test_possessor_becomes_body_of_role(nlp):
    text = ("President Oleg Marin spoke. The delegation is led by Marin's cultural advisor, "
            "Pavel Lagunov, officials said.")
    actors = _actors(nlp, text)
    m = actors.by_key("person:pavel-lagunov")[0]
    assert m.role == "cultural advisor" and m.role_of == "person:oleg-marin"


def test_list_glued_by_ner_gives_each_person(nlp):
    text = "Anna Lindqvist and Erik Berg spoke. According to Lindqvist, Berg and Holm will also attend."
    actors = _actors(nlp, text)
    at = text.index("Lindqvist, Berg")
    keys = {m.key for m in actors.in_span(at, at + len("Lindqvist, Berg"), partial=True)}
    assert keys <= {"person:anna-lindqvist", "person:erik-berg"} and "person:anna-lindqvist" in keys


def test_known_first_name_tells_gender(nlp):
    text = "Grace Achieng met Peter Otieno in Kisumu on Monday."
    actors = _actors(nlp, text)
    assert actors.genders.get("person:grace-achieng") == "f"
    assert actors.genders.get("person:peter-otieno") == "m"


def test_full_name_outvotes_many_surnames_typed_as_bodies(nlp):
    text = ("Spokeswoman Haruki Tanabe spoke. Tanabe said yes. According to Tanabe, talks go on. "
            "Tanabe added more.")
    actors = _actors(nlp, text)
    assert all(m.type == "person" for m in actors if "Tanabe" in m.text)


def test_named_mention_inside_a_description(nlp):
    text = "Kremlin spokesman Ivan Sorokin spoke. Later the Kremlin spokesman said the call was useful."
    actors = _actors(nlp, text)
    at = text.index("the Kremlin spokesman")
    desc = actors.at(at, at + len("the Kremlin spokesman"))
    assert desc is not None and desc.key == "person:ivan-sorokin"
    named = actors.named_at(at, at + len("the Kremlin spokesman"))
    assert named is not None and named.key == "org:kremlin"


def test_a_title_phrase_the_tagger_took_for_a_name_does_not_hide_its_state(nlp):
    from spacy.tokens import Doc, Span

    from diplograph.extract.actors.candidates import _inside_name

    doc = Doc(nlp.vocab, words=["The", "Foreign", "Ministers", "of", "Egypt", "and", "Jordan", "met", "."])
    law = Span(doc, 0, 5, label="LAW")  # "The Foreign Ministers of Egypt" as a law's name
    assert not _inside_name(doc, 4, 5, {i: law for i in range(5)})
    body = Span(doc, 0, 5, label="ORG")  # a body named so keeps its state inside its name
    assert _inside_name(doc, 4, 5, {i: body for i in range(5)})
