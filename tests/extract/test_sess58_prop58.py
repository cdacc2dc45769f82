"""Proposed and agreed contacts told in more of the ways news tells them: a guest who invites "his host" back to a
place of his own land, an invitation to open or attend a public occasion abroad (a trip asked for, accepted or turned
down), and the leaders' agreement that their state services ("their coast guards", "the two customs services") will
meet. Near-misses: an invitation to a meal, to an occasion at home or placed nowhere, services doing something that
is no meeting. Invented sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status, place", [
    # wire, Andes: the guest invites his host to his capital
    ("Peru's president, Rosa Vidal-Campos, received Bolivia's president, Tomas Quispe-Mamani, in Lima on Monday. "
     "The Bolivian leader invited his host to La Paz; Lima has given no answer yet.",
     ["Vidal-Campos", "Bolivia"], "proposed", "La Paz"),
    # state media, Southeast Asia
    ("Vietnam's prime minister, Tran Loc-Minh, held talks with Laos's prime minister, Somphet Vongsa-Keo, in Hanoi "
     "on Tuesday. Vongsa-Keo invited his host to Vientiane for the That Luang festival.",
     ["Loc-Minh", "Laos"], "proposed", "Vientiane"),
    # newspaper, Baltic
    ("Estonia's president, Kaja Tamm-Lepik, hosted Latvia's president, Ivars Ozols-Berzins, in Tallinn on Friday. "
     "Ozols-Berzins invited his host to Riga for the song festival in July.",
     ["Tamm-Lepik", "Latvia"], "proposed", "Riga"),
])
def test_host_invited_back(run, text, sides, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[s] for s in sides], status, place=place), rows


def test_host_invited_keeps_the_meeting_held(run):
    """The trip asked for is a further contact: the meeting held stays where it was held."""
    rows = event_rows(run("Peru's president, Rosa Vidal-Campos, received Bolivia's president, Tomas Quispe-Mamani, "
                          "in Lima on Monday. The Bolivian leader invited his host to La Paz."))
    assert has_row(rows, ("meeting", "talks"), [["Vidal-Campos"], ["Quispe-Mamani"]], "held", place="Lima"), rows


@pytest.mark.parametrize("text, sides, status, place", [
    # newspaper, southern Africa: accepted, to open a show
    ("Zambia's president, Mwila Chanda-Phiri, held talks with his Zimbabwean counterpart in Lusaka on Monday. "
     "President Chanda-Phiri also accepted an invitation to open the Harare agricultural show in August.",
     ["Chanda-Phiri", "Zimbabwe"], "agreed", "Harare"),
    # press release, South America: asked to attend an inauguration
    ("Uruguay's foreign minister, Lucia Ferrer-Paz, invited her Paraguayan counterpart to attend the inauguration "
     "of the Montevideo container terminal in March.", ["Paraguay", "Uruguay"], "proposed", "Montevideo"),
    # wire, West Africa: a trade fair
    ("Ghana has invited President Awa Sall-Diouf of Senegal to open the Accra international trade fair in "
     "November.", ["Ghana", "Sall-Diouf"], "proposed", "Accra"),
    # broadcast, East Africa: turned down
    ("Kenya's president declined an invitation to attend the opening of the Kampala trade fair.",
     ["Kenya", "Uganda"], "declined", "Kampala"),
    # wire, South Asia: invited straight to an expo
    ("China has invited Nepal's prime minister to the Kunming expo in November.", ["China", "Nepal"], "proposed",
     "Kunming"),
    # newspaper, East Africa: invited to a trade fair, and accepted in the same sentence
    ("Kenya's president invited his Ugandan counterpart to the Nairobi trade fair in September, and the Ugandan "
     "leader accepted.", ["Kenya", "Uganda"], "agreed", "Nairobi"),
    # state media, West Africa: accepted from a named inviter
    ("President Amadou Keita-Sow of Mali has accepted an invitation from his Senegalese counterpart to attend the "
     "opening of the Dakar rail terminal.", ["Keita-Sow", "Senegal"], "agreed", "Dakar"),
])
def test_invited_to_an_occasion(run, text, sides, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[s] for s in sides], status, place=place), rows


@pytest.mark.parametrize("text", [
    # the public, not a guest from abroad
    "The ministry invited the public to attend the opening of the Accra trade fair.",
    # an occasion placed nowhere
    "Kenya's president accepted an invitation to attend the opening of the new stadium.",
    # an occasion at home
    "President Njeri Mwangi-Otieno of Kenya accepted an invitation to attend the opening of the new port in Mombasa.",
    # attended, not invited: no trip asked for here
    "The ambassador attended the opening of the Accra trade fair on Monday.",
])
def test_occasion_near_misses(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" for r in rows), rows


@pytest.mark.parametrize("text, sides, kind", [
    # wire, Andes: their coast guards
    ("Peru and Ecuador agreed on Monday that their coast guards would hold talks in Tumbes in May.",
     ["Peru", "Ecuador"], "talks"),
    # newspaper, Southeast Asia: the two customs services
    ("The presidents of Malaysia and Thailand agreed that the two customs services would meet in Penang in June.",
     ["Malaysia", "Thailand"], "meeting"),
    # state media, Nordic: decided
    ("Norway and Sweden decided that their police agencies would meet in Oslo next month.",
     ["Norway", "Sweden"], "meeting"),
    # broadcast, Gulf: the navies
    ("Oman and Qatar agreed that their navies would hold talks in Muscat in October.", ["Oman", "Qatar"], "talks"),
])
def test_agreed_services_meet(run, text, sides, kind):
    rows = event_rows(run(text))
    assert has_row(rows, (kind, "meeting", "talks"), [[s] for s in sides], "agreed"), rows


@pytest.mark.parametrize("text", [
    "Peru and Ecuador agreed that their coast guards would patrol the border jointly.",
    "Norway and Sweden agreed that their police agencies would share data.",
])
def test_services_near_misses(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, sides, refused", [
    # newspaper, Southeast Asia: a meeting refused, the ministers' meeting offered instead
    ("Thailand's prime minister will not meet Cambodia's prime minister at the summit in Jakarta next week, his "
     "office said. Bangkok instead proposed that the two countries' defence ministers meet first.",
     ["Thailand", "Cambodia"], "declined"),
    # wire, West Africa: "proposed instead"
    ("Ghana's president declined to meet Togo's president at the summit in Abuja. Accra proposed instead that the "
     "two foreign ministers meet.", ["Ghana", "Togo"], "declined"),
    # broadcast, South America: a meeting refused by a spokeswoman's word
    ("Paraguay's president will not meet Brazil's president at the inauguration in Lima next week, his spokeswoman "
     "said. She said Asuncion had instead proposed that the two countries' foreign ministers "
     "meet first.", ["Paraguay", "Brazil"], "declined"),
    # briefing, Caucasus: talks called off, "instead" at the end
    ("The talks between Armenia and Azerbaijan in Geneva were called off on Friday. Yerevan suggested that the two "
     "deputy ministers meet instead.", ["Armenia", "Azerbaijan"], "cancelled"),
])
def test_offered_instead(run, text, sides, refused):
    """The contact offered in place of one refused or called off is a plan of its own beside it."""
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "talks"), [[s] for s in sides], "proposed"), rows
    assert has_row(rows, ("meeting", "talks", "visit", "summit"), [[s] for s in sides], refused), rows


def test_plan_beside_refusal_without_instead(run):
    """With no word of one in place of the other, the plan told beside a refusal of the same contact is that one."""
    rows = event_rows(run("Ghana's president declined to meet Togo's president at the summit in Abuja. Accra had "
                          "proposed that the two presidents meet."))
    assert not has_row(rows, ("meeting",), [["Ghana"], ["Togo"]], "proposed"), rows


@pytest.mark.parametrize("text, sides, place", [
    # readout, Americas: the White House stands for Washington
    ("US President Thomas Hale-Rivera spoke by phone with Panama's president, Ernesto Quintana-Bos, on Monday. "
     "President Hale-Rivera also invited President Quintana-Bos to the White House.",
     ["Quintana-Bos", "United States"], "Washington"),
    # state media, South America: a presidential palace
    ("President Ana Lucia Ferraz-Monte of Brazil invited Chile's president to the Planalto Palace.",
     ["Brazil", "Chile"], "Brasília"),
    # wire, Europe: a palace the tagger knows as a place; the inviter's land
    ("France's president invited his Senegalese counterpart to the Elysee Palace.", ["France", "Senegal"], None),
])
def test_invited_to_a_seat(run, text, sides, place):
    """An invitation to a seat of government asks a trip to the seat's land."""
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[s] for s in sides], "proposed", place=place), rows


