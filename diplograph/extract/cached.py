"""The model's attribute ruler and rule lemmatizer as column passes over outcomes learnt from them.

Both stock components are Python loops over Tokens (about a fifth of the parse). Their output for
a token is a function of a few of its attributes (and, for the ruler's two-word patterns, of its
neighbour's), so each outcome is learnt once from the real component and then written back for
every document as whole columns (``Doc.to_array`` / ``Doc.from_array``). Tokens whose key was
never seen are learnt on the spot: the real ruler runs on a copy of them and their neighbours,
the real lemmatizer on the token itself. The output is identical to the stock components'
(tests/extract/test_cached_pipes.py).
"""

from __future__ import annotations

import logging
import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.tokens import Doc

log = logging.getLogger(__name__)

__all__ = ["CachedAttributes", "CachedLemmas", "make_cached_attributes", "make_cached_lemmas"]

# What a token's ruler outcome may depend on: the attributes its patterns read (LOWER reduced to
# the values some pattern can tell apart), the ones they write (TAG, DEP in full) and IS_SPACE.
_READ = (TAG, LOWER, DEP, IS_SPACE)
_WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
_EMPTY = (POS, MORPH, LEMMA)  # unset before the ruler runs: the premise of the cache, checked per doc
_ATTR_NAMES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_SET_NAMES = {"POS", "MORPH", "LEMMA", "TAG", "DEP"}
_OTHER = -1  # a LOWER value no pattern tells apart from any other unmentioned value
_FIRST, _SECOND = 1, 2  # may fill the first / second slot of some two-word pattern
_UNMENTIONED = object()  # stands for an _OTHER lower-case form: equal to, in and matched by nothing
_MAX_ENTRIES = 1_000_000  # per-word memos start over beyond this: memory stays bounded on any input


@Language.factory("diplograph_attributes", default_config={"ruler": "attribute_ruler"},
                  assigns=["token.pos", "token.morph", "token.lemma", "token.tag", "token.dep"])
def make_cached_attributes(nlp: Language, name: str, ruler: str):
    """The model's attribute ruler (left in the pipeline, disabled) applied from learnt outcomes."""
    return CachedAttributes(nlp.get_pipe(ruler))


@Language.factory("diplograph_lemmas", default_config={"lemmatizer": "lemmatizer"},
                  requires=["token.pos"], assigns=["token.lemma"])
def make_cached_lemmas(nlp: Language, name: str, lemmatizer: str):
    """The model's rule lemmatizer (left in the pipeline, disabled) applied from learnt lemmas."""
    return CachedLemmas(nlp.get_pipe(lemmatizer))


class _Spec:
    """One token slot of a two-word pattern, tested in Python (only to find where such patterns may match)."""

    def __init__(self, spec: dict) -> None:
        self.tests: list[tuple[int, str, object]] = []  # (attribute, operator, argument); plain data, picklable
        for key, value in spec.items():
            attr = _ATTR_NAMES[key.upper()]
            if not isinstance(value, dict):
                self.tests.append((attr, "==", value))
                continue
            ((op, arg),) = value.items()
            op = op.upper()
            if op == "REGEX":
                self.tests.append((attr, op, re.compile(arg)))
            elif op in ("IN", "NOT_IN"):
                self.tests.append((attr, op, frozenset(arg)))
            else:
                raise ValueError(op)

    def may_match(self, values: dict) -> bool:
        for attr, op, arg in self.tests:
            value = values[attr]
            if op == "==":
                ok = value == arg
            elif op == "REGEX":
                ok = isinstance(value, str) and arg.search(value) is not None
            else:
                ok = (value in arg) == (op == "IN")
            if not ok:
                return False
        return True


