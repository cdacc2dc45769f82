"""Parse-tree helpers for reported speech: the speech verb's subject, its reported clause, negation."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.symbols import VERB

from diplograph.extract.actors.columns import doc_text, span_text, subtree_ids, token_columns
from diplograph.extract.base import token_strings
from diplograph.extract.statements.reporting import (
    ACCUSING,
    ADDRESSING,
    CLAUSE_ONLY,
    CONDEMNING,
    DESCRIBE_VERBS,
    DIRECTIVE,
    OBJECT_CONTENT,
    ORDER_TAKERS,
    REFUSING,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    THREATS,
)
from diplograph.timex.patterns import MONTH

SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # a live blog's time stamp ("09:40")
CLOSING_MARKS = frozenset('"\u201d\u2019\u00bb\'')
# "CAIRO, March 4 (Reuters) - ", "NEW DELHI — ", "DOHA: ": the place line that opens a wire story.
_CAPS = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'\u2019.-]+"
# "ASTANA. April 9. KAZINFORM - ": a day after full stops, then the agency in capitals.
_STOPPED_DAY = rf"\.?[ \t]+{MONTH}[ \t]+\d{{1,2}}\.(?:[ \t]+{_CAPS}){{0,3}}"
# "DUSHANBE, 27.05.2026 /NIAT Khovar/ - ": a day in figures (day, month, year), then the agency in slashes.
_NUMERIC_DAY = r",[ \t]*\d{1,2}\.\d{1,2}\.(?:19|20|21)\d\d"
DATELINE = re.compile(rf"[ \t]*{_CAPS}(?:[ /]{_CAPS}){{0,3}}(?:,[ \t]*[A-Z][\w.]*(?:[ \t][\w.,]+){{0,5}}?|{_STOPPED_DAY}"
                      rf"|{_NUMERIC_DAY})?"
                      r"(?:,?[ \t]*(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/))?[ \t]*(?:[-\u2013\u2014:]|--)[ \t]+(?=\S)"
                      # "Addis Ababa, 6 May 2025 - ", "ABU DHABI, 14th March, 2025 (WAM) --": a place in any case
                      # is a dateline when a day follows it
                      rf"|[ \t]*[A-Z][\w'\u2019.-]+(?:[ \t][A-Z][\w'\u2019.-]+){{0,3}}"
                      rf"(?:,[ \t]*[A-Z][\w'\u2019.-]+(?:[ \t][A-Z][\w'\u2019.-]+){{0,2}})?,[ \t]*"  # "Washington, D.C.,"
                      rf"(?:{MONTH}[ \t]+\d{{1,2}}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{MONTH})(?:,?[ \t]+(?:19|20|21)\d\d)?"
                      r"(?:[ \t]*\([^()\n]{1,40}\)|,[ \t]*[A-Z]{2,12})?"  # "(Reuters)", ", SPA"
                      r"[ \t]*(?:[-\u2013\u2014:]|--)[ \t]+(?=\S)")  # a release's "Addis Ababa, 5 June 2026: The"


_QUOTING = frozenset("quote cite".split())  # "quoted / cited X as saying"
_MANDATIVE = frozenset({"demand"})  # speech only with a "that" clause of what must be done
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())
_WARNING = frozenset("warn caution".split())  # "warned Kyiv against escalation": the "against" phrase is the warning
_RETORTS = frozenset("hit fire shoot shot lash snap".split())  # "hit back:", "fired back", "lashed out"


def is_speech_verb(token) -> bool:
    """A verb (not an auxiliary or noun) whose lemma, or plain base form, introduces speech."""
    if token.pos != VERB:  # (the id: Token.pos_ looks its name up afresh, for every verb asked)
        return False
    said = _speech_words(token.lemma_, token.lower_)
    if said is None:  # a retort verb: speech only with its particle
        return any(c.lower_ in ("back", "out") and c.dep_ in ("prt", "advmod") for c in token.children)
    return said and not _discourse_marker(token)


_MARKER_HEADS = frozenset("needless suffice".split())  # "needless to say", "suffice it to say"


def _discourse_marker(token) -> bool:
    """"That said, ...", "needless to say ...", "that is to say": a connective with "say" in it, which no one says."""
    if token.lower_ not in ("say", "said"):
        return False
    if token.lower_ == "say":
        return token.head.lower_ in _MARKER_HEADS or (token.i >= 2 and token.nbor(-1).lower_ == "to"
                                                      and token.nbor(-2).lower_ in ("is", "so"))
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].text == "," and token.i >= 1 \
        and doc[token.i - 1].lower_ in ("that", "this") and (token.i == 1 or doc[token.i - 2].is_sent_start
                                                            or doc[token.i - 2].is_punct)


@lru_cache(maxsize=1 << 14)
def _speech_words(lemma: str, lower: str) -> bool | None:
    """is_speech_verb's answer from a verb's lemma and lower-case form (None: a retort, its particle decides);
    asked of every verb, and articles repeat their verbs."""
    lemma = lemma.lower()
    if lemma in SPEECH_VERBS:
        return True
    if lemma in _RETORTS:
        return None
    return any(base in SPEECH_VERBS for base in _bases(lower))


def _bases(word: str) -> list[str]:
    """Base forms of an inflected verb the lemmatiser got wrong ("raged" read as "rag")."""
    out = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + repl)
    return out


DATELINE_TOKENS = 14  # a dateline is a handful of words at the start of its line


def dateline_end(text: str, pos: int) -> int:
    """End of the dateline opening the paragraph around pos (the paragraph start when it has none)."""
    start = text.rfind("\n", 0, pos) + 1
    m = DATELINE.match(text, start)
    return m.end() if m is not None and m.end() <= len(text) else start


def in_dateline(tok) -> bool:
    """True for a token of a wire dateline ("CAIRO" in "CAIRO, March 4 (Reuters) - ...")."""
    doc = tok.doc
    lines = doc.user_data.get(_DATELINE_LINES)
    if lines is None:
        lines = doc.user_data[_DATELINE_LINES] = (_line_starts(doc), {})
    starts, ends = lines
    first = starts[bisect_right(starts, tok.i) - 1]
    if tok.i - first > DATELINE_TOKENS:
        return False  # too far into its line to be part of a dateline
    if first not in ends:
        m = DATELINE.match(span_text(doc, first, min(len(doc), first + DATELINE_TOKENS + 1)))  # no Span
        ends[first] = doc[first].idx + m.end() if m is not None else -1
    return tok.idx < ends[first]


# Per-document line starts and dateline ends by line (asked again and again): plain data only.
_DATELINE_LINES = "diplograph-dateline-lines"


def _line_starts(doc) -> list[int]:
    """Token indices that begin a line: the first token, and each after a token holding a line break."""
    # a break lies in a token's text (spaCy's trailing space is a single space): the token columns list them
    starts = {0, *(i + 1 for i in token_columns(doc).breaks)}
    return sorted(i for i in starts if i < len(doc)) or [0]


def subject_of(verb):
    """The subject head of a verb, inherited through conjunction, participles and relative clauses."""
    if verb.lemma_.lower() == "ask" and verb.dep_ != "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None  # "Asked whether ..., the minister said": the question is not the minister's
    if _reduced_passive(verb) is not None:
        return None  # "X, asked whether ..., said": X was asked; the question is not X's
    if verb.dep_ in ("ccomp", "conj", "dep") and verb.head.i < verb.i and _reduced_passive(verb.head) == verb:
        return nearest_subject(verb.head)
    if (quoted := _quoted_as(verb)) is not None:
        return quoted  # "'...,' the agency quoted him as saying": he speaks, not the agency
    if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and is_speech_verb(verb) \
            and (held := _object_before(verb)) is not None:
        return held  # "X will cap Y, a spokesperson said": the cue's own subject, not the one of the words
    for _ in range(4):
        subj = nearest_subject(verb)
        if subj is not None:
            return None if subj.dep_ == "nsubjpass" and verb.lemma_ != "quote" else subj
        if verb.dep_ == "relcl":
            return verb.head
        first = next((c for c in verb.children if _headline_pair(verb, c)), None)
        if first is not None and (said := nearest_subject(first)) is not None:
            return said  # a headline's "X denies A, says B": one subject for both verbs
        if coordinated_speech(verb):
            verb = verb.head  # "said A but warned that B": the parser made "warned" a second clause of "said"
            continue
        if (verb.dep_ == "conj" or _trailing_participle(verb)) and is_speech_verb(verb) \
                and not is_speech_verb(verb.head) and (outer := _reporting_ancestor(verb)) is not None:
            verb = outer  # "X said that A and added that B", "said A, adding that B": the parser hung it on A
            continue
        if (relay := relaying_verb(verb)) is not None:
            quoted = next((c for c in relay.children if c.dep_ in ("dobj", "nsubjpass")
                           or c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > relay.i), None)
            if quoted is not None:
                return quoted  # "the agency quoted X as saying ...", "X was reported as saying": X speaks
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp") or (verb.dep_ == "prep" and verb.pos_ == "VERB"):
            verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
            continue
        return None
    return None


def relaying_verb(verb):
    """The verb that relays a "saying": "quoted" in "state media quoted X as saying", "was reported as saying"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in _QUOTING | {"report"}:
        return verb.head.head
    return None


