"""The held-out corpus itself: loadable, honest spans, valid look-alike numbers, reproducible.

Only the dataset is checked here; the engine's scores on it are measured separately.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import itertools
import subprocess
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

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = DATA / "heldout_corpus.jsonl"
SCRIPT = DATA / "make_heldout_corpus.py"
KEEP_TYPES = ("ORDER", "TRACKING", "PRICE", "PRODUCT", "BRAND", "DATE", "TIME")


@pytest.fixture(scope="module")
def dataset() -> list[LabelledMessage]:
    return load_dataset(CORPUS)


@pytest.fixture(scope="module")
def generator() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("make_heldout_corpus", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_size_and_languages(dataset: list[LabelledMessage]) -> None:
    conversations = {item.message.conversation_id for item in dataset}
    languages = Counter(item.language for item in dataset)
    assert 420 <= len(dataset) <= 600
    assert 80 <= len(conversations) <= 100
    assert set(languages) == {"it", "en"}
    assert 0.5 <= languages["it"] / len(dataset) <= 0.7
    assert {item.message.platform.value for item in dataset} == {
        "messenger",
        "instagram",
        "whatsapp",
        "telegram",
    }


def test_spans_hold_their_values_and_do_not_overlap(dataset: list[LabelledMessage]) -> None:
    for item in dataset:
        text = item.message.text
        for span in (*item.entities, *item.keep):
            assert text[span.start : span.end] == span.value
            assert span.value == span.value.strip() and span.value
        ordered = sorted((*item.entities, *item.keep), key=lambda s: s.start)
        for left, right in itertools.pairwise(ordered):
            assert left.end <= right.start


def test_messages_without_personal_data_carry_look_alikes(dataset: list[LabelledMessage]) -> None:
    clean = [item for item in dataset if item.message.text and not item.entities]
    assert len(clean) >= 60
    assert sum(1 for item in clean if item.keep) >= 30


@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_every_entity_type_is_present(dataset: list[LabelledMessage], entity_type: str) -> None:
    count = sum(1 for item in dataset for span in item.entities if span.type == entity_type)
    assert count >= 5


@pytest.mark.parametrize("keep_type", KEEP_TYPES)
def test_every_keep_type_is_present(dataset: list[LabelledMessage], keep_type: str) -> None:
    assert any(span.type == keep_type for item in dataset for span in item.keep)


def test_only_known_types(dataset: list[LabelledMessage]) -> None:
    assert {s.type for item in dataset for s in item.entities} <= set(ENTITY_TYPES)
    assert {s.type for item in dataset for s in item.keep} <= set(KEEP_TYPES)


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _alnum(value: str) -> str:
    return "".join(c for c in value if c.isalnum()).upper()


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("entity_type", "is_valid"),
    [
        ("IBAN_CODE", lambda v: iban.is_valid(_alnum(v))),
        ("CREDIT_CARD", lambda v: luhn.is_valid(_digits(v)) and len(_digits(v)) in (15, 16)),
        ("IT_FISCAL_CODE", lambda v: codicefiscale.is_valid(_alnum(v))),
        ("IT_VAT_CODE", lambda v: iva.is_valid(_digits(v))),
        ("IP_ADDRESS", _is_ip),
    ],
    ids=["iban-mod97", "card-luhn", "codice-fiscale-check", "partita-iva-luhn", "ip-v4-v6"],
)
def test_numbers_have_valid_check_digits(
    dataset: list[LabelledMessage], entity_type: str, is_valid: object
) -> None:
    values = [s.value for item in dataset for s in item.entities if s.type == entity_type]
    assert values
    assert callable(is_valid)
    assert all(is_valid(value) for value in values)


def test_business_names_are_never_entities(
    dataset: list[LabelledMessage], generator: ModuleType
) -> None:
    own = {b.name.casefold() for b in generator.BUSINESSES}
    own |= {b.handle.casefold() for b in generator.BUSINESSES}
    assert all(s.value.casefold() not in own for item in dataset for s in item.entities)
    brands = {s.value.casefold() for item in dataset for s in item.keep if s.type == "BRAND"}
    assert own <= brands


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_regenerating_gives_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / "heldout.jsonl"
    result = _run("--out", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == CORPUS.read_bytes()


def test_refuses_to_overwrite_different_bytes_without_force(tmp_path: Path) -> None:
    out = tmp_path / "heldout.jsonl"
    out.write_text("something else\n", encoding="utf-8")
    refused = _run("--out", str(out))
    assert refused.returncode == 1
    assert "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "something else\n"
    forced = _run("--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_bytes() == CORPUS.read_bytes()
