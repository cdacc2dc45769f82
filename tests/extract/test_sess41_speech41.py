"""Speakers named in full: double-barrelled and three-part names NER cut, a lead's description named in the next
sentence, transcript labels on a compound surname; invented text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.harness import extractor, statement_with as said

PUBLISHED = date(2091, 3, 14)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text (once) as an article published on PUBLISHED."""
    return extractor(nlp, PUBLISHED, publisher=None)


@pytest.mark.parametrize("text, speaker, fragment", [
    # a double-barrelled surname, the given name and the whole surname kept
    ("\"Our fisheries are not for sale,\" Trade Minister Sione Havili-Fonua said on Wednesday in Nuku'alofa.",
     "sione havili-fonua", "fisheries are not for sale"),
    ("\"We need the ports open by spring,\" the Estonian envoy Kadri Saar-Lepik said in Tallinn.",
     "kadri saar-lepik", "ports open by spring"),
    ("\"No deal is better than a bad deal,\" Foreign Secretary Hannah Pryce-Llewellyn told the BBC on Sunday.",
     "hannah pryce-llewellyn", "no deal is better"),
    ("UN envoy Hans Grundberg-Lind said on Tuesday that the truce in Yemen was holding.",
     "hans grundberg-lind", "truce in yemen"),
    # three-part names
    ("In an interview on Saturday, the opposition leader Akinyi Wanjala Otieno said the vote had been rigged. "
     "\"We will go to court,\" she added.", "akinyi wanjala otieno", "go to court"),
    ("Juliana Obregón Vélez said on Monday that Colombia would not extradite the rebel commander.",
     "juliana obregón vélez", "would not extradite"),
    # titles that hold "State" or "Government" before the name
    ("Head of State Aibek Nurlanovich chaired a security council session on Monday. The President said that the "
     "borders of the republic were inviolable.", "aibek nurlanovich", "borders of the republic"),
    ("Secretary of State Julia Marsh said on Tuesday that Washington would reopen its consulate.",
     "julia marsh", "reopen its consulate"),
    # a lead's description, its holder named as the speaker of the next sentence
    ("The head of the World Bank said on Thursday that debt relief for Africa was overdue. \"We cannot wait "
     "another decade,\" Ingrid Solheim-Ruud told a forum in Nairobi.", "ingrid solheim-ruud", "debt relief"),
    ("MANILA - The Philippines has protested to Beijing over the water cannon incident, the foreign ministry's "
     "spokeswoman said on Friday. Teresa Lacson Dimaano told reporters that Manila demanded an apology.",
     "teresa lacson dimaano", "protested to beijing"),
    ("NAIROBI - Kenya will send more police officers to Haiti, the interior minister said on Tuesday. Daniel "
     "Kiprono Ruto told lawmakers the deployment would start in March.", "daniel kiprono ruto", "police officers"),
    ("The secretary-general of the Commonwealth said on Monday that small states needed cheaper credit. Aroha "
     "Ngata-Reid spoke at a summit in Apia.", "aroha ngata-reid", "cheaper credit"),
])
def test_the_speaker_is_the_person_named_in_full(run, text, speaker, fragment):
    names, _ = said(run(text), fragment)
    assert speaker in names, names


@pytest.mark.parametrize("text, speaker, fragment", [
    ("Maria Fernanda Quintero spoke to us in Quito on Monday.\n\nQ: Will Ecuador sign the deal?\n\n"
     "FERNANDA QUINTERO: Not this year. The terms are not ready.", "maria fernanda quintero", "terms are not ready"),
    ("Carlos Andrade Montoya spoke to the paper in Lima on Thursday.\n\nQ: Is the mine deal dead?\n\n"
     "ANDRADE MONTOYA: It is resting. Nothing in the Andes is ever dead.", "carlos andrade montoya", "it is resting"),
])
def test_a_label_on_a_compound_surname_is_the_person_named_in_the_header(run, text, speaker, fragment):
    names, _ = said(run(text), fragment)
    assert speaker in names, names


@pytest.mark.parametrize("text, fragment, other", [
    # a titled person named after the lead is another speaker, not the description's holder
    ("The president said on Monday that the budget would pass. Opposition leader Mark Odera said it would not.",
     "budget would pass", "mark odera"),
    # a place or a hyphenated adjective is no part of the name
    ("Prime Minister Jane Roe said on Monday that Kenya would host the talks. Nairobi-based diplomats welcomed "
     "the move.", "host the talks", "nairobi"),
    ("The minister said on Friday that the treaty was dead. Lagos traders said they expected higher prices.",
     "treaty was dead", "lagos"),
])
def test_no_neighbouring_word_or_later_person_is_taken_into_the_speaker(run, text, fragment, other):
    ex = run(text)
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    for s in hits:
        actor = next(a for a in ex.actors if a.key == s.speaker)
        assert other not in actor.name.lower(), actor.name
