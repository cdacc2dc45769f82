"""Parties told in an earlier paragraph of a long page: "the two prime ministers" the statements made a speaker of,
"his guest" after a quote, a gathering's attendees in the sentence after it, a guest the parser joined to a place,
"the Head of State" of a state's own media, an unnamed speaker's bare title and the one handed an invitation (fresh
invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract import extract_one
from diplograph.records import Document
from harness import event_rows, events_with, extractor

PUBLISHED = date(2053, 10, 9)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


def test_two_prime_ministers_who_spoke_are_the_pair_named_in_the_quotes(run):
    text = ("\"The ferry must run every day,\" Grenada's Prime Minister Keron Baptiste-Noel told reporters in St "
            "George's on Wednesday.\n\n\"We agree,\" Saint Lucia's Prime Minister Ovid Charlemagne-Joseph added.\n\n"
            "The two prime ministers, who spent the morning in talks, said they would attend the OECS Authority "
            "meeting in Castries in November.")
    rows = event_rows(run(text))
    talks = [r for r in events_with(run(text), "Baptiste-Noel", "Charlemagne-Joseph") if r[0] == "talks"]
    assert [r[2] for r in talks] == ["held"], rows
    assert all("two prime ministers" not in names for r in rows for names in r[1]), rows


def test_his_guest_after_a_quote_is_the_visitor_whose_arrival_was_told(run):
    text = ("Gambia's President Lamin Ceesay-Jallow arrived in Dakar on Tuesday evening for a two-day visit.\n\n"
            "\"Our two countries are one people,\" Ceesay-Jallow said at the airport.\n\n"
            "\"The bridge has changed everything,\" he added.\n\n"
            "President Mamadou Ndiaye-Sarr hosted his guest for talks at the presidential palace on Wednesday.")
    met = [r for r in events_with(run(text), "Ceesay-Jallow", "Ndiaye-Sarr") if r[0] in ("meeting", "talks")]
    assert [(r[2], r[3], r[4]) for r in met] == [("held", "2053-10-08", "Dakar")], event_rows(run(text))


def test_a_gathering_attended_by_a_list_of_titled_leaders(run):
    text = ("The summit of the Organization of Turkic States was held in Shusha on Tuesday. The summit was attended "
            "by President of Turkey Kerem Aksoylu, President of Uzbekistan Sardor Rahimov and Prime Minister of "
            "Hungary Levente Farkas-Major.")
    rows = event_rows(run(text))
    summit = [r for r in rows if r[0] == "summit"]
    assert len(summit) == 1, rows
    assert {"Kerem Aksoylu", "Sardor Rahimov", "Levente Farkas-Major"} <= summit[0][1], rows
    assert not [r for r in rows if r[0] == "meeting"], rows  # the attendees do not meet apart


def test_a_guest_the_parser_joined_to_the_place_of_a_reception(run):
    text = ("The Chairperson of the African Union Commission, H.E. Ibrahim Saleh Mahamat, received on Monday, 6 "
            "October 2053, at the AU Headquarters in Addis Ababa, H.E. Grace Achan Lual, Minister of Foreign Affairs "
            "and International Cooperation of the Republic of Uganda, who delivered a message from the President of "
            "the Republic.")
    met = events_with(run(text), "Mahamat", "Lual")
    assert [(r[0], r[2], r[3], r[4]) for r in met] == [("meeting", "held", "2053-10-06", "Addis Ababa")], \
        event_rows(run(text))


def test_a_place_and_a_second_place_are_no_guest(run):
    text = "President Juma Mwinyi-Bakari received Burundi's ambassador at State House in Dodoma and Arusha on Monday."
    rows = event_rows(run(text))
    assert all("Arusha" not in names for r in rows for names in r[1]), rows


def test_the_head_of_state_is_the_leader_the_headline_names(nlp):
    title = "President Nurbek Asanaliev holds talks with Central Asian leaders"
    text = (f"{title}\n\nCholpon-Ata, October 9. The summit of the Heads of State of Central Asia was held yesterday "
            "under the chairmanship of President of the Kyrgyz Republic Nurbek Asanaliev. It was attended by "
            "President of Kazakhstan Yerlan Dossanov and President of Tajikistan Farhod Nazarov.\n\n"
            "On the sidelines of the summit, the Head of State also met with the President of Tajikistan.")
    ex = extract_one(nlp(text), Document(id="case", text=text, published=PUBLISHED, publisher="Agency",
                                         title=title))
    rows = event_rows(ex)
    assert [r for r in events_with(ex, "Asanaliev", "Nazarov") if r[0] == "meeting"], rows


def test_the_head_of_state_among_several_presidents_without_a_headline_is_nobody(run):
    text = ("President of Kazakhstan Yerlan Dossanov and President of Tajikistan Farhod Nazarov arrived in "
            "Cholpon-Ata on Tuesday. On the sidelines of the summit, the Head of State also met with the President of "
            "Uzbekistan.")
    rows = event_rows(run(text))
    assert not [r for r in rows if r[0] == "meeting" and any("Dossanov" in n or "Nazarov" in n for n in r[1])
                and any("Uzbekistan" in n for n in r[1])], rows


def test_an_unnamed_speakers_bare_title_is_the_one_holder_named(run):
    text = ("Prime Minister Tomas Vrabec-Horak received Slovenia's Foreign Minister Nina Kos-Zupan in Bratislava on "
            "Wednesday.\n\nThe Prime Minister, who also hosted Austria's ambassador, said the rail link would open "
            "in 2055.")
    rows = event_rows(run(text))
    assert all("Prime Minister" not in names for r in rows for names in r[1]), rows


def test_a_qualified_title_is_not_the_holder_of_another_office(run):
    text = ("Prime Minister Ali Hassan al-Tamimi received the Omani Foreign Minister in Baghdad on Wednesday.\n\n"
            "The minister conveyed an invitation to al-Tamimi to visit Oman.")
    met = [r for r in event_rows(run(text)) if r[0] == "meeting"]
    assert [r[1] for r in met] == [frozenset({"Ali Hassan al-Tamimi", "Oman"})], event_rows(run(text))


def test_the_one_handed_an_invitation_to_visit_travels(run):
    text = ("President Teodoro Villalba-Rojas received Uruguay's Foreign Minister Lucia Ferreira-Dutra in Asuncion on "
            "Wednesday.\n\nThe minister handed him a written invitation to visit Uruguay.")
    trips = [r for r in events_with(run(text), "Villalba-Rojas") if r[0] == "visit"]
    assert [(r[2], "Uruguay" in r[1]) for r in trips] == [("proposed", True)], event_rows(run(text))


def test_who_was_to_host_a_gathering_called_off_hosts_it_there(run):
    text = ("Meanwhile, an extraordinary SADC summit on eastern Congo that Zambia was to host in Lusaka on 14 October "
            "has been postponed indefinitely, the secretariat said on Wednesday.")
    summit = [r for r in event_rows(run(text)) if r[0] == "summit"]
    assert [(r[1], r[2], r[4]) for r in summit] == [(frozenset({"SADC", "Zambia"}), "cancelled", "Lusaka")], \
        event_rows(run(text))


def test_a_gathering_moved_from_the_day_it_was_to_be_hosted_takes_the_new_day(run):
    text = ("The meeting of CARICOM foreign ministers that Belize was to host in Belmopan on October 20 has been moved "
            "to November 3, the secretariat said on Wednesday.")
    met = [r for r in event_rows(run(text)) if "CARICOM" in r[1]]
    assert [(r[2], r[3]) for r in met] == [("scheduled", "2053-11-03")], event_rows(run(text))


def test_a_quotations_closing_mark_ends_its_sentence_not_one_of_its_own(nlp):
    doc = nlp("\"The port is ours to share,\" President Kofi Mensah-Larbi added. \"We will not wait.\"\n\n"
              "The two presidents met on Tuesday. \"It is done.\" He left.")
    assert [s.text.strip() for s in doc.sents if not any(t.is_alpha for t in s)] == [], [s.text for s in doc.sents]
    assert "\"We will not wait.\"" in [s.text.strip() for s in doc.sents], [s.text for s in doc.sents]
