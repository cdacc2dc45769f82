"""Statements found the way reporters write them: cues, unnamed and office-named speakers, readouts, transcripts."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document

PUBLISHED = date(2024, 6, 14)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as an article published on PUBLISHED."""
    from diplograph.extract import extract_one

    cache: dict[str, object] = {}

    def go(text: str):
        if text not in cache:
            cache[text] = extract_one(nlp(text), Document(id="cue", text=text, published=PUBLISHED))
        return cache[text]

    return go


def said(ex, fragment: str):
    """(speaker display name and aliases, statement) of the statement whose words hold fragment."""
    hits = sorted((s for s in ex.statements if fragment.lower() in s.quote.lower()), key=lambda s: len(s.quote))
    assert hits, f"no statement with {fragment!r}: {[s.quote for s in ex.statements]}"
    actor = next(a for a in ex.actors if a.key == hits[0].speaker)
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)}, hits[0]


def carries(names: set[str], part: str) -> bool:
    """True when one of the speaker's names holds part."""
    return any(part in n for n in names)


# (text, a name the speaker must carry, words of the statement, direct, day)
CASES = [
    # office-named and unnamed speakers are speakers
    ("Brazil's finance minister said on Tuesday that the real would recover.", "brazil's finance minister",
     "the real would recover", False, date(2024, 6, 11)),
    ("A senior NATO diplomat, who asked not to be named, said the alliance would keep its pledge.",
     "senior nato diplomat", "the alliance would keep its pledge", False, None),
    ("Three people familiar with the talks told Reuters that a draft was ready.", None, "a draft was ready",
     False, None),
    ("Two officials said the convoy had reached the border.", "two officials", "the convoy had reached the border",
     False, None),
    ("According to two Western diplomats, the vote could slip to July.", "two western diplomats",
     "the vote could slip to july", False, None),
    # cues beyond "say"
    ("Nigerian President Bola Tinubu insisted that the elections would go ahead.", "tinubu",
     "the elections would go ahead", False, None),
    ("Kenyan Foreign Minister Musalia Mudavadi denied that Nairobi had recalled its envoy.", "mudavadi",
     "nairobi had recalled its envoy", False, None),
    ("Chilean President Gabriel Boric warned on Wednesday that the drought would worsen.", "boric",
     "the drought would worsen", False, date(2024, 6, 12)),
    ("Indonesian Foreign Minister Retno Marsudi urged Myanmar's generals to end the violence.", "marsudi",
     "to end the violence", False, None),
    # readout style: the object is what was said
    ("Defence Minister Richard Marles met his Japanese counterpart in Tokyo. Mr. Marles underscored the "
     "importance of a stable maritime order in the region.", "marles",
     "importance of a stable maritime order", False, None),
    ("Foreign Minister Penny Wong spoke with her Fijian counterpart. She reaffirmed Australia's support for "
     "Pacific-led regional security.", "wong", "support for pacific-led regional security", False, None),
    # quotations around the cue, pronouns back to an office-named speaker
    ("Poland's prime minister said on Thursday that talks had stalled. \u201cWe will not be blackmailed,\u201d he said.",
     "poland's prime minister", "will not be blackmailed", True, date(2024, 6, 13)),
    ("\u201cThe door is open,\u201d Mexico's foreign secretary wrote on X, \u201cbut not forever.\u201d",
     "mexico's foreign secretary", "not forever", True, None),
    ("Ghana's president told parliament on Monday: \u201cWe owe it to the next generation to act by 2040.\u201d",
     "ghana's president", "act by 2040", True, date(2024, 6, 10)),
    # verbs of blame: the object and its charge; condemnation: the object
    ("Vietnam's foreign ministry on Tuesday accused Chinese fishing crews of ramming its boats and seizing "
     "nets.", "vietnam", "crews of ramming its boats and seizing nets", False, date(2024, 6, 11)),
    ("Opposition leader Maria Santos slammed police for blocking her rally.", "santos",
     "police for blocking her rally", False, None),
    ("The Secretary-General strongly condemns the killings of aid workers in the region.", "secretary-general",
     "the killings of aid workers", False, None),
    # a quoted label after "call" or "as" is the speaker's own words, and nothing more
    ("Government spokesman Omar Haddad condemned the raid, calling it \u201can act of piracy\u201d.", "haddad",
     "an act of piracy", True, None),
    ("A Kremlin spokesman dismissed the plan as \u201creckless\u201d.", "kremlin", "reckless", True, None),
    # a CAMEO cue with its clause; a live blog's time stamp is not part of the speaker
    ("The minister lamented that the aid had come too late.", "minister", "the aid had come too late", False, None),
    ("08:50 Ukraine's deputy prime minister said that the grid had been repaired.",
     "ukraine's deputy prime minister", "the grid had been repaired", False, None),
    # a noun of saying with its "that" clause: the clause is what was said
    ("Ghana's president repeated his assurances that the vote would be peaceful.", "ghana's president",
     "the vote would be peaceful", False, None),
    # the name in apposition speaks for its description
    ("On Saturday, his Labour shadow, Anne Walsh, accused him of \u201cweakness\u201d.", "walsh", "weakness",
     False, date(2024, 6, 8)),
    # a reduced passive between commas: the subject was asked, and answers with the later cue (dated by the asking)
    ("Peru's president Dina Quispe, asked whether she would resign, said she would serve out her term.", "quispe",
     "she would serve out her term", False, None),
    ("The envoy, pressed on Wednesday about the ceasefire, said: \u201cWe are close.\u201d", "envoy", "we are close",
     True, date(2024, 6, 12)),
    # threats, vows and pledges made on a day, with the day between verb and infinitive
    ("Turkey threatened on Tuesday to block the alliance's budget.", "turkey", "to block the alliance's budget",
     False, date(2024, 6, 11)),
    ("HARARE, June 14 (Wire) - Opposition leader Ana Ruiz vowed on Monday to contest the result in court.", "ruiz",
     "to contest the result in court", False, date(2024, 6, 10)),
    # a "that" clause the parser read as a relative clause on the addressee
    ("Foreign ministry spokesperson Chen Lin told a regular briefing that Beijing would take firm measures.",
     "chen lin", "beijing would take firm measures", False, None),
    # a quoted label right after "as", before what it judges
    ("Kenya's foreign ministry dismissed as \u201cnonsense\u201d reports that troops had crossed the border.", "kenya",
     "nonsense", True, None),
    # "called on" with a particle, and "adding that" hung on the reported clause, keep their own speaker
    ("The African Union said it was alarmed by the fighting and called on both sides to \u201cstop now\u201d.",
     "african union", "both sides to stop now", False, None),
    ("Finland's prime minister Aino Virtanen said the budget would balance next year, adding that "
     "\u201cdiscipline pays\u201d.", "virtanen", "discipline pays", True, None),
    # a capitalised office with the name set off by commas; words relayed by an agency stay the speaker's
    ("The Minister of Foreign Affairs of Ghana, Kwame Mensah, indicated on Thursday that the border posts "
     "would reopen.", "mensah", "the border posts would reopen", False, date(2024, 6, 13)),
    ("Uzbek President Ilhom Karimov said the water deal would be signed soon, the state news agency UzA reported.",
     "karimov", "the water deal would be signed soon", False, None),
    # an unquoted "as" label of a condemning verb is what was said
    ("Egypt's foreign ministry denounced the raid on the camp as a grave breach of international law.", "egypt",
     "a grave breach of international law", False, None),
    # the addressee of "told" is never the speaker, and a name set off twice after a fronted phrase is the subject
    ("At a hearing in Ottawa on Thursday, the trade minister, Helen Okafor-Ross, told Parliament that the tariffs "
     "would be lifted in July.", "okafor-ross", "tariffs would be lifted", False, date(2024, 6, 13)),
    ("On Wednesday in Nairobi, the health minister, Amina Wekesa, told MPs that the clinics would reopen.",
     "wekesa", "clinics would reopen", False, date(2024, 6, 12)),
]


