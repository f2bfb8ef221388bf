"""Checks of the hand-written blind corpus no. 8 (the data only: nothing here runs the engine)."""

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
CORPUS = DATA / "handwritten8_corpus.jsonl"
SCRIPT = DATA / "make_handwritten8_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten8_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)  # also checks that every span holds its value


def _values(dataset: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == entity_type]


def test_size_and_languages(dataset: list[LabelledMessage]) -> None:
    assert len(dataset) >= 200
    assert len({item.message.conversation_id for item in dataset}) >= 35
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.35 <= languages["en"] / len(dataset) <= 0.65


def test_regeneration_gives_identical_bytes(tmp_path: Path) -> None:
    target = tmp_path / "again.jsonl"
    assert _generator().main([str(target)]) == 0
    assert target.read_bytes() == CORPUS.read_bytes()


def test_unique_message_ids(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    found = {s.type for item in dataset for s in item.entities}
    assert found == set(ENTITY_TYPES)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted((*item.entities, *item.keep), key=lambda s: (s.start, s.end))
        for left, right in pairwise(spans):
            assert left.end <= right.start, item.message.message_id


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
        digits = re.sub(r"^IT", "", re.sub(r"\s", "", value.upper()))
        assert iva.is_valid(digits), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[\s-]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_spans_are_trimmed_and_inside_the_text(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert span.value == span.value.strip(), item.message.message_id
            assert 0 <= span.start < span.end <= len(item.message.text)


def test_business_names_are_the_agents_display_names(dataset: list[LabelledMessage]) -> None:
    names = set(_generator().BUSINESS_NAMES.values())
    agents = {item.message.sender_name for item in dataset if item.message.sender_role == "agent"}
    assert agents == names
