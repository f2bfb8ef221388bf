"""privacy.splice gives Presidio's anonymizer output, or None where it cannot."""

from __future__ import annotations

import random

from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

from privacy.presidio import build_anonymizer, surrogate_operators
from privacy.splice import splice

TYPES = ["PERSON", "LOCATION", "PHONE_NUMBER", "AGENT"]


def _operators() -> dict[str, OperatorConfig]:
    seen: dict[tuple[str, str], str] = {}

    def surrogate(entity_type: str, value: str) -> str:
        return seen.setdefault((entity_type, value), f"<{entity_type}_{len(seen) + 1}>")

    return {
        **surrogate_operators(["PERSON", "LOCATION"], surrogate),
        "AGENT": OperatorConfig("replace", {"new_value": "[AGENT]"}),
        "EMPTY": OperatorConfig("replace", {"new_value": ""}),
    }


def test_same_text_as_presidio_on_disjoint_results() -> None:
    anonymizer = build_anonymizer()
    rng = random.Random(8)
    for _ in range(500):
        text = "".join(rng.choice("ab cdé\n.") for _ in range(rng.randint(1, 40)))
        count = min(len(text) + 1, 2 * rng.randint(0, 4))
        cuts = sorted(rng.sample(range(len(text) + 1), count - count % 2))
        results = [
            RecognizerResult(rng.choice(["PERSON", "LOCATION", "AGENT", "EMPTY"]), s, e, 0.9)
            for s, e in zip(cuts[::2], cuts[1::2], strict=True)
            if s < e
        ]
        spliced = splice(text, results, _operators())
        expected = anonymizer.anonymize(
            text, results, _operators(), merge_entities_with_spaces=False
        ).text
        assert spliced == expected


def test_none_where_presidio_is_needed() -> None:
    operators = _operators()
    text = "Anna Rossi lives in Rome"
    overlapping = [RecognizerResult("PERSON", 0, 10, 0.9), RecognizerResult("PERSON", 5, 12, 0.9)]
    unordered = [RecognizerResult("LOCATION", 20, 24, 0.9), RecognizerResult("PERSON", 0, 4, 0.9)]
    assert splice(text, overlapping, operators) is None
    assert splice(text, unordered, operators) is None
    assert splice(text, [RecognizerResult("PHONE_NUMBER", 0, 4, 0.9)], operators) is None
    assert splice(text, [RecognizerResult("PERSON", 20, 30, 0.9)], operators) is None
    masked = {"PERSON": OperatorConfig("mask", {"masking_char": "*", "chars_to_mask": 2})}
    assert splice(text, [RecognizerResult("PERSON", 0, 4, 0.9)], masked) is None
    assert splice(text, [], operators) == text
