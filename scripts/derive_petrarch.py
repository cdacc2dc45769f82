"""Derives diplograph's verb, event, actor and agent tables from the PETRARCH dictionaries, so they ship as reviewed data.

Usage: python scripts/derive_petrarch.py [--source DIR] [--out DIR]

Standard library only. The output is deterministic (sorted rows, fixed header, UTF-8, "\\n"), so running the script
again on the same dictionaries gives byte-identical files. Rules, by table:

cameo_verbs.tsv (lemma, code, pattern, family), from CAMEO.2.0.txt
  * A block starts at "--- NAME [code] ---"; its member lines are verbs ("+" joins a multiword verb, "_" between its
    words), each with optional irregular forms in {...} and an optional own code in [...]; "- pattern [code] # VERB"
    lines are its patterns. "&LABEL" lines followed by "+phrase" lines define synsets used inside patterns.
  * A member alone (pattern "") takes its own code, else the block's code; the null code "---" makes no row.
  * A pattern belongs to the verb its comment names (the header: the comment shows "the verb[s] where the pattern was
    originally found"), matched against the block's members and their inflections first, then against every block's
    members; a pattern without a matching comment verb belongs to every member of its block, as PETRARCH reads it.
  * Pattern text is lower-cased, "_" read as a space, synsets (&TREATY) expanded into one row per member phrase, and
    PETRARCH's markers kept: "*" the verb, "+" the target actor, "$" the source, "^" a skipped phrase, "{...}" a
    noun phrase, "(...)" a prepositional phrase. Patterns naming an undefined synset are skipped, as PETRARCH does.
  * code is written as in the dictionary: "A:B" means the subject does A and the object B ("042:043": a visit the
    object hosts). Rows are kept when A is one of the codes in FAMILY_BY_CODE; ":B" rows (the subject only undergoes
    B, e.g. "receive an invitation") are left out.
  * family comes from the code (FAMILY_BY_CODE; appeals to meet or mediate, 026/028, are "propose"), refined
    thrice: a reciprocal "036:036" (both sides commit to meet) is "agree", as is 038 (accept mediation); CAMEO has
    no cancel or postpone code, so 12x/16x rows of the dictionary's own DELAY block are "postpone", 16x rows of its
    CANCEL block and 164/165 (halt negotiations/mediation) anywhere are "cancel", other 16x rows "reduce". CAMEO
    files agreeing to meet under 036/038: no 08x (yield) code is about meetings.

speech_verbs.tsv (lemma, code, cue_kind), from CAMEO.2.0.txt
  * A verb's code is its code alone (own or block code, as above); a verb whose blocks give it only the null code
    takes the three-digit code of most of the dictionary patterns that belong to it, when they are at least
    MIN_PATTERNS ("deny": 21 of its 30 patterns are 016).
  * It is a speech verb when that code is a verbal CAMEO code in CUE_BY_CODE: 01x public statements except 017
    (symbolic act), 02x appeals and 10x demands (urge), 110/111/112/114 disapproval, criticism, accusation, official
    complaint, 13x threats (warn). CAMEO gives say, tell, announce and explain the one code 010, so these are all
    "say"; a verb with several speech codes keeps the most specific kind (CUE_PRIORITY).

event_lexicon.tsv (kind, lemma, particle, value, cameo), from CAMEO.2.0.txt, for the event finder
  * The members of the verb blocks in EVENT_BLOCKS give their role ("verb": names an event of a type; "remote": an
    event only "by phone/video"; "travel"/"arrive": a visit with "to"/"in" a place; "status": gives a mention its
    status), value and code; members in NOT_DIPLOMATIC (other senses in news English) are left out, and SENSES
    gives some members a more specific reading ("mediate" is mediation, not bargaining). A phrasal member
    ("call_off") is split into lemma and particle.
  * Event nouns (EVENT_NOUNS) are listed with code 036 when the dictionary names them in a pattern ("* MEETING").
  * Verbs that make a signing of the accord they take ("paper" rows: "concluded a treaty", "struck a deal", "entered
    into a pact") are the verbs of the dictionary's 057 (sign formal agreement) patterns whose object is an accord,
    less those where one side alone approves or accedes (ONE_SIDED_057: "ratified the treaty", "joined the pact").

phoenix_actors.tsv (name, variant, code, start, end), from Phoenix.Countries.actors.txt and
Phoenix.International.actors.txt
  * An entry is a primary phrase, its "+" variants and its codes: "[CODE]" on the primary line or on indented lines,
    several per line allowed, each optionally restricted ">date" (from), "<date" (until) or "date-date". As in
    PETRARCH, primaries without codes share the codes that follow them. Dates are YYMMDD (00-30 read as 20YY, else
    19YY) or YYYYMMDD, written ISO; other lengths, impossible dates and reversed ranges drop that restriction.
  * One row per (variant, code, restriction); the primary is a variant of itself. "_" reads as a space, a final "_"
    (exact-word marker) is dropped, case is kept as in the file. "[---]" (no code) makes no row. Text with control
    characters or undecodable bytes is not a usable spelling: such variants are skipped (a primary keeps its name
    with those characters removed).

phoenix_agents.tsv (word, code), from Phoenix.agents.txt
  * "PHRASE {plural} [~CODE]": the code without its "~"; the plural is the one in {...} ({} for none), else the
    regular one (consonant+Y -> IES, S/SH/CH/X/Z -> ES, else S); "!MARKER!" lines are expanded with the marker's
    list and get no plural. Words are lower-case with "_" as a space; a word listed twice keeps its first code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "lexicons" / "petrarch"
DEFAULT_OUT = REPO / "diplograph" / "kb" / "data"
VERBS_FILE = "CAMEO.2.0.txt"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt")
AGENTS_FILE = "Phoenix.agents.txt"
NULL_CODE = "---"

# CAMEO code of what the verb's subject does -> family; a four-digit code is looked up by its three-digit root.
# 128 (defy norms, law) is not a rejection of a proposal and is left out.
FAMILY_BY_CODE = {
    "026": "propose",  # appeal to others to meet or negotiate
    "028": "propose",  # appeal to others to mediate
    "036": "intend",  # express intent to meet or negotiate
    "038": "agree",  # express intent to accept mediation
    "039": "intend",  # express intent to mediate
    "040": "meet",  # consult, not specified below
    "041": "call",  # discuss by telephone
    "042": "visit",  # make a visit
    "043": "host",  # host a visit
    "044": "meet",  # meet at a "third" location
    "045": "mediate",
    "046": "negotiate",  # engage in negotiation
    "057": "sign",  # sign formal agreement
    **{f"12{d}": "reject" for d in "012345679"},  # reject (125: proposal to meet, discuss or negotiate)
    **{f"16{d}": "reduce" for d in "0123456"},  # reduce relations (161 break relations, 164 halt negotiations)
}
RECIPROCAL_AGREE = "036:036"
HALT_CODES = ("164", "165")  # halt negotiations, halt mediation
BLOCK_FAMILY = {"CANCEL": ("cancel", ("16",)), "DELAY": ("postpone", ("12", "16"))}

# Verbal CAMEO code (three-digit root) -> cue kind of a speech verb; 017 (symbolic act) is not speech.
CUE_BY_CODE = {
    "010": "say", "011": "other", "012": "say", "013": "say", "014": "other", "015": "other", "016": "deny",
    "018": "say", "019": "say",
    **{f"02{d}": "urge" for d in "0123456789"},  # appeals
    **{f"10{d}": "urge" for d in "0123456789"},  # demands
    "110": "other", "111": "accuse", "112": "accuse", "114": "other",
    **{f"13{d}": "warn" for d in "0123456789"},  # threats
}
CUE_PRIORITY = ("deny", "accuse", "warn", "urge", "say", "other")
MIN_PATTERNS = 3  # a verb without a code alone needs this many patterns, most of them of one code

_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")
_HEADER = re.compile(r"^---\s*(\S+)\s*\[([^\]]*)\]")
_WORD = re.compile(r"^[A-Z][A-Z_'\-]*$")
_SYNSET = re.compile(r"&[A-Z0-9_]+")
_CODE = re.compile(r"^\d*(:\d*)?$")


# ---------------------------------------------------------------- reading

def read_lines(path: Path) -> list[str]:
    """The file's lines, decoded as UTF-8 with undecodable bytes marked (U+FFFD) for the callers to skip."""
    return path.read_bytes().decode("utf-8", errors="replace").splitlines()