def _plan(patterns: list[dict]):
    """(LOWER strings and regexes the patterns test, two-word first/second slots), or None if unsupported.

    Supported: one- and two-word patterns without operators, testing TAG, LOWER, DEP and
    IS_SPACE by value, IN, NOT_IN or REGEX, and setting POS, MORPH, LEMMA, TAG or DEP.
    """
    lowers: set[str] = set()
    regexes = []
    firsts, seconds = [], []
    try:
        for entry in patterns:
            if not set(entry["attrs"]) <= _SET_NAMES:
                return None
            for pattern in entry["patterns"]:
                if not 1 <= len(pattern) <= 2:
                    return None
                for spec in pattern:
                    for key, value in spec.items():
                        if key.upper() not in _ATTR_NAMES:
                            return None
                        if key.upper() != "LOWER":
                            continue
                        if isinstance(value, dict):
                            ((op, arg),) = value.items()
                            if op.upper() == "REGEX":
                                regexes.append(re.compile(arg).search)
                            elif op.upper() in ("IN", "NOT_IN"):
                                lowers.update(arg)
                            else:  # FUZZY, INTERSECTS, length comparisons: not a set of values
                                return None
                        else:
                            lowers.add(value)
                if len(pattern) == 2:
                    firsts.append(_Spec(pattern[0]))
                    seconds.append(_Spec(pattern[1]))
    except (ValueError, TypeError, AttributeError, KeyError):
        return None
    return frozenset(lowers), tuple(regexes), tuple(firsts), tuple(seconds)


