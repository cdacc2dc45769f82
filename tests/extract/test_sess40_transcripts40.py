"""Interviews and briefings told in the first person: a stay to come, an elliptic answer, a partner or a request
named only in the question, a bare title that is the answerer's state; and what must give no event (a hypothetical,
an old memory, the interviewer's own words, an answer that claims nothing). Invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import event_rows, extractor

PUBLISHED = date(2089, 3, 10)  # a Thursday


@pytest.fixture(scope="module")
def run(nlp):
    return extractor(nlp, PUBLISHED, publisher=None)


def _has(rows, types: set[str], parts: tuple[str, ...], status: str) -> bool:
    return any(r[0] in types and r[2] == status and all(any(p in n for n in r[1]) for p in parts) for r in rows)


@pytest.mark.parametrize(("text", "types", "parts", "status"), [
    # a stay to come in the speaker's own words, the speaker titled by a closing line or the headline
    ("'We are patient people': Uruguay's president on trade\n\nQ: Is the Brasilia trip still on?\n\n"
     "ORTIZ: Yes. I'll be in Brasilia in May.\n\nMartin Ortiz Bentancor is the president of Uruguay.",
     {"visit"}, ("Ortiz", "Brazil"), "scheduled"),
    ("Q: Will you go to Taipei this year?\n\nFALANIKO: I will be in Taipei in October for their national day.\n\n"
     "Taukiei Falaniko is Tuvalu's prime minister.", {"visit"}, ("Falaniko", "Taiwan"), "scheduled"),
    # a partner named only in the question
    ("Q: Have you seen your Indonesian counterpart since the election?\n\nTAN: We met in Jakarta on Monday.\n\n"
     "Tan Wei Ming is Singapore's foreign minister.", {"meeting", "talks"}, ("Tan", "Indonesia"), "held"),
    ("Q: And your Finnish colleague? The Baltic cable has been cut twice this winter.\n\n"
     "TAMM: We spoke on Sunday, at length.\n\nLiis Tamm is Estonia's minister of foreign affairs.",
     {"call", "meeting", "talks"}, ("Tamm", "Finland"), "held"),
    # refusals answering the question
    ("Q: Turkey wants to host you and your Armenian counterpart in Ankara. Will you go?\n\n"
     "MAMMADLI: No. I will not sit down with the Armenian foreign minister while the border is closed.\n\n"
     "Rashad Mammadli is Azerbaijan's foreign minister.", {"meeting", "talks"}, ("Mammadli", "Armenia"), "declined"),
    ("Q: The OSCE chair wants the foreign ministers together in Vienna. Will you go?\n\n"
     "TAMM: No. I will not sit at a table with my Russian counterpart while our citizens are held.\n\n"
     "Liis Tamm is Estonia's minister of foreign affairs.", {"meeting", "talks"}, ("Tamm", "Russia"), "declined"),
    ("Q: The Iranian ambassador has asked to see you.\n\nAL-SAQQAF: And I have refused.\n\n"
     "Nabil al-Saqqaf is Yemen's foreign minister.", {"meeting"}, ("Saqqaf", "Iran"), "declined"),
    ("Q: The Chinese ambassador has asked to meet you.\n\nFALANIKO: And I have said no. He knows why.\n\n"
     "Taukiei Falaniko is Tuvalu's prime minister.", {"meeting"}, ("Falaniko", "China"), "declined"),
    # an elliptic answer, the bare title the answerer's state
    ("Q: Will the Prime Minister go to Nairobi for the EAC summit next month?\n\nOKELLO: He will. He has confirmed "
     "it.\n\nGrace Okello is Uganda's minister of foreign affairs.", {"summit"}, ("Uganda",), "scheduled"),
    ("Q: Will the President travel to Caracas next month?\n\nRIBEIRO: He will not. We were clear about that.\n\n"
     "Joana Ribeiro is Brazil's foreign minister.", {"visit"}, ("Brazil", "Venezuela"), "declined"),
    ("Q: Will the King attend the Gulf summit in Doha?\n\nAL-HARTHY: He will not. His doctors have advised rest.\n\n"
     "Salim al-Harthy is Oman's foreign minister.", {"summit"}, ("Oman",), "declined"),
    # a release or a briefing in the first person or by a bare title
    ("Hon. Mele Tupou\nMinister of Foreign Affairs\n\nMEDIA RELEASE\n\n8 March 2089\n\n"
     "Today I will travel to Apia, where on Friday I will meet Samoa's Prime Minister to discuss fisheries.",
     {"visit"}, ("Tupou", "Samoa"), "scheduled"),
    ("Regular press conference of the Ministry of Foreign Affairs of Vietnam, March 10, 2089\n\n"
     "Spokesperson: The Foreign Minister will pay an official visit to Laos from March 15 to 17.",
     {"visit"}, ("Vietnam", "Laos"), "scheduled"),
])
def test_an_interview_or_briefing_tells_the_event(run, text, types, parts, status):
    rows = event_rows(run(text))
    assert _has(rows, types, parts, status), rows


@pytest.mark.parametrize("text", [
    "Q: What is next for you?\n\nOWUSU: I will be in Accra on Monday for the cabinet.\n\n"
    "Kofi Owusu is Ghana's minister for foreign affairs.",  # at home
    "Q: Would you go to Pyongyang?\n\nHALVORSEN: If I were invited, I would go. But nobody has invited me.\n\n"
    "Sigrid Halvorsen is Norway's foreign minister.",  # a hypothetical
    "Q: And Paris?\n\nDIALLO: I would be in Paris tomorrow if they asked.\n\nAminata Diallo is Senegal's foreign minister.",
    "Q: You know Havana well.\n\nNDLOVU: I was in Havana as a young student, a long time ago.\n\n"
    "Thabo Ndlovu is South Africa's minister of international relations.",  # an old memory
    "Q: I was in Kyiv last week, and people there asked about your promises.\n\nLEHTINEN: The promises stand.\n\n"
    "Anna Lehtinen is Finland's foreign minister.",  # the interviewer's trip
    "Q: I will be in Kyiv next week. What should I tell people there?\n\nNOWAK: Tell them we stand with them.\n\n"
    "Piotr Nowak is Poland's foreign minister.",  # the interviewer's stay
    "Q: In what language?\n\nHOLM: The text will be in English and French.\n\nErik Holm is Sweden's foreign minister.",
    "Q: Will the President meet the Russian president in Astana?\n\nKASYMOVA: She will not comment on that.\n\n"
    "Aigerim Kasymova is Kazakhstan's foreign minister.",  # no elliptic answer: nothing claimed
    "Q: The Turkish ambassador has asked to see you.\n\nPAPAS: We have not answered yet.\n\n"
    "Nikos Papas is Greece's foreign minister.",
    "Q: Will the Prime Minister go to Beijing this year?\n\nSILVA: He has not decided.\n\n"
    "Ana Silva is Portugal's foreign minister.",
    "Q: Have you spoken with the Japanese prime minister?\n\nKIM: Not yet.\n\nKim Soo-jin is South Korea's foreign "
    "minister.",
])
def test_no_event_from_what_claims_none(run, text):
    assert not [r for r in event_rows(run(text)) if r[2] in ("held", "scheduled", "declined")], event_rows(run(text))
