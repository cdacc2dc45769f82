"""The day of a statement whose verb carries none: the speaker's last dated words nearby, or its occasion."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from diplograph.extract.base import DocActors
from diplograph.extract.when import climb_day, day_of, plain_present
from diplograph.records import Timex

CARRY_PARAGRAPHS = 2  # paragraphs over which a speaker's last date still holds
_OCCASION_NOUNS = frozenset("meeting talks summit call visit session ceremony signing conversation".split())


class DayCarry:
    """Remembers, per actor, the last day they were reported saying or doing something."""

    def __init__(self, actors: DocActors, timexes: list[Timex], published: date | None,
                 quoted: Callable[[int], bool] = lambda pos: False):
        self.actors, self.timexes, self.published = actors, timexes, published
        self.quoted = quoted  # whether a character offset is inside quotation marks: the words said, not their day
        self.last: dict[str, tuple[int, Timex | None, date]] = {}
        self.acts: dict[str, list[tuple[int, object]]] = {}  # subjects' verbs noted after key's last dated words

    def note(self, key: str, para: int, time: Timex | None, day: date | None) -> None:
        """Record a dated statement or act of one actor."""
        if day is not None and time is not None:
            self.last[key] = (para, time, day)
            self.acts.pop(key, None)  # its acts noted before these words no longer count

    def carried(self, key: str, para: int, own: int | None = None) -> tuple[Timex | None, date] | None:
        """The day an undated statement of key in paragraph para inherits, if any (own: the statement's verb; a plain
        present is the day of writing, whatever its object's day: "condemns the attack on X on 7 May")."""
        for who in [key] + self._bodies(key):
            self._date_acts(who, own)
            found = self.last.get(who)
            if found is not None and 0 <= para - found[0] <= CARRY_PARAGRAPHS:
                return found[1], found[2]
        return None

    def _bodies(self, key: str) -> list[str]:
        """The bodies or states a person speaks for in this article ("AU Commission spokesperson X")."""
        return [of for _, of in self.actors.roles_of(key) if of]

    def note_subject(self, subject, key: str, para: int) -> None:
        """A dated act of a subject ("X offered on Tuesday to mediate") dates what X says next."""
        verb = subject_verb(subject)
        if verb is not None:  # dated only when an undated statement asks (most are never asked about)
            self.acts.setdefault(key, []).append((para, verb))

    def _date_acts(self, key: str, own: int | None = None) -> None:
        """The latest of key's noted acts that has a day becomes its last dated one, as if dated when noted."""
        for para, verb in reversed(self.acts.pop(key, ())):
            if verb.i == own and plain_present(verb):
                continue
            time, day = climb_day(verb, self.timexes, self.published, set())
            if time is not None and time.value and day is not None and not self.quoted(time.start):
                self.last[key] = (para, time, day)
                return

    def occasion(self, verb) -> tuple[Timex | None, date | None]:
        """"X, who left on Wednesday, told reporters" -> Wednesday; "said after the meeting" -> its day."""
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        for rel in (c for c in (subj.children if subj is not None else ()) if c.dep_ == "relcl"):
            time, day = day_of(rel, self.timexes, self.published, "past")
            if time is not None and day is not None and len(time.value) == 10:
                return time, day
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")):
            noun = next((o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in _OCCASION_NOUNS), None)
            if noun is not None and any(c.lower_ in ("the", "that", "this") for c in noun.children):
                return self._antecedent_day(noun)
        return None, None

    def _antecedent_day(self, noun) -> tuple[Timex | None, date | None]:
        """The day of the last dated meeting mentioned before "the meeting" (within a few sentences)."""
        doc = noun.doc
        for tok in reversed(doc[max(0, noun.sent.start - 120):noun.sent.start]):
            if tok.lemma_.lower() in _OCCASION_NOUNS | {"meet"} and tok.pos_ in ("NOUN", "VERB"):
                time, day = climb_day(tok, self.timexes, self.published, set())
                if time is not None and day is not None:
                    return time, day
        return None, None


def subject_verb(subject):
    """The verb a subject's clause is about (for a verbless line, the participle hung on its noun)."""
    if subject.dep_ in ("nsubj", "nsubjpass"):
        return subject.head
    holders = [subject] + [c for c in subject.children if c.dep_ == "appos"]
    return next((c for h in holders for c in h.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
