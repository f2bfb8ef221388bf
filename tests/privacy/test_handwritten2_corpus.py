"""Checks of the second hand-written test corpus itself (not of the anonymiser).

The corpus (``tests/data/handwritten2_corpus.jsonl``) is written by hand in
``tests/data/make_handwritten2_corpus.py``; these tests make sure its labels are sound: spans
hold their values, identifiers are valid, keep spans never overlap personal data, and the file
is exactly what the script writes.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import re
from collections import Counter
from datetime import datetime
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "handwritten2_corpus.jsonl"
SCRIPT = DATA / "make_handwritten2_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten2_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(dataset: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in dataset for s in item.entities if s.type == entity_type]


def test_regeneration_gives_identical_bytes() -> None:
    assert _script().render().encode("utf-8") == CORPUS.read_bytes()


def test_size_languages_and_conversations(dataset: list[LabelledMessage]) -> None:
    assert 230 <= len(dataset) <= 300
    conversations = {item.message.conversation_id for item in dataset}
    assert 38 <= len(conversations) <= 55
    languages = Counter(item.language for item in dataset)
    assert set(languages) == {"it", "en"}
    assert 0.4 <= languages["it"] / len(dataset) <= 0.6
    assert {item.message.sender_role.value for item in dataset} == {"customer", "agent"}


def test_business_names_are_the_pages(dataset: list[LabelledMessage]) -> None:
    names = _script().BUSINESS_NAMES
    assert 5 <= len(names) <= 6
    agents = {i.message.sender_name for i in dataset if i.message.sender_role.value == "agent"}
    assert agents == set(names.values())


def test_unique_message_ids(dataset: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in dataset]
    assert len(ids) == len(set(ids))


def test_messages_are_in_time_order_within_conversations(dataset: list[LabelledMessage]) -> None:
    last: dict[str, datetime] = {}
    for item in dataset:
        message = item.message
        previous = last.get(message.conversation_id)
        assert previous is None or previous < message.created_time
        last[message.conversation_id] = message.created_time


def test_spans_hold_their_values(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        text = item.message.text
        for span in (*item.entities, *item.keep):
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip() and span.value
        for marker in ("[[", "]]", "{{", "}}"):
            assert marker not in text


def test_every_entity_type_occurs(dataset: list[LabelledMessage]) -> None:
    types = Counter(s.type for item in dataset for s in item.entities)
    assert set(types) == set(ENTITY_TYPES)


def test_keep_spans_do_not_overlap_entities(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted((*item.entities, *item.keep), key=lambda s: (s.start, s.end))
        for left, right in pairwise(spans):
            assert left.end <= right.start, (item.message.message_id, left.value, right.value)


def test_ibans_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IBAN_CODE")
    assert values
    for value in values:
        assert iban.is_valid(value), value


def test_fiscal_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IT_FISCAL_CODE")
    assert any(v.islower() for v in values)
    for value in values:
        assert codicefiscale.is_valid(value.upper()), value


def test_vat_codes_are_valid(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IT_VAT_CODE")
    assert values
    for value in values:
        assert iva.is_valid(value), value


def test_cards_pass_luhn(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"[ -]", "", value)
        assert digits.isdigit() and 13 <= len(digits) <= 19
        assert luhn.is_valid(digits), value


def test_ip_addresses_parse(dataset: list[LabelledMessage]) -> None:
    values = _values(dataset, "IP_ADDRESS")
    assert values
    versions = {ipaddress.ip_address(value).version for value in values}
    assert versions == {4, 6}


def test_handles_and_urls_look_right(dataset: list[LabelledMessage]) -> None:
    assert all(v.startswith("@") for v in _values(dataset, "HANDLE"))
    assert all("." in v and " " not in v for v in _values(dataset, "URL"))


def test_values_outside_spans_are_labelled_everywhere(dataset: list[LabelledMessage]) -> None:
    """A labelled identifier (e-mail, phone, IBAN...) never also appears unlabelled in its text."""
    structured = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE"}
    for item in dataset:
        text = item.message.text
        for span in item.entities:
            if span.type in structured:
                labelled = sum(1 for s in item.entities if s.value == span.value)
                assert text.count(span.value) == labelled, (item.message.message_id, span.type)
