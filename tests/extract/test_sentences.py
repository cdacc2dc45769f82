"""Sentence-level cases for statements and events: quote styles, speakers, dates, status, participants."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.records import Document

PUBLISHED = date(2024, 3, 15)  # a Friday


@pytest.fixture(scope="module")
def run(nlp):
    """Extract one short text as an article published on PUBLISHED."""
    from diplograph.extract import extract_one

    cache: dict[str, object] = {}

    def go(text: str):
        if text not in cache:
            doc = Document(id="case", text=text, published=PUBLISHED)
            cache[text] = extract_one(nlp(text), doc)
        return cache[text]

    return go


def names(ex) -> dict[str, str]:
    """Actor key -> display name for one extraction."""
    return {a.key: a.name for a in ex.actors}


def speaker_name(ex, st) -> str:
    return names(ex).get(st.speaker, st.speaker)


def find_statement(ex, fragment: str):
    hits = [s for s in ex.statements if fragment.lower() in s.quote.lower()]
    assert hits, f"no statement with {fragment!r}: {[s.quote for s in ex.statements]}"
    return hits[0]


# -- statements: (text, speaker name part, quote fragment, direct, said_on) --------------------------------
STATEMENTS = [
    ("\u201cWe will not accept any preconditions,\u201d Macron said.", "Macron", "accept any preconditions", True, None),
    ('Pedro Sanchez said: "The door remains open for dialogue."', "Sanchez", "door remains open", True, None),
    ("'It was a frank exchange,' Sergei Lavrov told reporters.", "Lavrov", "frank exchange", True, None),
    ("\u2018We have made real progress,\u2019 said Chinese Foreign Minister Wang Yi.", "Wang", "made real progress",
     True, None),
    ("Emmanuel Macron said: \u00abFrance stands ready to help.\u00bb", "Macron", "stands ready to help", True, None),
    ("'Erdogan's offer wasn't rejected, it's being studied,' Antony Blinken said.", "Blinken",
     "Erdogan's offer wasn't rejected, it's being studied", True, None),
    ("\u201cThe talks were useful,\u201d Annalena Baerbock said, \u201cbut much work remains.\u201d", "Baerbock",
     "much work remains", True, None),
    ("\u201cWe are ready. We have always been ready. The ball is in their court,\u201d Sergei Lavrov said.",
     "Lavrov", "The ball is in their court", True, None),
    ("'\u2026the negotiations must continue,' Narendra Modi said.", "Modi", "the negotiations must continue",
     True, None),
    ('Justin Trudeau said the proposal was "dead on arrival" and "not worth discussing".', "Trudeau",
     "proposal was dead on arrival", False, None),
    ("Antony Blinken said on Thursday that Washington was ready to resume talks.", "Blinken",
     "Washington was ready to resume talks", False, date(2024, 3, 14)),
    ("Brazilian President Luiz Inacio Lula da Silva told reporters that Brazil would host the next round.",
     "Lula", "Brazil would host the next round", False, None),
    ("According to Wang Yi, the two sides reached a broad consensus.", "Wang", "reached a broad consensus",
     False, None),
    ("Giorgia Meloni wrote on social media that Italy would not send troops.", "Meloni",
     "Italy would not send troops", False, None),
    ("The deal is dead, Recep Tayyip Erdogan said.", "Erdogan", "The deal is dead", False, None),
    ("Pedro Sanchez emphasized that Spain remained committed to the alliance.", "Sanchez",
     "Spain remained committed", False, None),
    ("Annalena Baerbock warned that the ceasefire was fragile.", "Baerbock", "ceasefire was fragile", False, None),
    ("Cyril Ramaphosa said Wednesday: \u201cAfrica must have a seat at the table.\u201d", "Ramaphosa",
     "seat at the table", True, date(2024, 3, 13)),
    ("Narendra Modi said yesterday that India wanted peace.", "Modi", "India wanted peace", False,
     date(2024, 3, 14)),
    ("NATO said on Thursday that it had no plans to deploy troops.", "NATO", "no plans to deploy troops", False,
     date(2024, 3, 14)),
    ("Macron says France ready to host peace talks", "Macron", "France ready to host", False, None),
    ("Pedro Sanchez arrived in Paris on Monday.\n\u201cThis is an important visit,\u201d he said.", "Sanchez",
     "important visit", True, date(2024, 3, 11)),
    ("Annalena Baerbock met her French counterpart.\n\u201cWe agree on most issues,\u201d she added.",
     "Baerbock", "agree on most issues", True, None),
    ("Spanish Prime Minister Pedro Sanchez spoke after the summit. The prime minister said that Madrid would increase "
     "its aid.", "Sanchez", "Madrid would increase its aid", False, None),
    ("Emmanuel Macron spoke first. Then Pedro Sanchez took the floor. \u201cWe need unity,\u201d he said.",
     "Sanchez", "We need unity", True, None),
    ("Antony Blinken said that China must play a constructive role.", "Blinken", "constructive role", False, None),
    ("Sergei Lavrov said Tuesday that Moscow was open to talks, adding that any deal must respect its "
     "interests.", "Lavrov", "any deal must respect its interests", False, date(2024, 3, 12)),
    ("Giorgia Meloni said on Monday that Rome supported the plan and added that Europe must act quickly.",
     "Meloni", "Europe must act quickly", False, date(2024, 3, 11)),
    ("Antony Blinken said on Friday he would travel to Cairo, a day after saying that \u201ca deal is within "
     "reach\u201d.", "Blinken", "a deal is within reach", True, date(2024, 3, 14)),
    ("Pedro Sanchez said on Thursday: \u201cThe alliance is united.\u201d\n\u201cWe will stand by our "
     "partners.\u201d", "Sanchez", "stand by our partners", True, date(2024, 3, 14)),
    ("Emmanuel Macron said: \u201cWe want peace.\n\u201cBut we will defend our allies.\u201d", "Macron",
     "defend our allies", True, None),
    ('"It\'s a disgrace," said Rep. Alexandria Ocasio-Cortez, D-N.Y.', "Ocasio-Cortez", "It's a disgrace",
     True, None),
    ("Kaja Kallas said on Tuesday that Europe was ready.\nKallas told reporters that the offer stood.", "Kallas",
     "the offer stood", False, date(2024, 3, 12)),
    ("Lula da Silva met Javier Milei in Brasilia on Monday.\nLula said after the meeting that trade would grow.",
     "Lula", "trade would grow", False, date(2024, 3, 11)),
    ("Giorgia Meloni, who arrived in Tokyo on Wednesday, told reporters at the airport that Italy was ready.",
     "Meloni", "Italy was ready", False, date(2024, 3, 13)),
    ("The European Union said on Wednesday it welcomed the plan.\n\u201cWe support it,\u201d EU spokesperson "
     "Peter Stano said in a statement.", "Stano", "We support it", True, date(2024, 3, 13)),
    ("Ursula von der Leyen spoke on Monday.\nKaja Kallas said on Tuesday the talks would go on.\n"
     "\u201cWe are patient,\u201d she said.", "Kallas", "We are patient", True, date(2024, 3, 12)),
    ("Canada will reopen its embassy in Tehran, the foreign ministry's spokeswoman said on Friday.\n"
     "\u201cWe want a channel,\u201d spokeswoman Emily Williams told a briefing.", "Williams",
     "Canada will reopen its embassy", False, None),
    ("Asked about a report that troops moved in 2022, Antony Blinken said there was no plan.", "Blinken",
     "there was no plan", False, None),
    ("Jacinda Ardern wrote on social media after the call that Wellington and Canberra \"stand together\" on "
     "trade.", "Ardern", "Wellington and Canberra stand together on trade", False, None),
    ("Olaf Scholz met Annalena Baerbock in Berlin.\n\u00abWe agree on Ukraine,\u00bb she said.", "Baerbock",
     "We agree on Ukraine", True, None),
    ("According to Maria Zakharova, Sergei Lavrov and Wang Yi are expected to meet in Beijing.", "Zakharova",
     "Sergei Lavrov and Wang Yi are expected to meet", False, None),
    ("Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov in Beijing.\n"
     "\u201cWe are partners,\u201d the Russian foreign minister said.", "Lavrov", "We are partners", True, None),
    ("Annalena Baerbock flew to Kyiv. Olaf Scholz stayed in Berlin.\n\u201cUkraine will prevail,\u201d she "
     "said.", "Baerbock", "Ukraine will prevail", True, None),
    ("Sen. Elizabeth Warren spoke to CNN.\n\u201cWho will stop them?\u201d she asked.", "Warren",
     "Who will stop them?", True, None),
    ("A spokesperson for Chancellor Olaf Scholz said the chancellor remained confident.", "Scholz",
     "the chancellor remained confident", False, None),
    ('Former President Donald Trump posted on social media that the trial was "rigged."', "Trump",
     "the trial was rigged", False, None),
    ("Senate Majority Leader Chuck Schumer spoke on Tuesday. President Joe Biden said the economy was strong. "
     'The senator added: "This is not over."', "Schumer", "This is not over", True, date(2024, 3, 12)),
    ('"We\'re going to win this fight," Senate Majority Leader Chuck Schumer told reporters Tuesday.', "Schumer",
     "going to win this fight", True, date(2024, 3, 12)),
]


@pytest.mark.parametrize("text,speaker,fragment,direct,said_on", STATEMENTS)
def test_statement(run, text, speaker, fragment, direct, said_on):
    ex = run(text)
    st = find_statement(ex, fragment)
    assert speaker.lower() in speaker_name(ex, st).lower()
    assert st.direct is direct
    assert st.said_on == (said_on or PUBLISHED)
    assert all(m.doc_id == "case" and text[m.start:m.end] == m.text for m in st.mentions)


SPLIT_QUOTES = [
    ("\u201cThe talks were useful,\u201d Annalena Baerbock said, \u201cbut much work remains.\u201d",
     ("talks were useful", "much work remains")),
    ("Emmanuel Macron said: \u201cWe want peace.\n\u201cBut we will defend our allies.\u201d",
     ("We want peace", "defend our allies")),
]


@pytest.mark.parametrize("text,parts", SPLIT_QUOTES)
def test_quote_parts_make_one_statement(run, text, parts):
    ex = run(text)
    assert len(ex.statements) == 1
    assert all(p in ex.statements[0].quote for p in parts)


NO_STATEMENT = [
    "Asked whether Ottawa had replied to the offer, the minister smiled.",
    "Emmanuel Macron did not say whether he would attend.",
    'The group was labelled a "terrorist" organization by the court.',
    "\u201cPeace Is Within Reach\u201d",
    "Many people say the bridge is unsafe.",
]


@pytest.mark.parametrize("text", NO_STATEMENT)
def test_no_statement(run, text):
    assert run(text).statements == ()


def test_statement_about_lists_actors_in_the_quote(run):
    ex = run("Antony Blinken said that China must play a constructive role.")
    st = find_statement(ex, "constructive role")
    assert any(names(ex).get(k) == "China" for k in st.about)


@pytest.mark.parametrize("text,fragment", [
    ("LISBON, June 3 (AFP) - Portugal and Morocco signed a fisheries accord, Portugal's foreign ministry said.",
     "Portugal and Morocco signed"),
    ("OTTAWA \u2014 Canada will reopen its embassy in Caracas, Melanie Joly said on Monday.",
     "Canada will reopen its embassy"),
    ("HANOI: According to Pham Minh Chinh, Vietnam will join the pact.", "Vietnam will join the pact"),
])
def test_dateline_is_not_part_of_the_report(run, text, fragment):
    st = find_statement(run(text), fragment)
    assert st.quote.startswith(fragment)


def test_date_inside_a_link_does_not_hang_the_extraction(run):
    ex = run("Read more: [Peru proposes Andean summit](https://news.example/2025/01/02/peru-andean-summit) "
             "Peru and Chile held talks.")
    assert any(ev.type == "talks" for ev in ex.events)


def test_unnamed_spokesman_speaks_for_the_ministry_and_a_week_is_a_week(run):
    ex = run("Canada's Ministry of Foreign Affairs did not respond. A ministry spokesman told reporters last week "
             "that Ottawa was studying the plan.")
    st = find_statement(ex, "Ottawa was studying the plan")
    assert speaker_name(ex, st) == "Canada"
    assert st.said_on is None and st.time.value == "2024-W10"


def test_a_new_sentence_after_the_attribution_is_a_new_statement(run):
    ex = run("\u201cThe border is open,\u201d Pedro Sanchez told reporters. \u201cTrade will follow.\u201d")
    assert sorted(s.quote for s in ex.statements) == ["The border is open", "Trade will follow."]


def test_split_quote_parts_keep_their_sentence_break(run):
    ex = run("\u201cNobody left the table,\u201d Erdogan said, \u201cThat alone is progress.\u201d")
    assert ex.statements[0].quote.startswith("Nobody left the table. That alone")


def test_narrator_clause_after_a_partial_quote_is_not_reported(run):
    ex = run('Mao Ning said China "remains open to dialogue at all levels" but did not explain the delay.')
    assert find_statement(ex, "China remains open").quote == "China remains open to dialogue at all levels"


def test_continuation_paragraph_is_a_second_statement(run):
    ex = run("Pedro Sanchez said on Thursday: \u201cThe alliance is united.\u201d\n\u201cWe will stand by our "
             "partners.\u201d")
    assert len(ex.statements) == 2


# -- events: (text, type, participant name parts, status, location, date) ---------------------------------
EVENTS = [
    ("Emmanuel Macron met Pedro Sanchez in Berlin on Thursday.", "meeting", ("Macron", "Sanchez"), "held",
     "Berlin", "2024-03-14"),
    ("Narendra Modi and Xi Jinping will meet in Kazan on Tuesday.", "meeting", ("Modi", "Xi"), "scheduled",
     "Kazan", "2024-03-19"),
    ("Turkish President Recep Tayyip Erdogan held a phone call with Benjamin Netanyahu on Wednesday.", "call",
     ("Erdogan", "Netanyahu"), "held", None, "2024-03-13"),
    ("Antony Blinken spoke by phone with Wang Yi.", "call", ("Blinken", "Wang"), "held", None, None),
    ("Joe Biden called for a summit between Kim Jong Un and Yoon Suk Yeol.", "summit", ("Kim", "Yoon"),
     "proposed", None, None),
    ("Lula proposed talks with Nicolas Maduro.", "talks", ("Lula", "Maduro"), "proposed", None, None),
    ("Chinese President Xi Jinping rejected an invitation from Joe Biden to meet in Washington.", "meeting", ("Xi", "Biden"),
     "declined", "Washington", None),
    ("Giorgia Meloni ruled out a meeting with Viktor Orban.", "meeting", ("Meloni", "Orban"), "declined",
     None, None),
    ("The summit between Narendra Modi and Shehbaz Sharif was cancelled.", "summit", ("Modi", "Sharif"),
     "cancelled", None, None),
    ("Lloyd Austin spoke by telephone with his counterpart from Italy, Defence Minister Guido Crosetto.",
     "call", ("Austin", "Crosetto"), "held", None, None),
    ("Xi Jinping turned down a request from Joe Biden for a meeting.", "meeting", ("Xi", "Biden"), "declined",
     None, None),
    ("Narendra Modi rejected a request from Shehbaz Sharif for talks.", "talks", ("Modi", "Sharif"), "declined",
     None, None),
    ("Egypt's President Abdel Fattah al-Sisi did not meet Ethiopian Prime Minister Abiy Ahmed at the summit.",
     "meeting", ("Sisi", "Abiy"), "declined", None, None),
    ("Japan's Prime Minister Fumio Kishida will skip next week's G7 summit in Rome.", "summit", ("Kishida", "G7"),
     "declined", "Rome", "2024-W12"),
    ("ASEAN foreign ministers will not attend next week's ASEAN leaders meeting in Jakarta, Joko Widodo said.",
     "meeting", ("ASEAN",), "declined", "Jakarta", "2024-W12"),
    ("Jordan's King Abdullah, Egypt's President Abdel Fattah al-Sisi and Iraqi Prime Minister Mustafa al-Kadhimi "
     "held a three-way summit in Amman on Tuesday.", "summit", ("Abdullah", "Sisi", "Kadhimi"), "held", "Amman",
     "2024-03-12"),
    ("Russian President Vladimir Putin and Ukraine's president-elect Petro Poroshenko held their first talks on "
     "Friday.", "talks", ("Putin", "Poroshenko"), "held", None, None),
    ("The President met Kenyan President William Ruto at the White House on Monday. They discussed trade between "
     "the United States and Kenya.", "meeting", ("Ruto", "United States"), "held", "Washington", "2024-03-11"),
    ("Narendra Modi met Giorgia Meloni on the sidelines of the G20 summit in Rio de Janeiro on Monday.", "meeting",
     ("Modi", "Meloni"), "held", "Rio", "2024-03-11"),
    ("Olaf Scholz will travel to Beijing with a business delegation on Monday.", "visit", ("Scholz", "China"),
     "scheduled", "Beijing", "2024-03-18"),
    ("Aleksandar Vucic and Albin Kurti held 12 hours of EU-mediated talks in Brussels on Saturday.", "talks",
     ("Vucic", "Kurti"), "held", "Brussels", "2024-03-09"),
    ("Bangladesh's leader Muhammad Yunus met Shehbaz Sharif in Cairo on Thursday, the first high-level contact "
     "between the two countries in years.", "meeting", ("Yunus", "Sharif"), "held", "Cairo", "2024-03-14"),
    ("Iranian and Saudi delegations are holding talks in Baghdad.", "talks", ("Iran", "Saudi"), "held",
     "Baghdad", "2024-03-15"),
    ("Israeli and Egyptian negotiators were meeting in Cairo on Thursday.", "meeting", ("Israel", "Egypt"),
     "held", "Cairo", "2024-03-14"),
    ("Emmanuel Macron and Pedro Sanchez agreed in principle to hold a summit.", "summit", ("Macron", "Sanchez"),
     "agreed", None, None),
    ("A meeting between Recep Tayyip Erdogan and Ilham Aliyev is necessary, Antony Blinken said.", "meeting",
     ("Erdogan", "Aliyev"), "proposed", None, None),
    ("A summit between Cyril Ramaphosa and Bola Tinubu should be organized soon.", "summit",
     ("Ramaphosa", "Tinubu"), "proposed", None, None),
    ("Fumio Kishida said he was willing to meet Kim Jong Un.", "meeting", ("Kishida", "Kim"), "proposed",
     None, None),
    ("Pedro Sanchez expects to meet Chinese President Xi Jinping next month.", "meeting", ("Sanchez", "Xi"), "proposed", None, None),
    ("Talks between Israel and Hamas, mediated by Qatar, were held in Doha on Monday.", "talks",
     ("Israel", "Hamas"), "held", "Doha", "2024-03-11"),
    ("Emmanuel Macron visited China on Tuesday.", "visit", ("Macron", "China"), "held", None, "2024-03-12"),
    ("Antony Blinken will visit Egypt on Sunday.", "visit", ("Blinken", "Egypt"), "scheduled", None,
     "2024-03-17"),
    ("Benjamin Netanyahu wants a summit with Recep Tayyip Erdogan.", "summit", ("Netanyahu", "Erdogan"),
     "proposed", None, None),
    ("The foreign ministers of India and China met in Geneva on Thursday.", "meeting", ("India", "China"),
     "held", "Geneva", "2024-03-14"),
    ("Armenia and Azerbaijan signed a peace agreement in Washington on Friday.", "signing",
     ("Armenia", "Azerbaijan"), "held", "Washington", "2024-03-15"),
    ("Nicolas Maduro refused to meet Javier Milei.", "meeting", ("Maduro", "Milei"), "declined", None, None),
    ("Pedro Sanchez and Emmanuel Macron had a telephone conversation on Tuesday.", "call", ("Sanchez", "Macron"),
     "held", None, "2024-03-12"),
    ("Kim Jong Un chose not to attend the summit with Yoon Suk Yeol.", "summit", ("Kim", "Yoon"), "declined",
     None, None),
    ("Pedro Sanchez said a summit with Emmanuel Macron would be held in January.", "summit", ("Sanchez", "Macron"),
     "scheduled", None, "2025-01"),
    ("A summit between Narendra Modi and Anthony Albanese is long overdue.", "summit", ("Modi", "Albanese"),
     "proposed", None, None),
    ("Ghana has proposed hosting a summit with the African Union.", "summit", ("Ghana", "African Union"),
     "proposed", "Ghana", None),
    ("Kenya welcomed the news. Antony Blinken will visit Nairobi on Sunday.", "visit", ("Blinken", "Kenya"),
     "scheduled", "Nairobi", "2024-03-17"),
    ("Emmanuel Macron discussed the drought by phone with Olaf Scholz on Sunday.", "call", ("Macron", "Scholz"),
     "held", None, "2024-03-10"),
    ("Kenya welcomed the plan. Olaf Scholz is expected in Nairobi on Sunday.", "visit", ("Scholz", "Kenya"),
     "scheduled", "Nairobi", "2024-03-17"),
    ("Emmanuel Macron arrived in Warsaw on Monday.", "visit", ("Macron",), "held", "Warsaw", "2024-03-11"),
    ("Olaf Scholz said he had raised the issue with Rishi Sunak when they met in Berlin last month.", "meeting",
     ("Scholz", "Sunak"), "held", "Berlin", "2024-02"),
    ("French President Emmanuel Macron flew to Germany on Sunday. The president met Olaf Scholz in Berlin on "
     "Monday, where the two signed a defence agreement.", "signing", ("Scholz", "Macron"), "held", None, None),
    ("Ghana has proposed a summit with the African Union on trade in the city of Kumasi.", "summit",
     ("Ghana", "African Union"), "proposed", "Kumasi", None),
    ("The European Union said on Monday it welcomed Japan's proposal for a summit.", "summit",
     ("European Union", "Japan"), "proposed", None, None),
    ("Kenya welcomed the envoy. The UN envoy, Jan Eliasson, offered on Monday to mediate between Kenya and "
     "Somalia.", "mediation", ("Eliasson", "Kenya", "Somalia"), "proposed", None, None),
    ("Uganda has declined an invitation from Rwanda to hold talks in Kigali.", "talks", ("Uganda", "Rwanda"),
     "declined", "Kigali", None),
    ("Norway and Iceland signed a fisheries accord in Oslo on Sunday, capping negotiations held in Reykjavik "
     "last week.", "negotiation", ("Norway", "Iceland"), "held", "Reykjavik", "2024-W10"),
    ("Kenya welcomed the news. Peter Mwangi said he had invited Olaf Scholz to visit Nairobi.", "visit",
     ("Scholz", "Kenya"), "proposed", "Nairobi", None),
    ("Leaders gathered in Lima. The APEC summit opens on Saturday.", "summit", ("APEC",), "scheduled", None,
     "2024-03-16"),
    ("Pedro Sanchez meets Emmanuel Macron on Monday\nThe two leaders discussed trade.", "meeting",
     ("Sanchez", "Macron"), "held", None, "2024-03-11"),
    ("Kenya welcomed the move. Olaf Scholz will travel to Nairobi on Sunday.", "visit", ("Scholz", "Kenya"),
     "scheduled", "Nairobi", "2024-03-17"),
    ("North Korea rejected a proposal by South Korea for military talks.", "talks", ("North Korea", "South Korea"),
     "declined", None, None),
    ("Recep Tayyip Erdogan hosted Mahmoud Abbas in Ankara on Tuesday.", "meeting", ("Erdogan", "Abbas"), "held",
     "Ankara", "2024-03-12"),
    ("Japan and China agreed to resume high-level economic dialogue.", "talks", ("Japan", "China"), "agreed",
     None, None),
    ("Chinese President Xi Jinping met visiting Brazilian President Luiz Inacio Lula da Silva in Beijing on "
     "Friday.", "meeting", ("Xi", "Lula"), "held", "Beijing", "2024-03-15"),
    ("Egypt's president received a phone call from the Emir of Qatar on Thursday.", "call", ("Egypt", "Qatar"),
     "held", None, "2024-03-14"),
    ("Emmanuel Macron told Olaf Scholz in a phone call on Tuesday that France was ready to help.", "call",
     ("Macron", "Scholz"), "held", None, "2024-03-12"),
    ("LISBON, June 3 (AFP) - Portugal and Morocco held talks in Rabat on Monday, the ministry said.", "talks",
     ("Portugal", "Morocco"), "held", "Rabat", "2024-03-11"),
    ("Emmanuel Macron received Pedro Sanchez in Paris on Monday. The two leaders held talks on defence.",
     "talks", ("Macron", "Sanchez"), "held", None, None),
    # offers and invitations: the proposer and the one who answers are the parties, the answer the status
    ("Moscow rebuffed Norway's offer to host a new round of talks in Oslo.", "talks", ("Russia", "Norway"),
     "declined", "Oslo", None),
    ("An invitation from Kenya to attend a summit in Nairobi was turned down by Uganda.", "summit",
     ("Kenya", "Uganda"), "declined", "Nairobi", None),
    ("Ghanaian President Nana Akufo-Addo agreed to a request from Togolese President Faure Gnassingbe for talks.",
     "talks", ("Akufo-Addo", "Gnassingbe"),
     "agreed", None, None),
    # bodies named by what they are
    ("Hungary's opposition rejected a government offer to hold talks in Budapest.", "talks",
     ("Hungary's opposition", "Hungary"), "declined", "Budapest", None),
    ("Iran rejected a call by Western powers for talks in Vienna.", "talks", ("Iran", "Western powers"), "declined",
     "Vienna", None),
    # a called-off meeting's weekday is the nearer one, here ahead
    ("Poland called off Monday's talks with Lithuania in Vilnius.", "talks", ("Poland", "Lithuania"), "cancelled",
     "Vilnius", "2024-03-18"),
    # so is the weekday of a gathering someone will stay away from, ahead or behind
    ("Latvia's foreign minister says he will not attend Monday's meeting of EU foreign ministers in Brussels.",
     "meeting", ("Latvia", "European Union"), "declined", "Brussels", "2024-03-18"),
    ("Estonia's prime minister refused to attend Wednesday's meeting of EU leaders in Brussels.", "meeting",
     ("Estonia", "European Union"), "declined", "Brussels", "2024-03-13"),
]


def find_event(ex, kind: str, parts: tuple[str, ...]):
    table = names(ex)
    for ev in ex.events:
        got = " | ".join(table.get(k, k) for k in ev.participants).lower()
        if all(p.lower() in got for p in parts) and (ev.type == kind or kind in (ev.type,)):
            return ev
    raise AssertionError(f"no {kind} with {parts}: {[(e.type, e.participants) for e in ex.events]}")


@pytest.mark.parametrize("text,kind,parts,status,location,day", EVENTS)
def test_event(run, text, kind, parts, status, location, day):
    ex = run(text)
    ev = find_event(ex, kind, parts)
    assert ev.status == status
    if location is not None:
        assert ev.location and location.lower() in ev.location.lower()
    if day is not None:
        assert ev.time is not None and ev.time.value == day


NO_EVENT = [
    "The athletics meeting in Rome drew record crowds.",
    "Pedro Sanchez held a press conference in Berlin.",
    "The company held a board meeting on Monday.",
    "The court will meet the deadline set by parliament.",
    "Joe Biden will meet reporters at the White House on Friday.",
    "Pedro Sanchez held a meeting with business leaders in Madrid.",
    "Pedro Sanchez, speaking to Reuters by phone on Tuesday, said the plan had stalled.",
    "Portugal proposed an Africa summit on trade.",
    "Egypt's President Abdel Fattah al-Sisi has not met Ethiopian Prime Minister Abiy Ahmed since 2019.",
    "The minister met with business leaders in Nairobi on Monday to discuss trade with the United States.",
    "Nigeria will meet Ghana in a World Cup qualifier in Abuja on Saturday.",
    "The foreign ministers of India and Pakistan are unlikely to meet next week.",  # a prospect denied
    # a result told by its score: a match
    "Manchester United and Chelsea met at Old Trafford on Saturday, with the visitors winning 2-1.",
    "Al Ahly and Zamalek met in Cairo on Friday and drew 1-1.",
    "The two clubs met in Buenos Aires on Sunday, Boca beating River 3\u20130.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(run, text):
    assert run(text).events == ()


def test_a_score_told_for_another_day_leaves_the_meeting(run):
    ex = run("Kenya's president met Uganda's president in Kampala on Saturday, a day after Kenya beat Uganda 2-1 in a "
             "qualifier.")
    assert len(ex.events) == 1 and ex.events[0].type == "meeting"


def test_mentions_of_one_event_are_one_event(run):
    ex = run("Narendra Modi and Shehbaz Sharif will meet in Astana on Monday. The meeting will focus on "
             "water. Such a meeting is long overdue.")
    assert len(ex.events) == 1
    assert len(ex.events[0].mentions) >= 3


def events_of(ex, parts: tuple[str, ...]) -> list:
    """Every event whose participants include all the name parts."""
    table = names(ex)
    return [ev for ev in ex.events
            if all(p.lower() in " | ".join(table.get(k, k) for k in ev.participants).lower() for p in parts)]


# -- one article, several occurrences: (text, parts, [(status, date value) of each expected event]) ----------
OCCURRENCES = [
    ("Chile and Peru held talks in Lima on Monday and agreed to meet again next week.", ("Chile", "Peru"),
     [("held", "2024-03-11"), ("agreed", "2024-W12")]),
    ("William Ruto and Samia Suluhu Hassan met in Mombasa last month. Ruto and Hassan will meet in Arusha "
     "next month.", ("Ruto", "Hassan"), [("held", "2024-02"), ("scheduled", "2024-04")]),
    ("A meeting between William Ruto and Samia Suluhu Hassan that had been planned for Saturday on the sidelines "
     "of the EAC summit in Arusha has been cancelled, officials said.\n\"Owing to other commitments, the meeting "
     "will not take place in Arusha,\" a spokesman said.\nRuto and Hassan last met in January in Mombasa.",
     ("Ruto", "Hassan"), [("cancelled", "2024-03-16"), ("held", "2024-01")]),
    ("Norway and Sweden held a first round of talks in Oslo on Tuesday. A second round will take place in "
     "Stockholm in May.", ("Norway", "Sweden"), [("held", "2024-03-12"), ("scheduled", "2024-05")]),
    ("Chile and Peru held talks in Lima. The two delegations will reconvene in Santiago next week.",
     ("Chile", "Peru"), [("held", None), ("scheduled", "2024-W12")]),
    ("Peru and Bolivia held talks in La Paz last week. The second round is expected to open in Lima on March 20.",
     ("Peru", "Bolivia"), [("held", "2024-W10"), ("scheduled", "2024-03-20")]),
]


@pytest.mark.parametrize("text,parts,expected", OCCURRENCES)
def test_each_occurrence_is_its_own_event(run, text, parts, expected):
    found = sorted((ev.status, ev.time.value if ev.time else None) for ev in events_of(run(text), parts))
    assert found == sorted(expected)


def test_anaphoric_mention_adds_its_claim_to_the_event_discussed(run):
    ex = run(OCCURRENCES[2][0])
    ev = next(e for e in events_of(ex, ("Ruto", "Hassan")) if e.status == "cancelled")
    assert ev.location == "Arusha" and len(ev.mentions) == 2
    assert not any(e.status == "declined" for e in ex.events)


def test_mediator_is_not_a_participant(run):
    ex = run("Talks between Israel and Hamas, mediated by Qatar, were held in Doha on Monday.")
    ev = find_event(ex, "talks", ("Israel", "Hamas"))
    assert [names(ex)[k] for k in ev.mediators] == ["Qatar"]
    assert not any(names(ex)[k] == "Qatar" for k in ev.participants)
    assert (ev.plover, ev.cameo) == ("CONSULT/third-party", "045")


def test_a_mediated_meeting_is_not_a_mediation_of_its_own(run):
    ex = run("Talks between Sudan and Chad, mediated by Egypt, were held in Cairo.")
    assert [e.type for e in ex.events] == ["talks"]


def test_the_type_comes_from_the_mention_that_names_the_parties(run):
    ex = run("Kenya welcomed the plan. Olaf Scholz is expected in Nairobi on Sunday for the first meeting of "
             "the trade council.")
    assert [e.type for e in ex.events] == ["visit"]


def test_a_refused_trip_and_the_refused_talks_are_one_event(run):
    ex = run("Uganda declined an invitation from Rwanda to hold talks in Kigali. Ugandan President Yoweri Museveni "
             "had ruled out travelling to Kigali.")
    (ev,) = ex.events
    assert ev.status == "declined" and ev.location == "Kigali"


def test_the_summit_refers_back_to_a_summit_not_to_other_talks(run):
    ex = run("Italy will host the G7 summit in Rome. Emmanuel Macron will hold talks with Justin Trudeau on "
             "Friday. The summit opens on Saturday.")
    summit = find_event(ex, "summit", ("G7",))
    talks = find_event(ex, "talks", ("Macron", "Trudeau"))
    assert (summit.status, summit.time.value) == ("scheduled", "2024-03-16")
    assert len(talks.mentions) == 1


def test_the_event_on_whose_sidelines_they_meet_is_not_theirs(run):
    ex = run("Vladimir Putin and Narendra Modi met in Kazan on the sidelines of a BRICS summit.")
    assert find_event(ex, "meeting", ("Putin", "Modi")).location == "Kazan"
    assert not any(e.type == "summit" and len(e.participants) > 1 for e in ex.events)


def test_a_joining_party_does_not_make_a_new_event(run):
    ex = run("Mexico proposed a summit with Canada. Chile said it would take part in a Mexico-Canada summit.")
    (summit,) = [e for e in ex.events if e.type == "summit"]
    assert {names(ex)[k] for k in summit.participants} >= {"Mexico", "Canada"}


def test_the_place_of_a_topic_is_not_the_place_of_the_talks(run):
    ev = find_event(run("France and Germany held talks on the war in Ukraine."), "talks", ("France", "Germany"))
    assert ev.location is None


def test_broker_is_a_mediator_and_pair_modifiers_are_no_place(run):
    ex = run("Egypt brokered talks between Sudan and Chad on Monday. Spain proposed a Spain-Morocco summit.")
    talks = find_event(ex, "talks", ("Sudan", "Chad"))
    assert [names(ex)[k] for k in talks.mediators] == ["Egypt"]
    assert find_event(ex, "summit", ("Spain", "Morocco")).location is None


def test_negated_past_meeting_is_not_held(run):
    ex = run("Recep Tayyip Erdogan and Bashar al-Assad have not met since 2011.")
    assert all(ev.status != "held" for ev in ex.events)


def test_claim_inside_reported_speech_is_dated_and_attributed(run):
    ex = run("Antony Blinken said on Wednesday that Recep Tayyip Erdogan and Ilham Aliyev should meet soon.")
    ev = find_event(ex, "meeting", ("Erdogan", "Aliyev"))
    claim = ev.status_claims[0]
    assert claim.status == "proposed"
    assert claim.asserted_on == date(2024, 3, 13)
    assert names(ex)[claim.asserted_by].endswith("Blinken")


@pytest.mark.parametrize("text,kind,parts,codes", [
    ("Turkish President Recep Tayyip Erdogan held a phone call with Benjamin Netanyahu on Wednesday.", "call",
     ("Erdogan", "Netanyahu"), ("CONSULT/phone", "041")),
    ("Emmanuel Macron met Pedro Sanchez in Berlin on Thursday.", "meeting", ("Macron", "Sanchez"),
     ("CONSULT/meet", "040")),
    ("Joe Biden called for a summit between Kim Jong Un and Yoon Suk Yeol.", "summit", ("Kim", "Yoon"),
     ("AGREE", "036")),
    ("Giorgia Meloni ruled out a meeting with Viktor Orban.", "meeting", ("Meloni", "Orban"), ("REJECT", "125")),
])
def test_event_codes(run, text, kind, parts, codes):
    ev = find_event(run(text), kind, parts)
    assert (ev.plover, ev.cameo) == codes


def test_a_mediating_body_in_a_modifier_is_no_party(run):
    ev = find_event(run("Aleksandar Vucic and Albin Kurti held 12 hours of EU-mediated talks in Brussels on Saturday."),
                    "talks", ("Vucic", "Kurti"))
    assert ev.mediators and all(m not in ev.participants for m in ev.mediators)


@pytest.mark.parametrize("text", [
    "Hungarian Prime Minister Viktor Orban arrived in Moscow on Friday for talks with Russian President "
    "Vladimir Putin.",
    "Kenyan Foreign Minister Musalia Mudavadi will travel to Pretoria next week for talks with South African "
    "Foreign Minister Ronald Lamola.",
])
def test_a_trip_for_talks_is_the_talks_and_at_most_a_visit_to_the_state(run, text):
    ex = run(text)
    table = names(ex)
    (talks,) = [e for e in ex.events if e.type == "talks"]
    assert all(table[k].split()[-1] in text for k in talks.participants) and len(talks.participants) == 2
    visits = [e for e in ex.events if e.type == "visit"]
    assert len(ex.events) == 1 + len(visits) and len(visits) <= 1
    kinds = {a.key: a.type for a in ex.actors}
    for visit in visits:  # the traveller and the state visited, not the counterpart again
        assert len(visit.participants) == 2 and "state" in {kinds[k] for k in visit.participants}