def strip_comment(line: str, marks: str = "#;") -> tuple[str, str]:
    """(text, comment) split at the first comment mark."""
    cut = min((i for i in (line.find(m) for m in marks) if i >= 0), default=-1)
    return (line, "") if cut < 0 else (line[:cut], line[cut + 1:])


def phrase(text: str) -> str:
    """A dictionary phrase as words: '_' as a space, the final exact-word '_' and extra spaces dropped."""
    return " ".join(text.replace("_", " ").split())


def clean_code(text: str) -> str:
    """A CAMEO code as written, without spaces or stray marks ('080!' -> '080')."""
    return re.sub(r"[^0-9:\-]", "", text)


# ---------------------------------------------------------------- verb dictionary

@dataclass
class Member:
    lemma: str
    forms: frozenset[str]  # upper-case forms with '_' between words, for matching comment verbs
    code: str | None


@dataclass
class Pattern:
    text: str
    code: str
    verbs: tuple[str, ...]


@dataclass
class Block:
    name: str
    code: str
    members: list[Member] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def regular_forms(word: str) -> set[str]:
    """Regular English verb forms of an upper-case word, generous: only used to recognise comment verbs."""
    forms = {word, word + "S", word + "ES", word + "ED", word + "D", word + "ING", word + word[-1] + "ED",
             word + word[-1] + "ING"}
    if word.endswith("Y"):
        forms |= {word[:-1] + "IES", word[:-1] + "IED"}
    if word.endswith("E"):
        forms.add(word[:-1] + "ING")
    return forms