@pytest.mark.parametrize("text,speaker,fragment,direct,day", CASES)
def test_cue_gives_statement(run, text, speaker, fragment, direct, day):
    names, st = said(run(text), fragment)
    if speaker is not None:
        assert carries(names, speaker)
    assert st.direct is direct
    assert st.said_on == (day or PUBLISHED)


def test_split_quote_is_one_statement_and_inner_year_is_not_its_date(run):
    ex = run("\u201cWe cannot wait until 2035,\u201d Norway's climate minister said, \u201cthe time is now.\u201d")
    names, st = said(ex, "cannot wait until 2035")
    assert "the time is now" in st.quote and carries(names, "norway's climate minister")
    assert st.said_on == PUBLISHED


def test_semicolon_splits_two_reports(run):
    ex = run("Spain's prime minister warned on Monday that the budget was at risk; he added: "
             "\u201cWe need a deal this week.\u201d")
    _, first = said(ex, "the budget was at risk")
    _, second = said(ex, "We need a deal this week")
    assert "deal" not in first.quote and second.direct and first.said_on == date(2024, 6, 10)


def test_transcript_labels_give_each_paragraph_to_its_speaker(run):
    text = ("Remarks With Minister Amara Okafor and Prime Minister Erik Lindqvist\n\n"
            "MINISTER OKAFOR: Thank you all for coming this morning. Our two countries share a long border "
            "and a longer history.\n\n"
            "We will talk today about trade, water and the road to the coast.\n\n"
            "PRIME MINISTER LINDQVIST: Thank you, Amara. I am glad to be back in Abuja after so many years.\n\n"
            "QUESTION: (Inaudible.)\n")
    ex = run(text)
    names, st = said(ex, "trade, water and the road")
    assert carries(names, "okafor") and st.direct
    names, _ = said(ex, "glad to be back in Abuja")
    assert carries(names, "lindqvist")
    assert not any("Inaudible" in s.quote for s in ex.statements)


