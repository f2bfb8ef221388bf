"""The anonymisation quality targets, asserted on fixed labelled datasets: a regression fails CI.

Targets (issue "Anonymisation quality"): overall leak <= 1%; names <= 2%; e-mails, phones,
IBANs, cards, codici fiscali, IPs, profile URLs and @handles <= 0.5% each; no street name or
house number survives; <= 5% of non-personal words removed per language; the look-alikes
(order numbers, tracking codes, prices, dates, products, brands) survive.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.demo import generate
from privacy.anonymise import AnonymisationEngine
from privacy.evaluate import EvaluationReport, evaluate, load_dataset

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "data" / "independent_corpus.jsonl"
STRICT_TYPES = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IT_FISCAL_CODE",
    "IP_ADDRESS",
    "URL",
    "HANDLE",
)
# seed 7 is the demo's; seed 101 was never looked at while the engine was tuned.
DATASETS = ("demo-seed-7", "demo-seed-101", "independent-corpus")


@pytest.fixture(scope="module", params=DATASETS)
def report(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    engine: AnonymisationEngine,
) -> EvaluationReport:
    name: str = request.param
    if name == "independent-corpus":
        path = CORPUS
    else:
        out = tmp_path_factory.mktemp(name)
        generate(out, conversations=150, seed=int(name.rsplit("-", 1)[1]))
        path = out / "labels.jsonl"
    return evaluate(load_dataset(path), engine)


def test_overall_leak_rate_at_most_1_percent(report: EvaluationReport) -> None:
    assert report.leak_rate is not None and report.leak_rate <= 0.01


def test_names_leak_at_most_2_percent(report: EvaluationReport) -> None:
    rate = report.by_entity["PERSON"].leak_rate
    assert rate is not None and rate <= 0.02


@pytest.mark.parametrize("entity_type", STRICT_TYPES)
def test_structured_identifiers_leak_at_most_half_a_percent(
    report: EvaluationReport, entity_type: str
) -> None:
    score = report.by_entity[entity_type]
    assert score.gold > 0, f"the dataset holds no {entity_type}"
    assert score.leak_rate is not None and score.leak_rate <= 0.005


def test_no_street_name_or_house_number_survives(report: EvaluationReport) -> None:
    assert report.by_entity["ADDRESS"].gold > 0
    assert report.address_core_leaked == 0, (
        f"{report.address_core_leaked} addresses kept a street name or number"
    )


@pytest.mark.parametrize("language", ["it", "en"])
def test_over_redaction_at_most_5_percent(report: EvaluationReport, language: str) -> None:
    rate = report.over_redaction(language)
    assert rate is not None and rate <= 0.05


def test_look_alikes_survive(report: EvaluationReport) -> None:
    survival = report.keep_survival
    if survival is not None:
        assert survival >= 0.99
