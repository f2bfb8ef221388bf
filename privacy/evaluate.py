"""Model-agnostic evaluation of an anonymiser against a labelled dataset (like presidio-research).

Dataset: JSON lines ``{"message": {normalised Message}, "language": "it"|"en", "entities":
[{"start", "end", "type", "value"}], "keep": [...]}`` (``pipeline.demo`` writes one).

Rules (all comparisons on the ORIGINAL text unless said otherwise):

- *Found* (recall): a gold entity span is found when every letter/digit of it lies inside the
  union of the predicted spans (``AnonymisedMessage.detections``), whatever their types: a value
  redacted under another label does not leak. Partial coverage is a miss (a surname left behind
  is a leak), for ADDRESS too.
- *Precision*: a predicted span is correct when it shares at least one letter/digit with a gold
  entity span; otherwise it is a false positive (counted under the predicted type, so a
  redacted price or product counts against precision).
- *F2* weighs recall four times as much as precision: ``5PR / (4P + R)``; with no prediction
  at all, precision counts as 0 (so F2 is 0).
- *Leak*: a gold value still present unchanged in the anonymised text of its message, i.e. it
  occurs there (case-insensitive, as a whole word) more often than in the original text with
  all gold entity spans blanked out (so a first name that is also in the brand "Marco Bellini
  Moda" is not a leak when the brand survives). For ADDRESS, the street name or the house
  number surviving, or a partial detection, counts as a leak.
- *Over-redaction* per language: share of word tokens (runs of letters/digits, casefolded)
  outside gold entity spans that are missing from the anonymised text (multiset difference;
  surrogates such as ``<PERSON_1>`` are removed before counting).
- *Keep survival*: share of ``keep`` spans (order numbers, prices, products...) whose value is
  still present in the anonymised text as often as in the original outside its personal values
  (a word-name beside the same word, "nonno felice ... è felice", is expected once).
- *Interval*: the leak rates come with a 95% bootstrap interval over conversations (entities of
  one conversation are not independent: a name missed once is missed in every message), so a
  leak measured on a few hundred values is read as the range it is ("3.2%, 1.9-4.8%").

No value or text ever appears in a report: only counts and rates.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.models import Message
from privacy.types import ENTITY_TYPES, AnonymisedMessage, Anonymiser, Detection

_WORD = re.compile(r"[^\W_]+")
_SURROGATE = re.compile(r"<[A-Z]+(?:_[A-Z]+)*(?:_\d+)?>")
# The street name runs up to the first house number; what follows it (staircase, flat, "int. 5",
# a postcode on the same line) is not part of the name ("via Cà di Cozzi 41 scala B interno 5").
_IT_STREET = re.compile(
    r"(?i)^(?:via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|lungomare)\s+"
    r"(?P<name>.+?)(?:,?\s+(?P<number>\d{1,4})(?:\s*/\s*\w+|\s+bis|[a-z])?(?:[\s;.].*)?)?$"
)
_EN_STREET = re.compile(
    r"(?i)^(?P<number>\d{1,5})[a-z]?\s+(?P<name>.+?)\s+"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|place|boulevard|blvd)"
    r"\.?(?:\s.*)?$"
)
_ADDRESS_SEGMENT = re.compile(r"[,;\n]")
_LEADING_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4})(?:\s*/\s*\w+|\s+bis)?\b")


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class LabelledMessage:
    message: Message
    language: str
    entities: tuple[GoldSpan, ...]
    keep: tuple[GoldSpan, ...] = ()


class DatasetError(ValueError):
    """A labelled dataset that cannot be used; the message names the file and line."""


def _spans(raw: Any, text: str, where: str) -> tuple[GoldSpan, ...]:
    out = []
    for item in raw or ():
        span = GoldSpan(int(item["start"]), int(item["end"]), str(item["type"]), str(item["value"]))
        if text[span.start : span.end] != span.value:
            raise DatasetError(f"{where}: span {span.start}-{span.end} does not hold its value")
        out.append(span)
    return tuple(out)


def load_dataset(path: Path) -> list[LabelledMessage]:
    """Read a labelled JSONL dataset; every span is checked against its message text."""
    dataset: list[LabelledMessage] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
                message = Message.model_validate(record["message"])
                entities = _spans(record.get("entities"), message.text, where)
                keep = _spans(record.get("keep"), message.text, where)
                language = str(record.get("language", "und"))
            except (ValueError, KeyError, TypeError) as exc:
                if isinstance(exc, DatasetError):
                    raise
                raise DatasetError(
                    f"{where}: not a labelled message ({type(exc).__name__}); each line needs "
                    '{"message": {...}, "language": ..., "entities": [...], "keep": [...]}'
                ) from None
            dataset.append(LabelledMessage(message, language, entities, keep))
    return dataset


@dataclass
class Score:
    """Counts of one cell (an entity type, a language, or both) and the rates derived from them."""

    gold: int = 0
    found: int = 0
    leaked: int = 0
    predicted: int = 0
    correct: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def f2(self) -> float | None:
        recall, precision = self.recall, self.precision
        if recall is None:
            return None
        if precision is None:
            precision = 0.0
        if recall == 0 and precision == 0:
            return 0.0
        return 5 * precision * recall / (4 * precision + recall)

    @property
    def leak_rate(self) -> float | None:
        return self.leaked / self.gold if self.gold else None

    def add(self, other: Score) -> None:
        """Add another score's counts to this one."""
        self.gold += other.gold
        self.found += other.found
        self.leaked += other.leaked
        self.predicted += other.predicted
        self.correct += other.correct

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "found": self.found,
            "leaked": self.leaked,
            "predicted": self.predicted,
            "correct": self.correct,
            "recall": self.recall,
            "precision": self.precision,
            "f2": self.f2,
            "leak_rate": self.leak_rate,
        }


