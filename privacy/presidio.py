"""convmon's recognizers inside Presidio: analyzers, NLP engine and the surrogate operator.

Detection runs through two ``presidio_analyzer.AnalyzerEngine`` instances that share one spaCy
model (``SharedSpacyNlpEngine``, the English small model for both languages):

- the *rules* analyzer holds the validated recognizers (structured identifiers, addresses, name
  lists, places) for Italian and English and runs on every text;
- the *NER* analyzer holds ``SpacyEntityRecognizer`` (spaCy's PERSON/GPE/LOC entities, filtered
  with the name lexicon) for English and runs only on the texts the gate in
  ``privacy.detect`` passes, with NLP artifacts computed in batches by ``nlp.pipe``.

Replacement runs through ``presidio_anonymizer.AnonymizerEngine`` with ``SurrogateOperator``:
participants become their role token, every other entity the typed surrogate of its
conversation (``<PERSON_1>``, ``<EMAIL_2>``).

Presidio's context enhancer is replaced by ``NoContextEnhancer``: convmon's recognizers apply
their own context cues (Italian and English) and report final scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from privacy.types import Detection

# Where a result keeps the name of the convmon rule that found it ("phone", "name-signature").
RULE_KEY = "convmon_rule"
SURROGATE_OPERATOR = "convmon_surrogate"


class SharedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over one already loaded pipeline, for every language."""

    def __init__(self, nlp: Any, model_name: str, languages: Sequence[str]) -> None:
        super().__init__(
            models=[{"lang_code": lang, "model_name": model_name} for lang in languages]
        )
        self.nlp = dict.fromkeys(languages, nlp)  # type: ignore[assignment]
        self._pipeline = nlp

    def load(self) -> None:
        """Nothing to load: the pipeline was given."""

    def replace_pipeline(self, nlp: Any) -> None:
        """Use ``nlp`` from now on (a fresh load of the same model)."""
        self.nlp = dict.fromkeys(self.nlp or {}, nlp)  # type: ignore[assignment]
        self._pipeline = nlp

    def artifacts(self, doc: Any, language: str) -> NlpArtifacts:
        """NLP artifacts of a parsed ``doc`` (no lemmas: no recognizer here uses them)."""
        return NlpArtifacts(
            entities=list(doc.ents),
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[],
            nlp_engine=None,
            language=language,
        )

    def empty_artifacts(self, language: str) -> NlpArtifacts:
        """Artifacts of a text that was not parsed (the rule recognizers need none)."""
        return NlpArtifacts(
            entities=[],
            tokens=self._pipeline.make_doc(""),
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,
            language=language,
        )


class NoContextEnhancer(ContextAwareEnhancer):
    """Leaves scores as the recognizers set them (they apply their own context cues)."""

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


def to_result(detection: Detection) -> RecognizerResult:
    """A convmon detection as Presidio's result (the rule name kept in the metadata)."""
    return RecognizerResult(
        entity_type=detection.entity_type,
        start=detection.start,
        end=detection.end,
        score=detection.score,
        recognition_metadata={RULE_KEY: detection.recognizer},
    )


def to_detection(result: RecognizerResult) -> Detection:
    """Presidio's result as a convmon detection."""
    metadata = result.recognition_metadata or {}
    rule = metadata.get(RULE_KEY) or metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
    return Detection(result.start, result.end, result.entity_type, str(rule), float(result.score))


class RuleRecognizer(EntityRecognizer):
    """A convmon rule set (``find(text) -> detections``) as a Presidio recognizer."""

    def __init__(
        self,
        name: str,
        entities: Sequence[str],
        language: str,
        find: Callable[[str], Iterable[Detection]],
    ) -> None:
        self._find = find
        super().__init__(supported_entities=list(entities), name=name, supported_language=language)

    def load(self) -> None:
        """Lists and patterns are loaded by the callers of ``find``."""

    @property
    def find(self) -> Callable[[str], Iterable[Detection]]:
        """The rule set's ``find(text) -> detections``."""
        return self._find

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = set(entities)
        return [to_result(d) for d in self._find(text) if d.entity_type in wanted]


class SpacyEntityRecognizer(EntityRecognizer):
    """PERSON and LOCATION from the spaCy entities in the NLP artifacts, through ``interpret``
    (which trims and checks them against the name lexicon)."""

    def __init__(self, language: str, interpret: Callable[[Any, str], list[Detection]]) -> None:
        self._interpret = interpret
        super().__init__(
            supported_entities=["PERSON", "LOCATION"], name="spacy-ner", supported_language=language
        )

    def load(self) -> None:
        """The model is loaded by the NLP engine."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if nlp_artifacts is None or not nlp_artifacts.entities:
            return []
        wanted = set(entities)
        found = self._interpret(nlp_artifacts.tokens, self.supported_language)
        return [to_result(d) for d in found if d.entity_type in wanted]


def build_analyzer(
    recognizers: Sequence[EntityRecognizer], nlp_engine: SharedSpacyNlpEngine
) -> AnalyzerEngine:
    """An analyzer over ``recognizers`` only (no predefined ones, no context enhancer)."""
    languages = sorted({recognizer.supported_language for recognizer in recognizers})
    registry = RecognizerRegistry(recognizers=list(recognizers), supported_languages=languages)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=languages,
        context_aware_enhancer=NoContextEnhancer(),
    )


class SurrogateOperator(Operator):
    """Replaces an entity with ``params["surrogate"](entity_type, value)``."""

    def operate(self, text: str, params: dict[str, Any] | None = None) -> str:
        assert params is not None
        replacement = params["surrogate"](params["entity_type"], text)
        if not isinstance(replacement, str):
            raise TypeError("the surrogate function must return a str")
        return replacement

    def validate(self, params: dict[str, Any] | None = None) -> None:
        if params is None or not callable(params.get("surrogate")) or not params.get("entity_type"):
            raise ValueError("convmon_surrogate needs 'surrogate' (callable) and 'entity_type'")

    def operator_name(self) -> str:
        return SURROGATE_OPERATOR

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


def build_anonymizer() -> AnonymizerEngine:
    """Presidio's anonymizer with convmon's surrogate operator added."""
    engine = AnonymizerEngine()  # type: ignore[no-untyped-call]
    engine.add_anonymizer(SurrogateOperator)
    return engine


def surrogate_operators(
    entity_types: Iterable[str], surrogate: Callable[[str, str], str]
) -> dict[str, OperatorConfig]:
    """One ``convmon_surrogate`` operator per entity type, all calling ``surrogate``."""
    return {
        entity_type: OperatorConfig(
            SURROGATE_OPERATOR, {"surrogate": surrogate, "entity_type": entity_type}
        )
        for entity_type in entity_types
    }
