"""Turning input bytes into text, refusing binaries, and telling the language (py3langid)."""

from __future__ import annotations

import codecs
import unicodedata
from functools import cache
from pathlib import Path

import charset_normalizer
from py3langid.langid import MODEL_FILE, LanguageIdentifier

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
    legacy = _non_latin_legacy(data)
    if legacy is not None:
        return legacy
    for encoding in ("cp1252", "latin-1"):
        try:
            return _checked(data.decode(encoding), encoding)
        except (UnicodeDecodeError, InputError):
            continue
    raise InputError("undecodable: not UTF-8 and not readable as Latin-1 text")


def _non_latin_legacy(data: bytes) -> str | None:
    """Text in a legacy code page of another script (cp1251, Shift-JIS, cp1253, ...), else None.

    charset-normalizer tells these apart well; among the Latin code pages its guess on a short
    text is often a near cousin of cp1252 that garbles accents, so Latin text is left to cp1252.
    """
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    letters = [c for c in text[:65536] if c.isalpha() and ord(c) > 127]
    other = sum(1 for c in letters if not unicodedata.name(c, "").startswith("LATIN"))
    if not letters or other <= len(letters) // 2:
        return None
    return _checked(text, best.encoding)


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


MIN_LETTERS = 40  # fewer letters than this tell no language reliably
MIN_CONFIDENCE = 0.9


@cache
def _identifier() -> LanguageIdentifier:
    """py3langid's model (a NumPy archive shipped in the package: data, not code)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language; None when too little to tell or unsure."""
    sample = text[:20000]
    if sum(1 for c in sample if c.isalpha()) < MIN_LETTERS:
        return None
    lang, confidence = _identifier().classify(sample)
    return lang if confidence >= MIN_CONFIDENCE else None