@dataclass
class Survival:
    total: int = 0
    kept: int = 0

    @property
    def rate(self) -> float | None:
        return self.kept / self.total if self.total else None

    def add(self, other: Survival) -> None:
        """Add another count's totals to this one."""
        self.total += other.total
        self.kept += other.kept

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "kept": self.kept, "rate": self.rate}


@dataclass
class EvaluationReport:
    """Per entity type, per language and overall scores; no values, only counts and rates."""

    messages: int = 0
    conversations: int = 0
    overall: Score = field(default_factory=Score)
    by_entity: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    by_language_entity: dict[str, dict[str, Score]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Score))
    )
    words: dict[str, Survival] = field(default_factory=lambda: defaultdict(Survival))
    keep: dict[str, Survival] = field(default_factory=lambda: defaultdict(Survival))
    address_core_leaked: int = 0
    # Per conversation and entity type: (gold, leaked), for the bootstrap intervals.
    conversation_leaks: list[dict[str, tuple[int, int]]] = field(default_factory=list)

    @property
    def leak_rate(self) -> float | None:
        return self.overall.leak_rate

    @classmethod
    def pooled(cls, reports: Sequence[EvaluationReport]) -> EvaluationReport:
        """One report over several corpora: counts summed, conversations pooled (so the
        bootstrap interval resamples the conversations of every corpus together)."""
        total = cls()
        for report in reports:
            total.messages += report.messages
            total.conversations += report.conversations
            total.address_core_leaked += report.address_core_leaked
            total.overall.add(report.overall)
            for name, score in report.by_entity.items():
                total.by_entity[name].add(score)
            for language, score in report.by_language.items():
                total.by_language[language].add(score)
            for language, cells in report.by_language_entity.items():
                for name, score in cells.items():
                    total.by_language_entity[language][name].add(score)
            for language, words in report.words.items():
                total.words[language].add(words)
            for kind, survival in report.keep.items():
                total.keep[kind].add(survival)
            total.conversation_leaks.extend(report.conversation_leaks)
        return total

    def leak_interval(
        self,
        entity_type: str | None = None,
        *,
        confidence: float = 0.95,
        resamples: int = 2000,
        seed: int = 0,
    ) -> tuple[float, float] | None:
        """Percentile bootstrap interval of the leak rate (overall, or of one entity type),
        resampling whole conversations; deterministic for a seed. ``None`` without values."""
        cells = [
            _conversation_cell(leaks, entity_type)
            for leaks in self.conversation_leaks
            if _conversation_cell(leaks, entity_type)[0]
        ]
        if not cells:
            return None
        rng = random.Random(seed)
        rates = []
        for _ in range(resamples):
            sample = rng.choices(cells, k=len(cells))
            rates.append(sum(leaked for _, leaked in sample) / sum(gold for gold, _ in sample))
        rates.sort()
        tail = (1 - confidence) / 2
        low = rates[int(tail * (resamples - 1))]
        high = rates[round((1 - tail) * (resamples - 1))]
        return low, high

    def over_redaction(self, language: str) -> float | None:
        words = self.words.get(language)
        if words is None or not words.total:
            return None
        return 1 - words.kept / words.total

    @property
    def keep_survival(self) -> float | None:
        total = sum(s.total for s in self.keep.values())
        return sum(s.kept for s in self.keep.values()) / total if total else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "messages": self.messages,
            "conversations": self.conversations,
            "overall": self.overall.to_dict(),
            "leak_rate": self.leak_rate,
            "leak_rate_interval": self.leak_interval(),
            "address_core_leaked": self.address_core_leaked,
            "by_entity": {k: v.to_dict() for k, v in sorted(self.by_entity.items())},
            "by_language": {k: v.to_dict() for k, v in sorted(self.by_language.items())},
            "by_language_entity": {
                lang: {k: v.to_dict() for k, v in sorted(cells.items())}
                for lang, cells in sorted(self.by_language_entity.items())
            },
            "over_redaction": {
                lang: {**words.to_dict(), "over_redaction": self.over_redaction(lang)}
                for lang, words in sorted(self.words.items())
            },
            "keep_survival": {
                "overall": self.keep_survival,
                "by_type": {k: v.to_dict() for k, v in sorted(self.keep.items())},
            },
        }

    def summary(self) -> dict[str, Any]:
        """The headline numbers (for the run report): overall and per entity type."""
        overall = self.overall
        return {
            "messages": self.messages,
            "leak_rate": self.leak_rate,
            "leak_rate_interval": self.leak_interval(),
            "recall": overall.recall,
            "precision": overall.precision,
            "f2": overall.f2,
            "address_core_leaked": self.address_core_leaked,
            "over_redaction": {lang: self.over_redaction(lang) for lang in sorted(self.words)},
            "keep_survival": self.keep_survival,
            "by_entity": {
                name: {
                    "gold": score.gold,
                    "recall": score.recall,
                    "precision": score.precision,
                    "leak_rate": score.leak_rate,
                    "leak_rate_interval": self.leak_interval(name),
                }
                for name, score in sorted(self.by_entity.items())
            },
        }

    def tables(self) -> list[Table]:
        """Rich tables: scores per entity type, per language, and what survived."""
        entities = Table(title="Anonymisation quality per entity type")
        columns = ("entity", "gold", "recall", "precision", "F2", "leak rate", "95% interval")
        for column in columns:
            entities.add_column(column, justify="left" if column == "entity" else "right")
        ordered = [t for t in ENTITY_TYPES if t in self.by_entity]
        ordered += sorted(t for t in self.by_entity if t not in ENTITY_TYPES)
        for name in ordered:
            entities.add_row(
                name, *_cells(self.by_entity[name]), _interval(self.leak_interval(name))
            )
        entities.add_row(
            "ALL", *_cells(self.overall), _interval(self.leak_interval()), style="bold"
        )
        entities.caption = (
            f"addresses whose street name or house number survives: {self.address_core_leaked}; "
            "interval: bootstrap over conversations"
        )

        languages = Table(title="Per language")
        for column in ("language", "gold", "recall", "precision", "F2", "leak rate", "over-red."):
            languages.add_column(column, justify="left" if column == "language" else "right")
        for lang in sorted(set(self.by_language) | set(self.words)):
            languages.add_row(
                lang, *_cells(self.by_language[lang]), _pct(self.over_redaction(lang))
            )

        keep = Table(title="Look-alikes that must survive")
        for column in ("kind", "total", "kept"):
            keep.add_column(column, justify="left" if column == "kind" else "right")
        for name, survival in sorted(self.keep.items()):
            keep.add_row(name, str(survival.total), _pct(survival.rate))
        keep.add_row(
            "ALL",
            str(sum(s.total for s in self.keep.values())),
            _pct(self.keep_survival),
            style="bold",
        )
        return [entities, languages, keep]

    def render(self, console: Console | None = None) -> None:
        console = console or Console()
        for table in self.tables():
            console.print(table)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _interval(bounds: tuple[float, float] | None) -> str:
    return "-" if bounds is None else f"{100 * bounds[0]:.1f}-{100 * bounds[1]:.1f}%"


