"""Topics, sentiment and conversion labels from a keyword taxonomy, on the raw text in memory.

Only the labels leave the process; the text they come from is never stored by this module.
The taxonomy is data (``pipeline/data/taxonomy.toml`` or ``settings.taxonomy_file``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

Sentiment = Literal["negative", "neutral", "positive"]

DEFAULT_TAXONOMY = Path(__file__).resolve().parent / "data" / "taxonomy.toml"
NEGATION_WINDOW = 3
_CLAUSE_BREAK = re.compile(r"[.!?;,:\n]")
_WORD = re.compile(r"\w+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


class TaxonomyError(ValueError):
    """The taxonomy file is missing or malformed."""


@dataclass(frozen=True)
class Labels:
    """What is kept of a message's content: topic labels, a sentiment, a conversion flag."""

    topics: tuple[str, ...]
    sentiment: Sentiment
    conversion: bool


def _keyword_pattern(keyword: str) -> str:
    word = keyword.strip().translate(_APOSTROPHES)
    if not word:
        raise TaxonomyError("empty keyword in the taxonomy: remove it")
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"\w*"
    return re.escape(word)


def _alternation(keywords: Iterable[str]) -> re.Pattern[str] | None:
    words = sorted({k.strip() for k in keywords}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(_keyword_pattern(k) for k in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _emoji_alternation(symbols: Iterable[str]) -> re.Pattern[str] | None:
    chars = sorted({s for s in symbols if s}, key=len, reverse=True)
    if not chars:
        return None
    return re.compile("|".join(re.escape(c) for c in chars))


def _string_list(table: Mapping[str, object], key: str, where: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TaxonomyError(f"{where}.{key} must be a list of strings in the taxonomy file")
    return list(value)


@dataclass(frozen=True)
class _Lexicon:
    positive: re.Pattern[str] | None
    negative: re.Pattern[str] | None
    negators: re.Pattern[str] | None


class Taxonomy:
    """Precompiled keyword matchers for every topic, conversion signal and sentiment lexicon."""

    def __init__(self, data: Mapping[str, object]) -> None:
        topics = data.get("topics", {})
        if not isinstance(topics, dict) or not topics:
            raise TaxonomyError("the taxonomy needs a [topics.NAME] table with it/en keyword lists")
        self.topic_names: tuple[str, ...] = tuple(sorted(topics))
        self._topics: dict[str, dict[str, re.Pattern[str]]] = {}
        languages: set[str] = set()
        for name in self.topic_names:
            table = topics[name]
            if not isinstance(table, dict):
                raise TaxonomyError(f"topics.{name} must be a table of language = [keywords]")
            compiled: dict[str, re.Pattern[str]] = {}
            for lang in table:
                pattern = _alternation(_string_list(table, lang, f"topics.{name}"))
                if pattern is not None:
                    compiled[lang] = pattern
                    languages.add(lang)
            self._topics[name] = compiled
        conversion = data.get("conversion", {})
        if not isinstance(conversion, dict):
            raise TaxonomyError("[conversion] must be a table of language = [signals]")
        self._conversion: dict[str, re.Pattern[str]] = {}
        for lang in conversion:
            pattern = _alternation(_string_list(conversion, lang, "conversion"))
            if pattern is not None:
                self._conversion[lang] = pattern
        sentiment = data.get("sentiment", {})
        if not isinstance(sentiment, dict):
            raise TaxonomyError("[sentiment.LANG] tables need positive/negative/negators lists")
        self._lexicons: dict[str, _Lexicon] = {}
        for lang, table in sentiment.items():
            if not isinstance(table, dict):
                raise TaxonomyError(f"sentiment.{lang} must be a table")
            where = f"sentiment.{lang}"
            build = _emoji_alternation if lang == "emoji" else _alternation
            self._lexicons[lang] = _Lexicon(
                positive=build(_string_list(table, "positive", where)),
                negative=build(_string_list(table, "negative", where)),
                negators=_alternation(_string_list(table, "negators", where)),
            )
            if lang != "emoji":
                languages.add(lang)
        self.languages: tuple[str, ...] = tuple(sorted(languages))

    @classmethod
    def from_file(cls, path: Path) -> Taxonomy:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise TaxonomyError(
                f"{path}: taxonomy file not found; fix CONVMON_TAXONOMY_FILE or unset it"
            ) from exc
        except tomllib.TOMLDecodeError as exc:
            raise TaxonomyError(f"{path}: not valid TOML ({exc})") from exc
        return cls(data)

    def _languages_for(self, language: str) -> tuple[str, ...]:
        return (language,) if language in self.languages else self.languages

    def classify(self, text: str, language: str) -> Labels:
        normalised = text.translate(_APOSTROPHES)
        langs = self._languages_for(language)
        topics = tuple(
            name
            for name in self.topic_names
            if any(
                (pattern := self._topics[name].get(lang)) is not None and pattern.search(normalised)
                for lang in langs
            )
        )
        conversion = any(
            (pattern := self._conversion.get(lang)) is not None and pattern.search(normalised)
            for lang in langs
        )
        score = 0
        for lang in (*langs, "emoji"):
            lexicon = self._lexicons.get(lang)
            if lexicon is not None:
                score += _polarity(normalised, lexicon)
        sentiment: Sentiment = "positive" if score > 0 else "negative" if score < 0 else "neutral"
        return Labels(topics=topics, sentiment=sentiment, conversion=conversion)


def _negated(text: str, start: int, negator_ends: list[int]) -> bool:
    for end in reversed(negator_ends):
        if end > start:
            continue
        between = text[end:start]
        if _CLAUSE_BREAK.search(between):
            return False
        return len(_WORD.findall(between)) < NEGATION_WINDOW
    return False


def _polarity(text: str, lexicon: _Lexicon) -> int:
    negators = list(lexicon.negators.finditer(text)) if lexicon.negators else []
    negator_ends = [m.end() for m in negators]
    negator_spans = {m.span() for m in negators}
    score = 0
    for pattern, sign in ((lexicon.positive, 1), (lexicon.negative, -1)):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if match.span() in negator_spans:
                continue
            flip = -1 if _negated(text, match.start(), negator_ends) else 1
            score += sign * flip
    return score


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The taxonomy at ``path`` (default: the bundled one), compiled once per process."""
    return Taxonomy.from_file(path or DEFAULT_TAXONOMY)


def classify(text: str, language: str, taxonomy: Taxonomy | None = None) -> Labels:
    """Label one raw message: topics, sentiment (with negation) and a conversion signal."""
    return (taxonomy or load_taxonomy()).classify(text, language)
