"""Press releases and state media address people by style ("H.E. Kwabena Roe", "Her Excellency Jane Roe", "HE Dr X"),
which NER takes for a building or misses; and press releases and broadcast copy tell a trip by the time spent
("wrapped up two days in X", "returned after three days in X"). The events must keep their sides; the near-misses
(a stay at home, in hospital, a week of prices) give no visit. Texts invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ('meeting', 'talks', 'negotiation', 'call')


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


STYLED = [
    ("ECOWAS Commission President Ousmane Kaba Sylla paid a courtesy call on H.E. Kwabena Owusu-Danso in Accra on Wednesday.",
     [('Sylla',), ('Owusu-Danso',)], 'held'),
    ("1. The President of the ECOWAS Commission, H.E. Dr. Ousmane Kaba Sylla, paid a courtesy call on H.E. Kwabena Owusu-Danso, President of the Republic of Ghana, at Jubilee House, Accra, on Wednesday 24 May 2090.",
     [('Sylla',), ('Owusu-Danso',)], 'held'),
    ("His Excellency Ousmane Kaba Sylla met His Excellency Kwabena Owusu-Danso in Accra on Wednesday.",
     [('Sylla',), ('Owusu-Danso',)], 'held'),
    ("Prime Minister Kofi Mensah-Bonsu held a bilateral meeting with Her Excellency Ingrid Solberg-Haug, Minister of Foreign Affairs of Norway, in Accra on Thursday.",
     [('Mensah-Bonsu',), ('Solberg-Haug', 'Norway')], 'held'),
    ("HE Dr Kwame Asante-Mills met HE Ibrahim Musa Dogara in Abuja yesterday.",
     [('Asante-Mills',), ('Dogara',)], 'held'),
    ("The President, His Excellency Ibrahim Musa Dogara, will receive Her Excellency Fatou Jallow-Ceesay, Foreign Minister of The Gambia, in Abuja on Tuesday.",
     [('Dogara',), ('Jallow-Ceesay', 'Gambia')], 'scheduled'),
    ("The Minister of Foreign Affairs held talks with His Excellency Tomasz Wielgosz-Lis, Secretary of State of Poland, in Vilnius on Friday.",
     [('Wielgosz-Lis', 'Poland'), ('Lithuania', 'Minister', 'Foreign')], None),
    ("Accra, 24 May 2090 - The Minister for Foreign Affairs, Hon. Akua Boateng-Mensah, today received at the Ministry Her Excellency Ingrid Solberg-Haug, Minister of Foreign Affairs of the Kingdom of Norway.",
     [('Boateng-Mensah',), ('Solberg-Haug',)], 'held'),
    ("H.E. Mr. Park Seung-woo, Minister of Foreign Affairs of the Republic of Korea, held talks with H.E. Ms. Noura Al-Mutairi, Minister of Foreign Affairs of Kuwait, in Seoul on 20 May 2090.",
     [('Park Seung-woo',), ('Al-Mutairi',)], 'held'),
]


@pytest.mark.parametrize("text, parts, status", STYLED)
def test_a_name_after_a_style_of_address_is_a_side(run, text, parts, status):
    found = rows(run(text))
    assert has_row(found, MEET, parts, status), found


STAYS = [
    ("Chilean Foreign Minister Paula Rojas-Lagos wrapped up two days in Peru on Friday.", ('Rojas-Lagos',), 'Peru', 'held'),
    ("Indonesian Foreign Minister Sari Wibowo-Putri returned to Jakarta on Thursday after three days in Australia.",
     ('Wibowo-Putri',), 'Australia', 'held'),
    ("Kenyan President Samuel Otieno-Mbugua ended a two-day stay in Uganda on Sunday.", ('Otieno-Mbugua',), 'Uganda', 'held'),
    ("The Spanish foreign minister spent two days in Morocco this week, meeting Prime Minister Aziz Bennani-Alami.",
     ('Spain', 'Spanish'), 'Morocco', 'held'),
    ("Brazil's president flew home on Tuesday after a week in China.", ('Brazil',), 'China', 'held'),
    ("OAS Secretary General Marta Quiroga-Lenz returned to Washington on Thursday after three days in Haiti, where she met the prime minister.",
     ('Quiroga-Lenz',), 'Haiti', 'held'),
]


@pytest.mark.parametrize("text, traveller, host, status", STAYS)
def test_days_spent_in_a_country_are_a_visit(run, text, traveller, host, status):
    found = rows(run(text))
    assert has_row(found, ('visit',), [traveller, (host,)], status), found


def test_a_stay_told_after_its_visit_is_that_visit(run):
    found = [r for r in rows(run("Indonesian Foreign Minister Sari Wibowo-Putri paid an official visit to Australia from "
                                 "Monday to Wednesday, holding talks with Prime Minister Tom Ellis in Canberra on Tuesday. "
                                 "She returned to Jakarta on Thursday after three days in Australia.")) if r[0] == 'visit']
    assert len(found) == 1, found


BARE = [
    ("ABU DHABI, 26th May, 2090 (EAN) -- His Highness Sheikh Hamad bin Rashid Al Qasimi, President of the UAE, today received President Leila Haddad-Aoun of Lebanon at Qasr Al Watan.\n\nIn a separate development, His Highness received a phone call yesterday from Sheikh Tamim bin Fahad Al Thani, Emir of the State of Qatar, during which they discussed regional developments.",
     [('Al Qasimi', 'United Arab Emirates'), ('Al Thani', 'Qatar')]),
    ("ABU DHABI, 26th May, 2090 (EAN) -- His Highness Sheikh Hamad bin Rashid Al Qasimi, President of the UAE, today received President Leila Haddad-Aoun of Lebanon.\n\nHis Highness welcomed the Lebanese President.\n\nIn a separate development, His Highness received a phone call yesterday from Sheikh Tamim bin Fahad Al Thani, Emir of the State of Qatar.",
     [('Al Qasimi', 'United Arab Emirates'), ('Al Thani', 'Qatar')]),
    ("KUWAIT, May 26 (KUNA) -- His Highness the Amir Sheikh Nawaf Salem Al-Jaber received at Bayan Palace today the Foreign Minister of Turkey, Murat Kaya-Ozturk.\n\nHis Highness also received a phone call from the King of Jordan.",
     [('Al-Jaber', 'Kuwait'), ('Jordan',)]),
    ("MANAMA, May 26 (BNW) -- His Majesty King Hamad bin Isa Al Khalifa met today the visiting President of Cyprus, Andreas Nikolaidis, at Sakhir Palace.\n\nHis Majesty later held a telephone conversation with the Sultan of Oman.",
     [('Al Khalifa', 'Bahrain'), ('Oman',)]),
]


@pytest.mark.parametrize("text, parts", BARE)
def test_a_style_alone_stands_for_the_one_it_was_written_before(run, text, parts):
    found = rows(run(text))
    assert has_row(found, ('call',), parts, 'held'), found


NO_VISIT = [
    "The minister spent two days in hospital after the accident.",
    "Kenyan President Samuel Otieno-Were spent two days in Mombasa touring the new port.",
    "Floods have left thousands stranded for days in Mozambique.",
    "Prices rose for a third week in Japan, the statistics office said.",
    "The talks ended after three days in Geneva without agreement.",
    "Mexican President Laura Ibarra-Soto is spending the week in Oaxaca at her family home.",
    "The striking dockers ended a two-week walkout in Rotterdam on Monday.",
    "The fund's shares ended the week in London slightly higher.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_a_stay_that_is_no_trip_abroad_gives_no_visit(run, text):
    found = [r for r in rows(run(text)) if r[0] == 'visit']
    assert not found, found


NOT_A_PERSON = [
    "His Excellency the Minister thanked the staff of the embassy.",
]


@pytest.mark.parametrize("text", NOT_A_PERSON)
def test_a_style_before_no_name_makes_no_person(run, text):
    ex = run(text)
    assert not any(a.name.startswith(("Zayed", "Excellency", "Minister")) and a.type == "person" for a in ex.actors), \
        [(a.name, a.type) for a in ex.actors]
