r"""text_lines: the linear reading of the lines re.finditer(r"[^\n]*\S[^\n]*") finds (a long line of spaces made the
pattern quadratic)."""

import random
import re

from diplograph.extract.statements.transcripts import text_lines


def _by_pattern(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def test_text_lines_match_the_pattern():
    rng = random.Random(56)
    alphabet = ["a", "?", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\x0c", "\x1c", "\u201d", "\u2028"]
    cases = ["", "\n", " \n ", "a", "a\n\nb", "  x  \n" + " " * 300 + "\n y?", "\n\n\u00a0\n"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(60))) for _ in range(3000)]
    for text in cases:
        assert text_lines(text) == _by_pattern(text), repr(text)
