"""Checks of the sixth hand-written blind test corpus itself (not of the anonymiser).

The corpus is regenerated from ``tests/data/make_handwritten6_corpus.py``; these tests make sure
the file loads, every span holds its value, the identifiers in it are valid ones and the
look-alikes that must survive never overlap personal data.
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
CORPUS = DATA / "handwritten6_corpus.jsonl"
GENERATOR = DATA / "make_handwritten6_corpus.py"


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten6_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(corpus: list[LabelledMessage], entity_type: str) -> list[str]:
    return [span.value for item in corpus for span in item.entities if span.type == entity_type]


def test_regeneration_gives_identical_bytes(tmp_path: Path) -> None:
    target = tmp_path / "corpus.jsonl"
    _generator().main(["make_handwritten6_corpus.py", str(target)])
    assert target.read_bytes() == CORPUS.read_bytes()


def test_size_languages_and_conversations(corpus: list[LabelledMessage]) -> None:
    assert len(corpus) >= 220
    conversations = {item.message.conversation_id for item in corpus}
    assert len(conversations) >= 36
    languages = Counter(item.language for item in corpus)
    assert set(languages) == {"it", "en"}
    assert min(languages.values()) >= 0.4 * len(corpus)


def test_message_ids_are_unique(corpus: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in corpus]
    assert len(ids) == len(set(ids))


def test_spans_hold_their_values(corpus: list[LabelledMessage]) -> None:
    # load_dataset already refuses a span that does not hold its value; check the rest here.
    for item in corpus:
        for span in (*item.entities, *item.keep):
            assert 0 <= span.start < span.end <= len(item.message.text)
            assert span.value == span.value.strip(), span
        assert "[[" not in item.message.text and "{{" not in item.message.text


def test_every_entity_type_occurs(corpus: list[LabelledMessage]) -> None:
    seen = {span.type for item in corpus for span in item.entities}
    assert seen == set(ENTITY_TYPES)


def test_businesses_are_listed(corpus: list[LabelledMessage]) -> None:
    generator = _generator()
    pages = {item.message.page_id for item in corpus}
    assert pages == set(generator.PAGE_IDS.values())
    assert set(generator.BUSINESS_NAMES) == set(generator.PAGE_IDS)


def test_ibans_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_FISCAL_CODE")
    assert values
    for value in values:
        assert codicefiscale.is_valid(value.upper()), value


def test_vat_numbers_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(re.sub(r"^(?:IT)", "", value.replace(" ", ""))), value


def test_cards_pass_luhn(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19, value
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_keep_spans_do_not_overlap_entities(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        for kept in item.keep:
            for entity in item.entities:
                assert kept.end <= entity.start or entity.end <= kept.start, (
                    item.message.message_id,
                    kept.type,
                    entity.type,
                )


def test_entity_spans_do_not_overlap_each_other(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        spans = sorted(item.entities, key=lambda s: s.start)
        for left, right in pairwise(spans):
            assert left.end <= right.start, item.message.message_id
