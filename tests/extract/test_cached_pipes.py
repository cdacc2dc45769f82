"""The cached attribute ruler and lemmatizer annotate exactly as the model's own components do."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

from diplograph.extract.cached import CachedAttributes

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "corpus"
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
# the words of the model's two-word patterns and of its rarer one-word ones, in running text
TWO_WORD = ("There is a plan and there are two more; there was one, there were none, and there's hope.\n"
            "\"We're gonna win, y'all, and we gotta go,\" he said. Let's see. C'mon, it ain't over, it aint.\n"
            "I'd say somethin' about 'em: they'll be doin' nothin' and goin' home, ol' friend, 'nuff said.\n"
            "He gets it, she got it; you can't, I won't, we shan't.  \n\n  Done.")


def _texts() -> list[str]:
    from diplograph.ingest.documents import iter_documents

    texts = [TWO_WORD, TWO_WORD.upper(), TWO_WORD.replace("\n", " ")]
    folders = sorted(p for p in SHARED.iterdir() if p.is_dir()) if SHARED.is_dir() else []
    texts += [d.text for d in iter_documents(folders)]
    for name in ("events", "statements"):
        lines = (ROOT / "tests" / "challenge" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[::3] if line.strip()]  # a third: the suite's time
    return texts


def _generated(tmp_path, n: int) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus_gen import generate

    from diplograph.ingest.documents import iter_documents

    return [d.text for d in iter_documents([generate(n, tmp_path / "corpus")])]


def _columns(nlp, texts: list[str]) -> list[bytes]:
    """The annotation columns of each text as one pipeline gives them."""
    return [doc.to_array(COLUMNS).tobytes() for doc in nlp.pipe(texts, batch_size=16)]


def _differ(ours, columns: list[bytes], texts: list[str]) -> list[int]:
    """Indices of texts whose annotation columns from ``ours`` differ from the given ones."""
    got = _columns(ours, texts)
    assert len(got) == len(columns) == len(texts)
    return [i for i, (a, b) in enumerate(zip(got, columns)) if a != b]


def _same(ours, stock, texts: list[str]) -> list[int]:
    """Indices of texts whose annotation columns differ between the two pipelines."""
    return _differ(ours, _columns(stock, texts), texts)


@pytest.mark.slow
def test_annotations_are_identical_to_the_stock_components(tmp_path):
    """Shared sets, challenge texts, generated pages: learnt while streaming, then from the cache alone."""
    from diplograph.extract.nlp import load_nlp

    ours, stock = load_nlp(actors=False), load_nlp(actors=False, cached=False)
    assert {"diplograph_attributes", "diplograph_lemmas"} <= set(ours.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(ours.pipe_names)
    texts = _texts() + _generated(tmp_path, 20)
    expected = _columns(stock, texts)  # the stock components, run once (same texts, same batches)
    assert _differ(ours, expected, texts) == []  # the cache starts empty and learns along the way
    cached = ours.get_pipe("diplograph_attributes")
    assert cached.enabled and cached.outcomes  # no key met two outcomes
    assert _differ(ours, expected, texts) == []  # again: now (nearly) everything comes from the cache


def test_the_bare_model_with_the_cached_components_is_the_bare_model():
    import spacy

    from diplograph.extract.base import MODEL

    bare, swapped = spacy.load(MODEL), spacy.load(MODEL)
    for stock, ours in (("attribute_ruler", "diplograph_attributes"), ("lemmatizer", "diplograph_lemmas")):
        swapped.add_pipe(ours, after=stock)
        swapped.disable_pipe(stock)
    texts = [TWO_WORD, TWO_WORD.lower(), "There is.", "Let's", "gon na", "y all", "a", "\n\n"]
    assert _same(swapped, bare, texts * 2) == []


def test_a_document_already_annotated_goes_through_the_real_ruler(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    cached = CachedAttributes(ruler)
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        doc, twin = nlp("He said it was there."), nlp("He said it was there.")
    for d in (doc, twin):
        d[1].lemma_ = "speak"  # breaks the premise that POS, MORPH and LEMMA are still blank
    assert cached(doc).to_array(COLUMNS).tobytes() == ruler(twin).to_array(COLUMNS).tobytes()
    assert doc[1].lemma_ == "speak" and cached.outcomes == []


def test_patterns_the_cache_cannot_follow_leave_the_ruler_as_it_is(nlp):
    from spacy.pipeline import AttributeRuler

    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b"}, {"LOWER": "c"}]], {"LEMMA": "abc"})  # three words
    assert not CachedAttributes(ruler).enabled
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"NORM": "a"}]], {"LEMMA": "a"})  # an attribute the cache's key leaves out
    assert not CachedAttributes(ruler).enabled


def test_unseen_lemmas_come_from_the_stock_rules_over_word_sets(nlp):
    """The learner reads the same tables (each word index as a set) and fills the stock cache as the stock does."""
    from diplograph.extract.cached import CachedLemmas

    stock = nlp.get_pipe("lemmatizer")
    with nlp.select_pipes(enable=["tok2vec", "tagger", "parser", "diplograph_attributes"]):
        doc = nlp("The ministers were meeting in the capitals; talks resumed and envoys flew home, happier.")
    assert all(t.pos_ for t in doc)
    stock.cache.clear()
    expected = [stock.rule_lemmatize(t) for t in doc]
    filled = dict(stock.cache)
    stock.cache.clear()
    learner = CachedLemmas(stock)._learner()
    assert [learner.rule_lemmatize(t) for t in doc] == expected
    assert stock.cache == filled and learner.cache is stock.cache
    index = learner.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert {pos: frozenset(words) for pos, words in stock.lookups.get_table("lemma_index").items()} == dict(index)