def test_readout_lead_belongs_to_the_spokesperson(run):
    text = ("Ministry Spokesperson Clara Nunes provided the following readout:\n\n"
            "Minister Tomas Reyes met today with his counterpart, and the two discussed the upcoming elections. "
            "Minister Reyes emphasized the need for a transparent vote count.")
    ex = run(text)
    names, st = said(ex, "met today with his counterpart")
    assert carries(names, "clara nunes")
    names, _ = said(ex, "the need for a transparent vote count")
    assert carries(names, "reyes")


def test_plural_parties_speak_through_the_last_named(run):
    ex = run("Foreign Minister Ana Lopes met Foreign Minister Kofi Mensah in Lisbon. "
             "Both sides pledged to deepen cooperation on fisheries.")
    names, _ = said(ex, "deepen cooperation on fisheries")
    assert carries(names, "lopes") or carries(names, "mensah")


@pytest.mark.parametrize("text", [
    "The post demands that its holder travel widely.",  # a job's requirement, nobody's words
    "The ministry hopes that the talks will resume.",  # a CAMEO verb of wishing, not of saying
    "Many people say the bridge is unsafe.",  # generic crowd, no source
    "Defence Minister Richard Marles did not say whether the ships would sail.",
    "The ministry declined to comment on reports that the envoy had resigned.",  # a refusal to speak
    "Brazil's president refused to say whether he would attend the summit.",
    "He has long threatened to cut funding for the agency.",  # a threat recalled as background
])
def test_no_statement(run, text):
    assert run(text).statements == ()


