"""A signing kept apart from the contact it is done at: a signing witnessed at a summit of two sides is signed by
them; a paper named by its label ("Annex C", "Protocol IV") is signed; with near-misses that must give no signing:
invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

SIGN = ("signing",)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


# A signing witnessed at a summit of two sides: signed by those sides, that day.
@pytest.mark.parametrize("text, parts, day", [
    ("HANOI - President Lena Varga-Kovacs wrapped up a three-day state visit to Vietnam on Friday after a summit "
     "with Prime Minister Tran Quoc Dinh, with whom she witnessed the signing of a maritime cooperation agreement.",
     [["Varga-Kovacs"], ["Tran Quoc Dinh"]], "2090-05-26"),
    ("President Amara Diallo-Sow held a summit with Senegalese President Ousmane Ndiaye-Fall in Dakar on Thursday. "
     "The pair later oversaw the signing of three memoranda on fisheries.",
     [["Diallo-Sow"], ["Ndiaye-Fall"]], "2090-05-25"),
    ("Live: 16:20 - Chancellor Anneliese Brandt-Oehler and Polish Prime Minister Tomasz Wierzbicki-Nowak have ended "
     "their summit in Frankfurt an der Oder on Sunday and looked on as officials exchanged four agreements.",
     [["Brandt-Oehler"], ["Wierzbicki-Nowak"]], "2090-05-28"),
])
def test_a_signing_at_a_two_sided_summit_is_signed_by_its_sides(run, text, parts, day):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, "held", day), rows
    assert has_row(rows, ("summit",), parts, "held", day), rows


# A paper named by its label, the kind word hung on the label.
@pytest.mark.parametrize("text, parts, status", [
    ("President Rodrigo Ferreira Lins will make a state visit to Uruguay next week, during which he and Uruguayan "
     "President Mateo Olivera Sosa are due to sign the revised Annex B of the Rio de la Plata treaty, the ministry "
     "announced.", [["Ferreira Lins"], ["Olivera Sosa"]], "scheduled"),
    ("The defence ministers of Estonia and Finland, Kaarel Tamm and Ville Kallio, signed Protocol IV of the "
     "Baltic air policing arrangement in Tallinn on Friday.", [["Tamm"], ["Kallio"]], "held"),
    ("Kenya's fisheries minister, Wanjiru Kamau-Otieno, and her Tanzanian counterpart, Baraka Mwinyi-Saidi, are "
     "expected to sign Annex 3 of the Lake Victoria fisheries convention in Mwanza on Tuesday.",
     [["Kamau-Otieno"], ["Mwinyi-Saidi"]], "scheduled"),
])
def test_a_labelled_paper_is_signed(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, status), rows


# Near-misses: no signing.
@pytest.mark.parametrize("text", [
    "The two presidents will meet in Lusaka on Tuesday to discuss the 2019 accord on the Kariba dam.",
    "Foreign Minister Noor Haziq will travel to Manila next week to sign up for the regional youth programme.",
    "President Olena Marchuk and Prime Minister Tomas Berzins met in Riga on Monday under the 2088 treaty.",
    "Both leaders signalled they would meet again in August to review Annex C.",
    "Ministers from Chad and Niger will meet in N'Djamena next month to review a draft accord.",
])
def test_no_signing(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "signing" for r in rows), rows


# A signing by one side told with a contact of the same status: the contact's other side signs too, be it a state
# only ("her Ivorian counterpart") or the host of the talks ("X hosted Y for talks").
@pytest.mark.parametrize("text, parts, status", [
    ("President Halima Osei-Bonsu will hold talks with her Ivorian counterpart in Abidjan on Tuesday and sign a cocoa "
     "pricing accord.", [["Osei-Bonsu"], ["Ivory Coast", "Côte"]], "scheduled"),
    ("Live | 09:10 - Foreign Minister Aiko Tanabe-Mori is due to hold talks with her Peruvian counterpart in Lima "
     "tomorrow and sign a memorandum on fisheries data.", [["Tanabe-Mori"], ["Peru"]], "scheduled"),
    ("MONROVIA, May 28 (Wire) - President Kofi Amankwah-Boateng hosted Liberian President Joseph Tubman-Kollie for "
     "talks in Accra on Tuesday, after which ministers signed four memoranda of understanding.",
     [["Amankwah-Boateng"], ["Tubman-Kollie"]], "held"),
    ("Uzbek President Rustam Karimov-Aliev hosted his Tajik counterpart Davron Saidov-Rahmon for talks at the "
     "Kuksaroy residence on Thursday, and the two leaders looked on as ministers signed an agreement on water "
     "sharing.", [["Karimov-Aliev"], ["Saidov-Rahmon"]], "held"),
    ("ULAANBAATAR, May 28 (Montsame) - Mongolia's president, Batbayar Ganzorig-Erdene, hosted Kyrgyz President Almaz "
     "Toktogulov-Sadyr for talks at the State Palace on Friday, and the two leaders watched as ministers signed a "
     "transit agreement.", [["Ganzorig-Erdene", "Mongolia"], ["Toktogulov-Sadyr", "Kyrgyz"]], "held"),
])
def test_a_one_sided_signing_takes_the_other_side_of_its_contact(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, status), rows


def test_a_signing_on_another_day_stays_apart_from_the_talks(run):
    rows = event_rows(run("President Halima Osei-Bonsu held talks with her Ivorian counterpart in Abidjan on Tuesday. "
                          "A week later, she signed a loan deal with a Chinese bank."))
    assert not any(r[0] == "signing" and any("Ivory" in n or "Côte" in n for n in r[1]) for r in rows), rows


# A partnership of states set down as a paper: "signed a strategic partnership" is a signing; a firm's partnership is
# not.
@pytest.mark.parametrize("text, parts, status", [
    ("HANOI, May 28 (VNA) - Vietnam and Indonesia signed a comprehensive strategic partnership in Hanoi on Friday.",
     [["Vietnam"], ["Indonesia"]], "held"),
    ("Chancellor Dieter Baumgart-Lenz spoke by phone with Portuguese Prime Minister Rui Alvarenga-Sousa on Sunday. "
     "The two leaders agreed to sign a renewed strategic partnership when Alvarenga-Sousa visits Berlin in July.",
     [["Baumgart-Lenz"], ["Alvarenga-Sousa"]], None),
])
def test_a_strategic_partnership_is_signed(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, SIGN, parts, status), rows


@pytest.mark.parametrize("text", [
    "The Nairobi start-up Kijani Data signed a partnership with a German software firm on Monday.",
    "Argentina and Chile have had a strategic partnership since 2084, the minister recalled.",
])
def test_no_signing_of_a_partnership(run, text):
    assert not any(r[0] == "signing" for r in event_rows(run(text))), event_rows(run(text))
