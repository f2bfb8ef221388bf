"""Checks of the fourth hand-written blind corpus itself (not of the anonymiser).

The corpus must load, its spans must hold their values, the script must regenerate it byte for
byte, and the identifiers in it must be valid ones (check digits, Luhn, parsable IPs).
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
CORPUS = DATA / "handwritten4_corpus.jsonl"
SCRIPT = DATA / "make_handwritten4_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten4_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(corpus: list[LabelledMessage], entity_type: str) -> list[str]:
    return [span.value for item in corpus for span in item.entities if span.type == entity_type]


def test_size_and_languages(corpus: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in corpus}
    languages = Counter(item.language for item in corpus)
    assert len(corpus) >= 220
    assert len(conversations) >= 35
    assert set(languages) == {"it", "en"}
    assert 0.45 <= languages["it"] / len(corpus) <= 0.65


def test_spans_hold_their_values(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip()


def test_regeneration_gives_identical_bytes() -> None:
    module = _script()
    assert module.render(module.build_records()).encode("utf-8") == CORPUS.read_bytes()


def test_every_entity_type_occurs(corpus: list[LabelledMessage]) -> None:
    types = Counter(span.type for item in corpus for span in item.entities)
    assert set(types) == set(ENTITY_TYPES)


def test_unique_message_ids(corpus: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in corpus]
    assert len(ids) == len(set(ids))


def test_every_conversation_has_a_customer_and_an_agent(corpus: list[LabelledMessage]) -> None:
    roles: dict[str, set[str]] = {}
    for item in corpus:
        roles.setdefault(item.message.conversation_id, set()).add(item.message.sender_role)
    assert all(found == {"customer", "agent"} for found in roles.values())


def test_ibans_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IBAN_CODE")
    assert values
    assert all(iban.is_valid(value) for value in values)


def test_fiscal_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_FISCAL_CODE")
    assert values
    assert all(codicefiscale.is_valid(value.upper()) for value in values)


def test_vat_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_VAT_CODE")
    assert values
    assert all(iva.is_valid(value) for value in values)


def test_cards_pass_luhn(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19
        assert luhn.is_valid(digits)


def test_ips_parse(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IP_ADDRESS")
    assert values
    for value in values:
        ipaddress.ip_address(value)


def test_phones_have_enough_digits(corpus: list[LabelledMessage]) -> None:
    for value in _values(corpus, "PHONE_NUMBER"):
        assert 8 <= sum(ch.isdigit() for ch in value) <= 15


def test_keep_spans_do_not_overlap_entities(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        for kept in item.keep:
            for entity in item.entities:
                assert kept.end <= entity.start or entity.end <= kept.start


def test_entities_do_not_overlap_each_other(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        spans = sorted(item.entities, key=lambda span: span.start)
        for first, second in itertools.pairwise(spans):
            assert first.end <= second.start
