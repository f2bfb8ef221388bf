"""Checks of the hand-written blind corpus ``handwritten9_corpus.jsonl`` (the data, not the engine).

The corpus is a test set: nothing here runs the anonymiser or scores it.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "handwritten9_corpus.jsonl"
SCRIPT = DATA / "make_handwritten9_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten9_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _entities(dataset: list[LabelledMessage], kind: str) -> list[str]:
    return [span.value for item in dataset for span in item.entities if span.type == kind]


def test_loads_and_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    assert len(dataset) >= 200
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip(), span


def test_regeneration_gives_identical_bytes() -> None:
    assert _script().build().encode("utf-8") == CORPUS.read_bytes()


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    counts = Counter(span.type for item in dataset for span in item.entities)
    assert set(ENTITY_TYPES) <= set(counts), set(ENTITY_TYPES) - set(counts)
    assert set(counts) <= set(ENTITY_TYPES)


def test_both_languages_roughly_balanced(dataset: list[LabelledMessage]) -> None:
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.35 <= languages["it"] / len(dataset) <= 0.65


def test_message_ids_are_unique(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_conversations_belong_to_the_listed_businesses(dataset: list[LabelledMessage]) -> None:
    script = _script()
    pages = {page_id for page_id, _ in script.BUSINESSES.values()}
    assert {item.message.page_id for item in dataset} <= pages
    assert len(script.BUSINESS_NAMES) == len(pages)
    assert len({item.message.conversation_id for item in dataset}) >= 30


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


def test_vat_numbers_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(re.sub(r"^IT", "", value.replace(" ", ""))), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[\s-]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
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
                assert keep.end <= entity.start or entity.end <= keep.start, (
                    item.message.message_id,
                    keep.type,
                    entity.type,
                )


def test_entities_do_not_overlap_each_other(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for left, right in pairwise(spans):
            assert left.end <= right.start, item.message.message_id


def test_no_markup_left_in_texts(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for token in ("[[", "]]", "{{", "}}"):
            assert token not in item.message.text, item.message.message_id
