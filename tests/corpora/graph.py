"""A small hand-made corpus (invented people and articles) for the graph, records and shape tests."""

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

TEXT_1 = (
    "Swiss Foreign Minister Tomas Keller proposed on Monday a meeting with Lena Oduya.\n"
    'Keller said: "We are ready to \\talk\\ \u2014 anytime."\n'
    "The two could meet in Geneva next week, Keller added."
)
TEXT_2 = (
    "Kenyan spokeswoman Lena Oduya confirmed the meeting with Tomas Keller is scheduled.\n"
    "Oduya said on Thursday that the talks would focus on trade.\n"
    'Keller earlier said: "We are ready to \\talk\\ \u2014 anytime."\n'
    "Switzerland and Kenya held a phone call on Friday. \u042f\u0440\u043e\u0441\u043b\u0430\u0432 "
    "\u041b\u0435\u043d\u043a\u043e was there."
)
TEXT_3 = "Related: Oduya to visit Bern."

D1 = Document(id="alpha-001", text=TEXT_1, published=date(2024, 3, 4), publisher="Northwind Gazette",
              title="Ministers plan to meet", url="https://news.example/alpha-001", language="en",
              base=120, content_hash="h1")
D2 = Document(id="beta/002 #x", text=TEXT_2, published=date(2024, 3, 9), publisher="Harbour Post",
              title='Keller\u2013Oduya meeting "scheduled"', base=0, content_hash="h2")
D3 = Document(id="alpha-001#related-1", text=TEXT_3, parent="alpha-001", base=400)


def span(doc: Document, phrase: str, nth: int = 0) -> Mention:
    """A mention of the nth occurrence of ``phrase`` with absolute (original) offsets."""
    return mention(doc.id, doc.text, phrase, nth, base=doc.base)


def timex(doc: Document, phrase: str, value: str, **kw) -> Timex:
    """A time expression found at ``phrase`` (absolute offsets)."""
    return timex_at(doc.id, doc.text, phrase, value, base=doc.base, **kw)


LENKO_NAME = "\u042f\u0440\u043e\u0441\u043b\u0430\u0432 \u041b\u0435\u043d\u043a\u043e"

KELLER = Actor(
    key="person:tomas-keller", name="Tomas Keller", type="person",
    aliases=("Keller", "Swiss Foreign Minister Tomas Keller"),
    mentions=(span(D1, "Tomas Keller"), span(D1, "Keller", 1), span(D2, "Tomas Keller")),
    roles=(Role("Foreign Minister", "state:CHE", D1.id, date(2024, 3, 4), span(D1, "Foreign Minister")),))
ODUYA = Actor(
    key="person:lena-oduya", name="Lena Oduya", type="person", aliases=("Oduya",),
    mentions=(span(D1, "Lena Oduya"), span(D2, "Lena Oduya"), span(D3, "Oduya")),
    roles=(Role("spokeswoman", "state:KEN", D2.id, date(2024, 3, 9), span(D2, "spokeswoman")),))
SWITZERLAND = Actor(key="state:CHE", name="Switzerland", type="state", aliases=("Swiss",),
                    mentions=(span(D1, "Swiss"), span(D2, "Switzerland")))
KENYA = Actor(key="state:KEN", name="Kenya", type="state", aliases=("Kenyan",),
              mentions=(span(D2, "Kenyan"), span(D2, "Kenya", 1)))
LENKO = Actor(key="person:\u044f\u0440\u043e\u0441\u043b\u0430\u0432-\u043b\u0435\u043d\u043a\u043e",
              name=LENKO_NAME, type="person", mentions=(span(D2, LENKO_NAME),))
FOREIGN_OFFICE = Actor(key="org:foreign-office", name="Foreign Office", type="organization")

MEETING = Event(
    key="ev:keller/oduya meeting #1 <geneva>", type="meeting",
    participants=("person:tomas-keller", "person:lena-oduya"), location="Geneva",
    time=timex(D1, "next week", "2024-W11", earliest=date(2024, 3, 11), latest=date(2024, 3, 17)),
    status_claims=(
        StatusClaim("proposed", D1.id, date(2024, 3, 4), "person:tomas-keller", span(D1, "proposed")),
        StatusClaim("scheduled", D2.id, date(2024, 3, 9), "person:lena-oduya", span(D2, "scheduled")),
    ),
    plover="CONSULT/meet", cameo="036",
    mentions=(span(D1, "a meeting"), span(D2, "the meeting")))
CALL = Event(
    key="ev:che-ken-call", type="call", participants=("state:CHE", "state:KEN"),
    time=timex(D2, "on Friday", "2024-03-08"),
    status_claims=(StatusClaim("held", D2.id, date(2024, 3, 9), None, span(D2, "held")),),
    plover="CONSULT/phone", cameo="043", mentions=(span(D2, "a phone call"),))

QUOTE = "We are ready to \\talk\\ \u2014 anytime."
READY = Statement(
    key="st:keller-ready", speaker="person:tomas-keller", quote=QUOTE, direct=True, doc_id=D1.id,
    said_on=date(2024, 3, 4), about_events=(MEETING.key,),
    mentions=(span(D1, QUOTE), span(D2, QUOTE)))
TRADE = Statement(
    key="st:oduya-trade", speaker="person:lena-oduya", quote="the talks would focus on trade",
    direct=False, doc_id=D2.id, time=timex(D2, "on Thursday", "2024-03-07"), said_on=date(2024, 3, 7),
    about=("state:CHE",), mentions=(span(D2, "the talks would focus on trade"),))


def corpus() -> Corpus:
    """The whole hand-made corpus."""
    return Corpus(documents=(D1, D2, D3),
                  actors=(KELLER, ODUYA, SWITZERLAND, KENYA, LENKO, FOREIGN_OFFICE),
                  events=(MEETING, CALL), statements=(READY, TRADE))

