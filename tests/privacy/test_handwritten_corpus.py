"""Checks of the hand-written blind test corpus: its data only, never the anonymiser."""

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
CORPUS = DATA / "handwritten_corpus.jsonl"
SCRIPT = DATA / "make_handwritten_corpus.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_handwritten_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _values(corpus: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in corpus for s in item.entities if s.type == entity_type]


def test_size_and_languages(corpus: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in corpus}
    assert 260 <= len(corpus) <= 300
    assert 42 <= len(conversations) <= 50
    languages = Counter(item.language for item in corpus)
    assert set(languages) == {"it", "en"}
    assert 0.5 <= languages["it"] / len(corpus) <= 0.6


def test_regeneration_gives_identical_bytes(tmp_path: Path) -> None:
    target = _script().write(tmp_path / "again.jsonl")
    assert target.read_bytes() == CORPUS.read_bytes()


def test_script_types_match_the_engine() -> None:
    script = _script()
    assert tuple(script.ENTITY_TYPES) == ENTITY_TYPES
    assert len(script.BUSINESS_NAMES) == len(set(script.BUSINESS_NAMES)) >= 5


def test_markup_parser() -> None:
    parse = _script().parse
    text, entities, keep = parse("ciao [[P:Gianna]], ordine {{ORDER:A-12}} a [[LOC:Lecce]]")
    assert text == "ciao Gianna, ordine A-12 a Lecce"
    assert [(e["type"], text[e["start"] : e["end"]]) for e in entities] == [
        ("PERSON", "Gianna"),
        ("LOCATION", "Lecce"),
    ]
    assert [(k["type"], k["value"]) for k in keep] == [("ORDER", "A-12")]
    for bad in ("[[P:Gianna", "[[NAME:Gianna]]", "{{SKU:A-1}}", "[[P: Gianna]]"):
        with pytest.raises(ValueError):
            parse(bad)


def test_every_entity_type_occurs(corpus: list[LabelledMessage]) -> None:
    seen = Counter(s.type for item in corpus for s in item.entities)
    assert set(seen) == set(ENTITY_TYPES)
    assert seen["PERSON"] >= 200


def test_unique_message_ids(corpus: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in corpus]
    assert len(ids) == len(set(ids))


def test_spans_hold_their_values_and_do_not_overlap(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        text = item.message.text
        entities = sorted(item.entities, key=lambda s: s.start)
        for span in (*item.entities, *item.keep):
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip()
        for left, right in pairwise(entities):
            assert left.end <= right.start, item.message.message_id
        for keep in item.keep:
            for entity in item.entities:
                assert keep.end <= entity.start or entity.end <= keep.start, item.message.message_id


def test_no_markup_left(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        assert not re.search(r"\[\[|\]\]|\{\{|\}\}", item.message.text)


def test_ibans_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IBAN_CODE")
    assert values
    assert all(iban.is_valid(v) for v in values), values


def test_fiscal_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_FISCAL_CODE")
    assert any(v.islower() for v in values)
    assert all(codicefiscale.is_valid(v.upper()) for v in values), values


def test_vat_numbers_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _values(corpus, "IT_VAT_CODE")
    assert values
    assert all(iva.is_valid(v) for v in values), values


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


def test_keep_spans_of_every_kind(corpus: list[LabelledMessage]) -> None:
    kinds = Counter(s.type for item in corpus for s in item.keep)
    assert set(kinds) == set(_script().KEEP_TYPES)


def test_no_machine_paths(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        assert "/work/" not in item.message.text and "/tmp/" not in item.message.text
