"""Legacy encodings of other scripts read as their script; the language told by a trained model."""

from __future__ import annotations

import pytest

from diplograph.ingest.decode import decode, guess_language

RUSSIAN = ("Министр иностранных дел России Сергей Лавров встретился в понедельник в Москве "
           "со своим китайским коллегой, сообщили в министерстве.")
GREEK = ("Ο υπουργός Εξωτερικών συναντήθηκε τη Δευτέρα στην Αθήνα με τον ομόλογό του, "
         "ανακοίνωσε το υπουργείο.")
JAPANESE = ("外務大臣は月曜日に東京で中国の外相と会談し、両国は協力を深めることで合意した。"
            "次回の会合は来月北京で開かれる予定だと外務省が発表した。")
FRENCH = ("Les ministres des Affaires étrangères se sont réunis lundi à Genève pour préparer "
          "le sommet, a indiqué le porte-parole du ministère.")


@pytest.mark.parametrize("text, encoding", [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8_r"),
                                            (GREEK, "cp1253"), (JAPANESE, "shift_jis")],
                         ids=["cp1251", "koi8_r", "cp1253", "shift_jis"])
def test_a_legacy_code_page_of_another_script_is_read_as_that_script(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_latin_legacy_text_still_reads_as_cp1252():
    for text in (FRENCH, "“Smart quotes” — and Genève, said the minister on Monday."):
        assert decode(text.encode("cp1252")) == text


ENGLISH = ("The foreign ministers met in Oslo on Monday and agreed to resume the talks next "
           "month, officials said.")
SPANISH = ("Los ministros de Asuntos Exteriores se reunieron el lunes en Madrid para preparar "
           "la cumbre.")


@pytest.mark.parametrize("text, lang", [(RUSSIAN, "ru"), (GREEK, "el"), (JAPANESE, "ja"),
                                        (FRENCH, "fr"), (ENGLISH, "en"), (SPANISH, "es")],
                         ids=["ru", "el", "ja", "fr", "en", "es"])
def test_the_language_is_told_from_the_text(text, lang):
    assert guess_language(text) == lang


def test_too_little_text_tells_no_language():
    assert guess_language("Talks on Monday.") is None
    assert guess_language("12 345 678 — 2024-03-04") is None
