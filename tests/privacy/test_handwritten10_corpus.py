"""Checks of the hand-written blind corpus no. 10 (the data only: nothing here scores it)."""

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
CORPUS = DATA / "handwritten10_corpus.jsonl"
SCRIPT = DATA / "make_handwritten10_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten10_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    # load_dataset also checks that every span holds its value.
    return load_dataset(CORPUS)


def _values(dataset: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == entity_type]


def test_regeneration_gives_identical_bytes(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    _script().write(out)
    assert out.read_bytes() == CORPUS.read_bytes()


def test_size_languages_and_ids(dataset: list[LabelledMessage]) -> None:
    assert len(dataset) >= 220
    conversations = {item.message.conversation_id for item in dataset}
    assert len(conversations) >= 38
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.4 <= languages["it"] / len(dataset) <= 0.6


def test_pages_are_the_documented_businesses(dataset: list[LabelledMessage]) -> None:
    script = _script()
    pages = {b["page_id"] for b in script.BUSINESSES.values()}
    assert {item.message.page_id for item in dataset} == pages
    assert len(script.BUSINESS_NAMES) == len(pages)


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    types = Counter(s.type for item in dataset for s in item.entities)
    assert set(types) == set(ENTITY_TYPES)


def test_spans_are_trimmed_and_entities_do_not_overlap(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities, key=lambda s: s.start)
        for span in (*spans, *item.keep):
            assert span.value == span.value.strip() and span.value
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, item.message.message_id


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


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
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19 and luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_emails_and_urls_look_like_what_they_are(dataset: list[LabelledMessage]) -> None:
    for value in _values(dataset, "EMAIL_ADDRESS"):
        assert re.search(r"@|\bat\b|chiocciola|\[at\]|\(at\)", value, re.IGNORECASE), value
    for value in _values(dataset, "URL"):
        assert re.search(r"\w\.\w", value), value


def test_keep_spans_have_known_kinds(dataset: list[LabelledMessage]) -> None:
    kinds = Counter(s.type for item in dataset for s in item.keep)
    assert set(kinds) <= set(_script().KEEP_KINDS)
    assert sum(kinds.values()) >= 100
