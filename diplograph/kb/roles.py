"""Titles and offices: a general lexicon plus readers for pre-modifiers, appositions and descriptions."""

from __future__ import annotations

import re

from diplograph.kb.gazetteer import gazetteer
from diplograph.kb.names import words

# Head nouns of titles (last word of "foreign minister", "cultural advisor", ...).
TITLE_HEADS = frozenset("""
president vice-president premier chancellor king queen emperor empress prince princess emir amir sultan
monarch pope leader head minister secretary secretary-general ambassador envoy emissary
diplomat negotiator representative consul spokesman spokeswoman spokesperson adviser advisor aide
counsellor counselor councillor councilor assistant general commander chief chairman chairwoman chairperson chair director
director-general
governor mayor senator congressman congresswoman lawmaker speaker counterpart colleague deputy official
commissioner prosecutor attorney-general judge justice rapporteur coordinator czar tsar
lyonchhen lyonpo beretitenti taoiseach tánaiste tanaiste d'affaires d’affaires
""".split())  # offices known by their own language's word: Bhutan's "Lyonchhen" (prime minister) and "Lyonpo"
# (minister), Kiribati's "Beretitenti" (president), Ireland's "Taoiseach" and "Tánaiste", the chargé d'affaires
PLURAL_HEADS = frozenset("""presidents leaders ministers ambassadors envoys diplomats negotiators
officials spokesmen advisers advisors aides counterparts colleagues heads chiefs""".split())
# Heads that say "the person at the top" and so match any such office.
LEADER_HEADS = frozenset("""president premier chancellor king queen emperor emir sultan monarch leader
head counterpart colleague prime-minister supreme-leader taoiseach""".split())
# Titles one person alone holds, standing for the state they head when no holder is named ("the Pope").
SOLE_OFFICES = {"pope": "Holy See", "taoiseach": "Ireland", "tánaiste": "Ireland", "tanaiste": "Ireland"}
# "By X, Prime Minister of Y": a byline giving an office after the name; its author writes as a party (the text's
# "I"), not as a reporter whose credit is page furniture.
AUTHOR_OFFICES = frozenset("""president premier chancellor king queen emir sultan minister secretary secretary-general
ambassador envoy commissioner""".split())  # offices whose holder's "I" meets others (not "head of research")
AUTHOR_OFFICE = re.compile(r",\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}(?:%s)\b(?![ -]correspondent)"
                           % "|".join(sorted(AUTHOR_OFFICES, key=len, reverse=True)), re.I)
# Honorifics are neither names nor roles; some tell the gender.
HONORIFICS = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
              "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None,
              "madam": "f", "monsieur": "m", "herr": "m", "sen.": None, "rep.": None, "gen.": None,
              "ayatollah": "m", "sheikh": "m", "hon.": None, "cmdr.": None, "cmdr": None, "capt.": None,
              "hon": None, "rt.": None, "rt": None,  # "Rt Hon Jane Roe", "Hon Jane Roe": Commonwealth styles
              "lt.": None, "col.": None, "adm.": None, "maj.": None, "sgt.": None,
              "captain": None, "colonel": None, "lieutenant": None, "brigadier": None,  # ranks before a junta leader's name
              "shri": "m", "shrimati": "f", "smt.": "f", "smt": "f",
              "tun": None, "datuk": None, "dato'": None, "dato": None, "bapak": "m", "samdech": None,
              "ibu": "f", "excellency": None, "majesty": None, "highness": None, "h.e.": None, "rev.": None, "prof.": None, "mme": "f", "mme.": "f",
              "datuk": None, "dato": None, "dato'": None, "datin": "f", "seri": None, "tun": None,  # Malaysian
              "sheikha": "f", "sayyid": "m", "sayyida": "f", "h.h.": None, "h.r.h.": None, "hrh": None,
              "h.m.": None,  # Gulf styles: "Sheikha X", "Sayyid X" (Oman), "H.H. Sheikh X", "HRH Prince X"
              "engr.": None, "engr": None, "arc.": None, "barr.": None, "amb.": None,  # Nigerian and Ghanaian
              "lic.": None, "licda.": "f", "ing.": None, "arq.": None,  # professional styles; Latin American ones
              **{w: g for g, ws in (("m", "alhaji haji hj shaikh shaykh mallam pehin togbe oba encik"),
                                    ("f", "alhaja alhajja hajiya hajah hajjah hjh puan daw doña"),
                                    (None, "pengiran lyonpo lyonchhen dasho khun afioga susuga kgosi otunba oknha"
                                           " paduka"),
                                    ("m", "ato ustaz baron"), ("f", "weizero woizero ustazah baroness"))
                 for w in ws.split()}}  # cultures' styles: West African ("Alhaji", "Oba", "Togbe"), Malay and Bruneian
