"""Property tests: the quote finder and the whole extraction never raise and keep offsets in bounds."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.extract.statements.quotes import find_quotes
from diplograph.records import Document

QUOTE_MARKS = "\"'“”‘’«»"
pieces = st.one_of(
    st.sampled_from(list(QUOTE_MARKS)),
    st.sampled_from([" said ", " he added. ", "\n", "\n\n", ", ", ". ", "…", " — ", "'s "]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)
texts = st.lists(pieces, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_quote_finder_never_raises_and_stays_in_bounds(text: str) -> None:
    previous_end = -1
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous_end  # top-level quotes do not overlap
        previous_end = quote.end
        for start, end in quote.parts:
            assert quote.start <= start <= end <= quote.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_extraction_never_raises_and_mentions_match_text(nlp, text: str) -> None:
    from diplograph.extract import extract

    doc = Document(id="fuzz", text=text, published=date(2024, 2, 29))
    failed: list[tuple[str, str]] = []
    extractions = list(extract([doc], nlp=nlp, failed=failed))
    assert failed == []  # extract() reports a crash here instead of raising it
    assert [ex.doc.id for ex in extractions] == ["fuzz"]
    for ex in extractions:
        for record in (*ex.actors, *ex.events, *ex.statements):
            for m in record.mentions:
                assert 0 <= m.start <= m.end <= len(text)
                assert text[m.start:m.end] == m.text


def test_the_pipeline_declares_what_each_component_needs_and_adds():
    from diplograph.extract.nlp import load_nlp

    analysis = load_nlp().analyze_pipes(pretty=False)
    assert {name: issues for name, issues in analysis["problems"].items() if issues} == {}
    ours = {name: meta for name, meta in analysis["summary"].items() if name.startswith("diplograph_")}
    assert ours["diplograph_actors"]["assigns"] == ["doc._.actors"]
    assert ours["diplograph_event_cues"]["assigns"] == ["doc._.event_cues"]


def test_a_document_that_fails_is_reported_by_id_and_the_others_extracted(nlp, monkeypatch):
    import diplograph.extract as extraction

    real = extraction.extract_one

    def flaky(sdoc, document):
        if document.id == "bad":
            raise RuntimeError("boom")
        return real(sdoc, document)

    monkeypatch.setattr(extraction, "extract_one", flaky)
    docs = [Document(id=i, text="Norway and Chile signed the accord.", published=date(2024, 3, 1))
            for i in ("a", "bad", "c")]
    failed: list[tuple[str, str]] = []
    assert [ex.doc.id for ex in extraction.extract(docs, nlp=nlp, failed=failed)] == ["a", "c"]
    assert failed == [("bad", "RuntimeError: boom")]
