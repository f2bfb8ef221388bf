"""Leak, over-redaction and look-alike survival on the blind corpora, each and pooled.

Every hand-written corpus is scored with its own tenant's business names (the ``BUSINESS_NAMES``
of its generator, ``tests/data/make_<corpus>.py``), the way ``tests/privacy/test_blind_corpora.py``
does; the pooled row sums the counts and bootstraps its 95% interval over the conversations of
all the corpora together. This is the command behind the numbers in ``docs/quality.md``::

    python -m benchmarks.blind_corpora handwritten7 handwritten8
    python -m benchmarks.blind_corpora --vanilla --json var/blind.json handwritten7 handwritten8
    python -m benchmarks.blind_corpora --without-scorer handwritten11 handwritten12
    python -m benchmarks.blind_corpora --strict handwritten15 handwritten16
    python -m benchmarks.blind_corpora --precise handwritten19 handwritten20
    python -m benchmarks.blind_corpora --misses handwritten62   # a studied set's leaks, to read

"convmon" is the engine of the default settings (since session 8 the scorer's recall-first
thresholds); ``--strict`` and ``--precise`` also score it with each of the scorer's thresholds.

A corpus is a name under ``tests/data`` (``handwritten7`` or ``handwritten7_corpus.jsonl``) or
a path; ``--business NAME`` (repeatable) replaces the generator's names.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.evaluate import EvaluationReport, Miss, evaluate, load_dataset, misses
from privacy.pseudonym import KeyRing
from privacy.types import Anonymiser

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
KEY = "synthetic-test-key-for-blind-corpora-0001"


def corpus_path(name: str) -> Path:
    """``handwritten7`` -> tests/data/handwritten7_corpus.jsonl; a path is returned as is."""
    path = Path(name)
    if path.suffix == ".jsonl" and path.exists():
        return path
    stem = name.removesuffix(".jsonl").removesuffix("_corpus")
    candidate = DATA / f"{stem}_corpus.jsonl"
    if not candidate.exists():
        raise SystemExit(f"no corpus {name!r} (looked for {candidate})")
    return candidate


def business_names(path: Path) -> list[str]:
    """The ``BUSINESS_NAMES`` of the corpus's generator (a tuple, or a dict of them)."""
    generator = path.with_name("make_" + path.name.removesuffix(".jsonl") + ".py")
    if not generator.exists():
        return []
    spec = importlib.util.spec_from_file_location(f"_generator_{path.stem}", generator)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    names = getattr(module, "BUSINESS_NAMES", ())
    values = names.values() if isinstance(names, dict) else names
    return [str(name) for name in values]


def convmon_engine(
    names: Sequence[str], *, name_scorer: bool = True, strict: bool | None = None
) -> AnonymisationEngine:
    """The engine of one blind corpus: its tenant's business names, a synthetic key; the
    scorer's thresholds of the settings unless ``strict`` says which."""
    options: dict[str, Any] = {} if strict is None else {"name_scorer_strict": strict}
    settings = Settings(
        _env_file=None,
        business_names=list(names),
        tenant="blind",
        name_scorer=name_scorer,
        **options,
    )
    return AnonymisationEngine(settings, KeyRing.from_secret(KEY, tenant="blind"))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}%"


def _interval(bounds: tuple[float, float] | None) -> str:
    return "" if bounds is None else f" [{100 * bounds[0]:.1f}-{100 * bounds[1]:.1f}]"


def row(label: str, engine: str, report: EvaluationReport) -> dict[str, Any]:
    """The headline numbers of one report, as printed and as written to JSON."""
    person = report.by_entity.get("PERSON")
    return {
        "corpus": label,
        "engine": engine,
        "values": report.overall.gold,
        "leak_rate": report.leak_rate,
        "leak_interval": report.leak_interval(),
        "names_leak_rate": person.leak_rate if person else None,
        "names_interval": report.leak_interval("PERSON") if person else None,
        "over_redaction": {lang: report.over_redaction(lang) for lang in sorted(report.words)},
        "keep_survival": report.keep_survival,
        "leaked_by_type": {
            name: f"{score.leaked}/{score.gold}"
            for name, score in sorted(report.by_entity.items())
            if score.leaked
        },
        "lost_keep_by_type": {
            kind: f"{s.kept}/{s.total}"
            for kind, s in sorted(report.keep.items())
            if s.kept < s.total
        },
    }


