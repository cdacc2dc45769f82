"""Event words the small model mis-tags, read back by the slot they fill: a verb read as a noun where only a verb fits
("A and B sign X deal", "the forum, which X hosts in Y", "proposed that the commission meet"), a noun in -s read as a
verb after a plural ("the water talks ... were called off") or swallowing its "of" phrase ("a round of A-B talks",
"the signing of the fisheries protocol"), and a headline verb in -s whose object carries a relative clause. With the
near-misses that must stay as they are ("the union talks tough", "road sign", "heads of state", "the team heads home"):
invented sentences."""

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
    # headline: two states, a bare verb after them read as a noun
    ("Ghana and Togo sign border demarcation deal in Lome", ["Ghana", "Togo"]),
    ("Benin and Niger sign oil pipeline transit deal in Cotonou", ["Benin", "Niger"]),
    ("Togo and Benin sign power grid deal", ["Togo", "Benin"]),
    ("Mongolia and Kazakhstan sign livestock trade protocol", ["Mongolia", "Kazakhstan"]),
])
def test_headline_pair_signs(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[s] for s in sides]), rows


@pytest.mark.parametrize("text, sides, status", [
    # wire: a round of dashed-pair talks the parser read as a verb with the round as its subject
    ("ISLAMABAD, May 27 (Wire) - A third round of Tajikistan-Kyrgyzstan talks on the disputed enclaves, which had been "
     "due in Dushanbe on Tuesday, has been postponed to June, the ministry said on Saturday.",
     ["Tajikistan", "Kyrgyzstan"], None),
    # newspaper: a plural noun before "talks" read as its subject
    ("The fisheries talks with Norway on the northern quotas, which were to have taken place in Reykjavik in April, "
     "were called off at short notice, officials said.", ["Norway"], "cancelled"),
    ("The fisheries talks with Morocco on the Atlantic quotas, which were due in Rabat in May, were called off at "
     "short notice, the Spanish ministry said.", ["Morocco"], "cancelled"),
    ("The fisheries talks with Chile, which were due in Valparaiso in April, were postponed at the last minute, "
     "Peru's foreign ministry said.", ["Chile"], None),
    ("KHARTOUM - The border talks with Ethiopia, which were due in Gedaref in March, were postponed at Addis Ababa's "
     "request, the foreign ministry of Sudan said on Saturday.", ["Ethiopia"], None),
])
def test_talks_read_as_a_verb(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status), rows


def test_signing_of_a_protocol_read_as_adjective(run):
    text = ("The signing of the Estonia-Finland ferry safety protocol, planned for 12 May in Tallinn, has been postponed "
            "until July at the request of the Finnish side.")
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [["Estonia"], ["Finland"]]), rows


@pytest.mark.parametrize("text, sides", [
    # a subjunctive "meet" after "proposed that"
    ("Nairobi has proposed that the Kenya-Ethiopia joint border commission meet in Moyale before the end of the year, "
     "a foreign ministry official said.", ["Kenya", "Ethiopia"]),
    ("Hanoi has suggested that the Vietnam-Cambodia joint committee meet in Phnom Penh next month, the ministry said.",
     ["Vietnam", "Cambodia"]),
])
def test_subjunctive_meet(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("meeting",), [[s] for s in sides]), rows


def test_heads_to_summit_with_clause_on_it(run):
    text = ("Secretary-General Tomasz Wierzbenko-Alade heads to Nairobi next week for the East African Community's "
            "annual summit, the 24th ordinary session of the Assembly, which opens on Saturday.")
    rows = event_rows(run(text))
    assert any(r[0] in ("visit", "summit") and any("Wierzbenko" in n for n in r[1]) for r in rows), rows


@pytest.mark.parametrize("text", [
    "The union talks tough with management over pay, and the board meets on Monday.",
    "Road sign thefts anger drivers in Mombasa",
    "The team heads home to Accra after the defeat in Cairo.",
    "Residents asked for a new road sign near the market in Kampala.",
    "She will teach sign language at a school in Dodoma next year.",
])
def test_near_misses_give_nothing(run, text):
    rows = event_rows(run(text))
    assert not rows, rows


def test_heads_of_state_stay_a_noun(run):
    text = "The heads of state of Senegal and Gambia met in Banjul on Friday."
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Senegal"], ["Gambia"]], "held"), rows
