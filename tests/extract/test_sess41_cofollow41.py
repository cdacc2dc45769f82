"""An article's second event between the same sides — a signing, a next meeting, an earlier one, talks told in a
clause of their own beside a trip — with sides named by anaphora ("the two sides", "they", "the two presidents") or
shared with the contact's verb; two reports of one event stay one record."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, has_row

PUBLISHED = date(2030, 5, 10)  # a Friday
M = {"meeting", "talks", "negotiation"}
S = {"signing"}
V = {"visit"}


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


CASES = [
    (('Ghanaian President Kwame Boateng arrived in Abidjan on Tuesday for a two-day state visit and held '
      'talks with Ivorian President Alassane Kone. The two sides signed agreements on cross-border trade '
      'and cocoa pricing.'),
     [(M, [['Boateng'], ['Kone']], 'held', '2030-05-07', None), (S, [['Boateng', 'Ghana'], ['Kone', 'Ivory', 'Côte']], 'held', '2030-05-07', None)],
     []),
    (('Vietnamese Prime Minister Tran Van Hieu held talks with his Lao counterpart Sonexay Keola in '
      'Vientiane on Wednesday. Both sides signed a memorandum on hydropower exports.'),
     [(M, [['Hieu'], ['Keola']], 'held', '2030-05-08', 'Vientiane'), (S, [['Hieu', 'Vietnam'], ['Keola', 'Lao']], 'held', '2030-05-08', None)],
     []),
    (('Chilean Foreign Minister Ignacio Rojas met Argentine Foreign Minister Lucia Ferraro in Mendoza on '
      'Thursday. The two ministers signed a protocol on mountain border crossings.'),
     [(M, [['Rojas'], ['Ferraro']], 'held', '2030-05-09', 'Mendoza'), (S, [['Rojas', 'Chile'], ['Ferraro', 'Argentin']], 'held', None, None)],
     []),
    (('Indonesian President Budi Santoso hosted Malaysian Prime Minister Aziz Rahman at the Bogor Palace on'
      ' Monday, and the two leaders witnessed the signing of four memoranda of understanding.'),
     [(M, [['Santoso'], ['Rahman']], 'held', '2030-05-06', None), (S, [['Santoso', 'Indonesia'], ['Rahman', 'Malaysia']], 'held', '2030-05-06', None)],
     []),
    (('Kenyan President William Otieno and Ethiopian Prime Minister Dawit Alemu held talks in Nairobi on '
      'Tuesday, after which they signed a pact on the Lamu corridor.'),
     [(M, [['Otieno'], ['Alemu']], 'held', '2030-05-07', 'Nairobi'), (S, [['Otieno', 'Kenya'], ['Alemu', 'Ethiopia']], 'held', '2030-05-07', None)],
     []),
    (('Polish Foreign Minister Marek Nowicki and his Lithuanian counterpart Rasa Petraitiene met in Vilnius'
      ' on Wednesday. The ministers inked a deal on electricity interconnection.'),
     [(M, [['Nowicki'], ['Petraitiene']], 'held', '2030-05-08', 'Vilnius'), (S, [['Nowicki', 'Pol'], ['Petraitiene', 'Lithuan']], 'held', None, None)],
     []),
    (("Qatar's emir Sheikh Hamad bin Khalid received Pakistani Prime Minister Imran Qureshi in Doha on "
      'Sunday. The two sides exchanged memoranda of understanding on labour and energy.'),
     [(M, [['Hamad'], ['Qureshi']], 'held', '2030-05-05', 'Doha'), (S, [['Hamad', 'Qatar'], ['Qureshi', 'Pakistan']], 'held', None, None)],
     []),
    (('Japanese Prime Minister Kenji Morita will visit Canberra next week for talks with Australian Prime '
      'Minister Claire Donovan, and the two leaders will sign a reciprocal access agreement.'),
     [(M, [['Morita'], ['Donovan']], 'scheduled', None, None), (S, [['Morita', 'Japan'], ['Donovan', 'Australia']], 'scheduled', None, None)],
     []),
    (('Bolivian Foreign Minister Ana Mamani met Paraguayan Foreign Minister Diego Benitez in Asuncion on '
      'Thursday. The two sides agreed to meet again in La Paz in August.'),
     [(M, [['Mamani'], ['Benitez']], 'held', '2030-05-09', 'Asuncion'), (M, [['Mamani', 'Bolivia'], ['Benitez', 'Paraguay']], 'agreed', '2030-08', 'La Paz')],
     []),
    (('The foreign ministers of Egypt and Jordan held talks in Amman on Monday and agreed to convene the '
      'joint higher committee in Cairo in September.'),
     [(M, [['Egypt'], ['Jordan']], 'held', '2030-05-06', 'Amman'), (M, [['Egypt'], ['Jordan']], 'agreed', '2030-09', 'Cairo')],
     []),
    (('Delegations from Serbia and Kosovo concluded a round of talks in Brussels on Wednesday. The next '
      'round will be held in Brussels in June, the EU said.'),
     [(M, [['Serbia'], ['Kosovo']], 'held', '2030-05-08', 'Brussels'), (M, [['Serbia'], ['Kosovo']], 'scheduled', '2030-06', 'Brussels')],
     []),
    (('Uzbek President Timur Karimov held talks with Kyrgyz President Almaz Zhaparov in Tashkent on '
      'Tuesday. They agreed to hold their next meeting in Bishkek in the autumn.'),
     [(M, [['Karimov'], ['Zhaparov']], 'held', '2030-05-07', 'Tashkent'), (M, [['Karimov', 'Uzbek'], ['Zhaparov', 'Kyrgyz']], 'agreed', None, 'Bishkek')],
     []),
    (('Norwegian Foreign Minister Ingrid Solberg met Icelandic Foreign Minister Gunnar Jonsson in Reykjavik'
      ' on Monday. The two ministers will meet again in Oslo in November.'),
     [(M, [['Solberg'], ['Jonsson']], 'held', '2030-05-06', 'Reykjavik'), (M, [['Solberg', 'Norw'], ['Jonsson', 'Iceland']], None, '2030-11', 'Oslo')],
     []),
    (('India and Nepal held the sixth meeting of their joint commission in Kathmandu on Wednesday and '
      'agreed that the seventh meeting will take place in New Delhi next year.'),
     [(M, [['India'], ['Nepal']], 'held', '2030-05-08', 'Kathmandu'), (M, [['India'], ['Nepal']], None, '2031', 'New Delhi')],
     []),
    (('Senegalese President Macky Diouf received Mauritanian President Ould Cheikh in Dakar on Friday. The '
      'two presidents agreed to meet again in Nouakchott in October.'),
     [(M, [['Diouf'], ['Cheikh']], 'held', '2030-05-10', 'Dakar'), (M, [['Diouf', 'Senegal'], ['Cheikh', 'Mauritania']], 'agreed', '2030-10', 'Nouakchott')],
     []),
    (('Turkish President Kemal Aydin will meet Greek Prime Minister Nikos Petrou in Ankara on Thursday. The'
      ' two leaders last met in Athens in December.'),
     [(M, [['Aydin'], ['Petrou']], 'scheduled', '2030-05-16', 'Ankara'), (M, [['Aydin'], ['Petrou']], 'held', '2029-12', 'Athens')],
     []),
    (('South Korean Foreign Minister Park Ji-hoon is due to meet his Japanese counterpart Taro Sato in '
      'Seoul next week, the ministry said. They last met in Tokyo in February.'),
     [(M, [['Park'], ['Sato']], 'scheduled', None, 'Seoul'), (M, [['Park'], ['Sato']], 'held', '2030-02', 'Tokyo')],
     []),
    (('On the sidelines of the African Union summit in Addis Ababa on Sunday, Rwandan President Paul '
      'Mugisha met Congolese President Felix Kabila.'),
     [(M, [['Mugisha'], ['Kabila']], 'held', '2030-05-05', 'Addis Ababa')],
     []),
    (('During a three-day visit to Tanzania that began on Monday, Zambian President Hakainde Mwale met '
      'President Samia Mrisho in Dodoma.'),
     [(V, [['Mwale'], ['Tanzania']], 'held', None, None), (M, [['Mwale'], ['Mrisho']], 'held', None, 'Dodoma')],
     []),
    (('Mexican Foreign Minister Rosa Icaza, who is on a visit to Guatemala, held talks with President '
      'Carlos Arevalo in Guatemala City on Wednesday, and the two signed a migration agreement.'),
     [(M, [['Icaza'], ['Arevalo']], 'held', '2030-05-08', 'Guatemala City'), (S, [['Icaza', 'Mexic'], ['Arevalo', 'Guatemala']], 'held', None, None)],
     []),
    (('Talks between Moroccan Prime Minister Aziz Alami and Spanish Prime Minister Pedro Sanz in Rabat on '
      'Thursday were followed by the signing of twelve agreements.'),
     [(M, [['Alami'], ['Sanz']], 'held', '2030-05-09', 'Rabat'), (S, [['Alami', 'Morocc'], ['Sanz', 'Spain', 'Spanish']], 'held', None, None)],
     []),
    (('Thai Prime Minister Somchai Chan met Cambodian Prime Minister Hun Manet in Bangkok on Monday. A '
      'summit of the two countries planned for June was postponed to September.'),
     [(M, [['Chan'], ['Manet']], 'held', '2030-05-06', 'Bangkok')],
     []),
    (('President Ali Hassan Mwinyi received Prime Minister Abiy Tesfaye at State House on Tuesday. The two '
      'sides signed three agreements on energy and transport.'),
     [(M, [['Mwinyi'], ['Tesfaye']], 'held', '2030-05-07', None), (S, [['Mwinyi'], ['Tesfaye']], 'held', '2030-05-07', None)],
     []),
    (('Chancellor Greta Lindqvist held talks with Prime Minister Matteo Ferri in Rome on Thursday and '
      'signed a joint declaration on migration.'),
     [(M, [['Lindqvist'], ['Ferri']], 'held', '2030-05-09', 'Rome'), (S, [['Lindqvist'], ['Ferri']], 'held', '2030-05-09', None)],
     []),
    (('President Luis Arce Catacora met President Gabriel Boric Font in Arica on Monday, and the two sides '
      'agreed to hold the next binational cabinet in La Paz in October.'),
     [(M, [['Arce'], ['Boric']], 'held', '2030-05-06', 'Arica'), (M, [['Arce'], ['Boric']], 'agreed', '2030-10', 'La Paz')],
     []),
    (("Foreign Minister Penny Walsh will hold talks with Foreign Minister Tevita Fifita in Nuku'alofa on "
      'Tuesday, and the two will sign a maritime boundary treaty.'),
     [(M, [['Walsh'], ['Fifita']], 'scheduled', '2030-05-14', None), (S, [['Walsh'], ['Fifita']], 'scheduled', '2030-05-14', None)],
     []),
    (('Prime Minister Shehbaz Malik met President Ilham Guliyev in Baku on Wednesday and signed a '
      'memorandum on gas supplies.'),
     [(M, [['Malik'], ['Guliyev']], 'held', '2030-05-08', 'Baku'), (S, [['Malik'], ['Guliyev']], 'held', '2030-05-08', None)],
     []),
    (('Foreign Minister Mirzo Rahmonov will meet Foreign Minister Jeenbek Kulov in Dushanbe on Monday and '
      'sign a protocol on the border.'),
     [(M, [['Rahmonov'], ['Kulov']], 'scheduled', '2030-05-13', 'Dushanbe'), (S, [['Rahmonov'], ['Kulov']], 'scheduled', '2030-05-13', None)],
     []),
    (('Prime Minister Kofi Mensah will travel to Lusaka on Thursday at the invitation of his Zambian '
      'counterpart, where the two prime ministers will hold talks on the railway.'),
     [(V, [['Mensah'], ['Zambia']], 'scheduled', '2030-05-16', None), (M, [['Mensah'], ['Zambia']], 'scheduled', '2030-05-16', None)],
     []),
    (('President Rafael Montoya will pay a state visit to Lima next week at the invitation of his Peruvian '
      'counterpart, where the two presidents will sign a border treaty.'),
     [(V, [['Montoya'], ['Peru']], 'scheduled', None, None)],
     []),
]

NEAR_MISSES = [
    (('Brazilian President Lula Costa visited a factory in Sao Paulo on Monday. The two sides signed a wage'
      ' deal.'),
     [],
     [(S, [[''], ['']], None, None, None)]),
    (('Swiss Foreign Minister Anna Keller held talks with Austrian Foreign Minister Karl Huber in Bern on '
      "Monday. Both signed the visitors' book."),
     [(M, [['Keller'], ['Huber']], 'held', '2030-05-06', 'Bern')],
     [(S, [[''], ['']], None, None, None)]),
    (('Vietnamese Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Ming in Hanoi on Monday.'
      ' The two sides agreed to strengthen cooperation in trade and tourism.'),
     [(M, [['Son'], ['Wang']], 'held', '2030-05-06', 'Hanoi')],
     [(M, [['Son', 'Viet'], ['Wang', 'Chin']], 'agreed', None, None)]),
    (('French President Louis Martin met German Chancellor Frank Weber in Paris on Monday. The meeting at '
      'the Elysee lasted three hours, and the talks covered Ukraine.'),
     [(M, [['Martin'], ['Weber']], 'held', '2030-05-06', 'Paris')],
     []),
    (('Omani Foreign Minister Badr Busaidi met Iranian Foreign Minister Ali Bagheri in Muscat on Tuesday. '
      'They discussed shipping in the Strait of Hormuz and regional security.'),
     [(M, [['Busaidi'], ['Bagheri']], 'held', '2030-05-07', 'Muscat')],
     [(S, [[''], ['']], None, None, None)]),
    (('President Ali Hassan Mwinyi met Prime Minister Abiy Tesfaye on Monday. On Wednesday Mwinyi signed an'
      ' agreement with the African Development Bank.'),
     [(M, [['Mwinyi'], ['Tesfaye']], 'held', '2030-05-06', None)],
     [(S, [['Tesfaye']], None, None, None)]),
    (('Prime Minister Shehbaz Malik met President Ilham Guliyev in Baku on Wednesday. Malik later signed '
      'the condolence book at the embassy.'),
     [(M, [['Malik'], ['Guliyev']], 'held', '2030-05-08', 'Baku')],
     [(S, [[''], ['']], None, None, None)]),
    (('Chancellor Greta Lindqvist will meet Prime Minister Matteo Ferri in Rome on Thursday. Lindqvist '
      'signed a climate law on Monday.'),
     [(M, [['Lindqvist'], ['Ferri']], 'scheduled', '2030-05-16', 'Rome')],
     [(S, [['Ferri']], None, None, None)]),
    ('Prime Minister Sophie Laurent will visit Kuwait on Monday for talks on the border.',
     [(V, [['Laurent'], ['Kuwait']], 'scheduled', '2030-05-13', None)],
     [(M, [['Laurent'], ['Kuwait']], None, None, None)]),
]


@pytest.mark.parametrize("text, want, bad", CASES + NEAR_MISSES)
def test_each_event_between_the_same_sides_is_its_own_record(run, text, want, bad):
    rows = event_rows(run(text))
    assert all(has_row(rows, *w) for w in want), rows
    assert not any(has_row(rows, *b) for b in bad), rows


def test_a_signing_joined_to_a_trip_s_purpose_is_part_of_the_plan(run):
    rows = event_rows(run("The Kenyan foreign minister will travel to Kigali on Monday to meet President Jean Habimana "
                          "and sign a trade memorandum, the ministry said."))
    assert has_row(rows, M, [["Kenya"], ["Habimana"]], "scheduled", "2030-05-13", "Kigali"), rows
    assert not has_row(rows, S, [[""]]), rows


def test_one_meeting_told_twice_stays_one_record(run):
    rows = event_rows(run("French President Louis Martin met German Chancellor Frank Weber in Paris on Monday. The "
                          "meeting at the Elysee lasted three hours, and the talks covered Ukraine."))
    assert len(rows) == 1, rows