def parse_member(text: str) -> Member | None:
    """A member line ('+GO_TO {+GOES_TO +WENT_TO} [040]') as lemma, forms and own code."""
    body, _, rest = text.partition("[")
    code = clean_code(rest.partition("]")[0]) if rest else None
    name, _, irregular = body.partition("{")
    name = name.strip().lstrip("+").strip()
    if not name:
        return None
    key = name.upper().rstrip("_")
    head, sep, tail = key.partition("_")
    forms = {f + sep + tail for f in regular_forms(head)}
    forms |= {f.lstrip("+").rstrip("_") for f in irregular.partition("}")[0].upper().split()}
    return Member(phrase(name).lower(), frozenset(forms), code if code else None)


def parse_pattern(text: str, comment: str) -> Pattern | None:
    """A pattern line ('- * MEETING [036] # ASK , SEEK') as text, code and the verbs its comment names."""
    body, _, rest = text.lstrip()[1:].rpartition("[")
    code = clean_code(rest.partition("]")[0])
    if not body.strip() or not code or not _CODE.match(code):
        return None
    verbs = tuple(t for t in (piece.split()[0].upper() for piece in comment.split(",") if piece.split())
                  if _WORD.match(t))
    return Pattern(body.strip(), code, verbs)


def parse_verb_dictionary(lines: list[str]) -> tuple[dict[str, tuple[str, ...]], list[Block]]:
    """Synsets (label -> phrases) and verb blocks of a PETRARCH verb dictionary."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    open_synset: str | None = None
    for raw in lines:
        text, comment = strip_comment(raw)
        stripped = text.strip()
        header = _HEADER.match(raw)
        if header:
            blocks.append(Block(header.group(1).upper(), clean_code(header.group(2)) or NULL_CODE))
            open_synset = None
        elif stripped.startswith("&"):
            open_synset = stripped.split()[0].upper()
            synsets[open_synset] = []
        elif stripped.startswith("+") and open_synset:
            synsets[open_synset].append(phrase(stripped[1:]).lower())
        elif not stripped:
            open_synset = None
        elif blocks and stripped.startswith("-"):
            pattern = parse_pattern(text, comment)
            if pattern:
                blocks[-1].patterns.append(pattern)
        elif blocks and not open_synset:
            member = parse_member(stripped)
            if member:
                blocks[-1].members.append(member)
    return {k: tuple(v) for k, v in synsets.items()}, blocks


def expand_pattern(text: str, synsets: dict[str, tuple[str, ...]]) -> list[str] | None:
    """The normalised pattern texts, one per combination of synset members; None when a synset is undefined."""
    labels = _SYNSET.findall(text.upper())
    if any(label not in synsets for label in labels):
        return None
    parts = _SYNSET.split(text.upper())
    out = []
    for choice in itertools.product(*(synsets[label] for label in labels)):
        filled = parts[0] + "".join(c + p for c, p in zip(choice, parts[1:]))
        out.append(normalise_pattern(filled))
    return out


def normalise_pattern(text: str) -> str:
    """Lower case, '_' as a space, single spaces, none inside brackets; a bare '*' is the verb alone ('')."""
    text = " ".join(text.lower().replace("_", " ").split())
    text = re.sub(r"\s*([)}])", r"\1", re.sub(r"([({])\s*", r"\1", text))
    return "" if text == "*" else text


def pattern_lemmas(pattern: Pattern, block: Block, index: dict[str, set[str]]) -> set[str]:
    """The lemmas a pattern belongs to: its comment verbs in this block, else anywhere, else the whole block."""
    found: set[str] = set()
    for verb in pattern.verbs:
        local = {m.lemma for m in block.members if verb in m.forms}
        found |= local or index.get(verb, set())
    return found or {m.lemma for m in block.members}


def form_index(blocks: list[Block]) -> dict[str, set[str]]:
    """Upper-case verb form -> lemmas, over every block."""
    index: dict[str, set[str]] = defaultdict(set)
    for block in blocks:
        for member in block.members:
            for form in member.forms:
                index[form].add(member.lemma)
    return index


@dataclass(frozen=True)
class VerbUse:
    lemma: str
    code: str
    pattern: str  # normalised; "" for the verb alone
    block: str
    origin: int  # the dictionary pattern's number in file order; -1 for the verb alone


def verb_uses(synsets: dict[str, tuple[str, ...]], blocks: list[Block]) -> tuple[list[VerbUse], Counter]:
    """Every (lemma, code, pattern) the dictionary states, with the block it stands in, and skip counts."""
    index = form_index(blocks)
    uses: list[VerbUse] = []
    skipped: Counter = Counter()
    patterns = itertools.count()
    for block in blocks:
        for member in block.members:
            code = member.code or block.code
            if code and code != NULL_CODE:
                uses.append(VerbUse(member.lemma, code, "", block.name, -1))
        for pattern in block.patterns:
            origin = next(patterns)
            texts = expand_pattern(pattern.text, synsets)
            if texts is None:
                skipped["pattern naming an undefined synset"] += 1
                continue
            for lemma in pattern_lemmas(pattern, block, index):
                uses.extend(VerbUse(lemma, pattern.code, t, block.name, origin) for t in texts)
    return uses, skipped


# ---------------------------------------------------------------- families and cue kinds

def code_parts(code: str) -> tuple[str, str]:
    """('A', 'B') of an 'A:B' code; ('A', '') of a plain one."""
    a, _, b = code.partition(":")
    return a, b


def family_of(use: VerbUse) -> str | None:
    """The diplomatic family of a verb use, or None when its code is not one of them (rules in the module doc)."""
    primary = code_parts(use.code)[0]
    if len(primary) < 3 or primary == NULL_CODE:
        return None
    family = FAMILY_BY_CODE.get(primary[:3])
    if family is None:
        return None
    if use.code == RECIPROCAL_AGREE:
        return "agree"
    special = BLOCK_FAMILY.get(use.block)
    if special and primary.startswith(special[1]):
        return special[0]
    if primary[:3] in HALT_CODES:
        return "cancel"
    return family


def cameo_rows(uses: list[VerbUse]) -> list[tuple[str, ...]]:
    """Rows of cameo_verbs.tsv."""
    rows = set()
    for use in uses:
        family = family_of(use)
        if family:
            rows.add((use.lemma, use.code, use.pattern, family))
    return sorted(rows)


def code_root(code: str) -> str:
    """The three-digit CAMEO root of what the subject does ('0841:0841' -> '084'); '' when there is none."""
    primary = code_parts(code)[0]
    return primary[:3] if len(primary) >= 3 else ""


def verb_code(lemma_uses: list[VerbUse]) -> list[str]:
    """A verb's codes for the speech table: its codes alone, else its patterns' dominant three-digit code."""
    alone = sorted({code_root(u.code) for u in lemma_uses if u.origin < 0} - {""})
    if alone:
        return alone
    roots = {u.origin: code_root(u.code) for u in lemma_uses if code_root(u.code)}
    counts = Counter(roots.values())
    if not counts:
        return []
    top, n = min(counts.items(), key=lambda item: (-item[1], item[0]))
    return [top] if n >= MIN_PATTERNS and 2 * n > len(roots) else []


def speech_rows(uses: list[VerbUse]) -> list[tuple[str, ...]]:
    """Rows of speech_verbs.tsv: one per speech verb, its code and cue kind."""
    by_lemma: dict[str, list[VerbUse]] = defaultdict(list)
    for use in uses:
        by_lemma[use.lemma].append(use)
    rows = []
    for lemma, lemma_uses in by_lemma.items():
        kinds = [(CUE_PRIORITY.index(CUE_BY_CODE[c]), c) for c in verb_code(lemma_uses) if c in CUE_BY_CODE]
        if kinds:
            _, code = min(kinds)
            rows.append((lemma, code, CUE_BY_CODE[code]))
    return sorted(rows)


# ---------------------------------------------------------------- event lexicon

# CAMEO verb block -> (role, value, CAMEO code) of its members in the event table.
EVENT_BLOCKS = {
    "MEET_PEOPLE": ("verb", "meeting", "040"),
    "CALL": ("remote", "call", "041"),
    "VISIT": ("verb", "visit", "042"),
    "HOST": ("verb", "visit", "043"),
    "CONFER": ("remote", "call", "041"),
    "COMPROMISE": ("verb", "negotiation", "046"),
    "ASSEMBLE": ("verb", "talks", "040"),
    "SIGN": ("verb", "signing", "057"),
    "GO_SOMEWHERE": ("travel", "visit", "042"),
    "ARRIVE": ("arrive", "visit", "042"),
    "REFUSE": ("status", "declined", "125"),
    "REBUFF": ("status", "declined", "125"),
    "CANCEL": ("status", "cancelled", "125"),
    "DELAY": ("status", "postponed", "125"),
    "AGREE": ("status", "agreed", "036"),
    "SCHEDULE": ("status", "scheduled", "036"),
    "INTEND": ("status", "proposed", "036"),
    "OFFER": ("status", "proposed", "036"),
    "INVITE": ("status", "proposed", "036"),
    "START": ("status", "held", "040"),
}
# Block members that are no diplomatic contact in news English ("brave", "face" a crisis).
NOT_DIPLOMATIC = frozenset(w.replace("_", " ") for w in """brave confront encounter face interact run_into communicate_with contact
amass cluster conglomerate constellate converge flock huddle join unite utter verbalise verbalize
arbitrate resettle resolve settle hash_out settle_on conciliate intermediate compromise
cease close desist end quit reclose stop shut_down take_leave abolish discontinue terminate halt
resist withstand slight deny forestall hamper hinder impede inhibit obstruct prevent procrastinate
remit retard gratify satisfy mean elicit reinvite ask_for activate originate pioneer relaunch
set_in_motion set_up embark_on open_up inaugurate initiate conjoin table stymie stall talk_over
assemble congregate go_away go_forth go_to leave_behind pull_out walk_out depart egress embark leave
attend approach come touring""".split())
# Specific senses the block's default does not give ("mediate" is mediation, not bargaining).
SENSES = {"mediate": ("verb", "mediation", "045"), "intercede": ("verb", "mediation", "045"),
          "negotiate": ("verb", "negotiation", "046"), "convene": ("verb", "talks", "040"),
          "reconvene": ("verb", "talks", "040"), "get together": ("verb", "meeting", "040"),
          "gather": ("verb", "meeting", "040"), "consult": ("verb", "talks", "040"),
          "confer": ("verb", "talks", "040"), "phone": ("verb", "call", "041"),
          "telephone": ("verb", "call", "041")}
# Event nouns (CAMEO patterns name many as objects of the verbs above: "* MEETING [036]", "* VISIT"); meals
# between leaders are meetings ("dinner with X").
EVENT_NOUNS = {"meeting": "meeting", "summit": "summit", "talks": "talks", "negotiation": "negotiation",
               "consultation": "talks", "dialogue": "talks", "visit": "visit", "trip": "visit", "tour": "visit",
               "conference": "conference", "call": "call", "conversation": "call", "videoconference": "call",
               "mediation": "mediation", "signing": "signing", "get-together": "meeting", "face-to-face": "meeting",
               "tete-a-tete": "meeting", "phone-call": "call", "ministerial": "meeting", "lunch": "meeting",
               "luncheon": "meeting", "dinner": "meeting", "breakfast": "meeting"}


# 057 verbs that are one side's act on an accord, not the sides signing it.
ONE_SIDED_057 = frozenset("adopt approve endorse join ratify".split())
# Pattern objects that are accords (the &TREATY synset's members and the papers CAMEO's SIGN patterns name).
ACCORDS = frozenset("accord agreement agreements aggrement deal declaration memorandum memoradum pact protocol treaty "
                    "written agreement".split(" "))


def paper_rows(uses: list[VerbUse]) -> set[tuple[str, ...]]:
    """"paper" rows of event_lexicon.tsv: verbs whose 057 patterns take an accord as their object."""
    rows = set()
    for use in uses:
        if code_parts(use.code)[0][:3] != "057" or use.lemma in ONE_SIDED_057 or " " in use.lemma:
            continue
        obj = use.pattern.removeprefix("* ").split(" (")[0].strip("{}")
        if obj in ACCORDS or obj.split(" ")[-1] in ACCORDS:
            rows.add(("paper", use.lemma, "", "signing", "057"))
    return rows


def event_rows(blocks: list[Block], text: str, uses: list[VerbUse]) -> list[tuple[str, ...]]:
    """Rows of event_lexicon.tsv (rules in the module doc); text is the dictionary, for the nouns it names."""
    rows = paper_rows(uses)
    for block in blocks:
        role = EVENT_BLOCKS.get(block.name)
        if role is None:
            continue
        for member in block.members:
            if member.lemma in NOT_DIPLOMATIC or not re.fullmatch(r"[a-z]+( [a-z]+)?", member.lemma):
                continue
            kind, value, code = SENSES.get(member.lemma, role)
            lemma, _, particle = member.lemma.partition(" ")
            rows.add((kind, lemma, particle, value, code))
    upper = text.upper()
    rows.update(("noun", noun, "", kind, "036" if noun.upper() in upper else "") for noun, kind in EVENT_NOUNS.items())
    return sorted(rows)


# ---------------------------------------------------------------- actors

def parse_date(text: str) -> dt.date | None:
    """A PETRARCH date: YYMMDD (00-30 -> 20YY) or YYYYMMDD; None when malformed or impossible."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            return dt.date(yy + (2000 if yy <= 30 else 1900), int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def parse_restriction(text: str) -> tuple[str, str, str] | None:
    """'RUSGOV >000507' -> ('RUSGOV', '2000-05-07', ''); None for the null code or a malformed date."""
    code, _, rest = text.strip().partition(" ")
    rest = rest.replace(" ", "")
    if not code or code == NULL_CODE:
        return None
    if not rest:
        return code, "", ""
    if rest[0] in "<>":
        day = parse_date(rest[1:])
        if day is None:
            return None
        return (code, day.isoformat(), "") if rest[0] == ">" else (code, "", day.isoformat())
    first, _, last = rest.partition("-")
    start, end = parse_date(first), parse_date(last)
    if start is None or end is None or end < start:
        return None
    return code, start.isoformat(), end.isoformat()