def test_tabloid_headline_quote_is_its_subjects(run):
    ex = run("\u201cNOT ONE INCH!\u201d Defiant Rivas slams border plan\n\nOpposition leader Carla Rivas last night "
             "blasted the government for closing the northern crossings.")
    names, st = said(ex, "not one inch")
    assert carries(names, "rivas") and st.direct


def test_headline_quote_told_again_in_the_story_is_not_a_second_statement(run):
    ex = run("\u201cNOT ONE INCH!\u201d Defiant Rivas slams border plan\n\n\u201cNot one inch!\u201d opposition "
             "leader Carla Rivas told supporters.")
    assert sum("inch" in s.quote.lower() for s in ex.statements) == 1


def test_a_body_described_not_named_still_speaks(run):
    ex = run("HARARE — Zimbabwe's electoral commission said on Thursday that results would be announced within "
             "five days. The wildlife authority's press office said in a statement that it had \"no record\" of "
             "the permits. The state broadcaster said the president would address the nation.")
    names, st = said(ex, "results would be announced")
    assert carries(names, "zimbabwe")
    names, _ = said(ex, "no record of the permits")
    assert carries(names, "press office")
    names, _ = said(ex, "address the nation")
    assert carries(names, "broadcaster")


def test_the_bare_body_points_back_to_the_one_named(run):
    ex = run("Kenya's foreign ministry summoned the Ugandan envoy on Monday. The ministry said in a statement that "
             "the remarks were unacceptable.")
    names, _ = said(ex, "the remarks were unacceptable")
    assert carries(names, "kenya")


def test_two_speech_verbs_sharing_a_subject_give_two_statements(run):
    ex = run("Norway's foreign minister said on Tuesday that the fund would stay invested in the region but warned "
             "that new sanctions could force a sale.")
    first = [s for s in ex.statements if "stay invested" in s.quote]
    second = [s for s in ex.statements if "force a sale" in s.quote]
    assert len(first) == 1 and len(second) == 1 and "force a sale" not in first[0].quote
    assert first[0].speaker == second[0].speaker


def test_a_statement_or_report_speaks_for_its_author(run):
    ex = run("Exports were halted on Monday, according to a report by the World Bank. The Kenyan embassy's "
             "statement said the ban was temporary. Lebanon's health ministry said in a report that 30 hospitals "
             "had closed. The report said fuel was running out.")
    names, _ = said(ex, "exports were halted")
    assert carries(names, "world bank")
    names, _ = said(ex, "the ban was temporary")
    assert carries(names, "kenya")
    names, _ = said(ex, "fuel was running out")
    assert carries(names, "lebanon")


def test_a_quoted_label_hung_on_the_object_is_what_was_said(run):
    ex = run("Ghana's finance ministry rejected the audit's findings as \"deeply flawed\" in a statement. "
             "Bolivia's president called the coup attempt \"a betrayal\" on Wednesday.")
    names, st = said(ex, "deeply flawed")
    assert carries(names, "ghana") and st.direct and "findings" not in st.quote
    names, st = said(ex, "a betrayal")
    assert carries(names, "bolivia") and "coup" not in st.quote


def test_the_question_put_to_a_speaker_is_not_the_speakers_statement(run):
    ex = run("Chile's foreign minister Ana Soto, asked whether Santiago would recall its envoy, said no decision had "
             "been taken.")
    assert not any("recall" in s.quote for s in ex.statements)
    names, st = said(ex, "no decision had been taken")
    assert carries(names, "soto") and st.quote == "no decision had been taken"


def test_a_titled_name_tagged_as_a_body_is_a_person_and_its_surname_links_to_it(run):
    ex = run("Kyrgyz President Sadyr-Bek Japarov received the envoy on Monday. Japarov said the talks had been useful.")
    names, _ = said(ex, "the talks had been useful")
    assert carries(names, "sadyr-bek japarov")
    assert not any(a.type != "person" and "Japarov" in a.name for a in ex.actors)


