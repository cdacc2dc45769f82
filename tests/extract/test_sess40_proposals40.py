"""Proposals and agreements to meet, on sentences written for this class (not copied from any batch): invitations
extended, carried or accepted (to a place, to a state occasion, "to come to"), requests and wishes to meet, readouts'
"agreed that their ministers should meet", and near-misses (a ceasefire, a tender, a wedding or a parade, a policy
agreed) that must give no proposed or agreed event."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from harness import event_rows

PUBLISHED = date(2031, 6, 11)  # a Wednesday
MEET = frozenset({"meeting", "talks", "summit", "negotiation", "conference"})
VISIT = frozenset({"visit"})
SIGNING = frozenset({"signing"})


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short article under a one-line headline."""
    from diplograph.extract import extract_one

    def go(text: str):
        text = "Region\n\n" + text
        doc = Document(id="sess40p", text=text, published=PUBLISHED, title="Region")
        return event_rows(extract_one(nlp(text), doc))

    return go


def _found(rows, types, status, parts, place) -> bool:
    """An event of the types and status whose participants contain each fragment, at the place (when given)."""
    return any(r[0] in types and r[2] == status
               and all(any(p.lower() in n.lower() for n in r[1]) for p in parts)
               and (place is None or r[4] == place) for r in rows)


