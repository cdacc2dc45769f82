"""An invented three-article corpus for the query, API, store and endpoint tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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

TEXTS = {
    "herald-1": (
        "Chile's foreign minister Ilse Brandt proposed a meeting with Kenyan President "
        "Tomas Okafor, spokeswoman Rosa Linde said on Saturday. \"The minister looks forward "
        "to the invitation,\" Linde said. Brandt may also visit Kenya."),
    "herald-2": (
        "Brandt and Okafor agreed to meet in Nairobi. \"Our door remains open,\" Brandt said. "
        "Okafor spoke by phone with African Union special envoy Marek Halloran on Saturday."),
    "post-3": (
        "Ilse Brandt met Tomas Okafor in Nairobi on Wednesday. Okafor said yesterday the talks "
        "would focus on trade corridors. Halloran will mediate talks between the two in June. "
        "Foreign minister Brandt flew home."),
}
PUBLISHED = {"herald-1": date(2024, 3, 2), "herald-2": date(2024, 3, 10), "post-3": date(2024, 4, 5)}
BRANDT, OKAFOR, LINDE, HALLORAN = ("person:ilse-brandt", "person:tomas-okafor",
                                   "person:rosa-linde", "person:marek-halloran")
CHILE, KENYA, AU = "state:CHL", "state:KEN", "org:african-union"
MEETING, TALKS, CALL, VISIT = ("event:meeting-brandt-okafor", "event:talks-brandt-okafor",
                               "event:call-okafor-halloran", "event:visit-brandt-kenya")


def m(doc: str, text: str, nth: int = 0) -> Mention:
    """The span of the ``nth`` occurrence of ``text`` in an article."""
    return mention(doc, TEXTS[doc], text, nth)


def t(doc: str, text: str, value: str, earliest: date | None = None,
      latest: date | None = None) -> Timex:
    """A time expression at its span."""
    return timex_at(doc, TEXTS[doc], text, value, earliest, latest)


def _actors() -> tuple[Actor, ...]:
    return (
        Actor(BRANDT, "Ilse Brandt", "person", ("Brandt",),
              (m("herald-1", "Ilse Brandt"), m("herald-2", "Brandt"), m("post-3", "Ilse Brandt")),
              (Role("foreign minister", CHILE, "herald-1", date(2024, 3, 2),
                    m("herald-1", "foreign minister")),
               Role("foreign minister", CHILE, "post-3", date(2024, 4, 5),
                    m("post-3", "Foreign minister")))),
        Actor(OKAFOR, "Tomas Okafor", "person", ("Okafor",),
              (m("herald-1", "Tomas Okafor"), m("herald-2", "Okafor"), m("post-3", "Tomas Okafor")),
              (Role("President", KENYA, "herald-1", date(2024, 3, 2), m("herald-1", "President")),)),
        Actor(LINDE, "Rosa Linde", "person", ("Linde",), (m("herald-1", "Rosa Linde"),),
              (Role("spokeswoman", CHILE, "herald-1", date(2024, 3, 2),
                    m("herald-1", "spokeswoman")),)),
        Actor(HALLORAN, "Marek Halloran", "person", ("Halloran",),
              (m("herald-2", "Marek Halloran"), m("post-3", "Halloran")),
              (Role("special envoy", AU, "herald-2", date(2024, 3, 10),
                    m("herald-2", "special envoy")),)),
        Actor(CHILE, "Chile", "state", (), (m("herald-1", "Chile"),)),
        Actor(KENYA, "Kenya", "state", ("Kenyan",), (m("herald-1", "Kenya"),)),
        Actor(AU, "African Union", "organization", ("AU",), (m("herald-2", "African Union"),)),
    )


def _events() -> tuple[Event, ...]:
    return (
        Event(MEETING, "meeting", (BRANDT, OKAFOR), (
            StatusClaim("proposed", "herald-1", date(2024, 3, 2), LINDE,
                        m("herald-1", "proposed a meeting")),
            StatusClaim("agreed", "herald-2", date(2024, 3, 10), None,
                        m("herald-2", "agreed to meet")),
            StatusClaim("held", "post-3", date(2024, 4, 5), None, m("post-3", "met"))),
              location="Nairobi", time=t("post-3", "Wednesday", "2024-04-03"),
              mentions=(m("herald-1", "meeting"), m("post-3", "met"))),
        Event(TALKS, "talks", (BRANDT, OKAFOR), (
            StatusClaim("proposed", "post-3", date(2024, 4, 5), None,
                        m("post-3", "will mediate talks")),),
              time=t("post-3", "June", "2024-06", date(2024, 6, 1), date(2024, 6, 30)),
              mediators=(HALLORAN,), mentions=(m("post-3", "talks", 1),)),
        Event(CALL, "call", (OKAFOR, HALLORAN), (
            StatusClaim("held", "herald-2", date(2024, 3, 10), None,
                        m("herald-2", "spoke by phone")),),
              time=t("herald-2", "Saturday", "2024-03-09"),
              mentions=(m("herald-2", "spoke by phone"),)),
        Event(VISIT, "visit", (BRANDT, KENYA), (
            StatusClaim("proposed", "herald-1", date(2024, 3, 2), None,
                        m("herald-1", "may also visit")),),
              mentions=(m("herald-1", "visit"),)),
    )


def _statements() -> tuple[Statement, ...]:
    return (
        Statement("statement:linde-invitation", LINDE, "The minister looks forward to the invitation,",
                  True, "herald-1", said_on=date(2024, 3, 2), about_events=(MEETING,),
                  mentions=(m("herald-1", "The minister looks forward to the invitation,"),)),
        Statement("statement:brandt-door", BRANDT, "Our door remains open,", True, "herald-2",
                  said_on=date(2024, 3, 10), about=(KENYA,),
                  mentions=(m("herald-2", "Our door remains open,"),)),
        Statement("statement:okafor-trade", OKAFOR, "the talks would focus on trade corridors",
                  False, "post-3", time=t("post-3", "yesterday", "2024-04-04"),
                  said_on=date(2024, 4, 4), about=(BRANDT,), about_events=(TALKS,),
                  mentions=(m("post-3", "the talks would focus on trade corridors"),)),
    )


def corpus() -> Corpus:
    """Four events (held, proposed, vague-dated, undated), three statements, seven actors."""
    docs = tuple(Document(d, text, PUBLISHED[d], "The Coastal Herald" if d != "post-3" else "Inland Post",
                          f"Headline {d}", f"https://news.example.org/{d}", "en")
                 for d, text in TEXTS.items())
    return Corpus(docs, _actors(), _events(), _statements())


def dataset():
    """The corpus as an rdflib Dataset, through the project's own graph stage."""
    from diplograph.graph.dataset import to_dataset

    return to_dataset(corpus())


def write_graph_dir(out: Path, *, oxigraph: bool = True) -> Path:
    """A graph folder as a build writes it: graph.trig (and store/)."""
    from diplograph.graph.dataset import serialize
    from diplograph.store import write_store

    ds = dataset()
    out.mkdir(parents=True, exist_ok=True)
    (out / "graph.trig").write_text(serialize(ds, "trig"), encoding="utf-8")
    if oxigraph:
        write_store(ds, out / "store")
    return out


def normalised(frame):
    """A result frame with GROUP_CONCAT lists sorted (their order is up to each engine)."""
    out = frame.reset_index(drop=True).copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) == "str":
            out[col] = [("; ".join(sorted(v.split("; "))) if isinstance(v, str) else v)
                        for v in out[col]]
    return out