# ("Haji", "Pehin", "Pengiran"), Bhutanese ("Lyonpo", "Dasho"), Thai ("Khun"), Samoan ("Afioga"), Burmese ("Daw"),
# Ethiopian ("Ato", "Weizero"), Malay religious teachers' ("Ustaz") and British peers' ("Baroness X")
# Cultures' styles a name is also written with ("Alhaji Musa X", "Dato Seri Haji Y"): kept as another name of the person.
CULTURE_STYLES = frozenset("""alhaji alhaja alhajja hajiya haji hajah hajjah hj hjh mallam pehin pengiran togbe oba
dasho khun afioga susuga kgosi otunba oknha paduka datuk dato dato' datin tun sheikh sheikha shaikh shaykh sayyid
sayyida samdech nana ato weizero woizero ustaz ustazah""".split())
# Styles that are also given names ("Nana"): honorifics only before a name of two words or more ("Nana Kwame
# Mensah"; not "Nana Kiknadze"). Fiji's "Ratu" stays part of the name, as the country writes it.
LEAD_STYLES = frozenset("nana u".split())  # Burmese "U Kyaw Zin Htet" too (not "U Thant"'s one-word name)
# Words of a Malay or Bruneian style that follow its first honorific ("Dato Seri Paduka", "Pehin Orang Kaya Laila
# Setia"): parts of the style, not of the name, once a style has opened.
STYLE_CHAIN = frozenset("""seri sri setia paduka laila orang kaya pekerma dewa diraja utama bakti jaya indera lela
perdana wazir mulia berhormat amat yang dato datuk""".split())
# Styles that open a name NER may leave untagged ("Khun Sirinya Ratanakosol", "Alhaji Musa Bello").
NAME_STYLES = frozenset(w.title() for w in """sheikh sheikha sayyid sayyida datuk dato datin tun samdech shri alhaji
alhaja haji hajah pehin pengiran dasho khun afioga susuga togbe mallam""".split()) | frozenset("Mr Ms Mrs Dr".split()) \
    | frozenset("Engr Engr. Arc. Barr. Amb. Lic. Licda. Ing. Arq.".split())  # "Engr. Emeka Okafor", "Lic. Ana Roe"
# Letters after a name (post-nominals: seats, silks, honours, degrees), never part of it: "Jane Roe TD", "the Hon
# Jane Roe OBE MP", "Jane Roe KC", "Alhaji Jane Roe, OON". Matched as written (upper case, "PhD").
POST_NOMINALS = frozenset("""TD MP MEP MLA MSP MPP MHA MNA MHK AM MS MHR QC KC SC SAN JP PC OBE MBE CBE KBE DBE GBE CMG
KCMG GCMG DCMG CVO KCVO GCVO LVO MVO CH OM CB KCB GCB KG KT PhD DPhil MD FRS OON OFR CON GCON GCFR EGH EBS CBS MGH OJ
OD CD AO AC ONZM CNZM KNZM DNZM MNZM QSO GCSK TC""".split())
POST_NOMINALS |= frozenset("".join(f"{c}." for c in w) for w in POST_NOMINALS if w.isupper()) | {"Ph.D."}  # "M.P."
# Styles written as upper-case initials ("HE Jane Roe", "HH the Amir"): read in capitals only, never the pronoun "he".
STYLE_INITIALS = frozenset("HE HH HRH HM".split())
GENDERED = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "king": "m",
            "queen": "f", "prince": "m", "princess": "f", "emperor": "m", "empress": "f",
            "congressman": "m", "congresswoman": "f", "sultan": "m", "emir": "m", "amir": "m", "sheikh": "m"}
