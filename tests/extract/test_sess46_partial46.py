"""The second side of a contact (partial46): a partner's "with" the parser hung on the gathering of "met on the
sidelines of the summit with X", and "the two presidents / heads of state" after a leader received another state's
envoy of another office (that envoy's state, not the envoy); with the field's other ways of naming the second side (a
title or possessive with no name, a body's head, "at the invitation of", "hosted by", a side named the sentence
before, groups, coordination, nominalisations) and near-misses (a reporter, a venue, a topic, a third party merely
mentioned, a predecessor) that must not become a side: sentences written for the session, every region."""

from __future__ import annotations

from datetime import date

import pytest

from harness import event_rows, extractor, participant_name


@pytest.fixture(scope="module")
def run(nlp):
    extract = extractor(nlp, date(2090, 5, 28))
    return lambda text: event_rows(extract(text))


def _names(parts) -> list[str]:
    return [participant_name(k).lower() for k in parts]


def _names_side(names: list[str], side: list[str]) -> bool:
    return any(f.lower() in n for f in side for n in names)


@pytest.mark.parametrize("text, pair, forbidden", [
    ('NAIROBI, March 3 (Reuters) - Ugandan President Alois Mbeki-Kato met the Kenyan leader in Mombasa on '
     'Tuesday to discuss the oil pipeline.',
     [['Alois Mbeki-Kato', 'Uganda'], ['Kenya']], []),
    ("MUSCAT - Qatar's foreign minister Hamad bin Saleh Al-Kuwari held talks with his Omani counterpart on "
     'Sunday in Muscat.',
     [['Hamad bin Saleh Al-Kuwari', 'Qatar'], ['Oman']], []),
    ("Dutch Foreign Minister Pieter van Houten-Maas met Ghana's foreign minister in The Hague on Monday.",
     [['Pieter van Houten-Maas', 'Netherlands'], ['Ghana']], []),
    ('President Raimundo Ferraz-Lobo will meet the Argentine president in Buenos Aires next week, the '
     'Brazilian presidency said on Friday.',
     [['Raimundo Ferraz-Lobo', 'Brazil'], ['Argentin']], []),
    ('Chilean Foreign Minister Rosa Etcheverry Lagos spoke by phone on Thursday with the Bolivian foreign '
     'minister about the lithium corridor.',
     [['Rosa Etcheverry Lagos', 'Chile'], ['Bolivia']], []),
    ('Vietnamese Prime Minister Tran Quoc Vinh received the visiting Cambodian foreign minister in Hanoi '
     'on Wednesday.',
     [['Tran Quoc Vinh', 'Vietnam', 'Viet Nam'], ['Cambodia']], []),
    ('Polish President Marek Zieliński-Bor held a phone call with the Lithuanian president on Saturday.',
     [['Marek Zieliński-Bor', 'Poland'], ['Lithuania']], []),
    ("Japan's Prime Minister Kenji Moriyama-Hayes met with Indian Prime Minister on the sidelines of the "
     'summit in Jakarta on Friday.',
     [['Kenji Moriyama-Hayes', 'Japan'], ['India']], []),
    ('Kenyan President Daniel Mwangi-Otieno will hold talks with the head of the African Union Commission '
     'in Addis Ababa on Thursday.',
     [['Daniel Mwangi-Otieno', 'Kenya'], ['African Union', 'AU']], []),
    ("Turkish Foreign Minister Selim Kaya-Demir met NATO's secretary general in Brussels on Monday.",
     [['Selim Kaya-Demir', 'Turkey', 'Türkiye'], ['NATO']], []),
    ('Fijian Prime Minister Josaia Nailatikau-Rabuka met the Secretary General of the Pacific Islands '
     'Forum in Suva on Tuesday.',
     [['Josaia Nailatikau-Rabuka', 'Fiji'], ['Pacific Islands Forum']], []),
    ('Mongolian President Batbayar Tsend will meet the head of the European Commission in Brussels next '
     'month.',
     [['Batbayar Tsend', 'Mongolia'], ['European Commission', 'European Union', 'EU']], []),
    ('Canadian Prime Minister Louise Tremblay-Okafor travelled to Mexico City on Monday at the invitation '
     'of Mexican President Andrés Villaseñor Ruiz.',
     [['Louise Tremblay-Okafor', 'Canada'], ['Andrés Villaseñor Ruiz', 'Mexico']], []),
    ('Estonian Prime Minister Kaja Sepp-Ilves attended a dinner hosted by Finnish President Aleksi '
     'Mäkinen-Rautio in Helsinki on Friday.',
     [['Kaja Sepp-Ilves', 'Estonia'], ['Aleksi Mäkinen-Rautio', 'Finland']], []),
    ('Nepalese Foreign Minister Sita Adhikari-Rana was received by Indian External Affairs Minister Vikram '
     'Rao-Menon in New Delhi on Monday.',
     [['Sita Adhikari-Rana', 'Nepal'], ['Vikram Rao-Menon', 'India']], []),
    ('The Moroccan foreign minister, Youssef Bennani-Alami, met on Thursday with his Spanish counterpart, '
     'Lucía Ortega Marín, in Rabat.',
     [['Youssef Bennani-Alami', 'Morocco'], ['Lucía Ortega Marín', 'Spain']], []),
    ('A meeting between Greek Prime Minister Nikos Papadakis-Leon and Turkish President Emre Ozturk-Aslan '
     'took place in Athens on Thursday.',
     [['Nikos Papadakis-Leon', 'Greece'], ['Emre Ozturk-Aslan', 'Turkey', 'Türkiye']], []),
    ('Talks between Armenian Foreign Minister Aram Sargsyan-Tovmasyan and Azerbaijani Foreign Minister '
     'Rauf Mammadli-Aliyev will be held in Geneva next week.',
     [['Aram Sargsyan-Tovmasyan', 'Armenia'], ['Rauf Mammadli-Aliyev', 'Azerbaijan']], []),
    ('Peruvian President Gabriela Quispe-Mendoza arrived in Quito on Monday. She held talks with '
     'Ecuadorian President Julián Andrade-Vera on border security.',
     [['Gabriela Quispe-Mendoza', 'Peru'], ['Julián Andrade-Vera', 'Ecuador']], []),
    ('Indonesian Foreign Minister Dewi Kartika Sari flew to Canberra on Sunday. On Monday the minister met '
     "Australian Foreign Minister Liam O'Connell-Price.",
     [['Dewi Kartika Sari', 'Indonesia'], ["Liam O'Connell-Price", 'Australia']], []),
    ('Austrian Chancellor Franz Hofbauer-Lenz is in Bratislava. The chancellor met Slovak Prime Minister '
     'Juraj Kováč-Hruška on Tuesday.',
     [['Franz Hofbauer-Lenz', 'Austria'], ['Juraj Kováč-Hruška', 'Slovakia']], []),
    ('UN Secretary-General Ines Lindqvist-Abebe arrived in Khartoum on Monday. The Secretary-General met '
     'Sudanese army chief Abdelrahim Osman-Fadl on Tuesday.',
     [['Ines Lindqvist-Abebe', 'United Nations', 'UN'], ['Abdelrahim Osman-Fadl', 'Sudan']], []),
    ('Norwegian Foreign Minister Ola Brekke-Haugen visited Kyiv on Friday. He also held talks with '
     'Ukrainian Foreign Minister Taras Melnyk-Bondar.',
     [['Ola Brekke-Haugen', 'Norway'], ['Taras Melnyk-Bondar', 'Ukraine']], []),
    ('EU foreign ministers met their Ukrainian counterpart Taras Melnyk-Bondar in Luxembourg on Monday.',
     [['European Union', 'EU'], ['Taras Melnyk-Bondar', 'Ukraine']], []),
    ('Philippine President Ramon Villanueva-Cruz will attend the ASEAN summit in Vientiane next month.',
     [['Ramon Villanueva-Cruz', 'Philippines'], ['ASEAN', 'Association of Southeast Asian Nations']], []),
    ('Gulf Cooperation Council ministers held talks with Iranian Foreign Minister Hossein Rahimi-Farahani '
     'in Doha on Sunday.',
     [['Gulf Cooperation Council', 'GCC'], ['Hossein Rahimi-Farahani', 'Iran']], []),
    ('Ghanaian President Kwesi Mensah-Bonsu and his Ivorian counterpart Alassane Kone-Traore met in '
     'Abidjan on Saturday.',
     [['Kwesi Mensah-Bonsu', 'Ghana'], ['Alassane Kone-Traore', 'Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire"]], []),
    ('The foreign ministers of Egypt and Jordan met in Cairo on Tuesday to discuss the Gaza ceasefire.',
     [['Egypt'], ['Jordan']], []),
    ('Presidents Sadyr Toktosunov of Kyrgyzstan and Emomali Nazarov of Tajikistan signed the border treaty '
     'in Batken on Friday.',
     [['Sadyr Toktosunov', 'Kyrgyzstan'], ['Emomali Nazarov', 'Tajikistan']], []),
    ('The leaders of Malaysia and Singapore will hold their annual retreat in Singapore in December.',
     [['Malaysia'], ['Singapore']], []),
    ('The visit of Portuguese President Rui Tavares-Sousa to Angola was postponed, officials said on '
     'Monday.',
     [['Rui Tavares-Sousa', 'Portugal'], ['Angola']], []),
    ("South Korean President Park Min-seo's planned trip to Tokyo has been called off.",
     [['Park Min-seo', 'South Korea', 'Korea'], ['Japan', 'Tokyo']], []),
    ('Kazakh President Nurlan Abenov was welcomed by Chinese President Zhou Mingyuan in Beijing on '
     'Wednesday.',
     [['Nurlan Abenov', 'Kazakhstan'], ['Zhou Mingyuan', 'China']], []),
    ('Sri Lankan Foreign Minister Nimal Wickrama-Perera met the visiting Maldivian delegation in Colombo '
     'on Tuesday.',
     [['Nimal Wickrama-Perera', 'Sri Lanka'], ['Maldiv']], []),
    ('Colombian President Camila Restrepo-Ortiz met the Venezuelan president in Cúcuta on Saturday; the '
     'two leaders agreed to reopen the bridge.',
     [['Camila Restrepo-Ortiz', 'Colombia'], ['Venezuela']], []),
    ('The prime ministers of Latvia and Estonia will meet in Riga on 4 May.',
     [['Latvia'], ['Estonia']], []),
    ("Bangladesh's foreign minister, Farhana Chowdhury-Islam, is due in Beijing on Monday for talks with "
     'Chinese Foreign Minister Liang Wei-Han.',
     [['Farhana Chowdhury-Islam', 'Bangladesh'], ['Liang Wei-Han', 'China']], []),
    ('Italian Foreign Minister Giulia Ferrante-Rossi held talks on Ukraine with Spanish Foreign Minister '
     'Lucía Ortega Marín in Rome on Monday.',
     [['Giulia Ferrante-Rossi', 'Italy'], ['Lucía Ortega Marín', 'Spain']], ['Ukraine']),
    ('Swedish Prime Minister Anna Lindgren-Berg met Danish Prime Minister Mette Holm-Ravn in Copenhagen on '
     'Tuesday, in talks praised by Germany.',
     [['Anna Lindgren-Berg', 'Sweden'], ['Mette Holm-Ravn', 'Denmark']], ['Germany']),
    ('New Zealand Prime Minister Aroha Whaanga-Moss met Tongan King Tupou Lavaka at the Royal Palace in '
     "Nuku'alofa on Thursday.",
     [['Aroha Whaanga-Moss', 'New Zealand'], ['Tupou Lavaka', 'Tonga']], ['Royal Palace']),
    ('Thai Prime Minister Somchai Rattanakul met Cambodian Prime Minister Hun Vichet in Phnom Penh on '
     'Monday, a meeting his predecessor Prayut Kittisak never held.',
     [['Somchai Rattanakul', 'Thailand'], ['Hun Vichet', 'Cambodia']], ['Prayut Kittisak']),
    ('Brazilian President Raimundo Ferraz-Lobo held talks on Venezuela with the Colombian president in '
     'Bogotá on Friday.',
     [['Raimundo Ferraz-Lobo', 'Brazil'], ['Colombia']], ['Venezuela']),
    ('Egyptian Foreign Minister Karim Hassan-Mostafa met Sudanese officials in Cairo on Monday, the '
     'foreign ministry spokesman Ahmed Fawzy-Nour said.',
     [['Karim Hassan-Mostafa', 'Egypt'], ['Sudan']], ['Ahmed Fawzy-Nour']),
    ('Malian Foreign Minister Abdoulaye Keita-Sissoko met the UN envoy in Bamako on Thursday, talks '
     'welcomed by the European Union.',
     [['Abdoulaye Keita-Sissoko', 'Mali'], ['United Nations', 'UN']], ['European Union']),
    ('Kenyan President Daniel Mwangi-Otieno held talks on the sidelines of the G20 summit with Indian '
     'Prime Minister Arvind Kulkarni-Shah on Sunday.',
     [['Daniel Mwangi-Otieno', 'Kenya'], ['Arvind Kulkarni-Shah', 'India']], []),
    ("Ghana's president will meet on the fringes of the African Union summit with his Togolese "
     'counterpart.',
     [['Ghana'], ['Togo']], []),
    ('Chilean Foreign Minister Rosa Etcheverry Lagos held a bilateral meeting on the margins of the UN '
     'General Assembly with her Bolivian counterpart, Marco Quiroga Vaca.',
     [['Rosa Etcheverry Lagos', 'Chile'], ['Marco Quiroga Vaca', 'Bolivia']], []),
    ('Swedish Prime Minister Anna Lindgren-Berg met on the sidelines of the Nordic Council session with '
     'Finnish President Aleksi Mäkinen-Rautio on Tuesday.',
     [['Anna Lindgren-Berg', 'Sweden'], ['Aleksi Mäkinen-Rautio', 'Finland']], []),
    ("Malaysia's prime minister held a separate meeting on the margins of the ASEAN summit with the Thai "
     'prime minister on Thursday.',
     [['Malaysia'], ['Thai']], []),
    ('President Alois Kato received Kenyan Foreign Minister Ruth Wanjiku in Kampala on Monday. She said '
     'the two presidents would meet in Mombasa next month.',
     [['Alois Kato', 'Uganda'], ['Kenya']], []),
    ("Chilean President Rosa Lagos received Peru's foreign minister, Ana Quispe, in Santiago on Friday. "
     'The two presidents will hold a summit in Lima in August, Quispe said.',
     [['Rosa Lagos', 'Chile'], ['Peru']], []),
    ("President Ousmane Ndour on Sunday received Mauritania's Minister of Foreign Affairs, Sidi Vall. The "
     'minister said the two heads of state would sign the agreement in Saint-Louis on 6 March.',
     [['Ousmane Ndour', 'Senegal'], ['Mauritania']], []),
    ('President Alois Kato met Kenyan President Daniel Mwangi in Kampala on Monday. Ugandan Foreign '
     'Minister Ruth Okello said the two presidents would meet again in June.',
     [['Alois Kato'], ['Daniel Mwangi']], ['Ruth Okello']),
    ('Japanese Prime Minister Kenji Moriyama met Indian Prime Minister Arvind Kulkarni on the sidelines of '
     'the summit with African leaders on Friday.',
     [['Kenji Moriyama', 'Japan'], ['Arvind Kulkarni', 'India']], []),
])
def test_both_sides(run, text, pair, forbidden):
    rows = run(text)
    assert any(all(_names_side(_names(r[1]), side) for side in pair) for r in rows), rows
    assert not any(_names_side(_names(r[1]), [f]) for r in rows for f in forbidden), rows


@pytest.mark.parametrize("text, forbidden", [
    ('Reporter Jana Novak asked Czech Prime Minister Tomas Dvorak-Hlavac on Monday whether he would meet '
     "Hungary's prime minister; he did not answer.", ['Jana Novak']),
    ('Kenyan President Daniel Mwangi-Otieno spoke to reporters at State House in Nairobi on Monday about '
     'the drought.', ['State House', 'reporters']),
    ('Moldovan President Irina Cojocaru-Lupu told the BBC on Tuesday that she had no plans to meet the '
     'Russian ambassador.', ['BBC']),
    ('The summit of the Shanghai Cooperation Organisation in Astana was chaired by Kazakh President Nurlan '
     'Abenov; journalist Olga Petrova covered it.', ['Olga Petrova']),
])
def test_no_wrong_side(run, text, forbidden):
    rows = run(text)
    assert not any(_names_side(_names(r[1]), [f]) for r in rows for f in forbidden), rows


@pytest.mark.parametrize("text, pair", [
    ("The Australia-Papua New Guinea Ministerial Forum will meet in Lae in June.", [["Australia"], ["Papua"]]),
    ("The Indonesia-Timor-Leste Ministerial Forum opened in Dili on Monday.", [["Indonesia"], ["Timor"]]),
    ("The next Chile-Argentina Forum will be held in Mendoza in October, the two foreign ministries said.",
     [["Chile"], ["Argentin"]]),
])
def test_pair_named_forum_sits_as_its_sides(run, text, pair):
    """"the A-B Ministerial Forum will meet": A and B sit, as in "the A-B Joint Commission"."""
    rows = run(text)
    assert any(all(_names_side(_names(r[1]), side) for side in pair) for r in rows), rows


@pytest.mark.parametrize("text", [
    "Kenya and Tanzania will hold the Kenya-Tanzania Business Forum in Arusha next month.",
    "The Boao Forum for Asia opened on Hainan island on Tuesday.",
])
def test_business_forums_no_sides(run, text):
    rows = run(text)
    assert not any(len(r[1]) >= 2 for r in rows), rows


def test_a_day_after_closing_a_clause_counts_on(run):
    """"... on 5 June, and the two presidents will sign the accord there a day after.": the 6th, not the 5th."""
    rows = run("The joint commission will close its session in Saint-Louis on 5 June, and Senegalese President "
               "Ousmane Ndour and Mauritanian President Sidi Vall will sign the agreement there a day after.")
    assert any(r[0] == "signing" and r[3] == "2090-06-06" for r in rows), rows


def test_a_day_after_an_event_is_no_offset_of_its_own(run):
    rows = run("Kenyan President Daniel Mwangi will arrive in Kampala on 5 June and will meet Ugandan President "
               "Alois Kato a day after the summit.")
    assert not any(r[3] == "2090-06-06" for r in rows), rows


@pytest.mark.parametrize("text, day", [
    ("The Kenya-Uganda Joint Permanent Commission, due to be held in Kampala next week, has been called off, the "
     "ministry said.", "2090-W22"),
    ("The summit of Kenyan President Daniel Mwangi and Ugandan President Alois Kato, due to be held in Kampala next "
     "week, has been called off.", "2090-W22"),
])
def test_due_to_be_held_dates_the_event(run, text, day):
    """"X, due to be held in Y next week, has been called off": the infinitive under "due" dates X."""
    rows = run(text)
    assert any(r[2] == "cancelled" and r[3] == day for r in rows), rows
