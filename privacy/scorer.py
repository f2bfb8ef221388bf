"""A trained scorer: logistic regressions over the features of each word and its context.

The rules (``privacy.recognizers``) find names and places by cue, list and position, and veto a
word as soon as one piece of evidence speaks against it (an everyday word, a sentence start, a
product nearby). Measured on hand-written conversations nobody had studied, that left about 4%
of the names through: each rule is right on its own, but the names that get past all of them
are those where weak evidence on both sides has to be weighed ("passa Salvo, il nostro
tecnico", "grazie mille carmela", "Baker will call you"). The scorer weighs it. For every word
the rules left alone it computes sparse features (the word's shape, the lists that know it, the
words and punctuation around it, where it stands in its sentence, the message's language), and
one logistic regression per type (PERSON, LOCATION), trained on the labelled development
corpora, turns them into the probability that the word is part of a person's name or of a
place. Above its threshold the word is reported (recognizer ``trained-scorer``) with a low
score, and the same filters as for every rule (business names, brands, products) apply.

Each neighbour is also described by the kind of cue it is (a title, a relative, a profession, a
greeting, a verb whose subject is a person...), so that a cue the training never saw beside a
name still counts. Each model has two thresholds: the best F0.5 out of fold (precision first,
the default) and the best F2 (recall first), which ``Settings.name_scorer_strict`` chooses.

The models are data, not code: ``privacy/data/name_scorer.json`` holds the weights, the
thresholds and what they were trained on. ``python -m privacy.training`` retrains them from the
corpora in the repository, deterministically (the test suite checks that retraining gives the
committed weights). Scoring needs no machine-learning library: sums of weights and a logistic
function.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

from privacy.recognizers.location import (
    countries,
    home_country,
    product_words,
    well_known_brands,
)
from privacy.recognizers.names import (
    _AFTER_NAME,
    _GREETINGS,
    _JOINS,
    _PEOPLE,
    _PROFESSIONS,
    _ROLES,
    _ROW_TITLES,
    PERSON_BEFORE,
    PLACE_BEFORE,
    RELATIVES,
    SUBJECT_VERBS,
    TITLES,
    WORD,
    NameLexicon,
    fold,
    lowercase_word_name,
    sentence_start,
)
from privacy.recognizers.propernoun import COLOURS as ITALIAN_COLOURS
from privacy.recognizers.verbs import imperative_opens
from privacy.types import Detection

SCORED_NAME = "trained-scorer"  # the recognizer's name, for both types
SCORED_TYPES = ("PERSON", "LOCATION")
MODEL_FILE = "name_scorer.json"
FEATURE_VERSION = 4

# words, numbers and any other single character (punctuation, emoji), in order
_TOKEN = re.compile(rf"(?P<word>{WORD.pattern})|\d+|[^\s\w]|_")


class Token(NamedTuple):
    start: int
    end: int
    text: str
    word: bool


def tokens(text: str) -> list[Token]:
    """The words, numbers and symbols of ``text``."""
    # tuple.__new__ builds each Token without the Python-level call of its generated __new__
    new = tuple.__new__
    return [
        new(Token, (m.start(), m.end(), m.group(0), m.lastgroup == "word"))
        for m in _TOKEN.finditer(text)
    ]


def shape(word: str) -> str:
    """``Xx`` (capitalised), ``x`` (lowercase), ``X`` (capitals), ``XxX`` (mixed)."""
    if word.islower():
        return "x"
    if word.isupper():
        return "X" if len(word) > 1 else "Xx"
    if word[:1].isupper() and word[1:].islower():
        return "Xx"
    return "XxX"


_NAME_TAGS = frozenset({"F", "FF", "S", "FS", "WN", "P"})
_WORD_TAGS = frozenset({"C", "D", "L", "W"})
# Out of fold on the development corpora, names that are everyday words opening a sentence were
# flagged with 1 false positive in 1,563 at any threshold from 0.67 to 0.95; but those corpora
# hold few catalogue questions ("Bianca o nera la versione da 40?"), where such a word is an
# adjective or a colour: there the scorer asks for more.
WORD_NAME_THRESHOLD = 0.95
# colours and materials that are also first names (Italian and English): the rules' cues decide
# them ("mia figlia Rosa", "my daughter Ruby"), the scorer never does ("colore Rosa", "3 x Rose")
COLOURS = ITALIAN_COLOURS | frozenset(
    {"ruby", "rose", "violet", "amber", "coral", "pearl", "olive", "jade", "scarlet", "ivory"}
    | {"saffron"}
)


def _english_inflection(folded: str, english: frozenset[str]) -> bool:
    """An English plural, third person, past or -ing form of a lemma the dictionary knows
    ("exchanges", "delivered", "booking")."""
    for ending, tails in (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e"))):
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stem = folded[: -len(ending)]
            if any(stem + tail in english for tail in tails):
                return True
    if folded.endswith("ing") and len(folded) >= 6:
        stem = folded[:-3]
        return stem in english or stem + "e" in english
    return False


class WordLists:
    """The lists that may know a word, as short tags (``F`` first name, ``S`` surname...)."""

    def __init__(self, lexicon: NameLexicon, places: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.places = places
        self.brands = well_known_brands()[0]
        self.products = product_words()
        self.countries = countries()
        self._cache: dict[str, str] = {}
        self._candidates: dict[str, bool] = {}

    def candidate(self, word: str) -> bool:
        """Whether the scorer looks at ``word`` (see ``candidates``); memoised."""
        cached = self._candidates.get(word)
        if cached is None:
            cached = self._candidate(word)
            if len(self._candidates) < 200_000:
                self._candidates[word] = cached
        return cached

    def _candidate(self, word: str) -> bool:
        if len(word) < 2 or fold(word) in COLOURS:
            return False
        if word.islower():
            # a lowercase word is scored when a list knows it as a name or a place: unknown
            # lowercase words (typos, verb forms, slang) were flagged 4 times in 3,488 on the
            # development corpora, and cost a fifth of the scorer's time; a name that is
            # rather an everyday noun in lowercase ("uomo o donna", "la fede") neither
            if lowercase_word_name(word, self.lexicon):
                return False
            tags = self.tags(word).split("+")
            # round 29: a country in lowercase too ("mia zia sta in germania"); the model
            # learns from its neighbours whether it is somebody's (the home country never is)
            return not _NAME_TAGS.isdisjoint(tags) or ("CO" in tags and not home_country(word))
        return fold(word) not in self.lexicon.common or self.is_name(word)

    def is_word_name(self, word: str) -> bool:
        """A name of the lists that is also an everyday word ("Sole", "Chiara", "June")."""
        tags = self.tags(word).split("+")
        return not _NAME_TAGS.isdisjoint(tags) and not _WORD_TAGS.isdisjoint(tags)

    def is_name(self, word: str) -> bool:
        folded = fold(word)
        lexicon = self.lexicon
        return folded in lexicon.first_names or folded in lexicon.surnames

    def tags(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        lexicon = self.lexicon
        folded = fold(word)
        tags = []
        if folded in lexicon.first_names:
            tags.append("F")
        elif folded in lexicon.foreign_first:
            tags.append("FF")
        if folded in lexicon.surnames:
            tags.append("S")
        elif folded in lexicon.foreign_surnames:
            tags.append("FS")
        if folded in lexicon.word_names:
            tags.append("WN")
        if folded in lexicon.common:
            tags.append("C")
        elif folded in lexicon.dictionary:
            tags.append("D")
        elif (
            folded in lexicon.english
            or folded in lexicon.italian
            or _english_inflection(folded, lexicon.english)
        ):
            tags.append("L")
        elif lexicon.is_word(word):
            tags.append("W")
        if folded in self.places or "?" + folded in self.places:
            tags.append("P")
        if folded in self.countries:
            tags.append("CO")
        if folded in self.brands:
            tags.append("B")
        if folded in self.products:
            tags.append("PR")
        result = "+".join(tags) or "-"
        if len(self._cache) < 200_000:
            self._cache[word] = result
        return result


# The kinds of word the rules' cues are made of, as classes of the neighbours: a word the
# training never saw beside a name ("our audiologist Rosa") still says what it is.
_BEFORE_CLASSES = (
    ("title", TITLES | _ROW_TITLES | {"geom", "dottssa", "sir", "madam", "don"}),
    ("kin", RELATIVES | _PEOPLE),
    ("role", _PROFESSIONS | _ROLES),
    ("greet", _GREETINGS),
    ("person", PERSON_BEFORE),
    ("join", _JOINS),
    ("place", PLACE_BEFORE),
)
_AFTER_CLASSES = (("subject", SUBJECT_VERBS | _AFTER_NAME), ("join", _JOINS))


@cache
def _classes(side: str) -> dict[str, str]:
    """word (folded) -> its classes on one side of a word ("before" or "after"), joined."""
    found: dict[str, list[str]] = {}
    for name, words in _BEFORE_CLASSES if side == "before" else _AFTER_CLASSES:
        for word in words:
            found.setdefault(fold(word), []).append(name)
    return {word: "+".join(names) for word, names in found.items()}


def _class(token: Token | None, side: str) -> str:
    if token is None or not token.word:
        return "."
    return _classes(side).get(fold(token.text), "-")


def _context(token: Token | None) -> str:
    if token is None:
        return "<edge>"
    if token.word:
        return fold(token.text)
    if token.text.isdigit():
        return "<num>"
    return token.text if token.text.isascii() else "<sym>"


def last_word(found: Sequence[Token]) -> int:
    """The index of the last word of ``found`` (-1 when there is none)."""
    for index in range(len(found) - 1, -1, -1):
        if found[index].word:
            return index
    return -1


def word_features(word: str, language: str, lists: WordLists) -> list[str]:
    """The features of the word itself (its shape, the lists that know it, its ending)."""
    folded = fold(word)
    word_shape = shape(word)
    tags = lists.tags(word)
    return [
        f"w={folded}",
        f"suf3={folded[-3:]}",
        f"suf2={folded[-2:]}",
        f"len={min(len(word), 12)}",
        f"shape={word_shape}",
        f"tags={tags}",
        f"shape+tags={word_shape}|{tags}",
        f"lang+shape+tags={language}|{word_shape}|{tags}",
    ]


def context_features(
    text: str, found: Sequence[Token], index: int, lists: WordLists, last: int | None = None
) -> list[str]:
    """The features of the word's place: its sentence, the words and signs around it."""
    token = found[index]
    word = token.text
    size = len(found)
    before1 = found[index - 1] if index >= 1 else None
    before2 = found[index - 2] if index >= 2 else None
    after1 = found[index + 1] if index + 1 < size else None
    after2 = found[index + 2] if index + 2 < size else None
    word_shape = shape(word)
    tags = lists.tags(word)
    position = "open" if sentence_start(text, token.start) else "inside"
    if (last_word(found) if last is None else last) == index:
        position += "-last"
    prev1, prev2 = _context(before1), _context(before2)
    next1, next2 = _context(after1), _context(after2)
    # a word's context is its folded form, the key of its class (``_class``: folded once)
    before_classes, after_classes = _classes("before"), _classes("after")
    if before1 is not None and before1.word:
        prev_tags, prev_shape = lists.tags(before1.text), shape(before1.text)
        prev_class = before_classes.get(prev1, "-")
    else:
        prev_tags = prev_shape = prev_class = "."
    if after1 is not None and after1.word:
        next_tags, next_shape = lists.tags(after1.text), shape(after1.text)
        next_class = after_classes.get(next1, "-")
    else:
        next_tags = next_shape = next_class = "."
    prev2_class = before_classes.get(prev2, "-") if before2 is not None and before2.word else "."
    return [
        f"pos={position}",
        f"pos+shape={position}|{word_shape}",
        f"pos+shape+tags={position}|{word_shape}|{tags}",
        f"p1={prev1}",
        f"p2={prev2}",
        f"p2p1={prev2}|{prev1}",
        f"n1={next1}",
        f"n2={next2}",
        f"n1n2={next1}|{next2}",
        f"p1+shape={prev1}|{word_shape}",
        f"n1+shape={next1}|{word_shape}",
        f"ptags={prev_tags}",
        f"ntags={next_tags}",
        f"pshape+shape={prev_shape}|{word_shape}",
        f"nshape+shape={next_shape}|{word_shape}",
        f"ptags+tags={prev_tags}|{tags}",
        f"ntags+tags={next_tags}|{tags}",
        f"pshape+ptags+shape={prev_shape}|{prev_tags}|{word_shape}",
        f"nshape+ntags+shape={next_shape}|{next_tags}|{word_shape}",
        f"pcls={prev_class}",
        f"p2cls={prev2_class}",
        f"ncls={next_class}",
        f"pcls+shape={prev_class}|{word_shape}",
        f"ncls+shape={next_class}|{word_shape}",
        f"pcls+tags={prev_class}|{tags}",
        f"pcls+ncls={prev_class}|{next_class}",
    ]