# Lower-case words that may stand inside a title before its head.
MODIFIERS = frozenset("""foreign defence defense interior finance economy economic trade justice health
prime vice deputy first chief top senior special presidential national security cultural
political military press executive general supreme acting former then outgoing incoming
state permanent lead principal assistant junior energy culture education agriculture
environment transport labour labor intelligence cabinet party parliamentary opposition
communications digital climate development humanitarian regional international
majority minority attorney policy solicitor surgeon inspector auditor house senate crown high interim
""".split())
# Portfolios named inside titles ("Cabinet Secretary for Foreign Affairs", "External Affairs Minister").
PORTFOLIOS = frozenset("""affairs external home petroleum oil mines mining commerce industry tourism water works
housing information planning sports youth women fisheries treasury""".split())
# Upper-case shorthand for titles ("the Ethiopian PM", "PM Okafor") and what it stands for; never "pm", a clock time.
SHORT_TITLES = {"PM": "prime minister", "FM": "foreign minister", "DPM": "deputy prime minister",
                "EAM": "external affairs minister", "CM": "chief minister"}
# Abbreviated titles before names ("Sen. Jane Roe") and what they stand for.
ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "gen.": "General",
                 "amb.": "Ambassador", "pres.": "President", "lt.": "Lieutenant", "col.": "Colonel",
                 "adm.": "Admiral", "sgt.": "Sergeant", "capt.": "Captain", "maj.": "Major", "cmdr.": "Commander",
                 "brig.": "Brigadier", "cdr.": "Commander", "cpl.": "Corporal", "pvt.": "Private",
                 "supt.": "Superintendent", "insp.": "Inspector"}


# Other languages' words written inside English titles ("Senate President pro tempore", "Minister of Foreign
# Affairs a.i.", "the Prime Minister ad interim", "Presidente en funciones", "Chargé d'Affaires", "ministre par
# intérim"): parts of the office, never of the holder's name, whatever their case.
FOREIGN_TITLE_PHRASES = frozenset(tuple(p.split()) for p in (
    "pro tempore", "ad interim", "a.i.", "en funciones", "en función", "par intérim", "par interim", "en exercice",
    "chargé d'affaires", "chargée d'affaires", "charge d'affaires", "chargé d\u2019affaires",
    "chargée d\u2019affaires", "charge d\u2019affaires"))
FOREIGN_TITLE_WORDS = frozenset(w for p in FOREIGN_TITLE_PHRASES for w in p)


def in_foreign_title(doc, i: int) -> bool:
    """Whether token i of a Doc is part of a foreign title phrase ("Pro" and "Tempore" in "President Pro Tempore")."""
    low = doc[i].lower_
    if low not in FOREIGN_TITLE_WORDS:
        return False
    return any(word == low and 0 <= i - k and i - k + len(phrase) <= len(doc)
               and all(doc[i - k + n].lower_ == w for n, w in enumerate(phrase))
               for phrase in FOREIGN_TITLE_PHRASES for k, word in enumerate(phrase))


def is_honorific(tok) -> bool:
    """An honorific or style before a name ("Mr", "Sheikh", "H.E.", "HE"), from a token."""
    return tok.lower_ in HONORIFICS or tok.text in STYLE_INITIALS


def head_of(title: str) -> str:
    """The normalised head of a title ("Prime Minister" -> "prime-minister", "cultural advisor" -> "advisor")."""
    toks = [t.lower() for t in words(title)]
    if "for" in toks[1:]:  # "Minister for Foreign Affairs", "Spokesperson for the Secretary-General": the office
        toks = toks[:toks.index("for")]  # comes before what it is for
    if toks[:2] == ["head", "of"] and toks[2:] in (["state"], ["government"]):  # the offices a constitution
        return "president" if toks[2] == "state" else "prime-minister"  # gives them in most republics
    if "of" in toks:  # "Secretary of State" is a secretary, "Secretary of Defense Spokesperson" a spokesperson
        later = [t for t in toks[toks.index("of") + 1:] if is_title(t) and t.title() not in ABBREVIATIONS.values()]
        toks = later[-1:] or toks[: toks.index("of")]
    if not toks:
        return ""
    if len(toks) >= 2 and toks[-2] in {"prime", "supreme"} and toks[-1] in {"minister", "leader"}:
        return f"{toks[-2]}-{toks[-1]}"
    return {"adviser": "advisor", "spokeswoman": "spokesman", "spokesperson": "spokesman",
            "counselor": "counsellor", "premier": "prime-minister", "lyonchhen": "prime-minister",
            "lyonpo": "minister", "beretitenti": "president", "tánaiste": "tanaiste"}.get(toks[-1], toks[-1])


