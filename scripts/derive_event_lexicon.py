"""Regenerate diplograph/kb/data/event_lexicon.tsv from the CAMEO verb dictionary (PETRARCH format)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

# CAMEO verb blocks -> (role, value, CAMEO code). Roles: "verb" names an event of a type; "status" is a
# word that gives an event mention its status; "remote" verbs are events only "by phone/video".
BLOCKS = {
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
# Synonyms of a block that are no diplomatic contact in news English ("brave", "face" a crisis).
NOT_DIPLOMATIC = frozenset("""brave confront encounter face interact run_into communicate_with contact
amass cluster conglomerate constellate converge flock huddle join unite utter verbalise verbalize
arbitrate resettle resolve settle hash_out settle_on conciliate intermediate compromise
cease close desist end quit reclose stop shut_down take_leave abolish discontinue terminate halt
resist withstand slight deny forestall hamper hinder impede inhibit obstruct prevent procrastinate
remit retard gratify satisfy mean elicit reinvite ask_for activate originate pioneer relaunch
set_in_motion set_up embark_on open_up inaugurate initiate conjoin table stymie stall talk_over
assemble congregate go_away go_forth go_to leave_behind pull_out walk_out depart egress embark leave
attend approach come touring""".split())
# Specific senses the block's default code does not give ("mediate" is mediation, not bargaining).
SENSES = {"mediate": ("verb", "mediation", "045"), "intercede": ("verb", "mediation", "045"),
          "negotiate": ("verb", "negotiation", "046"), "convene": ("verb", "talks", "040"),
          "reconvene": ("verb", "talks", "040"), "get_together": ("verb", "meeting", "040"),
          "gather": ("verb", "meeting", "040"), "consult": ("verb", "talks", "040"),
          "confer": ("verb", "talks", "040"), "phone": ("verb", "call", "041"),
          "telephone": ("verb", "call", "041")}
# Event nouns (CAMEO patterns name them as objects of the verbs above: "* MEETING [036]", "* VISIT").
NOUNS = {"meeting": "meeting", "summit": "summit", "talks": "talks", "negotiation": "negotiation",
         "consultation": "talks", "dialogue": "talks", "visit": "visit", "trip": "visit", "tour": "visit",
         "conference": "conference", "call": "call", "conversation": "call", "videoconference": "call",
         "mediation": "mediation", "signing": "signing", "get-together": "meeting", "face-to-face": "meeting",
         "tete-a-tete": "meeting", "phone-call": "call", "ministerial": "meeting"}
HEADER = "# Derived from CAMEO.2.0.txt (Open Event Data Alliance, MIT licence; copyright notice below).\n" \
         "# Regenerate: python scripts/derive_event_lexicon.py PATH/TO/CAMEO.2.0.txt\n"
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[")


def synonym_sets(text: str) -> dict[str, list[str]]:
    """Block name -> the verb words listed before its patterns (lower-case, "_" for phrasal verbs)."""
    sets: dict[str, list[str]] = {}
    name = None
    for line in text.splitlines():
        m = _BLOCK.match(line)
        if m:
            name = m.group(1)
            sets.setdefault(name, [])
            continue
        if name is None or not line.strip() or line.startswith(("#", "-", "&")):
            if line.startswith("-"):
                name = None  # patterns follow the synonyms
            continue
        word = line.split()[0].lstrip("+").lower()
        if re.fullmatch(r"[a-z_]+", word):
            sets[name].append(word)
    return sets


def notice(text: str) -> str:
    """The dictionary's MIT notice, kept as comments."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if "MIT License" in line)
    end = next(i for i in range(start, len(lines)) if "OTHER DEALINGS" in lines[i])
    return "\n".join(lines[start:end + 1]) + "\n"


def rows(text: str) -> list[tuple[str, str, str, str, str]]:
    """(kind, lemma, particle, value, cameo) rows of the table."""
    sets = synonym_sets(text)
    out = []
    for block, (role, value, code) in BLOCKS.items():
        for word in sets.get(block, []):
            if word in NOT_DIPLOMATIC:
                continue
            role_, value_, code_ = SENSES.get(word, (role, value, code))
            lemma, _, particle = word.partition("_")
            out.append((role_, lemma, particle, value_, code_))
    present = text.upper()
    for noun, kind in NOUNS.items():
        code = "036" if noun.upper() in present else ""
        out.append(("noun", noun, "", kind, code))
    return sorted(set(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cameo", type=Path)
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parents[1] / "diplograph/kb/data/event_lexicon.tsv")
    args = parser.parse_args(argv)
    text = args.cameo.read_text(encoding="utf-8", errors="replace")
    body = "".join("\t".join(r) + "\n" for r in rows(text))
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(HEADER + notice(text) + "kind\tlemma\tparticle\tvalue\tcameo\n" + body, encoding="utf-8")
    tmp.replace(args.out)
    print(f"{args.out}: {body.count(chr(10))} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