class CachedAttributes:
    """The attribute ruler's outcome per token key, learnt from the real ruler, written as columns."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        plan = _plan(ruler.patterns)
        self.enabled = plan is not None
        if plan is None:
            log.warning("attribute ruler patterns not supported by the cache: the ruler runs as it is")
            plan = (frozenset(), (), (), ())
        self.lowers, self.regexes, self.firsts, self.seconds = plan
        self.lower_class: dict[int, int] = {}  # LOWER hash -> itself if some pattern tells it apart, else _OTHER
        self.roles: dict[tuple, int] = {}  # base key -> _FIRST | _SECOND bits
        self.rows: dict[tuple, int] = {}  # token key -> its row of outcomes
        self.outcomes: list[tuple[int, ...]] = []  # (POS, MORPH, LEMMA, TAG, DEP) by row
        self.table = numpy.zeros((0, len(_WRITTEN)), dtype=numpy.uint64)  # the same, as an array

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled or not len(doc):
            return self.ruler(doc)
        table = doc.to_array([*_READ, *_EMPTY])
        if table[:, len(_READ):].any():  # already annotated: the learnt outcomes assume a blank start
            return self.ruler(doc)
        keys = self._keys(table[:, :len(_READ)].T.tolist())
        rows = list(map(self.rows.get, keys))
        if None in rows:
            rows = self._learn(doc, table[:, :len(_READ)], keys, rows)
            if rows is None:
                return self.ruler(doc)
        doc.from_array(_WRITTEN, self.table[rows])
        return doc

    def _keys(self, columns: list[list[int]]) -> list:
        """Each token's key: its base (TAG, LOWER class, DEP, IS_SPACE), with its neighbours' where a two-word pattern may hold."""
        tags, lowers, deps, spaces = columns
        classes = self.lower_class
        if len(classes) > _MAX_ENTRIES:
            classes.clear()
        for h in set(lowers).difference(classes):
            text = self.strings[h]
            classes[h] = h if text in self.lowers or any(search(text) for search in self.regexes) else _OTHER
        base = list(zip(tags, map(classes.__getitem__, lowers), deps, spaces))
        if not self.firsts:
            return base
        roles = self.roles
        for key in set(base).difference(roles):
            roles[key] = self._role(key)
        flags = list(map(roles.__getitem__, base))
        keys: list = list(base)
        before: dict[int, tuple] = {}
        after: dict[int, tuple] = {}
        last = len(flags) - 1
        for i in [i for i, f in enumerate(flags) if f & _FIRST]:
            if i < last and flags[i + 1] & _SECOND:  # a two-word pattern may match tokens i and i + 1
                after[i] = base[i + 1]
                before[i + 1] = base[i]
        for i in before.keys() | after.keys():
            keys[i] = (base[i], before.get(i), after.get(i))
        return keys

    def _role(self, key: tuple) -> int:
        """Whether a token of this base key may fill the first or second slot of a two-word pattern."""
        tag, lower, dep, space = key
        values = {TAG: self.strings[tag], LOWER: self.strings[lower] if lower != _OTHER else _UNMENTIONED,
                  DEP: self.strings[dep], IS_SPACE: bool(space)}
        return _FIRST * any(s.may_match(values) for s in self.firsts) \
            | _SECOND * any(s.may_match(values) for s in self.seconds)

    def _learn(self, doc: Doc, read, keys: list, rows: list) -> list[int] | None:
        """Outcomes of the unseen keys, from the real ruler run on a copy of the words around them.

        Each window holds an unseen token and its two neighbours, so every token learnt from
        has the same neighbours as in ``doc``; a key with two outcomes turns the cache off.
        """
        last = len(doc) - 1
        spans: list[list[int]] = []
        for i in [i for i, row in enumerate(rows) if row is None]:
            start, end = max(0, i - 1), min(last, i + 1) + 1
            if spans and start <= spans[-1][1]:
                spans[-1][1] = end
            else:
                spans.append([start, end])
        orths = doc.to_array(ORTH).tolist()
        for start, end in spans:
            window = Doc(doc.vocab, words=[self.strings[h] for h in orths[start:end]])
            window.from_array([TAG, DEP], read[start:end, [_READ.index(TAG), _READ.index(DEP)]])
            outcomes = self.ruler(window).to_array(_WRITTEN).tolist()
            first, final = (start if start == 0 else start + 1), (end if end == last + 1 else end - 1)
            for i in range(first, final):
                outcome = tuple(outcomes[i - start])
                row = self.rows.get(keys[i])
                if row is None:
                    row = self.rows[keys[i]] = len(self.outcomes)
                    self.outcomes.append(outcome)
                elif self.outcomes[row] != outcome:
                    log.warning("attribute ruler outcome is not a function of %r: the cache is off", keys[i])
                    self.enabled = False
                    return None
                rows[i] = row
        if None in rows:
            return None
        self.table = numpy.array(self.outcomes, dtype=numpy.uint64)
        return rows


class CachedLemmas:
    """The rule lemmatizer's lemma per (ORTH, POS, MORPH), learnt from the real one, written as a column."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        # rule mode reads the token's text, POS and morphology only (its own cache key)
        self.enabled = getattr(lemmatizer, "mode", None) == "rule"
        self.started = False
        self.lemmas: dict[tuple[int, int, int], int] = {}
        self.learner = None  # the same lemmatizer over word sets, made when the first unseen key comes

    def _learner(self):
        """The model's lemmatizer class with its tables, each part of speech's word index as a set.

        The rule lemmatizer tests ``form in index`` against lists of up to 57,000 words for every
        rule that applies; a set answers the same membership at once. It shares the stock cache.
        """
        if self.learner is None:
            stock = self.lemmatizer
            lookups = Lookups()
            for name in stock.lookups.tables:
                table = stock.lookups.get_table(name)
                if name == "lemma_index":
                    table = Table.from_dict({pos: frozenset(words) for pos, words in table.items()}, name=name)
                lookups.set_table(name, table)
            learner = type(stock)(stock.vocab, stock.model, stock.name, mode=stock.mode, overwrite=stock.overwrite)
            learner.lookups, learner.cache = lookups, stock.cache
            self.learner = learner
        return self.learner

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled or not len(doc):
            return self.lemmatizer(doc)
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        orths, poss, morphs, lemmas = table.T.tolist()
        todo = range(len(lemmas)) if self.lemmatizer.overwrite else [i for i, lemma in enumerate(lemmas) if not lemma]
        if not todo:
            return doc
        keys = [(orths[i], poss[i], morphs[i]) for i in todo]
        if not self.started:  # the first document through the real component (it checks its tables)
            self.started = True
            doc = self.lemmatizer(doc)
            after = doc.to_array(LEMMA).tolist()
            for i, key in zip(todo, keys):
                self.lemmas[key] = after[i]
            return doc
        cache = self.lemmas
        if len(cache) > _MAX_ENTRIES:
            cache.clear()
        for i, key in zip(todo, keys):
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = self.strings.add(self._learner().rule_lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc
