"""Quality table on labelled files: vanilla Presidio vs convmon, scored by ``privacy.evaluate``.

Vanilla Presidio is ``benchmarks.throughput.VanillaPresidio`` (English model, default
recognizers and operators, no download). Prints the Markdown table of ``docs/quality.md``.

    python -m benchmarks.quality_baseline tests/data/independent_corpus.jsonl var/demo/labels.jsonl
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.throughput import VanillaPresidio
from pipeline.settings import Settings
from privacy import evaluate
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing
from privacy.types import Anonymiser


def main(paths: Sequence[str]) -> None:
    convmon = AnonymisationEngine(
        Settings(_env_file=None),  # type: ignore[call-arg]
        KeyRing.from_secret("baseline-only-key-not-secret-0123456789"),
    )
    engines: dict[str, Anonymiser] = {"vanilla Presidio": VanillaPresidio(), "convmon": convmon}
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
