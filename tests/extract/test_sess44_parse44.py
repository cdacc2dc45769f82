"""Sides told as coordinated nationalities, offices or delegations (parse44): 'the X and Y foreign ministers /
secretaries', 'Delegations of X and Y' opening a sentence, 'delegations of X and Y on A and B held talks' (B is no
second subject), 'the meeting of the X and Y government delegations', and an event noun before 'hours before';
sentences written for the session, several regions, tenses and voices, with near-misses that must give no event."""

from __future__ import annotations

import pytest

from harness import rows_of_day


@pytest.fixture(scope="module")
def run(nlp):
    day = rows_of_day(nlp)
    return lambda text, published="2090-05-28": day(text, published)


def _names(parts) -> set[str]:
    """Participants' names (a state the extraction names by key alone: its gazetteer name)."""
    from diplograph.kb.gazetteer import gazetteer

    return {(e.name if ":" in k and (e := gazetteer().entry(k)) is not None else k) for k in parts}


@pytest.mark.parametrize("text, sides, status", [
    ("The Kyrgyz and Tajik foreign ministers met in Dushanbe on Monday.", {"Kyrgyzstan", "Tajikistan"}, "held"),
    ("The Indian and Pakistani foreign secretaries are scheduled to meet in Islamabad next month.",
     {"India", "Pakistan"}, "scheduled"),
    ("The Kenyan and Ugandan foreign ministers will meet in Kampala next week.", {"Kenya", "Uganda"}, "scheduled"),
    ("Talks were held in Bamako on Monday between the Malian and Guinean defence ministers.", {"Mali", "Guinea"},
     "held"),
    ("The visit of the Kuwaiti and Omani foreign secretaries to Tehran was postponed on Sunday.", {"Kuwait", "Oman"},
     None),
    ("Delegations of Ethiopia and Eritrea met in Asmara on Friday to discuss trade.", {"Ethiopia", "Eritrea"}, "held"),
    ("Delegations of Sudan and South Sudan on oil transit fees met in Juba on Sunday.", {"Sudan", "South Sudan"},
     "held"),
    ("Government delegations of Armenia and Azerbaijan on border delimitation and demarcation held talks in Tbilisi "
     "on Monday. A further round is to take place in Yerevan in June.", {"Armenia", "Azerbaijan"}, "held"),
    ("The meeting of the Bolivian and Paraguayan government delegations on river navigation, which was set for "
     "Thursday in Asuncion, has been postponed, the ministry said on Wednesday.", {"Bolivia", "Paraguay"}, None),
    ("Officials of Ecuador and Peru on border demarcation and fisheries met in Tumbes on Friday.", {"Ecuador", "Peru"},
     "held"),
    ("A meeting of the Serbian and Albanian prime ministers is expected in Tirana next month.", {"Serbia", "Albania"},
     None),
    ("The Indonesian foreign minister called off his Tehran visit hours before departure, the ministry said on Monday.",
     {"Indonesia", "Iran"}, "cancelled"),
])
def test_coordinated_sides(run, text, sides, status):
    rows = run(text)
    assert any(sides <= _names(r[1]) and (status is None or r[2] == status) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Kenyan and Ugandan athletes met in the final of the 10,000 metres on Sunday.",
    "Indian and Chinese companies signed supply contracts in Shanghai on Monday.",
    "Chilean and Argentine football coaches met in Santiago on Sunday.",
    "Brazilian and Argentine fans clashed outside the stadium on Saturday.",
])
def test_not_sides(run, text):
    assert run(text) == []


def test_person_and_nationality_stay_apart(run):
    """'Erdogan and Russian officials': a person and a state's officials, not a nationality of 'officials'."""
    rows = run("Erdogan and Russian officials held talks in Ankara on Monday.")
    assert any("Russia" in _names(r[1]) and any("Erdogan" in n for n in r[1]) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Talks between Ethiopia and Egypt reopened in Washington on Monday under American and Emirati mediation.",
    "Negotiations between Serbia and Kosovo resumed in Brussels on Sunday under French and German mediation.",
])
def test_mediation_frames_talks(run, text):
    """'talks resumed under X and Y mediation': how the talks are held, no mediation event of its own."""
    rows = run(text)
    assert rows and not any(r[0] == "mediation" for r in rows), rows