def _markdown(rows: Sequence[dict[str, Any]]) -> str:
    lines = [
        "| corpus | engine | values | leak [95%] | names [95%] | over-red. it / en "
        "| look-alikes kept | leaked (type: leaked/values) | look-alikes lost (kept/total) |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in rows:
        over = r["over_redaction"]
        leaked = ", ".join(f"{k} {v}" for k, v in r["leaked_by_type"].items())
        lost = ", ".join(f"{k} {v}" for k, v in r["lost_keep_by_type"].items())
        lines.append(
            f"| {r['corpus']} | {r['engine']} | {r['values']} "
            f"| {_pct(r['leak_rate'])}{_interval(r['leak_interval'])} "
            f"| {_pct(r['names_leak_rate'])}{_interval(r['names_interval'])} "
            f"| {_pct(over.get('it'))} / {_pct(over.get('en'))} | {_pct(r['keep_survival'])} "
            f"| {leaked} | {lost} |"
        )
    return "\n".join(lines)


def _misses(label: str, found: Sequence[Miss]) -> str:
    lines = []
    for miss in found:
        lines.append(
            f"== {label} {miss.message_id} [{miss.language}] {miss.kind} "
            f"{miss.span.type}: {miss.span.value!r}"
        )
        lines.append("   in : " + miss.text.replace("\n", " / "))
        lines.append("   out: " + miss.anonymised.replace("\n", " / "))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="corpus names under tests/data, or paths")
    parser.add_argument("--vanilla", action="store_true", help="also score vanilla Presidio")
    parser.add_argument(
        "--business", action="append", help="business name (replaces the generator's)"
    )
    parser.add_argument(
        "--without-scorer",
        action="store_true",
        help="also score convmon without its trained scorer (Settings.name_scorer off)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also score convmon with the scorer's recall-first thresholds (name_scorer_strict)",
    )
    parser.add_argument(
        "--precise",
        action="store_true",
        help="also score convmon with the scorer's precision-first thresholds "
        "(name_scorer_strict=false)",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="also print each value convmon leaks and each look-alike it loses, with the "
        "message in and out (to study a development set; never on a clean test set)",
    )
    parser.add_argument("--json", type=Path, help="write the rows as JSON here")
    args = parser.parse_args(argv)

    engines: dict[str, list[EvaluationReport]] = {"convmon": []}
    if args.without_scorer:
        engines["convmon without scorer"] = []
    if args.strict:
        engines["convmon strict"] = []
    if args.precise:
        engines["convmon precise"] = []
    vanilla: Anonymiser | None = None
    if args.vanilla:
        from benchmarks.throughput import VanillaPresidio

        vanilla = VanillaPresidio()
        engines["vanilla Presidio"] = []
    rows: list[dict[str, Any]] = []
    for name in args.corpora:
        path = corpus_path(name)
        dataset = load_dataset(path)
        label = path.name.removesuffix(".jsonl").removesuffix("_corpus")
        names = args.business or business_names(path)
        anonymisers: dict[str, Anonymiser] = {"convmon": convmon_engine(names)}
        if args.without_scorer:
            anonymisers["convmon without scorer"] = convmon_engine(names, name_scorer=False)
        if args.strict:
            anonymisers["convmon strict"] = convmon_engine(names, strict=True)
        if args.precise:
            anonymisers["convmon precise"] = convmon_engine(names, strict=False)
        if vanilla is not None:
            anonymisers["vanilla Presidio"] = vanilla
        if args.misses:
            print(_misses(label, misses(dataset, anonymisers["convmon"])))
        for engine, anonymiser in anonymisers.items():
            report = evaluate(dataset, anonymiser)
            engines[engine].append(report)
            rows.append(row(label, engine, report))
    if len(args.corpora) > 1:
        for engine, reports in engines.items():
            rows.append(row("pooled", engine, EvaluationReport.pooled(reports)))
    print(_markdown(rows))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
