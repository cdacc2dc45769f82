"""Press-release and state-media shapes: signers named by long formal titles (passive, listed, misparsed), "the
foreign ministers of A, X, and of B, Y", a dual office, a foreign secretary among "the ministers", a partner hung
deep in the thing signed, a state's formal name as a trip's end: rules from held-out classes, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from harness import event_rows as rows

PUBLISHED = date(2029, 5, 13)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short release under a one-line headline."""
    from diplograph.extract import extract_one

    def go(text: str, published: date = PUBLISHED):
        text = "Press release\n\n" + text
        doc = Document(id="sess39", text=text, published=published, title="Press release")
        return extract_one(nlp(text), doc)

    return go


def _with(found, kind: str, *names: str) -> list:
    return [r for r in found if r[0] == kind and all(any(n in p for p in r[1]) for n in names)]


@pytest.mark.parametrize("text, names", [
    ("Accra, 13 May 2029 – An agreement on visa waivers was signed yesterday in Accra by the Minister for Foreign "
     "Affairs and Regional Integration, Kojo Mensah-Bonsu, and the Minister of Foreign Affairs of the Republic of "
     "Côte d'Ivoire, Aminata Kouassi-Traoré.", ("Mensah-Bonsu", "Kouassi-Traoré")),
    ("Yaoundé, 13 May 2029 - A protocol on cross-border trade was signed on Friday in Yaoundé by the Minister of "
     "External Relations and Cooperation, Paul Ngono, and the Minister of Foreign Affairs of the Republic of Chad, "
     "Mahamat Abakar.", ("Ngono", "Abakar")),
])
def test_passive_signing_by_long_titled_signers(run, text, names):
    found = _with(rows(run(text)), "signing", *names)
    assert found and found[0][2] == "held", rows(run(text))


@pytest.mark.parametrize("text, names, kind", [
    ("Nairobi, 13 May 2029 - The foreign ministers of Ethiopia, Selam Bekele, and of Somalia, Abdirahman Warsame, "
     "held a trilateral meeting in Nairobi on Friday under the mediation of President Wanjiru Kamau.",
     ("Bekele", "Warsame"), "meeting"),
    ("The presidents of Ghana, Kofi Boateng, and of Togo, Edem Amegan, will sign the border accord in Lomé next week.",
     ("Boateng", "Amegan"), "signing"),
])
def test_plural_office_with_its_holders_in_apposition(run, text, names, kind):
    assert _with(rows(run(text)), kind, *names), rows(run(text))


@pytest.mark.parametrize("text, names", [
    ("The Deputy Prime Minister and Minister of Foreign Affairs, Somchai Rattanakul, today received the Foreign "
     "Minister of Cambodia, Sok Vannarith, at the Saranrom Palace. The ministers signed a memorandum on labour "
     "cooperation.", ("Rattanakul", "Vannarith")),
    ("Today, the Honourable Hemi Walker-Tane, Minister of Foreign Affairs, met with Mexico's Secretary of Foreign "
     "Affairs, Rodrigo Bravo Sotomayor, in Wellington. The ministers signed an arrangement on seasonal workers.",
     ("Walker-Tane", "Bravo Sotomayor")),
    ("Foreign Secretary James Whitcombe hosted Kenya's Cabinet Secretary for Foreign Affairs, Amina Odhiambo, in "
     "London on Friday. The ministers signed a partnership declaration.", ("Whitcombe", "Odhiambo")),
])
def test_the_ministers_sign_after_a_meeting_of_differently_titled_ministers(run, text, names):
    assert _with(rows(run(text)), "signing", *names), rows(run(text))


def test_a_permanent_secretary_is_no_minister():
    from diplograph.extract.events.participants import _holds

    assert _holds("Secretary of Foreign Affairs", "minister")
    assert not _holds("Permanent Secretary of Foreign Affairs", "minister")
    assert not _holds("Secretary-General", "minister")