def test_seat_inviting_others_near_miss(run):
    rows = event_rows(run("The Kremlin invited journalists to the ceremony."))
    assert rows == [], rows



@pytest.mark.parametrize("text, sides, kind", [
    # newspaper, Andes: the leaders met; their defence ministers are to meet (no day the tagger reads)
    ("President Tomas Rincon-Vega of Colombia and Ecuadorian President Esteban Montalvo-Paz met on the Rumichaca "
     "bridge on Monday, their first encounter in a year. In a joint declaration, the presidents agreed that their "
     "defence ministers would meet in Quito within 30 days.", ["Colombia", "Ecuador"], "meeting"),
    # wire, West Africa: met, their defence chiefs to meet within weeks
    ("Ghana's president, Kofi Mensah-Darko, met Togo's president, Faure Adjovi-Kpatcha, on Tuesday. The two "
     "leaders agreed that their defence ministers would meet within weeks.", ["Ghana", "Togo"], "meeting"),
    # state media, Central Asia: talks held, their envoys to meet
    ("President Aibek Dzhumaliev-Sart of Kyrgyzstan held talks with Tajikistan's president, Rustam Nazarov-Qodir, "
     "on Friday. The presidents agreed that their envoys would meet in Khujand.", ["Kyrgyzstan", "Tajikistan"],
     "meeting"),
])
def test_their_people_meet_later(run, text, sides, kind):
    """The meeting the leaders agree their people will hold is a further one beside the contact told."""
    rows = event_rows(run(text))
    assert has_row(rows, (kind,), [[s] for s in sides], "agreed"), rows
    assert any(r[2] == "held" for r in rows), rows


def test_their_people_of_unknown_states(run):
    """Leaders whose states the text does not give: whose people meet is unknown, so no plan of the leaders."""
    rows = event_rows(run("Prime Minister Anika Vale-Roth held talks in Port Louis yesterday with her counterpart "
                          "Deven Ramsurrun-Patel. The two leaders agreed that their energy ministers will meet in "
                          "Port Louis next month."))
    assert not any(r[2] == "agreed" and any("Vale-Roth" in n for n in r[1]) for r in rows), rows
