"""One side of a record that the text gives and the build lost. A gathering of one body called off in a city of a
state, away from the body's seat, is also the host state's (one held, or one a lone state stays away from, is not).
A party named only by a state's office ("The Ministry of Foreign Affairs reports ...") on a page one state's government frames is that
state. With the near-misses that must keep their sides as they are: invented sentences and people."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, sides, status", [
    # wire: a body's summit called off in a state's second city
    ("The summit of Nordic Council leaders that was due to take place in the Finnish city of Tampere next week has "
     "been postponed indefinitely, the council's secretariat said on Friday.", ["Nordic Council", "Finland"],
     "cancelled"),
    # newspaper: a body's ministerial meeting called off in a capital
    ("The Commonwealth ministers' meeting set for Kingston next month has been called off because of the hurricane, "
     "the secretariat said.", ["Commonwealth", "Jamaica"], "cancelled"),
    # briefing: a league's summit called off
    ("The Arab League summit set for Baghdad next month has been called off because of security concerns, officials "
     "said.", ["Arab League", "Iraq"], "cancelled"),
])
def test_gathering_called_off_in_a_states_city_is_the_hosts_too(run, text, sides, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[s] for s in sides], status), rows


@pytest.mark.parametrize("text, body", [
    # a body's sitting held or planned stays the body's alone (tests/extract/test_events_context.py)
    ("The Mercosur summit opened in Asunción on Saturday, with leaders discussing the trade pact.", "Mercosur"),
    ("LUSAKA - The Southern African Development Community's foreign ministers gathered in the Zambian capital on "
     "Friday to prepare the bloc's August summit.", "SADC"),
    # a body's sitting at its own seat gains no host
    ("The OPEC ministerial meeting opened in Vienna on Saturday.", "OPEC"),
    ("The African Union summit opened in Addis Ababa on Saturday.", "African Union"),
    ("The Gulf Cooperation Council summit was held in Riyadh on Saturday.", "Gulf Cooperation Council"),
])
def test_body_sitting_held_stays_the_bodys(run, text, body):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[body]]), rows
    assert all(len(r[1]) == 1 for r in rows if r[0] in MEET), rows


@pytest.mark.parametrize("text, state, host", [
    # a lone state's absence stays its own (tests/extract/test_events_pages17.py)
    ("Samoa has declined to attend the ministers' meeting in Xiamen next month, a spokesperson said.", "Samoa",
     "China"),
    ("Botswana will skip the ministers' conference in Lusaka next week, a government spokesperson said.", "Botswana",
     "Zambia"),
])
def test_lone_state_staying_away_gains_no_host(run, text, state, host):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[state]], "declined"), rows
    assert not any(host in r[1] for r in rows), rows


def test_side_kept_when_a_body_is_named_beside_it(run):
    rows = event_rows(run("Namibia will not attend the Commonwealth ministers' meeting in Kingston next week, the "
                          "foreign ministry said."))
    assert not any("Jamaica" in r[1] for r in rows), rows


def test_person_meeting_others_in_a_city_gains_no_state(run):
    rows = event_rows(run("President Amara Velosi-Kaine met business leaders in Lyon on Saturday."))
    assert not any("France" in r[1] for r in rows), rows


@pytest.mark.parametrize("text, state, other", [
    # press release in a page head of another language, the capital dated on its own line
    ("MINISTERIO DE RELACIONES EXTERIORES - GOBIERNO DEL PERU\n\nPress release\n\nLima, 20 May 2090\n\nThe Ministry "
     "of Foreign Affairs reports that the signing of the fisheries agreement with Ecuador, planned for 30 May in "
     "Quito, has been postponed.", "Peru", "Ecuador"),
    ("MINISTERIO DE RELACIONES EXTERIORES - GOBIERNO DE GUATEMALA\n\nComunicado\n\nGuatemala City, 20 May 2090\n\n"
     "The Ministry of Foreign Affairs reports that the signing of the border waters agreement with Honduras, planned "
     "for 2 June in Tegucigalpa, has been suspended.", "Guatemala", "Honduras"),
])
def test_bare_ministry_on_a_governments_page_is_its_state(run, text, state, other):
    rows = event_rows(run(text))
    assert has_row(rows, ("signing",), [[state], [other]]), rows
    assert not any("Ministry" in n for r in rows for n in r[1]), rows


def test_bare_ministry_of_no_framed_page_is_no_state(run):
    rows = event_rows(run("The Ministry of Foreign Affairs said on Saturday that the signing of the fisheries accord "
                          "with Mauritania, planned for 2 June in Nouakchott, has been postponed."))
    assert not any(r[0] == "signing" and r[1] == frozenset({"Mauritania"}) for r in rows), rows  # not the other side
    assert not any(len(r[1]) == 2 and all(s in ("Mauritania", "Senegal") for s in r[1]) for r in rows), rows
