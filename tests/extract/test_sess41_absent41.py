"""Absences from a gathering that goes ahead and refusals with sides of their own (absent41): sentences written
for the session, several regions, outlets, tenses and voices; with near-misses that must give no refusal."""

from __future__ import annotations


import pytest

from harness import participant_name, rows_of_day

GATHERINGS = ("summit", "conference", "meeting", "talks", "negotiation")


@pytest.fixture(scope="module")
def run(nlp):
    return rows_of_day(nlp)


def _has(rows, kinds, parts, status) -> bool:
    return any(r[0] in kinds and r[2] == status and all(any(p in participant_name(n) for n in r[1]) for p in parts)
               for r in rows)


@pytest.mark.parametrize("text, published, wanted", [
    ("Foreign ministers of the Arab League met in Cairo on Sunday. Syria's foreign minister stayed away from the gathering.",
     '2071-03-14', [(GATHERINGS, ['Arab League'], 'held'), (GATHERINGS, ['Syria'], 'declined')]),
    ("The Pacific Islands Forum leaders' meeting opened in Suva on Monday without Kiribati, whose president declined to attend.",
     '2071-08-12', [(GATHERINGS, ['Kiribati'], 'declined')]),
    ("Hungary's prime minister will skip next week's EU summit in Brussels, his office said on Friday.",
     '2071-06-20', [(GATHERINGS, ['Hungary'], 'declined')]),
    ('Mali did not send a delegation to the ECOWAS summit in Abuja on Saturday.',
     '2071-07-12', [(GATHERINGS, ['Mali'], 'declined')]),
    ('Eritrea was the only member state not represented at the IGAD summit in Djibouti on Thursday.',
     '2071-05-09', [(GATHERINGS, ['Eritrea'], 'declined')]),
    ("Leaders of the Shanghai Cooperation Organisation gathered in Astana on Tuesday. India's prime minister was absent.",
     '2071-07-05', [(GATHERINGS, ['India'], 'declined')]),
    ('Venezuela has told the organisers it will not take part in the regional conference on migration in Quito next month.',
     '2071-09-02', [(GATHERINGS, ['Venezuela'], 'declined')]),
    ("Argentina's president pulled out of the Mercosur summit in Asuncion at the last minute, citing a domestic crisis.",
     '2071-07-08', [(GATHERINGS, ['Argentina'], 'declined')]),
    ("Cambodia's prime minister has sent word that he will not attend the ASEAN summit in Vientiane on Wednesday.",
     '2071-10-05', [(GATHERINGS, ['Cambodia'], 'declined')]),
    ("Poland's president has not come to the NATO summit in Madrid. A spokesman said he was recovering from surgery.",
     '2071-06-29', [(GATHERINGS, ['Poland'], 'declined')]),
    ("The Commonwealth heads of government meeting in Kigali opened on Friday. Zimbabwe's seat was empty.",
     '2071-06-25', [(GATHERINGS, ['Zimbabwe'], 'declined')]),
    ('China declined an invitation to attend the peace conference in Geneva next month.',
     '2071-04-02', [(GATHERINGS, ['China'], 'declined')]),
    ('Belarus turned down the invitation to the Baltic Sea security conference in Riga, officials said.',
     '2071-04-22', [(GATHERINGS, ['Belarus'], 'declined')]),
    ('Sudan snubbed the African Union summit in Addis Ababa on Sunday.',
     '2071-02-10', [(GATHERINGS, ['Sudan'], 'declined')]),
    ("Myanmar's junta chief did not show up for the ASEAN leaders' meeting in Jakarta on Tuesday.",
     '2071-05-11', [(GATHERINGS, ['Myanmar'], 'declined')]),
    ("Serbia's president will be absent from the Western Balkans summit in Berlin on Monday, his office said.",
     '2071-11-03', [(GATHERINGS, ['Serbia'], 'declined')]),
    ('Morocco rejected an Algerian proposal for talks on the border, the foreign ministry said on Monday.',
     '2071-01-16', [(GATHERINGS, ['Morocco', 'Algeria'], 'declined')]),
    ('Ethiopia refuses to sit down with Egypt over the dam',
     '2071-03-03', [(GATHERINGS, ['Ethiopia', 'Egypt'], 'declined')]),
    ("Kenya's president refused to meet the Somali envoy in Nairobi on Wednesday.",
     '2071-03-20', [(GATHERINGS, ['Kenya', 'Somali'], 'declined')]),
    ('Georgia has ruled out direct talks with Russia, its foreign minister said on Thursday.',
     '2071-05-16', [(GATHERINGS, ['Georgia', 'Russia'], 'declined')]),
    ("Guyana rebuffed Venezuela's offer of talks on the Essequibo dispute on Tuesday.",
     '2071-10-14', [(GATHERINGS, ['Guyana', 'Venezuela'], 'declined')]),
    ('North Korea rejects South Korean call for talks',
     '2071-08-11', [(GATHERINGS, ['North Korea', 'South Korea'], 'declined')]),
    ("Armenia declined Azerbaijan's invitation to peace talks in Baku, the government said on Friday.",
     '2071-06-06', [(GATHERINGS, ['Armenia', 'Azerbaijan'], 'declined')]),
    ('Nepal will not hold talks with India on the border until the map dispute is settled, Kathmandu said on Sunday.',
     '2071-02-23', [(GATHERINGS, ['Nepal', 'India'], 'declined')]),
    ('Beijing refused to receive the Philippine envoy last week, Manila said on Monday.',
     '2071-09-15', [(('summit', 'conference', 'meeting', 'talks', 'negotiation', 'visit'), ['China', 'Philippin'], 'declined')]),
    ("Serbia turned down Kosovo's request for a meeting in Brussels, the EU said on Tuesday.",
     '2071-11-12', [(GATHERINGS, ['Serbia', 'Kosovo'], 'declined')]),
    ("Chile's president will not attend the Lima summit but will send his foreign minister, his office said on Monday.",
     '2071-04-13', [(GATHERINGS, ['Chile'], 'declined')]),
    ("Zambia's president told reporters that he would not attend the SADC summit in Harare next week.",
     '2071-08-09', [(GATHERINGS, ['Zambia'], 'declined')]),
    ("Gulf foreign ministers met in Muscat on Monday. Qatar's minister did not travel to Muscat.",
     '2071-02-09', [(GATHERINGS, ['Qatar'], 'declined')]),
    ("Uzbekistan's president will skip the gathering of Central Asian presidents in Dushanbe on Friday.",
     '2071-09-09', [(GATHERINGS, ['Uzbekistan'], 'declined')]),
    ('Talks between Islamabad and the Taliban administration in Kabul resumed in Doha on Monday.',
     '2071-09-09', [(GATHERINGS, ['Pakistan', 'Afghanistan'], 'held')]),
    ('Panama will host the OAS General Assembly in June. Nicaragua said on Monday it would stay away from the General Assembly.',
     '2071-04-09', [(GATHERINGS, ['Nicaragua'], 'declined')]),
])
def test_absence_or_refusal_is_told(run, text, published, wanted):
    rows = run(text, published)
    for kinds, parts, status in wanted:
        assert _has(rows, kinds, parts, status), rows


