"""Person identity: keys, surname and spelling-variant linking, and gender hints from pronouns."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from diplograph.kb.gazetteer import fold
from diplograph.kb.slugs import slug

_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019.-]*")
_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "our", "that", "this"}

_NON_WORD = re.compile(r"[^a-z0-9]+")
_SKELETON_RULES = (("kh", "h"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "y"), ("tz", "z"),
                   ("ts", "z"), ("x", "ks"), ("ou", "u"), ("ie", "i"), ("'", ""))
_END_RULES = (("iy", "y"), ("yi", "y"), ("ij", "y"), ("ii", "y"), ("i", "y"), ("ey", "y"))
_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
             "herself": "f"}
PRONOUN_GENDERS = _PRONOUNS  # he/she words and the gender each tells
_CLOSE_SURNAME = 0.9
_OTHER_FAMILY = 0.8  # one part of a double surname this far from the other's is another family (Thapa/Pant)
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}  # generational suffixes after a surname
_ARABIC_ARTICLE = re.compile(r"^(?:(?:al|el) |(?:al|el|ad|ar|as|ash|at|az|an)-)(?=\w{3})")  # "al-Rubaie", folded
# "al rubaie": the article before a surname
_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "del", "la", "le", "al", "el", "bin", "ibn", "ben", "bint",
              "binti"}
PATRONYMIC_ENDS = frozenset({"uulu", "kyzy", "uly", "qyzy", "ogly", "oglu", "qizi", "kizi"})  # Turkic patronymics: "Asanbek uulu"


@lru_cache(maxsize=1 << 16)
def name_parts(name: str) -> tuple[str, str]:
    """(first name, surname) of a person's name; middle names and initials are left out."""
    toks = [t for t in name.replace("\u2019", "'").split() if t.strip(".")]
    while len(toks) > 1 and toks[-1].strip(".,").lower() in _SUFFIXES:
        toks.pop()  # "Ferdinand Marcos Jr.": the surname is Marcos
    if not toks:
        return "", ""
    surname = toks[-1]
    if len(toks) >= 3 and toks[-2].lower() in _PARTICLES:
        surname = f"{toks[-2]} {toks[-1]}"
    elif len(toks) >= 3 and toks[-1].lower() in PATRONYMIC_ENDS:
        surname = f"{toks[-2]} {toks[-1]}"  # "Zhanybek Asanbek uulu": the patronymic is the surname
    return (toks[0] if len(toks) > 1 else ""), surname


def person_key(name: str) -> str:
    """The key of a person from the first name and surname ("Mary J. Blake" -> "person:mary-blake")."""
    first, last = name_parts(name)
    return "person:" + slug(f"{first} {last}".strip())


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A spelling-insensitive form of a name: Kolomoyskyy, Kolomoyskiy and Kolomoysky share one."""
    s = _NON_WORD.sub("", _ARABIC_ARTICLE.sub("", fold(word).replace("'", "")))  # "al-Rubaie" is Rubaie
    for a, b in _SKELETON_RULES:
        s = s.replace(a, b)
    for a, b in _END_RULES:
        if s.endswith(a) and len(s) > len(a) + 2:
            s = s[: -len(a)] + b
            break
    return re.sub(r"(.)\1+", r"\1", s)


@lru_cache(maxsize=1)
def _jaro_winkler():
    """rapidfuzz's JaroWinkler, imported on first use: an import statement in every comparison costs more than it."""
    from rapidfuzz.distance import JaroWinkler

    return JaroWinkler


def same_first(a: str, b: str) -> bool:
    """Whether two first names may be the same person's (Dmitry/Dmitri, J./John, missing)."""
    if not a or not b:
        return True
    a, b = a.strip(".").lower(), b.strip(".").lower()
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return skeleton(a) == skeleton(b) or _jaro_winkler().similarity(skeleton(a), skeleton(b)) >= 0.88


def same_person(a: str, b: str) -> bool:
    """Whether two person names (full or surname only) may name the same person.

    Surnames must share a skeleton; a close surname (Sargsyan/Sarkisyan) is enough only
    when both first names are given and agree.
    """
    if " " in a and fold(a) == fold(b):  # "Kim Jong Un" and "Kim Jong-un"
        return True
    fa, la = name_parts(a)
    fb, lb = name_parts(b)
    sa, sb = skeleton(la), skeleton(lb)
    if sa == sb:
        return same_first(fa, fb)
    return (bool(fa and fb) and len(fa) > 1 and skeleton(fa) == skeleton(fb) and min(len(sa), len(sb)) >= 5
            and _jaro_winkler().similarity(sa, sb) >= _CLOSE_SURNAME and not _other_branch(la, lb))


def _other_branch(la: str, lb: str) -> bool:
    """"Adhikari-Thapa" and "Adhikari-Pant": double surnames sharing one family and not the other are two people,
    however close the whole strings look."""
    pa, pb = la.split("-"), lb.split("-")
    return len(pa) == len(pb) > 1 and any(_jaro_winkler().similarity(skeleton(x), skeleton(y)) < _OTHER_FAMILY
                                          for x, y in zip(pa, pb))


