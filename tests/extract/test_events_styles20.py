"""Release and bulletin styles: capitalised visit kinds, agencies after a dated dateline, titles of lower rank."""

from __future__ import annotations

from datetime import date

import pytest

from harness import events_with, extractor

PUBLISHED = date(2026, 9, 16)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text", [
    "President Ana Ruiz of Honduras paid a State Visit to Panama on Monday.",
    "The President of Honduras, Ana Ruiz, will pay an Official Working Visit to Panama on Friday.",
])
def test_a_capitalised_visit_kind_is_still_a_visit_to_the_state_named(run, text):
    rows = events_with(run(text), "Ruiz", "Panama")
    assert [r[0] for r in rows] == ["visit"]


def test_a_capitalised_visit_kind_is_no_body_of_its_own(run):
    ex = run("Joint Statement on the State Visit of the President of Chile to Uruguay\n\n"
             "The President of Chile, Tomas Vial, paid a State Visit to Uruguay on Monday.")
    assert not [a for a in ex.actors if "Visit" in a.name]


def test_an_agency_after_a_dated_dateline_is_no_party(run):
    ex = run("Muscat, September 16, 2026, ONA -- His Majesty the Sultan received at Al Alam Palace today the "
             "Foreign Minister of Peru Luis Canales.")
    rows = events_with(ex, "Canales")
    assert [(r[0], r[3]) for r in rows] == [("meeting", "2026-09-16")]
    assert not any("ONA" in n for r in rows for n in r[1])


def test_a_title_named_before_its_holder_is_not_that_holder(run):
    ex = run("The Secretary will travel to Lima on Monday to co-chair the dialogue with Peruvian Foreign Minister "
             "Luis Canales.")
    assert not [r for r in events_with(ex, "Canales") if r[0] == "visit"]


def test_a_deputy_is_not_the_office_above(run):
    ex = run("Foreign Secretary Luis Canales of Peru will travel to Quito on Monday. Yesterday the Deputy Secretary "
             "met with Ecuador's Vice Foreign Minister Rosa Mena in Washington.")
    assert not events_with(ex, "Canales", "Mena")


def test_a_guest_title_the_parser_hung_on_the_place_keeps_its_holder(run):
    ex = run("TUNIS - The President of the Republic, Mr. Karim Haddad, received Tuesday in Tunis the Minister of "
             "Foreign Affairs, Cooperation and Libyans Abroad, Mr. Omar Zintani, bearer of a written message.")
    rows = events_with(ex, "Haddad", "Zintani")
    assert [(r[0], r[2], r[3]) for r in rows] == [("meeting", "held", "2026-09-15")]


def test_a_joint_commission_named_by_a_demonym_pair_is_the_pair_s(run):
    ex = run("The two sides agreed to convene the 12th session of the Tunisian-Libyan Higher Joint Commission in "
             "Tripoli before the end of the year.")
    assert [(r[0], r[2]) for r in events_with(ex, "Tunisia", "Libya")] == [("meeting", "agreed")]


def test_a_style_is_nobody_s_name(run):
    ex = run("His Royal Highness the Crown Prince and Prime Minister received in Manama today the Prime Minister "
             "of Kuwait Faisal Al-Ajmi.")
    assert not [a for a in ex.actors if "Highness" in a.name]


def test_a_session_number_before_a_pair_is_no_person(run):
    ex = run("JOINT DECLARATION\nXII Portugal-Brazil Summit\n\nThe two leaders met in Brasilia on 15 September.")
    assert not [a for a in ex.actors if a.name.startswith("XII") or a.name.endswith("-")]


def test_the_two_heads_of_government_are_the_pair_named_paragraphs_before(run):
    ex = run("1. The Prime Minister of Portugal, Rui Matos, and the Prime Minister of Cabo Verde, Jorge Tavares, "
             "co-chaired the summit between the two countries in Praia on 15 September 2026, accompanied by several "
             "ministers of both governments.\n\n"
             "2. Both sides welcomed the excellent state of relations, based on mutual respect and permanent "
             "consultation, and reaffirmed their commitment to the strategic programme adopted in 2023 and to its "
             "review every two years by the foreign ministers of the two countries.\n\n"
             "3. The two sides also reviewed cooperation on education, health, energy, fisheries, maritime security, "
             "migration and culture, and welcomed the opening of a new air route between the two capitals and the "
             "progress of the joint programme for the training of teachers in the islands.\n\n"
             "4. The two Heads of Government agreed to hold the IX Summit in Lisbon in 2027.")
    rows = [r for r in events_with(ex, "Matos", "Tavares") if r[2] == "agreed"]
    assert [(r[0], r[3], r[4]) for r in rows] == [("summit", "2027", "Lisbon")]


def test_a_speaker_label_is_no_he_of_the_words_spoken(run):
    ex = run("Weekly briefing of the Ministry of Foreign Affairs\n\n"
             "MS. TORRES (Spokesperson): Good afternoon. The Minister will travel to Rome on Sunday, where he will "
             "meet the Italian foreign minister.")
    assert not events_with(ex, "Torres")


