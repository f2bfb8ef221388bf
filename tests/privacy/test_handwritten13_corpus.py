"""Checks of the hand-written corpus ``tests/data/handwritten13_corpus.jsonl`` (the data only:
these tests never run the anonymiser)."""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "handwritten13_corpus.jsonl"
GENERATOR = DATA / "make_handwritten13_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten13_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(dataset: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == entity_type]


def test_size_and_languages(dataset: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in dataset}
    assert len(dataset) >= 220
    assert len(conversations) >= 36
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.4 <= languages["it"] / len(dataset) <= 0.6


def test_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip()


def test_regeneration_gives_identical_bytes() -> None:
    module = _generator()
    assert module.render(module.build_records()).encode("utf-8") == CORPUS.read_bytes()
    assert module.render(module.build_records()) == module.render(module.build_records())


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    seen = {span.type for item in dataset for span in item.entities}
    assert seen == set(ENTITY_TYPES)


def test_ibans_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IT_FISCAL_CODE")
    assert values
    for value in values:
        assert codicefiscale.is_valid(value.upper()), value


def test_vat_numbers_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(re.sub(r"^IT|\s", "", value, flags=re.IGNORECASE)), value


def test_card_numbers_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


def test_entity_spans_do_not_overlap_each_other(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for first, second in itertools.pairwise(spans):
            assert first.end <= second.start, item.message.message_id


def test_message_ids_are_unique(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_messages_are_in_time_order_within_conversations(dataset: list[LabelledMessage]) -> None:
    last: dict[str, LabelledMessage] = {}
    for item in dataset:
        previous = last.get(item.message.conversation_id)
        if previous is not None:
            assert previous.message.created_time < item.message.created_time
        last[item.message.conversation_id] = item


def test_pages_are_the_listed_businesses(dataset: list[LabelledMessage]) -> None:
    module = _generator()
    pages = {page_id for _, page_id in module.BUSINESSES.values()}
    assert {item.message.page_id for item in dataset} == pages
    assert len(module.BUSINESS_NAMES) == len(pages)


def test_no_machine_paths_in_the_corpus() -> None:
    text = CORPUS.read_text(encoding="utf-8")
    assert "/work/" not in text and "/tmp/" not in text
