"""The blind test corpus itself: loadable, honest spans, deterministic, complete.

Only the corpus is checked here; the engine's score on it is measured by the integrator.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from privacy.evaluate import LabelledMessage, load_dataset
from privacy.types import ENTITY_TYPES

DATA = Path(__file__).parents[1] / "data"
CORPUS = DATA / "blind_test_corpus.jsonl"
SCRIPT = DATA / "make_blind_test_corpus.py"
KEEP_TYPES = {"ORDER", "TRACKING", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME"}


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


@pytest.fixture(scope="module")
def generator() -> Iterator[ModuleType]:
    name = "make_blind_test_corpus"
    spec = importlib.util.spec_from_file_location(name, SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(name, None)


def test_size_and_language_mix(dataset: list[LabelledMessage]) -> None:
    languages = Counter(item.language for item in dataset)
    conversations = {item.message.conversation_id for item in dataset}
    assert 420 <= len(dataset) <= 600
    assert 80 <= len(conversations) <= 100
    assert set(languages) == {"it", "en"}
    assert 0.5 <= languages["it"] / len(dataset) <= 0.7


def test_every_entity_type_and_platform_present(dataset: list[LabelledMessage]) -> None:
    types = {span.type for item in dataset for span in item.entities}
    assert types == set(ENTITY_TYPES)
    keep = {span.type for item in dataset for span in item.keep}
    assert keep <= KEEP_TYPES and {"ORDER", "PRICE", "PRODUCT", "DATE", "TIME"} <= keep
    platforms = {item.message.platform.value for item in dataset}
    assert platforms == {"messenger", "instagram", "whatsapp", "telegram"}


def test_spans_hold_their_values_and_do_not_overlap(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        spans = sorted(item.entities + item.keep, key=lambda s: s.start)
        for span in spans:
            assert item.message.text[span.start : span.end] == span.value
            assert span.value == span.value.strip() and span.value
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start, item.message.message_id


def test_no_business_name_is_labelled(
    dataset: list[LabelledMessage], generator: ModuleType
) -> None:
    names = set(generator.BUSINESS_NAMES)
    for item in dataset:
        for span in item.entities:
            assert not any(name in span.value for name in names)


@pytest.mark.parametrize(
    ("entity_type", "valid"),
    [
        pytest.param("IBAN_CODE", iban.is_valid, id="iban-mod97"),
        pytest.param("IT_FISCAL_CODE", codicefiscale.is_valid, id="codice-fiscale-checksum"),
        pytest.param("CREDIT_CARD", lambda v: luhn.is_valid(re.sub(r"\D", "", v)), id="card-luhn"),
        pytest.param(
            "IT_VAT_CODE", lambda v: iva.is_valid(re.sub(r"^IT\s?", "", v)), id="partita-iva"
        ),
        pytest.param("IP_ADDRESS", lambda v: ipaddress.ip_address(v).is_global, id="ip-public"),
    ],
)
def test_structured_values_are_valid(
    dataset: list[LabelledMessage], entity_type: str, valid: object
) -> None:
    values = [s.value for item in dataset for s in item.entities if s.type == entity_type]
    assert values
    assert all(valid(value) for value in values)  # type: ignore[operator]


def test_regenerating_gives_the_same_bytes(generator: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "again.jsonl"
    assert generator.main(["--out", str(out)]) == 0
    assert out.read_bytes() == CORPUS.read_bytes()


def test_refuses_to_overwrite_different_bytes(generator: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "other.jsonl"
    out.write_text("{}\n", encoding="utf-8")
    assert generator.main(["--out", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "{}\n"
    assert generator.main(["--out", str(out), "--force"]) == 0
    assert out.read_bytes() == CORPUS.read_bytes()