def test_a_dual_office_is_kept_whole_in_the_role(run):
    ex = run("The Deputy Prime Minister and Minister of Foreign Affairs, Somchai Rattanakul, today received the "
             "Foreign Minister of Cambodia, Sok Vannarith.")
    titles = {r.title for a in ex.actors if a.name == "Somchai Rattanakul" for r in a.roles}
    assert "Deputy Prime Minister and Minister of Foreign Affairs" in titles, titles


@pytest.mark.parametrize("text, names", [
    ("Foreign Minister Elena Castillo today signed a memorandum of understanding with her Haitian counterpart, "
     "Jean-Robert Pierre.", ("Castillo", "Pierre")),
    ("Foreign Minister Elena Castillo on Friday signed a memorandum of understanding on border trade with Haiti.",
     ("Castillo", "Haiti")),
])
def test_a_signing_partner_hung_inside_the_paper(run, text, names):
    assert _with(rows(run(text)), "signing", *names), rows(run(text))


def test_a_ministry_signing_with_universities_is_no_diplomatic_signing(run):
    text = "The ministry signed a memorandum on cooperation with local universities."
    assert not [r for r in rows(run(text)) if r[0] == "signing"], rows(run(text))


def test_signers_listed_before_a_verb_the_parser_hung_on_the_last_name(run):
    text = ("Lima, 13 May 2029. The Minister of Foreign Affairs of Chile, Francisca Undurraga Errázuriz, and the "
            "Minister of Foreign Relations of Peru, César Augusto Quispe Huamán, today signed in Lima the Agreement "
            "on Integrated Border Control.")
    found = _with(rows(run(text)), "signing", "Undurraga", "Quispe")
    assert found and found[0][2] == "held" and found[0][3] == "2029-05-13", rows(run(text))


@pytest.mark.parametrize("text, state", [
    ("PUTRAJAYA, 13 May (Bernama) -- Foreign Minister Hafiz Ismail will undertake an official visit to Brunei "
     "Darussalam from 20 to 22 May.", "Brunei"),
])
def test_a_formal_state_name_tagged_as_a_person_ends_a_trip(run, text, state):
    found = [r for r in rows(run(text)) if r[0] == "visit" and state in r[1]]
    assert found and found[0][2] == "scheduled", rows(run(text))


def test_a_person_named_like_a_state_is_still_no_destination(run):
    text = "Foreign Minister Hafiz Ismail will pay a visit to Jordan Peterson next week."
    assert not [r for r in rows(run(text)) if r[0] == "visit" and "Jordan" in r[1]], rows(run(text))


@pytest.mark.parametrize("text", [
    "Foreign Minister Lars Holmgren goes to Tallinn on Wednesday, where he and Estonia's foreign minister Kadri Tamm "
    "will discuss energy links.",
    "Foreign Minister Lars Holmgren will travel to Tallinn on Wednesday, where he and Estonian Foreign Minister Kadri "
    "Tamm will discuss energy links.",
])
def test_two_sides_who_will_discuss_a_topic_hold_talks(run, text):
    found = _with(rows(run(text)), "talks", "Holmgren", "Tamm")
    assert found and found[0][2] == "scheduled", rows(run(text))


@pytest.mark.parametrize("text", [
    "The president and his ministers will discuss the budget on Monday.",
    "Lars Holmgren and Kadri Tamm discussed energy links.",  # a past retelling: the meeting is told elsewhere
    "A spokesman said Lars Holmgren and Kadri Tamm will discuss energy links.",  # the meeting said beside it
    "Minister Kadri Tamm will host Minister Holmgren to lunch on 9 December. Ms Tamm and Minister Holmgren will "
    "discuss energy links.",  # the lunch's topic, not talks of their own
])
def test_no_talks_from_a_cabinet_or_a_past_discussion(run, text):
    assert not [r for r in rows(run(text)) if r[0] == "talks"], rows(run(text))
