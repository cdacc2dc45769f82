"""Names across cultures: styles and honorifics before a name, particles and patronymics inside it (session 14)."""

from __future__ import annotations

import pytest

from spacy.tokens import Span

from diplograph.extract.actors.finder import find_actors
from diplograph.extract.actors.names import repair_ents
from diplograph.kb.names import name_parts
from diplograph.records import Document


def _people(nlp, text: str) -> set[str]:
    actors = find_actors(nlp(text), Document(id="t", text=text))
    return {m.name for m in actors.mentions if m.type == "person"}


# (text, the person's name as the actor carries it): a culture's style before a name is no part of it
STYLED = [
    ("Alhaji Musa Garba Dikko, the trade minister, met the Chinese envoy in Kano on Friday.", "Musa Garba Dikko"),
    ("The delegation was led by Hajiya Zainab Ladi Usman, the deputy governor.", "Zainab Ladi Usman"),
    ("Nana Yaw Owusu-Bempah, Ghana's envoy to Togo, presented his letters in Lome.", "Yaw Owusu-Bempah"),
    ("Ratu Josefa Naivalu, the Fijian defence minister, flew to Canberra on Monday.", "Ratu Josefa Naivalu"),
    ("Dasho Pema Wangchuk Dorji chaired the meeting in Paro on Tuesday.", "Pema Wangchuk Dorji"),
    ("Dato' Sri Zainal Abidin Ismail, the Malaysian envoy, visited Hanoi last week.", "Zainal Abidin Ismail"),
    ("Tan Sri Rahmat Hashim Yusuf, the special envoy, arrived in Yangon on Sunday.", "Rahmat Hashim Yusuf"),
    # A Bruneian style of several words: its parts are not the name ("Awang" is written as part of it).
    ("Pehin Datu Lailaraja Dato Seri Setia Haji Awang Kamal bin Haji Said opened the forum in Tutong on Monday.",
     "Awang Kamal bin Haji Said"),
    # A Turkic patronymic closes or sits inside a name.
    ("Kyrgyz envoy Nurlan Bakyt uulu met officials in Almaty on Monday.", "Nurlan Bakyt uulu"),
]


@pytest.mark.parametrize(("text", "name"), STYLED)
def test_a_culture_s_style_is_no_part_of_the_name(nlp, text, name):
    assert name in _people(nlp, text)


def test_a_lone_style_word_is_nobody(nlp):
    people = _people(nlp, "Yang Berhormat Pehin Orang Kaya Setia Dato Haji Omar bin Haji Salleh spoke in Seria.")
    assert not people & {"Yang Berhormat Pehin", "Kaya Setia", "Orang Kaya Setia"}


def test_a_style_that_is_also_a_given_name_stays_before_one_word():
    """"Nana" before a single surname may be the given name ("Nana Kiknadze"): the person key keeps it."""
    assert name_parts("Nana Kiknadze") == ("Nana", "Kiknadze")


def test_a_patronymic_is_the_surname():
    assert name_parts("Zhanybek Asanbek uulu") == ("Zhanybek", "Asanbek uulu")


def test_a_name_split_around_a_verb_like_surname_is_joined(nlp):
    """"Rui da Cunha" + "Lobo" with "Mendes" (read as "mend" + "-s") untagged between: one name, not two."""
    text = "Angola's envoy, Dr. Rui da Cunha Mendes Lobo, visited Windhoek on Monday."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Rui")
    ents = [Span(doc, start, start + 3, label="PERSON"), Span(doc, start + 4, start + 5, label="PERSON")]
    names = [e.text for e in repair_ents(doc, ents, text) if e.label_ == "PERSON"]
    assert names == ["Rui da Cunha Mendes Lobo"]


def test_the_styled_name_stays_another_name_of_the_person(nlp):
    text = "Alhaji Musa Garba Dikko, the trade minister, met the Chinese envoy in Kano on Friday."
    actors = find_actors(nlp(text), Document(id="t", text=text))
    key = next(m.key for m in actors.mentions if m.name == "Musa Garba Dikko")
    assert "Alhaji Musa Garba Dikko" in actors.aliases[key]
