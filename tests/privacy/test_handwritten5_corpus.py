"""Checks of the fifth hand-written blind corpus itself (not of the anonymiser)."""

from __future__ import annotations

import importlib.util
import ipaddress
import re
import sys
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
CORPUS = DATA / "handwritten5_corpus.jsonl"
SCRIPT = DATA / "make_handwritten5_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten5_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(corpus: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in corpus for s in item.entities if s.type == entity_type]


def test_size_and_languages(corpus: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in corpus}
    languages = Counter(item.language for item in corpus)
    assert len(corpus) >= 220
    assert len(conversations) >= 36
    assert set(languages) == {"it", "en"}
    assert 0.4 <= languages["it"] / len(corpus) <= 0.6


def test_regeneration_gives_identical_bytes() -> None:
    assert _script().render().encode("utf-8") == CORPUS.read_bytes()


def test_spans_hold_their_values(corpus: list[LabelledMessage]) -> None:
    # load_dataset already refuses a span that does not hold its value; check bounds and types.
    for item in corpus:
        text = item.message.text
        for span in (*item.entities, *item.keep):
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip(), span.value
        for span in item.entities:
            assert span.type in ENTITY_TYPES


def test_every_entity_type_occurs(corpus: list[LabelledMessage]) -> None:
    counts = Counter(s.type for item in corpus for s in item.entities)
    assert set(ENTITY_TYPES) <= set(counts)


def test_unique_message_ids(corpus: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in corpus]
    assert len(ids) == len(set(ids))


def test_entities_do_not_overlap_each_other_or_keep_spans(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        spans = sorted((*item.entities, *item.keep), key=lambda s: (s.start, s.end))
        for left, right in pairwise(spans):
            assert left.end <= right.start, (item.message.message_id, left.value, right.value)


def test_ibans_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_FISCAL_CODE")
    assert values
    for value in values:
        assert codicefiscale.is_valid(value), value


def test_vat_numbers_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(value), value


def test_cards_pass_luhn(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[ \-.]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_cover_the_look_alikes(corpus: list[LabelledMessage]) -> None:
    kinds = Counter(s.type for item in corpus for s in item.keep)
    for kind in ("ORDER", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME"):
        assert kinds[kind] > 0, kind
    assert not set(kinds) & set(ENTITY_TYPES)


def test_business_names_are_listed() -> None:
    names = _script().BUSINESS_NAMES
    assert len(names) == len(set(names)) >= 5
