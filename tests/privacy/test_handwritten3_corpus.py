"""Checks of the third hand-written test corpus itself (not of the anonymiser).

The corpus is written by hand in ``tests/data/make_handwritten3_corpus.py``; these tests make
sure the JSONL is what the script writes, that every span holds its value and that the
identifiers in it are valid, so that the corpus measures the anonymiser and not its own typos.
"""

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
CORPUS = DATA / "handwritten3_corpus.jsonl"
SCRIPT = DATA / "make_handwritten3_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten3_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _entities(dataset: list[LabelledMessage], kind: str) -> list[str]:
    return [span.value for item in dataset for span in item.entities if span.type == kind]


def test_regeneration_gives_identical_bytes() -> None:
    generator = _generator()
    assert generator.render().encode("utf-8") == CORPUS.read_bytes()
    assert generator.render() == generator.render()


def test_size_languages_and_conversations(dataset: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in dataset}
    assert len(dataset) >= 220
    assert len(conversations) >= 38
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.4 <= languages["it"] / len(dataset) <= 0.6
    platforms = {item.message.platform.value for item in dataset}
    assert platforms == {"messenger", "instagram", "whatsapp", "telegram"}
    roles = Counter(item.message.sender_role.value for item in dataset)
    assert roles["customer"] > 0 and roles["agent"] > 0


def test_unique_message_ids_and_time_order(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))
    by_conversation: dict[str, list[LabelledMessage]] = {}
    for item in dataset:
        by_conversation.setdefault(item.message.conversation_id, []).append(item)
    for items in by_conversation.values():
        times = [item.message.created_time for item in items]
        assert times == sorted(times)
        assert len(set(times)) == len(times)


def test_spans_hold_their_values_and_no_markup_is_left(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        text = item.message.text
        for span in (*item.entities, *item.keep):
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip()
            assert span.value
        for token in ("[[", "]]", "{{", "}}"):
            assert token not in text


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    found = Counter(span.type for item in dataset for span in item.entities)
    assert set(found) == set(ENTITY_TYPES)
    assert found["PERSON"] >= 200


def test_entities_do_not_overlap_and_keep_spans_stay_clear(
    dataset: list[LabelledMessage],
) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, item.message.message_id
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


def test_ibans_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_FISCAL_CODE")
    assert values
    assert any(value.islower() for value in values)
    for value in values:
        assert codicefiscale.is_valid(value), value


def test_vat_numbers_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(re.sub(r"^(?:IT)", "", value.replace(" ", ""))), value


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


def test_business_names_are_listed_and_kept() -> None:
    generator = _generator()
    assert len(generator.BUSINESS_NAMES) >= 5
    assert len(set(generator.BUSINESS_NAMES)) == len(generator.BUSINESS_NAMES)
