"""Extract: read a source, assemble whole conversations, anonymise them, stage Parquet parts.

Memory stays flat whatever the size of the input:

- A replayable source (a file or a folder) is read twice. The first pass only counts the
  records of each conversation; the second buffers a conversation's records until its count is
  reached, hands the whole conversation to the anonymiser, and forgets it. Only the
  conversations that are still open are in memory, never the whole input.
- Anonymised rows are written as Parquet parts of bounded size, per day.
- With more than one worker, conversations are anonymised in worker processes that each load
  the models once; the reading process keeps a bounded number of batches in flight.

Raw records exist only in memory (and in the pipes to the workers); what reaches the disk is
anonymised rows, or the encrypted quarantine.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, date
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.models import Message
from pipeline.settings import Settings
from pipeline.sources import Record, Rejected, Source, SourceRef, open_source
from pipeline.sources.display import display_path
from pipeline.stage import StagedRow, write_part

if TYPE_CHECKING:
    from pipeline.enrich import Taxonomy
    from privacy.types import AnonymisedMessage, Anonymiser

log = logging.getLogger("convmon.extract")

ROWS_PER_PART = 50_000
MESSAGES_PER_TASK = 400
PARALLEL_THRESHOLD = 4_000

EntityKey = tuple[str, str, str]


def shard_of(conversation_id: str, of: int) -> int:
    """Stable shard of a conversation (a conversation is never split across shards)."""
    digest = hashlib.sha256(conversation_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % of


def _id_digest(message_id: str) -> bytes:
    return hashlib.blake2b(message_id.encode("utf-8"), digest_size=16).digest()


@dataclass
class ExtractCounts:
    """What one shard saw; ``read = staged + quarantined + duplicates`` must hold."""

    read: int = 0
    duplicates: int = 0
    out_of_interval: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    entities: Counter[EntityKey] = field(default_factory=Counter)

    @property
    def quarantined(self) -> int:
        return sum(self.reasons.values())


@dataclass(frozen=True)
class ShardFilter:
    start: date
    end: date
    shard: int
    of: int

    def wants(self, message: Message) -> bool:
        day = message.created_time.astimezone(UTC).date()
        return self.start <= day < self.end

    def owns(self, message: Message) -> bool:
        return shard_of(message.conversation_id, self.of) == self.shard


def _count_conversations(reader: Source, flt: ShardFilter) -> Counter[str]:
    counts: Counter[str] = Counter()
    for item in reader.read():
        if isinstance(item, Record) and flt.wants(item.message) and flt.owns(item.message):
            counts[item.message.conversation_id] += 1
    return counts


class ConversationAssembler:
    """Turns a source's records into whole conversations, counting everything it passes by."""

    def __init__(
        self,
        spec: str,
        settings: Settings,
        flt: ShardFilter,
        counts: ExtractCounts,
        on_rejected: Callable[[Rejected], None],
    ) -> None:
        self.spec = spec
        self.settings = settings
        self.flt = flt
        self.counts = counts
        self.on_rejected = on_rejected
        self.reader: Source = open_source(spec, settings)
        self.expected: Counter[str] | None = None
        if self.reader.replayable:
            self.expected = _count_conversations(open_source(spec, settings), flt)
            log.debug("extract: %d conversations in the shard", len(self.expected))

    @property
    def total(self) -> int:
        """Records of the shard (known up front for replayable sources, else 0)."""
        return sum(self.expected.values()) if self.expected is not None else 0

    def conversations(self) -> Iterator[list[Record]]:
        expected = Counter(self.expected) if self.expected is not None else None
        # message ids seen, per open conversation: a duplicate (paging overlap, an export read
        # twice) repeats its conversation id, and a conversation is closed only after all its
        # records (duplicates included) were read, so memory stays bounded by open conversations
        seen: dict[str, set[bytes]] = defaultdict(set)
        open_conversations: dict[str, list[Record]] = defaultdict(list)
        for item in self.reader.read():
            if isinstance(item, Rejected):
                if self.flt.shard == 0:
                    self.counts.read += 1
                    self.on_rejected(item)
                continue
            message = item.message
            if not self.flt.wants(message):
                self.counts.out_of_interval += 1
                continue
            if not self.flt.owns(message):
                continue
            self.counts.read += 1
            conversation = message.conversation_id
            digest = _id_digest(message.message_id)
            if digest in seen[conversation]:
                self.counts.duplicates += 1
            else:
                seen[conversation].add(digest)
                open_conversations[conversation].append(item)
            if expected is not None:
                expected[conversation] -= 1
                if expected[conversation] <= 0:
                    del expected[conversation]
                    seen.pop(conversation, None)
                    whole = open_conversations.pop(conversation, [])
                    if whole:
                        yield whole
        yield from open_conversations.values()


