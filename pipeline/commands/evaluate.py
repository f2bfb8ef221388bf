"""``convmon evaluate``: score the anonymiser on a labelled dataset (generated when not given)."""

from __future__ import annotations

import json
import secrets
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from pipeline.settings import Settings, load_settings
from privacy.evaluate import EvaluationReport, evaluate, load_dataset


def run_evaluation(
    settings: Settings,
    dataset: Path | None = None,
    *,
    seed: int = 7,
    conversations: int = 120,
) -> EvaluationReport:
    """Evaluate ``privacy.anonymise.AnonymisationEngine`` on ``dataset`` or on fresh demo labels.

    Pseudonyms do not affect the scores: without a configured key an ephemeral in-memory key is
    used, and nothing is written.
    """
    from privacy.anonymise import AnonymisationEngine
    from privacy.pseudonym import KeyRing

    if settings.pseudonym_key is None and settings.pseudonym_key_file is None:
        keyring = KeyRing.from_secret(secrets.token_hex(32), tenant=settings.tenant)
    else:
        keyring = KeyRing.from_settings(settings)
    engine = AnonymisationEngine(settings, keyring)
    if dataset is not None:
        return evaluate(load_dataset(dataset), engine)
    from pipeline.demo import generate

    with tempfile.TemporaryDirectory(prefix="convmon-eval-") as folder:
        generate(Path(folder), conversations=conversations, seed=seed, settings=settings)
        labelled = load_dataset(Path(folder) / "labels.jsonl")
    return evaluate(labelled, engine)


def evaluate_command(
    dataset: Annotated[
        Path | None,
        typer.Option(
            "--dataset",
            help="Labelled JSONL (labels.jsonl format). Default: generate one with --seed.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the generated dataset.")] = 7,
    conversations: Annotated[
        int, typer.Option(help="Conversations in the generated dataset.")
    ] = 120,
    json_path: Annotated[
        Path | None, typer.Option("--json", help="Also write the numbers as JSON to this file.")
    ] = None,
) -> None:
    """Measure leaks, recall, precision, F2 and over-redaction of the anonymiser.

    The headline numbers also go to <data dir>/state/evaluation.json, for the run report.

    Example: convmon evaluate --dataset tests/data/independent_corpus.jsonl --json eval.json
    """
    console = Console()
    settings = load_settings()
    report = run_evaluation(settings, dataset, seed=seed, conversations=conversations)
    report.render(console)
    source = (
        dataset.name if dataset is not None else f"demo seed={seed} conversations={conversations}"
    )
    latest = settings.state_dir / "evaluation.json"
    latest.parent.mkdir(parents=True, exist_ok=True)
    latest.write_text(
        json.dumps({"dataset": source, **report.summary()}, indent=2) + "\n", encoding="utf-8"
    )
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
        console.print(f"numbers written to {json_path}")
