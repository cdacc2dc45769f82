"""A small invented corpus for the view tests, with hostile text in every field."""

from __future__ import annotations

from datetime import date

from corpora import mention, timex_at
from diplograph.records import (
    Actor,
    Corpus,
    Document,
    Event,
    Mention,
    Role,
    Statement,
    StatusClaim,
    Timex,
)

XSS_NAME = "<script>alert(1)</script>"
XSS_QUOTE = '" onmouseover="alert(2)" x="</script><script>alert(3)</script>'
XSS_TITLE = "<img src=x onerror=alert(4)> & more"
XSS_PUBLISHER = "<b onclick=alert(5)>Gazette</b>"
XSS_URL = "javascript:alert(7)"


TEXTS = {
    "ledger-1": ("Foreign minister Anna Varga of Norway proposed a meeting with Tomas Reyes. "
                 "\"We will sit down with Mr Reyes soon.\" she said."),
    "ledger-2": (f"Varga and Reyes met on Tuesday; Reyes said the talks had been useful. "
                 f"Chile and Norway plan a ports summit this month, backed by the Council "
                 f"of Ports. {XSS_NAME} spoke by phone with Varga and said \"{XSS_QUOTE}\"."),
    "wire-3": "Anna Varga visited Chile yesterday.",
}


def _m(doc: str, text: str) -> Mention:
    return mention(doc, TEXTS[doc], text)


def _t(doc: str, text: str, value: str, earliest: date | None = None,
       latest: date | None = None) -> Timex:
    return timex_at(doc, TEXTS[doc], text, value, earliest, latest)


def corpus() -> Corpus:
    """Three articles, five actors, four events (one vague, one undated), three statements."""
    docs = (
        Document("ledger-1", TEXTS["ledger-1"], date(2024, 3, 4), "The Northern Ledger",
                 "Port talks planned", "https://example.org/a1", "en"),
        Document("ledger-2", TEXTS["ledger-2"], date(2024, 3, 13), XSS_PUBLISHER, XSS_TITLE,
                 "https://example.org/a2", "en"),
        Document("wire-3", TEXTS["wire-3"], date(2024, 4, 3), "Harbour Wire", "A visit",
                 XSS_URL, "en"),
    )
    actors = (
        Actor("person:anna-varga", "Anna Varga", "person", ("A. Varga",),
              (_m("ledger-1", "Anna Varga"), _m("ledger-2", "Varga"), _m("ledger-2", "with Varga"),
               _m("wire-3", "Anna Varga")),
              (Role("foreign minister", "state:NOR", "ledger-1", date(2024, 3, 4),
                    _m("ledger-1", "Foreign minister")),
               Role("foreign minister", "state:NOR", "ledger-2", date(2024, 3, 13)))),
        Actor("person:tomas-reyes", "Tomas Reyes", "person", (),
              (_m("ledger-1", "Tomas Reyes"),)),
        Actor("state:NOR", "Norway", "state", (), (_m("ledger-1", "Norway"),)),
        Actor("state:CHL", "Chile", "state", (), (_m("ledger-2", "Chile"),)),
        Actor("org:council-of-ports", "Council of Ports", "organization", (),
              (_m("ledger-2", "Council of Ports"),)),
        Actor("person:xss", XSS_NAME, "person", ("<img src=y onerror=alert(6)>",),
              (_m("ledger-2", XSS_NAME),)),
    )
    events = (
        Event("meeting-varga-reyes", "meeting", ("person:anna-varga", "person:tomas-reyes"),
              (StatusClaim("proposed", "ledger-1", date(2024, 3, 4), "person:anna-varga",
                           _m("ledger-1", "proposed a meeting")),
               StatusClaim("held", "ledger-2", date(2024, 3, 13), None,
                           _m("ledger-2", "met on Tuesday"))),
              time=_t("ledger-2", "Tuesday", "2024-03-12"),
              mentions=(_m("ledger-1", "proposed a meeting"),
                        _m("ledger-2", "met on Tuesday"))),
        Event("summit-ports", "summit", ("state:NOR", "state:CHL"),
              (StatusClaim("scheduled", "ledger-2", date(2024, 3, 13)),),
              location="Bergen", hosts=("state:NOR",), mediators=("org:council-of-ports",),
              time=_t("ledger-2", "this month", "2024-03", date(2024, 3, 1), date(2024, 3, 31)),
              mentions=(_m("ledger-2", "a ports summit this month"),)),
        Event("call-undated", "call", ("person:anna-varga", "person:xss"),
              mentions=(_m("ledger-2", "spoke by phone"),)),
        Event("visit-varga-chile", "visit", ("person:anna-varga", "state:CHL"),
              (StatusClaim("held", "wire-3", date(2024, 4, 3)),),
              time=_t("wire-3", "yesterday", "2024-04-02"),
              mentions=(_m("wire-3", "visited Chile yesterday"),)),
    )
    statements = (
        Statement("varga-1", "person:anna-varga", "We will sit down with Mr Reyes soon.",
                  True, "ledger-1", said_on=date(2024, 3, 4),
                  about=("person:tomas-reyes",), about_events=("meeting-varga-reyes",),
                  mentions=(_m("ledger-1", "We will sit down with Mr Reyes soon."),)),
        Statement("reyes-1", "person:tomas-reyes", "the talks had been useful", False,
                  "ledger-2", said_on=date(2024, 3, 13), about_events=("meeting-varga-reyes",),
                  mentions=(_m("ledger-2", "the talks had been useful"),)),
        Statement("xss-1", "person:xss", XSS_QUOTE, True, "ledger-2",
                  said_on=date(2024, 3, 13), about=("state:CHL",),
                  mentions=(_m("ledger-2", XSS_QUOTE),)),
    )
    return Corpus(docs, actors, events, statements)


def dataset():
    """The invented corpus as an RDF dataset, through the project's graph builder."""
    from diplograph.graph.dataset import to_dataset

    return to_dataset(corpus())

