"""Records from senses other than diplomacy: sides that play at a ground or for a prize ("meet Y at the Z Arena",
"in the Champions League", "in a title duel"), and talks over a commercial deal with no state, people or nation on
either side ("over up to 30 jets", "about a joint venture", "over a new wage contract"); a contact told only as what
a denied report said ("dismissed as baseless a report that the president would meet X"); a contact told as what
would have been ("she would have flown to X to hold talks with Y"). With near-misses that must
keep their record: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2091, 3, 14)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    # newspaper, Andes: a league decider told with "title"
    "QUITO - Atlético Chimborazo and Deportivo Manabí meet at the Estadio Olímpico on Sunday in a title duel that "
    "could settle the season.",
    # newspaper, West Africa: the opponent met in a continental club competition
    "LAGOS - Rivers Dolphins will meet Asante Rovers in the CAF Champions League quarter-final in Cairo on Friday.",
    # broadcast, Oceania: an arena
    "And the Silver Kiwis meet Jamaica on Sunday at the Harbourside Arena in Auckland.",
    # newspaper, Gulf: an airline's order
    "DOHA - Air Dunes confirmed on Monday its talks with AeroNova Industries over 30 regional jets.",
    # wire, South America: a labour contract
    "SANTOS, March 13 (Wire) - Talks between the dockers' federation and Portlink over a new wage contract broke down "
    "on Wednesday.",
    # newspaper, Andes: a joint venture of companies
    "LIMA - Minera Andina said it was in talks with a Chilean copper group about a joint venture in Arequipa.",
    # newspaper, Horn of Africa: a denied report
    "ADDIS ABABA - The prime minister's office on Monday dismissed as \"fabricated\" a newspaper report that the prime "
    "minister would meet Eritrea's president in Assab next week.",
    # wire, Central Asia: a report dismissed as speculation
    "ASTANA, March 13 (Wire) - Kazakhstan's foreign ministry dismissed as \"speculation\" a television report that the "
    "president would hold talks with Kyrgyzstan's president in Almaty this month.",
    # newspaper, South-East Asia: an unreal past
    "MANILA - Senator Amparo Dela Rosa-Quimpo said that, had she been elected, she would have met China's president "
    "in Beijing to settle the reef dispute.",
    # broadcast, East Africa
    "NAIROBI - Opposition leader Wanjiru Kamau-Otieno told a rally that, were she president, she would have flown to "
    "Addis Ababa last month to hold talks with Ethiopia's prime minister.",
])
def test_no_contact_of_states(run, text):
    assert event_rows(run(text)) == []


@pytest.mark.parametrize("text, sides", [
    # leaders meeting at a stadium stay a meeting
    ("KAMPALA - The presidents of Kenya and Uganda will meet at the national stadium in Kampala on Friday.",
     {"Kenya", "Uganda"}),
    # ministers at an arena's conference hall
    ("LIMA - Foreign Minister Tomasa Quispe Layme will meet Chile's foreign minister at the Arena Convention Centre "
     "on Thursday.", {"Tomasa Quispe Layme"}),
    # a state's talks over a contract stay talks
    ("ACCRA - Ghana held talks with Togo over the gas supply contract on Monday.", {"Ghana", "Togo"}),
    # a joint venture of governments
    ("NAIROBI - Kenya said it was in talks with the Ugandan government over a joint venture on the oil pipeline.",
     {"Kenya", "Uganda"}),
    # a report confirmed stays a plan
    ("ADDIS ABABA - The prime minister's office confirmed a report that the prime minister would meet Eritrea's "
     "president in Assab next week.", {"Eritrea"}),
    # a proposal rejected is a refusal, not a denied report
    ("ASTANA - Kazakhstan rejected a proposal that its president meet Kyrgyzstan's president in Almaty this month.",
     {"Kazakhstan", "Kyrgyzstan"}),
    # a need, not an unreal past
    ("MANILA - The foreign secretary will have to meet China's foreign minister in Beijing next week.", {"China"}),
    # a plan told in reported speech
    ("MANILA - The foreign secretary said he would meet China's foreign minister in Beijing next week.", {"China"}),
])
def test_contact_of_states_kept(run, text, sides):
    rows = event_rows(run(text))
    assert any(sides <= set(r[1]) for r in rows), rows
