"""The two corpora written blind by authors who neither read nor ran the engine (see
docs/evaluation.md), scored with their tenants' business names.

- ``heldout_corpus.jsonl`` was measured untouched (14.1% leak), then became the development set
  of the second round of recognizer work: the issue's targets are asserted on it like on the
  other tuned sets.
- ``blind_test_corpus.jsonl`` was never tuned on (only its totals were looked at). On it the
  engine does NOT meet the targets yet (6.3% leak, names 9.3%, measured 2026-11-25; 8.5% before
  this round, vanilla Presidio 30.9%). The ceilings below are the measured level, a regression
  guard, not the targets: lower them when the engine improves, never raise them to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.evaluate import EvaluationReport, evaluate, load_dataset
from privacy.pseudonym import KeyRing
from tests.privacy.test_quality_targets import STRICT_TYPES

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parent.parent / "data"
DEV_BUSINESSES = ["Lucia Ferri Atelier", "Nido Arredamenti", "Brightwater Cycles"]
TEST_BUSINESSES = [
    "Ottica Valsecchi",
    "Forno Santa Rita",
    "Smartfix Lab",
    "Altamarea Viaggi",
    "Kinetica Gym",
]


def _report(corpus: str, businesses: list[str]) -> EvaluationReport:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=businesses, tenant="blind"
    )
    engine = AnonymisationEngine(
        settings, KeyRing.from_secret("synthetic-test-key-for-blind-corpora-0001", tenant="blind")
    )
    return evaluate(load_dataset(DATA / corpus), engine)


@pytest.fixture(scope="module")
def development() -> EvaluationReport:
    return _report("heldout_corpus.jsonl", DEV_BUSINESSES)


@pytest.fixture(scope="module")
def blind_test() -> EvaluationReport:
    return _report("blind_test_corpus.jsonl", TEST_BUSINESSES)


def test_development_set_meets_the_targets(development: EvaluationReport) -> None:
    assert development.leak_rate is not None and development.leak_rate <= 0.01
    names = development.by_entity["PERSON"].leak_rate
    assert names is not None and names <= 0.02
    for entity_type in STRICT_TYPES:
        rate = development.by_entity[entity_type].leak_rate
        assert rate is not None and rate <= 0.005, entity_type
    assert development.address_core_leaked == 0
    for language in ("it", "en"):
        rate = development.over_redaction(language)
        assert rate is not None and rate <= 0.05, language
    assert development.keep_survival == 1.0


def test_blind_test_set_does_not_regress(blind_test: EvaluationReport) -> None:
    assert blind_test.leak_rate is not None and blind_test.leak_rate <= 0.065
    names = blind_test.by_entity["PERSON"].leak_rate
    assert names is not None and names <= 0.095
    assert blind_test.address_core_leaked == 0
    for entity_type in ("PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "IT_FISCAL_CODE", "URL"):
        assert blind_test.by_entity[entity_type].leak_rate == 0.0, entity_type
    for language in ("it", "en"):
        rate = blind_test.over_redaction(language)
        assert rate is not None and rate <= 0.05, language
