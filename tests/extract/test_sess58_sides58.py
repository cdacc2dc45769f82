"""Sides given by whom a sitting belongs to rather than by name: two states' cabinets named by their adjectives ("the
Romanian and Moldovan cabinets will sit together"), a joint session that "their governments" or "their cabinets" will
hold after the leaders' talks (the states, not the leaders), and the state that hosts a body's own gathering in the
passive ("the next SADC summit will be hosted by Botswana"). Near-misses keep a state's own cabinet, two houses' joint
sitting and a meeting between two sides that a third hosts as they were. Invented people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.events.triggers import trigger_type
from harness import event_rows, extractor, has_row, statement_with

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status", [
    # wire, Central Europe: two cabinets named by adjective, a plan
    ("The Polish and Czech cabinets will meet in Brno in the autumn.", ["Poland", "Czech"], "scheduled"),
    # broadcast, Eastern Europe: held
    ("The Romanian and Moldovan cabinets met in Chisinau on Tuesday.", ["Romania", "Moldova"], "held"),
    # newspaper, Western Europe: "sit together"
    ("The German and French cabinets will sit together in Toulouse next month.", ["Germany", "France"], "scheduled"),
    # newspaper, Iberia: a joint meeting held
    ("The Spanish and Portuguese cabinets held a joint meeting in Porto on Saturday.", ["Spain", "Portugal"],
     "held"),
])
def test_cabinets_named_by_adjective(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, sides, place", [
    # wire, Central Europe: "their governments would hold a joint session"
    ("Polish President Anna Kowalska-Brzeg held talks with her Czech counterpart, Pavel Dvorak-Novy, in Warsaw on "
     "Tuesday. The two presidents said their governments would hold a joint session in Brno in the autumn.",
     ["Poland", "Czech"], "Brno"),
    # state media, East Africa
    ("Ethiopian Prime Minister Abebe Tsegaye-Wolde received Kenyan President Otieno Kariuki-Mbeki in Addis Ababa on "
     "Sunday. The two leaders announced that their governments would hold a joint session in Nairobi in March.",
     ["Ethiopia", "Kenya"], "Nairobi"),
    # newspaper, South America: "their cabinets", a binational session
    ("Argentine President Lucia Ferraro-Paz met Uruguayan President Diego Sosa-Alonso in Colonia on Friday. The two "
     "presidents said their cabinets will hold a binational session in Montevideo in November.",
     ["Argentina", "Uruguay"], "Montevideo"),
    # broadcast, South America: "They said their cabinets ..."
    ("Argentine President Lucia Ferraro-Paz met Uruguayan President Diego Sosa-Alonso in Colonia on Friday. They said "
     "their cabinets will hold a joint session in Montevideo in November.", ["Argentina", "Uruguay"], "Montevideo"),
    # readout, Asia: the cabinets named by adjective in the plan
    ("Japanese Prime Minister Haruto Kisaragi-Mori met Indian Prime Minister Vikram Desai-Rao in Tokyo on Monday. The "
     "two leaders said the Japanese and Indian cabinets would hold a joint session in New Delhi next year.",
     ["Japan", "India"], "New Delhi"),
])
def test_governments_joint_session_is_the_states(run, text, sides, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "scheduled", place=place), rows


@pytest.mark.parametrize("text, body, host", [
    # newspaper, Southern Africa: a plan
    ("The next SADC summit will be hosted by Botswana in Gaborone in August.", "SADC", "Botswana"),
    # wire, Gulf: held
    ("The annual summit of the Gulf Cooperation Council was hosted by Oman in Muscat last December.",
     "Gulf Cooperation Council", "Oman"),
    # broadcast, Caribbean
    ("The CARICOM heads of government meeting will be hosted by Barbados in July.", "CARICOM", "Barbados"),
    # press release, North Africa: the participle
    ("The ministerial meeting of the Arab League, hosted by Morocco, opened in Rabat on Sunday.", "Arab League",
     "Morocco"),
    # newspaper, East Africa: the participle, held
    ("The Commonwealth summit hosted by Rwanda in Kigali ended on Friday.", "Commonwealth", "Rwanda"),
])
def test_host_of_a_bodys_gathering_sits_with_it(run, text, body, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[body], [host]]), rows


@pytest.mark.parametrize("text", [
    "The Polish cabinet met in Warsaw on Tuesday.",
    "The cabinet met on Tuesday to discuss the budget.",
    "Kenya's cabinet will meet on Monday to approve the deal with Uganda.",
    "Members of the Polish and Czech cabinets attended a concert in Brno.",
    "The two houses of parliament will hold a joint session on Tuesday.",
])
def test_own_cabinet_and_houses_are_no_contact(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] in MEET and len(r[1]) >= 2 for r in rows), rows


def test_third_party_host_of_talks_between_two_stays(run):
    # near-miss: talks between two sides hosted by a third keep the two sides
    text = "Israeli and Palestinian negotiators met in Cairo on Monday for talks hosted by Egypt."
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Israel"], ["Palestin"]], "held"), rows


@pytest.mark.parametrize("text, body, host", [
    # newspaper, West Africa: the host told in the next sentence, a leader's pronoun
    ("The ECOWAS Authority decided to convene an extraordinary summit in Accra in June. Ghana's president said he "
     "would host.", "ECOWAS", "Ghana"),
    # wire, Central Asia: a bare "agreed to host"
    ("The SCO will hold its next summit in Bishkek in 2091. Kyrgyzstan has agreed to host.", "Shanghai", "Kyrgyzstan"),
    # state media, North Africa: "offered to host it"
    ("The Arab League agreed to hold an emergency summit on Sudan next month. Egypt offered to host it in Cairo.",
     "Arab League", "Egypt"),
    # broadcast, Pacific: a relative clause
    ("The Pacific Islands Forum will hold its next leaders' meeting in September, which Tonga will host.",
     "Pacific Islands Forum", "Tonga"),
])
def test_host_told_after_a_bodys_gathering(run, text, body, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[body], [host]]), rows


@pytest.mark.parametrize("text, other", [
    # near-miss: the next sitting's host, told after a held one
    ("The SCO summit ended in Bishkek on Friday. Kazakhstan will host in 2092.", "Kazakhstan"),
    # near-miss: the host of something else
    ("The SCO will hold its next summit in Bishkek in 2091. Kyrgyzstan will host a football tournament in May.",
     "Kyrgyzstan"),
    # near-miss: the previous sitting's host
    ("The Arab League summit will be held in Algiers in March. Iraq hosted the previous one.", "Iraq"),
])
def test_other_hosts_stay_out(run, text, other):
    rows = event_rows(run(text))
    assert not any(other in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, person, body, status", [
    # state media, Central Asia: "is to represent ... when ... gather"
    ("Prime Minister Aziz Rahimov-Kadyr is to represent Uzbekistan when the SCO heads of government gather in "
     "Bishkek on 3 June.", "Rahimov-Kadyr", "Shanghai", "scheduled"),
    # wire, West Africa
    ("President Kofi Mensah-Asare will represent Ghana when ECOWAS leaders meet in Abuja next week.", "Mensah-Asare",
     "ECOWAS", "scheduled"),
    # newspaper, West Africa: "will attend when ..."
    ("Foreign Minister Amara Conteh-Bangura will attend when the ECOWAS ministers meet in Abuja on Monday.",
     "Conteh-Bangura", "ECOWAS", "scheduled"),
    # broadcast, past
    ("Prime Minister Aziz Rahimov-Kadyr represented Uzbekistan when the SCO leaders met in Bishkek last year.",
     "Rahimov-Kadyr", "Shanghai", "held"),
])
def test_delegate_of_a_sitting_told_by_when(run, text, person, body, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[person], [body]], status), rows


def test_unnamed_delegation_adds_no_side(run):
    # near-miss: "the delegation" names no one; the body's sitting keeps its one side
    text = "The delegation will represent Uzbekistan when the SCO heads of government gather in Bishkek on 3 June."
    rows = event_rows(run(text))
    assert all(len(r[1]) == 1 for r in rows if r[0] in MEET), rows



@pytest.mark.parametrize("text, owner, other, host", [
    # state media, East Asia: "with X, whose official visit to China ..."
    ("Chinese Foreign Minister Zhao Lintao held talks in Beijing on Tuesday with Pakistani Foreign Minister Imran "
     "Qadir-Baig, whose official visit to China runs from April 5 to 8.", "Qadir-Baig", "China", "Zhao Lintao"),
    # newspaper, South Asia: the object's relative clause
    ("Indian Prime Minister Rohan Mehta-Iyer met Nepal's Prime Minister Sushil Karki-Thapa, whose visit to India ends "
     "on Friday, in New Delhi on Wednesday.", "Karki-Thapa", "India", "Mehta-Iyer"),
    # wire, Gulf: talks elsewhere are the guest's, not the host's
    ("Omani Foreign Minister Salim al-Harthi received his Iranian counterpart, Reza Farahani-Nia, whose talks with "
     "Saudi officials in Riyadh last week drew attention.", "Farahani-Nia", "Saudi", "al-Harthi"),
])
def test_whose_contact_is_the_named_ones(run, text, owner, other, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET + ("visit",), [[owner], [other]]), rows
    assert not any(other in n for r in rows for n in r[1] if any(host in m for m in r[1])), rows


@pytest.mark.parametrize("text, person, body", [
    # wire, Southeast Asia: a standing forum of states attended by a minister
    ("Foreign Minister Dewi Kartika-Sari is scheduled to attend the ASEAN Regional Forum in Vientiane next week.",
     "Kartika-Sari", "ASEAN Regional Forum"),
    # state media, Africa: the forum named in full
    ("Foreign Minister Kwame Osei-Bonsu will attend the ministerial conference of the Forum on China-Africa "
     "Cooperation in Beijing next month.", "Osei-Bonsu", "Forum on China-Africa Cooperation"),
])
def test_standing_forum_is_a_body(run, text, person, body):
    rows = event_rows(run(text))
    assert has_row(rows, MEET + ("conference",), [[person], [body]], "scheduled"), rows


@pytest.mark.parametrize("text, sides, status", [
    # wire, Pacific: "will come to", a plan
    ("Japan's special envoy for Pacific affairs will come to Apia next week.", ["Japan", "Samoa"], "scheduled"),
    # broadcast, Pacific: "will no longer come", the trip called off
    ("Japan's foreign minister will no longer come to Apia next week; the ministry confirmed the trip had been called "
     "off.", ["Japan", "Samoa"], "cancelled"),
    # newspaper, Oceania: held
    ("The Chinese premier came to Canberra on Monday for talks with Prime Minister Ellen Ward-Hughes.",
     ["China", "Australia"], "held"),
])
def test_coming_to_a_capital_is_a_visit(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text", [
    "The two sides came to an agreement on fisheries in Suva on Monday.",
    "The party came to power in Fiji in 2086.",
    "Thousands of tourists come to Apia every year.",
    "The Samoan rugby team will come to Tokyo next week.",
])
def test_coming_elsewhere_is_no_visit(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] == "visit"], event_rows(run(text))


@pytest.mark.parametrize("text, fragment", [
    # state media, Gulf: a cabinet's weekly communique naming its state in the words it reports
    ("KUWAIT, July 2 (Agency) - The Council of Ministers held its weekly meeting on Tuesday. The Cabinet expressed "
     "Kuwait's strong condemnation of the attack on a ferry near Basra.", "the attack on a ferry near Basra"),
    # newspaper, West Africa: the cabinet after its sitting
    ("ACCRA - The Cabinet said on Friday that the new border post with Togo would open in July.",
     "the new border post with Togo would open in July"),
])
def test_a_cabinet_by_its_name_still_speaks(run, text, fragment):
    # "cabinets" as a collective of two states must not make a capitalised "the Cabinet" a common noun
    names, _ = statement_with(run(text), fragment)
    assert any("cabinet" in n for n in names)


@pytest.mark.parametrize("text, trip", [
    ("Thank you, Prime Minister. It is always an honour to come here to Fiji and see old friends of New Zealand.",
     False),
    ("It was a great privilege to come to Honiara again and to visit with the people of Solomon Islands.", False),
    ("Japan's special envoy will come to Apia next week.", True),
    ("Samoa extended an invitation to come to Apia in June.", True),
])
def test_a_courtesy_to_come_is_no_trip(nlp, text, trip):
    # "a privilege / an honour to come here to X": a speaker's courtesy on a noun, not a trip told (a page's other
    # "visiting" then made it a visit of that land alone)
    tok = next(t for t in nlp(text) if t.lemma_ == "come")
    assert (trigger_type(tok) == "visit") is trip
