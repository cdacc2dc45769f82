"""Turning input bytes into text, refusing binaries and guessing the language cheaply."""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from diplograph.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024  # larger files are skipped as "too large"

_MAGIC = (
    (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (e.g. .docx)"),
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"\xd0\xcf\x11\xe0", "an Office document"),
    (b"\x7fELF", "an executable"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text(path: Path, limit: int = MAX_FILE_BYTES, flags: list[str] | None = None) -> str:
    """The decoded text of a file, or an InputError whose message is the reason to skip it."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(f"too large ({size / 2**20:.1f} MB; the limit is "
                             f"{limit / 2**20:.0f} MB per file)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"unreadable ({exc.strerror or exc})") from None
    return decode(data, flags)


def decode(data: bytes, flags: list[str] | None = None) -> str:
    """Decode text bytes: BOM, UTF-8 (a few stray bytes replaced and flagged), BOM-less UTF-16,
    then cp1252/Latin-1 if it reads as text."""
    if not data.strip():
        raise InputError("empty file" if not data else "empty file (only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), encoding)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"binary file: {what}, not text")
    utf16 = _utf16_guess(data[:4096])
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), utf16)
    if b"\x00" in data[:65536]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    stray = _stray_bytes(data)
    if stray is not None:
        if flags is not None:
            flags.append(f"{stray} byte(s) not valid UTF-8 were replaced by U+FFFD "
                         "(the rest of the file is UTF-8)")
        return _checked(data.decode("utf-8", errors="replace"), "UTF-8")
    for encoding in ("cp1252", "latin-1"):
        try:
            return _checked(data.decode(encoding), encoding)
        except (UnicodeDecodeError, InputError):
            continue
    raise InputError("undecodable: not UTF-8 and not readable as Latin-1 text")


def _stray_bytes(data: bytes) -> int | None:
    """How many bytes break otherwise-valid UTF-8 (None when the file does not look like UTF-8).

    UTF-8 it is when it holds valid multi-byte sequences and the invalid bytes are few
    (at most 1 in 100 of the non-ASCII bytes, or a handful in all).
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if multibyte == 0 or bad > max(3, multibyte // 100):
        return None
    return bad


def _utf16_guess(head: bytes) -> str | None:
    """BOM-less UTF-16 shows a NUL in every other byte of mostly-ASCII text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _checked(text: str, encoding: str) -> str:
    """Refuse decoded text that is mostly control characters (binary in disguise)."""
    sample = text[:65536]
    bad = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    bad += sample.count("\ufffd")
    if bad > max(2, len(sample) // 100):
        raise InputError(f"undecodable: too many control characters for {encoding} text")
    return text


# The commonest function words of a few languages (general knowledge, not corpus facts).
_STOPWORDS = {
    "en": "the of and to in is that for it was on with as by at from said his are be this have",
    "fr": "le la les de des du et un une est que qui pour dans pas sur au avec il elle ce",
    "de": "der die das und ist nicht ein eine zu den mit von sich des auf für dem im auch es",
    "es": "el la los las de del y que en un una es por con para se no su al lo como",
    "it": "il la di che è e un una per non sono del della con si da al le gli nel",
    "pt": "o a os as de do da que e um uma é em para com não por se no na dos",
    "nl": "de het een en van is dat niet op te zijn met voor er aan ook als bij om",
    "sv": "och att det som en är på av för med den till inte har de om ett var",
    "pl": "i w na nie się z do że jest to o jak po co ale od za przez",
    "tr": "ve bir bu da de için ile ne çok daha gibi olarak olan ama en kadar",
    "ru": "и в не на что с по как это он она они из за от для но был была",
    "uk": "і в не на що з по як це він вона вони із за від для але був та",
}
_STOPSETS = {lang: frozenset(ws.split()) for lang, ws in _STOPWORDS.items()}
_SCRIPTS = (("ARABIC", "ar"), ("HEBREW", "he"), ("GREEK", "el"), ("DEVANAGARI", "hi"),
            ("HANGUL", "ko"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("CJK", "zh"),
            ("THAI", "th"), ("ARMENIAN", "hy"), ("GEORGIAN", "ka"))


def guess_language(text: str) -> str | None:
    """ISO 639-1 code from script and function-word counts; None when too little to tell."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 40:
        return None
    script = _main_script(letters)
    if script:
        return script
    tokens = re.findall(r"\w+", sample.casefold())
    hits = {lang: sum(t in stops for t in tokens) for lang, stops in _STOPSETS.items()}
    lang, best = max(hits.items(), key=lambda kv: kv[1])
    return lang if best >= 3 and best >= 0.08 * len(tokens) else None


def _main_script(letters: list[str]) -> str | None:
    """A language for a dominant non-Latin script (Cyrillic is left to the word counts)."""
    counts: dict[str, int] = {}
    for c in letters[:5000]:
        name = unicodedata.name(c, "")
        for key, lang in _SCRIPTS:
            if key in name:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    lang, n = max(counts.items(), key=lambda kv: kv[1])
    if lang == "zh" and counts.get("ja"):
        lang = "ja"
    return lang if n > 0.3 * min(len(letters), 5000) else None
