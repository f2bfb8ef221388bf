"""Checks of the fresh blind test corpus itself (its labels and its generator), not of the engine.

The corpus is for measuring only: these tests never run the anonymiser on it.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "fresh_test_corpus.jsonl"
GENERATOR = DATA / "make_fresh_test_corpus.py"


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_fresh_test_corpus", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


def _entities(corpus: list[LabelledMessage], entity_type: str) -> list[str]:
    return [s.value for item in corpus for s in item.entities if s.type == entity_type]


def test_size_and_languages(corpus: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in corpus}
    languages = Counter(item.language for item in corpus)
    assert 450 <= len(corpus) <= 560
    assert 80 <= len(conversations) <= 100
    assert set(languages) == {"it", "en"}
    assert 0.50 <= languages["it"] / len(corpus) <= 0.60
    # code-switching: some conversations hold messages in both languages
    by_conversation: dict[str, set[str]] = {}
    for item in corpus:
        by_conversation.setdefault(item.message.conversation_id, set()).add(item.language)
    assert sum(len(langs) == 2 for langs in by_conversation.values()) >= 5


def test_every_span_holds_its_value(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        for span in (*item.entities, *item.keep):
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip() and span.value


def test_regenerating_gives_the_same_bytes(generator: ModuleType) -> None:
    assert generator.build().encode("utf-8") == CORPUS.read_bytes()


def test_generator_refuses_to_overwrite_different_bytes(
    generator: ModuleType, tmp_path: Path
) -> None:
    target = tmp_path / "corpus.jsonl"
    target.write_bytes(b"hand-edited\n")
    assert generator.main(["--out", str(target)]) == 1
    assert target.read_bytes() == b"hand-edited\n"
    assert generator.main(["--out", str(target), "--force"]) == 0
    assert target.read_bytes() == CORPUS.read_bytes()
    assert generator.main(["--out", str(target)]) == 0


def test_every_entity_type_occurs_and_no_other(corpus: list[LabelledMessage]) -> None:
    types = Counter(s.type for item in corpus for s in item.entities)
    assert set(types) == set(ENTITY_TYPES)
    assert min(types.values()) >= 5


def test_business_page_names_occur_as_keep_spans(
    generator: ModuleType, corpus: list[LabelledMessage]
) -> None:
    brands = {s.value for item in corpus for s in item.keep if s.type == "BRAND"}
    assert len(generator.BUSINESS_NAMES) in (5, 6)
    assert set(generator.BUSINESS_NAMES) <= brands
    pages = {item.message.sender_name for item in corpus if item.message.sender_role == "agent"}
    assert pages == set(generator.BUSINESS_NAMES)


def test_ibans_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _entities(corpus, "IBAN_CODE")
    assert values and all(iban.is_valid(v) for v in values)
    assert len({v[:2].upper() for v in values}) >= 3  # Italian and other EU countries


def test_fiscal_codes_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _entities(corpus, "IT_FISCAL_CODE")
    assert values and all(codicefiscale.is_valid(v) for v in values)
    assert any(v.islower() for v in values)


def test_vat_numbers_are_valid(corpus: list[LabelledMessage]) -> None:
    values = _entities(corpus, "IT_VAT_CODE")
    assert values and all(iva.is_valid(v) for v in values)


def test_cards_pass_luhn(corpus: list[LabelledMessage]) -> None:
    values = _entities(corpus, "CREDIT_CARD")
    assert values
    for value in values:
        digits = re.sub(r"\D", "", value)
        assert 13 <= len(digits) <= 19 and luhn.is_valid(digits)
    assert len({re.sub(r"\d", "", v) for v in values}) >= 3  # separators: spaces, dashes, none...


def test_ip_addresses_parse_in_both_versions(corpus: list[LabelledMessage]) -> None:
    versions = {ipaddress.ip_address(v).version for v in _entities(corpus, "IP_ADDRESS")}
    assert versions == {4, 6}


def test_phone_numbers_have_a_plausible_length(corpus: list[LabelledMessage]) -> None:
    for value in _entities(corpus, "PHONE_NUMBER"):
        assert 9 <= len(re.sub(r"\D", "", value)) <= 14, value


def test_keep_spans_do_not_overlap_entity_spans(corpus: list[LabelledMessage]) -> None:
    for item in corpus:
        spans = sorted((s.start, s.end) for s in (*item.entities, *item.keep))
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, item.message.message_id


def test_message_ids_are_unique(corpus: list[LabelledMessage]) -> None:
    ids = [item.message.message_id for item in corpus]
    assert len(ids) == len(set(ids))


def test_every_occurrence_of_a_labelled_name_is_labelled(corpus: list[LabelledMessage]) -> None:
    """A personal value (or a word of a name) left unlabelled elsewhere in its message would
    count a correct redaction as a false positive: none is, except inside keep spans."""
    for item in corpus:
        text = item.message.text
        covered = [(s.start, s.end) for s in (*item.entities, *item.keep)]
        for span in item.entities:
            words = span.value.split() if span.type == "PERSON" else []
            for token in {span.value, *words}:
                if len(token) < 3:
                    continue
                pattern = r"(?<![^\W_])" + re.escape(token) + r"(?![^\W_])"
                for match in re.finditer(pattern, text):
                    assert any(a <= match.start() and match.end() <= b for a, b in covered), (
                        item.message.message_id,
                        span.type,
                    )