@dataclass
class ActorGroup:
    names: list[tuple[str, list[str]]] = field(default_factory=list)  # (primary, its usable variants)
    codes: list[tuple[str, str, str]] = field(default_factory=list)


def usable(text: str) -> bool:
    """False for text with control characters or undecodable bytes."""
    return not _CTRL.search(text)


def restrictions(text: str, stats: Counter) -> list[tuple[str, str, str]]:
    """Every bracketed code of a line, parsed; malformed ones counted in stats and left out."""
    out = []
    for inner in re.findall(r"\[([^\]]*)\]", text):
        parsed = parse_restriction(inner)
        if parsed:
            out.append(parsed)
        elif inner.strip() != NULL_CODE:
            stats["actor restriction with a malformed date"] += 1
    return out


def add_primary(groups: list[ActorGroup], text: str) -> None:
    """Opens an entry; a primary joins the previous one while that has no codes yet (PETRARCH's reading)."""
    if not groups or groups[-1].codes:
        groups.append(ActorGroup())
    name = phrase(_CTRL.sub("", text.partition("[")[0]))
    groups[-1].names.append((name, [name] if usable(text.partition("[")[0]) else []))


def parse_actor_file(lines: list[str], stats: Counter) -> list[ActorGroup]:
    """Actor entries of a PETRARCH/TABARI actor dictionary."""
    groups: list[ActorGroup] = []
    for raw in lines:
        text, _ = strip_comment(raw, "#")
        if not text.strip():
            continue
        if text[0] in " \t":
            if groups:
                groups[-1].codes.extend(restrictions(text, stats))
        elif text.startswith("+"):
            variant = text[1:].partition("[")[0]
            if groups and groups[-1].names and usable(variant) and phrase(variant):
                groups[-1].names[-1][1].append(phrase(variant))
            elif not usable(variant):
                stats["actor variant with unusable characters"] += 1
        else:
            add_primary(groups, text)
            groups[-1].codes.extend(restrictions(text, stats))
    return groups


