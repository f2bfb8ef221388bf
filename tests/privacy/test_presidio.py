"""Detection and replacement run through Presidio's engines. Synthetic data only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from presidio_analyzer import AnalyzerEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import RecognizerResult

from pipeline.models import Message, Platform, SenderRole
from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.detect import DetectionEngine
from privacy.presidio import (
    RULE_KEY,
    SURROGATE_OPERATOR,
    build_anonymizer,
    surrogate_operators,
)

PAGE = "104857600000001"


def _message(index: int, text: str, role: SenderRole = SenderRole.CUSTOMER) -> Message:
    customer = role is SenderRole.CUSTOMER
    return Message(
        message_id=f"m_presidio_{index}",
        conversation_id="t_presidio",
        platform=Platform.MESSENGER,
        page_id=PAGE,
        sender_id="5550001" if customer else PAGE,
        sender_name="Ottavia Quaranta" if customer else "Casa Verde",
        sender_role=role,
        recipient_id=PAGE if customer else "5550001",
        recipient_name="Casa Verde" if customer else "Ottavia Quaranta",
        created_time=datetime(2026, 11, 3, 9, index, tzinfo=UTC),
        text=text,
    )


def test_analyzers_are_presidio_engines_with_only_convmon_recognizers(
    engine: AnonymisationEngine,
) -> None:
    detector = engine.detector
    assert isinstance(detector.rules, AnalyzerEngine)
    assert isinstance(detector.ner, AnalyzerEngine)
    rules = {
        "structured",
        "address",
        "name-lists",
        "places",
        "cued-names",
        "lowercase-names",
        "sign-offs",
    }
    names = {r.name for r in detector.rules.get_recognizers("it")}
    # the proper-noun fallback only for Italian, where capitals inside a sentence mean a name
    assert names == rules | {"proper-nouns"}
    assert {r.name for r in detector.rules.get_recognizers("en")} == rules
    assert {r.name for r in detector.ner.get_recognizers("en")} == {"spacy-ner"}
    # none of Presidio's predefined recognizers (US SSN, credit card regex...) is loaded
    assert not [r for r in detector.rules.registry.recognizers if "Recognizer" in r.name]


@pytest.mark.parametrize(
    ("language", "text", "value", "entity", "rule"),
    [
        pytest.param(
            "it", "chiamami al 347 123 4567", "347 123 4567", "PHONE_NUMBER", "phone", id="it-phone"
        ),
        pytest.param(
            "it",
            "abito in via Garibaldi 12, Bologna",
            "via Garibaldi 12",
            "ADDRESS",
            "it-address",
            id="it-address",
        ),
        pytest.param(
            "en",
            "my IBAN is GB82 WEST 1234 5698 7654 32",
            "GB82 WEST 1234 5698 7654 32",
            "IBAN_CODE",
            "iban",
            id="en-iban",
        ),
    ],
)
def test_rules_analyzer_reports_convmon_rule_names(
    engine: AnonymisationEngine, language: str, text: str, value: str, entity: str, rule: str
) -> None:
    detector = engine.detector
    results = detector.rules.analyze(
        text, language, nlp_artifacts=detector.nlp_engine.empty_artifacts(language)
    )
    found = {(text[r.start : r.end], r.entity_type) for r in results}
    assert any(v.startswith(value) and e == entity for v, e in found), found
    assert all(r.recognition_metadata[RULE_KEY] for r in results)
    assert rule in {r.recognition_metadata[RULE_KEY] for r in results if r.entity_type == entity}


def test_ner_analyzer_reads_spacy_entities_from_nlp_artifacts(engine: AnonymisationEngine) -> None:
    detector = engine.detector
    text = "Yesterday I spoke with Thaddeus Okonkwo about the refund."
    doc = detector._nlp(text)
    with_doc = detector.ner.analyze(
        text, "en", nlp_artifacts=detector.nlp_engine.artifacts(doc, "en")
    )
    assert [text[r.start : r.end] for r in with_doc] == ["Thaddeus Okonkwo"]
    without = detector.ner.analyze(
        text, "en", nlp_artifacts=detector.nlp_engine.empty_artifacts("en")
    )
    assert without == []


def test_surrogate_operator_numbers_in_reading_order_and_reuses_values() -> None:
    numbers: dict[tuple[str, str], str] = {}

    def surrogate(entity_type: str, value: str) -> str:
        return numbers.setdefault((entity_type, value), f"<{entity_type}_{len(numbers) + 1}>")

    text = "write to a@example.org or b@example.org, again a@example.org"
    spans = [(9, 22), (26, 39), (47, 60)]
    for start, end in spans:  # what the engine does first: number them in reading order
        surrogate("EMAIL_ADDRESS", text[start:end])
    results = [RecognizerResult("EMAIL_ADDRESS", s, e, 1.0) for s, e in spans]
    anonymizer = build_anonymizer()
    assert isinstance(anonymizer, AnonymizerEngine)
    assert SURROGATE_OPERATOR in anonymizer.get_anonymizers()
    out = anonymizer.anonymize(
        text, results, surrogate_operators(["EMAIL_ADDRESS"], surrogate)
    ).text
    assert out == "write to <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS_2>, again <EMAIL_ADDRESS_1>"


def test_conversation_output_comes_from_presidio_operators(engine: AnonymisationEngine) -> None:
    messages = [
        _message(0, "Buongiorno, sono Ottavia, scrivo per mio cognato Ermenegildo Bocchi"),
        _message(1, "Ciao Ottavia, ci scriva pure a assistenza o mail", SenderRole.AGENT),
        _message(2, "Ermenegildo ha la mail ermenegildo.bocchi@example.org e tel 347 765 4321"),
    ]
    out = [m.text for m in engine.anonymise_conversation(messages)]
    assert out[0] == "Buongiorno, sono <CUSTOMER>, scrivo per mio cognato <PERSON_1>"
    assert out[1].startswith("Ciao <CUSTOMER>,")
    assert out[2] == "<PERSON_1> ha la mail <EMAIL_1> e tel <PHONE_1>"
    described = engine.describe()
    assert described["presidio"]["anonymizer_operators"] == [SURROGATE_OPERATOR, "replace"]
    assert "spacy-ner (en)" in described["presidio"]["analyzers"]["ner"]


def test_cache_eviction_keeps_the_texts_of_the_current_call(
    engine: AnonymisationEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that overflows the cache still returns texts it saw in an earlier batch (the
    1,000,000-message run hit a KeyError here and fell back to one conversation at a time)."""
    detector = engine.detector
    monkeypatch.setattr("privacy.detect.CACHE_SIZE", 4)
    seen = "scrivimi a ottavia.quaranta@example.org"
    detector.detect([seen])
    batch = [seen, *(f"ordine {n} spedito" for n in range(6))]
    results = detector.detect(batch)
    assert [r.detections[0].entity_type for r in results[:1]] == ["EMAIL_ADDRESS"]
    assert len(results) == len(batch)


def test_spacy_pipeline_is_renewed_when_its_vocabulary_grows(privacy_settings: Settings) -> None:
    """Every new token stays in spaCy's vocabulary; a long run reloads the pipeline instead of
    growing without bound, and detection is the same before and after."""
    detector = DetectionEngine(privacy_settings)
    text = "Yesterday I spoke with Thaddeus Okonkwo about order 18811, call 0161 496 0000"
    before = detector.detect([text])[0]
    detector._vocab_limit = len(detector._nlp.vocab) - 1  # what a long run reaches
    unseen = [f"Please ask Zorblat{n} Vinterquist about ticket {n}X{n}" for n in range(3)]
    detector.detect(unseen)
    assert detector.renewals == 1
    assert len(detector._nlp.vocab) < detector._vocab_limit
    assert detector.nlp_engine.nlp is not None and detector.nlp_engine.nlp["en"] is detector._nlp
    detector._cache.clear()
    assert detector.detect([text])[0] == before