def features(
    text: str,
    found: Sequence[Token],
    index: int,
    language: str,
    lists: WordLists,
    last: int | None = None,
) -> list[str]:
    """The sparse features of word ``found[index]`` of ``text`` (``last``: ``last_word(found)``,
    when already known)."""
    return [
        *word_features(found[index].text, language, lists),
        *context_features(text, found, index, lists, last),
    ]


def _logistic(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-total)) if total > -30 else 0.0


@dataclass(frozen=True)
class ScorerModel:
    """One entity type's logistic regression: weights of the features, bias, threshold (and the
    lower, recall-first threshold of the strict setting)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    strict_threshold: float | None = None

    # the weight of each word's own features, per language (words repeat across messages)
    _words: dict[tuple[str, str], float] = field(default_factory=dict, compare=False, repr=False)

    def probability(self, active: Iterable[str]) -> float:
        weights = self.weights
        return _logistic(self.bias + sum(weights.get(feature, 0.0) for feature in active))

    def own_weight(self, word: str, language: str, lists: WordLists) -> float:
        """The summed weights of the word's own features, once per word."""
        own = self._words.get((word, language))
        if own is None:
            weights = self.weights
            own = sum(weights.get(f, 0.0) for f in word_features(word, language, lists))
            if len(self._words) >= 100_000:
                self._words.clear()
            self._words[(word, language)] = own
        return own

    @classmethod
    def from_json(cls, data: object, where: str) -> ScorerModel:
        if not isinstance(data, dict):
            raise ValueError(f"{MODEL_FILE}: {where}: malformed model")
        weights, bias, threshold = data.get("weights"), data.get("bias"), data.get("threshold")
        if not isinstance(weights, dict) or not isinstance(bias, float | int):
            raise ValueError(f"{MODEL_FILE}: {where}: malformed weights")
        strict = data.get("strict_threshold", threshold)
        if not isinstance(threshold, float | int) or not isinstance(strict, float | int):
            raise ValueError(f"{MODEL_FILE}: {where}: malformed threshold")
        return cls(
            {str(k): float(v) for k, v in weights.items()},
            float(bias),
            float(threshold),
            float(strict),
        )


