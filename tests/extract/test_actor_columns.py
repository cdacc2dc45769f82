"""Token columns stand in for spaCy Tokens in the actor passes: they must say what the Tokens say."""

from __future__ import annotations

from diplograph.extract.actors.columns import (
    doc_text,
    entities,
    forget,
    line_tokens,
    sentence_bounds,
    sentence_start,
    span_text,
    token_columns,
)
from diplograph.extract.base import any_lemma, any_word, lowered_strings, token_strings
from diplograph.kb.roles import is_title, title_positions

TEXT = ("Jane Roe\nDepartment Spokesperson\n\n  KYIV, March 3 - Ukraine's  foreign minister met his\n"
        "Polish counterpart, the ministry said.\n\nReporting by Ivan Sorokin; Editing by Anna Berg")


def _match_the_tokens(doc) -> None:
    cols = token_columns(doc)
    assert cols.words == [t.text for t in doc]
    assert cols.spaces == [t.whitespace_ for t in doc]
    assert cols.blank == [t.is_space for t in doc]
    assert cols.punct == [t.is_punct for t in doc]
    assert cols.breaks == [t.i for t in doc if "\n" in t.text]


def test_columns_match_the_tokens(nlp):
    doc = nlp(TEXT)
    _match_the_tokens(doc)
    forget(doc)
    assert "_dg_columns" not in doc.user_data


def test_line_tokens_stop_at_line_breaks(nlp):
    doc = nlp(TEXT)
    minister = next(t.i for t in doc if t.text == "minister")
    first, last = line_tokens(doc, minister, minister + 1)
    assert doc[first:last].text.strip() == "KYIV, March 3 - Ukraine's  foreign minister met his"
    assert line_tokens(doc, 0, 2) == (0, 2)  # "Jane Roe", the first line
    tail = len(doc) - 1
    assert doc[slice(*line_tokens(doc, tail, tail + 1))].text == "Reporting by Ivan Sorokin; Editing by Anna Berg"


def test_the_text_rebuilt_from_columns_is_the_documents_text(nlp):
    """Spaces, tabs, line breaks, non-Latin scripts, a trailing space and an empty text."""
    for text in (TEXT, "  \tLead  space\u00a0and NBSP.\r\n", "Путин встретился с Си.  Then 北京 talks ",
                 "", "\n\n", "word"):
        doc = nlp(text)
        assert doc_text(doc) == doc.text == text
        forget(doc)
        assert "_dg_text" not in doc.user_data


def test_columns_of_whitespace_empty_and_non_latin_documents(nlp):
    """Whitespace tokens, an empty text and other scripts: the columns still say what the Tokens say."""
    for text in ("", "   ", "\n\n \t\n", "Путин встретился с Си\u00a0Цзиньпином.\n\nالرياض — 北京 talks ",
                 "word"):
        _match_the_tokens(nlp(text))


def test_entities_are_read_once_and_forgotten(nlp):
    doc = nlp(TEXT)
    first = entities(doc)
    assert [(e.start, e.end, e.label_) for e in first] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is first  # one read of Doc.ents per pass
    forget(doc)
    assert "_dg_entities" not in doc.user_data
    assert entities(nlp("")) == ()


def test_extraction_leaves_no_per_call_cache_on_the_doc(nlp):
    """The steps of one extraction share the text, columns and entities; none of it stays on the Doc."""
    from diplograph.extract import extract_one
    from diplograph.records import Document

    doc = nlp(TEXT)
    extract_one(doc, Document(id="t", text=TEXT))
    assert not {"_dg_text", "_dg_columns", "_dg_entities", "_dg_ents"} & set(doc.user_data)


def test_actor_finder_keeps_the_caches_only_when_asked(nlp):
    from diplograph.extract.actors.finder import find_actors

    doc = nlp(TEXT)
    find_actors(doc)
    assert "_dg_columns" not in doc.user_data
    kept = find_actors(doc, keep=True)
    assert {"_dg_text", "_dg_columns"} <= set(doc.user_data)
    assert [m.key for m in kept] == [m.key for m in find_actors(doc)]  # the same mentions either way


def test_span_text_is_the_spans_text(nlp):
    """Every token range of texts with doubled spaces, line breaks, a trailing space and other scripts."""
    for text in (TEXT, "Путин встретился с Си.  Then 北京 talks ", "  \tLead  space\u00a0and NBSP.\r\n"):
        doc = nlp(text)
        for start in range(len(doc)):
            for end in range(start + 1, min(len(doc), start + 8) + 1):
                assert span_text(doc, start, end) == doc[start:end].text


def test_sentence_bounds_are_the_tokens_sentence(nlp):
    doc = nlp("Talks opened on Monday. Will the ministers meet again? \n\nPHOTO: a handshake\nThey did.")
    for tok in doc:
        assert sentence_bounds(doc, tok.i) == (tok.sent.start, tok.sent.end)
        assert sentence_start(doc, tok.i) == tok.sent.start


def test_title_positions_are_the_words_is_title_accepts(nlp):
    doc = nlp("The Prime Minister and the SPOKESPERSON met Foreign Secretary Jane Roe and two ministers.")
    assert title_positions(token_strings(doc, "LOWER")) == [t.i for t in doc if is_title(t.text)]


def test_lowered_columns_and_word_tests_say_what_the_tokens_say(nlp):
    doc = nlp("The Ministers MET in Kyiv; Talks resumed.")
    assert lowered_strings(doc, "LEMMA") == [t.lemma_.lower() for t in doc]
    assert lowered_strings(doc, "LOWER") == [t.lower_ for t in doc]
    for words in (frozenset({"meet"}), frozenset({"talk", "x"}), frozenset({"minister"}), frozenset({"y"})):
        assert any_lemma(doc, words) == any(t.lemma_.lower() in words for t in doc)
        assert any_word(doc, words) == any(t.lower_ in words for t in doc)
        assert any_word(doc, words) == any_word(doc, words)  # asked again: the answer remembered
