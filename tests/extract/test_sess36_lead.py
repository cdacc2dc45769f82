"""A transcript label that names its speaker in brackets ("SPOKESPERSON (Mr X):") gives that person every turn the
same label opens, not the office; a dateline's bracketed agency stays no actor; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor, statement_with as said

PUBLISHED = date(2079, 3, 21)


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


BRIEFING = """Ministry of Foreign Affairs - Regular press briefing, 21 March 2079 (excerpts)

SPOKESPERSON (Ms Ingrid Solheim-Vik): Norway condemns the detention of two Norwegian fishermen in Murmansk and calls for their swift release. Our consulate is in contact with them.

QUESTION: Will the ambassador be called in?

SPOKESPERSON: Our exchanges with the Russian side remain confidential. The minister raised the matter with her counterpart on the phone."""

BRIEFING_MR = """Press briefing by the Ministry of External Affairs

OFFICIAL SPOKESPERSON (Shri Arvind Raghunathan): India welcomes the ceasefire announced in the region and urges all sides to hold to it.

JOURNALIST (Doordarshan): Sir, is the minister travelling to the region?

OFFICIAL SPOKESPERSON: I have nothing to share on travel plans at this stage, but we are in touch with all partners."""


BRIEFING_MME = """Foreign ministry - press briefing of 20 March 2079

SPOKESPERSON (Mme Clémence Hautecoeur): Belgium welcomes the release of the two Belgian engineers held in Goma.

QUESTION: Was a ransom paid?

SPOKESPERSON: I will not comment on the conditions of their release."""


@pytest.mark.parametrize("text, fragment, name", [
    (BRIEFING, "condemns the detention of two Norwegian fishermen", "ingrid solheim-vik"),
    (BRIEFING, "Our exchanges with the Russian side remain confidential", "ingrid solheim-vik"),
    (BRIEFING_MR, "welcomes the ceasefire announced in the region", "arvind raghunathan"),
    (BRIEFING_MR, "nothing to share on travel plans", "arvind raghunathan"),
    (BRIEFING_MME, "welcomes the release of the two Belgian engineers", "clémence hautecoeur"),
    (BRIEFING_MME, "I will not comment on the conditions", "clémence hautecoeur"),
])
def test_a_bracketed_name_after_a_label_speaks(run, text, fragment, name):
    names, _ = said(run(text), fragment)
    assert name in names


def test_a_question_turn_with_its_outlet_is_still_no_statement(run):
    assert not [s for s in run(BRIEFING_MR).statements if "travelling to the region" in s.quote]


def test_a_bracketed_portfolio_after_a_title_is_no_person(run):
    ex = run("The Minister (Trade and Industry) told parliament on Tuesday that Ghana would host the ECOWAS trade "
             "ministers in Accra next month.")
    assert not [a for a in ex.actors if a.type == "person" and "trade" in a.name.lower()]


def test_a_bracketed_agency_in_a_dateline_is_still_no_actor(run):
    ex = run("WINDHOEK, March 20 (NAMPA) - Namibia and Angola agreed on Friday to reopen the Oshikango border post, "
             "the two foreign ministers said after talks in Windhoek.")
    assert not [a for a in ex.actors if "nampa" in a.name.lower()]


RELEASE = """PRESS RELEASE

Gaborone, 20 March 2079 - Naledi Kgosi Molefe, who chairs the SADC Council of Ministers, strongly condemns Sunday's attack on a mission convoy near Goma, which wounded four observers. She calls on all armed groups to respect the ceasefire."""


def test_a_name_right_after_a_datelines_dash_is_the_speaker(run):
    names, _ = said(run(RELEASE), "all armed groups to respect the ceasefire")
    assert "naledi kgosi molefe" in names


def test_a_possessive_day_on_the_object_does_not_date_the_saying(run):
    _, statement = said(run(RELEASE), "attack on a mission convoy")
    assert statement.said_on == PUBLISHED


@pytest.mark.parametrize("text, name", [
    ("MANILA, March 20 (Agency) - Teodoro Villanueva Cruz said on Friday the Philippines would attend the talks.",
     "teodoro villanueva cruz"),
    ("Lusaka, 19 March 2079 \u2013 Chilufya Banda Mwale, Zambia's foreign minister, told reporters that Lusaka would "
     "host the summit.", "chilufya banda mwale"),
])
def test_names_after_a_dateline_are_people(run, text, name):
    assert name in {a.name.lower() for a in run(text).actors if a.type == "person"}


def test_a_known_body_after_a_dateline_stays_a_body(run):
    ex = run("HANOI, March 20 - Vietnam Airlines said on Friday it would resume flights to Vientiane next month.")
    assert not [a for a in ex.actors if a.type == "person"]
