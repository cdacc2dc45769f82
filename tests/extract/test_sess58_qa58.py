"""Opinion pieces and interviews. An offer told with its proposer as its only side ("X has proposed a meeting of the
two ministers in Y") and answered in the next sentence by another state ("Z has refused", "Z said no", "Z has
rejected it", "Z accepted") is the contact of the two (declined or agreed). Near-misses: an answer that is no answer
to the offer ("declined to comment", "has not refused", "rejected the accusation"), an answer by no state ("the
opposition"), by the proposer itself, or by a third state to an offer that names its two sides already. And an
interview's capitals answer label ("NDIAYE-SARR:") names the person its introduction or closing line spells out in
full ("Awa Ndiaye-Sarr spoke to us"), also where the tagger missed that name; a label with no full name in the text
stays as it is. Invented people; real states and cities."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ("meeting", "talks", "negotiation", "summit", "conference")


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


@pytest.mark.parametrize("text, parts, status", [
    # an op-ed: a meeting of "the two ministers" floated by one capital, turned down by the other with "said no"
    ("OPINION\n\nThe river needs a table\n\nBy Nasrin Chowdhury-Alam\n\n"
     "Dhaka has floated a meeting of the two home ministers in Sylhet before the monsoon. Naypyidaw said no the "
     "same week.", (["Bangladesh"], ["Myanmar"]), "declined"),
    # an offer to host, refused with no object
    ("Comment: Rabat has offered to host a round of talks in Tangier in the autumn. Algiers has refused.",
     (["Morocco"], ["Algeria"]), "declined"),
    # a summit of "the two presidents", declined with an adverb between
    ("Ulaanbaatar has proposed a summit of the two presidents in Darkhan next spring. Beijing has politely declined.",
     (["Mongolia"], ["China"]), "declined"),
    # taken up: agreed
    ("OPINION\n\nTbilisi proposed a meeting of the two prime ministers in Batumi in July. Yerevan accepted within "
     "the hour.", (["Georgia"], ["Armenia"]), "agreed"),
    # the answer after a semicolon, "rejected it"
    ("Podgorica has proposed a meeting of the two interior ministers in Kotor this month; Tirana has rejected it.",
     (["Montenegro"], ["Albania"]), "declined"),
    # resuming talks told before, "turned the proposal down"
    ("Comment: Quito has proposed resuming the border talks next month. Lima has turned the proposal down.",
     (["Ecuador"], ["Peru"]), "declined"),
])
def test_other_state_answers_a_one_sided_offer(run, text, parts, status):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, list(parts), status), rows


@pytest.mark.parametrize("text, parts", [
    # no answer to the offer
    ("Accra has proposed talks on the border posts in Aflao. A spokesman for the ministry declined to comment.",
     (["Ghana"], ["spokesman", "ministry"])),
    ("Accra has proposed talks on the border posts in Aflao. Lome has not refused.", (["Ghana"], ["Togo"])),
    ("Accra has proposed talks on the border posts in Aflao. Lome has rejected the accusation of stalling.",
     (["Ghana"], ["Togo"])),
    # an answer by no state
    ("Accra has proposed talks on the border posts in Aflao. The opposition refused.", (["Ghana"], ["opposition"])),
    # a third state answering an offer that names both its sides
    ("Accra has proposed talks with Abidjan on the border posts. Lome has declined.", (["Togo"], ["Ghana", "Ivory"])),
    # a trip, not an offer
    ("Ghana's president will visit Abuja in June. Lome has refused.", (["Togo"], ["Ghana", "Nigeria"])),
])
def test_no_answer_to_a_one_sided_offer(run, text, parts):
    rows = event_rows(run(text))
    assert not has_row(rows, MEET, list(parts), "declined"), rows


def test_proposer_refusing_something_else_is_no_answer(run):
    rows = event_rows(run("Quito proposed a meeting of the foreign ministers in Cuenca. Quito later refused to set "
                          "a date."))
    assert not has_row(rows, MEET, [["Ecuador"]], "declined"), rows


@pytest.mark.parametrize("text, person, other", [
    # the introduction spells out the name (the tagger reads no person there)
    ("'The river unites us': Laos's foreign minister\n\n"
     "Bounmy Phommachanh-Vongsa spoke to us in Vientiane on Monday.\n\n"
     "Q: You were in Hanoi last week. Whom did you see?\n\n"
     "PHOMMACHANH-VONGSA: I met the Vietnamese prime minister on Thursday, for two hours.",
     "Bounmy Phommachanh-Vongsa", "Vietnam"),
    # the closing line
    ("Interview: Senegal's foreign minister\n\n"
     "Q: What is next for you?\n\n"
     "NDIAYE-SARR: I will travel to Bamako next week to meet the transition's foreign minister.\n\n"
     "Aminata Ndiaye-Sarr is Senegal's foreign minister.",
     "Aminata Ndiaye-Sarr", "Mali"),
    # the name inside a closing sentence
    ("Interview: Croatia's foreign minister\n\n"
     "Q: What is next for you?\n\n"
     "KOVAC-BARIC: I will go to Sarajevo on Monday for talks with the Bosnian foreign minister.\n\n"
     "The interview with Ivana Kovac-Baric took place in Zagreb.",
     "Ivana Kovac-Baric", "Bosnia"),
    # the office before the name is no part of it
    ("Interview: Bolivia's foreign minister\n\n"
     "Q: What came of your trip?\n\n"
     "QUISPE-MAMANI: I met the Paraguayan foreign minister in Asuncion on Friday.\n\n"
     "Foreign Minister Rosa Quispe-Mamani spoke to us in La Paz.",
     "Rosa Quispe-Mamani", "Paraguay"),
])
def test_capitals_label_names_the_interviewee_in_full(run, text, person, other):
    rows = event_rows(run(text))
    assert any(person in r[1] and any(other in n for n in r[1]) for r in rows), rows


def test_label_with_no_full_name_keeps_its_word(run):
    text = ("Interview: Uganda's foreign minister\n\n"
            "Q: What is next?\n\n"
            "OKELLO-ODONGO: I will travel to Kinshasa next week for talks with the Congolese foreign minister.\n\n"
            "Our thanks to Minister Grace Atim, who arranged the interview.")
    rows = event_rows(run(text))
    assert not any(any("Atim" in n for n in r[1]) for r in rows), rows


@pytest.mark.parametrize("text, side, place", [
    # "No, he will not.": the elliptic answer read past its "No,"
    ("Interview: Namibia's foreign minister\n\n"
     "Q: Will the President attend the SADC summit in Harare next month?\n\n"
     "SHIKONGO: No, he will not. He has the budget vote in Windhoek that week.\n\n"
     "Ndapewa Shikongo is Namibia's foreign minister.", "Namibia", "Harare"),
    ("Interview: Paraguay's foreign minister\n\n"
     "Q: Will the President go to the Mercosur summit in Montevideo next week?\n\n"
     "BENITEZ-ARCE: No, she won't. The floods come first.\n\n"
     "Lucia Benitez-Arce is Paraguay's foreign minister.", "Paraguay", "Montevideo"),
])
def test_no_then_elliptic_refusal_declines(run, text, side, place):
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [[side]], "declined", place=place), rows


def test_yes_then_elliptic_answer_schedules(run):
    text = ("Interview: Fiji's foreign minister\n\n"
            "Q: Will the Prime Minister meet the Chinese premier in Beijing next month?\n\n"
            "VULA-RATU: Yes, he will. The dates are being fixed.\n\n"
            "Mere Vula-Ratu is Fiji's foreign minister.")
    rows = event_rows(run(text))
    assert has_row(rows, MEET, [["Fiji"], ["China"]], "scheduled", place="Beijing"), rows


@pytest.mark.parametrize("text", [
    # a hypothetical turned down: nothing held, planned or refused
    "Interview: Paraguay's foreign minister\n\n"
    "Q: Would the President meet the Bolivian leader if he asked?\n\n"
    "BENITEZ-ARCE: No, she would not. Not while the border is closed.\n\n"
    "Lucia Benitez-Arce is Paraguay's foreign minister.",
    # a bare "No." and another sentence: not read as the side's refusal
    "Interview: Paraguay's foreign minister\n\n"
    "Q: Will the President go to the Mercosur summit in Montevideo next week?\n\n"
    "BENITEZ-ARCE: No. The floods come first, and the vice president will go.\n\n"
    "Lucia Benitez-Arce is Paraguay's foreign minister.",
])
def test_hypothetical_or_bare_no_gives_no_refusal(run, text):
    rows = event_rows(run(text))
    assert not any(r[2] in ("declined", "held") and any("Paraguay" in n for n in r[1]) for r in rows), rows


def test_correspondent_label_is_no_side(run):
    text = ("PRESENTER: The Foreign Secretary, Ruth Adeyemi-Clarke, has arrived in Skopje. Our diplomatic "
            "correspondent Gareth Pennick is with her.\n\n"
            "PENNICK: She's due to meet the president this afternoon. A planned meeting with Albania's prime "
            "minister has been dropped from the programme.")
    rows = event_rows(run(text))
    assert not any(any("Pennick" in n for n in r[1]) for r in rows), rows


@pytest.mark.parametrize("text, host, guest", [
    # an interview's question: "the President" is the interviewee's state's
    ("Interview: Vanuatu's foreign minister\n\n"
     "Q: Indonesia has invited the President to Jakarta. Will he go?\n\n"
     "KALORIB: He is studying it.\n\n"
     "Tom Kalorib is Vanuatu's foreign minister.", "Indonesia", "Vanuatu"),
    ("Interview: Samoa's foreign minister\n\n"
     "Q: India has invited the Prime Minister to New Delhi.\n\n"
     "TUILAEPA-FAAMA: The invitation is on her desk. She has not decided.\n\n"
     "Lemalu Tuilaepa-Faama is Samoa's foreign minister.", "India", "Samoa"),
    # a report framed by its dateline and a minister of that state
    ("NAIROBI, May 26 (Wire) - Kenya's foreign minister said on Friday that Tanzania had invited the President to "
     "Dodoma.", "Tanzania", "Kenya"),
])
def test_bare_title_invited_is_the_framing_states_leader(run, text, host, guest):
    rows = event_rows(run(text))
    assert has_row(rows, ("visit",), [[host], [guest]], "proposed"), rows


@pytest.mark.parametrize("text", [
    "The Prime Minister invited the Foreign Minister to dinner.",
    # the framing state inviting "the President": no visit of a state to itself
    "NAIROBI, May 26 (Wire) - Kenya has invited the President to State House for the budget reading, his office said.",
])
def test_bare_title_invited_with_no_other_state_gives_no_visit(run, text):
    rows = event_rows(run(text))
    assert not any(r[0] == "visit" and len(r[1]) >= 2 for r in rows), rows
