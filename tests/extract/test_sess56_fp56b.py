"""A side that is nobody in particular ("officials", "diplomats", "a source close to the presidency") names no party
to a contact; a plan told beside a refusal of the same contact between the very same sides is no second event. With
near-misses that must keep their record: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2090, 5, 28)


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def _sides(rows):
    return [" ".join(sorted(r[1])) for r in rows]


@pytest.mark.parametrize("text, junk", [
    # wire, southern Africa: the speakers of the report are no party to the call told after it
    ("LUSAKA, May 27 (Wire) - Malawi's president has turned down an invitation to a trade summit Zambia is hosting "
     "in Livingstone next week, officials in both capitals said on Sunday. Zambia's president had invited him in a "
     "phone call last month.", "officials"),
    # wire, South-East Asia
    ("HANOI, May 27 (Wire) - Cambodia's prime minister will skip a Mekong forum that Vietnam hosts in Hue on Friday, "
     "diplomats in both capitals said. Vietnam's prime minister had invited him during a phone call in April.",
     "diplomats"),
    # wire, Andes
    ("QUITO, May 26 (Wire) - Peru's president declined an invitation to a border summit that Ecuador is hosting in "
     "Loja on Saturday, officials said on Tuesday. Ecuador's president had asked him in a telephone conversation "
     "last week.", "officials"),
])
def test_faceless_side_names_no_party(run, text, junk):
    rows = event_rows(run(text))
    assert not any(junk in s for s in _sides(rows)), rows


@pytest.mark.parametrize("text, sides", [
    ("Peru proposed talks with Bolivia on the lake dispute, but Bolivia rejected the offer on Thursday, the ministry "
     "said.", ("Peru", "Bolivia")),
    ("Uzbekistan proposed a meeting with Tajikistan on water sharing. Tajikistan declined the meeting, a government "
     "statement said on Friday.", ("Uzbekistan", "Tajikistan")),
])
def test_plan_beside_its_refusal_is_one_event(run, text, sides):
    rows = event_rows(run(text))
    both = [r for r in rows if all(any(x in str(p) for p in r[1]) for x in sides)]
    assert both and all(r[2] == "declined" for r in both), rows


@pytest.mark.parametrize("text, sides, status", [
    # near-miss: named people beside the faceless speakers stay
    ("Kenyan Foreign Minister Wanjiru Otieno-Kamau met her Ugandan counterpart Ssemakula Byaruhanga in Kampala on "
     "Friday, officials said.", ("Otieno", "Byaruhanga"), "held"),
    # near-miss: a plan beside a cancellation stays
    ("The meeting between Chile and Argentina set for Monday was cancelled; the two sides will meet in Mendoza in "
     "June instead.", ("Chile", "Argentina"), "scheduled"),
])
def test_named_sides_and_plans_after_a_cancellation_stay(run, text, sides, status):
    rows = event_rows(run(text))
    assert any(r[2] == status and all(any(x in str(p) for p in r[1]) for x in sides) for r in rows), rows
