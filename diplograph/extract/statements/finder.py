"""Statements: who said what and on which day, from direct quotations and reported clauses."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from diplograph.extract.actors.columns import char_offsets, subtree_ids, token_columns
from diplograph.extract.base import ActorMention, DocActors, token_strings
from diplograph.extract.clauses import (
    CLOCK,
    SUBJECT_DEPS,
    aside_edges,
    content_tokens,
    dateline_end,
    glued_subject,
    inverted_subject,
    is_speech_verb,
    leading_time,
    narrator_tail,
    negated,
    parenthetical,
    prospective,
    relaying_verb,
    subject_of,
    swallowed_subject,
    threat,
)
from diplograph.extract.statements.days import DayCarry
from diplograph.extract.statements.direct import DirectSpeech, Draft, join_parts
from diplograph.extract.statements.labels import bare_surname, label_speaker
from diplograph.extract.statements.quotes import clean, find_quotes
from diplograph.extract.statements.reporting import (
    DESCRIBE_VERBS,
    FICTION_NOUNS,
    LABELLING,
    OCCASION_VERBS,
    SPEAKER_TITLES,
)
from diplograph.extract.statements.speakers import PENDING, Salience, Speakers
from diplograph.extract.statements.transcripts import (
    closing_note,
    header_speaker_span,
    headline_attribution,
    labelled_turns,
    lead_lemma,
    readout_lead,
)
from diplograph.extract.when import climb_day, find_timex, plain_present, resolve_day, timex_among
from diplograph.kb.names import person_key
from diplograph.kb.roles import is_title
from diplograph.records import Document, Event, Mention, Statement, Timex

_WORK_PARTS = frozenset("chapter scene page verse chorus line act end beginning opening close start finale".split())
_DASHES = ("\u2014", "\u2013", "-", ":")
_OCCASION_PREPS = frozenset({"in", "on", "at", "during"})
_STANCE_WORDS = frozenset("no never until unless".split())  # a refusal or a condition set by whoever speaks
LABEL_WORDS = 8  # a quoted label is a short phrase ("absurd", "an irrelevant talking shop")
DIRECT_SHARE = 0.85  # a clause this much inside quotation marks is direct speech
# What may stand between a speaker's name and the verb: a day ("on Sunday", "Sunday evening") or nothing.
_BEFORE_VERB = re.compile(r"(?:\s+(?:on\s+)?(?:\w+day|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?)?\s+$")
_QUOTE_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\""  # dropped one by one: str.translate with a table is far slower


def find_statements(sdoc, document: Document, actors: DocActors, timexes: list[Timex]) -> list[Statement]:
    """Every attributed direct quotation and reported clause of one parsed document."""
    return _Finder(sdoc, document, actors, timexes).run()


# A byline: "By X, former minister", "OPINION | X", a line that is only the author's name.
_BYLINE = re.compile(r"^[ \t]*(?:By[ \t]+|[A-Z][A-Za-z]*[ \t]*\|[ \t]*)([^\n|]{3,120})$", re.M)
_SIGNATURE = re.compile(r"(?:[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?[ \t]+){1,3}[A-Z][\w'\u2019]+(?:-[A-Z][\w'\u2019]+)?"
                        r"(?=[ \t]*(?:,|$|\n| was\b| is\b| has\b))")  # "Jan Roe-Doe", "Jane Roe-Smith"
BYLINE_REACH = 400  # a byline stands in a piece's first lines
GREETINGS = frozenset("good morning afternoon evening everyone everybody all hello hi thank thanks you".split())
# A numbered operative paragraph of a communiqué or resolution: "1. Condemns ...", "(b) Urges ...".
_OPERATIVE = re.compile(r"^[ \t]*(\d{1,2}[.)]|\([a-z]\))[ \t]+([A-Z][a-z]+s)\b[ \t]*", re.M)
_OPERATIVE_VERBS = frozenset("""condemns calls urges expresses welcomes demands requests reaffirms stresses underlines
reiterates encourages appeals commends deplores emphasises emphasizes affirms notes""".split())
PREAMBLE_CHARS = 600  # how far before the first operative paragraph the preamble names its body
PREAMBLE_NAME = 80  # characters of a body's long name before the part the actors resolve ("... of ECOWAS")
NAME_WORDS = 4  # a person's name has at most this many words
IT_SENTENCES = 2  # sentences back "It added that" may point to the body that spoke
TURN_MIN_WORDS = 5  # what is left of a turn's paragraph once reports are taken out
AUTHOR_NOTE_WORDS = 40  # the closing note on an author is one short sentence
_ABBREVIATED = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][a-z]{0,3}\.")  # "U.S.", "Dec.", "Gen."


def _name_word(tok) -> bool:
    """A capitalised word that may be part of a person's name: no title, place, body or group."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha() and not is_title(tok.text) \
        and tok.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC", "DATE")


def _cut_short(sent) -> bool:
    """True for a parser sentence that ends on an abbreviation or is too short to be one."""
    words = [t for t in sent if not t.is_space and not t.is_punct]
    return len(words) < 3 or (bool(words) and _ABBREVIATED.fullmatch(words[-1].text) is not None
                              and words[-1].i >= len(sent) + sent.start - 2)


def link_events(statements: list[Statement], events: list[Event]) -> list[Statement]:
    """Statements with about_events set to the events mentioned inside their quoted or reported words."""
    out = []
    for st in statements:
        spans = [(m.doc_id, m.start, m.end) for m in st.mentions]
        keys = [ev.key for ev in events
                if any(d == m.doc_id and a <= m.start < b for m in ev.mentions for d, a, b in spans)]
        out.append(replace(st, about_events=tuple(dict.fromkeys(st.about_events + tuple(keys)))))
    return out


def _opens_preamble(text: str, para: int, pos: int) -> bool:
    """True for a body named in a paragraph's opening phrase ("The Peace and Security Council of the AU, at its",
    "The Authority of Heads of State and Government of ECOWAS met"): no verb-like break before it."""
    lead = text[para:pos]
    return len(lead) <= PREAMBLE_NAME and (not lead.strip() or lead.startswith("The ")) and not re.search(r"[,.;:]", lead)


def _occasion_tail(tokens: list) -> int | None:
    """Where ", speaking to reporters on Monday" closes reported words (the comma's index), else None."""
    for n in range(len(tokens) - 2, 0, -1):
        tok = tokens[n]
        if tok.tag_ == "VBG" and tok.lemma_.lower() in OCCASION_VERBS and tokens[n - 1].text == "," \
                and tok.right_edge.i == tokens[-1].i and tok.left_edge.i == tok.i \
                and not any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            return n - 1
    return None