def test_an_office_then_a_name_in_a_transcript_label_is_that_person(run):
    ex = run("Weekly media briefing\n\nOfficial Spokesperson, Shri Ravi Kumar: We are in touch with the authorities."
             "\n\nQuestion: Will the minister travel?\n\nOfficial Spokesperson, Shri Ravi Kumar: Not this week.")
    names, st = said(ex, "in touch with the authorities")
    assert "ravi kumar" in names and st.direct


# Speakers named around the words rather than by a plain cue: back-references, groups, headline labels,
# listeners' participles; words set in fiction are no one's statement.
# (text, a name the speaker must carry, words of the statement, direct, day or None for publication)
FRAMED = [
    # a clause before ", X told <listener>", and a "that" clause the parser hung on the listener's participle
    ("The ceasefire is holding, but only just, Kenya's mediator Amina Odhiambo told the Daily Nation on Tuesday.",
     "odhiambo", "the ceasefire is holding", False, date(2024, 6, 11)),
    ("Brazil is open to a deal, but not at any price, Foreign Minister Lucia Ramos assured lawmakers.", "ramos",
     "not at any price", False, None),
    ("The Nigerian envoy told visiting journalists on Wednesday that Abuja would host the next round.",
     "nigerian envoy", "abuja would host the next round", False, date(2024, 6, 12)),
    # a quoted noun phrase inside the report does not end it
    ("The spokesman said the proposal was \u201ca dead end\u201d and would not be discussed again.", "spokesman",
     "would not be discussed again", False, None),
    # the sentence after a lone quotation names its speaker
    ("\u201cWe will not sign under pressure.\u201d Those were the words of Chilean Foreign Minister Elena Rojas on "
     "Wednesday.", "rojas", "we will not sign under pressure", True, date(2024, 6, 12)),
    ("\u201cPatience is also a policy.\u201d So said Norway's foreign minister in Oslo on Monday.",
     "norway's foreign minister", "patience is also a policy", True, date(2024, 6, 10)),
    ("\u201cThe door stays open.\u201d That was the message of the Mongolian president at the forum.",
     "mongolian president", "the door stays open", True, None),
    # "they" and "the ministers" after a group described by office and the states it stands for
    ("The trade ministers of Chile, Peru and Colombia met in Lima on Thursday. They said the bloc would admit new "
     "members.", "trade ministers of chile, peru and colombia", "the bloc would admit new members", False, None),
    ("Defence ministers of the Nordic countries gathered in Oslo on Monday. The ministers said the region faced a "
     "new kind of threat.", "defence ministers of the nordic countries", "the region faced a new kind of threat",
     False, None),
    # "he" is one person, never the group before him
    ("The foreign ministers of Ghana and Togo met in Lome on Monday. Togo's minister Robert Dussey hosted the "
     "meeting. He said the border would stay open.", "dussey", "the border would stay open", False, None),
    # a headline that opens on a surname and a colon
    ("Mwangaza: Malawi will repay its debts on time\n\nThe finance ministry has not commented.", "mwangaza",
     "malawi will repay its debts on time", True, None),
    # a headline's quotation, then a state's possessed surname as its subject
    ("\u2018We will not be bullied\u2019: Ghana's Mahama rejects tariff threat\n\nACCRA - The government has not "
     "commented.", "mahama", "we will not be bullied", True, None),
    # a readout lead dated on its own verb
    ("A spokesman for the Foreign Ministry of Peru issued the following statement on Wednesday:\n\nThe government "
     "rejects the report and calls on the council to withdraw it without delay.", "peru",
     "the government rejects the report", True, date(2024, 6, 12)),
    # a body named only by its office belongs to the state before it, and "the ministry" goes on with it
    ("Peru's Ministry of Foreign Affairs said on Tuesday that it had recalled its envoy. The ministry added that "
     "talks would continue.", "peru's ministry of foreign affairs", "talks would continue", False,
     date(2024, 6, 11)),
    ("Chile's Foreign Ministry said the fishing dispute was closed.", "chile's foreign ministry",
     "the fishing dispute was closed", False, None),
    # "X's office" speaks as the office when its holder is only described, as the holder when named
    ("Kenya's deputy president's office said on Monday that the visit had been postponed.",
     "kenya's deputy president's office", "the visit had been postponed", False, date(2024, 6, 10)),
    ("Prime Minister Tomas Vidal flew to Madrid. The prime minister's office said the trip was a success.", "vidal",
     "the trip was a success", False, None),
    # a capitalised office the finder took for a body goes back to the office described in full
    ("The Chairperson of the Pan-African Parliament welcomed the delegates. The Chairperson urged members to "
     "adopt the budget.", "chairperson of the pan-african parliament", "members to adopt the budget", False, None),
    # a setting that is not a work of fiction keeps its speaker
    ("At the screening of the film, the ambassador said the story was accurate.", "ambassador",
     "the story was accurate", False, None),
]