def test_a_body_s_head_named_after_the_body_is_the_person(run):
    ex = run("Phnom Penh (AKP) - President of the Senate of Cambodia Samdech Chea Vannak held talks on Wednesday with "
             "Chairman of the National Assembly Bui Van Long, who is on an official visit to Cambodia.")
    assert [r[0] for r in events_with(ex, "Bui Van Long") if r[0] != "visit"] == ["talks"]
    assert {"Chea Vannak", "Bui Van Long"} <= {a.name for a in ex.actors if a.type == "person"}


def test_we_of_a_communique_is_the_body_its_heading_names(run):
    ex = run("JOINT COMMUNIQUE OF THE 31ST SADC COUNCIL OF MINISTERS MEETING\nWindhoek, 14 September 2026\n\n"
             "12. We agreed to convene an extraordinary meeting of the Council in Gaborone on 20 November 2026.")
    rows = events_with(ex, "SADC")
    assert [(r[2], r[3]) for r in rows if r[3] == "2026-11-20"] == [("agreed", "2026-11-20")]


def test_we_in_someone_s_quoted_words_is_not_the_heading_s_body(run):
    ex = run("ASEAN SECRETARIAT NEWS\n\n\"We agreed to meet again in Jakarta next month,\" the Thai minister said.")
    assert not events_with(ex, "ASEAN")


def test_the_secretary_general_is_the_un_s_beside_another_body(run):
    ex = run("The Secretary-General will co-chair the annual AU-UN conference in Addis Ababa this weekend.\n\n"
             "Yesterday, the Secretary-General spoke by phone with the President of Ghana, Kofi Mensah.")
    assert [r[0] for r in events_with(ex, "United Nations", "Mensah")] == ["call"]


def test_a_courtesy_call_on_a_bare_title_under_a_release_dateline(run):
    ex = run("Government of Samoa\nMEDIA RELEASE\nAPIA, SAMOA — 16 September 2026\n\n"
             "SAMOA AND TONGA SIGN FISHERIES ARRANGEMENT\n\n"
             "Tonga's Minister of Fisheries, Hon. Sione Vaipulu, paid a courtesy call on the Prime Minister at "
             "his office this morning.")
    rows = events_with(ex, "Vaipulu", "Samoa")
    assert [(r[0], r[3], r[4]) for r in rows] == [("meeting", "2026-09-16", "Apia")]


def test_an_outcome_decision_to_convene_is_agreed(run):
    ex = run("The ministers co-chaired the inaugural Ghana-Togo Joint Ministerial Committee in Accra yesterday.\n\n"
             "Outcomes of the Committee include:\n"
             "- the decision to convene the second Joint Ministerial Committee in Lome in 2027.")
    assert [r[2] for r in events_with(ex, "Ghana", "Togo") if r[3] == "2027"] == ["agreed"]


def test_bilateral_talks_with_two_leaders_are_one_with_each(run):
    ex = run("Prime Minister Rosa Delgado of Belize will attend the summit in Georgetown next week. On the margins, "
             "Prime Minister Delgado is expected to hold bilateral talks with the President of Guyana and the Prime "
             "Minister of Jamaica.")
    assert sorted(tuple(sorted(r[1])) for r in events_with(ex, "Delgado") if r[0] == "talks") == [
        ("Guyana", "Rosa Delgado"), ("Jamaica", "Rosa Delgado")]


def test_a_verb_after_a_modal_and_a_day_is_still_the_verb(run):
    ex = run("President Kofi Boateng of Ghana will on Thursday travel to Abuja for a working visit.")
    assert [(r[0], r[2], r[3]) for r in events_with(ex, "Boateng", "Nigeria")] == [("visit", "scheduled", "2026-09-17")]


def test_a_guest_title_naming_its_state_keeps_the_host(run):
    ex = run("The President of the Republic, H.E. Mr. Amadou Sow, this afternoon received in audience at the "
             "Presidential Palace in Dakar the Minister of Foreign Affairs of the Republic of Gambia, Hon. Fatou Jallow, "
             "bearer of a message.")
    assert [r[0] for r in events_with(ex, "Amadou Sow")] == ["meeting"]


def test_a_reported_proposal_that_a_body_meet_stays_proposed(run):
    ex = run("The spokesperson said Ghana would also propose that the Ghanaian-Togolese Joint Commission meet in Accra "
             "before the end of the year.")
    assert [r[2] for r in events_with(ex, "Ghana", "Togo")] == ["proposed"]


def test_the_session_a_co_chair_chairs_is_the_co_chairs_meeting(run):
    ex = run("Al-Rawi, who is on an official visit to the Sultanate, also co-chaired with Sayyid Badr the fourth "
             "session of the Omani-Iraqi Joint Committee at the Foreign Ministry, where the two sides signed "
             "agreements on tourism.")
    assert [r for r in events_with(ex, "Oman", "Iraq") if r[0] == "meeting" and r[3] is None] == []

