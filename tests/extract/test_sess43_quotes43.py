"""Recall by mechanism: dash-led interviews, a lone quotation whose source the next sentence names, a given-name
gender guess the text contradicts, "It added" after a body, "The two urged", "X had a message for Y:", an interview's
closing note, a communiqué's numbered operative paragraphs, a headline's "WHO's Roe: ..."; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor

PUBLISHED = date(2091, 3, 14)


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


def _names(ex, key: str) -> set[str]:
    actor = next((a for a in ex.actors if a.key == key), None)
    return {actor.name.lower(), *(a.lower() for a in actor.aliases)} if actor is not None else {key}


# (text, speaker fragment, quote fragment): one statement holding the quote fragment, its speaker's names holding the
# speaker fragment; None: no statement holds the fragment; "!x": none that does is x's.
CASES = [
    ('MOSCOW. Deputy Foreign Minister Yelena Kuzmina-Orlova answered questions from our agency on '
     'Tuesday.\n\n- Are talks with Tokyo still possible?\n\n- The door is open, but a peace treaty '
     'cannot be signed on Japanese terms.\n\n- And the islands?\n\n- That question was settled long '
     'ago, and everyone in Tokyo knows it.',
     'kuzmina-orlova', 'door is open'),
    ('MOSCOW. Deputy Foreign Minister Yelena Kuzmina-Orlova answered questions from our agency on '
     'Tuesday.\n\n- Are talks with Tokyo still possible?\n\n- The door is open, but a peace treaty '
     'cannot be signed on Japanese terms.\n\n- And the islands?\n\n- That question was settled long '
     'ago, and everyone in Tokyo knows it.',
     'kuzmina-orlova', 'settled long ago'),
    ('ASTANA. Trade Minister Aidana Serikbayeva spoke to our correspondent about the customs '
     'union.\n\n— Will Kazakhstan sign the new tariff schedule?\n\n— Not this year. We need our own '
     "rules first.\n\n— Why the delay?\n\n— Because the tariffs were written for somebody else's "
     'economy.',
     'serikbayeva', 'our own rules first'),
    ('ASTANA. Trade Minister Aidana Serikbayeva spoke to our correspondent about the customs '
     'union.\n\n— Will Kazakhstan sign the new tariff schedule?\n\n— Not this year. We need our own '
     "rules first.\n\n— Why the delay?\n\n— Because the tariffs were written for somebody else's "
     'economy.',
     'serikbayeva', 'written for somebody else'),
    ("Our guest tonight is Chile's environment minister, Rocio Barahona Soto.\n\n– Minister, is the "
     'lithium law dead?\n\n– It is resting, not dead. We will send it back to Congress in March.',
     'barahona soto', 'resting, not dead'),
    ('BAKU. In an interview with our newspaper, the head of the presidential administration, Rauf '
     'Mammadli, spoke about the peace process.\n\n- When will the treaty be signed?\n\n- When the other '
     'side removes the territorial claims from its constitution. Not before.\n\n- Is a meeting of the '
     'leaders planned?\n\n- Contacts continue at every level.',
     'mammadli', 'territorial claims from its constitution'),
    ('BAKU. In an interview with our newspaper, the head of the presidential administration, Rauf '
     'Mammadli, spoke about the peace process.\n\n- When will the treaty be signed?\n\n- When the other '
     'side removes the territorial claims from its constitution. Not before.\n\n- Is a meeting of the '
     'leaders planned?\n\n- Contacts continue at every level.',
     'mammadli', 'contacts continue'),
    ('The ministry announced the following measures on Monday.\n\n- Border crossings will open at six '
     'in the morning.\n\n- Trucks carrying food will be given priority at the checkpoints.\n\n- '
     'Inspections will be shared with the neighbouring service.',
     None, 'trucks carrying food'),
    ('What we still do not know about the deal:\n\n- Who pays for the new pipeline?\n\n- When will the '
     'first gas flow?\n\n- Will the parliament ratify it?',
     None, 'who pays'),
    ('What we still do not know about the deal:\n\n- Who pays for the new pipeline?\n\n- When will the '
     'first gas flow?\n\n- Will the parliament ratify it?',
     None, 'first gas flow'),
    ('SUVA - "Our waters are not for sale." The words were those of Prime Minister Tevita Vakaloloma, '
     'speaking in Suva on Tuesday.',
     'vakaloloma', 'waters are not for sale'),
    ('This is the evening bulletin. "We will not pay a single cent in ransom." The warning came from '
     'Interior Minister Kofi Boateng-Asare, who was speaking in Kumasi this afternoon.',
     'boateng-asare', 'single cent in ransom'),
    ('Good morning, here is the news. "The dam will be finished before the next rains." That promise '
     'came from the Ethiopian water minister, Abebe Tsegaye Worku, at the site on Friday.',
     'abebe tsegaye worku', 'finished before the next rains'),
    ('"No one in this region should pay for peace with their land." The words were those of '
     "Kazakhstan's foreign minister, Nurlan Abdrakhmanov, after the talks in Astana.",
     'abdrakhmanov', 'pay for peace with their land'),
    ('"We have waited long enough." Those were the words of Senator Dolores Ibarra-Cruz as the hearing '
     'opened.',
     'ibarra-cruz', 'waited long enough'),
    ('Protesters gathered in the square. "Out with the junta." The chant came from the back of the '
     'crowd.',
     None, 'out with the junta'),
    ('"Bread, freedom, dignity." The words were painted on the wall of the ministry overnight.',
     None, 'bread, freedom'),
    ('LUSAKA - Finance Minister Chanda Mwale said on Monday that the budget would be tabled in March. '
     '"We have no room left for new borrowing," he told reporters at the ministry.',
     'chanda mwale', 'no room left for new borrowing'),
    ('Trade Minister Maria Kowalski said the quotas would stay. "They protect our farmers," she said.',
     'maria kowalski', 'protect our farmers'),
    ('Kofi Mensah-Bonsu, the opposition leader, said on Thursday the vote had been rigged. "We will go '
     'to court," he said.',
     'kofi mensah-bonsu', 'go to court'),
    ('HARARE - Health Minister Hala Mapfumo said the cholera outbreak was contained. "We have not had a '
     'new case in a week," he said, adding that schools would reopen.',
     'hala mapfumo', 'not had a new case'),
    ('Aleksandra Petrovic, Serbia\'s deputy prime minister, met the delegation. "Our door remains '
     'open," she said on Friday.',
     'aleksandra petrovic', 'door remains open'),
    ('ACCRA - Finance Minister Chanda Owusu-Bekoe said on Tuesday that the government would clear all '
     'of its arrears to cocoa farmers and road contractors by the end of the third quarter, later than '
     'the finance ministry had promised in its mid-year review. "It has taken longer than we wanted, '
     'but the money is there now," he told lawmakers in Accra.',
     'chanda owusu-bekoe', 'money is there now'),
    ('Maria Kowalski met the Ukrainian ambassador on Monday. "We discussed grain corridors and nothing '
     'else," he said.',
     '!maria', 'grain corridors'),
    ('Foreign Minister Hala Saeed received the visiting French envoy in Amman. "The border must stay '
     'open," he told her.',
     '!hala', 'border must stay open'),
    ('Good evening. "Every school will reopen on Monday." The pledge came from the Minister of Basic '
     'Education, Ms Lerato Dlamini-Khoza, who was speaking in Pretoria.',
     'dlamini-khoza', 'every school will reopen'),
    ('NAIROBI - "Kenya will not be a dumping ground." The words were those of the trade secretary, '
     'Wanjiku Kamau, at a forum on Tuesday.',
     'wanjiku kamau', 'dumping ground'),
    ('The crowd cheered. "Long live the republic." The words were those of a song every child here '
     'learns.',
     None, 'long live the republic'),
    ('The premier toured the flooded districts on Sunday. Li Wenhua had a warning for local officials: '
     '"Anyone who hides the death toll will be dismissed."',
     'li wenhua', 'hides the death toll'),
    ('Asked about the new sanctions, Foreign Minister Ana Duarte had a blunt message for Washington: '
     '"We have survived worse, and we will survive this."',
     'ana duarte', 'survived worse'),
    ('President Kwabena Asante then had a message for the striking doctors: "Come back to the wards and '
     'we will talk."',
     'kwabena asante', 'come back to the wards'),
    ('Opposition leader Mariela Quispe had harsh words for the electoral court: "It has become an arm '
     'of the palace."',
     'mariela quispe', 'arm of the palace'),
    ('LIVE: Baltic air incident\n\n10:42 - Prime Minister Kaja Saar-Tamm posts on X: "Estonia will not '
     'be intimidated by these flights."',
     'kaja saar-tamm', 'will not be intimidated'),
    ('14:05 - Opposition leader Juan Arce Mamani writes on Facebook: "We will be in the streets '
     'tomorrow, peacefully."',
     'juan arce mamani', 'in the streets tomorrow'),
    ('Each delegate had a copy of the text: "Draft resolution on the protection of civilians."',
     None, 'draft resolution'),
    ("Indonesia's foreign minister, Retno Wulandari, and her Malaysian counterpart, Azlan Hashim, said "
     'on Monday that the haze task force would meet monthly. The two also called for a regional fund '
     'for firefighting.',
     'retno wulandari', 'regional fund for firefighting'),
    ('The presidents of Chile and Peru, Gabriel Ortiz and Dina Vargas, signed the water accord in Lima '
     'on Friday. The two said the treaty would end a dispute that had lasted a century.',
     '', 'end a dispute'),
    ('The Norwegian foreign ministry said on Tuesday that it would send a team to observe the vote. It '
     'added that the observers would stay until the results were certified.',
     'norw', 'observers would stay'),
    ('The European Union condemns the arrest of the opposition mayor. It calls on the authorities to '
     'release him without delay and to respect the rule of law.',
     'european union', 'authorities to release him'),
    ('The African Development Bank said the loan would fund three solar plants. It said the first would '
     'open in 2032.',
     'african development bank', 'first would open in 2032'),
    ('The weather office issued a flood warning on Sunday. It rained heavily across the north.',
     None, 'rained heavily'),
    ('The ministry announced the agreement on Monday. It was signed in Doha after two days of talks.',
     None, 'signed in doha'),
    ('The ministry said the talks would resume next week. It did not say where they would be held.',
     None, 'where they would be held'),
    ("Turkey's foreign ministry welcomed the ceasefire. It is unclear whether the militias will respect "
     'it.',
     None, 'militias will respect'),
    ('09:30 - Foreign Minister Penny Sato-Reid wrote on X: "New Zealand stands with the people of '
     'Tonga."',
     'penny sato-reid', 'stands with the people of tonga'),
    ('11:00 - Vacancies at the embassy. Job posts: "Apply by Friday with a full CV."',
     None, 'apply by friday'),
    ('Q: Will Ghana sign the debt deal?\n\nMINISTER OFORI-ATTA: Yes, before the end of the month. The '
     'terms are fair.\n\nQ: And the unions?\n\nMINISTER OFORI-ATTA: We have met them twice, and we will '
     'meet them again.\n\nThis interview has been edited for length and clarity.',
     None, 'edited for length'),
    ('Q: Will Ghana sign the debt deal?\n\nMINISTER OFORI-ATTA: Yes, before the end of the month. The '
     'terms are fair.\n\nQ: And the unions?\n\nMINISTER OFORI-ATTA: We have met them twice, and we will '
     'meet them again.\n\nThis interview has been edited for length and clarity.',
     'ofori-atta', 'met them twice'),
    ('Interviewer: Is the embassy moving to Jerusalem?\n\nAmbassador Liu Wen-Chi: No decision has been '
     'taken, and none is expected this year.\n\nInterviewer: Why not?\n\nAmbassador Liu Wen-Chi: '
     'Because our partners in the region have asked us to wait.\n\nThe ambassador was speaking to our '
     'correspondent in Tel Aviv on Sunday.',
     None, 'was speaking to our correspondent'),
    ('Interviewer: Is the embassy moving to Jerusalem?\n\nAmbassador Liu Wen-Chi: No decision has been '
     'taken, and none is expected this year.\n\nInterviewer: Why not?\n\nAmbassador Liu Wen-Chi: '
     'Because our partners in the region have asked us to wait.\n\nThe ambassador was speaking to our '
     'correspondent in Tel Aviv on Sunday.',
     'liu wen-chi', 'asked us to wait'),
    ('Q: Are the talks over?\n\nSENATOR OKONKWO: Not at all. The committee will sit again on '
     'Monday.\n\nWe spoke to the unions last week and they agreed to wait for the report.',
     'okonkwo', 'spoke to the unions'),
    ('MOSCOW. Deputy Minister Pavel Zorin answered our questions.\n\n- Is the pipeline dead?\n\n- It is '
     'frozen, not dead. The route can be reopened within a month.\n\nThe interview was recorded in '
     'Moscow on Thursday.',
     None, 'interview was recorded'),
    ('MOSCOW. Deputy Minister Pavel Zorin answered our questions.\n\n- Is the pipeline dead?\n\n- It is '
     'frozen, not dead. The route can be reopened within a month.\n\nThe interview was recorded in '
     'Moscow on Thursday.',
     'pavel zorin', 'frozen, not dead'),
    ('COMMUNIQUE\n\nThe Peace and Security Council of the African Union, at its 1,201st meeting held on '
     '3 May 2091 on the situation in Sudan,\n\n1. Condemns the shelling of civilian areas in El '
     'Obeid;\n\n2. Calls on the parties to return to the negotiating table in Jeddah without '
     'preconditions;\n\n3. Decides to remain actively seized of the matter.',
     'african union', 'shelling of civilian areas'),
    ('COMMUNIQUE\n\nThe Peace and Security Council of the African Union, at its 1,201st meeting held on '
     '3 May 2091 on the situation in Sudan,\n\n1. Condemns the shelling of civilian areas in El '
     'Obeid;\n\n2. Calls on the parties to return to the negotiating table in Jeddah without '
     'preconditions;\n\n3. Decides to remain actively seized of the matter.',
     'african union', 'parties to return to the negotiating'),
    ('The Security Council,\n\nRecalling its previous resolutions on Haiti,\n\n1. Demands that all '
     'armed groups cease attacks on hospitals and schools immediately;\n\n2. Requests the '
     'Secretary-General to report on the mission within 90 days;',
     'security council', 'armed groups cease attacks'),
    ('The Security Council,\n\nRecalling its previous resolutions on Haiti,\n\n1. Demands that all '
     'armed groups cease attacks on hospitals and schools immediately;\n\n2. Requests the '
     'Secretary-General to report on the mission within 90 days;',
     'security council', 'report on the mission'),
    ('FINAL COMMUNIQUE OF THE EXTRAORDINARY SUMMIT OF ECOWAS HEADS OF STATE\n\nThe Authority of Heads '
     'of State and Government of ECOWAS met in Abuja on 12 March 2091.\n\n4. The Authority welcomes the '
     'release of the detained ministers in Niamey.\n\n5. Urges the transitional authorities to publish '
     'an electoral calendar.\n\n6. Reaffirms its commitment to the territorial integrity of Niger.',
     'ecowas', 'publish an electoral calendar'),
    ('FINAL COMMUNIQUE OF THE EXTRAORDINARY SUMMIT OF ECOWAS HEADS OF STATE\n\nThe Authority of Heads '
     'of State and Government of ECOWAS met in Abuja on 12 March 2091.\n\n4. The Authority welcomes the '
     'release of the detained ministers in Niamey.\n\n5. Urges the transitional authorities to publish '
     'an electoral calendar.\n\n6. Reaffirms its commitment to the territorial integrity of Niger.',
     'ecowas', 'territorial integrity of niger'),
    ('Steps to apply for a visa:\n\n1. Fill in the online form;\n\n2. Pay the fee at any branch of the '
     'bank;\n\n3. Bring two photographs to the consulate.',
     None, 'online form'),
    ('Steps to apply for a visa:\n\n1. Fill in the online form;\n\n2. Pay the fee at any branch of the '
     'bank;\n\n3. Bring two photographs to the consulate.',
     None, 'pay the fee'),
    ("WHO's Adeyemi-Kraus: 'Cholera is a disease of broken pipes'",
     'adeyemi-kraus', 'disease of broken pipes'),
    ("NATO's Lindqvist: “We will defend every inch of allied territory”",
     'lindqvist', 'defend every inch'),
    ("IMF's Okonjo-Ruiz: Ghana's programme is back on track",
     'okonjo-ruiz', 'back on track'),
    ("UN's Dujarric-Moreau: 'Aid convoys must be allowed into El Fasher'",
     'dujarric-moreau', 'aid convoys must be allowed'),
    ("Colombia's Restrepo-Vidal: 'No talks while hostages are held'",
     'restrepo-vidal', 'no talks while hostages'),
    ("EU's Parliament: 'Sanctions must stay until the last soldier leaves'",
     '!parliament', 'sanctions must stay'),
    ("NATO's summit: 'A turning point for the alliance'",
     '!summit', 'turning point'),
    ('Ingrid Solberg-Dahl flew to Riga on Monday. Olav Haugen stayed in Oslo. "Latvia can count on us," '
     'she said.',
     'ingrid solberg-dahl', 'latvia can count on us'),
    ('UN envoy Ingrid Moe-Larsen arrived in Lusaka on Sunday. The envoy met the interior minister, Chanda '
     'Banda, in the capital, and afterwards she said the talks had been useful.',
     'ingrid moe-larsen', 'talks had been useful'),
]


@pytest.mark.parametrize("text, speaker, fragment", CASES)
def test_recall_mechanisms(run, text, speaker, fragment):
    ex = run(text)
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    if speaker is None:
        assert not hits, [s.quote for s in hits]
    elif speaker.startswith("!"):
        assert not any(speaker[1:] in n for s in hits for n in _names(ex, s.speaker)), [s.quote for s in hits]
    else:
        assert len(hits) == 1, [s.quote for s in ex.statements]
        assert any(speaker in n for n in _names(ex, hits[0].speaker)), _names(ex, hits[0].speaker)


def test_closing_note_dates_the_answers(run):
    """An interview's closing note ("was recorded in X on Thursday") dates its answers when the introduction does not."""
    ex = run("MOSCOW. Deputy Minister Pavel Zorin answered our questions.\n\n- Is the pipeline dead?\n\n"
             "- It is frozen, not dead. The route can be reopened within a month.\n\n"
             "The interview was recorded in Moscow on Thursday.")
    (st,) = [s for s in ex.statements if "frozen" in s.quote]
    assert st.said_on == date(2091, 3, 8)