PLANS = [
    ("WELLINGTON, June 11 (Wire) - Tongan Prime Minister Sione Vaipulu has invited New Zealand's prime minister, Grace Hollister, to visit Nuku'alofa later this year, his office said.",
     [(VISIT, 'proposed', ['Hollister', 'Tonga'], "Nuku'alofa")]),
    ("DAKAR, June 11 (Wire) - Senegal's foreign minister Aminata Diallo-Sow extended an invitation to her Gambian counterpart, Lamin Ceesay, to visit Dakar.",
     [(VISIT, 'proposed', ['Ceesay', 'Seneg'], 'Dakar')]),
    ("Chilean President Matías Orrego has asked to meet Argentina's president on the sidelines of the G20 summit in Johannesburg next month, an aide said.",
     [(MEET, 'proposed', ['Orrego', 'Argentin'], None)]),
    ('Nepal has requested talks with India on the Kalapani boundary dispute, the foreign ministry in Kathmandu said on Tuesday.',
     [(MEET, 'proposed', ['Nepal', 'India'], None)]),
    ('Kenyan President Daniel Karanja suggested that he and Ugandan President Moses Okello meet in Arusha in July to settle the dispute over the lake.',
     [(MEET, 'proposed', ['Karanja', 'Okello'], 'Arusha')]),
    ('PRAGUE, June 11 (Wire) - Czech Prime Minister Jan Dvorak met Polish Prime Minister Tomasz Lisowski in Prague on Monday. The two prime ministers agreed to meet again in Warsaw in the autumn.',
     [(MEET, 'agreed', ['Dvorak', 'Lisowski'], 'Warsaw')]),
    ('VIENTIANE, June 11 (KPL) - Lao Foreign Minister Somsak Vongsa received Vietnamese Deputy Foreign Minister Tran Van Hieu on Tuesday. It was agreed that the joint commission would hold its next session in Hanoi in the fourth quarter.',
     [(MEET, 'agreed', ['La', 'Viet'], 'Hanoi')]),
    ('BAKU, June 11 (Wire) - Azerbaijani President Rauf Mammadli accepted an invitation from his Kazakh counterpart to pay a state visit to Kazakhstan next year, his office said.',
     [(VISIT, 'agreed', ['Mammadli', 'Kazakh'], None)]),
    ('CAIRO, June 11 (Wire) - Egypt and Ethiopia agreed in principle to hold a summit on the Nile dam before the end of the year, officials in both capitals said.',
     [(MEET, 'agreed', ['Egypt', 'Ethiopia'], None)]),
    ('ULAANBAATAR, June 11 (Wire) - Mongolian President Batbayar Ganzorig said on Tuesday that he hopes to visit Seoul before the end of the year.',
     [(VISIT, 'proposed', ['Ganzorig', 'Korea'], 'Seoul')]),
    ("SUVA, June 11 (Wire) - Fijian Prime Minister Ratu Josefa Naivalu told reporters he would like to meet Australia's prime minister in Canberra next month.",
     [(MEET | VISIT, 'proposed', ['Naivalu', 'Australia'], 'Canberra')]),
    ('RIYADH, June 11 (SPA) -- Saudi Foreign Minister Prince Khalid bin Saad received today Omani envoy Salim al-Harthy, who handed over a letter from the Sultan of Oman containing an invitation to the Saudi foreign minister to visit Muscat.',
     [(VISIT, 'proposed', ['Saudi', 'Oman'], 'Muscat')]),
    ("LIMA, June 11 (Wire) - Peru's foreign minister, Carmen Quispe Salas, has proposed a meeting with her Bolivian counterpart in La Paz to discuss lithium exports.",
     [(MEET, 'proposed', ['Quispe', 'Bolivia'], 'La Paz')]),
    ("ABUJA, June 11 (Wire) - Nigerian President Bola Adekunle spoke by telephone with Ghana's president, Kwabena Mensah-Owusu, on Tuesday. They agreed that their foreign ministers should meet in Accra in the coming weeks.",
     [(MEET, 'agreed', ['Nigeria', 'Ghana'], 'Accra')]),
    ('BANGKOK, June 11 (Wire) - Thai Prime Minister Anong Srisuk said she had invited Cambodian Prime Minister Sok Vannak to Bangkok for talks on the border.',
     [(MEET | VISIT, 'proposed', ['Srisuk', 'Vannak'], 'Bangkok')]),
    ('MANILA, June 11 (Wire) - Vietnam and the Philippines agreed to hold the next round of maritime consultations in Manila in September.',
     [(MEET, 'agreed', ['Viet', 'Philippines'], 'Manila')]),
    ("COLOMBO, June 11 (Wire) - Sri Lanka's president, Nimal Perera, is keen to host Pakistan's prime minister in Colombo later this year, the foreign ministry said.",
     [(MEET | VISIT, 'proposed', ['Perera', 'Pakistan'], 'Colombo')]),
    ('TEHRAN, June 11 (IRNA) - Iraqi Foreign Minister Haider al-Jabouri conveyed an invitation from Prime Minister Karim al-Saadi to Iranian President Mahmoud Rezaei to visit Baghdad.',
     [(VISIT, 'proposed', ['Rezaei', 'Iraq'], 'Baghdad')]),
    ('BERN, June 11 (Wire) - Switzerland has offered to host talks between Armenia and Azerbaijan in Geneva, the foreign ministry said on Tuesday.',
     [(MEET, 'proposed', ['Armenia', 'Azerbaijan'], 'Geneva')]),
    ('HANOI, June 11 (Wire) - Vietnamese Prime Minister Pham Duc Long and Lao Prime Minister Khamphoui Sisavath held talks in Hanoi on Monday. Sisavath, who left on Tuesday, invited his host to the inauguration of the Vientiane rail terminal in October.',
     [(VISIT, 'proposed', ['Pham Duc Long', 'La'], 'Vientiane')]),
    ("OPINION\n\nA meeting worth having\n\nBy Ana Duarte\n\nBolivia's president, Evo Quiroga Salazar, has asked to see Chile's president privately on the sidelines of the Mercosur summit in Asuncion in July. Santiago has not replied.",
     [(MEET, 'proposed', ['Quiroga', 'Chile'], 'Asuncion')]),
    ('NAIROBI, June 11 (Wire) - Kenyan President Daniel Karanja has sought a meeting with his Tanzanian counterpart to resolve the border dispute, officials said.',
     [(MEET, 'proposed', ['Karanja', 'Tanzania'], None)]),
    ("DHAKA, June 11 (Wire) - Bangladesh's foreign adviser Rehana Kabir wants to visit Yangon before the monsoon, her ministry said.",
     [(VISIT, 'proposed', ['Kabir', 'Myanmar'], None)]),
    ('BISHKEK, June 11 (Wire) - Kyrgyz President Almaz Toktogulov and Uzbek President Rustam Aliev held talks in Bishkek on Tuesday. The two presidents agreed that the intergovernmental commission would meet in Tashkent in the autumn.',
     [(MEET, 'agreed', ['Kyrgyz', 'Uzbek'], 'Tashkent')]),
    ('LUSAKA, June 11 (Wire) - Zambia and Malawi signed a memorandum on cross-border trade on Tuesday and agreed to convene the joint permanent commission in Lilongwe in November.',
     [(MEET, 'agreed', ['Zambia', 'Malawi'], 'Lilongwe')]),
    ('HANOI, June 11 (Wire) - Vietnamese Prime Minister Pham Duc Long met Cambodian Prime Minister Sok Vannak in Hanoi on Tuesday. The pair decided that their trade ministers should sit down in Phnom Penh next month to settle the rules for border markets.',
     [(MEET, 'agreed', ['Viet', 'Cambod'], 'Phnom Penh')]),
    ('NAIROBI, June 11 (Wire) - Mediators from Kenya brought together envoys of Ethiopia and Eritrea in Nairobi on Tuesday. The parties agreed to reconvene in Mombasa in July at the level of foreign ministers.',
     [(MEET, 'agreed', ['Ethiop', 'Eritrea'], 'Mombasa')]),
    ("SEOUL, June 11 (Wire) - South Korean President Park Ji-hoon expressed interest in visiting Hanoi next year, his office said.",
     [(VISIT, 'proposed', ['Park Ji-hoon', 'Vietnam'], 'Hanoi')]),
    ("QUITO, June 11 (Wire) - Ecuador's president, Lorena Vasconez, conveyed her wish to meet Peru's president in Tumbes before the end of the year.",
     [(MEET, 'proposed', ['Vasconez', 'Peru'], 'Tumbes')]),
]


