"""Events told in interviews and in first-person speech: a state-named colleague rung or met, a question's "the
President" (the answerer's), an answer's "they" (the two asked about), a refusal on a condition ("Not while ..."),
"the Sudanese" for Sudan's side, a speaker's "we" facing a named side; and the near-misses that tell no event (the
interviewer's own trip, a hypothetical, "I have never met him", a dodged proposal, "Not yet"). Texts invented."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows as rows
from harness import extractor, has_row

PUBLISHED = date(2090, 5, 28)  # a Sunday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


TOLD = [
    ("'The water belongs to all of us': Kazakhstan's foreign minister on the Syr Darya\n\nQ: Have you met your Uzbek counterpart since the dam dispute began?\n\nNURLANOV: I met him in Tashkent on May 20, and we agreed to set up a joint commission on water releases.\n\nAidos Nurlanov is Kazakhstan's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('Aidos Nurlanov', 'KAZAKHSTAN', 'Kazakhstan', 'NURLANOV', 'Nurlanov'), ('MINISTER', 'UZBEKISTAN', 'Uzbek foreign minister', 'Uzbekistan')], 'held'),
    ("Armenia's foreign minister: 'We are closer than ever'\n\n— Minister, have you spoken to Baku since the incident at the border?\n\n— Yes. I telephoned my Azerbaijani colleague on Tuesday and we agreed to keep talking.\n\nAram Petrosyan is Armenia's minister of foreign affairs.",
     ('call',), [('ARMENIA', 'Aram Petrosyan', 'Armenia', "Armenia's foreign minister", 'MINISTER', 'PETROSYAN', 'Petrosyan'), ('AZERBAIJAN', 'Azerbaijan', 'Azerbaijani foreign minister', 'MINISTER')], 'held'),
    ("HOST: Ghana's Foreign Minister Kojo Mensah joins us from Accra. Minister, are you travelling to Abuja this week?\n\nMENSAH: I will be in Abuja on Thursday to meet President Okafor about the border closures.\n\nHOST: Minister, thank you.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('GHANA', 'Ghana', 'Kojo Mensah', 'MENSAH', 'Mensah'), ('NIGERIA', 'Nigeria', 'OKAFOR', 'Okafor', 'President Okafor')], 'scheduled'),
    ('TALLINN, May 28 (Wire) - "I will not sit at a table with my Russian counterpart while the shelling goes on," Estonian Foreign Minister Kadri Tamm said on Sunday.',
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('ESTONIA', 'Estonia', 'Kadri Tamm', 'TAMM', 'Tamm'), ('MINISTER', 'RUSSIA', 'Russia', 'Russian foreign minister')], 'declined'),
    ("Q: Will the Prime Minister attend the Pacific Islands Forum leaders' meeting in Nuku'alofa in August?\n\nNAILATIKAU: He will. He has already told the Tongan prime minister.\n\nLitia Nailatikau is Fiji's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference'), [('FIJI', 'Fiji', "Fiji's prime minister", 'Fijian prime minister', 'MINISTER', 'Prime Minister'), ('FORUM', 'LEADERS', 'Pacific Islands Forum', 'Pacific Islands Forum leaders')], 'scheduled'),
    ("Q: Will you go to the donors' conference in Istanbul next month?\n\nHADDAD: No. We see no point in it while the crossings stay closed.\n\nLayla Haddad is Jordan's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference'), [('HADDAD', 'Haddad', 'JORDAN', 'Jordan', 'Layla Haddad')], 'declined'),
    ("Sweden's foreign minister on the Baltic cables\n\nQ: What comes next?\n\nLINDQVIST: I will be in Helsinki on Friday for talks with my Finnish counterpart, and then in Tallinn.\n\nKarin Lindqvist is Sweden's minister for foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('Karin Lindqvist', 'LINDQVIST', 'Lindqvist', 'SWEDEN', 'Sweden'), ('FINLAND', 'Finland', 'Finnish foreign minister', 'MINISTER')], 'scheduled'),
    ("Q: The Somali border has been tense. Have you been in touch with Nairobi?\n\nWOLDE: I spoke with my Kenyan colleague by phone on Saturday. We agreed to send a joint team to Mandera.\n\nDawit Wolde is Ethiopia's minister of foreign affairs.",
     ('call',), [('Dawit Wolde', 'ETHIOPIA', 'Ethiopia', 'WOLDE', 'Wolde'), ('KENYA', 'Kenya', 'Kenyan foreign minister', 'MINISTER')], 'held'),
    ("'Baghdad is our neighbour, not our problem': Jordan's foreign minister\n\nQ: Is the pipeline project alive?\n\nHADDAD: Very much so. We received the Iraqi foreign minister in Amman last month and went through every section of it.\n\nLayla Haddad is Jordan's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('HADDAD', 'Haddad', 'JORDAN', 'Jordan', 'Layla Haddad'), ('IRAQ', 'Iraq', 'Iraqi foreign minister', 'MINISTER')], 'held'),
    ('INTERVIEWER: Prime Minister, you were in Vanuatu recently.\n\nTAUFA: Yes, I met Prime Minister Kalsakau in Port Vila last month and we discussed the shipping lanes.\n\nINTERVIEWER: Thank you.\n\nViliami Taufa is the prime minister of Tonga.',
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('TAUFA', 'TONGA', 'Taufa', 'Tonga', 'Viliami Taufa'), ('KALSAKAU', 'Kalsakau', 'VANUATU', 'Vanuatu')], 'held'),
    ("Q: Has the President spoken to the French president since the vote?\n\nRINALDI: They spoke on Wednesday, for almost an hour.\n\nGiulia Rinaldi is Italy's minister of foreign affairs.",
     ('call',), [('ITALY', 'Italian president', 'Italy', "Italy's president", 'PRESIDENT'), ('FRANCE', 'France', 'French president', 'PRESIDENT')], 'held'),
    ("Q: Will the Namibian president come to Botswana?\n\nMOGAE: We have invited him to Gaborone in July. We are waiting for his answer.\n\nKgosi Mogae is Botswana's minister of international relations.",
     ('visit', 'meeting'), [('NAMIBIA', 'Namibia', 'Namibian president', 'PRESIDENT'), ('BOTSWANA', 'Botswana')], 'proposed'),
    ("Q: Relations with Tokyo seemed frozen this spring.\n\nCHOI: That is over. My Japanese counterpart and I agreed to meet in Seoul in September.\n\nChoi Min-jun is South Korea's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('CHOI', 'Choi', 'Choi Min-jun', 'KOREA', 'MIN-JUN', 'South Korea'), ('JAPAN', 'Japan', 'Japanese foreign minister', 'MINISTER')], 'agreed'),
    ("Q: Will you go to Moscow for the Victory Day parade?\n\nNOVAK: I will not travel to Moscow. Not this year, and not while the war goes on.\n\nPetra Novak is the Czech Republic's minister of foreign affairs.",
     ('visit', 'meeting'), [('Czech Republic', 'NOVAK', 'Novak', 'Petra Novak', 'REPUBLIC'), ('RUSSIA', 'Russia')], 'declined'),
    ("ANCHOR: Foreign Minister Rahman, thank you for joining us. Did you meet the Indian external affairs minister in Delhi?\n\nRAHMAN: I did. We met on Thursday and agreed on the river data sharing.\n\nANCHOR: Tahmid Rahman, Bangladesh's foreign minister.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('BANGLADESH', 'Bangladesh', 'RAHMAN', 'Rahman', 'Tahmid Rahman'), ('INDIA', 'India', 'Indian external affairs minister', 'MINISTER')], 'held'),
    ("Q: Are you going to Riyadh?\n\nMANSOUR: Yes, I leave tomorrow. I will meet the Saudi foreign minister on Tuesday.\n\nKarim Mansour is Lebanon's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('Karim Mansour', 'LEBANON', 'Lebanon', 'MANSOUR', 'Mansour'), ('ARABIA', 'MINISTER', 'Saudi Arabia', 'Saudi foreign minister')], 'scheduled'),
    ('MEXICO CITY, May 28 (Wire) - "I spoke with my Guatemalan colleague on Friday and we agreed the patrols would stop," Mexican Foreign Minister Andrés Villalobos said on Sunday.',
     ('call',), [('Andrés Villalobos', 'MEXICO', 'Mexico', 'VILLALOBOS', 'Villalobos'), ('GUATEMALA', 'Guatemala', 'Guatemalan foreign minister', 'MINISTER')], 'held'),
    ("Q: Has Wellington been in touch?\n\nHAYES: Yes. I hosted the New Zealand foreign minister in Canberra on Monday.\n\nQ: Will you visit China this year?\n\nHAYES: There are no plans for that.\n\nOlivia Hayes is Australia's foreign minister.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('AUSTRALIA', 'Australia', 'HAYES', 'Hayes', 'Olivia Hayes'), ('MINISTER', 'New Zealand', 'New Zealand foreign minister', 'ZEALAND')], 'held'),
    ("The newspaper's correspondent travelled to Kyiv last week.\n\nQ: Will you go to Warsaw for the conference on reconstruction?\n\nKOVALENKO: Yes, I will be in Warsaw on Wednesday and I will meet my Polish counterpart there.\n\nOlena Kovalenko is Ukraine's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('KOVALENKO', 'Kovalenko', 'Olena Kovalenko', 'UKRAINE', 'Ukraine'), ('MINISTER', 'POLAND', 'Poland', 'Polish foreign minister')], 'scheduled'),
    ("Q: Will you visit Caracas this year?\n\nMORALES: Not until our detained diplomats are freed. I have said so to them directly.\n\nLuis Morales is Panama's minister of foreign affairs.",
     ('visit', 'meeting'), [('Luis Morales', 'MORALES', 'Morales', 'PANAMA', 'Panama'), ('VENEZUELA', 'Venezuela')], 'declined'),
    ("Q: Is there any contact with Addis Ababa after the port deal?\n\nWARSAME: Yes. We met the Ethiopians in Nairobi on Tuesday, with the Kenyans in the chair.\n\nAbdirahman Warsame is Somalia's minister of foreign affairs.",
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('Abdirahman Warsame', 'SOMALIA', 'Somalia', 'WARSAME', 'Warsame'), ('ETHIOPIA', 'ETHIOPIANS', 'Ethiopia', 'Ethiopians')], 'held'),
    ("Q: Has the Prime Minister spoken to the Thai prime minister since the clashes?\n\nSOKHA: They spoke by phone on Thursday and agreed to pull the troops back.\n\nChan Sokha is Cambodia's minister of foreign affairs.",
     ('call',), [('CAMBODIA', 'Cambodia', "Cambodia's prime minister", 'Cambodian prime minister', 'MINISTER', 'the Prime Minister'), ('MINISTER', 'THAILAND', 'Thai prime minister', 'Thailand')], 'held'),
    ('COTONOU, May 28 (Wire) - "I will see my Nigerien colleague in Niamey on June 4 to settle the transit fees," Beninese Foreign Minister Olushegun Adjadi said on Sunday.',
     ('meeting', 'talks', 'negotiation', 'summit', 'conference', 'visit'), [('ADJADI', 'Adjadi', 'BENIN', 'Benin', 'Olushegun Adjadi'), ('MINISTER', 'NIGER', 'Niger', 'Nigerien foreign minister')], 'scheduled'),
]


@pytest.mark.parametrize("text, kinds, parts, status", TOLD)
def test_an_event_told_in_the_first_person_is_found(run, text, kinds, parts, status):
    found = rows(run(text))
    assert has_row(found, kinds, parts, status), found


UNTOLD = [
    "Q: I was in Kinshasa last week and met several opposition leaders. What do you make of their demands?\n\nA: They are free to say what they want. Our position has not changed.\n\nJean-Pierre Ndayisaba is Burundi's minister of foreign affairs.",
    "We spoke to the minister in his office in Hanoi on Friday.\n\nQ: How do you see relations with Beijing?\n\nNGUYEN: They are stable. Trade has grown and the fishermen are calmer this season.\n\nNguyen Van Thanh is Vietnam's minister of foreign affairs.",
    "Q: Would you meet President Vukovic if he asked?\n\nHALILI: If I were to meet him, I would tell him that the barricades must come down first.\n\nArben Halili is Kosovo's minister of foreign affairs.",
    "Q: What is your impression of the new Iranian foreign minister?\n\nAL-SABAH: I have never met him. I know him only from his speeches.\n\nSheikh Ahmad Al-Sabah is Kuwait's minister of foreign affairs.",
    "Q: Should you not meet your Serbian counterpart to calm things down?\n\nHALILI: What matters is that the police withdraw from the north. Words are cheap.\n\nArben Halili is Kosovo's minister of foreign affairs.",
    "Q: Will you meet the Venezuelan foreign minister at the General Assembly?\n\nORTIZ: I don't know. Perhaps. It depends on what happens at the border.\n\nCamila Ortiz is Colombia's minister of foreign affairs.",
    "Q: Are you meeting the Pakistani side?\n\nSHARMA: We have never met them at this level. There is no meeting planned.\n\nQ: Thank you.\n\nAnil Sharma is India's minister of external affairs.",
    "Q: Have you met the new Iraqi prime minister?\n\nAL-THANI: Not yet. I hope to, but nothing is fixed.\n\nKhalid Al-Thani is Qatar's minister of state for foreign affairs.",
    "Q: Will you compromise on the tariffs?\n\nTRAN: We are ready to meet them halfway. But Beijing must move first.\n\nTran Thi Mai is Vietnam's minister of industry and trade.",
    "Q: Who is handling the budget talks?\n\nDUBOIS: I spoke with my colleague the finance minister on Friday, and she will lead them.\n\nClaire Dubois is Belgium's minister of foreign affairs.",
]


@pytest.mark.parametrize("text", UNTOLD)
def test_an_interview_that_tells_no_event_gives_none_held_or_planned(run, text):
    found = [r for r in rows(run(text)) if r[2] not in (None, "proposed")]
    assert not found, found
