"""Direct speech: the attribution of a quotation, split quotes, and quotations that go on with the same speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from diplograph.extract.clauses import (
    SUBJECT_DEPS,
    dateline_end,
    inverted_subject,
    is_speech_verb,
    negated,
    subject_of,
)
from diplograph.extract.statements.quotes import Quote
from diplograph.extract.statements.reporting import DESCRIBE_VERBS, SAYING_NOUNS
from diplograph.records import Timex

AFTER_WINDOW = 12  # tokens after a quotation searched for its attribution
SOURCE_SENTENCES = 3  # sentences after a quotation opening a paragraph that may name where it came from
# "It came from X", "The line was delivered by X": verbs that name a quotation's source, and the preposition
_SOURCE_VERBS = {"come": ("nsubj", "from"), "deliver": ("nsubjpass", "by"), "utter": ("nsubjpass", "by")}
_SOURCE_SUBJECTS = SAYING_NOUNS | frozenset("it this that line quote words".split())
# "X made that pledge on Sunday", "Y issued the warning": verbs whose subject voiced the saying noun they take
_VOICING_VERBS = frozenset("make issue deliver give voice sound offer".split())
_QUOTE_MARKS = "\u201c\u201d\u201e\u00ab\u00bb\""
_POINTING = frozenset("that this those these the such".split())


@dataclass(slots=True)
class Draft:
    """A statement being assembled: one speaker, one or more quoted or reported parts."""

    speaker: str
    parts: list[tuple[int, int]]
    direct: bool
    time: Timex | None
    said_on: date | None
    para: int
    sent_no: int
    verb_i: int | None = None
    quotes: list[int] = field(default_factory=list)


LEAD_REACH = 25  # words a colon's lead may take between its verb and the quotation ("hit back at ... on X on Saturday:")
_HAVING_VERBS = frozenset("have send deliver issue give offer".split())  # "had a message for Y:", "sent a warning"
_POSTING = frozenset("post tweet write".split())  # "posts on Facebook: '...'", "wrote on X: '...'"
_POSTED = frozenset("posts tweets writes".split())  # the same verbs in a live blog's present, which the tagger reads as nouns


def _colon_lead(tok) -> bool:
    """A verb that hands a colon's quotation to its subject without being a speech verb: "X posts on Facebook:",
    "He put it bluntly:"."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or negated(tok):
        return False
    if lemma in _POSTING:
        return True
    if lemma in _HAVING_VERBS:  # "She had a message for the neighbours:", "X had harsh words for Y:"
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in SAYING_NOUNS or c.lower_.rstrip("s") in SAYING_NOUNS)
                   for c in tok.children)
    return lemma == "put" and any(c.dep_ == "dobj" and c.lower_ in ("it", "this", "things") for c in tok.children)


