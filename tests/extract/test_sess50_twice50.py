"""A signing told after (or during) a contact, in the words pages use for it: "signed a joint statement", "signed the
2091-2095 cooperation plan", "looked on as officials exchanged / swapped four MoUs", and a
signing whose "after the talks" points at the talks told again without their sides; sentences and pages written for
the session (several regions, outlets, tenses and voices), with near-misses that must give no signing."""

from __future__ import annotations

import pytest

from harness import has_row, rows_of_day


@pytest.fixture(scope="module")
def run(nlp):
    day = rows_of_day(nlp)
    return lambda text, published="2090-05-28": day(text, published)


def _signings(rows):
    return [r for r in rows if r[0] == "signing"]


# A signing of a paper the sides draw up together, told after their contact: signed by the contact's sides.
@pytest.mark.parametrize("text, parts, status", [
    ("President Ana Ruiz of Chile held talks with President Luis Mora of Peru in Lima on Monday. After the talks, "
     "the two presidents signed a joint action plan on border security.", (["Ruiz"], ["Mora"]), "held"),
    ("President Ana Ruiz of Chile held talks with President Luis Mora of Peru in Lima on Monday. The two leaders then "
     "signed a joint statement on climate.", (["Ruiz"], ["Mora"]), "held"),
    ("Kenyan President David Otieno met Ugandan President Grace Nakato in Kampala on Tuesday. The two presidents later "
     "looked on as ministers exchanged five MoUs on transport.", (["Otieno"], ["Nakato"]), "held"),
    ("Egyptian President Karim Nasser received Jordanian King Faisal bin Talal in Cairo on Sunday. Officials from both "
     "sides swapped three agreements in the presence of the two leaders.", (["Nasser"], ["Faisal"]), "held"),
    ("Thai Prime Minister Somsak Chaiyo held talks with Lao Prime Minister Bounmy Keola in Bangkok on Monday. The two "
     "premiers then inked a cooperation plan for 2091 to 2095.", (["Chaiyo"], ["Keola"]), "held"),
    ("The foreign ministers of Norway and Iceland, Kari Dahl and Jon Einarsson, met in Oslo on Friday and signed "
     "seven agreements on fisheries and research.", (["Norway", "Dahl"], ["Iceland", "Einarsson"]), "held"),
    ("Mongolian Prime Minister Batbold Erdene will hold talks with Kazakh Prime Minister Arman Seitov in Astana "
     "tomorrow, after which the two are expected to sign a joint statement on transit.",
     (["Erdene"], ["Seitov"]), "scheduled"),
    ("Vietnamese Foreign Minister Le Van Hoa and his Cambodian counterpart Sok Dara signed the Mekong Action Plan in "
     "Phnom Penh on Thursday.", (["Hoa"], ["Dara"]), "held"),
    ("Georgian President Nino Beridze held talks with Armenian President Aram Hakobyan in Tbilisi on Friday. "
     "Following the talks, the Heads of State signed a Joint Statement on transit.", (["Beridze"], ["Hakobyan"]),
     "held"),
])
def test_a_paper_signed_at_a_contact_is_a_signing(run, text, parts, status):
    rows = run(text)
    assert has_row(rows, ("signing",), parts, status=status), rows


