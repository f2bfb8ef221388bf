"""``RulePass`` returns what Presidio's rules analyzer returns. Synthetic data only."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from presidio_analyzer import EntityRecognizer

from privacy.anonymise import AnonymisationEngine
from privacy.detect import LANGUAGES, MIN_SCORE, detect_language
from privacy.presidio import to_detection, to_result
from privacy.recognizers.text import normalise
from privacy.rule_pass import remove_duplicates
from privacy.types import Detection

DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = [
    "Ciao, sono Ottavia Quaranta, abito in via delle Rose 12, 20121 Milano. Tel 347 123 4567",
    "Hi, this is Declan Foley from Swindon, my email is declan.foley@example.com",
    "IBAN IT60 X054 2811 1010 0000 0123 456, codice fiscale RSSMRA85T10A562S",
    "la mia gatta si chiama Pepita e il veterinario è il dott. Bianchi",
    "Grazie mille!\n- Marco",
    "",
]


def _texts() -> list[str]:
    import json

    lines = (DATA / "heldout_corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return TEXTS + [json.loads(line)["message"]["text"] for line in lines if line.strip()]


def test_rule_pass_returns_what_the_rules_analyzer_returns(engine: AnonymisationEngine) -> None:
    detector = engine.detector
    for text in _texts():
        normalised = normalise(text).text
        language = detect_language(normalised)
        for analysed in {language if language in LANGUAGES else LANGUAGES[0], *LANGUAGES}:
            artifacts = detector.nlp_engine.empty_artifacts(analysed)
            expected = [
                to_detection(r)
                for r in detector.rules.analyze(
                    normalised, analysed, nlp_artifacts=artifacts, score_threshold=MIN_SCORE
                )
            ]
            got = detector._rule_pass.analyze(normalised, analysed, artifacts)
            assert got == expected, normalised


@pytest.mark.parametrize("seed", range(20))
def test_remove_duplicates_matches_presidio(seed: int) -> None:
    rng = random.Random(seed)
    found = []
    for index in range(rng.randint(0, 30)):
        start = rng.randint(0, 20)
        found.append(
            Detection(
                start,
                start + rng.randint(1, 8),
                rng.choice(["PERSON", "LOCATION", "ADDRESS"]),
                f"rule-{index}",
                rng.choice([0.0, 0.5, 0.7, 0.8, 0.85, 0.95]),
            )
        )
    expected = [
        to_detection(r) for r in EntityRecognizer.remove_duplicates([to_result(d) for d in found])
    ]
    assert remove_duplicates(found) == expected
