"""Where an event happens when its clause names no city the tagger labelled: a trip's destination tagged a noun or a
person, "will be in X to ...", datelines with full stops or a name's small link words, a dated dateline under a
byline line, a signing told a few sentences after the contact or during a visit (fresh invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, places_with, typed_rows

PUBLISHED = date(2071, 5, 7)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, place", [
    # the trip's destination, whatever the tagger took it for, is where the talks it is made for are held
    ("Gabon's President Ludovic Nzamba will travel to Windhoek next Tuesday for talks with his Namibian counterpart, "
     "Tuhafeni Shipanga, on fisheries, his office said on Wednesday.", ("Nzamba", "Shipanga"), "Windhoek"),
    ("Indonesian President Hendra Kusnadi will fly to Busan on May 20 for a summit with South Korean President Park "
     "Min-jae, the palace said.", ("Kusnadi", "Park"), "Busan"),
    # "will be in X to ...": where the one doing it will be
    ("The Ghanaian foreign minister will be in Mombasa on Friday to meet Kenya's trade minister, Wairimu Odhiambo.",
     ("Odhiambo",), "Mombasa"),
    # a dateline whose place ends in a full stop ("TASHKENT. May 6. UZA -"), the dateline's state receiving
    ("TASHKENT. May 6. UZA – Uzbekistan's Foreign Minister Bakhtiyor Saidov received Turkmenistan's Foreign Minister "
     "Rashid Meredov on Wednesday, the ministry's press service reports.", ("Saidov", "Meredov"), "Tashkent"),
    # a dateline with a name's link words, after a byline line that looks like a place-only dateline
    ("Paraguay, Brazil leaders inaugurate bridge\n\nReporting: Marta Benítez — Editing: Julio Acosta\n\n"
     "Ciudad del Este, May 6 – Paraguay's President Esteban Aquino received Brazil's President Marcos Teixeira on "
     "Wednesday to inaugurate the second bridge over the Paraná.", ("Aquino", "Teixeira"), "Ciudad del Este"),
    # a signing by the same two sides told a few sentences after their talks
    ("President Amara Sesay received Liberia's President Joseph Tubman at State House in Freetown on Wednesday. The "
     "two heads of state discussed the Mano River Union and cross-border trade. \"Our peoples share one forest,\" "
     "Sesay said. \"We must guard it together.\" The two presidents then signed a memorandum on forest patrols.",
     ("Sesay", "Tubman"), "Freetown"),
])
def test_the_place_the_text_gives_beside_the_clause(run, text, parts, place):
    assert place in places_with(run(text), *parts), event_rows(run(text))


def test_a_signing_on_a_visit_is_in_the_city_visited(run):
    text = ("Mongolian President Ganbold Erdene arrived in Astana on Wednesday on a state visit. Erdene and Kazakh "
            "President Nurlan Temirov signed a treaty on strategic partnership, the Akorda said.")
    rows = typed_rows(run(text), "signing")
    assert rows and all(r[3] == "Astana" for r in rows), event_rows(run(text))


def test_a_heading_that_names_no_place_is_no_place_for_here(run):
    text = ("Ministry Press Briefing – May 7, 2071\n\nMS. OKAFOR: Good afternoon. On Friday, the Deputy Secretary will "
            "host Senegal's Foreign Minister, Awa Ndiaye, here at the Ministry for the second Senegal-Canada "
            "High-Level Dialogue.")
    assert "Ministry Press Briefing" not in places_with(run(text), "Ndiaye"), event_rows(run(text))
