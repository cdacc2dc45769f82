"""Two events of the same sides told in one text stay two: a meeting held and the sides' promise to "see each other
again" (a reciprocal object is no outsider met); a third party's offer to host or bring together "the two ministers"
of a contact told before (the offering state is no side of the pair); "will instead see President X in Y in
February" after a cancelled summit (the place and day the parser hung on the name); "the two delegations" of a
contact that had go-betweens ("with A and B as guarantors", "under C auspices") are its sides, not the go-betweens.
With the near-misses: "see each other as rivals" is no meeting, one contact told once stays one record. Invented
sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, held_place, plan", [
    # broadcast, Andes: leaders met, "see each other again"
    ("President Tomas Elvira Quiroga is back in Lima after meeting Bolivia's president, Rosa Mendez Arce, in "
     "Desaguadero on Saturday, where the two discussed smuggling and agreed to see each other again in La Paz in "
     "December.", ["Elvira", "Mendez"], "Desaguadero", ("agreed", "2090-12", "La Paz")),
    # wire, West Africa: states held talks, "see each other again"
    ("ACCRA, May 27 (Wire) - Ghana and Togo held border talks in Accra on Saturday and agreed to see each other "
     "again in Lome in August.", ["Ghana", "Togo"], "Accra", ("agreed", "2090-08", "Lome")),
    # newspaper, Central Asia: "will see one another in X next month"
    ("The presidents of Kazakhstan and Kyrgyzstan met in Almaty on Friday. They will see one another in Bishkek "
     "next month.", ["Kazakhstan", "Kyrgyzstan"], "Almaty", ("scheduled", "2090-06", "Bishkek")),
])
def test_seeing_each_other_again_is_a_further_meeting(run, text, sides, held_place, plan):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "held", place=held_place), rows
    assert has_row(rows, MEET, [[s] for s in sides], plan[0], day=plan[1], place=plan[2]), rows


def test_seeing_each_other_as_rivals_is_no_meeting(run):
    rows = event_rows(run("Ghana and Togo see each other as rivals in the cocoa trade, analysts say."))
    assert not rows, rows


@pytest.mark.parametrize("text, sides, host", [
    # opinion, South America: the states' talks, a third state's offer to host "the two foreign ministers"
    ("The last round of Chile-Argentina talks, in Santiago in May, ended within the hour. Brazil has since offered "
     "to host the two foreign ministers in Brasilia.", ["Chile", "Argentina"], "Brazil"),
    # opinion, Horn of Africa: "the two ministers" after a meeting that never took place
    ("The meeting between Kenya's and Somalia's defence ministers in Nairobi never took place. Ethiopia has since "
     "offered to host the two ministers instead.", ["Kenya", "Somalia"], "Ethiopia"),
    # wire, Gulf: "the two countries' foreign ministers"
    ("DOHA, May 27 (Wire) - Kuwait and Bahrain held maritime talks in Doha on Saturday. Qatar said it was prepared "
     "to host the two countries' foreign ministers as well.", ["Kuwait", "Bahrain"], None),
])
def test_offer_to_host_the_two_ministers_is_its_own(run, text, sides, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "proposed"), rows
    assert has_row(rows, MEET, [[s] for s in sides], "held") or has_row(rows, MEET, [[s] for s in sides], None), rows


def test_bringing_the_two_ministers_together(run):
    rows = event_rows(run("Armenia and Azerbaijan held border talks in Tbilisi on Saturday. The European Union now "
                          "wants to bring the two foreign ministers together in Brussels before the year is out."))
    assert has_row(rows, MEET, [["Armenia"], ["Azerbaijan"]], "held", place="Tbilisi"), rows
    assert has_row(rows, MEET, [["Armenia"], ["Azerbaijan"]], "proposed", place="Brussels"), rows


def test_instead_see_after_a_cancelled_summit(run):
    rows = event_rows(run("OTTAWA - The Canada-Mexico summit that was to be held in Toronto on June 12 has been "
                          "called off, the Prime Minister's Office said. Prime Minister Jane Oduya-Fraser will instead "
                          "see Mexican President Luis Arbelaez Mora in Mexico City in September, an official said."))
    assert has_row(rows, MEET, [["Canada"], ["Mexico"]], "cancelled", place="Toronto"), rows
    assert has_row(rows, MEET, [["Oduya"], ["Arbelaez"]], place="Mexico City"), rows


@pytest.mark.parametrize("text, sides, go_betweens", [
    # wire, South America: guarantors named after the talks
    ("BOGOTA, May 27 (Wire) - Colombia's government and the ELN rebel group resumed peace talks in Havana on "
     "Monday, with Norway and Cuba as guarantors, the chief negotiator said. The two delegations agreed to hold the "
     "following round in Oslo in July.", ["Colombia", "ELN"], ["Norway", "Cuba"]),
    # wire, Sahel: a mediator
    ("NIAMEY, May 27 (Wire) - Niger and Benin resumed border talks in Niamey on Tuesday, with Togo as mediator, "
     "officials said. The two delegations agreed to meet again in Cotonou in July.", ["Niger", "Benin"], ["Togo"]),
    # wire, Gulf: auspices, and the host's ministry telling the news
    ("KUWAIT, May 27 (Wire) - Deputy foreign ministers of Iraq and Jordan met for a second round of water talks in "
     "Kuwait on Monday under Kuwaiti auspices, Kuwait's foreign ministry said in a statement. Both delegations "
     "agreed to a third round in Amman in July.", ["Iraq", "Jordan"], ["Kuwait"]),
])
def test_two_delegations_are_not_the_go_betweens(run, text, sides, go_betweens):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], "agreed"), rows
    assert not any(r[2] == "agreed" and all(g in r[1] for g in go_betweens) for r in rows), rows


@pytest.mark.parametrize("text, sides", [
    # near-miss: one meeting told in a lead and a detail stays one record
    ("Presidents Ana Colmenar-Ruiz of Uruguay and Pablo Ferreyra-Luz of Paraguay met in Montevideo on Saturday. "
     "The two leaders discussed river transport during the meeting.", ["Uruguay", "Paraguay"]),
    # near-miss: a host's reception told once
    ("Namibia hosted the foreign ministers of Angola and Zambia in Windhoek on Friday for water talks.",
     ["Angola", "Zambia"]),
])
def test_one_contact_told_once_stays_one(run, text, sides):
    rows = [r for r in event_rows(run(text)) if r[0] in MEET]
    assert len([r for r in rows if all(any(s in n for n in r[1]) for s in sides)]) == 1, rows


def test_the_telling_ministry_state_may_be_a_side(run):
    # near-miss: the state whose ministry tells the news is one of "the two countries" (no go-between)
    rows = event_rows(run("SANTIAGO, May 27 (Wire) - The summit that Chile was to host in Arica on Friday will now open "
                          "in July at the request of Peru, Chile's foreign ministry said on Wednesday. President Ana "
                          "Colmenar-Ruiz and Bolivia's Pablo Ferreyra-Luz agreed by telephone on Monday that the two "
                          "countries would sign the new water annex on the margins of the summit."))
    assert has_row(rows, ("signing",), [["Chile"], ["Bolivia"]]), rows
