"""An article's second event between the same sides, lost before resolve: a held contact told before a semicolon and
the plan after it, a colleague named by nationality or a leader by the state's possessive who is called, a plan with
"the ministers" of both sides, an MoU that is no party; near-misses stay one or none: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, has_row

PUBLISHED = date(2091, 5, 10)  # a Thursday
M = {"meeting", "talks", "negotiation"}
SU = {"summit", "meeting"}
S = {"signing"}
C = {"call"}


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


CASES = [
    # a held contact, a semicolon, then the plan: each its own tense and day
    (("Kenya's president held talks with Tanzanian President Neema Mwakyusa on Tuesday; the two leaders will meet "
      "again in Arusha next month."),
     [(M, [["Kenya"], ["Mwakyusa"]], "held", "2091-05-08"), (M, [["Kenya"], ["Mwakyusa"]], "scheduled", "2091-06")]),
    (("Kenya's president held a telephone conversation with Tanzanian President Neema Mwakyusa on Tuesday; the two "
      "leaders will meet in Arusha next month."),
     [(C, [["Kenya"], ["Mwakyusa"]], "held", "2091-05-08")]),
    # a colleague named by nationality, a leader by the state's possessive: someone called
    ("Slovak Foreign Minister Juraj Hlavac called his Austrian colleague on Monday.",
     [(C, [["Hlavac"], ["Austria"]], "held", "2091-05-07")]),
    (("'We talk every week': Senegal's foreign minister\n\nAwa Ndiaye-Sall spoke to us in Dakar on Tuesday.\n\n"
      "Q: Have you spoken to Mali since the border incident?\n\nNDIAYE-SALL: I called my Malian colleague on Sunday, "
      "the same evening. We will meet in Bamako in June."),
     [(C, [["Ndiaye"], ["Mali"]], "held", "2091-05-06"), (M, [["Ndiaye"], ["Mali"]], "scheduled", "2091-06")]),
    ("Portuguese Prime Minister Rui Valadares will phone his Spanish colleague on Friday.",
     [(C, [["Valadares"], ["Spain"]], "scheduled", "2091-05-11")]),
    (("Colombian President Andres Villamizar called Ecuador's president on Wednesday, a week after the two men met "
      "on the border at Rumichaca."),
     [(C, [["Villamizar"], ["Ecuador"]], "held", "2091-05-09"), (M, [["Villamizar"], ["Ecuador"]], "held", "2091-05-02")]),
    ("Chile's foreign minister Paula Errazuriz will see Bolivia's president in Geneva on Friday.",
     [(M, [["Errazuriz"], ["Bolivia"]], "scheduled", "2091-05-11")]),
    # a plan with the ministers of both sides is no meeting with outsiders
    (("'Open doors': Indonesia's trade minister\n\nDewi Lestari spoke to us in Jakarta on Monday.\n\nQ: Have you "
      "met your Malaysian counterpart since the palm oil dispute?\n\nLESTARI: We met in Kuching last month. We will "
      "meet again in Jakarta in September for the annual 2+2 with the finance ministers."),
     [(M, [["Lestari"], ["Malaysia"]], "held", "2091-04"), (M, [["Lestari"], ["Malaysia"]], "scheduled", "2091-09")]),
]
NEAR_MISSES = [
    # (text, what must be there, what must not)
    ("Chile's foreign minister Paula Errazuriz called her cabinet colleagues on Thursday to discuss the budget.",
     [], [(C, [[""]])]),
    (("Brazilian President Lula Ferreira called Argentina's president a liar on Tuesday, a week after the two men met "
      "in Buenos Aires."),
     [(M, [["Ferreira"], ["Argentina"]], "held")], [(C, [[""]])]),
    (("Serbian President Milan Petrovic-Jovic and Hungarian Prime Minister Laszlo Szabo-Kertesz signed an energy "
      "agreement on Tuesday during talks in Belgrade."),
     [(S, [["Petrovic"], ["Szabo"]], "held", "2091-05-08")], [(M, [[""]])]),
    # the held talks take no place from the plan past the semicolon
    (("Kenya's president held talks with Tanzanian President Neema Mwakyusa on Tuesday; the two leaders will meet "
      "again in Arusha next month."),
     [], [(M, [["Kenya"], ["Mwakyusa"]], "held", None, "Arusha")]),
    # reporters met are outsiders still
    ("Chile's foreign minister Paula Errazuriz met with reporters in Lima on Monday.", [], [(M, [[""]])]),
]


@pytest.mark.parametrize("text, want", CASES)
def test_the_second_event_between_the_same_sides_is_found(run, text, want):
    rows = event_rows(run(text))
    assert all(has_row(rows, *w) for w in want), rows


@pytest.mark.parametrize("text, want, bad", NEAR_MISSES)
def test_no_second_event_where_there_is_none(run, text, want, bad):
    rows = event_rows(run(text))
    assert all(has_row(rows, *w) for w in want), rows
    assert not any(has_row(rows, *b) for b in bad), rows


def test_one_round_of_talks_told_twice_stays_one(run):
    rows = event_rows(run("The talks between Ethiopia and Sudan, which began in Khartoum on Monday, ended on Tuesday "
                          "without agreement."))
    assert len([r for r in rows if r[0] in M]) == 1, rows


def test_an_mou_is_no_party_to_its_signing(run):
    rows = event_rows(run("Following talks in Accra on Tuesday, the presidents of Ghana and Niger looked on as their "
                          "ministers signed an MoU on electricity trade."))
    assert has_row(rows, S, [["Ghana"], ["Niger"]]), rows
    assert not any("MoU" in n for r in rows for n in r[1]), rows