def is_title(word: str) -> bool:
    """True when a word can head a title ("minister", "Spokesman")."""
    return word.lower() in TITLE_HEADS


def title_positions(lowers: list[str]) -> list[int]:
    """Indices of the words that can head a title, from a document's lower-case column (is_title of each word)."""
    return [i for i, w in enumerate(lowers) if w in TITLE_HEADS]


def same_title(role: str | None, title: str) -> bool:
    """Whether an office seen for a person fits a description's title ("leader" fits "President")."""
    if not role:
        return False
    have, want = head_of(role), head_of(title)
    if have != "counterpart" and _ranks(role) != _ranks(title) \
            and not (not _ranks(title) and title.lower().split()[-1:] == ["minister"] == title.lower().split()):
        return False  # "the Deputy Secretary" is not the Foreign Secretary, "the Prime Minister" no deputy ("the
        # minister" may still be a vice minister)
    if "state" in {w.lower() for w in words(role)} and not _portfolios(role) and _portfolios(title):
        return False  # "Minister of State X" holds no office "the Minister of Foreign Affairs" names
    if have == want or have == "counterpart":  # "his Lithuanian counterpart X" holds the office "the minister" names
        return True
    if want in {"leader", "head"}:
        return have in LEADER_HEADS
    return want == "minister" and have.endswith("minister") and not _portfolios(title)  # "the defence minister" is
    # no prime minister


def _portfolios(title: str) -> set[str]:
    """The words of a title that name a minister's field."""
    return {w.lower() for w in words(title)} & OFFICE_PORTFOLIOS


def _ranks(title: str) -> set[str]:
    """The words of a title that put its holder below the office it names ("Deputy", "Vice", "Under")."""
    return {w.lower() for w in words(title)} & RANKS


def other_portfolio(role: str, title: str) -> bool:
    """True when an office and a description name different portfolios ("Foreign Minister", "the defence minister")."""
    have, want = _portfolios(role), _portfolios(title)
    return bool(have and want and not have & want)


# The modifiers that name a minister's field (not a rank such as "prime", nor "Labour", also a party).
OFFICE_PORTFOLIOS = frozenset("""foreign defence defense interior finance economy economic trade justice health
energy culture education agriculture environment transport intelligence communications digital climate
development humanitarian""".split())
# Words that make a title a lower office than its head alone names ("Deputy Secretary", "Vice Minister").
RANKS = frozenset("deputy vice assistant under".split())
# Lower-case words that set an office-holder apart from the government's ("the opposition leader").
SIDES = frozenset("opposition rebel rebels separatist separatists insurgent militia junta".split())


def qualifiers(text: str) -> set[str]:
    """Capitalised words of a description that name no known state or body ("the Green leader": green)."""
    desc = describe(text)
    if desc is None:
        return set()
    gz, toks = gazetteer(), words(text.replace("'s", "").replace("\u2019s", ""))
    out = {t.lower() for t in toks[:-1] if t.lower() in SIDES}
    for tok in toks[:-len(desc[0].split())]:
        low = tok.lower()
        if tok[:1].isupper() and low not in ("the", "a", "an", "this", "that") and not is_title(tok) \
                and low not in MODIFIERS and low not in PORTFOLIOS \
                and (gz.demonym(tok) or gz.lookup(tok) or gz.capital(tok)) is None:
            out.add(low)
    return out