# --- anonymisation, in this process or in workers ------------------------------------------


@dataclass
class _Worker:
    settings: Settings
    anonymiser: Anonymiser
    taxonomy: Taxonomy
    fmt: str
    run_id: str


_WORKER: _Worker | None = None


def _make_worker(settings: Settings, fmt: str, run_id: str) -> _Worker:
    from pipeline.enrich import load_taxonomy
    from pipeline.run import engine_for, keyring_for

    return _Worker(
        settings=settings,
        anonymiser=engine_for(settings, keyring_for(settings)),
        taxonomy=load_taxonomy(settings.taxonomy_file),
        fmt=fmt,
        run_id=run_id,
    )


def _init_worker(settings: Settings, fmt: str, run_id: str) -> None:
    global _WORKER
    _WORKER = _make_worker(settings, fmt, run_id)


@dataclass
class BatchResult:
    rows: list[dict[str, Any]]
    entities: Counter[EntityKey]
    failed: list[tuple[int, str]]  # (index of the conversation in the batch, error type)


def _anonymise_batch_in_worker(batch: list[list[Message]]) -> BatchResult:
    assert _WORKER is not None, "worker not initialised"
    return anonymise_batch(_WORKER, batch)


def _describe(worker: _Worker) -> dict[str, Any]:
    describe = getattr(worker.anonymiser, "describe", None)
    return dict(describe()) if callable(describe) else {}


def _describe_in_worker() -> dict[str, Any]:
    assert _WORKER is not None, "worker not initialised"
    return _describe(_WORKER)


def _anonymise_all(
    anonymiser: Anonymiser, batch: Sequence[Sequence[Message]]
) -> list[list[AnonymisedMessage] | str]:
    """Each conversation's anonymised messages, or the error type that stopped it.

    The engine's batched path (spaCy batches across conversations) is tried first; when it
    fails, conversations are done one by one so that only the failing one is quarantined.
    """
    batched = getattr(anonymiser, "anonymise_conversations", None)
    if callable(batched):
        try:
            return list(batched(batch))
        except Exception as exc:  # every conversation is retried one by one below
            log.warning(
                "batched anonymisation failed (%s); retrying one by one", type(exc).__name__
            )
    results: list[list[AnonymisedMessage] | str] = []
    for messages in batch:
        try:
            results.append(anonymiser.anonymise_conversation(messages))
        except Exception as exc:  # the caller quarantines every record of it
            results.append(type(exc).__name__)
    return results


def anonymise_batch(worker: _Worker, batch: Sequence[Sequence[Message]]) -> BatchResult:
    rows: list[dict[str, Any]] = []
    entities: Counter[EntityKey] = Counter()
    failed: list[tuple[int, str]] = []
    for index, (messages, anonymised) in enumerate(
        zip(batch, _anonymise_all(worker.anonymiser, batch), strict=True)
    ):
        if isinstance(anonymised, str):
            failed.append((index, anonymised))
            continue
        for message, anon in zip(messages, anonymised, strict=True):
            labels = worker.taxonomy.classify(message.text, anon.language)
            for detection in anon.detections:
                entities[(detection.entity_type, anon.language, detection.recognizer)] += 1
            created = anon.created_time.astimezone(UTC)
            rows.append(
                {
                    "message_key": anon.message_key,
                    "conversation_key": anon.conversation_key,
                    "platform": anon.platform,
                    "page_id": anon.page_id,
                    "day": created.date(),
                    "created_time": created,
                    "sender_key": anon.sender_key,
                    "sender_role": anon.sender_role,
                    "recipient_key": anon.recipient_key,
                    "customer_key": anon.customer_key,
                    "language": anon.language,
                    "text_anon": anon.text,
                    "n_chars": anon.n_chars,
                    "entity_counts": json.dumps(anon.entity_counts, sort_keys=True),
                    "attachment_count": sum(a.count for a in message.attachments),
                    "attachment_types": sorted({a.type for a in message.attachments}),
                    "referral_ad_id": message.referral.ad_id if message.referral else None,
                    "referral_ref": message.referral.ref if message.referral else None,
                    "topics": list(labels.topics),
                    "sentiment": labels.sentiment,
                    "source_format": worker.fmt,
                    "run_id": worker.run_id,
                    "conversion": labels.conversion,
                }
            )
    return BatchResult(rows=rows, entities=entities, failed=failed)


