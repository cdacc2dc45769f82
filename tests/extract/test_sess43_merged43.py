"""An article's second event between the same sides, where an earlier step lost it: a meeting beside a signing whose
verb the parser gave a place's apposition as object, a sideless signing at a held contact, a contact with its own
sides the sentence after a named visit, the next session of a body named by its head noun, a trip whose place the
tagger ran into its state, a weekday under a purpose "for"; two reports of one event stay one record."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor, has_row

PUBLISHED = date(2030, 5, 10)  # a Friday
M = {"meeting", "talks", "negotiation"}
S = {"signing"}
V = {"visit"}
C = {"call"}


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED)


CASES = [
    # a comma-set apposition of the place is no outsider met
    (('NAIROBI - Kenyan President William Kiptoo and his Ugandan counterpart, Moses Okello, met on Monday at the '
      'Malaba border post, the busiest crossing between the two countries, and signed an agreement on customs.'),
     [(M, [['Kiptoo'], ['Okello']], 'held', '2030-05-06'), (S, [['Kiptoo'], ['Okello']], 'held', '2030-05-06')]),
    (('Mongolian President Batbayar Gansukh met Kazakh President Askar Bekov on Tuesday at the Akorda, the '
      'presidential residence, and signed a declaration on a transport corridor.'),
     [(M, [['Gansukh'], ['Bekov']], 'held', '2030-05-07'), (S, [['Gansukh'], ['Bekov']], 'held')]),
    # a signing naming no side, in a held contact's sentence or the next
    (('The governments of Hungary and Slovakia held their third joint session in Komarno on Tuesday, chaired by '
      'Prime Ministers Peter Kovacs and Jana Hruba. Ministers from both cabinets signed nine agreements.'),
     [(M, [['Hungary'], ['Slovakia']], 'held', '2030-05-07'), (S, [['Hungary'], ['Slovakia']], 'held')]),
    (("Vietnam's prime minister hosted Cambodia's prime minister for talks in Hanoi on Monday, and the two leaders "
      'looked on as ministers signed a deal on electricity trade.'),
     [(M, [['Vietnam'], ['Cambodia']], 'held', '2030-05-06'), (S, [['Vietnam'], ['Cambodia']], 'held', '2030-05-06')]),
    (("Kenya's president held talks with the Ethiopian prime minister in Nairobi on Monday. Twelve agreements were "
      'signed at the end of the visit.'),
     [(M, [['Kenya'], ['Ethiopia']], 'held', '2030-05-06'), (S, [['Kenya'], ['Ethiopia']], 'held')]),
    # a purpose "for" does not set the weekday of the talks it names ahead
    (("Ghana's President Kofi Mensah hosted Togo's President Komi Adjovi for talks in Accra on Wednesday, and the "
      'two leaders looked on as their ministers signed a deal on a coastal highway.'),
     [(M, [['Mensah'], ['Adjovi']], 'held', '2030-05-08'), (S, [['Ghana', 'Mensah'], ['Togo', 'Adjovi']], 'held')]),
    # a contact with its own sides the sentence after a named visit
    (('Thai Prime Minister Somchai Boonmee has postponed his official visit to Cambodia to November. Officials said '
      'the two leaders will still meet in Phnom Penh then.'),
     [(V, [['Somchai'], ['Cambodia']], 'scheduled', '2030-11'), (M, [['Somchai'], ['Cambodia']], None, None)]),
    # "City, State" read by the tagger as one name: the town, so the trip and the talk with its host split
    (('NATO Secretary General Anders Holm will visit Skopje, North Macedonia, on Saturday 18 May. The Secretary '
      'General will meet with the Prime Minister of North Macedonia and will address parliament.'),
     [(V, [['Holm'], ['Macedonia']], 'scheduled', '2030-05-18'), (M, [['Holm'], ['Macedonia']])]),
    # the next session of a body named by its head noun
    (('The presidents of Kazakhstan and Kyrgyzstan met in Almaty on Thursday for a session of the Supreme '
      'Interstate Council. They agreed to hold the next session of the Council in Bishkek in 2031.'),
     [(M, [['Kazakhstan'], ['Kyrgyzstan']], 'held', '2030-05-09'),
      (M, [['Kazakhstan'], ['Kyrgyzstan']], 'agreed', '2031')]),
    (('Foreign ministers of Ghana and Togo met in Lome on Tuesday for the fourth session of the Joint Commission '
      'for Cooperation. The next session of the commission will be held in Accra next year.'),
     [(M, [['Ghana'], ['Togo']], 'held', '2030-05-07'), (M, [['Ghana'], ['Togo']], 'scheduled', '2031')]),
    # what passed before and must still pass
    (('HANOI - Vietnamese Prime Minister Tran Van Long held talks with Lao Prime Minister Sonexay Keomany on Tuesday '
      'and signed a memorandum on a cross-border railway.'),
     [(M, [['Tran'], ['Keomany']], 'held', '2030-05-07'), (S, [['Tran'], ['Keomany']], 'held')]),
    (("Japan's prime minister has called off a summit with South Korean President Lee Min-jun planned for June 9 in "
      'Seoul. Officials said the two leaders could instead speak by telephone next week.'),
     [({"summit", "meeting"}, [['Japan'], ['Lee', 'Korea']], 'cancelled'),
      (C, [['Japan'], ['Lee', 'Korea']], 'proposed')]),
    (('Chilean President Sofia Araya arrived in Lima on Monday for a two-day visit. She also met Bolivian President '
      'Luis Mamani, who was in Lima for a trade fair.'),
     [(V, [['Araya'], ['Peru']], 'held'), (M, [['Araya'], ['Mamani']], 'held')]),
]

NEAR_MISSES = [
    # (text, what must be there, what must not)
    (('Brazilian President Lula Ferreira met Paraguayan President Santiago Benitez in Asuncion on Thursday. A '
      'Brazilian mining company signed a contract with a local firm the same day.'),
     [(M, [['Ferreira'], ['Benitez']], 'held')], [(S, [['']])]),
    ('Norway and Sweden signed a fisheries accord on Tuesday.',
     [(S, [['Norway'], ['Sweden']], 'held')], [(M, [['']])]),
    (('Indian External Affairs Minister Ravi Menon arrived in Colombo on Sunday for a two-day visit. The visit '
      'follows talks held in New Delhi in March.'),
     [(V, [['Menon'], ['Sri Lanka']], 'held')], [(M, [['']])]),
    (('The European Commission said on Monday it would review the trade deal. A session of the commission is due '
      'next week.'),
     [], [(M, [['']])]),
    (('Foreign ministers of Ghana and Togo co-chaired the fourth session of the Joint Commission for Cooperation in '
      'Lome on Tuesday. The session of the commission adopted a plan on cross-border trade.'),
     [(M, [['Ghana'], ['Togo']], 'held')], [(M, [['']], 'scheduled'), (M, [['']], 'agreed')]),
]


@pytest.mark.parametrize("text, want", CASES)
def test_the_second_event_between_the_same_sides_is_kept(run, text, want):
    rows = event_rows(run(text))
    assert all(has_row(rows, *w) for w in want), rows


@pytest.mark.parametrize("text, want, bad", NEAR_MISSES)
def test_no_second_event_where_there_is_none(run, text, want, bad):
    rows = event_rows(run(text))
    assert all(has_row(rows, *w) for w in want), rows
    assert not any(has_row(rows, *b) for b in bad), rows


def test_one_session_told_twice_stays_one_record(run):
    rows = event_rows(run("Foreign ministers of Ghana and Togo co-chaired the fourth session of the Joint Commission "
                          "for Cooperation in Lome on Tuesday. The session of the commission adopted a plan."))
    assert len([r for r in rows if r[0] in M]) == 1, rows
