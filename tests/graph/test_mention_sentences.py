"""Every mention knows its sentence: one node per article sentence, exact for its offsets."""

from __future__ import annotations

import time
from datetime import date

import pytest
from rdflib.namespace import RDF

import corpora.graph as gc
from diplograph.graph.dataset import article_iri, to_dataset
from diplograph.graph.namespace import DG
from diplograph.graph.sentences import SIDE, sentence_span
from diplograph.records import Actor, Corpus, Document, Mention


@pytest.fixture(scope="module")
def ds():
    return to_dataset(gc.corpus())


def sentence_of(text: str, phrase: str) -> str:
    at = text.index(phrase)
    begin, end = sentence_span(text, at, at + len(phrase))
    return text[begin:end]


def test_each_mention_points_to_the_sentence_around_its_offsets(ds):
    lines = {doc.id: doc for doc in (gc.D1, gc.D2)}
    checked = 0
    for doc_id, doc in lines.items():
        g = ds.graph(article_iri(doc_id))
        for m in set(g.subjects(DG.sentence, None)):
            s = g.value(m, DG.sentence)
            assert (s, RDF.type, DG.Sentence) in g and (s, RDF.type, DG.Mention) in g
            assert g.value(s, DG.article) == article_iri(doc_id)
            m0, m1 = int(g.value(m, DG.start)), int(g.value(m, DG.end))
            s0, s1 = int(g.value(s, DG.start)), int(g.value(s, DG.end))
            assert s0 <= m0 <= m1 <= s1
            words = str(g.value(s, DG.anchorText))
            assert words == doc.text[s0 - doc.base:s1 - doc.base]
            # the right sentence: these articles put one sentence on each line
            rel = m0 - doc.base
            line = doc.text[doc.text.rfind("\n", 0, rel) + 1:].split("\n", 1)[0]
            assert words in line and words.strip() == words
            checked += 1
    assert checked >= 10
    cited = {m for _s, _p, m in ds.triples((None, DG.mentionedIn, None))}
    assert all(ds.value(m, DG.sentence) is not None for m in cited)


def test_a_sentence_is_stated_once_however_many_mentions_it_holds(ds):
    g = ds.graph(article_iri(gc.D1.id))
    first = [m for m in g.subjects(DG.sentence, None)
             if int(g.value(m, DG.start)) < gc.D1.base + gc.TEXT_1.index("\n")]
    assert len(first) >= 2  # Keller, Oduya, the proposal ... all in line one
    assert len({g.value(m, DG.sentence) for m in first}) == 1
    texts = [o for s in g.subjects(RDF.type, DG.Sentence) for o in g.objects(s, DG.anchorText)]
    assert len(texts) == len(set(texts))


def test_spans_whose_text_does_not_check_out_get_no_sentence():
    doc = Document("d", "Alpha met Beta in Rome. They talked.", date(2024, 1, 2))
    wrong = Mention("d", 0, 5, "Gamma")
    right = Mention("d", 24, 28, "They")
    corpus = Corpus((doc,), (Actor("person:x", "X", "person", (), (wrong, right)),), (), ())
    g = to_dataset(corpus).graph(article_iri("d"))
    assert g.value(article_iri("d") + "#char=0,5", DG.sentence) is None
    s = g.value(article_iri("d") + "#char=24,28", DG.sentence)
    assert str(g.value(s, DG.anchorText)) == "They talked."


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Talks ended. Mr. Roe met Dr. Lee in the U.S. capital on Monday. Then rain.",
     "met", "Mr. Roe met Dr. Lee in the U.S. capital on Monday."),
    ('He arrived. "We will meet soon." she said. Others left.',
     "We will meet soon.", '"We will meet soon." she said.'),
    ("Headline about talks\nThe envoy J. Ocampo will travel on Sunday! More later.",
     "travel", "The envoy J. Ocampo will travel on Sunday!"),
    ("The summit (set for Oct. 3) was confirmed by the ministry. Next.",
     "confirmed", "The summit (set for Oct. 3) was confirmed by the ministry."),
])
def test_sentence_boundaries(text, phrase, expected):
    assert sentence_of(text, phrase) == expected


def test_long_sentences_are_clipped_at_words_around_the_span():
    text = "Start. " + " ".join(["word"] * 300) + " the envoys met " + " ".join(["more"] * 300) + "."
    at = text.index("the envoys met")
    begin, end = sentence_span(text, at, at + 14)
    assert begin <= at and end >= at + 14
    assert end - begin <= 14 + 2 * SIDE
    assert text[begin - 1] == " " and text[end] == " "  # whole words only


@pytest.mark.parametrize("text", [
    ("a." * 200_000) + " x " + ("." * 200_000),
    "We met x! " + " " * 1_000_000 + "Then.",  # boilerplate blanked with spaces
])
def test_hostile_text_takes_bounded_time(text):
    at = text.index(" x") + 1
    started = time.perf_counter()
    for _ in range(200):
        begin, end = sentence_span(text, at, at + 1)
    assert time.perf_counter() - started < 2.0
    assert end - begin <= 1 + 2 * SIDE
