"""Checks of the hand-written blind test corpus no. 14 (the corpus itself, not the engine)."""

from __future__ import annotations

import importlib.util
import ipaddress
import re
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "handwritten14_corpus.jsonl"
SCRIPT = DATA / "make_handwritten14_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten14_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(dataset: list[LabelledMessage], kind: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == kind]


def _compact(value: str) -> str:
    return re.sub(r"[\s.-]", "", value)


def test_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    assert len(dataset) >= 120
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip()


def test_regeneration_gives_identical_bytes() -> None:
    assert _script().render() == CORPUS.read_text(encoding="utf-8")


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    seen = {s.type for item in dataset for s in item.entities}
    assert seen == set(ENTITY_TYPES)


def test_languages_and_ids(dataset: list[LabelledMessage]) -> None:
    assert {item.language for item in dataset} == {"it", "en"}
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))
    languages = [item.language for item in dataset]
    assert 0.35 <= languages.count("it") / len(languages) <= 0.65


def test_identifiers_are_valid(dataset: list[LabelledMessage]) -> None:
    for value in _values(dataset, "IBAN_CODE"):
        assert iban.is_valid(value), value
    for value in _values(dataset, "IT_FISCAL_CODE"):
        assert codicefiscale.is_valid(value.upper()), value
    for value in _values(dataset, "IT_VAT_CODE"):
        assert iva.is_valid(_compact(value)), value
    for value in _values(dataset, "CREDIT_CARD"):
        digits = _compact(value)
        assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn.is_valid(digits), value
    for value in _values(dataset, "IP_ADDRESS"):
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start


def test_business_names_are_listed() -> None:
    module = _script()
    assert len(module.BUSINESS_NAMES) >= 5
    assert all(name.strip() for name in module.BUSINESS_NAMES)