def actor_rows(groups: list[ActorGroup]) -> list[tuple[str, ...]]:
    """Rows of phoenix_actors.tsv."""
    rows = set()
    for group in groups:
        for name, variants in group.names:
            if not name:
                continue
            for variant in variants:
                rows.update((name, variant, *code) for code in group.codes)
    return sorted(rows)


# ---------------------------------------------------------------- agents

def regular_plural(word: str) -> str:
    """The regular plural of an upper-case noun phrase's last word."""
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X", "Z")):
        return word + "ES"
    return word + "S"


def agent_entries(line: str, markers: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(word, code) pairs of one agents line, plurals and marker substitutions expanded."""
    body, _, rest = line.partition("[")
    code = rest.partition("]")[0].strip().replace("~", "")
    if not code:
        return []
    marker = re.search(r"!([A-Z]+)!", body)
    if marker:
        subs = markers.get(marker.group(1), [])
        return [(phrase(body[:marker.start()] + s + body[marker.end():]).lower(), code) for s in subs]
    stem, brace, plural = body.partition("{")
    stem = stem.strip().rstrip("_")
    if not stem:
        return []
    plural = plural.partition("}")[0].strip() if brace else regular_plural(stem)
    return [(phrase(w).lower(), code) for w in (stem, plural) if phrase(w)]


def agent_rows(lines: list[str], stats: Counter) -> list[tuple[str, ...]]:
    """Rows of phoenix_agents.tsv: each word with the first code the file gives it."""
    markers: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for raw in lines:
        text, _ = strip_comment(raw, "#")
        if not text.strip():
            continue
        defined = re.match(r"\s*!([A-Z]+)!\s*=(.*)", text)
        if defined:
            markers[defined.group(1)] = [w.strip() for w in defined.group(2).split(",") if w.strip()]
            continue
        for word, code in agent_entries(text, markers):
            if not usable(word):
                stats["agent with unusable characters"] += 1
            elif words.setdefault(word, code) != code:
                stats["agent word listed with another code (first kept)"] += 1
    return sorted(words.items())


# ---------------------------------------------------------------- writing

def write_atomic(path: Path, text: str) -> None:
    """Writes text to path through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def tsv(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A TSV text with a header line; tabs and newlines never occur in the fields."""
    assert all("\t" not in f and "\n" not in f for row in rows for f in row)
    return "".join("\t".join(r) + "\n" for r in [header, *rows])


def notice(source: Path) -> str:
    """The MIT notice of the dictionaries and what was derived from which file."""
    return ((source / "LICENSE").read_text(encoding="utf-8").rstrip("\n") + "\n\n"
            "cameo_verbs.tsv, speech_verbs.tsv and event_lexicon.tsv were derived from CAMEO.2.0.txt, "
            "phoenix_actors.tsv from "
            "Phoenix.Countries.actors.txt and Phoenix.International.actors.txt, and phoenix_agents.tsv from "
            "Phoenix.agents.txt (Open Event Data Alliance dictionaries, openeventdata/UniversalPetrarch) by "
            "scripts/derive_petrarch.py.\n")


def derive(source: Path, out: Path) -> dict[str, int | Counter]:
    """Writes the four tables and the notice into out; returns row counts and what was skipped."""
    stats: Counter = Counter()
    verb_lines = read_lines(source / VERBS_FILE)
    synsets, blocks = parse_verb_dictionary(verb_lines)
    uses, skipped = verb_uses(synsets, blocks)
    stats.update(skipped)
    stats["pattern coding only its object's event (':B'), left out"] = len(
        {u.origin for u in uses if u.code.startswith(":") and u.code[1:4] in FAMILY_BY_CODE})
    groups = [g for name in ACTOR_FILES for g in parse_actor_file(read_lines(source / name), stats)]
    tables = {
        "cameo_verbs.tsv": (("lemma", "code", "pattern", "family"), cameo_rows(uses)),
        "speech_verbs.tsv": (("lemma", "code", "cue_kind"), speech_rows(uses)),
        "phoenix_actors.tsv": (("name", "variant", "code", "start", "end"), actor_rows(groups)),
        "phoenix_agents.tsv": (("word", "code"), agent_rows(read_lines(source / AGENTS_FILE), stats)),
        "event_lexicon.tsv": (("kind", "lemma", "particle", "value", "cameo"),
                              event_rows(blocks, "\n".join(verb_lines), uses)),
    }
    for name, (header, rows) in tables.items():
        write_atomic(out / name, tsv(header, rows))
    write_atomic(out / "NOTICE.petrarch", notice(source))
    return {**{name: len(rows) for name, (_, rows) in tables.items()}, "skipped": stats}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of the PETRARCH dictionaries")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder the tables are written to")
    args = parser.parse_args(argv)
    missing = [n for n in (VERBS_FILE, AGENTS_FILE, "LICENSE", *ACTOR_FILES) if not (args.source / n).is_file()]
    if missing:
        print(f"derive_petrarch: missing in {args.source}: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = derive(args.source, args.out)
    for key, value in result.items():
        if isinstance(value, Counter):
            for what, n in sorted(value.items()):
                print(f"skipped: {what}: {n}")
        else:
            print(f"{key}: {value} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
