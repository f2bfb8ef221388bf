"""The evaluation metrics, checked with fake anonymisers whose answers are known."""

from __future__ import annotations

import json
import runpy
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pipeline.commands.evaluate import evaluate_command
from pipeline.demo import generate
from pipeline.models import Message
from privacy.evaluate import (
    DatasetError,
    EvaluationReport,
    GoldSpan,
    LabelledMessage,
    address_parts,
    evaluate,
    load_dataset,
    misses,
)
from privacy.types import ENTITY_TYPES, AnonymisedMessage, Detection

Redactor = Callable[[LabelledMessage], tuple[str, tuple[Detection, ...]]]


class FakeAnonymiser:
    """Answers from the gold labels through ``redact``: a detector whose output is known."""

    def __init__(self, dataset: Sequence[LabelledMessage], redact: Redactor) -> None:
        self.gold = {item.message.message_id: item for item in dataset}
        self.redact = redact

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        out = []
        for message in messages:
            text, detections = self.redact(self.gold[message.message_id])
            out.append(
                AnonymisedMessage(
                    message_key=message.message_id,
                    conversation_key=message.conversation_id,
                    platform=message.platform.value,
                    page_id=message.page_id,
                    created_time=message.created_time,
                    sender_key="s",
                    sender_role=message.sender_role.value,
                    recipient_key=None,
                    customer_key="c",
                    language="it",
                    text=text,
                    n_chars=len(message.text),
                    detections=detections,
                )
            )
        return out


def _replace(item: LabelledMessage, spans: Sequence[GoldSpan]) -> str:
    text = item.message.text
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        text = text[: span.start] + f"<{span.type}_1>" + text[span.end :]
    return text


def perfect(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
    detections = tuple(Detection(s.start, s.end, s.type) for s in item.entities)
    return _replace(item, item.entities), detections


def nothing(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
    return item.message.text, ()


def everything(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
    text = item.message.text
    return ("<REDACTED>" if text else ""), ((Detection(0, len(text), "PERSON"),) if text else ())


@pytest.fixture(scope="module")
def demo_dataset(tmp_path_factory: pytest.TempPathFactory) -> list[LabelledMessage]:
    out = tmp_path_factory.mktemp("demo")
    generate(out, conversations=30, seed=3)
    return load_dataset(out / "labels.jsonl")


def _message(n: int, text: str, conversation: str = "t_1") -> Message:
    return Message(
        message_id=f"m_{n}",
        conversation_id=conversation,
        platform="messenger",
        page_id="104857600000001",
        sender_id="1234567890123456",
        sender_role="customer",
        created_time=datetime(2026, 11, 2, 10, tzinfo=UTC) + timedelta(minutes=n),
        text=text,
    )


def _labelled(n: int, text: str, *values: tuple[str, str]) -> LabelledMessage:
    spans = []
    for entity_type, value in values:
        start = text.index(value)
        spans.append(GoldSpan(start, start + len(value), entity_type, value))
    return LabelledMessage(_message(n, text, conversation=f"t_{n % 2}"), "it", tuple(spans))


NAMES = [
    _labelled(0, "Ciao, sono Giulia Ferraro", ("PERSON", "Giulia Ferraro")),
    _labelled(1, "Grazie Ottavio!", ("PERSON", "Ottavio")),
    _labelled(2, "il pacco è per mia moglie Emma", ("PERSON", "Emma")),
    _labelled(3, "chiedete di Rosalia al portiere", ("PERSON", "Rosalia")),
    _labelled(4, "Saluti, Benedetta - Casa Verde", ("PERSON", "Benedetta")),
]


def test_perfect_anonymiser(demo_dataset: list[LabelledMessage]) -> None:
    report = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, perfect))
    assert report.overall.gold > 100
    assert report.leak_rate == 0
    assert report.overall.recall == 1
    assert report.overall.precision == 1
    assert report.overall.f2 == pytest.approx(1)
    for language in ("it", "en"):
        assert report.over_redaction(language) == 0
    assert report.keep_survival == 1


def test_do_nothing_anonymiser(demo_dataset: list[LabelledMessage]) -> None:
    report = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, nothing))
    assert report.leak_rate == 1
    assert report.overall.recall == 0
    assert report.overall.precision is None
    assert report.overall.f2 == 0
    assert report.over_redaction("it") == 0
    assert report.keep_survival == 1


def test_redact_everything_anonymiser(demo_dataset: list[LabelledMessage]) -> None:
    report = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, everything))
    assert report.leak_rate == 0
    assert report.overall.recall == 1
    for language in ("it", "en"):
        assert report.over_redaction(language) == pytest.approx(1)
    assert report.keep_survival == 0
    assert report.overall.precision is not None and report.overall.precision < 1


