"""Checks of the hand-written blind corpus no. 16 (the corpus only: nothing here scores it)."""

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
CORPUS = DATA / "handwritten16_corpus.jsonl"
SCRIPT = DATA / "make_handwritten16_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten16_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _entities(dataset: list[LabelledMessage], kind: str) -> list[str]:
    return [e.value for m in dataset for e in m.entities if e.type == kind]


def test_loads_and_spans_hold_values(dataset: list[LabelledMessage]) -> None:
    assert len(dataset) >= 200
    for item in dataset:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value


def test_regeneration_is_byte_identical() -> None:
    assert _script().render() == CORPUS.read_text(encoding="utf-8")


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    counts = Counter(e.type for m in dataset for e in m.entities)
    assert set(counts) <= set(ENTITY_TYPES)
    assert set(ENTITY_TYPES) <= set(counts)


def test_languages_balanced(dataset: list[LabelledMessage]) -> None:
    langs = Counter(m.language for m in dataset)
    assert set(langs) == {"it", "en"}
    assert 0.35 <= langs["it"] / len(dataset) <= 0.65


def test_unique_message_ids(dataset: list[LabelledMessage]) -> None:
    ids = [m.message.message_id for m in dataset]
    assert len(ids) == len(set(ids))


def test_ibans_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IBAN_CODE")
    assert values
    assert all(iban.is_valid(v) for v in values), values


def test_fiscal_codes_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_FISCAL_CODE")
    assert values
    assert all(codicefiscale.is_valid(v.upper()) for v in values), values


def test_vat_codes_valid(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        digits = re.sub(r"^IT", "", value.replace(" ", ""), flags=re.I)
        assert iva.is_valid(digits), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        assert luhn.is_valid(re.sub(r"[\s-]", "", value)), value


def test_ips_parse(dataset: list[LabelledMessage]) -> None:
    values = _entities(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for ent in item.entities:
                assert keep.end <= ent.start or ent.end <= keep.start, item.message.message_id


def test_entity_spans_do_not_overlap(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted((e.start, e.end) for e in item.entities)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, item.message.message_id


def test_business_names_listed() -> None:
    module = _script()
    assert len(module.BUSINESS_NAMES) >= 5
    assert set(module.PAGE_IDS) == set(module.BUSINESS_NAMES)