def swallowed_subject(verb):
    """"Replying to a question in the Senate, Minister X said": the name right before a subjectless speech verb
    that the parser hung inside the fronted phrase, when a comma sets the name off from that phrase; else None."""
    doc = verb.doc
    if verb.i < 3 or not is_speech_verb(verb) or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if (held := _object_before(verb)) is not None:
        return held
    name = doc[verb.i - 1]
    if name.text == "," and doc[verb.i - 2].pos_ == "PROPN" and doc[verb.i - 2].dep_ == "appos":
        name = doc[verb.i - 2]  # "On Tuesday in X, the commissioner, Jane Roe, told": the name set off twice
    if name.pos_ != "PROPN" or name.dep_ == "compound" \
            or not any(c.dep_ in ("advcl", "prep") and c.i < name.i and name in c.subtree for c in verb.children):
        return None
    first = name.i
    while first > verb.sent.start and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "-" and first > 1
                                       and doc[first - 2].pos_ == "PROPN"):
        first -= 1  # "External Affairs Minister S. Jaishankar", "Anna Roe-Lind": the whole name
    return name if first > verb.sent.start + 1 and doc[first - 1].text == "," else None


def _object_before(verb):
    """"X will ban Y from June, a spokesperson for the ministry said": the noun phrase set off by a comma right
    before a subjectless speech verb that the parser made an object inside the fronted words; else None."""
    doc = verb.doc
    for tok in doc[max(verb.sent.start, verb.i - 12):verb.i - 1]:
        if tok.dep_ in ("dobj", "npadvmod", "appos", "conj") and tok.pos_ in ("NOUN", "PROPN") \
                and tok.right_edge.i == verb.i - 1 and tok.left_edge.i > verb.sent.start + 2 \
                and doc[tok.left_edge.i - 1].text == "," and tok.head.i < tok.i \
                and (tok.head in verb.subtree or verb.dep_ == "conj" and tok.head in verb.head.subtree):
            return tok
    return None