@pytest.mark.parametrize("missed", range(len(NAMES)), ids=[f"miss-name-{i}" for i in range(5)])
def test_missing_one_of_n_names_leaks_one_nth(missed: int) -> None:
    def all_but_one(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return nothing(item) if item.message.message_id == f"m_{missed}" else perfect(item)

    report = evaluate(NAMES, FakeAnonymiser(NAMES, all_but_one))
    assert report.by_entity["PERSON"].leak_rate == pytest.approx(1 / len(NAMES))
    assert report.by_entity["PERSON"].recall == pytest.approx(1 - 1 / len(NAMES))
    assert report.by_entity["PERSON"].precision == 1


def test_leak_interval_is_a_bootstrap_over_conversations(
    demo_dataset: list[LabelledMessage],
) -> None:
    assert evaluate(demo_dataset, FakeAnonymiser(demo_dataset, perfect)).leak_interval() == (0, 0)
    assert evaluate(demo_dataset, FakeAnonymiser(demo_dataset, nothing)).leak_interval() == (1, 1)

    # every name of one conversation missed, the other conversation's names found
    def one_conversation(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return nothing(item) if item.message.conversation_id == "t_0" else perfect(item)

    report = evaluate(NAMES, FakeAnonymiser(NAMES, one_conversation))
    assert report.leak_rate == pytest.approx(3 / 5)
    assert [sum(g for g, _ in c.values()) for c in report.conversation_leaks] == [3, 2]
    # two clusters: a resample holds none, one or both of the leaking conversation
    assert report.leak_interval() == (0, 1)
    assert report.leak_interval("PERSON") == (0, 1)
    assert report.leak_interval("EMAIL_ADDRESS") is None
    assert report.leak_interval(seed=1) == report.leak_interval(seed=1)


def test_leak_interval_narrows_with_more_conversations() -> None:
    # 40 conversations of 5 names, 4 of them with one name missed: 4 / 200 = 2%
    items = [
        _labelled(0, f"Ciao, sono {name}", ("PERSON", name))
        for name in ("Giulia", "Ottavio", "Emma", "Rosalia", "Benedetta")
    ]
    dataset = [
        LabelledMessage(
            _message(5 * c + i, item.message.text, conversation=f"c_{c}"), "it", item.entities
        )
        for c in range(40)
        for i, item in enumerate(items)
    ]
    missed = {f"m_{5 * c}" for c in (3, 11, 19, 27)}

    def four_misses(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return nothing(item) if item.message.message_id in missed else perfect(item)

    report = evaluate(dataset, FakeAnonymiser(dataset, four_misses))
    assert report.leak_rate == pytest.approx(0.02)
    interval = report.leak_interval()
    assert interval is not None
    low, high = interval
    assert 0 <= low < 0.02 < high < 0.06
    assert report.summary()["leak_rate_interval"] == interval
    assert report.to_dict()["by_entity"]["PERSON"]["leak_rate"] == pytest.approx(0.02)


def test_pooled_report_sums_the_counts_and_pools_the_conversations(
    demo_dataset: list[LabelledMessage],
) -> None:
    def one_conversation(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return nothing(item) if item.message.conversation_id == "t_0" else perfect(item)

    leaky = evaluate(NAMES, FakeAnonymiser(NAMES, one_conversation))  # 3 of 5 names leak
    clean = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, perfect))
    pooled = EvaluationReport.pooled([leaky, clean])
    gold = leaky.overall.gold + clean.overall.gold
    assert pooled.overall.gold == gold
    assert pooled.leak_rate == pytest.approx(3 / gold)
    assert pooled.by_entity["PERSON"].gold == (
        leaky.by_entity["PERSON"].gold + clean.by_entity["PERSON"].gold
    )
    assert pooled.by_entity["PERSON"].leaked == 3
    assert pooled.messages == leaky.messages + clean.messages
    assert len(pooled.conversation_leaks) == (
        len(leaky.conversation_leaks) + len(clean.conversation_leaks)
    )
    for language in ("it", "en"):
        total = sum(r.words[language].total for r in (leaky, clean) if language in r.words)
        assert pooled.words[language].total == total
    assert pooled.keep_survival == clean.keep_survival or not leaky.keep
    interval = pooled.leak_interval()
    assert interval is not None and interval[0] <= pooled.leak_rate <= interval[1]
    assert EvaluationReport.pooled([leaky]).to_dict() == leaky.to_dict()


def test_surname_left_behind_is_a_miss_and_a_leak() -> None:
    item = NAMES[0]

    def first_name_only(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        start = item.message.text.index("Giulia")
        return "Ciao, sono <PERSON_1> Ferraro", (Detection(start, start + 6, "PERSON"),)

    report = evaluate([item], FakeAnonymiser([item], first_name_only))
    assert report.overall.recall == 0
    assert report.overall.precision == 1
    # "Giulia Ferraro" as a whole is gone, but the rule is about the whole value: not leaked.
    assert report.overall.leaked == 0


def test_name_inside_the_kept_brand_is_not_a_leak() -> None:
    text = "Ciao Marco, grazie da Marco Bellini Moda"
    start = text.index("Marco")
    item = LabelledMessage(
        _message(0, text), "it", (GoldSpan(start, start + 5, "PERSON", "Marco"),)
    )

    def redact_person(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return "Ciao <PERSON_1>, grazie da Marco Bellini Moda", (Detection(5, 10, "PERSON"),)

    report = evaluate([item], FakeAnonymiser([item], redact_person))
    assert report.leak_rate == 0
    assert report.over_redaction("it") == 0


ADDRESS_TEXT = "Spedite a via Garibaldi 12, 20121 Torino per favore"
ADDRESS = "via Garibaldi 12, 20121 Torino"


@pytest.mark.parametrize(
    ("anonymised", "detected", "leaked", "core"),
    [
        ("Spedite a <ADDRESS_1> per favore", [(10, 40)], False, 0),
        ("Spedite a <ADDRESS_1>, 20121 Torino per favore", [(10, 26)], True, 0),
        ("Spedite a via Garibaldi <ADDRESS_1> per favore", [(10, 40)], True, 1),
        ("Spedite a via <ADDRESS_1> 12, <LOCATION_1> per favore", [(10, 40)], True, 1),
    ],
    ids=[
        "address-whole",
        "address-partial-detection",
        "address-street-survives",
        "address-number-survives",
    ],
)
def test_address_leak_rules(
    anonymised: str, detected: list[tuple[int, int]], leaked: bool, core: int
) -> None:
    start = ADDRESS_TEXT.index(ADDRESS)
    item = LabelledMessage(
        _message(0, ADDRESS_TEXT),
        "it",
        (GoldSpan(start, start + len(ADDRESS), "ADDRESS", ADDRESS),),
    )

    def answer(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        return anonymised, tuple(Detection(s, e, "ADDRESS") for s, e in detected)

    report = evaluate([item], FakeAnonymiser([item], answer))
    assert bool(report.by_entity["ADDRESS"].leaked) is leaked
    assert report.address_core_leaked == core


@pytest.mark.parametrize(
    ("value", "street", "number"),
    [
        ("via Garibaldi 12, 20121 Torino", "Garibaldi", "12"),
        ("Viale dei Mille 5/B", "dei Mille", "5"),
        ("Piazza XX Settembre, 8 - 40121 Bologna", "XX Settembre", "8"),
        ("corso Vittorio Emanuele II 140 bis, Napoli", "Vittorio Emanuele II", "140"),
        ("221 Baker Street, LS3 3EZ", "Baker", "221"),
        ("12 Oak St, Boston, MA 02108", "Oak", "12"),
        ("Flat 3, 4 Queen Street, Bath", "Queen", "4"),
        ("via Cà di Cozzi 41 scala B interno 5", "Cà di Cozzi", "41"),
        ("Via Santa Toscana 9\n37129 Verona", "Santa Toscana", "9"),
        ("Via Quattro Novembre 12 int. 3", "Quattro Novembre", "12"),
        ("Via 20 Settembre 7a, Genova", "20 Settembre", "7"),
        ("Via dei Tigli\n14, 00100 Roma", "dei Tigli", "14"),
        ("18 Mill Lane Apt 4, Leeds", "Mill", "18"),
    ],
    ids=[
        "it-via-cap",
        "it-viale-slash",
        "it-piazza-comma-number",
        "it-corso-bis",
        "gb-street",
        "us-st",
        "gb-flat-first",
        "it-staircase-and-flat-after-the-number",
        "it-postcode-on-the-next-line",
        "it-int-after-the-number",
        "it-number-inside-the-name",
        "it-number-on-the-next-line",
        "gb-flat-after-the-street",
    ],
)
def test_address_parts(value: str, street: str, number: str) -> None:
    assert address_parts(value) == (street, number)


def test_report_serialises_and_renders(demo_dataset: list[LabelledMessage]) -> None:
    report = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, perfect))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["leak_rate"] == 0
    assert set(data["by_language"]) == {"it", "en"}
    assert isinstance(report, EvaluationReport)
    assert len(report.tables()) == 3


def test_no_value_in_the_report(demo_dataset: list[LabelledMessage]) -> None:
    report = evaluate(demo_dataset, FakeAnonymiser(demo_dataset, nothing))
    dumped = json.dumps(report.to_dict())
    values = {s.value for item in demo_dataset for s in item.entities if len(s.value) > 4}
    assert not [v for v in values if v in dumped]


def test_bad_span_names_file_and_line(tmp_path: Path) -> None:
    record = {
        "message": json.loads(_message(0, "Ciao Giulia").model_dump_json()),
        "language": "it",
        "entities": [{"start": 0, "end": 4, "type": "PERSON", "value": "Giulia"}],
    }
    path = tmp_path / "bad.jsonl"
    path.write_text("\n" + json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:2"):
        load_dataset(path)


CORPUS = Path(__file__).parent / "data" / "independent_corpus.jsonl"


def test_independent_corpus_is_reproducible_and_valid() -> None:
    namespace = runpy.run_path(str(CORPUS.with_name("make_independent_corpus.py")))
    assert "\n".join(namespace["build"]()) + "\n" == CORPUS.read_text(encoding="utf-8")
    dataset = load_dataset(CORPUS)
    assert 150 <= len(dataset) <= 300
    assert {s.type for item in dataset for s in item.entities} == set(ENTITY_TYPES)
    assert {item.language for item in dataset} == {"it", "en"}


@pytest.mark.slow
def test_evaluate_command_scores_the_real_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`convmon evaluate --dataset ... --json ...` with the real AnonymisationEngine."""
    monkeypatch.setenv("CONVMON_DATA_DIR", str(tmp_path / "var"))
    app = typer.Typer()
    app.command()(evaluate_command)
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(app, ["--dataset", str(CORPUS), "--json", str(out)])
    assert result.exit_code == 0, result.output
    numbers = json.loads(out.read_text(encoding="utf-8"))
    assert numbers["messages"] == len(load_dataset(CORPUS))
    assert set(numbers["by_language"]) == {"it", "en"}
    assert numbers["leak_rate"] < 0.1, "far worse than the engine ever measured"
    assert "leak rate" in result.output
    latest = json.loads((tmp_path / "var" / "state" / "evaluation.json").read_text("utf-8"))
    assert latest["dataset"] == CORPUS.name
    assert latest["leak_rate"] == numbers["leak_rate"]


def test_digits_of_surrogate_tokens_are_not_leaks() -> None:
    from privacy.evaluate import _survives

    blanked = "Spedite a                         "  # "Spedite a piazza Verdi 2, Bergamo"
    assert not _survives("2", blanked, "Spedite a <ADDRESS_1>, ciao <PERSON_2>")
    assert _survives("2", blanked, "Spedite a piazza <PERSON_1> 2, <LOCATION_1>")


def test_misses_lists_each_leaked_value_and_lost_look_alike() -> None:
    """``misses`` names what ``evaluate`` counts: the same leaks, with the text in and out."""
    text = "sono Giulia, ordine 4471 per Ottavio"
    start = text.index("4471")
    item = LabelledMessage(
        _message(0, text),
        "it",
        _labelled(0, text, ("PERSON", "Giulia"), ("PERSON", "Ottavio")).entities,
        (GoldSpan(start, start + 4, "ORDER", "4471"),),
    )

    def half(item: LabelledMessage) -> tuple[str, tuple[Detection, ...]]:
        giulia = item.entities[0]
        order = item.keep[0]
        text = _replace(item, [giulia])
        text = text.replace("4471", "<ID>")
        return text, (
            Detection(giulia.start, giulia.end, "PERSON"),
            Detection(order.start, order.end, "PERSON"),
        )

    found = misses([item], FakeAnonymiser([item], half))
    assert [(m.kind, m.span.value) for m in found] == [("leaked", "Ottavio"), ("lost", "4471")]
    assert found[0].text == text and "<PERSON_1>" in found[0].anonymised
    report = evaluate([item], FakeAnonymiser([item], half))
    assert report.overall.leaked == 1 and report.keep_survival == 0
    assert misses([item], FakeAnonymiser([item], perfect)) == []


def test_a_look_alike_spelt_like_a_personal_value_is_expected_outside_it() -> None:
    # "felice" the grandfather (personal) and "felice" the adjective (a look-alike) in one
    # message: a perfect anonymiser removes the first and keeps the second, which survives
    text = "e nonno felice vuole una foto, lui è proprio felice quel giorno"
    first = text.index("felice")
    second = text.index("felice", first + 1)
    item = LabelledMessage(
        _message(0, text),
        "it",
        (GoldSpan(first, first + 6, "PERSON", "felice"),),
        (GoldSpan(second, second + 6, "WORD", "felice"),),
    )
    assert evaluate([item], FakeAnonymiser([item], perfect)).keep_survival == 1
    assert evaluate([item], FakeAnonymiser([item], everything)).keep_survival == 0
