"""A lone word the tagger took for a person that names a city (no title before it, never part of a full name in the
article) is the place of the event, not its second side: invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)

MOVE = ("visit", "meeting", "talks")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts", [
    ("President Alvarez said she had accepted an invitation to visit Darwin next year.", [["Alvarez"], ["Australia"]]),
    ("Prime Minister Okafor will visit Kano on Friday after talks in Abuja.", [["Okafor"], ["Nigeria"]]),
    ("Argentine President Ferreyra visited Manaus on Wednesday.", [["Ferreyra"], ["Brazil"]]),
    ("Chancellor Weber is expected to visit Leipzig next month.", [["Weber"], ["Germany"]]),
    ("Minister Haddad said she would visit Mosul in the spring.", [["Haddad"], ["Iraq"]]),
    ("Premier Li said he hoped to visit Perth in the autumn.", [["Li"], ["Australia"]]),
])
def test_a_city_tagged_as_a_person_is_where_the_visit_goes(run, text, parts):
    rows = event_rows(run(text))
    assert has_row(rows, MOVE, parts), rows
    city = next(w for w in text.split() if w in ("Darwin", "Kano", "Manaus", "Leipzig", "Mosul", "Perth"))
    assert not any(city in n for r in rows for n in r[1]), rows


def test_a_town_coordinated_with_a_place_is_no_side(run):
    rows = event_rows(run("Prime Minister Aino Lehtovaara and her Swedish counterpart Erik Sundqvist met in "
                          "Haparanda and Tornio on Thursday."))
    assert has_row(rows, MOVE, [["Lehtovaara"], ["Sundqvist"]]), rows
    assert not any("Tornio" in n for r in rows for n in r[1]), rows


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Adel Jackson met Wang Yi in Beijing. Jackson said the talks were useful.", "Jackson"),
    ("Mr. Lima will visit Paraguay next week.", "Lima"),
    ("Senator Paris Moreno visited Peru on Monday. Moreno met the president.", "Moreno"),
    ("Ambassador Florence Mwangi met the Kenyan president; Mwangi praised the talks.", "Mwangi"),
    ("President Kagame met Prime Minister Abiy in Gondar on Saturday.", "Kagame"),
])
def test_a_person_named_like_a_city_stays_a_person(run, text, name):
    rows = event_rows(run(text))
    assert any(name in n for r in rows for n in r[1]), rows
