"""Events an interviewer's question asserts with "you" ("Q: You met your Vietnamese counterpart in Hanoi on Friday.
Was it warm?"): the one who answers takes part, the question's tense and date give status and date; and the
near-misses that tell no such event (a question asking whether, "have you ever", the interviewer's own trip, a
critic's claim, a general "you"). Texts invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday

MEET = ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit')
TRIP = ('visit', 'meeting', 'talks', 'summit', 'conference')


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


TOLD = [
    ("Peru's foreign minister: 'We want calm on the border'\n\nRosa Villanueva spoke to us in Lima on Monday.\n\nQ: You went to La Paz last month and met the Bolivian foreign minister, Ramiro Choque. What did you come away with?\n\nA: A sense that they want to talk, and that they are tired.",
     MEET, [('Rosa Villanueva', 'Villanueva'), ('Ramiro Choque', 'Choque', 'Bolivia', 'BOLIVIA')], 'held'),
    ("Q: You hosted the Kenyan foreign minister in Kampala on Tuesday. What came of it?\n\nOKELLO: An agreement on the border posts, and a date for the commission.\n\nJames Okello is Uganda's minister of foreign affairs.",
     MEET, [('James Okello', 'Okello', 'OKELLO', 'Uganda', 'UGANDA'), ('Kenya', 'KENYA', 'Kenyan foreign minister', 'MINISTER')], 'held'),
    ("HOST: Foreign Minister Bianchi, you met President Alvarado in Tegucigalpa on Thursday. Is the migration deal done?\n\nBIANCHI: Not done, but close. We will sign in July if the numbers hold.\n\nHOST: Marco Bianchi, Italy's foreign minister, thank you.",
     MEET, [('Marco Bianchi', 'Bianchi', 'BIANCHI', 'Italy', 'ITALY'), ('Alvarado', 'President Alvarado', 'ALVARADO', 'Honduras', 'HONDURAS')], 'held'),
    ("Q: You are travelling to Nairobi next week to meet President Wanjiru. What will you ask her for?\n\nA: Patience on the refugees, and money for the camps.\n\nAmina Abdi is Somalia's minister of foreign affairs.",
     MEET, [('Amina Abdi', 'Abdi', 'ABDI', 'Somalia', 'SOMALIA'), ('Wanjiru', 'President Wanjiru', 'WANJIRU', 'Kenya', 'KENYA')], 'scheduled'),
    ("Q: You were in Jakarta on Tuesday and met President Hartono. Is the grouping drifting apart?\n\nSANTOS: No. We disagree on fisheries, that is all.\n\nLucia Santos is Timor-Leste's minister of foreign affairs.",
     MEET, [('Lucia Santos', 'Santos', 'SANTOS', 'Timor-Leste', 'East Timor', 'TIMOR-LESTE'), ('Hartono', 'President Hartono', 'HARTONO', 'Indonesia', 'INDONESIA')], 'held'),
    ("Kazakhstan's foreign minister on the Caspian\n\nQ: You have invited President Aliyev to Astana. When is he coming?\n\nA: We hope in the autumn. His office will tell us.\n\nYerlan Suleimenov is Kazakhstan's minister of foreign affairs.",
     TRIP, [('Yerlan Suleimenov', 'Suleimenov', 'SULEIMENOV', 'Kazakhstan', 'KAZAKHSTAN'), ('Aliyev', 'President Aliyev', 'ALIYEV', 'Azerbaijan', 'AZERBAIJAN')], 'proposed'),
    ("Q: You spoke to Chancellor Weber by phone on Friday. Did he promise more air defence?\n\nA: He promised to look at it. That is something.\n\nOksana Hrytsenko is Ukraine's minister of foreign affairs.",
     ('call',), [('Oksana Hrytsenko', 'Hrytsenko', 'HRYTSENKO', 'Ukraine', 'UKRAINE'), ('Weber', 'Chancellor Weber', 'WEBER', 'Germany', 'GERMANY')], 'held'),
    ("Q: You met Prime Minister Rabuka in Suva last week.\n\nTAUFA: Yes, and we agreed to work together on the fisheries rules.\n\nViliami Taufa is the prime minister of Tonga.",
     MEET, [('Viliami Taufa', 'Taufa', 'TAUFA', 'Tonga', 'TONGA'), ('Rabuka', 'Prime Minister Rabuka', 'RABUKA', 'Fiji', 'FIJI')], 'held'),
    ("QUESTION: You visited Hanoi in March. How are relations with Vietnam?\n\nPHOMMA: Better than ever. Trade is up and the railway is nearly done.\n\nSonexay Phomma is Laos's minister of foreign affairs.",
     TRIP, [('Sonexay Phomma', 'Phomma', 'PHOMMA', 'Laos', 'LAOS'), ('Vietnam', 'VIETNAM', 'Hanoi')], 'held'),
    ("Q: You will be in Washington on Thursday for talks with Secretary Holloway. What is on the table?\n\nA: Tariffs and the steel quotas, mostly.\n\nMaria Lindgren is Sweden's minister for trade.",
     MEET, [('Maria Lindgren', 'Lindgren', 'LINDGREN', 'Sweden', 'SWEDEN'), ('Holloway', 'Secretary Holloway', 'HOLLOWAY', 'United States', 'STATES')], 'scheduled'),
    ("INTERVIEWER: You received President Kagame in Kinshasa on Wednesday. Is there peace now?\n\nMBEKI: There is a beginning. The troops must still go home.\n\nJoseph Mbeki is the Democratic Republic of the Congo's minister of foreign affairs.",
     MEET, [('Joseph Mbeki', 'Mbeki', 'MBEKI'), ('Kagame', 'President Kagame', 'KAGAME', 'Rwanda', 'RWANDA')], 'held'),
    ("Q: You sat down with Foreign Minister Ishikawa in Tokyo on Monday. Did you raise the fishing boats?\n\nPARK: I did. He listened.\n\nPark Ji-hoon is South Korea's minister of foreign affairs.",
     MEET, [('Park Ji-hoon', 'Park', 'PARK', 'South Korea', 'KOREA'), ('Ishikawa', 'Foreign Minister Ishikawa', 'ISHIKAWA', 'Japan', 'JAPAN')], 'held'),
    ("Q: You travelled to Islamabad on May 20 and met Prime Minister Qureshi. Is the border open again?\n\nA: Partly. The trucks are moving.\n\nMohammad Hanif Atmar is Afghanistan's acting minister of foreign affairs.",
     MEET, [('Mohammad Hanif Atmar', 'Atmar', 'ATMAR', 'Afghanistan', 'AFGHANISTAN'), ('Qureshi', 'Prime Minister Qureshi', 'QURESHI', 'Pakistan', 'PAKISTAN')], 'held'),
    ("Q: You held talks with President Macron's envoy, Jean Moreau, in Dakar yesterday. Will France pull its troops out?\n\nDIOP: That is for France to say. We have said what we want.\n\nAïssatou Diop is Senegal's minister of foreign affairs.",
     MEET, [('Aïssatou Diop', 'Diop', 'DIOP', 'Senegal', 'SENEGAL'), ('Jean Moreau', 'Moreau', 'MOREAU', 'France', 'FRANCE')], 'held'),
    ("Q: You are hosting the Gulf ministers in Muscat next month. What do you expect?\n\nAL-BUSAIDI: Frank talk, and maybe a statement on shipping.\n\nBadr Al-Busaidi is Oman's minister of foreign affairs.",
     ('meeting', 'talks', 'summit', 'conference'), [('Badr Al-Busaidi', 'Al-Busaidi', 'AL-BUSAIDI', 'Oman', 'OMAN')], 'scheduled'),
    ("Q: You met the Chilean foreign minister, Tomas Rojas, in Lima on Friday. Is the maritime dispute over?\n\nA: It is calmer. We agreed to meet again in August.\n\nRosa Quispe is Peru's minister of foreign affairs.",
     MEET, [('Rosa Quispe', 'Quispe', 'QUISPE', 'Peru', 'PERU'), ('Tomas Rojas', 'Rojas', 'ROJAS', 'Chile', 'CHILE')], 'held'),
    ("Q: You phoned President Tinubu on Saturday about the pipeline. What did he say?\n\nADJOVI: He said the work will resume in June.\n\nMarie Adjovi is Benin's minister of foreign affairs.",
     ('call',), [('Marie Adjovi', 'Adjovi', 'ADJOVI', 'Benin', 'BENIN'), ('Tinubu', 'President Tinubu', 'TINUBU', 'Nigeria', 'NIGERIA')], 'held'),
    ("Q: You will visit Beijing in June. What do you want from China?\n\nSATO: Stability, and an end to the export bans.\n\nKenji Sato is Japan's minister of economy and trade.",
     TRIP, [('Kenji Sato', 'Sato', 'SATO', 'Japan', 'JAPAN'), ('China', 'CHINA', 'Beijing')], 'scheduled'),
    ("Q: You met Prime Minister Kristersson's successor, Anna Berg, in Oslo on Thursday. Was it warm?\n\nHANSEN: Very warm. We are neighbours.\n\nIngrid Hansen is Norway's prime minister.",
     MEET, [('Ingrid Hansen', 'Hansen', 'HANSEN', 'Norway', 'NORWAY'), ('Anna Berg', 'Berg', 'BERG', 'Sweden', 'SWEDEN')], 'held'),
    ("Q: You have met President Rahimov twice this year, most recently in Dushanbe on May 14. Is the water deal close?\n\nA: Closer than before.\n\nAziz Karimov is Uzbekistan's minister of foreign affairs.",
     MEET, [('Aziz Karimov', 'Karimov', 'KARIMOV', 'Uzbekistan', 'UZBEKISTAN'), ('Rahimov', 'President Rahimov', 'RAHIMOV', 'Tajikistan', 'TAJIKISTAN')], 'held'),
    ("HOST: Minister, you are flying to Canberra on Tuesday to see Foreign Minister Wong.\n\nPETERS: I am, and the Pacific will be the first item.\n\nHOST: Winston Peters, New Zealand's foreign minister.",
     MEET, [('Winston Peters', 'Peters', 'PETERS', 'New Zealand', 'ZEALAND'), ('Wong', 'Foreign Minister Wong', 'WONG', 'Australia', 'AUSTRALIA')], 'scheduled'),
    ("Q: You met the rebel commander, Idris Kamal, in Ndjamena on Wednesday. Why?\n\nMAHAMAT: Because peace is made with those who fight.\n\nHassan Mahamat is Chad's minister of foreign affairs.",
     MEET, [('Hassan Mahamat', 'Mahamat', 'MAHAMAT', 'Chad', 'CHAD'), ('Idris Kamal', 'Kamal', 'KAMAL')], 'held'),
    ("Q: You were in Havana on Monday and met President Diaz. What did Cuba ask for?\n\nA: Fuel, as always, and understanding.\n\nCarlos Mendez is Mexico's minister of foreign affairs.",
     MEET, [('Carlos Mendez', 'Mendez', 'MENDEZ', 'Mexico', 'MEXICO'), ('Diaz', 'President Diaz', 'DIAZ', 'Cuba', 'CUBA')], 'held'),
    ("Q: You welcomed King Abdullah to Cairo on Thursday. What did you agree on Gaza?\n\nSHOUKRY: That the crossings must open, and quickly.\n\nSameh Shoukry is Egypt's minister of foreign affairs.",
     MEET, [('Sameh Shoukry', 'Shoukry', 'SHOUKRY', 'Egypt', 'EGYPT'), ('Abdullah', 'King Abdullah', 'ABDULLAH', 'Jordan', 'JORDAN')], 'held'),
    ("Q: You are to meet President Ruto in Nairobi on June 10. Will you sign the corridor deal?\n\nHASSAN: That is the plan.\n\nSamia Hassan is Tanzania's minister of foreign affairs.",
     MEET, [('Samia Hassan', 'Hassan', 'HASSAN', 'Tanzania', 'TANZANIA'), ('Ruto', 'President Ruto', 'RUTO', 'Kenya', 'KENYA')], 'scheduled'),
    ("Interview: Senegal's foreign minister\n\nAminata Diallo spoke to us in Dakar on Monday.\n\nYou went to Bamako last month and met President Coulibaly. What did you come away with?\n\nA sense that they want to talk, and that they are tired of the border closures.\n\nAre the borders open now?\n\nSome of them. The rest will open in July.",
     MEET, [('Aminata Diallo', 'Diallo', 'DIALLO', 'Senegal', 'SENEGAL'), ('Coulibaly', 'President Coulibaly', 'COULIBALY', 'Mali', 'MALI')], 'held'),
    ("\u2014 You met the Serbian president, Aleksandar Petrovic, in Brussels on Thursday. What did he offer?\n\n\u2014 Nothing new. The same words.\n\nArben Halili is Kosovo's minister of foreign affairs.",
     MEET, [('Arben Halili', 'Halili', 'HALILI', 'Kosovo', 'KOSOVO'), ('Aleksandar Petrovic', 'Petrovic', 'PETROVIC', 'Serbia', 'SERBIA')], 'held'),
    ("Q: You met your Vietnamese counterpart in Hanoi on Friday. Was it warm?\n\nKEO: Warmer than expected.\n\nDara Keo is Cambodia's minister of foreign affairs.",
     MEET, [('Dara Keo', 'Keo', 'KEO', 'Cambodia', 'CAMBODIA'), ('Vietnam', 'Viet Nam', 'VIETNAM', 'Vietnamese foreign minister', 'MINISTER')], 'held'),
]


@pytest.mark.parametrize("text, kinds, parts, status", TOLD)
def test_an_event_a_question_asserts_takes_the_answerer(run, text, kinds, parts, status):
    found = rows(run(text))
    assert has_row(found, kinds, parts, status), found


UNTOLD = [
    "Q: Will you meet President Alvarado when you are in Tegucigalpa?\n\nBIANCHI: We will see. Nothing is fixed.\n\nMarco Bianchi is Italy's minister of foreign affairs.",
    "Q: Have you ever met President Kagame?\n\nMBEKI: Never. I know him from television.\n\nJoseph Mbeki is the Democratic Republic of the Congo's minister of foreign affairs.",
    "Q: We were in Kyiv last week and met soldiers at the front. What do you say to them?\n\nA: That we stand with them.\n\nPetra Novak is the Czech Republic's minister of foreign affairs.",
    "Q: Critics say you met the rebel leaders secretly in Khartoum. Did you?\n\nAHMED: No. That is false.\n\nOmar Ahmed is Sudan's minister of foreign affairs.",
    "Q: You can't negotiate with people who shell your towns, can you?\n\nHRYTSENKO: No, you can't. Not now.\n\nOksana Hrytsenko is Ukraine's minister of foreign affairs.",
    "Q: Do you plan to visit Moscow?\n\nNOVAK: No plans, none at all.\n\nPetra Novak is the Czech Republic's minister of foreign affairs.",
    "Q: Should you not meet the Serbian president before the vote?\n\nHALILI: What matters is that the police withdraw.\n\nArben Halili is Kosovo's minister of foreign affairs.",
    "Q: If you went to Pyongyang, would you meet the leader there?\n\nPARK: I am not going. That is the answer.\n\nPark Ji-hoon is South Korea's minister of foreign affairs.",
    "The Minister has been very busy.\n\nYou met the Mexican president last week, the column claimed, but the ministry denied it.",
    "Interview: Senegal's foreign minister\n\nAminata Diallo spoke to us in Dakar on Monday.\n\nWill you go to Bamako to meet President Coulibaly?\n\nPerhaps, if the borders open.\n\nAnd the junta?\n\nThey must talk to us first.",
    "LAGOS, May 28 (Wire) - Why did the talks fail? You met the president last week, one trader told the minister at a rally.\n\nThe minister did not answer, and the crowd dispersed.",
    "HOST: You and I were in Geneva last year for the talks. Do you remember the mood?\n\nKAMARA: I remember the cold.\n\nFatmata Kamara is Sierra Leone's minister of foreign affairs.",
    "Chile's foreign minister, Tomas Rojas, spoke to our correspondent on Friday.\n\nQ: There are reports you will meet the Bolivian foreign minister in La Paz. Is that true?\n\nA: No. I have no such plans.\n\nQ: And the gas contracts?\n\nA: They are for the companies.",
    "Peru's foreign minister on the border. Interview: Daniel Fuentes\n\nQ: Minister Quispe, will you see the Chilean foreign minister soon?\n\nQuispe: Not soon. There is nothing to discuss until the fishing boats are returned.\n\nQ: And Bolivia?\n\nQuispe: Relations are good.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_a_question_that_asserts_nothing_gives_no_held_or_planned_event(run, text):
    found = [r for r in rows(run(text)) if r[2] not in (None, "proposed")]
    assert not found, found