def _quoted_as(verb):
    """The object of "quoted / cited X as saying" when the cue found is the quoting verb itself, else None."""
    if verb.lemma_.lower() not in _QUOTING:
        return None
    said = any(g.dep_ == "pcomp" and is_speech_verb(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for g in c.children)
    return next((c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                 and c.i > verb.i), None) if said else None  # the parser may take a name for an adverb


def _reduced_passive(verb):
    """The speech verb the subject really governs when the parser made a participle set off by commas after
    it ("X, asked whether ..., said", "X, pressed on ..., told") a main verb or a clause of it; else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBN", "VBG"):
        return None
    if verb.tag_ == "VBD" and is_speech_verb(verb) and verb.lemma_.lower() not in DIRECTIVE:
        return None  # "X, Y's envoy, warned A, said B": an active verb of X's own ("asked", "pressed" take X as object)
    subj = nearest_subject(verb)
    if subj is None or subj.i > verb.i or subj.right_edge.i < verb.i - 2:
        return None  # "X, however, asked ...": the subject does not end at the comma
    later = [c for c in verb.children if c.dep_ in ("ccomp", "conj", "dep") and c.i > verb.i]
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:  # "X, asked ..., said": the parser hung "asked" on "said"
        later.append(verb.head)
    return next((c for c in later if c.pos_ == "VERB" and doc[c.i - 1].text == "," and is_speech_verb(c)
                 and not any(k.dep_ in SUBJECT_DEPS for k in c.children)), None)


def _trailing_participle(verb) -> bool:
    """", adding that ...", ", saying ...": a participle after a comma, which goes with the main clause's subject."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and verb.head.dep_ == "ccomp"


def _reporting_ancestor(verb, hops: int = 6):
    """The speech verb whose reported words the parser wrongly made this conjoined speech verb part of."""
    node = verb.head
    for _ in range(hops):
        if is_speech_verb(node):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def nearest_subject(verb, deps: tuple[str, ...] = SUBJECT_DEPS):
    """The verb's subject child closest before it (a dateline word the parser also made a subject loses);
    remembered per verb (as a token index: user_data holds plain values), as the passes ask of the same verbs."""
    memo = verb.doc.user_data.setdefault(_NEAREST_SUBJECTS, {})
    found = memo.get((verb.i, deps), _UNSEEN)
    if found is _UNSEEN:
        subject = _nearest_subject(verb, deps)
        found = memo[verb.i, deps] = None if subject is None else subject.i
    return None if found is None else verb.doc[found]


_NEAREST_SUBJECTS = "diplograph-nearest-subjects"
_UNSEEN = object()


def _nearest_subject(verb, deps: tuple[str, ...]):
    """nearest_subject() worked out afresh."""
    kids = list(verb.children)
    subjects = [_past_dateline(c) for c in kids if c.dep_ in deps]
    subjects = [c for c in subjects if c is not None]
    if not subjects:  # "X is, however, expected in Y": the subject the parser hung on the auxiliary
        subjects = [s for a in kids if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                    for s in a.children if s.dep_ in deps and s.i < a.i]
    if not subjects:  # "X, heading a delegation, arrived in Y": the subject the parser hung on the participle
        subjects = [s for c in kids if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and 0 < c.i < verb.i
                    and verb.doc[c.i - 1].text == "," for s in c.children if s.dep_ in deps and s.i < c.i]
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else (subjects[0] if subjects else None)


def _past_dateline(subj):
    """The subject itself, or for a dateline word the phrase the parser hung on it ("LISBON - Portugal", "DOHA - X and Y")."""
    if not in_dateline(subj):
        return subj
    return next((c for c in subj.children if c.dep_ in ("appos", "conj") and not in_dateline(c)), None)


def inverted_subject(verb):
    """The subject after the verb in "said Peskov" when the parser did not mark it as nsubj."""
    listener = verb.lemma_.lower() in ADDRESSING  # "told MEPs", "briefed NATO": the object is who heard it
    for child in verb.children:
        if child.i > verb.i and child.dep_ in ("dobj", "npadvmod", "attr", "appos") and child.pos_ == "PROPN" \
                and not (listener and child.dep_ == "dobj") and child.ent_type_ not in ("DATE", "TIME"):
            return child
    return None


def negated(verb) -> bool:
    """True when the verb carries a negation ("did not say") or is refused ("declined to comment")."""
    return any(c.dep_ == "neg" for c in verb.children) \
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING)


_UNREALISED = frozenset("will shall 'll \u2019ll wo would 'd could might may should must".split())


def prospective(verb) -> bool:
    """"Will urge", "would ask", "may announce": words to be said later or only in a condition, not said."""
    return any(c.dep_ == "aux" and c.lower_ in _UNREALISED for c in verb.children)


