"""First-person and transcript styles: the "I" of an op-ed whose byline or author line gives an office, pronouns
in a speaker's own words, quoted plans dated inside the quotation, present progressives with a day ahead, "see" and
"call" a named leader, partners "on the phone with", and questions a transcript's next line answers yes or no:
rules from misses on blind first-person texts, tested on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor

PUBLISHED = date(2031, 9, 17)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher="Daily News")


def _with(rows, *names):
    return [r for r in rows if all(any(n in p for p in r[1]) for n in names)]


def test_a_phone_partner_hung_on_the_phone_is_on_the_call(run):
    rows = event_rows(run("Peru's foreign minister Rosa Quispe spoke on the phone with Chile's foreign minister, "
                          "Tomas Larrain, on Monday."))
    assert [r[0] for r in _with(rows, "Quispe", "Larrain")] == ["call"], rows
    assert _with(rows, "Quispe", "Larrain")[0][2:4] == ("held", "2031-09-15")


def test_a_present_progressive_with_a_day_ahead_is_a_plan(run):
    rows = _with(event_rows(run("Finland's president Aino Virtanen is meeting Estonia's prime minister Kaja Tamm "
                                "in Tallinn on Friday.")), "Virtanen", "Tamm")
    assert rows and rows[0][2:5] == ("scheduled", "2031-09-19", "Tallinn"), rows


def test_a_day_opening_a_quotation_dates_the_plan_not_the_saying(run):
    rows = _with(event_rows(run('Kenya\'s foreign minister Njeri Kamau said: "Next week I will hold talks with '
                                'Ethiopia\'s foreign minister Dawit Bekele in Addis Ababa."')), "Kamau", "Bekele")
    assert rows and rows[0][2:4] == ("scheduled", "2031-W39"), rows


def test_he_in_a_briefers_own_words_is_not_the_briefer(run):
    text = ("Press briefing\n\nMR. HALVORSEN: Good afternoon. Tomorrow the Prime Minister travels to Reykjavik, "
            "where he will meet President Gudrun Einarsdottir.")
    rows = event_rows(run(text))
    assert _with(rows, "Einarsdottir") and not _with(rows, "Halvorsen"), rows


@pytest.mark.parametrize("text, partner, author", [
    ("Why the Andes need a new compact\n\nBy Marisol Gutierrez, Foreign Minister of Ecuador\n\n"
     "Next month I will travel to La Paz to meet President Ernesto Mamani.", "Mamani", "Gutierrez"),
    ("MEDIA RELEASE\n\nMinister to hold talks in Maputo\n\nI will meet my Mozambican counterpart, Ms. Luisa "
     "Macuacua, in Maputo on Monday.\n\nGrace Mkhize Dlamini\nMinister of International Relations\nPretoria",
     "Macuacua", "Dlamini"),
])
def test_the_i_is_the_office_holder_a_byline_or_signature_names(run, text, partner, author):
    rows = _with(event_rows(run(text)), partner)
    assert rows and all(any(author in p for p in r[1]) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Inside the Andean talks\n\nBy Marisol Gutierrez, Diplomatic Correspondent\n\nLast week I met President "
    "Ernesto Mamani in La Paz.",
    "Diary\n\nI met President Marisol Gutierrez in Maputo on Monday.\n\nGrace Mkhize Dlamini\nReporter, Daily Star",
])
def test_a_reporters_byline_or_name_signs_no_i(run, text):
    assert not _with(event_rows(run(text)), "Dlamini") and not _with(event_rows(run(text)), "Gutierrez", "Mamani")


def test_an_author_line_names_the_state_of_an_unnamed_i(run):
    text = ("A bridge across the Mekong\n\nNext week I will travel to Vientiane to meet Prime Minister Somphone "
            "Keovilay.\n\nThe writer is Cambodia's minister of foreign affairs.")
    rows = _with(event_rows(run(text)), "Keovilay")
    assert rows and all("Cambodia" in r[1] for r in rows), rows


def test_a_former_office_gives_no_author(run):
    text = ("A bridge across the Mekong\n\nNext week I will travel to Vientiane to meet Prime Minister Somphone "
            "Keovilay.\n\nThe writer is a former foreign minister of Cambodia.")
    assert not any("Cambodia" in r[1] for r in event_rows(run(text))), event_rows(run(text))


@pytest.mark.parametrize("text, kind", [
    ('Malta\'s foreign minister Clara Borg said: "I will see President Nicos Andreou in Nicosia next week."',
     "meeting"),
    ("Malta's prime minister Clara Borg will call President Nicos Andreou on Thursday.", "call"),
])
def test_seeing_or_calling_a_named_leader_is_a_contact(run, text, kind):
    rows = _with(event_rows(run(text)), "Borg", "Andreou")
    assert rows and rows[0][0] == kind and rows[0][2] == "scheduled", rows


@pytest.mark.parametrize("text", [
    'Malta\'s foreign minister Clara Borg said: "We will see the results in Nicosia next week."',
    "Malta's foreign minister Clara Borg said she saw President Nicos Andreou on television on Monday.",
    "Malta's prime minister Clara Borg called President Nicos Andreou a liar on Thursday.",
    "Malta's prime minister Clara Borg called on President Nicos Andreou to resign.",
])
def test_seeing_results_or_calling_names_is_no_contact(run, text):
    assert not event_rows(run(text)), event_rows(run(text))


def test_an_apposition_after_a_kinship_word_names_the_partner(run):
    rows = event_rows(run('Bahrain\'s foreign minister Sheikh Hamad bin Ali said: "I held talks today in Manama with '
                          'my brother, the Minister of Foreign Affairs of the Sultanate of Oman, Sayyid Faisal '
                          'bin Said."'))
    assert _with(rows, "Hamad bin Ali", "Faisal bin Said"), rows


TRANSCRIPT = "Press conference\n\nQUESTION: {q}\n\nMINISTER VALDIVIA: {a}"


@pytest.mark.parametrize("question, answer, want", [
    ("Will the foreign minister meet President Lars Holm in Oslo next week?", "Yes, on Tuesday.", "scheduled"),
    ("Will you attend the Ibero-American Summit in Madrid?", "No, I will not go. The vice minister will.",
     "declined"),
])
def test_a_question_answered_yes_or_no_gives_the_event(run, question, answer, want):
    rows = event_rows(run(TRANSCRIPT.format(q=question, a=answer)))
    assert [r[2] for r in rows] == [want], rows


def test_the_you_who_answers_no_is_the_one_who_stays_away(run):
    rows = event_rows(run(TRANSCRIPT.format(q="Will you attend the Ibero-American Summit in Madrid?",
                                            a="No, I will not go.")))
    assert rows and any("Valdivia" in p for p in rows[0][1]), rows


@pytest.mark.parametrize("question, answer", [
    ("Is a meeting with President Lars Holm planned?", "No. Nothing has been decided."),
    ("Will the foreign minister meet President Lars Holm in Oslo next week?", "I cannot confirm that."),
])
def test_a_question_denied_or_left_open_gives_no_event(run, question, answer):
    assert not event_rows(run(TRANSCRIPT.format(q=question, a=answer)))


@pytest.mark.parametrize("text", [
    "Ghana's foreign minister Ama Owusu held talks today with Togo's foreign minister Koffi Dussey, who is paying "
    "an official visit to Ghana on September 16-18 at her invitation.",
])
def test_a_progressive_on_calendar_days_under_way_is_no_plan(run, text):
    rows = [r for r in event_rows(run(text)) if r[0] == "visit"]
    assert rows and rows[0][2] != "scheduled", rows


def test_a_yes_to_whether_a_trip_is_under_way_confirms_no_held_event(run):
    rows = event_rows(run("QUESTION: Is the minister going to Jakarta this week?\n\nSPOKESPERSON: Yes. Minister Ana "
                          "Rojas will travel to Jakarta on Thursday."))
    assert rows and all(r[2] != "held" for r in rows), rows


def test_we_after_x_and_i_is_the_speaker_and_x(run):
    rows = event_rows(run('Uruguay\'s president Lucia Ferreyra said: "President Tomas Benitez and I spoke by phone on '
                          'Monday. We agreed to meet in Asuncion in October."'))
    meetings = [r for r in _with(rows, "Ferreyra", "Benitez") if r[0] == "meeting"]
    assert meetings and meetings[0][2:5] == ("agreed", "2031-10", "Asuncion"), rows


def test_a_contact_just_made_is_dated_the_day_it_is_told(run):
    rows = event_rows(run('Secretary of State Dana Pruitt said: "I have just met with Foreign Minister Reza Hosseini '
                          'on the sidelines."'))
    assert _with(rows, "Pruitt", "Hosseini") and _with(rows, "Pruitt", "Hosseini")[0][2:4] == ("held", "2031-09-17")
    told = run("US Secretary of State Dana Pruitt met Iran's foreign minister Reza Hosseini in Geneva.")
    assert [r[3] for r in event_rows(told)] == [None]  # a plain past with no day stays undated
