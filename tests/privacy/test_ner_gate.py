"""The NER gate: spaCy runs only where it can add a person or place. Synthetic data."""

from __future__ import annotations

import pytest

from privacy.anonymise import AnonymisationEngine

NER_ONLY = [
    ("unknown-name-sentence-start", "Zebulon Quirke called me about the parcel.", "Zebulon Quirke"),
    (
        "unknown-name-mid-sentence",
        "Yesterday I spoke with Thaddeus Okonkwo about the refund.",
        "Thaddeus Okonkwo",
    ),
    (
        "unknown-name-after-rule-name",
        "Please ask Mario or Zorblat Vinterquist at the desk.",
        "Zorblat Vinterquist",
    ),
    # the words that do not open the gate by themselves never close it on a name beside them
    ("name-after-plain-opener", "Got it, Zebulon Quirke will collect on 12 Nov.", "Zebulon Quirke"),
    ("name-after-capitals", "The IBAN belongs to Thaddeus Okonkwo, right?", "Thaddeus Okonkwo"),
    (
        "opening-after-capitals",
        "The VAT number is fine. Ottoline Brackwater signed the form this morning.",
        "Ottoline Brackwater",
    ),
]

GATED = [
    ("common-capitals-only", "Hi, thanks for the order. I will check tomorrow."),
    ("place-found-by-rules", "I moved to Brighton last week, can you update it?"),
    ("brand-only", "Thanks from Casa Verde and Marco Bellini Moda!"),
    ("email-only", "please write to the Anna.Verdi@example.com address"),
    # abbreviations, dates and plain words opening a sentence
    ("trade-capitals", "Please send the IBAN and the VAT number, the IP is logged."),
    ("abbreviated-date", "Your parcel leaves on 12 Nov, back by Mon 17."),
    ("plain-openers", "Got it. Returns are free. Checking the stock now."),
]


@pytest.mark.parametrize(
    ("text", "value"), [pytest.param(text, value, id=case) for case, text, value in NER_ONLY]
)
def test_ner_still_runs_for_unknown_names(
    engine: AnonymisationEngine, text: str, value: str
) -> None:
    result = engine.detector.detect([text])[0]
    surfaces = [text[d.start : d.end] for d in result.detections if d.entity_type == "PERSON"]
    assert value in surfaces, surfaces


@pytest.mark.parametrize("text", [pytest.param(text, id=case) for case, text in GATED])
def test_gated_text_loses_no_ner_detection(engine: AnonymisationEngine, text: str) -> None:
    detector = engine.detector
    rules = detector._rules(text, "en")
    assert not detector._may_hold_entity(detector._nlp.make_doc(text), rules)
    ungated = detector._kept(text, detector._ner_persons(detector._nlp(text), "en"))
    protected = detector.protected_spans(text)
    for detection in ungated:
        assert not protected.free(detection) or any(
            d.start < detection.end and detection.start < d.end for d in rules
        ), (text[detection.start : detection.end], detection.entity_type)
