"""Checks of the hand-written blind corpus no. 11 (the corpus itself, not the anonymiser)."""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import re
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "handwritten11_corpus.jsonl"
GENERATOR = DATA / "make_handwritten11_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten11_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _entities(dataset: list[LabelledMessage], kind: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == kind]


def test_regeneration_gives_identical_bytes() -> None:
    assert _generator().render().encode("utf-8") == CORPUS.read_bytes()


def test_size_languages_and_conversations(dataset: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in dataset}
    languages = {item.language for item in dataset}
    assert len(dataset) >= 200
    assert len(conversations) >= 35
    assert languages == {"it", "en"}
    platforms = {item.message.platform.value for item in dataset}
    assert platforms == {"messenger", "instagram", "whatsapp", "telegram"}
    italian = sum(item.language == "it" for item in dataset)
    assert 0.35 <= italian / len(dataset) <= 0.65


def test_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip()


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    seen = {s.type for item in dataset for s in item.entities}
    assert seen == set(ENTITY_TYPES)


def test_unique_message_ids(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_no_markup_left(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        assert not re.search(r"\[\[|\]\]|\{\{|\}\}", item.message.text)


def test_ibans_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_FISCAL_CODE")
    assert values
    for value in values:
        assert codicefiscale.is_valid(value.upper()), value


def test_vat_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(value), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


def test_entities_do_not_overlap_each_other(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, item.message.message_id


def test_business_names_are_listed() -> None:
    generator = _generator()
    assert len(generator.BUSINESS_NAMES) >= 5
    used = {conversation["business"] for conversation in generator.CONVERSATIONS}
    assert used == set(generator.BUSINESS_NAMES)
