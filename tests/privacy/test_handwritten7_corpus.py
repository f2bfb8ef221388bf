"""Checks of the hand-written blind test corpus no. 7 (the corpus only, not the anonymiser)."""

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
CORPUS = DATA / "handwritten7_corpus.jsonl"
SCRIPT = DATA / "make_handwritten7_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten7_corpus", SCRIPT)
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


def test_regeneration_gives_identical_bytes() -> None:
    module = _script()
    assert module.render().encode("utf-8") == CORPUS.read_bytes()
    assert module.render() == module.render()


def test_spans_hold_their_values_and_types_are_known(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip(), span
        for span in item.entities:
            assert span.type in ENTITY_TYPES


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    present = {span.type for item in dataset for span in item.entities}
    assert present == set(ENTITY_TYPES)


def test_no_markup_left(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for token in ("[[", "]]", "{{", "}}"):
            assert token not in item.message.text


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
        assert iva.is_valid(re.sub(r"\D", "", value)), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted((*item.entities, *item.keep), key=lambda s: (s.start, s.end))
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, (item.message.message_id, left, right)


def test_message_ids_are_unique(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_conversations_are_in_time_order(dataset: list[LabelledMessage]) -> None:
    last: dict[str, object] = {}
    for item in dataset:
        message = item.message
        previous = last.get(message.conversation_id)
        if previous is not None:
            assert message.created_time > previous
        last[message.conversation_id] = message.created_time


def test_both_roles_in_every_conversation(dataset: list[LabelledMessage]) -> None:
    roles: dict[str, set[str]] = {}
    for item in dataset:
        roles.setdefault(item.message.conversation_id, set()).add(str(item.message.sender_role))
    for conversation, seen in roles.items():
        assert seen == {"customer", "agent"}, conversation