class _Finder(DirectSpeech):
    """One pass over a document's sentences, quotations handled where they end."""

    def __init__(self, sdoc, document: Document, actors: DocActors, timexes: list[Timex]):
        self.sdoc, self.doc, self.actors, self.timexes = sdoc, document, actors, timexes
        last = sdoc[-1] if len(sdoc) else None  # the parse of document.text (checked without rebuilding it)
        same = last is None or last.idx + len(last.text_with_ws) == len(document.text)
        self.text = document.text if same else sdoc.text
        self.quotes = find_quotes(self.text)
        self._parts = sorted((a, b, qi) for qi, q in enumerate(self.quotes) for a, b in q.parts)
        self._part_starts = [a for a, _, _ in self._parts]
        self.salience = Salience()
        self.days = DayCarry(actors, timexes, document.published, lambda pos: self.quote_at(pos) is not None)
        self.speakers = Speakers(actors, self.salience)
        self.paras = [0] + [m.end() for m in re.finditer("\n", self.text)]
        self.sents = list(sdoc.sents)
        self._sent_starts = [sent.start_char for sent in self.sents]
        self.drafts: list[Draft] = []
        self.used: set[int] = set()  # quotation indexes already attributed
        self.spoken: list[tuple[int, int]] = []  # unquoted stretches already given to a labelled speaker
        self.issuer: str | None = None  # who a press statement's header names: its "we" speaks for them
        self._opener_ids: list[int] | None = None  # _openers(), once per document
        self._signed: str | None = None  # _author(), once per document ("" for none)
        self._closing_note = closing_note(self.text)  # an interview's closing note: read once, dates undated answers
        self.reporting_turn: list[tuple[int, int, str]] = []  # turn sentences reporting another, with the turn's speaker

    def run(self) -> list[Statement]:
        """Statements in text order."""
        self._labelled()
        self._operative()
        for no, sent in enumerate(self.sents):
            try:
                self._note_subjects(sent, no)
                self._indirect(sent, no)
                for qi in self._quotes_ending_in(sent):
                    self._direct(qi, no)
            except Exception as exc:  # noqa: BLE001 - one odd sentence must not lose the document
                import warnings

                warnings.warn(f"{self.doc.id}: statement extraction skipped a sentence ({exc})", stacklevel=2)
        return [self._record(d) for d in self.drafts if d.parts]

    # -- helpers -------------------------------------------------------------------------------
    def para_of(self, pos: int) -> int:
        """Paragraph number of a character offset."""
        return bisect_right(self.paras, pos) - 1

    def quote_at(self, pos: int) -> int | None:
        """Index of the quotation whose words cover pos."""
        i = bisect_right(self._part_starts, pos) - 1  # quoted parts never overlap
        return self._parts[i][2] if i >= 0 and pos < self._parts[i][1] else None

    def sent_of(self, pos: int) -> int:
        """Sentence number of a character offset."""
        return bisect_right(self._sent_starts, pos) - 1

    def _quotes_ending_in(self, sent) -> list[int]:
        """Unattributed quotations whose closing mark falls inside the sentence."""
        a, b = sent.start_char, sent.end_char
        return [i for i, q in enumerate(self.quotes) if a < q.end <= b + 1 and i not in self.used]

    def _day(self, verb, exclude: set[int], lead: list = ()) -> tuple[Timex | None, date | None]:
        """The day a statement was made: the speech verb's own time or occasion, else undated (publication)."""
        tx = find_timex(lead, self.timexes, self.sdoc) if lead else None
        day = resolve_day(tx, self.doc.published, "past") if tx is not None else None
        if day is not None:
            return replace(tx, value=day.isoformat(), anchored=True), day
        opening = dateline_end(self.text, verb.idx)  # "HARARE, Jan 15 (Wire) - X vowed": the dateline is the story's
        sent = self.sents[self.sent_of(verb.idx)]  # verb.sent, without searching it out again
        exclude = exclude | ({t.i for t in sent if t.idx < opening} if opening > sent.start_char else set())
        tx, day = climb_day(verb, self.timexes, self.doc.published, exclude)
        if tx is not None and CLOCK.fullmatch(tx.text.strip()):  # a live blog's "10:05" stamp: that day
            tx, day = None, self.doc.published
        first = verb
        while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            first = first.head  # "condemns the coup on 27 April and expresses ...": the day climbed to is the coup's
        if tx is not None and day is not None and tx.start > first.idx and plain_present(verb) \
                and plain_present(first) and day != self.doc.published:
            return None, self.doc.published  # "strongly condemns the strike on X last night": the strike's day
        if day is None:
            tx, day = self._aside_day(verb, exclude)
        if day is None and (relay := relaying_verb(verb)) is not None:  # "state media on Saturday quoted X as
            tx, day = climb_day(relay, self.timexes, self.doc.published, exclude)  # saying": the relay's day
            if day is None:
                tx, day = self._aside_day(relay, exclude)
        if day is None:
            tx, day = self.days.occasion(verb)
        if day is None:  # "told reporters last week": a week, not a day
            near = [t for c in verb.children if c.dep_ in ("npadvmod", "tmod") or
                    (c.dep_ == "prep" and c.lower_ in ("in", "on", "during"))
                    for t in subtree_ids(c) if t not in exclude]
            coarse = timex_among(near, self.timexes, self.sdoc)
            if coarse is not None and coarse.type == "DATE" and coarse.anchored and coarse.value[:4].isdigit():
                return coarse, None
        return (tx, day) if day is not None else (None, self.doc.published)

    def _on_occasion(self, verb) -> bool:
        """A threat made on a day ("threatened on Monday to ...") or beside words ("rejected X and threatened to"),
        not one recalled as background ("has threatened to", "earlier this week threatened to")."""
        if verb.dep_ == "conj" and is_speech_verb(verb.head):
            return True
        near = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i + 4 for t in subtree_ids(c)]
        tx = timex_among(near, self.timexes, self.sdoc) if near else None
        return tx is not None and resolve_day(tx, self.doc.published, "past") is not None

    def _aside_day(self, verb, exclude: set[int]) -> tuple[Timex | None, date | None]:
        """The day set off beside the speaker: "X, asked on Monday about ..., said", "said X, Y's minister, on
        Monday" (never a relative clause's: "X, who took office on Saturday, said")."""
        subj = subject_of(verb) or inverted_subject(verb)
        if subj is None:
            return None, None
        lo, hi = sorted((subj.i, verb.i))
        doc = verb.doc
        asides = [p for p in doc[lo + 1:hi] if p.pos_ == "VERB" and doc[p.i - 1].text == ","
                  and p.tag_ in ("VBN", "VBD", "VBG") and (is_speech_verb(p) or p.lemma_.lower() in OCCASION_VERBS)]
        near = [c for p in asides[:1] for c in p.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i]
        near += [c for n in [subj] + [a for a in subj.children if a.dep_ == "appos"] for c in n.children
                 if c.dep_ == "prep" and c.lower_ == "on" and c.i > n.i]
        tokens = [t for c in near for t in subtree_ids(c) if t not in exclude]
        tx = timex_among(tokens, self.timexes, self.sdoc) if tokens else None
        day = resolve_day(tx, self.doc.published, "past") if tx is not None else None
        return (replace(tx, value=day.isoformat(), anchored=True), day) if day is not None else (None, None)

    def _speaker(self, verb, sent_no: int) -> str | None:
        """The actor behind a speech verb's subject (or inverted subject, or the name in apposition to it)."""
        subj = subject_of(verb) or inverted_subject(verb) or swallowed_subject(verb)
        if subj is None:
            return None
        if subj.lower_ == "it" and subj.dep_ == "nsubj" and self.quote_at(subj.idx) is None:
            return self._body_before(subj.idx, sent_no)  # "The ministry said ... It added that": the body again
        if subj.lower_ == "we" and self.issuer is not None and self.quote_at(subj.idx) is None:
            return self.issuer  # "Statement by X ... We call on the authorities to ...": the statement's author
        if subj.lower_ == "i" and self.quote_at(subj.idx) is None and (author := self._author()) is not None:
            return author  # an opinion piece's "I told the committee that ...": its signed author
        # "his shadow, Anne Wells, accused ...", "Senegal's new president, X, pledged": the name beside the description
        named = (self.speakers.key(c, sent_no, person_only=True) for c in subj.children
                 if c.dep_ == "appos" and c.pos_ == "PROPN")
        key = next((k for k in named if k is not None), None) or self._set_off_name(subj) or self._name_before(verb, subj) \
            or self._name_after_title(subj)
        if key is not None and subj.lemma_.lower() in SPEAKER_TITLES:
            self.speakers.titled(key, subj)  # "the UN's envoy, X": X is an envoy, not "Tripoli's prime minister"
        key = key or self.speakers.key(subj, sent_no)
        if key is not None and subj.pos_ != "PRON" and subj.lemma_.lower() in SPEAKER_TITLES \
                and any(a <= verb.idx < b and key == own for a, b, own in self.reporting_turn):
            return self.speakers.unnamed(subj)  # "MR. X: ... the President stressed that": not X, whom they report
        return key

    def _name_before(self, verb, subj) -> str | None:
        """A named person right before the verb that the parser did not make its subject ("... with X, President
        of Y Z on Sunday expressed", a teaser glued on: "... in Alaska German Chancellor Z on Sunday said")."""
        if verb.i - subj.i < 3 or subj.pos_ not in ("PROPN", "NOUN"):
            return None
        origin = max(verb.sent.start_char, verb.idx - 40)  # a short look-back: the regex stays cheap
        hit = _BEFORE_VERB.search(self.text, origin, verb.idx)
        if hit is None:
            return None
        m = self.actors.at(hit.start() - 1, hit.start())
        if m is None or m.type != "person" or m.kind not in ("name", "surname") or m.end != hit.start():
            return None
        near = self._token_at(m.start)
        if near is None or near.i <= subj.i or any(t.dep_ == "conj" for t in (near, near.head)):
            return None  # "X and Y said": both are the subject
        if subj.pos_ == "NOUN" and (near in subj.subtree or subj.lemma_.lower() in SPEAKER_TITLES):
            return None  # "a spokesman for President X on Monday said": the spokesman speaks
        own = self.actors.at(subj.idx, subj.idx + len(subj))
        return m.key if own is None or own.key != m.key else None

    def _name_after_title(self, subj) -> str | None:
        """"Foreign Minister [Jane Roe-Doe] was quoted as saying", the parser making the title a subject apart: the
        person named right after a title subject holds it."""
        doc = subj.doc
        if subj.lemma_.lower() not in SPEAKER_TITLES or subj.i + 1 >= len(doc) or subj.whitespace_ != " ":
            return None
        after = doc[subj.i + 1]
        m = self.actors.at(after.idx, after.idx + 1)
        return m.key if m is not None and m.type == "person" and m.kind == "name" and m.start == after.idx else None

    def _set_off_name(self, subj) -> str | None:
        """"The UN's envoy for Libya, Jane Roe, urged": a named person set off by commas inside the subject."""
        if subj.pos_ == "PRON" or subj.pos_ == "PROPN" and subj.lemma_.lower() not in SPEAKER_TITLES:
            return None  # a capitalised office ("The Minister of Foreign Affairs of X, Y, said") still sets one off
        aside = {d.i for t in subj.subtree if t.dep_ == "appos" and t.i != subj.i for d in t.subtree}
        right = max((t for t in subj.subtree if t.i >= subj.i and t.i not in aside and t.text != ","),
                    key=lambda t: t.i)
        b = right.idx + len(right)
        gap = len(self.text[b:]) - len(self.text[b:].lstrip(" ,"))
        m = self.actors.at(b + gap, b + gap + 1) if self.text[b:b + gap].strip() == "," else None
        if m is not None and m.type == "person" and m.kind == "name" and self.text[m.end:].lstrip()[:1] == ",":
            return m.key
        return None

    # -- speech without quotation marks -------------------------------------------------------
    def _labelled(self) -> None:
        """Transcript turns, "Name: ..." lines and a press statement's lead, each given to its speaker."""
        turns = list(labelled_turns(self.text))
        # an interview's introduction ends at its first question (or a presenter's line), and the turns after answer
        asked = [t.label[0] for t in turns if t.question or t.narration]
        header_end = asked[0] if asked else turns[0].label[0] if turns else 0
        named: dict[str, str] = {}  # a label's words -> whom its parenthesis once named ("SPOKESPERSON (Mr X):")
        for turn in turns:
            if turn.narration:
                continue
            if turn.question:  # a journalist's question: nobody's statement, and no quotation in it is either
                for a, b in turn.parts:
                    self.spoken.append((a, b))
                    self.used.update(i for i, q in enumerate(self.quotes) if a <= q.start < b)
                continue
            if turn.answer:
                speaker = self._interviewee(header_end)
            else:
                label = " ".join(self.text[slice(*turn.label)].split()).lower()
                aside = self._label_aside(turn)
                if aside is not None:
                    named.setdefault(label, aside)
                speaker = aside or named.get(label) \
                    or label_speaker(self.actors, self.text, *turn.label, header_end, answering=bool(asked))
            if speaker is not None:
                when = self._occasion_day(speaker, header_end) if asked else (None, self.doc.published)
                for part in turn.parts:
                    for a, b in self._own_stretches(*part, speaker):
                        self._speech(speaker, a, b, own=True, when=when)
        self._headline_surname()
        head = headline_attribution(self.text)
        narrator = head is not None and any(t.narration and t.label[0] == head[0][0] for t in turns)
        if head is not None and not narrator and not self._has_verb(*head[0]):  # not a "PRESENTER: ..." opening
            speaker = label_speaker(self.actors, self.text, *head[0], head[0][0], headed=True,
                                    stance=self._stance(*head[1]))
            if speaker is not None:
                self._speech(speaker, *head[1], own=True)
        elif head is None:
            self._headline_quote()
        header = header_speaker_span(self.text)
        if header is not None:
            people = [m for m in self.actors.in_span(header[0], header[1]) if m.type == "person"]
            if people:
                self.issuer = people[0].key
                self._speech(people[0].key, header[2], self._lead_end(header[2]))

    def _own_stretches(self, a: int, b: int, speaker: str) -> list[tuple[int, int]]:
        """A turn's paragraph less the sentences in which it reports another's words ("the Secretary-General told
        the Council that ...", "He calls on the parties to ..."): those are read as in any article, and an opening
        greeting ("Good afternoon.") is no statement."""
        first, last = self.sent_of(a), self.sent_of(max(a, b - 1))
        if first == last or first < 0:
            return [(a, b)]
        out: list[list[int]] = []
        for sent in self.sents[first:last + 1]:
            start, end = max(a, sent.start_char), min(b, sent.end_char)
            if self._reports_other(sent):
                out.append([])
                self.reporting_turn.append((start, end, speaker))
            elif not out or not out[-1]:
                if not all(t.is_punct or t.lower_ in GREETINGS for t in sent):
                    out.append([start, end])
            else:
                out[-1][1] = end
        spans = [(x[0], x[1]) for x in out if x]
        return [(x, y) for x, y in spans if len(self.text[x:y].split()) >= TURN_MIN_WORDS] if spans != [(a, b)] else spans

    def _reports_other(self, sent) -> bool:
        """True for a sentence built on a past speech verb whose subject is someone other than the one speaking
        ("the President stressed that ...", "He asked Member States to ..."); a spokesperson's present tense ("The
        Secretary-General calls on ...") voices the principal's position in the turn's own words."""
        root = sent.root
        if root.tag_ != "VBD" or not is_speech_verb(root) or negated(root) or self.quote_at(root.idx) is not None:
            return False
        subj = subject_of(root)
        return subj is not None and subj.lower_ not in ("i", "we", "you", "it", "this", "that") \
            and subj.tag_ != "EX" and bool(content_tokens(root))

    def _author(self) -> str | None:
        """Who signs a piece written in the first person: a byline near its top ("By X, former minister",
        "OPINION | X") or a closing one-line note on the author ("X was ambassador to Y until 2070.")."""
        if self._signed is None:
            self._signed = self._byline() or self._author_note() or ""
        return self._signed or None

    def _byline(self) -> str | None:
        """The person a byline near the top names ("By X, ...", or a header line that is only a name)."""
        for m in _BYLINE.finditer(self.text, 0, min(len(self.text), BYLINE_REACH)):
            name = _SIGNATURE.match(m.group(1))
            if name is None or not (m.group(0).lstrip().startswith("By") or not m.group(1)[name.end():].strip()):
                continue
            if (key := self._signer(m.start(1), m.start(1) + name.end())) is not None:
                return key
        return None

    def _author_note(self) -> str | None:
        """"X was the Netherlands' ambassador to Y until 2070.": a closing line on who wrote the piece."""
        note = self.sents[-1] if self.sents else None
        if note is None or note.root.lemma_ != "be" or len(note) > AUTHOR_NOTE_WORDS \
                or not self.text[:note.start_char].rstrip(" \t").endswith("\n"):
            return None
        if not any(c.dep_ == "attr" and is_title(c.lemma_.lower()) for c in note.root.children):
            return None
        name = _SIGNATURE.match(self.text, note.start_char)
        subj = subject_of(note.root)
        if name is None or subj is None or not note.start_char <= subj.idx < name.end():
            return None
        return self._signer(note.start_char, name.end())

    def _signer(self, a: int, b: int) -> str | None:
        """The person named at [a, b): the actors' own mention, else a new one for the signed name."""
        people = [m for m in self.actors.in_span(a, b, partial=True) if m.type == "person" and m.kind == "name"]
        if people:
            return people[0].key
        if self.actors.in_span(a, b, partial=True):
            return None  # a state or body's name, not a signature
        name = " ".join(self.text[a:b].split())
        if any(is_title(w.lower()) for w in name.split()):
            return None
        key = person_key(name)
        self.actors.add(ActorMention(a, b, self.text[a:b], key, name, "person", "name"), alias=name)
        return key

    def _label_aside(self, turn) -> str | None:
        """The person a label's parenthesis names ("SPOKESPERSON (Mme X):"): the one who speaks, not the office."""
        end = turn.parts[0][0] if turn.parts else turn.label[1]
        aside = self.text[turn.label[1]:end]
        if "(" not in aside:
            return None
        start = turn.label[1] + aside.index("(")
        people = [m for m in self.actors.in_span(start, end) if m.type == "person" and m.kind != "unnamed"]
        return people[0].key if people else None

    def _headline_quote(self) -> None:
        """A tabloid headline's opening quotation ("'WE WILL NOT BACK DOWN' Ottawa fires back") is its subject's."""
        start = len(self.text) - len(self.text.lstrip())
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        qi = next((i for i, q in enumerate(self.quotes) if q.start == start and q.end < end), None)
        if qi is None or qi in self.used or len(self.text[self.quotes[qi].end:end].split()) < 2:
            return
        if not self.text[end:].strip() and not self.text[self.quotes[qi].end:end].lstrip().startswith(_DASHES):
            return  # a headline stands above a story, or sets its speaker off with a dash
        if self.text[:self.quotes[qi].inner()[1]].rstrip().endswith(","):
            return  # "'...,' X said": an ordinary attribution
        words = " ".join(self.quotes[qi].text(self.text).lower().split()).strip(" .!?")
        if len(words) < 4:
            return
        if words in " ".join(self.text[end:].lower().split()):
            self.used.add(qi)  # the story quotes the words itself: that is where they are attributed
            return
        self._possessed_surname(self.quotes[qi].end, end)
        rest = self.actors.in_span(self.quotes[qi].end, end)
        people = [m for m in rest if m.type == "person" and m.kind != "unnamed"]
        subjects = [m for m in rest if (tok := self._token_at(m.start)) is not None and tok.dep_ in ("nsubj", "poss")]
        speaker = (people or subjects or [None])[0]
        if speaker is not None:
            self._speech(speaker.key, *self.quotes[qi].inner())

    def _titled_name(self, verb) -> bool:
        """"Minister of Energy and Water Resources Ahmed Yusuf said": a speech verb's subject of two or more
        capitalised words after a title, that the NER left unnamed, is a person (True when one was added)."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "PROPN"), None)
        if subj is None or self.actors.at(subj.idx, subj.idx + len(subj)) is not None:
            return False
        run = [subj]
        for tok in reversed(subj.doc[max(subj.left_edge.i, subj.i - NAME_WORDS):subj.i]):
            if tok.dep_ != "compound" or tok.head.i != subj.i or tok.pos_ != "PROPN" or not _name_word(tok):
                break
            run.insert(0, tok)
        before = subj.doc[run[0].i - 1] if run[0].i > subj.left_edge.i else None
        if len(run) < 2 or not _name_word(subj) or before is None or not before.text[:1].isupper() \
                or not (is_title(subj.left_edge.text) or is_title(before.text)) \
                or self.actors.in_span(run[0].idx, subj.idx + len(subj)):
            return False
        name = " ".join(t.text for t in run)
        self.actors.add(ActorMention(run[0].idx, subj.idx + len(subj), name, person_key(name), name, "person", "name"),
                        alias=name)
        return True

    def _possessed_surname(self, a: int, b: int) -> None:
        """"Canada's Carney rejects ...": a headline's subject that a state owns and that can only be a surname is
        a person, though the finder knew no such name."""
        span = self.sdoc.char_span(a, b, alignment_mode="contract")
        for tok in span if span is not None else ():
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and self.actors.at(tok.idx, tok.idx + len(tok)) is None \
                    and any(c.dep_ == "poss" and self.actors.at(c.idx, c.idx + len(c)) is not None for c in tok.children) \
                    and bare_surname(tok.text):
                self.actors.add(ActorMention(tok.idx, tok.idx + len(tok), tok.text, person_key(tok.text), tok.text,
                                             "person", "surname"), alias=tok.text)

    def _headline_surname(self) -> None:
        """"Erdogan says Turkey ready to host talks": a headline's lone subject of a speech verb that can only be a
        surname is a person, though the finder knew no such name (a headline has no full stop)."""
        end = self.text.find("\n")
        end = len(self.text) if end < 0 else end
        if self.text[:end].rstrip().endswith((".", "?", "!")):
            return
        span = self.sdoc.char_span(0, end, alignment_mode="contract")
        for tok in span if span is not None else ():
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and is_speech_verb(tok.head) and tok.n_lefts == 0 \
                    and self.actors.at(tok.idx, tok.idx + len(tok)) is None and bare_surname(tok.text):
                self.actors.add(ActorMention(tok.idx, tok.idx + len(tok), tok.text, person_key(tok.text), tok.text,
                                             "person", "surname"), alias=tok.text)

    def _token_at(self, pos: int):
        """The parse token starting at a character offset, if one does."""
        span = self.sdoc.char_span(pos, pos + 1, alignment_mode="expand")
        return span.root if span is not None else None

    def _occasion_day(self, speaker: str, header_end: int) -> tuple[Timex | None, date | None]:
        """An interview's answers were given on the day its introduction dates ("spoke to us on Monday")."""
        for m in reversed(self.actors.in_span(0, header_end)):
            if m.key != speaker:
                continue
            sent = self.sents[self.sent_of(m.start)]
            tx, day = climb_day(sent.root, self.timexes, self.doc.published, set())
            if day is not None:
                return tx, day
        if (note := self._closing_note) is not None:  # "The interview was conducted in Vienna on Friday."
            tx, day = climb_day(self.sents[self.sent_of(note[0])].root, self.timexes, self.doc.published, set())
            if day is not None:
                return tx, day
        return None, self.doc.published

    def _stance(self, a: int, b: int) -> bool:
        """True when the words in [a, b) take a position (a refusal, a condition, a modal: "No talks until X returns
        the crews") rather than report what happened ("Drones hit the grid overnight")."""
        span = self.sdoc.char_span(a, b, alignment_mode="expand")
        return span is not None and any(t.tag_ == "MD" or t.dep_ == "neg" or t.lower_ in _STANCE_WORDS for t in span)

    def _has_verb(self, a: int, b: int) -> bool:
        """True when [a, b) holds a verb: a clause ("X told parliament on Monday"), not a headline's speaker."""
        span = self.sdoc.char_span(a, b, alignment_mode="expand")
        return span is None or any(t.pos_ in ("VERB", "AUX") and t.lower_ not in ("'s", "\u2019s") for t in span)  # "WHO's X"

    def _interviewee(self, header_end: int) -> str | None:
        """Who answers an interview's "A:": the last person the introduction names, else the first one a closing
        note in brackets names ("(Foreign Minister X was speaking to our correspondent.)")."""
        people = [m for m in self.actors.in_span(0, header_end) if m.type == "person" and m.kind != "pronoun"
                  and not _medium(self.text, m.start, m.end)]
        named = [m for m in people if m.kind in ("name", "surname")] or people
        if named:
            return named[-1].key
        body = self.text.rstrip()
        start = body.rfind("\n") + 1
        if len(body) - start > _NOTE_CHARS:
            return None
        noted = [m for m in self.actors.in_span(start, len(body)) if m.type == "person" and m.kind in ("name", "surname")]
        if body.endswith(")") and body[start:].lstrip().startswith("("):
            return noted[0].key if noted else None
        first = noted[0] if noted else None  # "X is Ghana's foreign minister. She spoke to us in Accra.": the closing
        # line on whom the interview was with opens on their name
        return first.key if first is not None and first.start == start and _BIO_IS.match(self.text, first.end) else None

    def _speech(self, speaker: str, a: int, b: int, own: bool = False, when: tuple = (None, None),
                salient: bool = True) -> None:
        """One unquoted stretch of a speaker's words, dated by when or publication (own: nobody else speaks in it)."""
        if a >= b or any(x < b and a < y for x, y in self.spoken):
            return
        inside = [i for i, q in enumerate(self.quotes) if q.start < b and a < q.end]
        if own:
            self.spoken.append((a, b))
        self.used.update(inside)
        self._add(Draft(speaker, [(a, b)], True, when[0], when[1] or self.doc.published, self.para_of(a),
                        self.sent_of(a), None, inside), salient)

    def _in_speech(self, pos: int) -> bool:
        """True inside a stretch already given to a labelled speaker."""
        return any(a <= pos < b for a, b in self.spoken)

    def _lead(self, verb, no: int) -> None:
        """"X provided the following readout:": the next paragraph is X's."""
        speaker = self._speaker(verb, no)
        colon = next((t for t in verb.sent if t.i > verb.i and t.text == ":"), verb.sent[-1])
        para = self.para_of(colon.idx) + 1
        while speaker is not None and para < len(self.paras):
            a = self.paras[para]
            b = self._para_end(para)
            if self.text[a:b].strip():
                # the readout's narrator is not who "the secretary" or "they" in it point back to
                a += len(self.text[a:b]) - len(self.text[a:b].lstrip())
                tx, day = self._day(verb, set())  # "released the following statement on Monday:": that day
                self._speech(speaker, a, self._lead_end(a), when=(tx, day), salient=False)
                return
            para += 1

    def _lead_end(self, a: int) -> int:
        """A release's lead is its first sentence: what follows reports others' words in their own right."""
        no, para_end = self.sent_of(a), self._para_end(self.para_of(a))
        while no + 1 < len(self.sents) and self.sents[no + 1].start_char < para_end and _cut_short(self.sents[no]):
            no += 1  # "U.S. | Secretary of State ...": the parser's break after an abbreviation
        return len(self.text[:min(self.sents[no].end_char, para_end)].rstrip())

    # -- reported speech ---------------------------------------------------------------------
    def _indirect(self, sent, no: int) -> None:
        """Reported clauses of speech verbs and "according to" phrases in one sentence."""
        openers = self._openers()
        for i in openers[bisect_left(openers, sent.start):bisect_left(openers, sent.end)]:
            tok = self.sdoc[i]
            if self.quote_at(tok.idx) is not None or self._in_speech(tok.idx):
                continue
            if readout_lead(tok):
                self._lead(tok, no)
            elif (is_speech_verb(tok) or threat(tok) and self._on_occasion(tok)) and not negated(tok) \
                    and not prospective(tok):
                self._reported(tok, no)
            elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                self._according(tok, sent, no)

    def _openers(self) -> list[int]:
        """The words that may open a report (verbs, lead verbs, "according"), read once from the columns."""
        if self._opener_ids is None:
            pos, lemmas, lower = (token_strings(self.sdoc, a) for a in ("POS", "LEMMA", "LOWER"))
            leads = {lemma for lemma in set(lemmas) if lead_lemma(lemma)}  # each distinct lemma asked once
            self._opener_ids = [i for i, (p, lemma, w) in enumerate(zip(pos, lemmas, lower))
                                if p == "VERB" or w == "according" or lemma in leads]
        return self._opener_ids

    def _reported(self, verb, no: int) -> None:
        """One reported clause, or a direct quotation when the clause is (almost) all quoted."""
        if verb.lemma_.lower() in DESCRIBE_VERBS and any(c.lower_ == "what" for c in verb.children):
            a, b = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
            self.used.update(i for i, q in enumerate(self.quotes) if a <= q.start < b)
            return  # "over what she called a campaign of intimidation": a naming aside in the story's own words
        if any(not d.direct and d.sent_no == no and any(x <= verb.idx < y for x, y in d.parts) for d in self.drafts):
            return  # "She said Ankara had conveyed the deadline to X": a report inside reported words is theirs
        label = self._quoted_label(verb)
        if label is not None:  # "called the drills 'a provocation'", "blasted X as 'reckless'": the quoted words
            speaker = self._speaker(verb, min(no, self.sent_of(self.quotes[label].start)))
            if speaker is not None:
                self._direct_from(verb, [label], speaker, no, split=False)
            return
        para = self.para_of(verb.idx)
        opening = dateline_end(self.text, verb.idx)
        low = max(self.paras[para], opening)  # the paragraph's words from the dateline's end on
        high = self.paras[para + 1] if para + 1 < len(self.paras) else len(self.text) + 1
        tokens = [t for t in content_tokens(verb) if low <= t.idx < high]
        lead = leading_time(tokens)  # "said on Friday it would...": the date is the verb's
        lead, tokens = tokens[:lead], tokens[lead:]
        tokens = glued_subject(verb, tokens[:narrator_tail(tokens)]) if tokens else tokens
        if (cut := _occasion_tail(tokens)) is not None:  # "..., speaking to reporters on Monday": the occasion
            lead, tokens = lead + tokens[cut + 1:], tokens[:cut]  # of the saying, not its words, and its day
        if tokens and (held := swallowed_subject(verb)) is not None and held in tokens:
            tokens = [t for t in tokens if t.i < held.left_edge.i - 1]  # "..., a spokesperson for X said": the
            # speaker the parser put inside the words is no part of them
        if not tokens:
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        end = self._extend_to_quote(end)
        overlapping = [i for i, q in enumerate(self.quotes) if q.start < end and start < q.end]
        if any(i in self.used for i in overlapping):
            return
        (starts, ends), punct = char_offsets(self.sdoc), token_columns(self.sdoc).punct  # no Token attribute read
        ids = [t.i for t in tokens]
        inside = sum(ends[i] - starts[i] for i in ids if self.quote_at(starts[i]) is not None)
        first = min([start] + [self.quotes[i].start for i in overlapping])
        speaker = self._speaker(verb, min(no, self.sent_of(first)))
        if speaker is None and self._titled_name(verb):
            speaker = self._speaker(verb, min(no, self.sent_of(first)))
        if speaker is None or (verb.dep_ == "relcl" or verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl")) and any(
                d.speaker == speaker and a <= verb.idx < b for d in self.drafts for a, b in d.parts):
            return  # "demanded that X leave Y, which he described as Z", "urged X to press Y to Z": his own words
        if inside >= DIRECT_SHARE * sum(ends[i] - starts[i] for i in ids if not punct[i]) \
                and self.quote_at(starts[next(i for i in ids if not punct[i])]) is not None:
            self._direct_from(verb, overlapping, speaker, no)
            return
        tx, day = self._day(verb, set(ids), lead)
        parts = [(start, end)]
        if parenthetical(verb):  # "The talks, he said, would resume": the words either side of the aside
            doc, (left, right) = verb.doc, aside_edges(verb)
            parts = [(start, doc[left - 1].idx), (doc[right + 2].idx, end)]
        self._add(Draft(speaker, parts, False, tx, day, para, no, verb.i, overlapping))
        self.used.update(overlapping)

    def _quoted_label(self, verb) -> int | None:
        """The quotation that is all of a speech verb's "as" phrase or object complement, if one is."""
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        for child in verb.children:
            second = child.dep_ == "dobj" and verb.lemma_.lower() in DESCRIBE_VERBS and objects[:1] != [child]
            if child.i < verb.i or not (second or child.dep_ == "oprd" or (child.dep_ == "prep" and child.lower_ == "as")):
                continue  # "called it 'an assault'" has the label as a second object
            head = next((o for o in child.children if not o.is_punct), None) if child.dep_ == "prep" else child
            words = [t for t in child.subtree if not t.is_punct and t is not child] if child.dep_ == "prep" \
                else [t for t in child.subtree if not t.is_punct]
            if head is None or not words:
                continue
            qi = self.quote_at(head.idx)
            # "described the summit as 'important' for peace" reports more than the quote; "what she called 'X'" not
            loose = not objects or objects[0].tag_ in ("WP", "WDT")
            inside = [self.quote_at(t.idx) == qi for t in words]
            if False in inside and words[inside.index(False)].dep_ == "prep" \
                    and words[inside.index(False)].lower_ in _OCCASION_PREPS and not any(inside[inside.index(False):]):
                inside = inside[:inside.index(False)]  # "as 'a talking shop' in a post on Telegram": where, not what
            if qi is not None and qi not in self.used and inside[0] and (loose or all(inside)):
                return qi
        found = self._label_on_object(verb, objects[:1])
        return found if found is not None else self._label_first(verb)

    def _label_first(self, verb) -> int | None:
        """"Dismissed as 'baseless' allegations that ...": a short quoted label right after "as", before its object."""
        if verb.lemma_.lower() not in LABELLING and verb.lemma_.lower() not in DESCRIBE_VERBS:
            return None
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1), None)
        after = next((t for t in verb.doc[verb.i + 2:verb.i + 4] if not t.is_punct), None) if as_ is not None else None
        qi = self.quote_at(after.idx) if after is not None else None
        if qi is None or qi in self.used or self.quotes[qi].start < as_.idx:
            return None
        words = [t for t in verb.doc[after.i:verb.i + 4 + LABEL_WORDS] if self.quote_at(t.idx) == qi and not t.is_punct]
        if not words or len(words) > LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            return None
        return qi

    def _label_on_object(self, verb, objects: list) -> int | None:
        """"Rejected the claims as 'absurd'", "called the plan 'reckless'": a quoted label the parser hung on
        the object rather than on the verb, that closes the object phrase."""
        if not objects or (verb.lemma_.lower() not in DESCRIBE_VERBS and verb.lemma_.lower() not in LABELLING):
            return None
        obj = objects[0]
        tree = sorted(obj.subtree, key=lambda t: t.i)
        words = [t for t in tree if not t.is_punct]
        while len(words) > 1 and self.quote_at(words[-1].idx) is None and words[-1].ent_type_ in ("DATE", "TIME"):
            words = words[:words.index(words[-1].head)] if words[-1].head in words else words[:-1]
        qi = self.quote_at(words[-1].idx) if words else None
        if qi is None or qi in self.used or self.quote_at(obj.idx) is not None:
            return None
        quoted = [t for t in words if self.quote_at(t.idx) == qi]
        if any(t.pos_ in ("VERB", "AUX") for t in quoted) or len(quoted) > LABEL_WORDS:
            return None  # a clause in quotation marks is not a label
        if verb.lemma_.lower() in LABELLING:  # "rejected X as 'Y'": only an "as" phrase names the label
            as_ = next((t for t in tree if t.lower_ == "as" and t.dep_ == "prep"), None)
            if as_ is None or quoted[0].i < as_.i:
                return None
        return qi

    def _extend_to_quote(self, end: int) -> int:
        """A quotation that starts right where a reported clause stops belongs to it."""
        for q in self.quotes:
            if end <= q.start <= end + 2 and not self.text[end:q.start].strip():
                return q.end
        return end

    def _according(self, tok, sent, no: int) -> None:
        """"According to X, ...": the rest of the sentence is X's reported clause."""
        to = next(c for c in tok.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        speaker = self.speakers.key(obj, no) if obj is not None else None
        if speaker is None:
            return
        skip = set(subtree_ids(tok))
        comma = next((t for t in tok.subtree if t.i > obj.i and t.text == ","), None)
        if comma is not None and tok.i < obj.i:  # "According to X, Y and Z are...": the phrase ends at its comma
            skip = {i for i in skip if i <= comma.i}
        opening = dateline_end(self.text, tok.idx)
        tokens = [t for t in sent if t.i not in skip and not t.is_space and t.idx >= opening]
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3:
            return
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if any(a < end and start < b for d in self.drafts for a, b in d.parts):
            return  # "X announced Y, according to a statement": the report is already X's
        inside = [i for i, q in enumerate(self.quotes) if start <= q.start < end]
        pub = self.doc.published
        self._add(Draft(speaker, [(start, end)], False, None, pub, self.para_of(start), no, None, inside))
        self.used.update(inside)

    # -- bookkeeping ---------------------------------------------------------------------------
    def _add(self, draft: Draft, salient: bool = True) -> None:
        """Keep a draft (dated by its speaker's last dated words when it has no day) and note its speaker."""
        if draft.verb_i is not None and self._fictional(self.sdoc[draft.verb_i]):
            self.used.update(draft.quotes)  # a character's line, and no one else's either
            return
        if draft.time is None and (carried := self.days.carried(draft.speaker, draft.para, draft.verb_i)) is not None:
            draft.time, draft.said_on = carried
        self.days.note(draft.speaker, draft.para, draft.time, draft.said_on)
        self.drafts.append(draft)
        if salient and self._is_person(draft.speaker):
            self.salience.note(draft.sent_no, draft.speaker, draft.parts[-1][1])

    def _fictional(self, verb) -> bool:
        """True for words set in a work of fiction or a song ("In the novel's last chapter, the general tells his
        aide, ..."): a fronted setting naming one, in the verb's sentence or the one before it in its paragraph."""
        no = self.sent_of(verb.idx)
        sents = [self.sents[no]] + ([self.sents[no - 1]] if no > 0 and self.para_of(self.sents[no - 1].start_char)
                                    == self.para_of(verb.idx) else [])
        for sent in sents:
            root = verb if sent is self.sents[no] else sent.root
            pos, lemmas = token_strings(self.sdoc, "POS"), token_strings(self.sdoc, "LEMMA")
            for tok in (self.sdoc[i] for i in range(sent.start, min(sent.end, root.i + 1))  # columns first
                        if pos[i] == "NOUN" and lemmas[i].lower() in FICTION_NOUNS):
                if self.quote_at(tok.idx) is not None:
                    continue
                frame = tok.head if tok.dep_ in ("poss", "pobj") and tok.head.lemma_.lower() in _WORK_PARTS else tok
                if frame.dep_ == "pobj" and frame.head.dep_ == "prep" and frame.head.head.lemma_.lower() in _WORK_PARTS:
                    frame = frame.head.head  # "near the end of the novel"
                if frame.dep_ == "pobj" and frame.head.dep_ == "prep" and frame.head.head in (root, sent.root):
                    return True
        return False

    def _operative(self) -> None:
        """A communiqué's or resolution's numbered operative paragraphs ("1. Condemns ...;", "2. Calls on ..."): each
        the words of the body its preamble opens with ("The Peace and Security Council of X, at its meeting ...,")."""
        if "1." not in self.text and "1)" not in self.text and "(a)" not in self.text:
            return  # (no numbered paragraph: most documents)
        paras = [m for m in _OPERATIVE.finditer(self.text) if m.group(2).lower() in _OPERATIVE_VERBS]
        if len(paras) < 2:
            return
        first = paras[0].start()
        body = next((m for m in self.actors.in_span(max(0, first - PREAMBLE_CHARS), first)
                     if m.type in ("organization", "state") and _opens_preamble(self.text, self.paras[self.para_of(m.start)],
                                                                               m.start)), None)
        if body is None:
            return
        preamble = self.sents[self.sent_of(body.start)]
        tx = timex_among([t.i for t in preamble], self.timexes, self.sdoc)
        day = resolve_day(tx, self.doc.published, "past") if tx is not None else None
        for m in paras:
            a, b = m.end(), m.end() + len(self.text[m.end():].split("\n", 1)[0])
            b = len(self.text[:b].rstrip(" \t;.,"))
            if m.group(2).lower() == "calls" and self.text.startswith("on ", a):
                a += 3  # "Calls on X to ...": X to ...
            if len(self.text[a:b].split()) >= 3 and not self._in_speech(a):
                self.spoken.append((a, b))
                self._add(Draft(body.key, [(a, b)], False, tx if day else None, day or self.doc.published,
                                self.para_of(a), self.sent_of(a), None, []))

    def _body_before(self, pos: int, sent_no: int) -> str | None:
        """The body (not a person) that spoke last, within a sentence or two before pos: whom "it" continues."""
        last = next((d for d in reversed(self.drafts) if d.parts[0][0] < pos), None)
        if last is None or last.sent_no < sent_no - IT_SENTENCES or self._is_person(last.speaker):
            return None
        return last.speaker

    def _is_person(self, key: str) -> bool:
        """True for an actor key this document knows as a person (or a body that spoke through one)."""
        return key in self.speakers.voices or any(m.type == "person" for m in self.actors.by_key(key)[:1])

    def _note_subjects(self, sent, no: int) -> None:
        """Remember people who are subjects outside quotations (or head a verbless line), for later pronouns."""
        pos, dep = token_strings(self.sdoc, "POS"), token_strings(self.sdoc, "DEP")
        for i in range(sent.start, sent.end):
            if pos[i] not in ("NOUN", "PROPN") or dep[i] not in ("nsubj", "nsubjpass", "ROOT"):
                continue
            tok = self.sdoc[i]
            if self.quote_at(tok.idx) is not None or readout_lead(tok.head):
                continue  # the narrator of "X provided the following readout:" is not whom "he" points back to
            beside = [c for c in tok.children if c.dep_ == "appos"]
            # "The EU's envoy, the Dutch diplomat X, ended": a name in apposition to the appositive
            beside += [g for c in beside for g in c.children if g.dep_ == "appos" and g.pos_ == "PROPN"]
            # "Head of State X addressed ...": the parser made the office the subject and the name its "of" phrase
            beside += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                       if o.dep_ == "pobj" and o.pos_ == "PROPN" and is_title(tok.text)
                       and (m := self.actors.at(o.idx, o.idx + len(o))) is not None and m.type == "person"]
            named = any((m := self.actors.at(c.idx, c.idx + len(c))) is not None and m.type == "person"
                        for c in beside)
            for head in [tok] + beside:  # "The UN envoy, X, offered"
                mention = self.actors.at(head.idx, head.idx + len(head))
                if mention is None and self._office_holder(head) and not named:  # "Jordan's foreign minister received ...; he"
                    self.salience.note(no, f"{PENDING}{head.i}", tok.idx)
                    break
                if mention is None:
                    continue
                if mention.type == "person":
                    self.salience.note(no, mention.key, tok.idx)
                    self.speakers.described(mention.key, head)
                    if head is not tok and tok.lemma_.lower() in SPEAKER_TITLES:
                        self.speakers.titled(mention.key, tok)  # "the envoy" later is X
                self.days.note_subject(tok, mention.key, self.para_of(tok.idx))
                break

    @staticmethod
    def _office_holder(tok) -> bool:
        """"Jordan's foreign minister", "the Kenyan president", "the foreign ministers of A and B": office-holders
        described by office and body."""
        return tok.lemma_.lower() in SPEAKER_TITLES and tok.tag_ in ("NN", "NNP", "NNS", "NNPS") \
            and any(c.dep_ in ("poss", "amod", "compound") or (c.dep_ == "prep" and c.lower_ == "of")
                    for c in tok.children)

    def _unmarked(self, a: int, b: int, indexes: list[int]) -> str:
        """Text of [a, b) without the marks of the quotations inside it."""
        marks = sorted({p for i in indexes for p in (self.quotes[i].start, self.quotes[i].end - 1) if a <= p < b})
        cuts = [a - 1, *marks, b]  # the text between one mark and the next, each mark left out
        text = "".join(self.text[x + 1:y] for x, y in zip(cuts, cuts[1:]))
        for mark in _QUOTE_MARKS:
            text = text.replace(mark, "")
        return text

    def _record(self, d: Draft) -> Statement:
        """The frozen statement for a draft, with absolute mention offsets."""
        base, did = self.doc.base, self.doc.id
        text = join_parts([clean(self._unmarked(a, b, d.quotes)) for a, b in d.parts])
        mentions = tuple(Mention(did, base + a, base + b, self.text[a:b]) for a, b in d.parts)
        about = [m.key for a, b in d.parts for m in self.actors.in_span(a, b) if m.key != d.speaker]
        digest = hashlib.sha1(f"{did}:{d.parts[0][0]}".encode()).hexdigest()[:12]
        return Statement(key=f"statement:{digest}", speaker=d.speaker, quote=clean(text), direct=d.direct,
                         doc_id=did, time=d.time, said_on=d.said_on, about=tuple(dict.fromkeys(about)),
                         mentions=mentions)


def _medium(text: str, start: int, end: int) -> bool:
    """A name the tagger took for a person that is the outlet spoken to ("spoke to Cadena Ser's morning programme",
    "told Al-Mamlaka television"): the interviewer's side, never the one who answers."""
    return text[max(0, start - _MEDIUM_REACH):start].rstrip().lower().endswith(_SPOKEN_TO) \
        or _MEDIUM_AFTER.match(text, end) is not None


_MEDIUM_REACH = 20  # characters before a name read for "spoke to"
_SPOKEN_TO = ("spoke to", "spoke with", "talked to", "told", "interview with", "speaking to")
_MEDIUM_AFTER = re.compile(r"(?:'s|\u2019s)?(?: [a-z]+){0,2} (?:programme|program|show|television|tv|radio|"
                           r"newspaper|channel|podcast|broadcaster)\b", re.I)
_BIO_IS = re.compile(r"[ \t]+(?:is|was|serves as)[ \t]")  # a closing line telling who the interviewee is
_NOTE_CHARS = 300  # how long a closing note on who was interviewed ("(X spoke to ...)") may run