def threat(verb) -> bool:
    """"Threatened to veto the package": a threat with what is threatened, which is said, not done."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in THREATS and bool(_infinitives(verb))


def _infinitives(verb) -> list:
    """A verb's "to" complements: the parser's xcomp, or an advcl after no more than the verb's own
    time phrase ("vowed on Tuesday to challenge the results")."""
    out = []
    for c in verb.children:
        if c.i < verb.i:
            continue
        if c.dep_ == "xcomp":
            out.append(c)
        elif c.dep_ == "advcl" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
                and all(t.dep_ == "prep" and any(w.ent_type_ in ("DATE", "TIME") for w in t.subtree)
                        for t in verb.children if verb.i < t.i < c.i and not t.is_punct):
            out.append(c)
    return out


def content_tokens(verb) -> list:
    """The reported clause of a speech verb: ccomp subtrees (or object + "as" phrase for "describe")."""
    if _relay(verb):
        return []  # "X said Y, state news agency Z reported": Z relays X's words, it does not say them again
    if verb.lemma_.lower() in _MANDATIVE and not any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children):
        return []  # "demanded that X withdraw" reports words; "demanded NATO roll back", "demanded his release" an act
    heads = [c for c in verb.children if c.dep_ == "ccomp" and not _headline_pair(verb, c)
             and not _relative_as_clause(c) and not coordinated_speech(c) and not _closing_relay(verb, c)] \
        or _misplaced_clause(verb)
    heads = [r for h in heads for r in (_relayed(h) if _relay(h) else [h])]
    if len(heads) == 1 and (stray := _object_subject(verb, heads[0])) is not None:
        heads = [stray, heads[0]]  # "says the patience of X, who ..., is running out": the clause's own subject
    if any(_fronted_report(verb, h) for h in heads):
        return []  # "X warned that Y, the agency reported": the agency relays X's words, X says them
    if heads:  # "said X, but that Y": a conjoined "that" clause is more of the same report
        heads += [c for c in verb.children if c.dep_ == "conj" and not is_speech_verb(c)
                  and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        edge = max(h.right_edge.i for h in heads)  # "that X would keep the border closed to freight": a word the
        heads += [c for c in verb.children if c.dep_ == "conj" and c.i == edge + 1 and c.tag_ in ("VBD", "VBN")
                  and not is_speech_verb(c) and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "cc" for g in c.children)]
        # parser split off right after the clause, with no comma or "and", goes on with it
    if not heads and verb.lemma_.lower() in DESCRIBE_VERBS:
        heads = [c for c in verb.children if c.dep_ in ("dobj", "oprd")
                 or (c.dep_ == "prep" and c.lower_ == "as")]
        if not any(c.lower_ == "as" or c.dep_ == "oprd" for c in heads):
            heads = []
    if not heads:
        heads = _object_content(verb)
    if not heads and (fronted := _fronted_clause(verb)):
        return fronted
    if not heads and parenthetical(verb):  # "The talks, he said, would resume": the clause around the cue
        left, right = aside_edges(verb)
        aside = set(subtree_ids(verb)) | {left - 1, right + 1}
        clause = aside_clause(verb)
        return [t for t in clause.subtree if t.i not in aside and not (t.is_punct and t.i == clause.right_edge.i)]
    if not heads and verb.lemma_.lower() in CLAUSE_ONLY:
        return []
    if not heads:
        return []
    doc = verb.doc
    subtrees = [(h.i, subtree_ids(h)) for h in heads]  # indices: a Token only for the words kept
    pos = token_strings(doc, "POS")  # a speech verb is a VERB: the column first
    nested = [n for h, sub in subtrees for t in sub
              if t != h and pos[t] == "VERB" and is_speech_verb(n := doc[t]) and _own_clause(n)]
    drop = {s for n in nested for s in subtree_ids(n)}
    tokens = [doc[i] for i in sorted({t for _, sub in subtrees for t in sub if t not in drop})]
    tokens = _same_side(verb, tokens)
    if not tokens:
        return []
    if len(heads) > 1 and not tokens[0].i < verb.i < tokens[-1].i:  # the words between ("..., but that ...")
        tokens = [t for t in verb.doc[tokens[0].i:tokens[-1].i + 1] if t.i not in drop]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "mark")):
        tokens.pop()
    while tokens and (tokens[0].is_punct or _hedge_before_that(tokens) or (tokens[0].lower_ == "that" and (
            tokens[0].dep_ == "mark" or _complement_that(next((a for a in tokens[0].ancestors if a.dep_ == "relcl"),
                                                              tokens[0])) or _opening_that(tokens[0])))):
        tokens.pop(0)
    return tokens


def _hedge_before_that(tokens: list) -> bool:
    """"said only that X", "said simply that X": the adverb narrows the saying, it is not said."""
    return len(tokens) > 2 and tokens[0].dep_ == "advmod" and tokens[0].lower_ in _HEDGES \
        and tokens[1].lower_ == "that" and tokens[1].dep_ == "mark"


_REASONING_MARKS = frozenset("because although though unless if whereas until".split())
_HEDGES = frozenset("only simply merely just".split())


def _object_subject(verb, clause):
    """The subject of a reported clause that the parser made the speech verb's object, set before a clause
    without one ("says the patience of the islanders, who ..., is running out"); None otherwise."""
    if verb.lemma_.lower() in ADDRESSING or clause.i < verb.i \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" or c.dep_ == "mark" for c in clause.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i
                 and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def glued_subject(verb, tokens: list) -> list:
    """"Said on Friday sanctions would fail": the clause's subject that the parser glued onto the day as one noun
    ("Friday sanctions"), put back at the head of a subjectless reported clause."""
    clause = next((t for t in tokens if t.head.i == verb.i and t.dep_ == "ccomp"), None)
    if clause is None or tokens[0].i < 1 or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return tokens
    noun = verb.doc[tokens[0].i - 1]
    day = next((c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _DAY_NAMES)), None)
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.head.i != verb.i or day is None:
        return tokens
    return [t for t in noun.subtree if t.i > day.i] + tokens


def _fronted_report(verb, clause) -> bool:
    """A clause before a trailing cue that is itself a speaker's report ("X warned that Y, KCNA reported",
    "X reiterated its position that Y, a spokesman told a briefing"): the trailing cue only relays it."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and clause.i < subj.i and clause.i < verb.i and is_speech_verb(clause) \
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children) and bool(content_tokens(clause))