@pytest.mark.parametrize("text, published, status", [
    ('Turkey rejected the terms of the ceasefire proposed by the United Nations on Monday.',
     '2071-01-10', 'declined'),
    ('A spokesman for the Indonesian foreign ministry declined to comment on the report on Tuesday.',
     '2071-01-10', None),
    ('Russia rejected the UN Security Council resolution on Syria on Friday.',
     '2071-01-10', 'declined'),
    ('Iran will boycott the World Cup qualifier in Doha, its football federation said.',
     '2071-01-10', None),
    ('Consumers in Jordan have boycotted French products for a month.',
     '2071-01-10', None),
    ("Egypt refused to accept the deal's terms on water sharing, its irrigation minister said on Sunday.",
     '2071-01-10', 'declined'),
    ('The finance minister was absent from the vote in parliament on Tuesday.',
     '2071-03-10', None),
    ('The summit opened in Suva on Monday. The seat at the end of the table was empty.',
     '2071-08-12', 'declined'),
    ("Japan's prime minister has not attended a summit of the bloc since 2019.",
     '2071-03-10', 'declined'),
    ("NATO leaders met in Vilnius on Tuesday. Turkey's president did not travel to Ankara after the summit.",
     '2071-07-13', 'declined'),
])
def test_near_miss_gives_no_refusal(run, text, published, status):
    rows = run(text, published)
    assert not any(status is None or r[2] == status for r in rows), rows
