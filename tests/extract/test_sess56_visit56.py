"""A signing and the meeting at which it took place stay two events when the text tells both: a release's
capitalised plural title ("the Ministers", "the Presidents", "the Prime Ministers") after two office-holders signed
names those two, so "their meeting" the sentence tells is theirs. With the near-misses that must stay one event or
grow nothing: the same signing told twice, a body's "Ministers of the Council", a bare trip with no talks. Invented
people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides", [
    # West Africa, press release: "the Presidents"
    ("Accra, 27 May 2090. The President of Ghana, Kwabena Asiedu Mensah, and the President of Togo, Komla Agbeko "
     "Dzidzienyo, today signed in Accra a protocol on cross-border trade. At their meeting at Jubilee House, the "
     "Presidents also agreed to convene a joint commission in Lome in September.", ["Mensah", "Dzidzienyo"]),
    # South-East Asia, state media: "the Prime Ministers"
    ("Hanoi, 27 May 2090. The Prime Minister of Viet Nam, Pham Duc Thinh, and the Prime Minister of Laos, Khamphoui "
     "Sisouk, today signed in Hanoi an agreement on hydropower exports. During their talks at the Government Office, "
     "the Prime Ministers also discussed the railway link.", ["Thinh", "Sisouk"]),
    # South America, ministry communique: "the Ministers"
    ("Lima, 27 May 2090. The Minister of Foreign Affairs of Chile, Rosario Valdivieso Ortuzar, and the Minister of "
     "Foreign Relations of Peru, Gonzalo Ancajima Tello, today signed in Lima an agreement on fisheries. In their "
     "meeting, held at the Torre Tagle Palace, the Ministers also agreed to convene a joint commission in Santiago in "
     "November.", ["Ortuzar", "Tello"]),
    # East Africa, wire release: "the Foreign Ministers"
    ("Nairobi, 27 May 2090. Kenyan Foreign Minister Wanjiru Kamau Njoroge and Tanzanian Foreign Minister Baraka "
     "Mwinyi Salum today signed in Nairobi a memorandum on lake transport. In their meeting, the Foreign Ministers "
     "also reviewed preparations for the border commission.", ["Njoroge", "Salum"]),
])
def test_signing_and_their_meeting_are_two(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[s] for s in sides], "held"), rows
    assert has_row(rows, MEET, [[s] for s in sides], "held"), rows


@pytest.mark.parametrize("text", [
    # the same signing told twice: one record, and no meeting grows from "the Ministers" as agents
    "Lima, 27 May 2090. The Minister of Foreign Affairs of Chile, Rosario Valdivieso Ortuzar, and the Minister of "
    "Foreign Relations of Peru, Gonzalo Ancajima Tello, today signed in Lima an agreement on fisheries. The agreement "
    "was signed by the Ministers at the Torre Tagle Palace.",
    "Accra, 27 May 2090. The President of Ghana, Kwabena Asiedu Mensah, and the President of Togo, Komla Agbeko "
    "Dzidzienyo, today signed in Accra a protocol on cross-border trade. The protocol was later signed by the "
    "Presidents in the presence of the press.",
])
def test_one_signing_told_twice_stays_one(run, text):
    rows = event_rows(run(text))
    assert sum(r[0] == "signing" for r in rows) == 1, rows
    assert not any(r[0] in MEET for r in rows), rows


def test_a_bodys_ministers_are_not_the_signers(run):
    rows = event_rows(run(
        "Tallinn, 27 May 2090. The Minister of Foreign Affairs of Estonia, Kaarel Lepikson, signed a memorandum with "
        "the Nordic Investment Bank today. In their meeting, the Ministers of the Council also reviewed the budget."))
    assert not has_row(rows, MEET, [["Lepikson"], ["Nordic"]]), rows


def test_a_bare_trip_grows_no_talks(run):
    rows = event_rows(run("RIGA, May 27 (Wire) - Estonian Prime Minister Kaarel Lepikson visited Riga on Friday."))
    assert has_row(rows, ("visit",), [["Lepikson"], ["Latvia"]], "held"), rows
    assert not any(r[0] in MEET for r in rows), rows


@pytest.mark.parametrize("text, sides", [
    # Caribbean wire: a plan dated ahead told first, the reception and its signing after
    ("KINGSTON, May 27 (Wire) - Foreign Minister Delroy Ashworth-Blake will lead Jamaica's delegation to the CARICOM "
     "ministerial meeting in Georgetown next Tuesday. He is expected to hold several bilateral meetings on the "
     "sidelines, including with the Foreign Minister of Barbados.\n\nEarlier this week, Ashworth-Blake received Ines "
     "Montalvo Rivas, Foreign Minister of the Dominican Republic, in Kingston, where they signed an MoU on consular "
     "cooperation.", ["Ashworth", "Montalvo"]),
    # South-East Asian state media, one paragraph
    ("JAKARTA, May 27 (Antara) - Foreign Minister Ratna Wulandari Sasmita will attend the ASEAN ministerial retreat in "
     "Vientiane next Tuesday. Earlier this week, Sasmita received Tomas Albrecht Lindqvist, the Foreign Minister of "
     "Sweden, in Jakarta, where they signed a memorandum on maritime research.", ["Sasmita", "Lindqvist"]),
])
def test_signing_at_a_reception_takes_no_day_from_a_plan(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held"), rows
    assert has_row(rows, ("signing",), [[s] for s in sides], "held"), rows


def test_signing_after_a_dated_meeting_keeps_its_day(run):
    rows = event_rows(run(
        "OSLO, May 27 (Wire) - Norwegian Foreign Minister Sigrid Hovland Dahle and Icelandic Foreign Minister Einar "
        "Thorvaldsson Bjarki met in Oslo on Friday. Afterwards they signed an agreement on fisheries."))
    assert has_row(rows, ("signing",), [["Dahle"], ["Bjarki"]], "held", day="2090-05-26"), rows


@pytest.mark.parametrize("text, guest, host, state", [
    # Pacific wire: a trip and the forum co-chaired on it, the partner hung on the forum's name
    ("CANBERRA, May 27 (Wire) - Australian Foreign Minister Harriet Lomax-Quill will travel to Port Moresby on "
     "Monday, where on Tuesday she will co-chair the 12th Australia-Papua New Guinea Ministerial Forum with PNG's "
     "Foreign Minister Tobias Kerewa Nalu.", "Lomax", "Nalu", "Papua New Guinea"),
    ("SUVA, May 27 (Wire) - Fiji's Foreign Minister Ratu Semesa Vakaloloma will fly to Wellington on Monday, where on "
     "Tuesday he will co-chair the ninth Fiji-New Zealand Ministerial Forum with New Zealand Foreign Minister Caroline "
     "Ashby-Thorne.", "Vakaloloma", "Ashby", "New Zealand"),
])
def test_trip_and_the_forum_co_chaired_on_it_are_two(run, text, guest, host, state):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[guest], [state]], "scheduled"), rows
    assert has_row(rows, MEET, [[guest], [host]], "scheduled"), rows


def test_a_forum_co_chaired_with_no_partner_is_no_meeting_of_two(run):
    rows = event_rows(run("NAIROBI, May 27 (Wire) - Kenya's Foreign Minister Wanjiru Kamau Njoroge will co-chair the "
                          "Great Lakes Forum in Kigali on Tuesday."))
    assert not any(r[0] in MEET and len(r[1]) >= 2 and any("Njoroge" in n for n in r[1]) for r in rows), rows
