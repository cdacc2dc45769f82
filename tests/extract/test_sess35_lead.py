"""The day a statement was made, not a day its words or its object name (a date inside the quotation marks, the day
of the attack a press release condemns, the day a post was shared by), and names with an inner apostrophe; invented
text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor, statement_with as said

PUBLISHED = date(2078, 9, 14)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, fragment, day", [
    # a time inside the quotation is what was said, not when
    ("10:42 - Trade Commissioner Liesl Vanderstraeten-Ruiz stops to speak to reporters on her way in. \"We will not "
     "move on steel. Not this autumn, not next year,\" she says.", "We will not move on steel", "2078-09-14"),
    ("The Chilean foreign minister, Renata Ossandón Vial, says Santiago is ready to sign the fisheries accord "
     "\"next Thursday\" if Lima drops its last reservation.", "ready to sign the fisheries accord", "2078-09-14"),
    # a present-tense release condemns an attack of another day: it speaks on the day it is issued
    ("The Ministry of Foreign Affairs of Ghana condemns the attack on a Ghanaian convoy near Bawku on 11th September "
     "2078 and calls on all parties to exercise restraint.", "the attack on a Ghanaian convoy", "2078-09-14"),
    ("The Secretary-General of the Pacific Islands Forum strongly condemns the shooting in Honiara on 10 September "
     "and expresses his deep condolences to the families of the victims.", "his deep condolences", "2078-09-14"),
    # a relative clause inside the verb's phrase has its own day
    ("Senator Dalisay Macaraeg Ocampo took to social media to denounce the power cuts in Leyte. \"Our schools "
     "cannot teach in the dark,\" she wrote in a post, which had been shared 30,000 times by Tuesday evening.",
     "Our schools cannot teach in the dark", "2078-09-14"),
])
def test_a_statement_is_dated_by_its_saying(run, text, fragment, day):
    _, statement = said(run(text), fragment)
    assert statement.said_on.isoformat() == day


@pytest.mark.parametrize("text, fragment, day", [
    # the verb's own day still dates it, wherever the parse puts it
    ("Kenya's foreign minister, Wanjiru Kiprotich Ndegwa, urged the international community on Monday to press the "
     "warring parties to open the Port Sudan corridor.", "to press the warring parties", "2078-09-12"),
    ("Tanzania's president, Neema Mwakyusa Lema, on Sunday condemned the attack on a ferry off Zanzibar, calling it "
     "cowardly.", "the attack on a ferry", "2078-09-11"),
    ("\"We will go to The Hague if we must,\" Prime Minister Tevita Lolo Fusitu'a said on Tuesday.",
     "We will go to The Hague", "2078-09-13"),
])
def test_the_verbs_own_day_still_dates_it(run, text, fragment, day):
    _, statement = said(run(text), fragment)
    assert statement.said_on.isoformat() == day


@pytest.mark.parametrize("text, fragment, speaker", [
    # a name word with an inner apostrophe (a glottal stop, an Arabic 'ayn) is still a name word
    ("\"We will go to The Hague if we must,\" Prime Minister Tevita Lolo Fusitu'a said on Tuesday.",
     "We will go to The Hague", "tevita lolo fusitu'a"),
    ("Deputy Prime Minister Faleolo Tuila'epa told reporters in Apia that the cable would be repaired by March.",
     "the cable would be repaired by March", "faleolo tuila'epa"),
    # a ministry named by a list of portfolios is one body, however the tagger cuts the list
    ("The Ministry of Foreign and Diaspora Affairs said on Monday that the evacuation flights would continue.",
     "the evacuation flights would continue", "ministry of foreign and diaspora affairs"),
    ("The Ministry of Foreign Affairs and International Cooperation said the envoy would return to Tripoli.",
     "the envoy would return to Tripoli", "ministry of foreign affairs and international cooperation"),
    # a list after a ministry that goes on to name a person is no list of portfolios
    ("The Ministry of Health and Education Minister Adaeze Okonkwo-Bello said the schools would reopen on Monday.",
     "the schools would reopen", "adaeze okonkwo-bello"),
])
def test_the_speaker_is_named_whole(run, text, fragment, speaker):
    names, _ = said(run(text), fragment)
    assert speaker in names, names
