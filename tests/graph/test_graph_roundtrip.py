"""Odd text survives every serialisation, and any key gives a valid, stable IRI."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, URIRef
from rdflib.term import _is_valid_uri

import corpora.graph as gc
from diplograph.graph.dataset import iri_for, serialize, slug, to_dataset
from diplograph.graph.namespace import DG
from diplograph.records import Corpus

ODD = st.text(min_size=1, max_size=40).filter(lambda t: t.strip())
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def corpus_with(quote: str, name: str, key: str) -> Corpus:
    actor = replace(gc.KELLER, key=key, name=name, aliases=(quote,), roles=())
    statement = replace(gc.READY, speaker=key, quote=quote, about_events=())
    return Corpus((gc.D1,), (actor,), (), (statement,))


@SETTINGS
@given(quote=ODD, name=ODD, key=ODD)
def test_literals_round_trip_through_every_format(quote, name, key):
    ds = to_dataset(corpus_with(quote, name, "person:" + key))
    st_iri = iri_for("statement", gc.READY.key)
    for fmt, rdf_format in (("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")):
        back = Dataset(default_union=True).parse(data=serialize(ds, fmt), format=rdf_format)
        assert str(back.value(st_iri, DG.quote)) == quote, fmt
        speaker = back.value(st_iri, DG.speaker)
        assert speaker == iri_for("actor", "person:" + key), fmt


@settings(max_examples=200, deadline=None)
@given(key=st.text(max_size=120))
def test_any_key_gives_a_valid_deterministic_iri(key):
    iri = iri_for("event", key)
    assert _is_valid_uri(str(iri)) and " " not in str(iri)
    assert iri == iri_for("event", key)
    assert isinstance(iri, URIRef)


NON_LATIN = st.characters(min_codepoint=0x0400, max_codepoint=0x04FF) | st.characters(
    min_codepoint=0x4E00, max_codepoint=0x4FFF) | st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)


@given(a=st.text(NON_LATIN, min_size=1, max_size=20), b=st.text(NON_LATIN, min_size=1, max_size=20),
       prefix=st.sampled_from(["", "person:", "org:"]))
def test_non_latin_keys_do_not_collide(a, b, prefix):
    assume(a != b and any(c.isalnum() for c in a) and any(c.isalnum() for c in b))
    assert slug(prefix + a) != slug(prefix + b)


def test_known_slugs_are_readable():
    assert str(iri_for("actor", "state:RUS")).endswith("/actor/state-rus")
    assert str(iri_for("actor", "person:jos\u00e9-garc\u00eda")).endswith("/actor/person-jose-garcia")
    cyrillic = str(iri_for("actor", "person:\u044f\u0440\u043e\u0441\u043b\u0430\u0432"))
    assert cyrillic.rsplit("/", 1)[1].startswith("person-") and cyrillic.isascii()
