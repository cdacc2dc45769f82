"""Guess the tense governing a time expression, so bare weekdays and months point the right way."""

from __future__ import annotations

import re

FUTURE = frozenset({
    "will", "'ll", "’ll", "shall", "wo", "going", "gonna", "scheduled", "due", "plans", "plan",
    "planned", "planning", "expected", "expects", "expect", "intends", "intend", "intended",
    "upcoming", "next", "would", "set", "slated", "hopes", "hope", "aims", "aim", "until",
    "till", "starting", "tomorrow", "coming", "ahead", "later", "should",
    "must", "could", "can", "may", "might",
    # a timetable in the plain present: "the vote takes place on Thursday", "the envoy arrives on Saturday"
    "begins", "starts", "opens", "reopens", "arrives", "departs", "travels", "visits", "meets",
    "hosts", "resumes", "returns", "convenes", "expires", "takes", "kicks",
})
PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "met", "made", "took", "gave", "went", "came",
    "began", "held", "spoke", "wrote", "left", "sent", "saw", "won", "lost", "fell", "rose",
    "hit", "led", "brought", "sought", "thought", "became", "became", "struck", "paid", "put",
    "set", "got", "found", "felt", "kept", "knew", "meant", "ran", "sold", "stood", "took",
    "broke", "chose", "drew", "drove", "flew", "forgot", "froze", "grew", "hid", "rode",
    "rang", "shook", "spoke", "stole", "swore", "threw", "woke", "wore", "overtook", "ago",
    "since", "last", "yesterday", "earlier", "previously", "already", "signed", "agreed",
    "been", "quit", "cut", "shut", "let", "read", "upheld", "withdrew", "underwent", "dealt",
    "sank", "sang", "began", "bought", "caught", "taught", "fought", "built", "spent", "sent",
    "lent", "bent", "heard", "held", "lay", "laid", "slid", "fled", "bled", "fed", "led",
})
PRESENT = frozenset({"is", "are", "am", "says", "say", "has", "have", "does", "do"})
# participles that look past but usually introduce a schedule or a plan
_NOT_PAST_ED = frozenset({
    "scheduled", "planned", "expected", "intended", "slated", "need", "speed", "seed", "feed",
    "indeed", "red", "bed", "shed", "hundred", "proceed", "succeed", "exceed", "united",
    "based", "called", "so-called", "named", "related", "limited", "advanced", "renewed",
    "proposed", "supposed", "aimed", "designed", "hoped", "allowed", "required", "used",
})
_WORD = re.compile(r"[A-Za-z’']+")
_BOUNDARY = re.compile(r"[.!?;]\s|\n|[“”\"]")


def cue(word: str) -> str | None:
    """The tense a single word signals, if any."""
    w = word.lower()
    if w in FUTURE:
        return "future"
    if w in PAST:
        return "past"
    if w in PRESENT:
        return "present"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return "past"
    return None


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the expression's sentence left and right of it."""
    lo = max(0, start - 200)
    left = text[lo:start]
    cut = [m.end() for m in _BOUNDARY.finditer(left)]
    left = left[cut[-1]:] if cut else left
    right = text[end:end + 120]
    stop = _BOUNDARY.search(right)
    return left, right[:stop.start()] if stop else right


def guess(text: str, start: int, end: int, window: int = 12) -> str | None:
    """'past', 'present' or 'future' from the nearest tense cue in the sentence, else None."""
    left, right = _clause(text, start, end)
    words = _WORD.findall(left)[-window:]
    for i in range(len(words) - 1, -1, -1):
        found = cue(words[i])
        if found == "past" and i and words[i - 1].lower() in ("be", "being", "to"):
            continue  # passive or infinitive: "will be completed", "to be held"
        if found == "present" and _arranged(words[i:]):
            return "future"
        if found in ("present", "past") and _planned_infinitive(words[i:]):
            return "future"
        if found:
            return found
    for word in _WORD.findall(right)[:8]:
        found = cue(word)
        if found and word.lower() not in ("next", "last", "since", "ago", "by", "before"):
            return found
    return None


_NOT_PROGRESSIVE = frozenset({"being", "going", "during", "morning", "evening", "nothing", "something",
                              "anything", "everything", "thing", "king", "spring", "string", "bring"})
_CLAUSE_BREAK = frozenset({"after", "before", "since", "from", "following", "when", "while", "as", "that",
                           "which", "who", "where", "because", "despite", "amid"})


# verbs whose to-infinitive is a plan: "agreed to meet on Friday", "is to begin a visit on Friday"
_PLANNING = frozenset({"is", "are", "agreed", "decided", "promised", "pledged", "vowed", "offered", "resolved",
                       "undertook", "arranged"})


def _planned_infinitive(words: list[str]) -> bool:
    """True for a plan's infinitive right before the expression ("is to begin a visit on", "agreed to meet again
    on"), with no clause break between."""
    if len(words) < 3 or words[0].lower() not in _PLANNING or words[1].lower() != "to" or len(words) > 10 \
            or words[2].lower() in _NOT_VERBS or words[2][:1].isupper():
        return False  # "agreed to the plan on Monday", "agreed to Kenya's request": no infinitive
    return not any(w.lower() in _CLAUSE_BREAK or w.lower().endswith("ed") for w in words[2:])


_NOT_VERBS = frozenset("the a an this that these those his her its their our my your it them him us me all any "
                       "some such what blame".split())


def _arranged(words: list[str]) -> bool:
    """True for a present progressive right before the expression ("is visiting Tokyo on"): an arrangement."""
    if len(words) < 2 or words[0].lower() not in ("is", "are", "am", "’s", "'s", "’re", "'re"):
        return False
    verb = words[1].lower()
    if not verb.endswith("ing") or verb in _NOT_PROGRESSIVE or len(words) > 6:
        return False
    return not any(w.lower() in _CLAUSE_BREAK or w.lower().endswith(("ing", "ed")) for w in words[2:])


# present-tense verbs that report or describe rather than schedule
_STATIVE = frozenset({"say", "tell", "add", "note", "claim", "insist", "argue", "believe", "think",
                      "know", "want", "need", "remain", "seem", "appear", "mark", "come", "follow",
                      "be", "have", "do", "show", "suggest", "accuse", "deny", "report", "confirm",
                      "warn", "expect", "hope", "fear", "recall", "write", "state", "mean", "look"})


def from_doc(doc, start: int, end: int) -> str | None:
    """The tense of the verb governing a character span in a spaCy Doc, if it shows one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return _verb_tense(token)
        if token.head is token:
            return None
        token = token.head
    return None


def _verb_tense(verb) -> str | None:
    """The tense a verb shows through its tag and auxiliaries."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & {"will", "'ll", "shall", "wo", "would"} or any(a.tag_ == "TO" for a in aux):
        return "future"
    if verb.lower_ in ("scheduled", "set", "due", "expected", "planned") and words & {"is", "are"}:
        return "future"
    if verb.tag_ in ("VBD",) or words & {"was", "were", "had", "did", "has", "have"}:
        return "past"
    if verb.tag_ == "VBN" and not words:
        return "past"
    if verb.tag_ == "VBG" and words & {"is", "are", "am", "'s", "’s", "'re", "’re"}:
        return "future"  # a present progressive with a date is an arrangement: "is visiting Tokyo on Friday"
    if verb.tag_ in ("VBZ", "VBP") and not words and verb.lemma_ not in _STATIVE:
        return "future"  # a plain present with a date is a timetable: "the vote takes place on Thursday"
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        return "present"
    return None
