"""Reported speech still missed: calls and demands, institutional and collective speakers, capital-colon headlines,
transcript labels for spokespeople, content across relative clauses, and what is not speech; invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor, statement_with as said

PUBLISHED = date(2041, 9, 14)  # a Saturday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, speaker, fragment, whole", [
    # a mandative "that" clause is what was demanded
    ("Opposition senator Lucia Ferraz Monteiro on Thursday demanded that the cabinet publish the gas contract with "
     "Bolivia.", "lucia ferraz monteiro", "publish the gas contract", "the cabinet publish the gas contract with Bolivia"),
    # "called on X in Y to ...": the infinitive the parser hung on the verb after the addressee's own phrase
    ("The Arab League on Friday called on the armed groups in southern Libya to release the kidnapped engineers.",
     "arab league", "release the kidnapped engineers",
     "the armed groups in southern Libya to release the kidnapped engineers"),
    # "appealed to X for Y to ...": whom, for what and what for
    ("UNICEF appealed to governments for 90 million dollars to vaccinate children in the Sahel.", "unicef",
     "90 million dollars", "governments for 90 million dollars to vaccinate children in the Sahel"),
    ("Kenya's foreign minister, Peter Oduya Kamau, appealed to Ethiopia to reopen the Moyale crossing.",
     "peter oduya kamau", "reopen the Moyale crossing", "Ethiopia to reopen the Moyale crossing"),
    # "for X and for Y": one cue, both wishes
    ("Norway's prime minister called for a moratorium on deep-sea mining and for an independent review to be "
     "published next year.", "norway", "moratorium on deep-sea mining", "an independent review to be published"),
    # a condemned object keeps the phrase the parser hung on the verb
    ("Chile condemned the sentencing of the journalist Marta Quiroga to nine years in prison.", "chile",
     "sentencing of the journalist", "to nine years in prison"),
])
def test_calls_and_demands_keep_their_whole_complement(run, text, speaker, fragment, whole):
    names, st = said(run(text), fragment)
    assert any(speaker in n for n in names), names
    assert whole.lower() in st.quote.lower(), st.quote


@pytest.mark.parametrize("text, fragment, day", [
    ("Opposition senator Lucia Ferraz Monteiro on Thursday demanded that the cabinet publish the gas contract with "
     "Bolivia.", "gas contract", date(2041, 9, 12)),
    # a meeting set off beside the speakers dates their words, as "speaking on Monday" does
    ("The environment ministers of Fiji and Samoa, meeting in Nadi on Wednesday, called for a levy on shipping "
     "emissions.", "levy on shipping emissions", date(2041, 9, 11)),
])
def test_calls_and_demands_dated_by_their_occasion(run, text, fragment, day):
    _, st = said(run(text), fragment)
    assert st.said_on == day


def test_reported_clause_spans_its_relative_clause_when_its_subject_reads_as_an_object(run):
    names, st = said(run("Analysts in Lima say the copper price, which fell sharply last year, is recovering."),
                     "copper price")
    assert "which fell sharply last year, is recovering" in st.quote


def test_collective_speakers_and_coordinated_cues(run):
    ex = run("The prime ministers of Latvia and Finland condemned the jamming of civilian flights over the Baltic "
             "and called on NATO to deploy more surveillance aircraft. The leaders said the jamming endangered "
             "thousands of passengers.")
    names, _ = said(ex, "jamming of civilian flights")
    assert any("prime ministers of latvia and finland" in n for n in names), names
    names, _ = said(ex, "NATO to deploy more surveillance aircraft")
    assert any("prime ministers of latvia and finland" in n for n in names), names
    names, _ = said(ex, "endangered thousands of passengers")
    assert any("prime ministers of latvia and finland" in n for n in names), names


def test_members_of_a_body_speak_as_one(run):
    names, _ = said(run("The members of the Human Rights Council called on Eritrea to allow visits by the special "
                        "rapporteur."), "allow visits")
    assert any("human rights council" in n for n in names), names


def test_state_body_in_a_sentence_set_in_a_capital(run):
    names, st = said(run("In Nairobi, the government says the teachers' strike, which began on Monday, is illegal."),
                     "strike")
    assert "kenya" in names, names
    assert "which began on Monday, is illegal" in st.quote


@pytest.mark.parametrize("text, state", [
    ("Ottawa: Tariffs stay until Washington drops its steel levies", "canada"),
    ("Hanoi: No fishing talks while Chinese militia boats remain at the reef", "vietnam"),
])
def test_capital_before_a_headline_colon_speaks_for_its_state(run, text, state):
    names, _ = said(run(text), text.split(": ", 1)[1].split()[1])
    assert state in names, names


def test_spokesperson_label_takes_the_holder_named_in_the_header(run):
    ex = run("Press briefing by the Spokesperson of the Ministry of External Affairs, Anjali Rao Menon, New Delhi, "
             "12 September 2041\n\nSpokesperson: The minister will visit Colombo next week.\n\n"
             "Question: Will he meet the opposition?\n\nSpokesperson: His programme is still being finalised.")
    names, st = said(ex, "visit Colombo")
    assert "anjali rao menon" in names and st.direct
    names, _ = said(ex, "still being finalised")
    assert "anjali rao menon" in names
    assert not any("meet the opposition" in s.quote for s in ex.statements)


def test_description_inside_the_speakers_own_words_is_no_second_statement(run):
    ex = run("Armenia's foreign minister, Lilit Arakelyan, demanded that Azerbaijan withdraw from the heights near "
             "Jermuk, which she described as Armenian land.")
    assert len(ex.statements) == 1
    assert "withdraw from the heights" in ex.statements[0].quote


@pytest.mark.parametrize("text", [
    "Kyiv: Russian missiles struck the power grid overnight",  # a capital before an event report is a place
    "The job demands that its holder travel to forty countries a year.",  # a requirement, nobody's words
    "The new embassy opens in May. (Ambassador Teodora Ilieva spoke to our Sofia bureau on Monday.)",
    "The university has issued a call for papers on Balkan diplomacy for its spring conference.",
    "Ministers are expected to call on member states to raise aid budgets at next week's meeting.",
])
def test_no_statement(run, text):
    assert run(text).statements == ()


def test_a_body_name_with_a_figure_still_names_its_members(run):
    names, st = said(run("The G20 agriculture ministers called on exporters not to restrict rice shipments."),
                     "restrict rice shipments")
    assert any("g20" in n for n in names), names
    assert st.quote.startswith("exporters not to restrict")


def test_an_appeal_inside_an_appeal_is_one_statement(run):
    ex = run("Brazil's foreign minister, Helena Tavares Rocha, urged the G20 on Friday to press creditors to cancel "
             "the debts of flooded states.")
    assert len(ex.statements) == 1
    assert "to press creditors to cancel the debts" in ex.statements[0].quote
