"""A body's summit and the signing its members did there stay two events: a held signing naming no side of its own,
told a few sentences after the body's own held gathering (the only one the article tells), is that body's signing,
placed and dated at the gathering. With the near-misses that must grow nothing or stay as they were: a signing only
planned, a signing with two sides of its own, a signing told twice, two bodies' gatherings, a bare trip. Invented
people and sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, body", [
    # South America, wire: "the member states signed"
    ("Leaders of the Andean Community met in Quito on Tuesday for their annual summit. The member states signed a "
     "revised protocol on road haulage.", "Andean Community"),
    # Southern Africa, newspaper: ministers sign, watched by the leaders
    ("Heads of state of the Southern African Development Community gathered in Gaborone on Friday for their "
     "ordinary summit. The energy ministers put their signatures to a power-pool charter, watched by the leaders.",
     "SADC"),
    # Caribbean, live blog style: "the members have signed"
    ("CARICOM leaders opened their regular meeting in Bridgetown on Wednesday. At a short ceremony in the main hall, "
     "the members have signed the revised fisheries agreement.", "CARICOM"),
    # South-East Asia, state media: the leaders sign a declaration at their summit
    ("ASEAN leaders held their summit in Vientiane on Thursday. The leaders signed the Vientiane Declaration on "
     "disaster relief.", "ASEAN"),
    # Pacific, press release: "at the summit ... the members signed"
    ("At the Pacific Islands Forum summit in Suva on Tuesday, the members signed a charter on maritime rescue.",
     "Pacific Islands Forum"),
])
def test_members_signing_at_their_summit(run, text, body):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[body]], "held"), rows
    assert has_row(rows, ("summit", "meeting"), [[body]], "held"), rows


def test_members_signing_takes_the_summit_day_and_place(run):
    rows = event_rows(run("Leaders of the Andean Community met in Quito on Tuesday for their annual summit. The "
                          "member states signed a revised protocol on road haulage."))
    assert has_row(rows, ("signing",), [["Andean Community"]], "held", day="2090-05-23", place="Quito"), rows


@pytest.mark.parametrize("text", [
    # a signing only aimed at: no signing held
    "Leaders of the Andean Community met in Quito on Tuesday for their annual summit. The member states hope to sign "
    "a revised protocol on road haulage next year.",
    # a signing told before the summit, as background
    "The member states signed a revised protocol on road haulage in 2085. Leaders of the Andean Community met in "
    "Quito on Tuesday for their annual summit.",
    # two bodies' gatherings: whose members signed is not told
    "Leaders of the Andean Community met in Quito on Tuesday for their annual summit, while ASEAN leaders gathered in "
    "Vientiane for theirs. The member states signed a revised protocol on road haulage.",
])
def test_no_body_signing_without_it_told(run, text):
    rows = event_rows(run(text))
    assert not has_row(rows, ("signing",), [["Andean Community"]], "held"), rows
    assert not has_row(rows, ("signing",), [["ASEAN"]], "held"), rows


def test_two_sides_signing_at_a_summit_stays_theirs(run):
    rows = event_rows(run("Leaders of the Andean Community met in Quito on Tuesday for their annual summit. On the "
                          "sidelines, the foreign ministers of Peru and Bolivia signed a protocol on road haulage."))
    assert has_row(rows, ("signing",), [["Peru"], ["Bolivia"]], "held"), rows
    assert not has_row(rows, ("signing",), [["Andean Community"]]), rows


def test_body_signing_told_twice_stays_one(run):
    rows = event_rows(run("Leaders of the Andean Community met in Quito on Tuesday for their annual summit. The "
                          "member states signed a revised protocol on road haulage. The protocol was signed in the "
                          "main hall."))
    assert len([r for r in rows if r[0] == "signing"]) <= 1, rows


def test_bare_visit_grows_no_talks(run):
    rows = event_rows(run("Kenyan Foreign Minister Wanjiru Njoroge visited Tanzania on Tuesday. She toured a port "
                          "in Dar es Salaam."))
    assert has_row(rows, ("visit",), [["Njoroge"], ["Tanzania"]]), rows
    assert not [r for r in rows if r[0] in ("talks", "meeting")], rows



@pytest.mark.parametrize("text, sides", [
    # West Africa, wire: officials trade memoranda while the leaders look on
    ("President Amara Kone-Sissoko of Senegal and President Ousmane Traore-Bah of Mali held talks in Bamako on "
     "Tuesday. Both leaders later looked on as officials traded six memoranda of understanding.",
     ["Kone-Sissoko", "Traore-Bah"]),
    # Central Europe, newspaper: ministers trade the signed agreements
    ("The foreign ministers of Slovakia and Hungary traded the signed agreements on river transport in Bratislava on "
     "Tuesday.", ["Slovakia", "Hungary"]),
])
def test_traded_papers_are_a_signing(run, text, sides):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[s] for s in sides], "held"), rows


@pytest.mark.parametrize("text", [
    "The two presidents traded accusations over the border incident on Tuesday.",
    "The foreign ministers of Ghana and Togo traded notes on the fisheries dispute in Lome on Tuesday.",
    "Kenya and Uganda traded goods worth two billion dollars last year.",
])
def test_traded_words_or_goods_are_no_signing(run, text):
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] == "signing"], rows
