"""Two events one text tells stay two records: a courtesy call paid on a visit the text names is a meeting beside the
visit, even when the one called on is named by title only; "the sides signed" a sentence or two after a held contact
is that contact's signing, on its day. Near-misses: a bare courtesy call or courtesy visit stays one event, a signing
by a party of its own or one far from the contact takes no sides from it. Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2135, 3, 9)  # a Wednesday

CONTACT = ("meeting", "talks")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, traveller, host", [
    # Southeast Asia, wire: the visit in an apposition, the host by title only
    ("Indonesian Foreign Minister Sari Wulandari-Putri, on a three-day visit to Vietnam, paid a courtesy call on "
     "Vietnam's president in Hanoi on Wednesday.", "Wulandari", "Vietnam"),
    # South Asia, press release: "currently on an official visit", called on today
    ("Foreign Minister Nuwan Jayasekara, who is currently on an official visit to Nepal, paid a courtesy call "
     "on the Prime Minister of Nepal at Singha Durbar in Kathmandu today.", "Jayasekara", "Nepal"),
    # Pacific, state media: the call first, the visit after
    ("Tongan Foreign Minister Sione Fakatava paid a courtesy call on the President of Kiribati in Tarawa on Wednesday "
     "during his official visit to Kiribati.", "Fakatava", "Kiribati"),
    # West Africa, newspaper: a working visit, the Vice President called on
    ("Ghana's foreign minister Efua Boateng-Ansah, on a working visit to Senegal, paid a courtesy call on the "
     "Senegalese Vice President in Dakar on Wednesday.", "Boateng", "Senegal"),
])
def test_courtesy_call_on_a_named_visit_is_a_meeting_too(run, text, traveller, host):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [(traveller,), (host,)]), rows
    assert has_row(rows, CONTACT, [(traveller,), (host,)]), rows


@pytest.mark.parametrize("text, kind", [
    # a courtesy call with no visit told: one meeting
    ("Foreign Minister Nuwan Jayasekara paid a courtesy call on the Prime Minister of Nepal in Kathmandu "
     "today.", "meeting"),
    # a courtesy visit: one visit
    ("Ghana's foreign minister Efua Boateng-Ansah paid a courtesy visit to Senegal on Wednesday.", "visit"),
])
def test_bare_courtesy_contact_stays_one(run, text, kind):
    rows = [r for r in event_rows(run(text)) if r[0] in ("meeting", "talks", "visit")]
    assert len(rows) == 1 and rows[0][0] == kind, rows


@pytest.mark.parametrize("text, a, b, day", [
    # South Caucasus, state media: "the sides" two sentences on
    ("Armenian Prime Minister Aram Petrosyan-Gevorgyan held a meeting in Tbilisi on Monday with Georgian Prime Minister "
     "Davit Beridze-Lomidze. The interlocutors discussed transit and energy. The sides also signed a memorandum on "
     "electricity trade.", "Petrosyan", "Beridze", "2135-03-07"),
    # Gulf, press release: "both parties" after a sentence of agenda
    ("Omani Foreign Minister Salim Al-Harthy-Busaidi received his Jordanian counterpart Karim Haddad-Nasser in Muscat "
     "on Tuesday. The two ministers reviewed trade and shipping. Both parties signed a memorandum of understanding on "
     "port cooperation.", "Harthy", "Haddad", "2135-03-08"),
    # Central Asia, wire: a dated report, the signing with no day of its own
    ("TASHKENT, March 9 - Uzbek President Farrukh Yusupov-Aliev held talks with Kyrgyz President Bakyt Osmonov-Toktogul "
     "in Tashkent on Monday. The leaders discussed water sharing on the Naryn. The sides signed an agreement on the "
     "border.", "Yusupov", "Osmonov", "2135-03-07"),
])
def test_sideless_signing_after_a_contact_is_signed_at_it(run, text, a, b, day):
    rows = event_rows(run(text))
    met = [r for r in rows if r[0] in CONTACT and any(a in n for n in r[1]) and any(b in n for n in r[1])]
    assert met, rows
    assert any(r[0] == "signing" and r[2] == "held" and r[3] == day and len(r[1]) >= 2 for r in rows), rows


@pytest.mark.parametrize("text", [
    # a signing by a party of its own
    "Kenyan President Daniel Kiprop-Rotich held talks with Ethiopian Prime Minister Abiy Tesfaye-Gebre in Nairobi on "
    "Tuesday. They reviewed the border road project. Separately, Kenya Power signed a contract with a Chinese firm.",
    # a sideless signing far after the contact
    "Kenyan President Daniel Kiprop-Rotich held talks with Ethiopian Prime Minister Abiy Tesfaye-Gebre in Nairobi on "
    "Tuesday. They reviewed the border road project. Power exports were discussed. A dam was inspected. Rail links "
    "were reviewed. An agreement on fisheries was signed.",
])
def test_signing_apart_takes_no_sides_from_the_contact(run, text):
    rows = event_rows(run(text))
    assert not has_row(rows, ("signing",), [("Kiprop",), ("Tesfaye",)]), rows


@pytest.mark.parametrize("text, guest, host", [
    # East Africa, newspaper: a deputy head of state receives, the counterpart talks after
    ("Kenya's deputy president received Ugandan Foreign Minister Alice Nakato-Ssempa at State House in Nairobi on "
     "Monday. Nakato-Ssempa later held talks with her Kenyan counterpart on cross-border trade.", "Nakato", "Kenya"),
    # Gulf, state media: "afterwards"
    ("Oman's sultan received Iranian Foreign Minister Reza Karimi-Nejad in Muscat on Sunday. Karimi-Nejad afterwards "
     "held talks with the Omani foreign minister on shipping.", "Karimi", "Oman"),
    # Gulf and Andes, wire: both in one sentence
    ("Qatar's emir received Bolivian President Marco Quispe-Vargas at the Amiri Diwan on Tuesday; Quispe-Vargas later "
     "held talks with the Qatari prime minister.", "Quispe", "Qatar"),
    # Southeast Asia, broadcast: "subsequently", a king and a minister
    ("Cambodia's king received Philippine Foreign Secretary Teresa Dimaculangan at the Royal Palace in Phnom Penh on "
     "Monday. Dimaculangan subsequently held talks with the Cambodian foreign minister.", "Dimaculangan", "Cambodia"),
])
def test_reception_and_later_talks_are_two(run, text, guest, host):
    rows = [r for r in event_rows(run(text)) if r[0] in CONTACT
            and any(guest in n for n in r[1]) and any(host in n for n in r[1])]
    assert len(rows) == 2, event_rows(run(text))


@pytest.mark.parametrize("text", [
    # the same two people named again: one contact told further
    "Kenyan President Daniel Kiprop-Rotich received Ugandan President Joseph Okello-Mugisha at State House on Monday. "
    "Kiprop-Rotich later held talks with Okello-Mugisha on the pipeline.",
    # "the talks later turned to": the one contact
    "Kenya's deputy president received Ugandan Foreign Minister Alice Nakato-Ssempa at State House in Nairobi on "
    "Monday. The talks later turned to cross-border trade.",
])
def test_one_contact_told_on_stays_one(run, text):
    rows = [r for r in event_rows(run(text)) if r[0] in CONTACT]
    assert len(rows) == 1, rows


@pytest.mark.parametrize("text, traveller, host, status", [
    # Southern Africa, newspaper: the host's state named by its leader, the visit "in the country"
    ("Zambia's president will host Malawi's president Chisomo Nkhata-Banda at State House in Lusaka next Thursday. "
     "Mr Nkhata-Banda is expected to spend two days in the country on a state visit.", "Nkhata", "Zambia", "scheduled"),
    # Andes, wire: the visit with no place of its own
    ("Peru's president will receive Chilean President Ana Lagos-Rivas at the Government Palace in Lima on 12 March. "
     "Lagos-Rivas will be on a two-day state visit.", "Lagos", "Peru", "scheduled"),
])
def test_visit_told_by_its_traveller_alone_goes_where_they_meet(run, text, traveller, host, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [(traveller,), (host,)], status=status), rows
    assert has_row(rows, CONTACT, [(traveller,), (host,)]), rows


@pytest.mark.parametrize("text", [
    # a trip ahead after a meeting held: not that meeting's
    "Ghana's president Kojo Asante-Mensah met Togo's president Eli Agbodjan-Kpeli in Geneva on Monday. Asante-Mensah "
    "will pay a state visit next year.",
    # a body met: no state visited
    "Fijian Prime Minister Ratu Jone Vakaloloma met the European Union's trade commissioner in Brussels on Monday. "
    "Vakaloloma is on an official visit.",
])
def test_visit_apart_from_the_contact_goes_nowhere(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" and len(r[1]) >= 2 for r in rows), rows


@pytest.mark.parametrize("text, a, b, place", [
    # Southern Cone, newspaper: "after a morning of talks"
    ("Argentina's foreign minister Tomas Iturbe-Vidal and his Uruguayan counterpart Lucia Ferreyra-Paz signed a river "
     "transport protocol in Montevideo on Monday after a morning of talks at the foreign ministry.", "Iturbe",
     "Ferreyra", "Montevideo"),
    # Caucasus, wire: "following a day of negotiations"
    ("Georgian Prime Minister Davit Beridze-Lomidze and Armenian Prime Minister Aram Petrosyan-Gevorgyan signed a "
     "transit accord in Tbilisi on Tuesday following a day of negotiations.", "Beridze", "Petrosyan", "Tbilisi"),
    # Horn of Africa, state media: "after three hours of talks"
    ("Kenyan President Daniel Kiprop-Rotich and Ethiopian Prime Minister Abiy Tesfaye-Gebre signed a power export deal "
     "in Addis Ababa on Monday after three hours of talks.", "Kiprop", "Tesfaye", "Addis Ababa"),
])
def test_talks_before_a_signing_were_held_there(run, text, a, b, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [(a,), (b,)], status="held", place=place), rows
    assert has_row(rows, ("talks", "negotiation", "meeting"), [(a,), (b,)], status="held", place=place), rows


def test_talks_a_signing_leads_to_are_not_held(run):
    rows = event_rows(run(
        "Kenyan President Daniel Kiprop-Rotich and Ethiopian Prime Minister Abiy Tesfaye-Gebre signed a framework in "
        "Addis Ababa on Monday, paving the way for talks on power exports."))
    assert not has_row(rows, ("talks", "negotiation", "meeting"), [("Kiprop",), ("Tesfaye",)], status="held"), rows


@pytest.mark.parametrize("text, a, b", [
    # Gulf, state media: "an official talks session ... with", the guest on a state visit
    ("The Emir of Qatar held an official talks session at the Amiri Diwan on Monday with Kazakh President Arman "
     "Tulegenov, who is on a state visit to Qatar.", "Tulegenov", "Qatar"),
    # Gulf and West Africa, wire
    ("Saudi Crown Prince Faisal bin Saad held a talks session in Riyadh on Tuesday with Senegalese President Amadou "
     "Diallo-Ndiaye.", "Faisal", "Diallo"),
    # Balkans, broadcast: "a negotiation round"
    ("Serbian negotiator Dragan Ilic-Maric held a negotiation round with Kosovo's Arben Kelmendi-Hoxha in Brussels on "
     "Monday.", "Ilic", "Kelmendi"),
])
def test_talks_session_is_the_talks(run, text, a, b):
    rows = event_rows(run(text))
    assert has_row(rows, ("talks", "negotiation"), [(a,), (b,)], status="held"), rows


@pytest.mark.parametrize("text, refused, offered", [
    # Andes, newspaper: a meeting refused, another proposed in its place
    ("Bolivian President Mateo Choque-Rojas will not meet Chile's President Ignacio Vidal-Soto at the summit in Lima "
     "next week, his office said. La Paz proposed instead that the two countries' foreign ministers meet first.",
     "declined", "proposed"),
    # Caucasus, wire: talks called off, a call set instead
    ("Armenian Foreign Minister Hovik Sargsyan-Melik has called off his talks with Azerbaijani Foreign Minister Rauf "
     "Mammadli-Aliyev. The two ministers will instead meet next month.", "cancelled", "scheduled"),
])
def test_contact_offered_instead_of_a_refused_one_is_another(run, text, refused, offered):
    statuses = {r[2] for r in event_rows(run(text)) if r[0] in ("meeting", "talks", "call")}
    assert {refused, offered} <= statuses, event_rows(run(text))


def test_refusal_told_twice_stays_one(run):
    rows = event_rows(run("Bolivian President Mateo Choque-Rojas will not meet Chile's President Ignacio Vidal-Soto at "
                          "the summit in Lima next week. He declined the meeting because of the dispute over the sea."))
    assert [r[2] for r in rows if r[0] == "meeting"] == ["declined"], rows


@pytest.mark.parametrize("text, a, b", [
    # West Africa, wire: "the talks are expected to be followed by the signing"
    ("The two presidents, Kofi Adomako-Manu and Eli Agbodjan-Kpeli, will hold talks in Lome on Friday. The talks are "
     "expected to be followed by the signing of a border protocol.", "Adomako", "Agbodjan"),
    # Andes, newspaper: "the signing ... is expected afterwards"
    ("Chilean Foreign Minister Rosa Quilca-Mendez and Peruvian Foreign Minister Ana Lagos-Rivas will hold talks in Lima "
     "on Tuesday. The signing of a fisheries accord is expected afterwards.", "Quilca", "Lagos"),
    # East Africa, broadcast: the meeting's day, the signing's none
    ("Kenyan President Daniel Kiprop-Rotich will meet Ugandan President Joseph Okello-Mugisha in Kampala on 14 March. "
     "The meeting will be followed by the signing of a pipeline agreement.", "Kiprop", "Okello"),
])
def test_signing_planned_at_a_planned_contact_is_theirs(run, text, a, b):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [(a,), (b,)], status="scheduled"), rows
    assert has_row(rows, CONTACT, [(a,), (b,)], status="scheduled"), rows


def test_planned_signing_with_no_contact_takes_no_sides(run):
    rows = event_rows(run("Kenyan President Daniel Kiprop-Rotich met Ugandan President Joseph Okello-Mugisha in "
                          "Kampala on Monday. A trade agreement with a Chinese firm is expected to be signed next "
                          "month."))
    assert not has_row(rows, ("signing",), [("Kiprop",), ("Okello",)]), rows
