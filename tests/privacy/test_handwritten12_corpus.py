"""Checks of the hand-written blind corpus number 12 (the data only; nothing is scored here)."""

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
CORPUS = DATA / "handwritten12_corpus.jsonl"
GENERATOR = DATA / "make_handwritten12_corpus.py"


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten12_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _values(dataset: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == entity_type]


def test_size_and_languages(dataset: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in dataset}
    assert len(dataset) >= 220
    assert len(conversations) >= 36
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert min(languages.values()) / len(dataset) >= 0.4


def test_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        text = item.message.text
        for span in (*item.entities, *item.keep):
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip()
            assert span.value


def test_regeneration_gives_identical_bytes(generator: ModuleType) -> None:
    assert generator.render().encode("utf-8") == CORPUS.read_bytes()
    assert generator.render() == generator.render()


def test_business_names_listed(generator: ModuleType) -> None:
    assert len(generator.BUSINESS_NAMES) == len(set(generator.BUSINESS_NAMES)) >= 5


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    types = Counter(s.type for item in dataset for s in item.entities)
    assert set(types) == set(ENTITY_TYPES)


def test_identifiers_are_valid(dataset: list[LabelledMessage]) -> None:
    for value in _values(dataset, "IBAN_CODE"):
        assert iban.is_valid(value), value
    for value in _values(dataset, "IT_FISCAL_CODE"):
        assert codicefiscale.is_valid(value.upper()), value
    for value in _values(dataset, "IT_VAT_CODE"):
        assert iva.is_valid(value), value
    for value in _values(dataset, "CREDIT_CARD"):
        digits = re.sub(r"[\s-]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value
    for value in _values(dataset, "IP_ADDRESS"):
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


def test_entities_do_not_overlap_each_other(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for before, after in itertools.pairwise(spans):
            assert before.end <= after.start, item.message.message_id


def test_message_ids_are_unique(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_conversations_have_both_roles(dataset: list[LabelledMessage]) -> None:
    roles: dict[str, set[str]] = {}
    for item in dataset:
        roles.setdefault(item.message.conversation_id, set()).add(item.message.sender_role)
    assert all(r == {"customer", "agent"} for r in roles.values())
