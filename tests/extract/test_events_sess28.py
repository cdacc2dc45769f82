"""A refusal worded as staying away ("will stay away from the summit") declines it, and a person named with a
hyphenated surname that the tagger read as a body is a person: rules from held-out misses, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document
from harness import event_rows as rows

PUBLISHED = date(2029, 9, 12)  # a Wednesday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short article under a one-line headline."""
    from diplograph.extract import extract_one

    def go(text: str, published: date = PUBLISHED):
        text = "Region\n\n" + text
        doc = Document(id="sess28", text=text, published=published, title="Region")
        return extract_one(nlp(text), doc)

    return go


@pytest.mark.parametrize("text", [
    "Chile's president Tomas Errazuriz will stay away from next month's Mercosur summit in Asuncion.",
    "President Halima Osei's decision to stay away from the ECOWAS summit in Abuja next week drew criticism.",
    "The Georgian prime minister stayed away from Tuesday's summit in Baku.",
])
def test_staying_away_from_a_summit_declines_it(run, text):
    found = [r for r in rows(run(text)) if r[0] == "summit"]
    assert found and all(r[2] == "declined" for r in found), rows(run(text))


def test_keeping_a_date_in_mind_is_no_refusal(run):
    found = [r for r in rows(run("Chile's president Tomas Errazuriz stayed in Asuncion after the Mercosur summit "
                                 "for talks with Paraguay's president Lidia Benitez."))]
    assert found and not any(r[2] == "declined" for r in found), found


def test_a_hyphenated_surname_the_tagger_reads_as_a_body_is_a_person(nlp):
    from diplograph.extract import extract_one

    text = "Imogen Fairweather-Lowe's decision to skip the Nordic Council session in Oslo surprised Helsinki."
    doc = nlp(text)
    assert any(e.label_ == "ORG" and "Fairweather" in e.text for e in doc.ents)  # the tagging this rule is for
    ex = extract_one(doc, Document(id="sess28b", text=text, published=PUBLISHED))
    assert "Imogen Fairweather-Lowe" in {a.name for a in ex.actors if a.type == "person"}
    assert not any(a.type == "organization" and "Fairweather" in a.name for a in ex.actors)