@pytest.mark.parametrize("text,wants", PLANS)
def test_a_proposal_or_agreement_to_meet_gives_its_event(run, text, wants):
    rows = run(text)
    for types, status, parts, place in wants:
        assert _found(rows, types, status, parts, place), rows


NOT_MEETINGS = [
    'KYIV, June 11 (Wire) - Ukraine proposed a 30-day ceasefire along the front line on Tuesday, the foreign ministry said.',
    'AMMAN, June 11 (Wire) - The Royal Court invited foreign dignitaries to the wedding of the crown prince in Amman in July.',
    'ABUJA, June 11 (Wire) - The foreign ministry invited tenders for the construction of a new embassy compound in Abuja.',
    'SANTIAGO, June 11 (Wire) - Peru and Chile agreed to cut tariffs on fruit exports by half from January, the trade ministries said.',
    'The two governments agreed on a new visa policy for students, the interior ministry said on Tuesday.',
    'SUVA, June 11 (Wire) - Fiji invited Tonga to play a friendly rugby match in Suva in July.',
    "ACCRA, June 11 (Wire) - Ghana's president Kwabena Mensah-Owusu arrived in Lome on Tuesday at the invitation of Togo's president, Kossi Adjavon.",
    "LA PAZ, June 11 (Wire) - Bolivia's opposition proposed a referendum on the new constitution.",
    'WARSAW, June 11 (Wire) - Poland and Lithuania agreed that their armies would hold joint exercises near the border in August.',
    'SEOUL, June 11 (Wire) - South Korea offered to host the 2034 Asian Games in Busan.',
    'NAIROBI, June 11 (Wire) - Nairobi governor Peter Kamau invited residents to the opening of the new city library in July.',
    "LIMA, June 11 (Wire) - Asked about the talks held with Chile last week, Peru's foreign minister Carmen Quispe Salas said they had gone well.",
    'CANBERRA, June 11 (Wire) - The defence ministry invited the public to the Anzac Day parade in Canberra.',
    "ACCRA, June 11 (Wire) - Ghana's president Kwabena Mensah-Owusu invited investors to the launch of a new industrial park in Tema in August.",
]


@pytest.mark.parametrize("text", NOT_MEETINGS)
def test_a_proposal_of_something_else_gives_no_planned_meeting(run, text):
    rows = run(text)
    assert not any(r[2] in ("proposed", "agreed") for r in rows), rows