def parenthetical(verb) -> bool:
    """"The talks, he said, would resume": a speech cue set off by commas inside the clause it reports, after
    that clause's subject."""
    return aside_clause(verb) is not None


def aside_clause(verb):
    """The clause a parenthetical cue sits in: its head ("would resume" in "The talks, he said, would resume"; "was"
    in "It was, he said, a matter of X", where the parser may hang the cue on the complement); else None."""
    doc, head = verb.doc, verb.head
    if verb.dep_ != "parataxis" or head.dep_ == "relcl":
        return None  # "a deal that, he said, would bring peace": an aside in a relative clause reports no clause
    left, right = aside_edges(verb)
    if head.i > verb.i and head.dep_ in ("attr", "acomp", "oprd") and head.head.i < left:
        head = head.head  # "The plan was, he said, a good start": the cue hung on the complement
    elif head.i < verb.i and not any(c.i > right + 1 and c.dep_ in ("attr", "acomp", "dobj", "oprd")
                                     for c in head.children):
        return None  # (before the aside only a verb whose complement follows it)
    if not (0 < left and right + 1 < len(doc) and doc[left - 1].text == "," and doc[right + 1].text == ","):
        return None
    return head if any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and c.tag_ not in ("WDT", "WP")
                       for c in head.children) else None


def aside_edges(verb) -> tuple[int, int]:
    """The first and last word of a cue's own words, its punctuation left out ("she said" in ", she said,")."""
    words = [t.i for t in verb.subtree if not t.is_punct]
    return min(words), max(words)


def _opening_that(that) -> bool:
    """"... address that Kyiv needed ...": a "that" the parser hung on the clause as a noun, before the clause's
    own subject, opens the clause ("said that was wrong" keeps it: there it is the subject)."""
    return that.dep_ in ("nsubj", "pobj", "dobj") and any(
        c.dep_ in SUBJECT_DEPS and c.i > that.i for c in that.head.children)


def _relayed(verb) -> list:
    """The clause a relaying cue follows ("..., KCNA reported"): its complements before its subject."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return [c for c in verb.children if c.dep_ == "ccomp" and subj is not None and c.i < subj.i]


def _closing_relay(verb, clause) -> bool:
    """"X said, adding that Y, the broadcaster ERR reported": a bare speech cue with its own subject that closes
    the sentence after the verb relays the report, it is no part of what was said."""
    first = next(t for t in clause.subtree if not t.is_punct)
    return clause.i > verb.i and is_speech_verb(clause) and first.i > verb.i + 1 and clause.doc[first.i - 1].text == "," \
        and all(t.is_punct for t in clause.doc[clause.i + 1:clause.sent.end]) \
        and any(c.dep_ == "nsubj" for c in clause.children) \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark") for c in clause.children)


def _relay(verb) -> bool:
    """A speech cue the parser hung as the clause of an earlier one ("A said X, B reported") that closes it."""
    return verb.dep_ == "ccomp" and verb.head.i < verb.i and is_speech_verb(verb.head) \
        and is_speech_verb(verb) and bool(_relayed(verb)) \
        and any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)


def _fronted_clause(verb) -> list:
    """"Island states are losing patience, the president said": the clause before ", SUBJECT said", which the
    parser made the root with the cue as its conjunct."""
    relay = relaying_verb(verb)
    if relay is not None and relay.dep_ in ("conj", "ccomp", "advcl") and relay.head.i < relay.i:
        verb = relay  # "Seoul is ready to X, Minister Y was quoted as saying by Yonhap"
    head = verb.head
    said_to = verb.lemma_.lower() in ADDRESSING  # "..., X told the agency TASS": the object is the listener
    if verb.dep_ != "conj" and not (relay is verb and verb.dep_ in ("ccomp", "advcl")) \
            or head.i > verb.i or head.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in (("ccomp", "xcomp") if said_to else ("dobj", "ccomp", "xcomp")) for c in verb.children):
        return []
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None) or _object_before(verb)
    if subj is None or subj.left_edge.i == 0 or verb.doc[subj.left_edge.i - 1].text != ",":
        return []
    end = subj.left_edge.i - 1
    tokens = [t for t in head.subtree if t.i < end]
    if any(is_speech_verb(t) and t.dep_ != "amod" for t in tokens):
        return []  # "A said B, X added": not one clause reported twice
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    while tokens and tokens[0].is_punct:
        tokens.pop(0)
    return tokens


def _same_side(verb, tokens: list) -> list:
    """Reported words stay on the speech verb's side of a semicolon ("X warned A; she added: B")."""
    if ";" not in doc_text(verb.doc):
        return tokens  # (most documents have none: no walk of the verb's children)
    semis = [c.i for c in verb.children if c.text == ";"]
    if not semis:
        return tokens
    lo = max([i for i in semis if i < verb.i], default=-1)
    hi = min([i for i in semis if i > verb.i], default=len(verb.doc))
    return [t for t in tokens if lo < t.i < hi]


