"""Token columns stand in for spaCy Tokens in the actor passes: they must say what the Tokens say."""

from __future__ import annotations

from diplograph.extract.actors.columns import doc_text, forget, line_tokens, token_columns

TEXT = ("Jane Roe\nDepartment Spokesperson\n\n  KYIV, March 3 - Ukraine's  foreign minister met his\n"
        "Polish counterpart, the ministry said.\n\nReporting by Ivan Sorokin; Editing by Anna Berg")


def test_columns_match_the_tokens(nlp):
    doc = nlp(TEXT)
    cols = token_columns(doc)
    assert cols.words == [t.text for t in doc]
    assert cols.spaces == [t.whitespace_ for t in doc]
    assert cols.blank == [t.is_space for t in doc]
    assert cols.punct == [t.is_punct for t in doc]
    assert cols.breaks == [t.i for t in doc if "\n" in t.text]
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