class PartWriter:
    """Accumulates rows per day and writes bounded Parquet parts."""

    def __init__(self, folder_for_day: Callable[[date], Path], prefix: str) -> None:
        self.folder_for_day = folder_for_day
        self.prefix = prefix
        self.pending: dict[date, list[StagedRow]] = defaultdict(list)
        self.rows_per_day: Counter[date] = Counter()
        self.files: list[str] = []
        self._sequence: Counter[date] = Counter()
        self._held = 0  # rows held across all days: bounded by ROWS_PER_PART

    def add(self, rows: Sequence[dict[str, Any]]) -> None:
        for row in rows:
            day = row["day"]
            self.pending[day].append(StagedRow(row))
            self.rows_per_day[day] += 1
            self._held += 1
            if self._held >= ROWS_PER_PART:
                self._flush(max(self.pending, key=lambda d: len(self.pending[d])))

    def _flush(self, day: date) -> None:
        rows = sorted(self.pending.pop(day, []), key=lambda r: str(r.values["message_key"]))
        self._held -= len(rows)
        if not rows:
            return
        number = self._sequence[day]
        self._sequence[day] += 1
        path = self.folder_for_day(day) / f"{self.prefix}-{number:04d}.parquet"
        self.files.append(str(write_part(path, rows)))

    def close(self) -> None:
        for day in list(self.pending):
            self._flush(day)


def worker_count(settings: Settings, messages: int) -> int:
    """How many anonymisation processes: 1 for small shards (models load once per process)."""
    wanted = settings.workers or (os.cpu_count() or 1)
    if wanted <= 1 or messages < PARALLEL_THRESHOLD:
        return 1
    return wanted


def _batches(
    conversations: Iterator[list[Record]],
) -> Iterator[list[list[Record]]]:
    batch: list[list[Record]] = []
    size = 0
    for records in conversations:
        records.sort(key=lambda r: (r.message.created_time, r.message.message_id))
        batch.append(records)
        size += len(records)
        if size >= MESSAGES_PER_TASK:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def anonymise_conversations(
    settings: Settings,
    *,
    conversations: Iterator[list[Record]],
    fmt: str,
    run_id: str,
    writer: PartWriter,
    counts: ExtractCounts,
    quarantine_record: Callable[[Record, str], None],
    workers: int,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Anonymise every conversation (in ``workers`` processes when > 1) into ``writer``.

    Returns the detector's description (models, recognizers, thresholds) for the run report.
    """

    def absorb(batch: list[list[Record]], result: BatchResult) -> None:
        writer.add(result.rows)
        counts.entities.update(result.entities)
        for index, error in result.failed:
            records = batch[index]
            log.error(
                "anonymisation failed (%s) for %d records of %s; quarantined",
                error,
                len(records),
                display_path(records[0].ref.file),
            )
            for record in records:
                quarantine_record(record, "anonymise_error")
        if progress is not None:
            progress(sum(len(records) for records in batch))

    def messages_of(batch: list[list[Record]]) -> list[list[Message]]:
        return [[r.message for r in records] for records in batch]

    if workers <= 1:
        local = _make_worker(settings, fmt, run_id)
        for number, batch in enumerate(_batches(conversations), start=1):
            log.debug("anonymise: batch %d (%d conversations)", number, len(batch))
            absorb(batch, anonymise_batch(local, messages_of(batch)))
        return _describe(local)

    log.info("anonymising with %d worker processes", workers)
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=get_context("forkserver"),
        initializer=_init_worker,
        initargs=(settings, fmt, run_id),
    ) as pool:
        description = pool.submit(_describe_in_worker)
        in_flight: dict[Future[BatchResult], list[list[Record]]] = {}
        for batch in _batches(conversations):
            if len(in_flight) >= workers * 3:
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    absorb(in_flight.pop(future), future.result())
            in_flight[pool.submit(_anonymise_batch_in_worker, messages_of(batch))] = batch
        for future in list(in_flight):
            absorb(in_flight.pop(future), future.result())
        return description.result()


def quarantine_message(message: Message, ref: SourceRef, reason: str) -> Rejected:
    return Rejected(reason=reason, ref=ref, raw=message.model_dump_json().encode("utf-8"))
