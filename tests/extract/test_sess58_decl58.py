"""Refusals news tells without a verb of travel or a named event: an answered invitation to a named place ("turned
down an invitation to Canberra", "declined Y's invitation to stop over in Seoul", "to attend the celebrations in
Addis Ababa") is the guest's trip there, declined or accepted; a leader who "will not come / go to" or "pulled out of"
a meeting stays away from it alone; a leader who "stayed in" his own capital while a summit sat is absent from it.
Near-misses: an invitation only received, one to no place, a stay abroad or one with a purpose, a meeting one will
come to. Invented sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2135, 3, 9)  # the day of writing


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status, place", [
    # wire, Pacific: an invitation to a capital turned down
    ("Fiji's prime minister Semi Raduva-Kete declined an invitation to Canberra, his office said.",
     ["Raduva-Kete", "Australia"], "declined", "Canberra"),
    # broadcast, Africa: an invitation to attend celebrations abroad
    ("The Kenyan president has turned down an invitation from Ethiopia to attend the Adwa victory celebrations in "
     "Addis Ababa in March.", ["Kenya", "Ethiopia"], "declined", "Addis Ababa"),
    # newspaper, East Asia: a stopover refused
    ("The Mongolian president had turned down an invitation to stop over in Seoul on his way home.",
     ["Mongolia", "South Korea"], "declined", "Seoul"),
    # state media, West Africa: an inviter's invitation to a forum in a named city
    ("Ghana's president Kofi Adomako-Manu turned down Togo's invitation to the Lomé investment forum in June.",
     ["Adomako-Manu", "Togo"], "declined", None),
    # press release, South-East Asia: an invitation accepted
    ("Vietnam's prime minister has accepted an invitation from Laos to attend the That Luang festival in Vientiane "
     "in November.", ["Vietnam", "Laos"], "agreed", "Vientiane"),
])
def test_answered_invitation_to_a_place(run, text, sides, status, place):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[s] for s in sides], status, place=place), rows


@pytest.mark.parametrize("text", [
    # only received: no answer yet (the visit the infinitive tells is proposed, not this rule's)
    "Chile's president received an invitation to the Andean festival in La Paz.",
    # an invitation to no place
    "Uruguay's president Marta Olivera-Sosa has declined an invitation to speak at the university.",
    # an invitation to an event that tells its own
    "Peru's foreign minister Rosa Quilca-Mendez rejected an invitation from Bolivia to the water conference in La Paz.",
    # a contest, not a trip of state
    "The Kenyan rugby federation turned down an invitation to an under-20 tournament in Suva, citing costs.",
    "Ghana's athletics body declined an invitation to the relay championships in Kingston.",
])
def test_invitation_without_a_trip_of_its_own(run, text):
    rows = event_rows(run(text))
    assert not has_row(rows, ("visit",), [], "declined"), rows


@pytest.mark.parametrize("text, side", [
    # live blog, Sahel: will not come to a meeting
    ("A spokesman for Mauritania's president, Sidi Ould Bneijara, says he will not come to tomorrow's three-way "
     "meeting in Dakar.", "Bneijara"),
    # wire, Central Asia: will not go to a meeting
    ("Mongolia's president Tsogt Bat-Erdene will not go to next week's meeting in Astana, his office said.",
     "Bat-Erdene"),
    # newspaper, Balkans: pulled out of a meeting
    ("Montenegro's prime minister Vuk Draskovic-Lalic has pulled out of Friday's meeting in Tirana.",
     "Draskovic-Lalic"),
    # live blog, Gulf: a leader stays in his own capital while the summit sits
    ("Leaders of the Gulf states opened their summit in Doha on Tuesday. The Omani sultan stayed in Muscat.", "Oman"),
    # newspaper, Andes: the same, with a reason
    ("Andean presidents met in Quito on Monday for their annual summit. Bolivia's president Ana Ruiz-Toledo stayed in "
     "La Paz because of the protests.", "Ruiz-Toledo"),
])
def test_staying_away_alone(run, text, side):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "summit"), [[side]], "declined"), rows


@pytest.mark.parametrize("text, side", [
    # will come: no refusal
    ("Mongolia's president Tsogt Bat-Erdene will go to next week's meeting in Astana, his office said.", "Bat-Erdene"),
    # stayed abroad, after the summit
    ("Leaders of the Gulf states opened their summit in Doha on Tuesday. The Omani sultan stayed in Doha after the "
     "summit.", "Oman"),
    # stayed home with a purpose of its own
    ("Leaders of the Gulf states opened their summit in Doha on Tuesday. The Omani sultan stayed in Muscat to host "
     "the Iranian foreign minister.", "Oman"),
])
def test_not_staying_away(run, text, side):
    rows = event_rows(run(text))
    assert not has_row(rows, ("meeting", "summit"), [[side]], "declined"), rows


@pytest.mark.parametrize("text, sides, status", [
    # wire, Balkans: a reduced relative the parser took for the verb
    ("Talks between Serbia and Kosovo scheduled for Brussels next week have been scrapped.", ["Serbia", "Kosovo"],
     "cancelled"),
    # newspaper, Andes: "set for" read as a past verb
    ("Talks between Peru and Chile set for Lima next month have been called off.", ["Peru", "Chile"], "cancelled"),
    # broadcast, East Africa: planned, then postponed indefinitely
    ("A summit between Kenya and Uganda planned for Kampala in May has been postponed indefinitely.",
     ["Kenya", "Uganda"], "cancelled"),
    # near-miss: the plan confirmed stays a plan
    ("Talks between Peru and Chile set for Lima next month have been confirmed.", ["Peru", "Chile"], "scheduled"),
])
def test_plan_then_called_off(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("talks", "summit", "meeting"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, sides, status", [
    # wire, Nordics: a proposal that two meet, rejected
    ("Norway rejected a Swedish proposal that the two prime ministers meet in Helsinki in July.",
     ["Norway", "Sweden"], "declined"),
    # broadcast, Horn of Africa: a request dismissed
    ("Kenya dismissed a Somali request that the two leaders meet in Mogadishu.", ["Kenya", "Somalia"], "declined"),
    # state media, West Africa: accepted
    ("Ghana has accepted a Nigerian proposal that the two presidents meet in Accra next month.", ["Ghana", "Nigeria"],
     "agreed"),
    # newspaper, North Africa: only put forward
    ("Egypt put forward a proposal that Sudan and Ethiopia hold talks in Cairo in April.", ["Sudan", "Ethiopia"],
     "proposed"),
])
def test_proposal_that_two_meet(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting", "talks"), [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, kind, side, status", [
    # headline, Pacific: a region's leaders' forum skipped
    ("Fijian PM declines Canberra invitation, will skip Pacific leaders' forum in Brisbane next month", "summit", "Fiji",
     "declined"),
    # wire, Nordics: a ministers' forum attended
    ("Norway's foreign minister will attend the Nordic ministers' forum in Reykjavik in May.", "meeting", "Norway",
     "scheduled"),
])
def test_regions_officials_forum(run, text, kind, side, status):
    rows = event_rows(run(text))
    assert has_row(rows, (kind,), [[side]], status), rows


@pytest.mark.parametrize("text", [
    "Kenya's president will skip the business leaders' forum in Nairobi next month.",
    "The youth leaders' forum opened in Accra on Monday.",
])
def test_forum_of_no_region_is_no_summit(run, text):
    assert not [r for r in event_rows(run(text)) if r[0] in ("summit", "meeting")], event_rows(run(text))


@pytest.mark.parametrize("text, sides, status", [
    # wire, Pacific: the gathering an invitation to a capital was for, declined
    ("Fiji's prime minister Semi Raduva-Kete declined an invitation to Canberra for the annual leaders' dialogue, in "
     "protest at the aid cuts.", ["Raduva-Kete", "Australia"], "declined"),
    # state media, West Africa: accepted
    ("Ghana's president Kofi Adomako-Manu accepted an invitation to Lomé for talks with his Togolese counterpart.",
     ["Adomako-Manu", "Togo"], "agreed"),
])
def test_gathering_an_invitation_is_for(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, ("talks", "meeting", "visit"), [[s] for s in sides], status), rows
