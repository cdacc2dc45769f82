"""Reporting-verb and speaker lexicons: general English, shared by the statement extractors."""

from __future__ import annotations

# Verbs that introduce speech (lemmas). Cognitive verbs (think, believe) are left out on purpose.
SPEECH_VERBS = frozenset("""
say tell add stress emphasize emphasise insist note warn claim announce describe state declare
explain argue assert confirm deny reiterate acknowledge admit suggest write tweet post reply
respond answer urge predict promise pledge vow caution comment remark observe recall repeat
underline underscore highlight complain boast joke concede contend maintain allege report
indicate signal conclude propose proclaim counter retort mention reveal disclose inform
assure point agree estimate forecast charge accuse criticize criticise praise welcome recount ask
""".split())

# Verbs whose object plus an "as"-phrase is the reported content ("described X as important").
DESCRIBE_VERBS = frozenset("describe call characterize characterise term dub label brand".split())

# Speech verbs that only count when they introduce a clause or a quotation, never bare objects.
CLAUSE_ONLY = frozenset("""agree point indicate signal report charge welcome praise criticize
criticise accuse mention inform call answer ask""".split())

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
FIRST_PERSON = frozenset("i me my we us our".split())

# Head nouns of descriptions that can stand for a person ("the Labour leader", "the spokesman").
PERSON_TITLES = frozenset("""
leader president premier minister chancellor spokesman spokeswoman spokesperson secretary envoy
ambassador diplomat king queen prince emir sheikh monarch ruler chief head official adviser
advisor aide negotiator general commander mayor governor senator lawmaker representative
congressman congresswoman speaker counterpart prime deputy foreign director chairman chairwoman
chair pope strongman dictator commissioner host
""".split())

# Words that mark a speaker phrase as generic (never resolved to an actor).
GENERIC_SPEAKERS = frozenset("""
source sources official officials analyst analysts expert experts people observer observers
diplomats critics residents witnesses someone many some others authorities report reports
""".split())