def _conversation_cell(
    leaks: dict[str, tuple[int, int]], entity_type: str | None
) -> tuple[int, int]:
    if entity_type is not None:
        return leaks.get(entity_type, (0, 0))
    return sum(gold for gold, _ in leaks.values()), sum(leaked for _, leaked in leaks.values())


def _cells(score: Score) -> list[str]:
    return [
        str(score.gold),
        _pct(score.recall),
        _pct(score.precision),
        _pct(score.f2),
        _pct(score.leak_rate),
    ]


def _alnum_positions(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def _covered(detections: Sequence[Detection], length: int) -> list[bool]:
    mask = [False] * length
    for detection in detections:
        for i in range(max(detection.start, 0), min(detection.end, length)):
            mask[i] = True
    return mask


def _occurrences(value: str, text: str) -> int:
    """Case-insensitive whole-word occurrences of ``value`` in ``text``."""
    if not value.strip():
        return 0
    pattern = re.escape(value)
    if value[0].isalnum():
        pattern = r"(?<![^\W_])" + pattern
    if value[-1].isalnum():
        pattern += r"(?![^\W_])"
    return len(re.findall(pattern, text, flags=re.IGNORECASE))


def _blank(text: str, spans: Iterable[GoldSpan]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            chars[i] = " "
    return "".join(chars)


def address_parts(value: str) -> tuple[str | None, str | None]:
    """The street name and the house number of an address ("via Roma 12, ..." -> Roma, 12)."""
    segments = _ADDRESS_SEGMENT.split(value)
    for index, segment in enumerate(segments):
        head = re.split(r"\s+-\s+", segment)[0].strip()
        for pattern in (_IT_STREET, _EN_STREET):
            match = pattern.match(head)
            if match:
                name, number = match.group("name"), match.group("number")
                if number is None and index + 1 < len(segments):
                    lead = _LEADING_NUMBER.match(segments[index + 1])
                    number = lead.group("number") if lead else None
                return name.strip(), number
    return None, None


_TOKEN = re.compile(r"<[A-Z][A-Z_]*?(?:_[0-9]+)?>")


def _survives(value: str, original_blanked: str, anonymised: str) -> bool:
    """Whether ``value`` occurs more often in the output than outside the gold spans of the
    input; the output's own tokens (``<ADDRESS_1>``, ``<CUSTOMER>``) are not text that survived."""
    output = _TOKEN.sub(" ", anonymised)
    return _occurrences(value, output) > _occurrences(value, original_blanked)


def _judge(
    span: GoldSpan, text: str, mask: Sequence[bool], blanked: str, anonymised: str
) -> tuple[bool, bool, bool]:
    """(found, leaked, address core leaked) of one gold span: found when the detections cover
    all its letters and digits; leaked when it survives in the output (an address also when its
    street name or house number survives, or when it is not wholly covered)."""
    found = all(mask[i] for i in _alnum_positions(text, span.start, span.end))
    leaked = _survives(span.value, blanked, anonymised)
    core = False
    if span.type == "ADDRESS":
        street, number = address_parts(span.value)
        core = any(
            part is not None and _survives(part, blanked, anonymised) for part in (street, number)
        )
        leaked = leaked or core or not found
    return found, leaked, core


@dataclass(frozen=True)
class Miss:
    """A gold value that leaked, or a look-alike that was lost, in one message."""

    message_id: str
    language: str
    kind: str  # "leaked" or "lost"
    span: GoldSpan
    text: str
    anonymised: str


def misses(dataset: Sequence[LabelledMessage], anonymiser: Anonymiser) -> list[Miss]:
    """The values that leaked and the look-alikes lost, message by message, with the input and
    the output: what to read when studying a development set (never a clean test set)."""
    found: list[Miss] = []
    for items, results in _anonymised_conversations(dataset, anonymiser):
        for item, result in zip(items, results, strict=True):
            text = item.message.text
            mask = _covered(result.detections, len(text))
            blanked = _blank(text, item.entities)
            for span in item.entities:
                if _judge(span, text, mask, blanked, result.text)[1]:
                    found.append(
                        Miss(
                            item.message.message_id,
                            item.language,
                            "leaked",
                            span,
                            text,
                            result.text,
                        )
                    )
            for span in item.keep:
                if _occurrences(span.value, result.text) < _occurrences(span.value, blanked):
                    found.append(
                        Miss(
                            item.message.message_id, item.language, "lost", span, text, result.text
                        )
                    )
    return found


def _score_message(
    report: EvaluationReport, item: LabelledMessage, result: AnonymisedMessage
) -> None:
    text, language = item.message.text, item.language
    mask = _covered(result.detections, len(text))
    blanked = _blank(text, item.entities)

    def cells(entity_type: str) -> tuple[Score, ...]:
        return (
            report.by_entity[entity_type],
            report.by_language[language],
            report.by_language_entity[language][entity_type],
            report.overall,
        )

    for span in item.entities:
        found, leaked, core = _judge(span, text, mask, blanked, result.text)
        report.address_core_leaked += core
        for score in cells(span.type):
            score.gold += 1
            score.found += found
            score.leaked += leaked
    gold_alnum = {i for s in item.entities for i in _alnum_positions(text, s.start, s.end)}
    for detection in result.detections:
        positions = _alnum_positions(text, detection.start, detection.end)
        correct = any(i in gold_alnum for i in positions)
        for score in cells(detection.entity_type):
            score.predicted += 1
            score.correct += correct

    original_words = Counter(w.casefold() for w in _WORD.findall(blanked))
    kept_words = Counter(w.casefold() for w in _WORD.findall(_SURROGATE.sub(" ", result.text)))
    words = report.words[language]
    words.total += sum(original_words.values())
    words.kept += sum(min(n, kept_words[w]) for w, n in original_words.items())

    for span in item.keep:
        survival = report.keep[span.type]
        survival.total += 1
        # only as often as outside the personal values: "nonno felice ... è felice" keeps one
        survival.kept += _occurrences(span.value, result.text) >= _occurrences(span.value, blanked)


def evaluate(dataset: Sequence[LabelledMessage], anonymiser: Anonymiser) -> EvaluationReport:
    """Anonymise the dataset conversation by conversation and score it (see the module rules)."""
    conversations = {item.message.conversation_id for item in dataset}
    report = EvaluationReport(messages=len(dataset), conversations=len(conversations))
    for items, results in _anonymised_conversations(dataset, anonymiser):
        before = {name: (s.gold, s.leaked) for name, s in report.by_entity.items()}
        for item, result in zip(items, results, strict=True):
            _score_message(report, item, result)
        leaks = {}
        for name, score in report.by_entity.items():
            gold, leaked = before.get(name, (0, 0))
            if score.gold > gold:
                leaks[name] = (score.gold - gold, score.leaked - leaked)
        report.conversation_leaks.append(leaks)
    return report


def _anonymised_conversations(
    dataset: Sequence[LabelledMessage], anonymiser: Anonymiser
) -> Iterator[tuple[list[LabelledMessage], list[AnonymisedMessage]]]:
    """Each conversation's messages in time order, with the anonymiser's results."""
    conversations: dict[str, list[LabelledMessage]] = defaultdict(list)
    for item in dataset:
        conversations[item.message.conversation_id].append(item)
    for items in conversations.values():
        items.sort(key=lambda i: (i.message.created_time, i.message.message_id))
        results = list(anonymiser.anonymise_conversation([i.message for i in items]))
        if len(results) != len(items):
            raise ValueError(
                f"the anonymiser returned {len(results)} messages for a conversation of "
                f"{len(items)}: it must return one per message, in order"
            )
        yield items, results