def semicolon_before(tok) -> bool:
    """A clause the parser hung as complement on a later verb past a semicolon ("held talks on Tuesday; the two will
    meet again in May"): two sentences, each with its own tense, status and day."""
    head = tok.head
    return tok.dep_ in ("ccomp", "parataxis") and tok.i < head.i \
        and any(c.dep_ == "punct" and c.text == ";" and tok.i < c.i < head.i for c in head.children)


_PLEDGING = frozenset("agree pledge promise vow commit undertake".split())  # "..., agreeing to maintain focus"


def _object_content(verb) -> list:
    """Readout and appeal content: "stressed the need for talks", "urged Iran to return", "pledged to help"."""
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    infinitive = _infinitives(verb)
    if lemma == "call":  # "called for an immediate ceasefire": what was called for
        wanted = [o for c in kids if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"
                  and o.ent_type_ not in ("DATE", "TIME")
                  and not any(k.dep_ == "dobj" and k.i < c.i for k in kids)]  # "called a rally for Sunday": convened
        if wanted:  # "called for an end to mining until its effects are known", "for forces to be deployed"
            # "for X and for Y to be opened": the second "for"; "for talks or recourse to X": a noun read as a verb
            more = [c for p in (wanted[0].head,) for c in p.children if c.dep_ == "conj" and c.lower_ == "for"] \
                + [c for c in kids if c.dep_ == "conj" and c.tag_ == "VB" and c.i == wanted[0].right_edge.i + 2
                   and verb.tag_ in ("VBD", "VBZ") and not any(k.dep_ in SUBJECT_DEPS for k in c.children)]
            # "called for restraint by all groups": an active verb has no agent; the "by" phrase is the call's
            more += [c for c in kids if c.dep_ == "agent" and c.i == wanted[0].right_edge.i + 1
                     and not any(k.dep_ == "auxpass" for k in kids)]
            return wanted[:1] + [c for c in kids if c.dep_ in ("advcl", "xcomp") and c.i > wanted[0].i
                                 and (any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                                      or c.left_edge.i == wanted[0].right_edge.i + 1 and c.left_edge.lower_ == "to")] \
                + more
    if lemma in DIRECTIVE or lemma in _WARNING:  # "urged X to Y", "called on X to Y": X and Y together
        addressed = ("on", "upon", "to") if lemma in _APPEALING else ("on", "upon")  # "appealed to donors"
        objs = [c for c in kids if c.dep_ == "dobj"] + [o for c in kids if c.dep_ in ("prep", "prt")
                                                       and c.lower_ in addressed
                                                       for o in c.children if o.dep_ == "pobj"
                                                       and o.ent_type_ not in ("DATE", "TIME")]  # not "on Tuesday"
        if objs and lemma in _APPEALING:  # "appealed to donors for funds (to contain ...)": whom, and for what
            wanted = [c for c in kids if c.dep_ == "prep" and c.lower_ == "for" and c.i > objs[0].i]
            if wanted and not infinitive:
                return objs[:1] + wanted[:1] + _right_after(kids, wanted[0])
        if objs and not infinitive:  # "called on the parties in X to open": the "to" right after whom it asks
            infinitive = _right_after(kids, objs[0])
        if lemma == "tell" and objs and objs[0].pos_ == "NOUN" and objs[0].lemma_.lower() in ORDER_TAKERS:
            return []  # "told the driver to wait outside": an order to staff, nothing said to report
        if objs and infinitive:
            return objs[:1] + infinitive
        against = [c for c in kids if c.dep_ == "prep" and c.lower_ == "against" and c.i > verb.i] \
            if lemma in _WARNING else []
        return objs[:1] + against[:1] if against else []  # "warned X against Y", "cautioned against Y"
    if lemma in ACCUSING and (charge := _charge(verb)):
        return charge
    if lemma in _REBUTTING and (rebutted := _rebutted_claim(kids, verb)):
        return rebutted
    if lemma == "deny":  # "denies deporting activists": what is denied, never a bare object
        return infinitive[:1]
    if lemma not in OBJECT_CONTENT and lemma not in THREATS:
        return []
    objs = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
            and lemma not in THREATS]
    told = [c for o in objs[:1] for c in o.children if c.dep_ in ("acl", "ccomp") and c.i > o.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    if told:  # "repeated his assurances that the talks were going well": the "that" clause is what was said
        return told[:1]
    heads = objs or infinitive
    if sum(1 for h in heads for t in h.subtree if not t.is_punct) < 2:
        return []
    if objs and not infinitive and [t.tag_ for t in objs[0].subtree] == ["PRP$", objs[0].tag_] \
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in kids):
        return []  # "conveyed her sympathy", "conveyed its views to X": a gesture with nothing said in it
    if objs:  # "recognized cooperation as the backbone of ...": the "as" phrase belongs to it
        # "reaffirmed the commitment to X's security and qualitative edge": an adjective misread as a verb
        heads = heads + [c for c in kids if (c.dep_ == "prep" and c.lower_ == "as")
                         or (c.dep_ == "conj" and c.pos_ == "ADJ" and c.i > objs[0].i)
                         or (c.dep_ == "xcomp" and c.left_edge.i == objs[0].right_edge.i + 1
                             and c.left_edge.lower_ == "to")]  # "reiterated its call on the parties to respect"
    else:  # "vowed to keep up protests until results are annulled", "pledged to X, agreeing to Y": part of the pledge
        heads = heads + [c for c in kids if c.dep_ == "advcl" and c.i > heads[0].i
                         and (any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
                              or (c.tag_ == "VBG" and c.lemma_.lower() in _PLEDGING))]
    return heads


