"""Who takes part in an event and who only stands beside it: delegations standing for their sides, a partner's "with"
the parser hung elsewhere, descriptions ("The President") resolved to the one the narrative follows and never to the
counterpart's side, and sources, mediators, hosts, topics and venues kept out."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, events_with, extractor, only_event

PUBLISHED = date(2045, 5, 10)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as a wire story published on PUBLISHED."""
    return extractor(nlp, PUBLISHED)


# -- delegations of a state's government or army ---------------------------------------------------

@pytest.mark.parametrize(("text", "sides"), [
    ("Delegations from Myanmar's army and the Arakan Army held talks in Kunming on Monday.", ("Myanmar", "Arakan Army")),
    ("Delegations of the Sudanese government and the Rapid Support Forces met in Jeddah on Monday.",
     ("Sudan", "Rapid Support Forces")),
    ("Officials from the Yemeni government and the Houthis held talks in Muscat on Monday.", ("Yemen", "Houthis")),
])
def test_delegations_of_a_government_stand_for_its_state(run, text, sides):
    row = only_event(run(text), *sides)
    assert row[2] == "held" and row[3] == "2045-05-08", row


# -- a partner's "with" hung on a lapse of time -----------------------------------------------------

def test_talks_a_day_before_keep_the_partner_the_parser_hung_on_the_lapse(run):
    text = ("Kazakh Foreign Minister Dana Seitova met her Omani counterpart in Muscat on Tuesday, the embassy said, "
            "a day after holding talks in Doha with Qatari officials on gas exports.")
    ex = run(text)
    assert events_with(ex, "Seitova", "Oman")
    row = only_event(ex, "Seitova", "Qatar")
    assert row[2] == "held" and row[4] == "Doha", row
    assert not events_with(ex, "embassy")


# -- a description continues the subject, never the counterpart's side -------------------------------

def test_the_president_is_the_traveller_not_the_inviting_president(run):
    text = ("President Tomás Rivera Ocampo left for Ecuador this morning on a two-day state visit at the invitation of "
            "President Lucía Andrade Vela. The President will hold talks with his Ecuadorian counterpart in Quito "
            "tomorrow.")
    ex = run(text)
    assert not events_with(ex, "Andrade Vela"), event_rows(ex)
    talks = [r for r in events_with(ex, "Rivera Ocampo", "Ecuador") if r[0] in ("talks", "meeting")]
    assert [(r[2], r[3], r[4]) for r in talks] == [("scheduled", "2045-05-11", "Quito")], event_rows(ex)


def test_the_minister_on_a_visit_is_not_the_counterpart_who_invited_her(run):
    text = ("Foreign Minister Aigerim Seitkali held talks with Turkish Foreign Minister Mehmet Aydın in Ankara on "
            "Tuesday. The Minister is on a three-day official visit to Turkey at the invitation of her Turkish "
            "counterpart.")
    ex = run(text)
    visit = only_event(ex, "Seitkali", "Turkey")
    assert visit[0] == "visit", visit
    assert not events_with(ex, "Aydın", "Turkey"), event_rows(ex)


def test_his_host_in_a_capital_is_that_capitals_state(run):
    text = ("President Tomás Rivera Ocampo left for Ecuador this morning on a two-day state visit at the invitation of "
            "President Lucía Andrade Vela. He will hold talks with his host in Quito tomorrow.")
    ex = run(text)
    talks = [r for r in events_with(ex, "Rivera Ocampo", "Ecuador") if r[0] in ("talks", "meeting")]
    assert [(r[2], r[3], r[4]) for r in talks] == [("scheduled", "2045-05-11", "Quito")], event_rows(ex)


def test_a_family_names_particle_gives_no_gender(run):
    text = ("President De Wachter received the President of Georgia, Nino Beridze, in Brussels today. Tomorrow the "
            "President travels to Tbilisi, where she will sign a trade agreement with Prime Minister Levan Kapanadze.")
    ex = run(text)
    assert not events_with(ex, "Beridze", "Kapanadze"), event_rows(ex)
    assert events_with(ex, "De Wachter", "Kapanadze") and events_with(ex, "De Wachter", "Georgia"), event_rows(ex)


