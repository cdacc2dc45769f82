"""A side that stays away from a gathering told before, in words naming none (gather43): 'will not travel to / is
not in / is not expected in <the gathering's town>', 'said no to the invitation', 'X, who had been invited
(to attend), declined', 'will not be among them', a delegation refused to talks; sentences written for
the session, several regions, tenses and voices, with near-misses that must give no refusal."""

from __future__ import annotations


import pytest

from harness import participant_name, rows_of_day

GATHERINGS = ("summit", "conference", "meeting", "talks", "negotiation")


@pytest.fixture(scope="module")
def run(nlp):
    return rows_of_day(nlp)


@pytest.mark.parametrize("text, published, parts, place", [
    ('Foreign ministers of the Arab League gathered in Rabat on Sunday. Syria refused to send its delegation.',
     '2071-03-14', ['Syria'], 'Rabat'),
    ("SADC leaders open their summit in Harare on Thursday. Zambia's president will not travel to Harare; he has sent his vice president instead.",
     '2071-05-02', ['Zambia'], 'Harare'),
    ("The G20 summit opened in Johannesburg on Saturday. Argentina's president is not in Johannesburg.",
     '2071-11-22', ['Argentina'], 'Johannesburg'),
    ('Ministers of the Organization of American States gathered in Asuncion on Monday. Nicaragua said no to the invitation.',
     '2071-06-03', ['Nicaragua'], 'Asuncion'),
    ("The Mercosur summit opened in Montevideo on Friday. Venezuela's president, who had been invited as a guest, declined.",
     '2071-07-04', ['Venezuela'], 'Montevideo'),
    ("The Shanghai Cooperation Organisation summit opened in Astana on Thursday. India's prime minister will not be among the leaders; New Delhi sent its foreign minister instead.",
     '2071-07-04', ['India'], 'Astana'),
    ("OSCE foreign ministers meet in Vienna on Thursday. Russia's foreign minister turned down the Austrian invitation last week.",
     '2071-12-01', ['Russia'], 'Vienna'),
    ('West African heads of state met in Abuja on Sunday. The military rulers of Guinea turned down invitations to attend as observers.',
     '2071-08-10', ['Guinea'], 'Abuja'),
    ("Pacific Islands Forum leaders meet in Honiara on Tuesday. Fiji's prime minister has declined the invitation, his office said.",
     '2071-09-01', ['Fiji'], 'Honiara'),
    ("The Ibero-American summit opened in Lisbon on Friday. Mexico's president sent his apologies.",
     '2071-11-05', ['Mexico'], 'Lisbon'),
    ("EU leaders met in Brussels on Thursday for a two-day summit. Hungary's prime minister did not make the trip.",
     '2071-03-21', ['Hungary'], 'Brussels'),
    ("Arab leaders gather in Baghdad on Saturday for their annual summit. Algeria's president is not expected in Baghdad.",
     '2071-05-15', ['Algeria'], 'Baghdad'),
    ("The African Union summit opened in Addis Ababa on Sunday. Egypt's president will not attend; Cairo is sending its prime minister.",
     '2071-02-08', ['Egypt'], 'Addis Ababa'),
    ("Nordic prime ministers meet in Reykjavik next week. Finland's prime minister has said no to the invitation, citing a budget vote.",
     '2071-10-24', ['Finland'], 'Reykjavik'),
    ("The BRICS summit opens in Kazan on Tuesday. Brazil's president will not go to Kazan.",
     '2071-10-20', ['Brazil'], 'Kazan'),
    ('The Caricom heads of government meeting opened in Georgetown on Wednesday. Haiti refused to send a representative.',
     '2071-07-03', ['Haiti'], 'Georgetown'),
    ("ASEAN leaders met in Jakarta on Monday. Myanmar's junta chief, who had been invited, stayed away.",
     '2071-09-05', ['Myanmar'], 'Jakarta'),
    ('The peace conference on Yemen opened in Geneva on Monday. The Houthis declined to attend.',
     '2071-06-10', ['Houthi'], 'Geneva'),
    ("NATO defence ministers gathered in Brussels on Wednesday. Turkey's minister was not in Brussels, a diplomat said.",
     '2071-02-12', ['Turkey'], 'Brussels'),
    ("The Gulf Cooperation Council summit convened in Riyadh on Tuesday. Oman's sultan, whom the Saudi king had invited in person, declined.",
     '2071-12-09', ['Oman'], 'Riyadh'),
    ("The Central Asian leaders' summit opened in Dushanbe on Friday. Turkmenistan's president will not travel to Dushanbe this time.",
     '2071-09-14', ['Turkmenistan'], 'Dushanbe'),
    ("Leaders of the Andean Community met in Lima on Monday. Bolivia's president, whom the host had invited, declined, saying he was needed in La Paz.",
     '2071-05-26', ['Bolivia'], 'Lima'),
    ("Leaders of the Andean Community met in Quito on Monday. Peru's president, who had been invited to attend, declined.",
     '2071-05-26', ['Peru'], 'Quito'),
    ("Caribbean foreign ministers met in Bridgetown on Tuesday. Cuba's minister was not in Bridgetown; Havana sent its ambassador.",
     '2071-05-26', ['Cuba'], 'Bridgetown'),
])
def test_stays_away_from_the_gathering_told(run, text, published, parts, place):
    rows = run(text, published)
    assert any(r[0] in GATHERINGS and r[2] == "declined" and r[4] == place
               and all(any(p in participant_name(n) for n in r[1]) for p in parts) for r in rows), rows


@pytest.mark.parametrize("text, published", [
    ("The summit opened in Nairobi on Monday. Uganda's president declined to comment on the border dispute.",
     '2071-03-14'),
    ('The ministers met in Kampala on Monday. Tanzania refused to sign the declaration.',
     '2071-03-14'),
    ('The ASEAN summit opened in Manila on Monday. The Philippine president said no to new taxes.',
     '2071-03-14'),
    ('The talks opened in Doha on Monday. The militia refused to send its fighters home.',
     '2071-03-14'),
    ("Ghana's president was not in Accra when the floods struck on Monday.",
     '2071-03-14'),
    ('The summit opened in Lusaka on Monday. Kenya turned down the loan offer from the bank.',
     '2071-03-14'),
    ('EU leaders met in Brussels on Thursday. The Irish prime minister is not in favour of the plan.',
     '2071-03-14'),
    ('The conference opened in Bern on Monday. The minister will not travel to Bern again until the dispute is settled, he said last year.',
     '2071-03-14'),
    ('The summit opened in Paris on Monday. The French president will not be among the candidates in the next election.',
     '2071-03-14'),
    ("Leaders met in Lima on Monday. Peru's president, who had been invited to address Congress, declined.",
     '2071-03-14'),
    ("The talks in Vienna resumed on Monday. Iran's negotiator is not expected in Vienna before Thursday.",
     '2071-03-14'),
    ('The summit opened in Nairobi on Monday. The president said no to the invitation to address parliament.',
     '2071-03-14'),
    ('The summit opened in Hanoi on Monday. The prime minister said no to new sanctions on the invitation of nobody.',
     '2071-03-14'),
])
def test_near_miss_gives_no_refusal(run, text, published):
    rows = run(text, published)
    assert not any(r[2] == "declined" for r in rows), rows