@dataclass(frozen=True)
class Scorer:
    """The models of the scored entity types (PERSON, LOCATION)."""

    models: dict[str, ScorerModel]
    _types: list[str] = field(default_factory=list, init=False, compare=False, repr=False)
    _joint: dict[str, tuple[float, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Scorer:
        if data.get("feature_version") != FEATURE_VERSION:
            raise ValueError(
                f"{MODEL_FILE}: feature version {data.get('feature_version')!r}, "
                f"this code computes version {FEATURE_VERSION}: "
                "retrain with python -m privacy.training"
            )
        models = data.get("models")
        if not isinstance(models, dict) or not set(models) <= set(SCORED_TYPES):
            raise ValueError(f"{MODEL_FILE}: malformed models (types {', '.join(SCORED_TYPES)})")
        return cls({str(k): ScorerModel.from_json(v, str(k)) for k, v in models.items()})

    def strict(self) -> Scorer:
        """The same models with their recall-first thresholds (``name_scorer_strict``)."""
        return Scorer(
            {
                entity_type: model
                if model.strict_threshold is None
                else replace(model, threshold=model.strict_threshold)
                for entity_type, model in self.models.items()
            }
        )

    def __post_init__(self) -> None:
        # one look-up per feature for every model: feature -> (weight of each model, in order)
        types = list(self.models)
        joint: dict[str, list[float]] = {}
        for position, entity_type in enumerate(types):
            for feature, weight in self.models[entity_type].weights.items():
                joint.setdefault(feature, [0.0] * len(types))[position] = weight
        object.__setattr__(self, "_types", types)
        object.__setattr__(self, "_joint", {f: tuple(w) for f, w in joint.items()})

    def best(
        self,
        text: str,
        found: Sequence[Token],
        index: int,
        language: str,
        lists: WordLists,
        last: int | None = None,
    ) -> tuple[str, float] | None:
        """The entity type whose model scores the word highest above its threshold; a name
        that is an everyday word opening a sentence ("Sole e mare", "Chiara la spiegazione")
        needs ``WORD_NAME_THRESHOLD``."""
        context = context_features(text, found, index, lists, last)
        word = found[index].text
        strict = context[0].startswith("pos=open") and lists.is_word_name(word)
        # the weights of the features the models know, summed per model in the features' order
        known = [weights for weights in map(self._joint.get, context) if weights is not None]
        sums = (
            [sum(column, 0.0) for column in zip(*known, strict=True)]
            if known
            else [0.0] * len(self._types)
        )
        best: tuple[str, float] | None = None
        for entity_type, total in zip(self._types, sums, strict=True):
            model = self.models[entity_type]
            probability = _logistic(model.bias + model.own_weight(word, language, lists) + total)
            threshold = max(model.threshold, WORD_NAME_THRESHOLD) if strict else model.threshold
            margin = probability - threshold
            if margin >= 0 and (best is None or margin > best[1]):
                best = (entity_type, margin)
        return best


@cache
def load_model() -> Scorer | None:
    """The committed models; ``None`` when the package holds none (before the first training)."""
    path = resources.files("privacy.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return Scorer.from_json(json.loads(path.read_text(encoding="utf-8")))


def candidates(found: Sequence[Token], lists: WordLists) -> Iterable[int]:
    """The words worth scoring: two letters or more; capitalised, or a name or a place of the
    lists (also one that is a function word: "Serena", "Salvo", "Grace", "Bill", which the
    rules never take alone). A lowercase word no list names is never scored."""
    candidate = lists.candidate
    for index, token in enumerate(found):
        if token.word and candidate(token.text):
            yield index


_LINK_CHUNK = re.compile(r"[^\s<>\"']*(?:://|www\.|@|/)[^\s<>\"']*")
_FEAST_AFTER = re.compile(r"[ \t]+(?:Day|Eve|Night)\b")


def _feast(text: str, token: Token) -> bool:
    """Whether the word names a feast with its possessive ("Valentine's Day", "Mother's Day")."""
    return token.text.endswith(("'s", "’s")) and _FEAST_AFTER.match(text, token.end) is not None


_ARTICLES = frozenset({"il", "lo", "la", "l", "the", "a", "an", "un", "una", "uno"})


def _numbered_thing(found: Sequence[Token], index: int) -> bool:
    """A lowercase word between an article and a number is a numbered thing, no person ("il
    pier 3", "the gate 12", "la sala 2")."""
    if index == 0 or index + 1 >= len(found):
        return False
    before, after = found[index - 1], found[index + 1]
    return before.word and before.text.lower() in _ARTICLES and after.text.isdigit()


_NAME_AFTER = re.compile(r"[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’]")


def find_scored_names(
    text: str,
    language: str,
    lists: WordLists,
    scorer: Scorer,
    taken: Sequence[Detection] = (),
) -> Iterable[Detection]:
    """Words outside ``taken`` that a model scores as (part of) a person's name or a place."""
    found = tokens(text)
    # words inside a link, a path or an address are the link rules' ("/tour/marco-polo-route")
    links = (
        [m.span() for m in _LINK_CHUNK.finditer(text)]
        if "/" in text or "@" in text or "www." in text
        else []
    )
    spans = sorted([(d.start, d.end) for d in taken] + links)
    ends = list(accumulate((end for _, end in spans), max))  # the furthest end so far
    starts = [start for start, _ in spans]
    last = last_word(found)
    candidate = lists.candidate
    for index, token in enumerate(found):
        if not token.word:
            continue
        before = bisect_left(starts, token.end)  # the spans starting before the word ends
        if before and ends[before - 1] > token.start:
            continue  # one of them reaches into the word
        if not candidate(token.text):
            continue
        if token.text.islower() and _numbered_thing(found, index):
            continue
        # a feast named after a saint or a relative ("Valentine's Day", "Mother's Day"), and
        # the company after an at sign in a signature ("Ugo @ DNB")
        if _feast(text, token) or (index and found[index - 1].text == "@"):
            continue
        # a kin noun alone, also signing ("– Dad", "Mamma"), is no person's name
        if fold(token.text) in RELATIVES:
            continue
        # a trade or a title capitalised before a name ("thanks to Maestra Dall'Olio") is
        # neither a place nor the name (a surname that is a trade, "Sarto", stays scored)
        if (
            fold(token.text) in _PROFESSIONS
            and _NAME_AFTER.match(text, token.end)
            and not lists.lexicon.is_surname(token.text)
        ):
            continue
        # an English command opening a sentence ("Grant access to the portal please")
        if (
            language == "en"
            and sentence_start(text, token.start)
            and imperative_opens(token.text, text, token.end)
        ):
            continue
        best = scorer.best(text, found, index, language, lists, last)
        if best is not None:
            yield Detection(token.start, token.end, best[0], SCORED_NAME, 0.5)
