"""Sides told elsewhere on the page (pagesides50): a title that names another state ("the Turkish president") is not
the page's unqualified "President X"; a description that is its clause's subject is none of that clause's objects
("The President welcomed President Y"); a capitalised bare title ("The President") on a page that qualifies only the
foreign holder of the office stands for the unqualified one; with near-misses. Pages and sentences written for the
session, every region."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, participant_name


@pytest.fixture(scope="module")
def run(nlp):
    extract = extractor(nlp, date(2090, 5, 28))
    return lambda text: event_rows(extract(text))


def _names(parts) -> list[str]:
    return [participant_name(k).lower() for k in parts]


def _side(names: list[str], side: list[str]) -> bool:
    return any(f.lower() in n for f in side for n in names)


def _pair(rows, kinds: set[str], one: list[str], two: list[str]) -> bool:
    return any(r[0] in kinds and _side(_names(r[1]), one) and _side(_names(r[1]), two) for r in rows)


CONTACTS = {"meeting", "talks", "negotiation", "call", "visit", "summit", "signing", "conference"}

PAGES = [
    # (page, kinds, one side, other side, a name that must not stand beside the first side)
    ("ASTANA TIMES\nHome | Politics | Business\n\nSeitova hosts Mongolian leader\n\nASTANA, 11 October. President "
     "Aigerim Seitova held talks at the Akorda on Tuesday with President of Mongolia Batzorig Enkhtuvshin.\n\n"
     "Seitova also accepted an invitation from the Turkish president to pay an official visit to "
     "Ankara next year, the press secretary said.\n\n(c) Astana Times",
     {"visit"}, ["Aigerim Seitova"], ["Turkey", "Türkiye"], None),
    ("DAILY BULLETIN\nNews | World\n\nLIVE: Alliance leaders gather in Riga\n\n11:05 - The council session is under "
     "way with President Mykola Hrytsenko at the table.\n\n13:40 - Bilateral on the margins: the French president "
     "and Poland's president have just finished a 40-minute meeting. No readout yet.\n\n(c) Daily Bulletin",
     {"meeting", "talks"}, ["France"], ["Poland"], "Mykola Hrytsenko"),
    ("THE CAPITAL POST\nPolitics | Region\n\nFOREIGN MINISTER IN VIENNA\n\nBUCHAREST - Foreign Minister Ilinca Mărgineanu-Pop "
     "met Austrian officials in Vienna on Monday to discuss the Danube corridor.\n\nThe Hungarian foreign minister "
     "has called off his visit to Bucharest planned for Thursday, citing a cabinet meeting, the ministry said.",
     {"visit"}, ["Hungar"], ["Romania", "Bucharest"], "Ilinca Mărgineanu-Pop"),
    ("PRESIDENT'S OFFICE\nPress Release\n\nPresident receives visiting Comorian President\n\nPresident Hassan "
     "Abdallah Karim held official talks this morning with President Said Mohamed Djaffar of the Comoros, who "
     "arrived in Victoria yesterday on a two-day State Visit.\n\nThe President welcomed President Djaffar and the "
     "Comorian delegation, and the two Presidents discussed fisheries and air links.\n\nThis afternoon, President "
     "Djaffar is scheduled to call on the Speaker of the National Assembly.",
     {"meeting", "talks"}, ["Hassan Abdallah Karim"], ["Said Mohamed Djaffar"], None),
    ("ISLAND EVENING NEWS\nLatest | Nation | World\n\nGuerrero, Sulaiman agree on fisheries patrols\n\n"
     "ANCHOR: Good evening. President Ramon Guerrero-Lacson is in Kuala Lumpur tonight, on the first day of a "
     "state visit. This afternoon he sat down with Malaysian Prime Minister Faisal Sulaiman Hamid.\n\n"
     "REPORTER: The President raised the fishermen's case, we're told. Tomorrow he flies to Bangkok for talks "
     "with the Thai prime minister.\n\n[END OF TRANSCRIPT]",
     {"meeting", "talks", "visit"}, ["Ramon Guerrero-Lacson"], ["Thailand"], "Faisal Sulaiman Hamid"),
    ("LAGOON HERALD\nHome | News\n\nCambodian PM in Vientiane\n\nVIENTIANE - Prime Minister Sok Phirun of "
     "Cambodia arrived in the Lao capital on Monday for a two-day official visit.\n\nThe Thai prime minister will "
     "travel to Phnom Penh next month, officials said.\n\n(c) Lagoon Herald",
     {"visit"}, ["Thailand", "Thai"], ["Cambodia", "Phnom Penh"], "Sok Phirun"),
    ("STATE HOUSE\nMedia statement\n\nPresident Grace Wanjiru Kamau today received Ugandan President Peter "
     "Okello-Mugisha at State House, Nairobi.\n\nThe President thanked President Okello-Mugisha for Uganda's "
     "support on the oil pipeline.\n\nLater the President will travel to Dodoma for talks with the Tanzanian "
     "president on Friday.",
     {"talks", "meeting", "visit"}, ["Grace Wanjiru Kamau"], ["Tanzania"], "Peter Okello-Mugisha"),
    ("CARIBBEAN WIRE\nHome | Region\n\nCARICOM heads in Bridgetown\n\nBRIDGETOWN - Prime Minister Desmond "
     "Alleyne-Worrell met the Secretary-General of CARICOM on Monday.\n\nThe Jamaican prime minister will not "
     "attend the summit, his office said.\n\n(c) Caribbean Wire",
     {"summit"}, ["Jamaica"], ["Jamaica"], "Desmond Alleyne-Worrell"),
    ("HIMALAYAN TIMES\nNational | World\n\nPM back from Dhaka\n\nPrime Minister Ram Bahadur Thapa-Magar returned "
     "home on Friday from a three-day official visit to Bangladesh.\n\nThe Prime Minister met Prime Minister "
     "Nasreen Akhter Chowdhury in Dhaka on Wednesday, and the two leaders signed a power trade deal.\n\nThe Prime "
     "Minister also called on President Abdul Karim Sarkar at Bangabhaban, the foreign ministry said.",
     {"meeting", "visit"}, ["Ram Bahadur Thapa-Magar"], ["Abdul Karim Sarkar"], "Nasreen Akhter Chowdhury"),
    ("GULF DAILY\nHome | Gulf | World\n\nMinister in Muscat\n\nForeign Minister Khalid bin Rashid Al-Mansoori "
     "arrived in Muscat on Sunday. The Minister held talks with Minister Badr bin Saud Al-Harthi on the Yemen "
     "file.\n\nThe Minister later met the Sultan's special envoy, Salim bin Nasser Al-Busaidi, the ministry "
     "said.",
     {"meeting", "talks"}, ["Khalid bin Rashid Al-Mansoori"], ["Salim bin Nasser Al-Busaidi"],
     "Badr bin Saud Al-Harthi"),
]

SENTENCES = [
    ("President Amani Tembo-Mushi will receive the visiting Zambian president in Lilongwe on Thursday.",
     {"visit", "meeting"}, ["Amani Tembo-Mushi"], ["Zambia"], None),
    ("Prime Minister Leota Fa'asalele held talks in Apia with the Tongan prime minister on Wednesday.",
     {"talks", "meeting"}, ["Leota Fa'asalele"], ["Tonga"], None),
    ("The Foreign Minister welcomed Foreign Minister Aziz Rahimov of Tajikistan to Tashkent on Monday, "
     "and the two held talks on water sharing.",
     {"talks", "meeting", "visit"}, ["Aziz Rahimov", "Tajikistan"], ["Uzbekistan", "Tashkent"], None),
    ("Chancellor Lukas Brandstätter spoke by phone on Friday with the Czech prime minister.",
     {"call"}, ["Lukas Brandstätter"], ["Czech"], None),
    ("President Marisol Quintero-Paz met the Ecuadorian president in Tumbes, and later accepted an invitation "
     "from the Bolivian president to visit La Paz in June.",
     {"visit"}, ["Marisol Quintero-Paz"], ["Bolivia", "La Paz"], None),
    ("Foreign Minister Ahmad Nasser Al-Thani received the Omani foreign minister in Doha on Sunday.",
     {"meeting", "talks", "visit"}, ["Ahmad Nasser Al-Thani"], ["Oman"], None),
    ("President Kofi Asante-Boateng arrived in Ouagadougou on Monday. The President met President Issa "
     "Ouedraogo of Burkina Faso at the Kosyam palace.",
     {"meeting", "talks"}, ["Kofi Asante-Boateng"], ["Issa Ouedraogo"], None),
    ("President Aigul Nurpeisova met the Kyrgyz president in Bishkek on Tuesday.",
     CONTACTS, ["Aigul Nurpeisova"], ["Kyrgyz"], None),
    ("Prime Minister Tevita Kaufana welcomed the Fijian prime minister to Nuku'alofa on Friday.",
     CONTACTS, ["Tevita Kaufana"], ["Fiji"], None),
]

NEAR_MISSES = [
    # (text, kinds, first side, a name that must not stand beside it)
    ("President Aigul Nurpeisova will visit Bishkek next week; the Kyrgyz president will host a summit in June.",
     {"summit"}, ["Kyrgyz"], "Aigul Nurpeisova"),  # she is not the Kyrgyz president
    ("Foreign Minister Marta Lind-Olsen told reporters the Danish foreign minister would visit Oslo in May.",
     {"visit"}, ["Denmark", "Danish"], "Marta Lind-Olsen"),
    ("President Nadia Haddad-Sfeir said the Syrian president had cancelled his visit to Amman.",
     {"visit"}, ["Syria"], "Nadia Haddad-Sfeir"),
    ("Minister Arvo Kask-Tamm met Latvian officials in Riga; the Lithuanian foreign minister will visit "
     "Tallinn next week.",
     {"visit"}, ["Lithuania"], "Arvo Kask-Tamm"),
]


@pytest.mark.parametrize("text, kinds, one, two, forbidden", PAGES + SENTENCES)
def test_second_side_found(run, text, kinds, one, two, forbidden):
    rows = run(text)
    assert _pair(rows, kinds, one, two), rows
    if forbidden:  # the event with the second side does not take the wrong person for either side
        assert not _pair(rows, kinds, two, [forbidden]), rows


@pytest.mark.parametrize("text, kinds, one, forbidden", NEAR_MISSES)
def test_other_holder_not_taken(run, text, kinds, one, forbidden):
    rows = run(text)
    assert not _pair(rows, kinds, one, [forbidden]), rows


@pytest.mark.parametrize("text, kind", [
    ("VILNIUS - The Latvian prime minister's visit to Tallinn, announced for Thursday, has been called off, "
     "his office said on Monday.", "visit"),
    ("The talks between Chad and Niger, fixed for Saturday in Niamey, were postponed.", "talks"),
])
def test_day_it_was_set_for(run, text, kind):
    rows = [r for r in run(text) if r[0] == kind]
    assert rows and all(r[3] and r[3].startswith("2090-0") for r in rows), rows


def test_dateline_state_keeps_home_leader(run):
    rows = run("HANOI, June 10 (VNA) - Lao President Somphone Keomany held talks with President Tran Quoc Hung "
               "at the Presidential Palace. Keomany invited Hung to visit Laos, and the Vietnamese leader "
               "accepted with pleasure.")
    assert _pair(rows, {"visit"}, ["Tran Quoc Hung"], ["Laos", "Lao"]), rows
