"""Standing formats and the programme of a visit: sittings of joint commissions and dialogues, courtesy calls,
signings inside talks, a dinner "the evening before", a format's previous sitting told on its noun, and the
commissions, forums, appeals and firms' contracts that are no meeting or signing of states: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2031, 3, 14)  # a Friday

MEET = ("meeting", "talks", "negotiation", "conference", "summit")
SIGN = ("signing",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status, day, place", [
    ("Indonesian Foreign Minister Retno Sari Wulandari will co-chair the fifth Indonesia-Malaysia Joint Commission "
     "for Bilateral Cooperation with her Malaysian counterpart in Kuching on Thursday.",
     [["Wulandari", "Indonesia"], ["Malaysia"]], "scheduled", "2031-03-20", "Kuching"),
    ("CAIRO, March 14 (Wire) - The 12th session of the Egypt-Sudan Joint Higher Committee opened in Cairo on Monday, "
     "co-chaired by the two prime ministers.", [["Egypt"], ["Sudan"]], "held", "2031-03-10", "Cairo"),
    ("The Nigeria-Ghana Joint Permanent Commission will convene in Accra from 24 to 26 March, the ministry said.",
     [["Nigeria"], ["Ghana"]], "scheduled", "2031-03-24", "Accra"),
    ("South African Foreign Minister Lindiwe Mahlangu will lead her country's delegation to the 14th session of the "
     "South Africa-Mozambique Bi-National Commission in Maputo on Tuesday.",
     [["Mahlangu", "South Africa"], ["Mozambique"]], "scheduled", "2031-03-18", "Maputo"),
    ("Indian Foreign Minister Arvind Rao will be travelling to Kathmandu on 7th and 8th April, where he will co-chair "
     "the India-Nepal Joint Commission along with Foreign Minister Sita Sharma.",
     [["Rao", "India"], ["Sharma", "Nepal"]], "scheduled", "2031-04-07", "Kathmandu"),
    ("The Franco-Italian summit, last held in Rome in March 2029, will take place in Marseille on June 5, the "
     "Elysee said.", [["France"], ["Italy"]], "scheduled", "2031-06-05", "Marseille"),
    ("The German-Polish intergovernmental consultations, last held in Warsaw in July 2028, will take place in Berlin "
     "on November 5.", [["Germany"], ["Poland"]], "scheduled", "2031-11-05", "Berlin"),
])
def test_sittings_of_standing_formats(run, text, parts, status, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, status, day, place), rows


@pytest.mark.parametrize("text, parts, status, day", [
    ("Indian Foreign Minister Arvind Rao met his Sri Lankan counterpart in Colombo on Tuesday; he is also due to "
     "call on Sri Lanka's president before flying home on Wednesday.", [["Rao"], ["Sri Lanka"]], "scheduled", None),
    ("Indian Foreign Minister Arvind Rao met his Sri Lankan counterpart in Colombo on Tuesday. He will also call on "
     "Sri Lanka's president on Wednesday.", [["Rao"], ["Sri Lanka"]], "scheduled", None),
    ("Norwegian Development Minister Ingrid Halvorsen paid a courtesy call on Seychelles President Joel Morel at "
     "State House in Victoria on Tuesday.", [["Halvorsen"], ["Morel"]], "held", "2031-03-11"),
    ("Kenyan Foreign Minister Jane Achieng will pay a courtesy call on H.E. the President of the Republic of Uganda "
     "on Monday.", [["Achieng"], ["Uganda"]], "scheduled", "2031-03-17"),
])
def test_courtesy_calls(run, text, parts, status, day):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, status, day), rows


def test_a_pronoun_after_a_semicolon_continues_the_subject(run):
    rows = event_rows(run("Indian Foreign Minister Arvind Rao met Sri Lankan Foreign Minister Kamal Senanayake in "
                          "Colombo on Tuesday; he is also due to call on Sri Lanka's president on Wednesday."))
    assert has_row(rows, MEET, [["Rao"], ["Sri Lanka"]], "scheduled"), rows
    assert not has_row(rows, MEET, [["Senanayake"], ["Sri Lanka"]], "scheduled"), rows


@pytest.mark.parametrize("text, parts, day, place", [
    ("Maldivian President Ahmed Rasheed held talks with Indian Prime Minister Arjun Mehra in New Delhi on Thursday. "
     "Memoranda on fisheries and tourism were exchanged in the presence of the two leaders.",
     [["Maldiv", "Rasheed"], ["India", "Mehra"]], "2031-03-13", "New Delhi"),
    ("Negotiators from Chile and Peru initialled the text of a fisheries agreement in Lima on Wednesday.",
     [["Chile"], ["Peru"]], "2031-03-12", None),
    ("Ghanaian President Kofi Mensah met Ivorian President Alassane Kone in Abidjan on Tuesday. The two sides put "
     "their names to a protocol on power links.", [["Ghana"], ["Ivory Coast", "Kone"]], "2031-03-11", "Abidjan"),
    ("Tanzanian President Amina Juma held talks with Mozambican President Carlos Mabote in Dar es Salaam on Monday. "
     "A day later, the two countries' energy ministers put their names to a protocol on power links.",
     [["Tanzania"], ["Mozambique"]], None, "Dar es Salaam"),
    ("Ghanaian President Kofi Mensah met Ivorian President Alassane Kone in Abidjan on Tuesday; afterwards their "
     "ministers put pen to paper on a cocoa pricing accord.", [["Ghana"], ["Ivory Coast", "Kone"]], "2031-03-11",
     "Abidjan"),
])
def test_signings_inside_talks(run, text, parts, day, place):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, "held", day, place), rows


@pytest.mark.parametrize("text, parts, day", [
    ("The Spanish-Portuguese summit will be held in Porto on March 28. Portuguese Prime Minister Luis Amaral will "
     "host Spanish Prime Minister Elena Ruiz for dinner the evening before.", [["Amaral"], ["Ruiz"]], "2031-03-27"),
    ("The German-French Council of Ministers will meet in Paris on April 2. President Luc Moreau will receive "
     "Chancellor Petra Vogel at the Elysee for dinner the evening before.", [["Moreau"], ["Vogel"]], "2031-04-01"),
])
def test_a_dinner_the_evening_before(run, text, parts, day):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, parts, "scheduled", day), rows


@pytest.mark.parametrize("text", [
    "The Independent Electoral Commission will hold its next session in Nairobi on Monday.",
    "Opposition leaders called on the president to resign over the scandal.",
    "The national dialogue forum opened in Khartoum on Tuesday with 300 delegates from civil society groups.",
    "Siemens and Egyptian National Railways signed a contract for high-speed trains in Cairo on Tuesday.",
    "The Supreme Court's session on the election petition was adjourned to Thursday.",
    "The UN human rights chief on Monday called on Myanmar to release all political prisoners.",
    "The parliamentary joint committee on foreign affairs will meet on Thursday to discuss the budget.",
    "The Africa Business Forum in Kigali drew executives from 40 countries on Wednesday.",
    "Ministers put the draft accord to a vote in parliament on Tuesday.",
])
def test_no_meeting_or_signing_of_states(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, parts", [
    ("Airbus signed a contract with the Indian government on Tuesday.", [["Airbus"], ["India"]]),
    ("Kenya and Ethiopia signed a contract for power supply in Nairobi on Tuesday.", [["Kenya"], ["Ethiopia"]]),
])
def test_contracts_with_a_state_stay(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, "held"), rows