@pytest.mark.parametrize(("text", "sides", "when"), [
    ("Kenyan Foreign Minister Akinyi Otieno met her Egyptian counterpart in Cairo on Monday. The visiting minister "
     "later called on President Hisham Fathy.", ("Otieno", "Fathy"), ("held", "2045-05-08")),
    ("Kenyan Foreign Minister Akinyi Otieno held talks with her Egyptian counterpart in Cairo on Monday. The visiting "
     "minister later called on President Hisham Fathy.", ("Otieno", "Fathy"), ("held", "2045-05-08")),
    ("The Nigerian foreign ministry said its minister, Adebayo Okafor, would meet his Ghanaian counterpart in Accra "
     "next week.", ("Okafor", "Ghana"), ("scheduled", "2045-W20")),
])
def test_the_one_who_acts_is_the_visitor_or_the_minister_not_the_host_or_the_ministry(run, text, sides, when):
    row = only_event(run(text), *sides)
    assert row[2:4] == when, row


def test_a_minister_meeting_at_home_is_no_visitor(run):
    text = ("Egyptian Foreign Minister Samir Gad met his Kenyan counterpart in Cairo on Monday. The visiting minister "
            "later called on President Hisham Fathy.")
    assert not events_with(run(text), "Gad", "Fathy")


def test_a_where_clause_on_a_trips_destination_takes_the_trips_day(run):
    text = ("President Mette Holm received the Prime Minister of Albania, Edi Rama-Kola, in Copenhagen today. Tomorrow "
            "the President travels to Vilnius, where she will co-chair the Nordic-Baltic summit with President Rasa "
            "Kairienė.")
    ex = run(text)
    summit = [r for r in events_with(ex, "Kairien") if r[0] != "visit"]
    assert [(r[2], r[3], r[4]) for r in summit] == [("scheduled", "2045-05-11", "Vilnius")], event_rows(ex)
    assert not events_with(ex, "Rama-Kola", "Lithuania"), event_rows(ex)


def test_the_minister_of_a_ministrys_briefing_is_that_states(run):
    text = ("Thailand Ministry of Foreign Affairs — press briefing by the spokesperson, Nattapong Srisuk\n\n"
            "MR. NATTAPONG: The Minister received the Ambassador of Chile, Rosa Fuentes, this morning.")
    ex = run(text)
    row = only_event(ex, "Thailand", "Rosa Fuentes")
    assert row[2] == "held" and not events_with(ex, "Nattapong"), event_rows(ex)


# -- sources, mediators, topics and venues are no parties --------------------------------------------

@pytest.mark.parametrize(("text", "sides", "outsiders"), [
    ("Estonian Foreign Minister Liis Kask said on Tuesday that Latvian and Lithuanian officials had met in Riga on "
     "Monday to coordinate energy policy.", ("Latvia", "Lithuania"), ("Kask", "Estonia")),
    ("Talks between Armenia and Azerbaijan, mediated by the United States, ended in Washington on Thursday without "
     "an agreement.", ("Armenia", "Azerbaijan"), ("United States",)),
    ("Mongolian President Bat Erdene met Chinese Premier Wang Lei in Beijing on Friday, according to the Mongolian "
     "embassy.", ("Bat Erdene", "Wang Lei"), ("embassy",)),
    ("Swiss President Anna Keller met Ukrainian President Oleh Bondar in Bern on Monday to discuss a peace "
     "conference on Ukraine.", ("Keller", "Bondar"), ()),
    ("Egyptian Foreign Minister Hany Saleh met US envoy Mark Dalton in Cairo on Monday to discuss the war in Sudan.",
     ("Saleh", "Dalton"), ("Sudan",)),
])
def test_only_the_sides_take_part(run, text, sides, outsiders):
    ex = run(text)
    row = only_event(ex, *sides)
    assert row[2] == "held", row
    assert not any(o in n for o in outsiders for n in row[1]), row
    assert len(event_rows(ex)) == 1, event_rows(ex)


def test_a_denial_by_a_spokesman_is_no_event(run):
    text = ("A Kremlin spokesman said on Monday there were no plans for talks between Russia and Moldova and dismissed "
            "reports that a meeting in Baku was being prepared.")
    assert event_rows(run(text)) == []