PAGES = {
    # a state-media page: headline, lead, talks, signing after them, next session agreed, furniture
    "state_media": ("""ANDEAN PRESS AGENCY
Home | Politics | Economy | World | Sport
This site uses cookies. [Accept]

Bolivian, Paraguayan presidents hold talks, sign river navigation plan

La Paz, 15 March 2090 (APA) - President Mario Quispe held talks at the Casa Grande del Pueblo on Wednesday with President Elena Benitez of Paraguay, who is on a two-day state visit to Bolivia.

Talks in a restricted format were followed by a plenary session with both delegations.

After the talks, the two presidents signed the 2090-2094 river navigation plan and witnessed the signing of six agreements on energy, customs and higher education.

The two sides agreed that the Bolivia-Paraguay Joint Commission would hold its next session in Asuncion in October.

RELATED
- Bolivia hosts regional chess championship
(c) APA 2090""", "2090-03-15", [
        (("signing",), (["Quispe", "Bolivia"], ["Benitez", "Paraguay"]), "held", "2090-03-15"),
        (("talks", "meeting"), (["Quispe", "Bolivia"], ["Benitez", "Paraguay"]), "held", "2090-03-15"),
    ]),
    # a press release: one meeting, then officials exchanging papers, a later call
    "press_release": ("""Ministry of Foreign Affairs of the Republic of Ghana
PRESS RELEASE

Foreign Minister receives Togolese counterpart

Accra, 9 June 2090 - The Minister for Foreign Affairs, Hon. Kwame Asare, today received his Togolese counterpart, Hon. Yawa Dossou, at the Ministry.

The two Ministers reviewed cooperation on border security and the Abidjan-Lagos corridor. Following the meeting, the two Ministers looked on as senior officials exchanged three memoranda of understanding on consular matters, cross-border trade and youth exchanges.

Hon. Asare also spoke by telephone with the Foreign Minister of Benin, Mr Paul Houngbo, on Monday.

-END-""", "2090-06-09", [
        (("signing",), (["Asare"], ["Dossou"]), "held", "2090-06-09"),
        (("meeting",), (["Asare"], ["Dossou", "Togo"]), "held", "2090-06-09"),
    ]),
    # a newspaper page in Europe: talks, a joint statement signed, a summit planned
    "newspaper": ("""THE BALTIC HERALD
Opinion | World | Business | Culture

Estonian and Finnish leaders sign joint statement on undersea cables

By Staff Reporter | 22 April 2090

TALLINN - Estonian Prime Minister Maarja Tamm and Finnish Prime Minister Eero Laine met in Tallinn on Monday to discuss the protection of undersea cables in the Gulf of Finland.

After their meeting, the two prime ministers signed a joint statement committing both governments to shared patrols. They also agreed to hold a trilateral summit with Latvia later this year.

Most read
1. Ferry strike ends""", "2090-04-22", [
        (("signing",), (["Tamm", "Estonia"], ["Laine", "Finland"]), "held", "2090-04-1"),
        (("meeting", "talks"), (["Tamm"], ["Laine"]), "held", "2090-04-1"),
    ]),
    # an Asian wire page: MoUs exchanged in the leaders' presence
    "wire": ("""NEW DELHI, Aug 3 (Newswire) - Indian Prime Minister Rohan Mehta held talks with Nepali Prime Minister Sita Koirala in New Delhi on Thursday, the first day of her three-day visit.

After the talks, the two prime ministers witnessed the exchange of eight MoUs covering hydropower, railways and cross-border payments.

Koirala will travel to Varanasi on Sunday before returning to Kathmandu.""", "2090-08-03", [
        (("signing",), (["Mehta"], ["Koirala"]), "held", "2090-08-03"),
        (("talks",), (["Mehta"], ["Koirala"]), "held", "2090-08-03"),
    ]),
    # an Oceania broadcast page: signing told in headline, lead and later again: one signing
    "broadcast_retold": ("""PACIFIC RADIO NEWS
Listen live | News | Sport

Fiji and Tonga sign maritime boundary treaty

Fijian Prime Minister Josefa Rabuka and Tongan Prime Minister Siosaia Lavaka signed a maritime boundary treaty in Suva on Friday.

The treaty, signed after two hours of talks at the State House, ends a dispute of several decades.

Lavaka said the signing opened "a new chapter" for the two countries.""", "2090-07-14", [
        (("signing",), (["Rabuka"], ["Lavaka"]), "held", "2090-07-1"),
    ]),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_give_the_signing_and_the_contact(run, name):
    text, published, wanted = PAGES[name]
    rows = run(text, published)
    for kinds, parts, status, day in wanted:
        assert has_row(rows, kinds, parts, status=status, day=day), (kinds, parts, rows)


def test_a_signing_retold_three_times_is_one_record(run):
    text, published, _ = PAGES["broadcast_retold"]
    assert len(_signings(run(text, published))) == 1


# Near-misses: no signing (a statement or plan of one side, a plan signed off, places swapped, a firms' deal).
@pytest.mark.parametrize("text", [
    "The Brazilian foreign minister signed a statement of condolence at the Chilean embassy in Brasilia on Monday.",
    "Kenya's finance minister signed off on the plan for a new port in Lamu on Tuesday.",
    "The two strikers swapped places in the second half as Ghana beat Togo 2-1 in Accra on Sunday.",
    "Equity Bank and Stanbic Bank signed a joint statement on mobile payments in Nairobi on Friday.",
    "Toyota and Honda signed a joint statement on batteries in Tokyo on Friday.",
    "Lao Prime Minister Bounmy Keola signed the national budget plan into law in Vientiane on Monday.",
    "Delegates at the Geneva conference swapped business cards and stories over dinner on Friday.",
])
def test_near_misses_give_no_signing(run, text):
    assert not _signings(run(text)), run(text)


def test_neither_signing_is_no_signing(run):
    rows = run("Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Mammadov held talks in Geneva "
               "on Saturday, but neither signed the document their aides had drafted.")
    assert not _signings(rows), rows


@pytest.mark.parametrize("text, published", [
    ("Uzbek President Jasur Karimov and Tajik President Sherali Nazarov met in Dushanbe on Tuesday and signed a "
     "roadmap for 2091-2095 on water sharing.", "2090-05-24"),
    ("The Australian and Indonesian foreign ministers held talks in Canberra on Monday. After the talks, the two "
     "ministers signed a joint statement on maritime cooperation for 2091 to 2094.", "2090-05-23"),
])
def test_the_years_a_paper_covers_do_not_date_its_signing(run, text, published):
    rows = _signings(run(text, published))
    assert rows and all(r[2] == "held" and (r[3] or "").startswith("2090-05") for r in rows), rows


@pytest.mark.parametrize("text, published", [
    ("Malawian President Chikondi Phiri hosted Zambian President Mwila Banda at Kamuzu Palace on Wednesday. The two "
     "leaders then witnessed the signing of five agreements on rail and energy. The agreements were signed by Foreign "
     "Minister Thoko Mvula and her Zambian counterpart, Chanda Zulu.", "2090-05-26"),
    ("PRESIDENTIAL PRESS SERVICE\n\nMirzoev, Nurlanov hold talks in Dushanbe, sign transit deal\n\nDushanbe, 25 May "
     "2090 - President Rustam Mirzoev held talks with President Daniyar Nurlanov of Kazakhstan at the Palace of "
     "Nations on Thursday.\n\nFollowing the talks, the parties signed nine documents, including an agreement on "
     "transit.\n\nShare: Facebook | X", "2090-05-25"),
])
def test_a_signing_told_again_by_its_papers_is_one_record(run, text, published):
    rows = _signings(run(text, published))
    assert len(rows) == 1 and rows[0][2] == "held", rows


@pytest.mark.parametrize("text, published", [
    ("Qatari Emir Hamad bin Khalid received Omani Deputy Prime Minister Fahd bin Mahmoud at the Amiri Diwan in Doha "
     "on Sunday. Following the meeting, the Emir and Sayyid Fahd watched officials sign three memoranda on shipping.",
     "2090-05-28"),
    ("LIVE: Nepal's prime minister in Dhaka\n\n4:45 pm: Prime Minister Bina Thapa and Bangladesh PM Rashed Karim "
     "witness exchange of MoUs on power trade.\n\n3:10 pm: Prime Minister Bina Thapa and Bangladesh PM Rashed Karim "
     "held a one-on-one meeting at the Prime Minister's Office.", "2090-05-24"),
])
def test_a_signing_the_sides_look_on_at_is_held_with_their_contact(run, text, published):
    rows = _signings(run(text, published))
    assert rows and all(r[2] == "held" for r in rows), rows