_APPEALING = frozenset("appeal plead".split())  # they address whom they ask with "to"


def _right_after(kids: list, phrase) -> list:
    """A "to" infinitive the parser hung on the verb right after phrase ("called on the parties in X to open"), or
    a participle there that carries one ("called on all citizens living abroad to register")."""
    nxt = phrase.right_edge.i + 1
    return [c for c in kids if c.dep_ == "advcl" and c.left_edge.i == nxt
            and (c.left_edge.lower_ == "to" or c.tag_ == "VBG" and any(
                g.dep_ in ("advcl", "xcomp") and g.left_edge.lower_ == "to" and g.i > c.i for g in c.children))]


def _headline_pair(verb, clause) -> bool:
    """True for "X denies A, says B": a subjectless speech verb right after a comma and an earlier report."""
    return clause.dep_ == "ccomp" and clause.i < verb.i and is_speech_verb(clause) and verb.i > 0 \
        and verb.doc[verb.i - 1].text == "," and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
        and nearest_subject(clause) is not None


_CONDITIONS = frozenset("until unless if once before".split())


def _charge(verb) -> list:
    """"Accused Kyiv of stalling", "slammed police for blocking", "condemns the attack": who and what for."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if not objs or objs[0].lower_ in ("it", "this", "that", "them") and verb.lemma_.lower() in CONDEMNING:
        return []
    if labels := [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]:
        # "blasted X as 'reckless'": a quoted label is taken before; an unquoted one is what was said all the same
        return [o for o in labels[0].children if o.dep_ == "pobj"][:1]
    grounds = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > objs[0].i] \
        or [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "of"]
    tail = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OBJECT_TAILS
            and c.i == objs[0].right_edge.i + 1 and (c.lower_ == "to" or not any(
                t.ent_type_ in ("DATE", "TIME") for t in c.subtree))][:1] if verb.lemma_.lower() in CONDEMNING else []
    if not grounds:  # "condemned the sentencing of X to ten years": the object's own phrase the parser hung on the verb
        return objs[:1] + tail if verb.lemma_.lower() in CONDEMNING else []
    if tail and grounds[0].head == objs[0]:  # the "of" is the object's own: the tail goes with it
        return objs[:1] + tail
    more = [c for c in verb.children if c.dep_ == "conj" and c.i > grounds[0].i and c.pos_ == "VERB"
            and not is_speech_verb(c) and not any(k.dep_ in SUBJECT_DEPS for k in c.children)]
    return objs[:1] + grounds[:1] + more[:1]  # "of boarding boats and seizing rifles"


_OBJECT_TAILS = frozenset("to against by".split())  # "the sentencing of X to ten years", "violence against Y"


_HEARSAY = frozenset("report claim rumour rumor allegation suggestion speculation suspicion fear".split())
# Verbs that answer a claim: their object, a claim with its "that" clause, is what they say is untrue
# ("rejected reports that X", "denied allegations that Y", "dismissed claims that Z").
_REBUTTING = frozenset("reject deny dismiss refute rebut dispute contradict".split())
_CLAIMS = _HEARSAY | frozenset("accusation assertion charge insinuation".split())
NESTED_PREPS = 3  # "told journalists on the sidelines of the summit that X": pobj chains this deep


def _rebutted_claim(kids: list, verb) -> list:
    """The claim a rebutting verb answers, with its "that" clause ("rejected reports that the talks had failed");
    none for a bare one ("rejected reports on Monday")."""
    objs = [c for c in kids if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in _CLAIMS]
    return [o for o in objs[:1] if any(r.dep_ in ("acl", "ccomp", "relcl") and r.i > o.i and _that_clause(r)
                                       for r in o.children)]


def _that_clause(clause) -> bool:
    """A clause opened by a complementizer "that", or by a "that" the parser read as a relative pronoun though
    the clause has its role filled."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children) or _complement_that(clause)