def describe(text: str) -> tuple[str, list[str]] | None:
    """Split a description ("the Kremlin spokesman") into its title and the keys of its modifiers."""

    toks = words(text.replace("'s", "").replace("\u2019s", ""))
    if not toks or not is_title(toks[-1]):
        return None
    gz = gazetteer()
    keys: list[str] = []
    title: list[str] = []
    for tok in toks:
        entry = gz.demonym(tok) or gz.lookup(tok) or gz.capital(tok)
        if entry is not None and not title:
            keys += [entry.key, entry.state] if entry.state else [entry.key]  # "Kremlin" also means Russia
        elif entry is None and tok[:1].isupper() and not is_title(tok) and tok.lower() not in MODIFIERS \
                and not title:
            keys.append("?")  # an unknown body ("the Labour leader"): neutral evidence
        else:
            title.append(tok)
    return (" ".join(title), [k for k in keys if k != "?"]) if title else None


def gender_of(tokens: list[str]) -> str | None:
    """Gender told by an honorific or a gendered title among some words, if any."""
    for tok in tokens:
        low = tok.lower()
        if HONORIFICS.get(low) or GENDERED.get(low):
            return HONORIFICS.get(low) or GENDERED.get(low)
    return None


# -- reading titles around a name in a parsed sentence ---------------------------------------
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_MAX_TITLE_TOKENS = 6


# Bodies that may stand inside a titled phrase: "Russian Foreign Ministry spokeswoman X".
BODIES = frozenset("""ministry office department government embassy mission council commission agency
administration cabinet parliament army navy military party presidency palace secretariat""".split())


def _title_token(tok) -> bool:
    low = tok.lower_
    return (is_title(tok.text) or low in MODIFIERS or low in BODIES or low in PORTFOLIOS or is_honorific(tok)
            or low in ("of", "for", "-")
            or low.endswith("-general") or low in ABBREVIATIONS or in_foreign_title(tok.doc, tok.i))


def premodifier_role(doc, first: int, keys_at: dict[int, str]) -> tuple[str, str | None, int] | None:
    """The title written just before a name: "Kremlin spokesman X", "U.S. Secretary of State X".

    Returns (title, key of the body or None, char offset where the titled phrase starts).
    """
    j, toks, role_of, start = first - 1, [], None, None
    while j >= 0 and first - j <= _MAX_TITLE_TOKENS + 2:
        tok = doc[j]
        if j in keys_at:
            if any(not is_honorific(t) or t.lower_ in ABBREVIATIONS for t in toks):
                role_of, start = keys_at[j], _phrase_start(doc, j, keys_at)
            else:  # "President of Egypt H.E. X"
                return _title_of_state(doc, j + 1)
            break
        if tok.text in _POSSESSIVE and j - 1 in keys_at and toks:
            role_of, start = keys_at[j - 1], _phrase_start(doc, j - 1, keys_at)
            break
        capital_in_title = tok.text[:1].isupper() and j > 0 and doc[j - 1].lower_ in ("of", "for")
        if tok.is_space or not (_title_token(tok) or capital_in_title) or tok.text == "-" and tok.whitespace_:
            break  # (a spaced dash ends a dateline, "ATHENS - Foreign Minister X": no "Athens minister")
        toks.insert(0, tok)
        j -= 1
    while toks and toks[0].lower_ in ("of", "for", "-"):
        toks.pop(0)
    if not toks or toks[-1].lower_ in ("of", "for") or not any(is_title(t.text) or t.lower_ in ABBREVIATIONS for t in toks):
        return None
    title = "".join(ABBREVIATIONS.get(t.lower_, t.text) + (" " if t.whitespace_ else "") for t in toks
                    if not is_honorific(t) or t.lower_ in ABBREVIATIONS or is_title(t.text)).strip()  # "Secretary-General",
    # "Lyonpo" (a style that is a title)
    return (title, role_of, start if start is not None else toks[0].idx) if title else None