class DirectSpeech:
    """Mixin of the statement finder: needs text, quotes, paras, used, drafts and the finder's helpers."""

    def _direct(self, qi: int, no: int) -> None:
        """Attribute one quotation: speech verb after it, before it, or the previous speaker's."""
        q = self.quotes[qi]
        if not q.text(self.text) or qi in self.used:
            return
        verb = self._verb_after(q)
        if verb is None:
            verb = self._verb_before(q) or self._verb_governing(q)
        if verb is not None:
            speaker = self._speaker(verb, min(no, self.sent_of(q.start)))
            if speaker is None:
                self.used.add(qi)
                return
            self._direct_from(verb, [qi], speaker, no)
            return
        back = self._owned_saying(q) or self._named_after(q) or self._came_from(q) or self._posted(q)
        if back is not None:
            anchor, who = back
            speaker = self.speakers.key(who, self.sent_of(anchor.idx))
            if speaker is not None:
                self._direct_from(anchor, [qi], speaker, no, split=False, lead=_main_clause(anchor.sent))
                return
        self._continuation(qi, no)

    def _named_after(self, q: Quote):
        """'"...". Those were the words of X', '"...". So said X': the next sentence names the speaker of a
        quotation standing alone; (the token dating it, the speaker's head token), else None."""
        span = self.sdoc.char_span(q.end, len(self.text), alignment_mode="expand")
        first = next((t for t in span if not t.is_space and not t.is_punct), None) if span is not None else None
        if first is None or self.quote_at(first.idx) is not None or self.text[q.end:first.idx].count("\n") > 2 \
                or self.text[q.end:first.idx].strip(" \t\n.\"\u201d\u2019'") or first.i > first.sent.start + 1:
            return None
        root = first.sent.root
        if first.lower_ in ("so", "thus") and is_speech_verb(root) and root.i <= first.i + 2:
            who = subject_of(root) or inverted_subject(root)  # "So said the minister", "Thus spoke X"
            return (root, who) if who is not None and who.i > root.i else None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in root.children if c.dep_ == "attr"
                     and (c.lemma_.lower() in SAYING_NOUNS or c.lower_.rstrip("s") in SAYING_NOUNS)), None)
        if attr is None and (owner := _those_of(root, subj)) is not None:
            return root, owner  # "The words were those of X": the saying noun is the subject
        if root.lemma_ != "be" or subj is None or subj.lower_ not in ("those", "these", "that", "this", "such") \
                or attr is None or attr.i < root.i:
            return None
        owner = next((c for c in attr.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None:  # "the words of X": X
            owner = next((o for p in attr.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                          for o in p.children if o.dep_ == "pobj"), None)  # "That was the message from X"
        return (attr, owner) if owner is not None else None

    def _owned_saying(self, q: Quote):
        """'His answer was blunt: "..."', 'The ministry's reply was swift: "..."': a saying noun whose owner is
        the subject of the clause the colon closes; (the noun, the owner's head token), else None."""
        start = self.paras[self.para_of(q.start)]
        if not self.text[start:q.start].rstrip().endswith(":"):
            return None
        span = self.sdoc.char_span(start, q.start, alignment_mode="contract")
        for tok in reversed(list(span)[-15:] if span is not None else []):
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in SAYING_NOUNS:
                owner = next((c for c in tok.children if c.dep_ == "poss"), None)
                return (tok, owner) if owner is not None else None
        return None

    def _posted(self, q: Quote):
        """A live blog's "X posts on Facebook: '...'", "Y tweets: '...'" with the verb tagged a noun ("posts"):
        (that word, the name right before it), else None."""
        head = self.text[self.paras[self.para_of(q.start)]:q.start].rstrip()
        if not head.endswith(":"):
            return None
        span = self.sdoc.char_span(self.paras[self.para_of(q.start)], q.start, alignment_mode="contract")
        for tok in reversed(list(span)[-6:] if span is not None else []):
            if tok.lower_ in _POSTED and tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN":
                name = tok.doc[tok.i - 1]
                m = self.actors.at(name.idx, name.idx + len(name))
                return (tok, name) if m is not None and m.type == "person" and m.end == name.idx + len(name) else None
        return None

    def _came_from(self, q: Quote):
        """'"...". The line drew applause. It came from X': a quotation opening its paragraph whose source a
        sentence soon after names ("it came from X", "the warning was delivered by X"); (verb, speaker's head)."""
        before = self.text[max(self.paras[self.para_of(q.start)], dateline_end(self.text, q.start)):q.start].strip()
        if before and (before[-1] not in ".!?" or any(m in before for m in _QUOTE_MARKS)):
            return None  # (a wire's dateline, a bulletin's opening line may stand before it: 'This is the news. "..."')
        no = self.sent_of(q.end - 1)
        for later in self.sents[no + 1:no + 1 + SOURCE_SENTENCES]:
            if any(a < later.end_char and later.start_char < b for a, b, _ in self._parts):
                return None  # another quotation comes first: the source named later is its
            root = later.root
            if (who := _voiced_by(root)) is not None and self.speakers.key(who, self.sent_of(who.idx)) is not None:
                return root, who
            dep, prep = _SOURCE_VERBS.get(root.lemma_.lower(), (None, None))
            subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            if dep is None or subj is None or subj.dep_ != dep \
                    or (subj.lower_ not in _SOURCE_SUBJECTS and subj.lemma_.lower() not in _SOURCE_SUBJECTS):
                continue
            who = next((o for c in root.children if c.dep_ in ("prep", "agent") and c.lower_ == prep
                        for o in c.children if o.dep_ == "pobj"), None)
            if who is None:
                continue
            # "from Y's minister, X" (the parser may hang the name set off after it on the subject instead)
            who = next((c for n in (who, subj) for c in n.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                        and c.i > who.i), who)
            if self.speakers.key(who, self.sent_of(who.idx)) is not None:  # "came from a podium": no one
                return root, who
        return None

    def _direct_from(self, verb, indexes: list[int], speaker: str, no: int, split: bool = True, lead: list = ()) -> None:
        """A direct statement from quotations attributed to one speech verb (split parts joined unless not split;
        lead: the words that date it, when not the verb's own)."""
        quotes = [self.quotes[i] for i in indexes]
        exclude = set().union(*(self._quote_token_ids(q) for q in quotes))
        tx, day = self._day(verb, exclude, [t for t in lead if t.i not in exclude])
        parts = [p for q in quotes for p in q.parts]
        draft = Draft(speaker, parts, True, tx, day, self.para_of(quotes[0].start), no, verb.i, list(indexes))
        self._add(draft)
        self.used.update(indexes)
        if split:
            self._absorb_split(draft, verb)

    def _quote_token_ids(self, q: Quote) -> set[int]:
        """Token indexes inside a quotation's marks."""
        span = self.sdoc.char_span(q.start, q.end, alignment_mode="expand")
        return set(range(span.start, span.end)) if span is not None else set()  # (no Token per word)

    def _verb_after(self, q: Quote):
        """The speech verb of a trailing attribution (", he said", ", said the minister")."""
        span = self.sdoc.char_span(q.end, len(self.text), alignment_mode="expand")
        if span is None:
            return None
        if self.text[:q.inner()[1]].rstrip().endswith(".") and span[:1].text[:1].isupper():
            return None  # '"Yes, absolutely." The spokesman said ...': a new sentence, not an attribution
        for n, tok in enumerate(span):
            if n >= AFTER_WINDOW or "\n" in tok.text or self.quote_at(tok.idx) is not None:
                return None
            if tok.idx >= q.end and tok.text in (".", "!", "?"):  # '...". X said': the next sentence's
                return None
            if is_speech_verb(tok):  # "X hit back: '...'" introduces words of its own
                return None if any(t.text == ":" for t in tok.doc[tok.i + 1:tok.i + 3]) else tok
            if _going_on(tok, span):  # "'...,' he continued", "'...,' she went on"
                return tok
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and n > 0:
                return None
        return None

    def _verb_before(self, q: Quote):
        """The speech verb of a leading attribution ("X said on Friday: ...")."""
        head = self.text[self.paras[self.para_of(q.start)]:q.start].rstrip()
        if not head or head[-1] not in ":,":
            if not head or head.split()[-1].lower() not in ("said", "says", "added", "adds", "told"):
                return None
        span = self.sdoc.char_span(self.paras[self.para_of(q.start)], q.start, alignment_mode="contract")
        if span is None:
            return None
        colon = head[-1] == ":"
        for tok in reversed(list(span)[-(LEAD_REACH if colon else 15):]):
            if self.quote_at(tok.idx) is not None or tok.text in (".", "!", "?"):
                return None  # "X was asked about Y. Her reply was short: '...'": the cue ends with its sentence
            if is_speech_verb(tok) and not negated(tok):
                return tok
            if colon and _colon_lead(tok):
                return tok
        return None

    def _verb_governing(self, q: Quote):
        """The speech verb whose object the quoted words are ("..., blaming 'radical groups'")."""
        a, b = q.inner()
        span = self.sdoc.char_span(a, b, alignment_mode="expand")
        if span is None:
            return None
        node, verb = span.root, span.root.head
        if node.dep_ != "dobj" or a <= verb.idx < b or verb.lemma_.lower() in DESCRIBE_VERBS:
            return None  # only the quotation that is all of the verb's object; "called X 'Y'" is a label
        return verb if is_speech_verb(verb) and not negated(verb) else None

    def _absorb_split(self, draft: Draft, verb) -> None:
        """“A,” he said, “B.” — the quotation right after the attribution continues the statement."""
        sent = verb.sent
        for qi, q in enumerate(self.quotes):
            if qi in self.used or q.start <= verb.idx or q.start >= sent.end_char:
                continue
            if self._verb_after(q) is not None or _closed(self.text[verb.idx:q.start]):
                return  # “A,” he said. “B.” — B starts a statement of its own
            draft.parts.extend(q.parts)
            draft.quotes.append(qi)
            self.used.add(qi)

    def _continuation(self, qi: int, no: int) -> None:
        """An unattributed quotation right after a direct statement goes on with the same speaker."""
        q = self.quotes[qi]
        last = self.drafts[-1] if self.drafts else None
        if last is None or not last.direct:
            return
        para = self.para_of(q.start)
        between = self.text[last.parts[-1][1]:q.start]
        if para == last.para and len(between.split()) <= 12:
            if _closed(between) and len(between.split()) > 1:  # “A,” X said. “B.”: the same speaker again
                self._add(Draft(last.speaker, list(q.parts), True, last.time, last.said_on, para, no, None, [qi]))
            else:
                last.parts.extend(q.parts)
                last.quotes.append(qi)
            self.used.add(qi)
        elif para == last.para + 1 or not self.text[self.paras[para - 1]:self.paras[para]].strip():
            starts_para = not self.text[self.paras[para]:q.start].strip()
            if starts_para and not self.text[q.end:self._para_end(para)].strip(" .,\u201d\"'"):
                self._add(Draft(last.speaker, list(q.parts), True, last.time, last.said_on, para, no, None, [qi]))
                self.used.add(qi)

    def _para_end(self, para: int) -> int:
        """Offset of the end of a paragraph."""
        return self.paras[para + 1] - 1 if para + 1 < len(self.paras) else len(self.text)


def _saying(tok) -> bool:
    """A saying noun pointed at ("the words", "that warning"), not one a phrase describes ("a warning to Y")."""
    return (tok.lemma_.lower() in SAYING_NOUNS or tok.lower_.rstrip("s") in SAYING_NOUNS) \
        and any(c.dep_ == "det" and c.lower_ in _POINTING for c in tok.children)


def _those_of(root, subj):
    """"The words were those of X", "The warning was that of Y": the owner the pointing word's "of" phrase names
    after a saying noun subject, else None."""
    if root.lemma_ != "be" or subj is None or not _saying(subj):
        return None
    other = next((c for c in root.children if c.dep_ == "attr" and c.lower_ in ("those", "that")), None)
    return next((o for p in (other.children if other is not None else ()) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), None)


def _voiced_by(root):
    """"X made that pledge", "Y issued the warning on Monday": the subject that voiced the words a pointing
    saying noun stands for (its head token), else None."""
    if root.lemma_.lower() not in _VOICING_VERBS:
        return None
    said = next((c for c in root.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SAYING_NOUNS), None)
    if said is None or not any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING for c in said.children):
        return None
    if said.dep_ == "nsubjpass":  # "The remarks were made by X"
        who = next((o for c in root.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    else:
        who = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return next((c for c in who.children if c.dep_ == "appos" and c.pos_ == "PROPN"), who) if who is not None else None


def _main_clause(sent) -> list:
    """The sentence's tokens outside its relative clauses ("..., which ends on Friday" dates nothing said)."""
    return [t for t in sent if not any(a.dep_ == "relcl" for a in (t, *t.ancestors))]


_GOING_ON = frozenset({"continue", "continued", "continues", "go", "went", "goes"})


def _going_on(tok, span) -> bool:
    """"He continued" or "she went on" right after a quotation's comma: the quotation's speaker goes on."""
    if tok.pos_ != "VERB" or tok.lower_ not in _GOING_ON or tok.i - span.start > 4:
        return False
    if tok.lower_ in ("go", "went", "goes") and not any(c.lower_ == "on" and c.i == tok.i + 1 for c in tok.children):
        return False
    follow = tok.doc[tok.i + 1:tok.i + 3] if tok.lower_.startswith("contin") else tok.doc[tok.i + 2:tok.i + 4]
    return not any(t.pos_ in ("NOUN", "PROPN", "VERB") or t.tag_ == "TO" for t in follow[:1])


def _closed(between: str) -> bool:
    """True when narration between two quotations ends a sentence ("..., he said. “")."""
    return bool(re.search(r"[.!?]$", between.strip(" \t\n\u201c\u201d\u00ab\u00bb\"'\u2018\u2019")))


def join_parts(parts: list[str]) -> str:
    """Quotation parts as one text: a part that opens a new sentence follows a full stop, not a bare space."""
    out = ""
    for part in (p for p in parts if p):
        if out and part[:1].isupper() and not part.startswith(("I ", "I'", "I\u2019")) and out[-1] not in ".!?\u2026":
            out = out.rstrip(",;:") + "."
        out = f"{out} {part}" if out else part
    return out