@pytest.mark.parametrize("text,speaker,fragment,direct,day", FRAMED)
def test_speaker_named_around_the_words(run, text, speaker, fragment, direct, day):
    names, st = said(run(text), fragment)
    assert carries(names, speaker), names
    assert st.direct is direct
    assert st.said_on == (day or PUBLISHED)


@pytest.mark.parametrize("text", [
    # words set in a novel, a film or a song are a character's
    "In the film's closing scene, the president tells his daughter, \u201cPower is a borrowed coat.\u201d",
    "Near the end of the song, the singer says the river will rise again.",
    "In the novel, the old consul turns to the crowd. \u201cEvery border is a wound,\u201d he says.",
    # a sentence after a quotation that names no speech
    "\u201cNothing lasts forever.\u201d Those were the days of easy money in the capital.",
    # a headline's place or rubric before a colon is nobody
    "Kyiv: Russian drones hit the power grid overnight",
    "Factbox: What the ceasefire deal says about prisoners",
])
def test_framed_words_are_no_statement(run, text):
    assert run(text).statements == ()


# A relayed, quoted or posted report keeps its own speaker; a warning's "against" phrase is what was warned.
RELAYED = [
    ("Chilean Foreign Minister Ana Rojas spoke in Lima. \u201cWe are not in a hurry,\u201d the EFE agency quoted "
     "her as saying.", "ana rojas", "not in a hurry", True, None),
    ("Moldova's foreign ministry said in a statement published on its website on Thursday that the border posts "
     "would reopen.", "moldova", "the border posts would reopen", False, date(2024, 6, 13)),
    ("Kenyan President William Ruto said the talks would continue and warned the rebels against any new "
     "offensive.", "ruto", "the rebels against any new offensive", False, None),
    ("Indian Prime Minister Narendra Modi was reported as saying that the border was calm.", "modi",
     "the border was calm", False, None),
    ("Ukrainian President Volodymyr Zelensky said in his evening video address that Kyiv needed more "
     "interceptors.", "zelensky", "kyiv needed more interceptors", False, None),
    ("The ministry's spokesman, Lin Jian, told a regular briefing that Beijing opposed the new export curbs.",
     "lin jian", "beijing opposed the new export curbs", False, None),
    ("Argentine President Javier Milei will skip the summit in Rio, his office said on Monday.", "milei",
     "will skip the summit in rio", False, date(2024, 6, 10)),
]


@pytest.mark.parametrize("text,speaker,fragment,direct,day", RELAYED)
def test_relayed_quoted_and_posted_reports_keep_their_speaker(run, text, speaker, fragment, direct, day):
    names, st = said(run(text), fragment)
    assert carries(names, speaker) and st.direct == direct and not st.quote.lower().startswith("that ")
    assert day is None or st.said_on == day