def _title_of_state(doc, first: int) -> tuple[str, str | None, int] | None:
    """"President of Kenya X", "Ambassador to Japan X": a title ending in the state it serves (or is sent to)."""
    gz = gazetteer()
    for s in range(max(1, first - 6), first):
        entry = gz.lookup(doc[s:first].text)
        if entry is None or entry.type != "state":
            continue
        prep = s - 1 - (s >= 2 and doc[s - 1].lower_ == "the")
        if doc[prep].lower_ not in ("of", "to") or (start := title_before(doc, prep)) is None:
            return None
        if doc[prep].lower_ == "to":  # an envoy serves the state that sends them, not the host
            return " ".join(doc[start:first].text.split()), None, doc[start].idx
        return " ".join(doc[start:prep].text.split()), entry.key, doc[start].idx
    return None


def _phrase_start(doc, j: int, keys_at: dict[int, str]) -> int:
    """Back over the rest of a multi-token name ("United States" in "United States envoy")."""
    key = keys_at[j]
    while j - 1 >= 0 and keys_at.get(j - 1) == key:
        j -= 1
    return doc[j].idx


def apposition_role(doc, root: int, keys_at: dict[int, str]) -> tuple[str, str | None] | None:
    """The title in an apposition: "X, the foreign minister of Y" or "Y's cultural advisor, X"."""
    tok = doc[root]
    heads = [c for c in tok.children if c.dep_ == "appos"]
    if tok.dep_ == "appos":
        heads.append(tok.head)
    for head in heads:
        if is_title(head.text) and head.tag_ != "NNS":
            return _title_phrase(head, keys_at)
    return None


def _title_phrase(head, keys_at: dict[int, str]) -> tuple[str, str | None]:
    """A title head with its modifiers, and the body it belongs to (possessor, adjective or "of Y")."""
    role_of = None
    left = []
    for child in head.lefts:
        key = _key_under(child, keys_at)
        if key:
            role_of = key
        elif child.dep_ in ("amod", "compound") and (child.lower_ in MODIFIERS or is_title(child.text)
                                                      or child.text[:1].isupper()):
            left.append(child)  # "the Conservative leader, X": the party stays part of the office
    words_ = [t.text for t in left] + [head.text]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            key = _key_under(obj, keys_at) if obj is not None else None
            if key:
                role_of = key
            elif obj is not None and obj.text[:1].isupper():
                words_ += ["of", " ".join(t.text for t in obj.subtree if t.dep_ != "det")]
    for child in head.rights:  # "the Deputy Prime Minister and Minister of Foreign Affairs, X": both offices are X's
        if child.dep_ == "conj" and child.pos_ == "PROPN" and is_title(child.text) and child.tag_ != "NNPS" \
                and any(c.dep_ == "cc" for c in head.children) and child.i - head.i <= _LONG_TITLE_TOKENS:
            more, of = _title_phrase(child, keys_at)
            words_ += ["and", more]
            role_of = role_of or of
    return " ".join(words_), role_of


def _key_under(tok, keys_at: dict[int, str]) -> str | None:
    """The actor key of a token or of the name it heads (possessors, "of" objects)."""
    if tok.i in keys_at:
        return keys_at[tok.i]
    for t in tok.subtree:
        if t.i in keys_at and t.dep_ not in ("prep", "pobj"):
            return keys_at[t.i]
    return None


_LONG_TITLE_TOKENS = 12
_TITLE_LINKS = frozenset({"of", "for", "on", "and", "the", "-"})


def title_before(doc, prep: int) -> int | None:
    """Start of a title that ends just before token ``prep`` ("General Secretary of the Central Committee" before
    "of Viet Nam"), or None; an office's body alone ("Ministry of Foreign Affairs") is no title."""
    j = prep - 1
    while j >= 0 and prep - j <= _LONG_TITLE_TOKENS:
        tok = doc[j]
        if tok.is_space or not (_title_token(tok) or tok.lower_ in _TITLE_LINKS
                                or tok.is_title and tok.is_alpha and tok.pos_ == "PROPN"):
            break
        j -= 1
    start = j + 1
    while start < prep and not (is_title(doc[start].text) or doc[start].lower_ in MODIFIERS
                                or doc[start].lower_ in ABBREVIATIONS):
        start += 1
    if start >= prep or doc[prep - 1].lower_ in _TITLE_LINKS:
        return None
    first_of = next((i for i in range(start, prep) if doc[i].lower_ in ("of", "for")), prep)
    return start if any(is_title(doc[i].text) for i in range(start, first_of)) else None