def _nested_pobjs(heads: list) -> list:
    """The nouns of prepositional phrases under heads, and of the phrases under those ("on the sidelines of the
    summit"), a few levels deep."""
    out, level = [], heads
    for _ in range(NESTED_PREPS):
        level = [o for h in level for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        out += level
    return out


def _misplaced_clause(verb) -> list:
    """"wrote after the call that X...", "told a briefing that X would take measures": a "that" clause the
    parser hung on a nearby noun as a relative."""
    objs = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    found = [r for o in objs if o.lemma_.lower() not in _HEARSAY for r in o.children if r.dep_ in ("relcl", "acl", "ccomp")
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]  # not "responding to reports that"
    told = [o for o in verb.children if o.dep_ == "dobj" and o.i > verb.i and o.pos_ in ("NOUN", "PROPN")]
    if not found:  # "told journalists on the sidelines of the summit that X backed ...": the last noun's relative
        deep = _nested_pobjs([verb] + (told[:1] if verb.lemma_.lower() in ADDRESSING else []))
        found = [r for o in deep if o.lemma_.lower() not in _HEARSAY for r in o.children
                 if r.dep_ in ("relcl", "acl", "ccomp") and r.i > o.i and _complement_that(r)
                 and r.right_edge.i == verb.right_edge.i - (verb.doc[verb.right_edge.i].is_punct)][:1]
    # "told visiting envoys that X": the parser made the listener's participle a verb and hung the clause on it
    hung = [r for p in verb.children if p.dep_ in ("xcomp", "advcl") and p.tag_ in ("VBG", "VBN") and p.i == verb.i + 1
            and not any(c.dep_ in SUBJECT_DEPS for c in p.children) for r in p.children
            if r.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    # "said in a statement posted on Telegram that X": the clause hung on the statement's participle
    posted = [r for o in objs if o.lemma_.lower() in SPEECH_NOUNS for p in o.children if p.dep_ == "acl"
              and p.tag_ == "VBN" for r in p.children if r.dep_ == "ccomp" and r.i > p.i
              and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)]
    # "told a briefing that Beijing opposed ...": a "that" the parser marked as the clause's own opener
    marked = [r for o in told[:1] if verb.lemma_.lower() in ADDRESSING for r in o.children if r.dep_ == "relcl"
              and any(m.dep_ == "mark" and m.lower_ == "that" and m.i < r.i for m in r.children)]
    return found or [r for o in told[:1] for r in o.children if r.dep_ == "relcl" and _complement_that(r)] or hung \
        or posted or marked


def _complement_that(clause) -> bool:
    """A "that" the parser read as a relative pronoun though the clause already has that role filled
    ("a briefing that China would take measures": "take" has its own subject and object), also where it was given
    to a verb inside the clause ("a briefing that X had offered to cut tariffs": "cut" has its object)."""
    that = clause.left_edge
    return that.lower_ == "that" and that.i < clause.i and that.dep_ in ("dobj", "nsubj") \
        and that.i == that.head.left_edge.i and any(c.dep_ == that.dep_ and c.i != that.i for c in that.head.children)


def narrator_tail(tokens: list) -> int:
    """Where a narrator's own clause starts after a closing quote ('X said Y "is open" but did not say why')."""
    for n, tok in enumerate(tokens):
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECT_DEPS for c in tok.children):
            continue
        start = min([tok.left_edge.i] + [c.i for c in tok.head.children if c.dep_ == "cc" and c.i < tok.i])
        before = tok.doc[start - 1] if start > 0 else None
        if before is not None and before.text in CLOSING_MARKS and _quoted_head(tok, before):
            return next(i for i, t in enumerate(tokens) if t.i >= start)
    return len(tokens)


_OPENING_MARKS = frozenset('"\u201c\u2018\u00ab\'')


def _quoted_head(conj, closing) -> bool:
    """True when the verb a conjunct joins stands inside the quotation that closes before it (the quote was the
    whole predicate: '"is open" but did not say why'), not before it ('was "a cliche" and did not deserve')."""
    opening = next((t for t in reversed(conj.doc[max(0, closing.i - 60):closing.i]) if t.text in _OPENING_MARKS),
                   None)
    return opening is None or opening.i < conj.head.i < closing.i


def leading_time(tokens: list) -> int:
    """How many first tokens of a reported clause are the speech verb's date ("said on Friday it would")."""
    if len(tokens) < 3 or tokens[0].dep_ == "poss" \
            or not (tokens[0].dep_ in ("prep", "npadvmod", "tmod") or tokens[0].ent_type_ == "DATE"):
        return 0  # "condemns Tuesday's attack": a possessive day is the thing's, not the saying's
    phrase = sorted(tokens[0].subtree, key=lambda t: t.i)
    n = len(phrase)
    if [t.i for t in tokens[:n]] != [t.i for t in phrase] or not any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
        return 0
    rest = tokens[n:]
    while rest and rest[0].is_punct:
        n, rest = n + 1, rest[1:]
    return n if any(t.dep_ in SUBJECT_DEPS for t in rest) else 0


def _relative_as_clause(head) -> bool:
    """A relative clause the parser hung on the speech verb: "called it a good sign that would help"."""
    subjects = [s for s in head.children if s.dep_ in SUBJECT_DEPS]
    # "said in an address that Kyiv needed ...": a clause with a subject of its own after "that" is no relative
    return len(subjects) == 1 and any(s.tag_ == "WDT" and s.i < head.i and s.i > 0
                                      and (prev := s.doc[s.i - 1]).pos_ == "NOUN" and not prev.ent_type_
                                      for s in subjects)


def coordinated_speech(verb) -> bool:
    """"Said A but warned that B": a subjectless speech verb after "and"/"but" that the parser hung as a clause."""
    if verb.dep_ != "ccomp" or verb.i == 0 or not is_speech_verb(verb) \
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
        return False
    before = verb.doc[verb.i - 1]
    if before.dep_ == "advmod" and verb.i > 1:  # "but also warned"
        before = verb.doc[verb.i - 2]
    return before.lower_ in ("and", "but") and any(c.dep_ == "ccomp" for c in verb.children)


def _own_clause(verb) -> bool:
    """True when a nested speech verb reports its own clause ("adding that ...", "and reaffirmed support")."""
    if verb.dep_ == "pcomp":  # "before adding that ...", not "is aimed at underscoring support"
        return any(c.dep_ == "ccomp" for c in verb.children)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _REASONING_MARKS for c in verb.children):
        return False  # "would fail because it asks the smallest depositors to wait": the reason is said too
    return verb.dep_ in ("advcl", "conj") and (any(c.dep_ == "ccomp" for c in verb.children)
                                               or bool(_object_content(verb)))
