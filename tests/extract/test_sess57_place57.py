"""A page's masthead that names a capital, and no dateline: the capital's own paper or station tells its state's
contacts of about its day there, as a dateline does ("THE LILONGWE COURIER ... President X received Zambia's foreign
minister on Tuesday" -> Lilongwe); with the near-misses that keep their own place or none: a contact told abroad
("... met Togo's president in Lome"), a masthead naming no capital ("THE COASTAL HERALD"), a state's name
("THE MALTA LEDGER"), a headline in sentence case, and a contact far from the page's day; and contacts the text
places abroad, which the home capital never stands in for: a city named in the contact's sentence ("on the bridge
between Ciudad Juarez and El Paso"), another state's seat ("at the Japanese Prime Minister's Office"), a home
official of no state named while the home side is on a trip abroad. Texts and people invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2135, 3, 9)  # a Wednesday

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher=None)


def _place(rows, *parts):
    found = [r for r in rows if r[0] in MEET and all(any(p in n for n in r[1]) for p in parts)]
    assert found, rows
    return found[0][4]


@pytest.mark.parametrize("text, parts, place", [
    # southern Africa, a daily: the president receives a neighbour's minister at his office
    ("THE LILONGWE COURIER\nMalawi's independent voice\n\nHome | National | Politics | Business\n\nMalawi and Zambia "
     "agree to reopen border market\n\nBy Staff Reporter\n\nMalawi's President Chisomo Banda-Phiri on Tuesday held "
     "talks with Zambia's foreign minister, Mutale Kasonde-Mwape, on the reopening of the Mchinji border market.",
     ("Banda-Phiri", "Kasonde-Mwape"), "Lilongwe"),
    # Caribbean, a station with its frequency after a bar
    ("RADIO CORAL | 101.3 FM Nassau\n\nNews | Sport | Weather\n\nBahamas, Cuba talk fisheries\n\nThe Bahamas' "
     "foreign minister, Delano Pinder-Rolle, held talks with Cuba's deputy foreign minister on Monday on a fisheries "
     "patrol accord, the ministry said.", ("Pinder-Rolle", "Cuba"), "Nassau"),
    # central Europe, a station named for its city
    ("RADIO BRATISLAVA INTERNATIONAL\n\nNews | Politics | Culture\n\nSlovak and Hungarian ministers hold talks on "
     "bridge\n\nSlovakia's foreign minister, Zuzana Hrubanova-Kolar, held talks with Hungary's foreign minister "
     "on Tuesday on the rebuilding of the Danube bridge at Komarno.", ("Slovakia", "Hungary"), "Bratislava"),
    # South Asia, a morning paper
    ("THE THIMPHU MORNING STAR\n\nBhutan, Nepal discuss hydropower\n\nBhutan's foreign minister, Karma Dorji-Wangdi, "
     "held talks with Nepal's ambassador on Tuesday on hydropower trade.", ("Dorji-Wangdi", "Nepal"), "Thimphu"),
])
def test_a_capitals_masthead_places_its_states_contacts(run, text, parts, place):
    rows = event_rows(run(text))
    assert _place(rows, *parts) == place, rows


@pytest.mark.parametrize("text, parts, place", [
    # the contact is told abroad: its own city stands
    ("THE ACCRA CHRONICLE\n\nGhana and Togo talk border trade\n\nGhana's President Kwabena Asante-Mensah held talks "
     "with Togo's president in Lome on Tuesday on cross-border trade.", ("Asante-Mensah", "Togo"), "Lome"),
    # a masthead naming no capital
    ("THE COASTAL HERALD\n\nGhana and Togo talk border trade\n\nGhana's foreign minister, Efua Boateng-Ansah, held "
     "talks with Togo's foreign minister on Tuesday on cross-border trade.", ("Boateng-Ansah", "Togo"), None),
    # a headline in sentence case is no masthead
    ("Ghana and Togo talk border trade after Lome row\n\nGhana's foreign minister, Efua Boateng-Ansah, held talks with "
     "Togo's foreign minister on Tuesday on cross-border trade.", ("Boateng-Ansah", "Togo"), None),
])
def test_near_misses_keep_their_own_place(run, text, parts, place):
    rows = event_rows(run(text))
    assert _place(rows, *parts) == place, rows


def test_a_contact_far_from_the_pages_day_is_not_placed_there(run):
    text = ("THE LUSAKA OBSERVER\n\nLooking back\n\nZambia's foreign minister, Bwalya Chilufya-Mumba, held talks with "
            "Angola's foreign minister on 3 May 2131 on the Lobito corridor.")
    rows = event_rows(run(text))
    assert _place(rows, "Chilufya-Mumba", "Angola") is None, rows


@pytest.mark.parametrize("text, parts, place", [
    # a dateline set low on a page, under its menus, byline and share buttons; the office cut from its city
    ("THE HIGHLAND POST\nNews you can trust\nHome | News | Politics | Business | Sport\nWe use cookies. [Accept]\n\n"
     "POLITICS\n\nPM meets Kenyan envoy\n\nBy Staff Writer\nWednesday, 9 March 2135\nShare: Facebook | X | Email\n\n"
     "[Photo: the two at the office]\n\nKAMPALA - Uganda's Prime Minister Okello Ssebunya-Atim yesterday received "
     "Kenya's special envoy, Wairimu Njoroge-Kibet, at the Prime Minister's Office, where they discussed the "
     "pipeline.", ("Ssebunya-Atim", "Njoroge-Kibet"), "Kampala"),
    # a capital's paper: its unnamed-state prime minister received a guest yesterday at his office
    ("THE APIA SENTINEL\nSamoa's daily\n\nPM receives Tongan minister\n\nPrime Minister Tavita Leauanae-Fuimaono "
     "yesterday received Tonga's foreign minister, Sione Havili-Tau, at the Prime Minister's Office to discuss "
     "fisheries.", ("Leauanae-Fuimaono", "Havili-Tau"), "Apia"),
])
def test_a_pages_low_dateline_and_its_bare_office(run, text, parts, place):
    rows = event_rows(run(text))
    assert _place(rows, *parts) == place, rows


@pytest.mark.parametrize("text, parts, home", [
    # a home official of no state named, told meeting a neighbour's minister on a bridge between two border cities
    ("MEXICO CITY, March 9 - Foreign Minister Ximena Arriaga-Solis met the United States' deputy secretary of state, "
     "Dale Whitcombe-Rourke, yesterday on the international bridge between Ciudad Juarez and El Paso to discuss "
     "cargo crossings.", ("Arriaga-Solis", "Whitcombe-Rourke"), "Mexico City"),
    # the office is another state's: "the Japanese Prime Minister's Office", the home paper's minister its guest
    ("MANILA - Foreign Secretary Teodoro Villacastin-Ramos yesterday held talks with Japan's foreign minister, "
     "Haruki Nishimoto-Aso, at the Japanese Prime Minister's Office.", ("Villacastin-Ramos", "Nishimoto-Aso"),
     "Manila"),
    # the home side is on a trip abroad those days: the signing by its unnamed-state minister is not at home
    ("NAIROBI, March 9 - President Wanjiru Otieno-Kamau wrapped up a three-day state visit to India on Wednesday. "
     "On Tuesday, Defence Secretary Kiprono Langat-Mwangi and India's defence minister, Arjun Mehra-Pillai, signed "
     "a maritime security agreement.", ("Langat-Mwangi", "Mehra-Pillai"), "Nairobi"),
    # a capital's masthead, its minister told in another city that names the contact's place
    ("THE LILONGWE COURIER\n\nMalawi and Zambia talk trade\n\nForeign Minister Chikondi Mbewe-Tembo yesterday met "
     "Zambia's trade minister, Mwila Chanda-Bwalya, in Lusaka to discuss the border market.",
     ("Mbewe-Tembo", "Chanda-Bwalya"), "Lilongwe"),
    # a capital's masthead, its prime minister of no state named received at another state's seat
    ("THE APIA SENTINEL\nSamoa's daily\n\nPM in Suva talks\n\nPrime Minister Tavita Leauanae-Fuimaono yesterday held "
     "talks with Fiji's prime minister, Ratu Josaia Vunibola-Naivalu, at the Fijian Prime Minister's Office.",
     ("Leauanae-Fuimaono", "Vunibola-Naivalu"), "Apia"),
])
def test_a_contact_told_abroad_is_not_at_home(run, text, parts, home):
    rows = event_rows(run(text))
    found = [r for r in rows if r[0] != "visit" and all(any(p in n for n in r[1]) for p in parts)]
    assert found and all(r[4] != home for r in found), rows