def test_a_warning_is_not_swallowed_by_the_clause_said_before_it(run):
    ex = run("Kenyan President William Ruto said the talks would continue and warned the rebels against any new "
             "offensive.")
    assert [s.quote for s in ex.statements if "talks would continue" in s.quote] == ["the talks would continue"]


def test_an_agency_relaying_a_report_does_not_say_it_again(run):
    ex = run("Pakistan's foreign office warned on Thursday that any incursion would be met with force, the state "
             "broadcaster reported.")
    assert [s.quote for s in ex.statements] == ["any incursion would be met with force"]
    names, st = said(ex, "incursion")
    assert carries(names, "pakistan") and st.said_on == date(2024, 6, 13)


def test_a_name_the_parser_hung_inside_a_fronted_phrase_is_the_subject(nlp):
    from spacy.tokens import Doc

    from diplograph.extract.clauses import swallowed_subject

    # "Replying to a query in the Lok Sabha, Minister P. Rao said ...", parsed with "Rao" as the object of "in"
    words = "Replying to a query in the Lok Sabha , Minister P. Rao said exports would recover .".split()
    heads = [12, 0, 3, 1, 3, 11, 7, 11, 7, 11, 11, 4, 12, 15, 15, 12, 12]
    deps = ["advcl", "prep", "det", "pobj", "prep", "det", "compound", "nmod", "punct", "compound", "compound",
            "pobj", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    pos = ["VERB", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN",
           "VERB", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words[:12]] + ["say", "export", "would", "recover", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert swallowed_subject(doc[12]).text == "Rao"
    # no comma between the fronted phrase and the name: the name belongs to the phrase
    doc = Doc(nlp.vocab, words=[w for w in words if w != ","], heads=[h - (h > 8) for n, h in enumerate(heads) if n != 8],
              deps=[d for n, d in enumerate(deps) if n != 8], pos=[p for n, p in enumerate(pos) if n != 8],
              lemmas=[m for n, m in enumerate(lemmas) if n != 8])
    assert swallowed_subject(doc[11]) is None


def test_a_quotation_opening_its_paragraph_is_whoever_it_later_came_from(run):
    ex = run("\u201cWe will not be lectured on democracy.\u201d\n\nThe remark drew laughter in the chamber on Monday. "
             "It came from Zambia's foreign minister, Mulambo Haimbe, during a debate on aid.")
    names, st = said(ex, "lectured on democracy")
    assert carries(names, "haimbe") and st.direct
    ex = run("\u201cThe region cannot wait for another decade.\u201d The warning came on Tuesday from a stage in Quito. "
             "It was delivered by Peru's foreign minister, Elmer Schialer.")
    assert carries(said(ex, "another decade")[0], "schialer")


def test_a_source_that_names_no_speaker_takes_no_quotation(run):
    ex = run("\u201cEnough is enough.\u201d\n\nThe aid came from Japan's reserves. It was delivered by ship on Monday.")
    assert not any("Enough" in s.quote for s in ex.statements)


@pytest.mark.parametrize("text,speaker,fragment", [
    ("Jordan's foreign minister Ayman Safadi met the envoys on Sunday. His answer to their offer was short: "
     "\u201cNot at the price of our sovereignty.\u201d", "safadi", "price of our sovereignty"),
    # a question put in the sentence before is not the cue of the words after the colon
    ("Norwegian Fisheries Minister Marianne Sivertsen was asked about the quotas. Her reply was swift: "
     "\u201cWe will not negotiate.\u201d", "sivertsen", "will not negotiate"),
    ("Norway's foreign ministry received the proposal on Monday. The ministry's reply was swift: "
     "\u201cThe quotas are not up for negotiation.\u201d", "norway", "not up for negotiation"),
])
def test_a_saying_noun_before_a_colon_gives_the_quotation_to_its_owner(run, text, speaker, fragment):
    names, st = said(run(text), fragment)
    assert carries(names, speaker) and st.direct


@pytest.mark.parametrize("text,fragment,day", [
    ("Russian President Vladimir Putin said on Friday talks were possible.", "talks were possible",
     date(2024, 6, 14)),
    ("Chilean Foreign Minister Ana Rojas told reporters on Tuesday Western sanctions would fail.",
     "western sanctions would fail", date(2024, 6, 11)),
])
def test_a_subject_the_parser_glued_onto_the_day_stays_in_the_report(run, text, fragment, day):
    ex = run(text)
    _, st = said(ex, fragment)
    assert st.quote.lower().startswith(fragment.split()[0]) and st.said_on == day


def test_a_cue_set_off_inside_its_clause_reports_the_clause_around_it(run):
    ex = run("Chilean Foreign Minister Ana Rojas spoke in Lima. The talks, she said, would resume in May.")
    names, st = said(ex, "would resume in may")
    assert carries(names, "rojas") and st.quote == "The talks would resume in May"


def test_an_aside_inside_a_relative_clause_reports_nothing_of_its_own(run):
    ex = run("Malaysian Prime Minister Anwar Ibrahim praised the accord, a deal that, he said, would now bring calm "
             "to the border.")
    assert not any(s.quote.lower().startswith("that") for s in ex.statements)


def test_an_office_named_later_is_the_person_an_appositive_inside_its_appositive_names(run):
    # "X's envoy, the Kenyan lawyer Y, ...": Y holds the office, and "the envoy" later is Y, not an unnamed envoy
    ex = run("The African Union's envoy for Sudan, the Kenyan lawyer Daniel Mwangi-Otieno, flew to Port Sudan on "
             "Monday. Addressing journalists at the airport, the envoy said both armies had accepted a ceasefire.")
    names, st = said(ex, "accepted a ceasefire")
    assert carries(names, "mwangi-otieno") and st.said_on == date(2024, 6, 10)


def test_a_mediator_is_an_office_that_speaks(run):
    ex = run("The mediator said the two delegations would meet again in Doha after the holiday.")
    assert said(ex, "meet again in doha")[1].quote == "the two delegations would meet again in Doha after the holiday"


@pytest.mark.parametrize("text,speaker,fragment,day", [
    # a demonstrative saying noun voiced by the next sentence's subject
    ("\u201cWe will rebuild every school in the valley.\u201d Ecuador's education minister, Marta Quispe Alvarado, "
     "gave that promise at a ceremony in Cuenca on Tuesday.", "quispe", "rebuild every school", date(2024, 6, 11)),
    ("\u201cOur patience has limits.\u201d\n\nThe criticism came from Malaysia's trade minister, Azlan Rahim, who "
     "spoke at a business forum in Penang on Wednesday.", "rahim", "patience has limits", None),
    ("\u201cThe wells will be shared.\u201d That was the message from Chad's water minister, Hawa Abdelkerim Saleh, "
     "during a visit to Abeche on Sunday.", "saleh", "wells will be shared", date(2024, 6, 9)),
    ("\u201cNo deal is better than this deal.\u201d\n\nThe remarks were made by Chile's mining minister, Tomas "
     "Aravena Soto, on Thursday.", "aravena", "no deal is better", date(2024, 6, 13)),
])
def test_a_quotation_standing_alone_is_whoever_the_next_sentence_says_voiced_it(run, text, speaker, fragment, day):
    names, st = said(run(text), fragment)
    assert carries(names, speaker) and st.direct
    if day is not None:
        assert st.said_on == day


def test_a_saying_noun_without_a_pointer_names_no_speaker(run):
    # "made a pledge" is a pledge of its own, not the quotation before it
    ex = run("\u201cThe harbour must stay open.\u201d Fishermen gathered at the quay. Peru's fisheries minister, "
             "Rosa Tello Vargas, made a pledge to dredge it next year.")
    assert not any("harbour must stay open" in s.quote and s.speaker and "tello" in s.speaker for s in ex.statements)