def link_names(names: list[str]) -> dict[str, str]:
    """Map every name form to its canonical form: surnames and variants to the most frequent full name."""
    counts = Counter(names)
    full = sorted({n for n in counts if len(n.split()) >= 2}, key=lambda n: (-counts[n], -len(n), n))
    canon: dict[str, str] = {}
    for name in full:
        canon[name] = next((c for c in canon.values() if same_person(c, name) or _tail(c, name) or _head(c, name)
                            or _paternal(c, name)), name)
    for name in (n for n in counts if n not in canon):
        hits = {canon[f] for f in full if same_person(f, name)}
        if not hits and " " not in name:  # "Xi", "Kim": a surname written first; "Shehbaz": a given name
            hits = {canon[f] for f in full if skeleton(f.split()[0]) == skeleton(name)}
            hits = hits or {canon[f] for f in full if fold(name) in fold(f).split()[:-1]}
            hits = hits if len(hits) == 1 else set()
        if len(hits) == 1:
            canon[name] = hits.pop()
        else:  # unknown or ambiguous surname: keep it apart (or take the more frequent)
            ranked = sorted(hits, key=lambda c: (-sum(counts[f] for f in full if canon[f] == c),
                                                 _spelled_apart(c, name), full.index(c)))
            canon[name] = ranked[0] if ranked else name
    return canon


def _spelled_apart(full_name: str, name: str) -> bool:
    """Whether a full name's surname is spelled unlike ``name``'s (Nur for Nour): a tie goes to the same spelling."""
    return fold(name_parts(full_name)[1]) != fold(name_parts(name)[1])


def _tail(a: str, b: str) -> bool:
    """"Suluhu Hassan" in "Samia Suluhu Hassan": two or more last words of the longer name are the shorter."""
    short, long_ = sorted((fold(a).split(), fold(b).split()), key=len)
    return 2 <= len(short) < len(long_) and long_[-len(short):] == short


_SURNAME_PARTICLES = frozenset("de del della da das do dos di du la le van von der den ter".split())


def _paternal(a: str, b: str) -> bool:
    """"De la Garza" in "María Fernanda de la Garza Villarreal": a family name opened by a particle, written without
    the second family name that closes the full name."""
    short, long_ = sorted((fold(a).split(), fold(b).split()), key=len)
    return 2 <= len(short) and len(long_) >= len(short) + 2 and short[0] in _SURNAME_PARTICLES \
        and long_[-len(short) - 1:-1] == short


def _head(a: str, b: str) -> bool:
    """"Rafael Quinonez" in "Rafael Quinonez Morales": a name that drops only the second of two family names."""
    short, long_ = sorted((fold(a).split(), fold(b).split()), key=len)
    return len(short) >= 2 and len(long_) == len(short) + 1 and long_[:-1] == short


def genders_from_pronouns(lower: list[str], spans: list[tuple[int, int, str]]) -> dict[str, str]:
    """Gender hints: the first he/she pronoun after a person's mention, before any other person
    (``lower``: the document's lower-case token forms, by token index)."""
    votes: dict[str, Counter] = {}
    ordered = sorted(spans)
    for n, (first_tok, last_tok, key) in enumerate(ordered):
        limit = ordered[n + 1][0] if n + 1 < len(ordered) else len(lower)
        for word in lower[last_tok + 1: min(limit, last_tok + 40)]:
            g = _PRONOUNS.get(word)
            if g:
                votes.setdefault(key, Counter())[g] += 1
                break
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def contradicted_guesses(lower: list[str], spans: list[tuple[int, int, str]], guessed: dict[str, str], reach: int,
                         titled, subjects: set[int]) -> set[str]:
    """People whose gender guessed from a given name the text contradicts: the first he/she after a mention, within
    reach tokens and before any other person or office-holder ("the ambassador ... he"), is of the other gender, and
    no other person named shortly before could be whom it means ("Baerbock flew ... Scholz stayed ... she said");
    only mentions that are a clause's subject (their last token in subjects) are read ("X said ... he told"), never
    one met in passing ("she met the president, Y, and then she flew")."""
    out: set[str] = set()
    ordered = sorted(spans)
    for n, (_, last_tok, key) in enumerate(ordered):
        if key not in guessed or key in out or last_tok not in subjects:
            continue
        limit = min(ordered[n + 1][0] if n + 1 < len(ordered) else len(lower), last_tok + reach)
        for i in range(last_tok + 1, limit):
            if titled(lower[i]):
                break
            if (g := _PRONOUNS.get(lower[i])) is not None:
                if g != guessed[key] and not any(k != key and guessed.get(k, g) == g and i - reach <= b < i
                                                 for _, b, k in ordered[:n]):
                    out.add(key)
                break
    return out


_MINOR = {"of", "the", "and", "for", "on", "in", "to", "de", "du", "des", "la", "le", "&"}


def initials(name: str) -> str:
    """The acronym a multi-word name would have ("International Crisis Group" -> "ICG")."""
    return "".join(w[0].upper() for w in re.split(r"[\s-]+", name) if w and w.lower() not in _MINOR)


def words(text: str) -> list[str]:
    """Word tokens of a short phrase, leading determiners dropped."""
    toks = _WORD.findall(text)
    while toks and toks[0].lower() in _ARTICLES:
        toks = toks[1:]
    return toks


# Romanisation of the Cyrillic and Greek alphabets (close to BGN/PCGN), for aliases only.
_ROMAN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўαβγδεζηθικλμνξοπρστςυφχψωάέήίόύώϊϋΐΰ",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "w",
     "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t", "s", "y",
     "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))


def romanised(name: str) -> str | None:
    """A Latin spelling of a Cyrillic or Greek name ("Сергей Лавров" -> "Sergey Lavrov"), else None."""
    if name.isascii() or not any(c.lower() in _ROMAN for c in name):  # (most names: no letter to look at)
        return None
    out = []
    for c in name:
        low = c.lower()
        if low not in _ROMAN:
            out.append(c)
            continue
        latin = _ROMAN[low]
        out.append(latin[:1].upper() + latin[1:] if c != low else latin)
    text = "".join(out)
    return text if _LATIN_NAME.match(text) else None


_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z '.-]*$")
