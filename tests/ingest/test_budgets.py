"""Hostile sizes and shapes cost linear time: clean-up regexes and the per-document budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.ingest.clean import markup as clean_markup
from diplograph.ingest.clean import rules as clean_rules
from diplograph.ingest.clean import stamps as clean_stamps
from diplograph.ingest.clean.page import clean
from diplograph.ingest.documents import MAX_DOC_CHARS, iter_documents

PATTERNS = {
    "photo credit": clean_rules.PHOTO_CREDIT, "dateline": clean_rules.DATELINE,
    "inline tail": clean_rules._INLINE_TAIL, "name in place": clean_rules.NAME_IN_PLACE,
    "markdown link": clean_markup._MD_LINK, "link text": clean_markup._LINK_TEXT,
    "markdown blank": clean_markup._MD_BLANK, "byline": clean_rules.BYLINE,
    "credit line": clean_rules.CREDIT_LINE, "trailing credit": clean_rules.TRAILING_CREDIT,
    "legal line": clean_rules.LEGAL_LINE, "contact": clean_rules.CONTACT,
    "promo line": clean_rules.PROMO_LINE, "social": clean_rules.SOCIAL, "chrome": clean_rules.CHROME,
    "date stamp": clean_stamps.DATE, "stamp time": clean_stamps._TIME,
    **{f"cue {k}": v for k, v in clean_rules.SECTION_CUES.items()},
}
# the shapes that made the old patterns backtrack: runs of one class with a failing tail
WORST = {
    "letters": lambda n: "a" * n, "capitals": lambda n: "A" * n, "caps and spaces": lambda n: "AB" + " " * n,
    "capital words": lambda n: "Ab " * (n // 3), "brackets": lambda n: "[" * n,
    "empty links": lambda n: "[](" * (n // 3), "angles": lambda n: "<http://" * (n // 8),
    "tags": lambda n: "<a" * (n // 2), "dashes": lambda n: "AA-" * (n // 3),
    "dotted": lambda n: "a." * (n // 2), "slashes": lambda n: "AB/ " * (n // 4),
}


def _cost(rx, text: str) -> float:
    best = float("inf")
    for _ in range(5):  # the best of five: a busy machine only ever adds time
        began = time.perf_counter()
        rx.search(text)
        best = min(best, time.perf_counter() - began)
    return best


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(WORST))
def test_clean_up_patterns_are_linear_on_their_worst_inputs(shape: str) -> None:
    make = WORST[shape]
    for name, rx in PATTERNS.items():
        small, large = _cost(rx, make(20_000)), _cost(rx, make(80_000))
        # linear: ~4x; the old quadratic patterns were ~16x and seconds at this size, so a quarter of a
        # second on a busy machine is still linear
        assert large < 0.25 or large / max(small, 1e-4) < 10, (name, shape, small, large)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="aA .-/[]()<>:|\t", min_size=0, max_size=300), st.integers(20, 60))
def test_clean_up_patterns_stay_fast_on_repeated_random_units(unit: str, times: int) -> None:
    text = (unit or "a") * times * 10
    for name, rx in PATTERNS.items():
        began = time.perf_counter()
        rx.search(text)
        assert time.perf_counter() - began < 0.5, (name, unit[:40])


@pytest.mark.slow
def test_a_five_megabyte_line_of_letters_is_cleaned_in_seconds() -> None:
    began = time.perf_counter()
    clean("a" * 5_000_000, "huge")
    assert time.perf_counter() - began < 20


def test_a_document_over_the_budget_is_skipped_with_its_reason(tmp_path: Path) -> None:
    sentence = "The foreign minister said on Monday that the talks would resume in Geneva. "
    big = tmp_path / "book.txt"
    big.write_text(sentence * (MAX_DOC_CHARS // len(sentence) + 10), encoding="utf-8")
    (tmp_path / "fine.txt").write_text(sentence * 20, encoding="utf-8")
    skipped: list = []
    began = time.perf_counter()
    docs = list(iter_documents([tmp_path], skipped=skipped, notes=[]))
    assert [d.id for d in docs] == ["fine"]
    assert len(skipped) == 1 and skipped[0].path.endswith("book.txt")
    assert "over the per-document budget" in skipped[0].reason
    assert time.perf_counter() - began < 30


def test_utf8_with_one_stray_latin1_byte_stays_utf8_and_is_flagged(tmp_path: Path) -> None:
    from diplograph.ingest.decode import decode

    text = ("‘We will meet in Genève,’ the minister said. Café talks “resumed” on Monday. " * 5)
    data = text.encode("utf-8").replace(b"Monday", b"Mond\xe9y", 1)
    flags: list[str] = []
    decoded = decode(data, flags)
    assert "‘We will meet in Genève,’" in decoded and "â€" not in decoded
    assert "Mond\ufffdy" in decoded and len(flags) == 1 and "replaced" in flags[0]
    (tmp_path / "a.txt").write_bytes(data)
    notes: list = []
    docs = list(iter_documents([tmp_path / "a.txt"], skipped=[], notes=notes))
    assert docs and "Genève" in docs[0].text
    assert any("not valid UTF-8" in n.message for n in notes)
    # a genuine cp1252 file (no valid multi-byte UTF-8 at all) still reads as cp1252
    assert decode("Café talks resumed in Genève on Monday.".encode("cp1252")) == \
        "Café talks resumed in Genève on Monday."


def test_related_lists_read_from_html_are_capped_however_many_the_page_marks() -> None:
    links = "".join(f'<div class="related"><a href="/{n}">Talks on the border resume in round {n}</a>'
                    for n in range(5000))
    html = f"<html><body><article><p>{'The ministers met. ' * 40}</p></article>{links}" \
           + "</div>" * 5000 + "</body></html>"
    found = clean_markup._related_links(html)
    assert 0 < len(found) <= clean_markup._MAX_TEASERS


def test_a_page_of_fifty_thousand_label_lines_is_cleaned() -> None:
    labels = ["Home", "Share", "March 3, 2024", "Kenya and Uganda sign a deal", "Reply", "2 hours ago"]
    raw = "\n".join(labels[n % len(labels)] + (f" {n}" if n % 7 == 0 else "") for n in range(50_000))
    result = clean(raw + "\nThe ministers met in Nairobi on Monday and agreed to open the border.\n")
    assert result.text.rstrip().endswith("agreed to open the border.")
    assert len(result.text) == len(raw) + 71
