"""A run: extract and anonymise (per source shard), stage, validate, load, marts, report.

Each stage is a library function with JSON-able inputs and outputs (paths, counts, ids: never
message text), so that the CLI (``run_interval``) and the Airflow DAG (one task per stage, one
mapped task per source shard) are thin doors to the same code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.models import Message
from pipeline.settings import Settings
from pipeline.sources import Record, Rejected, SourceRef, open_source, parse_spec
from pipeline.stage import StagedRow, day_dir, staged_files, write_manifest, write_part
from pipeline.warehouse import check_key, connect, replace_days, writer_lock

if TYPE_CHECKING:
    from privacy.anonymise import AnonymisationEngine

    from privacy.pseudonym import KeyRing

log = logging.getLogger("convmon.run")

ProgressCallback = Callable[[int], None]


class RunError(Exception):
    """A run cannot go on; the message says why and how to fix it."""


class NoSourceError(RunError):
    pass


@dataclass(frozen=True)
class Interval:
    """A half-open range of UTC days [start, end)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise RunError(f"empty interval: end {self.end} is not after start {self.start}")

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment.astimezone(UTC).date() < self.end

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days)]


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def shard_of(conversation_id: str, of: int) -> int:
    """Stable shard of a conversation (a conversation is never split across shards)."""
    digest = hashlib.sha256(conversation_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % of


def resolve_sources(settings: Settings, sources: Sequence[str] | None) -> list[str]:
    chosen = list(sources) if sources else list(settings.source)
    if not chosen:
        raise NoSourceError(
            "no source: pass --source FORMAT:PATH (e.g. graph-api:exports/) or set CONVMON_SOURCE"
        )
    for spec in chosen:
        parse_spec(spec)
    return chosen


def plan_shards(
    settings: Settings, *, sources: Sequence[str] | None, shards: int
) -> list[dict[str, Any]]:
    if shards < 1:
        raise RunError("shards must be at least 1")
    return [
        {"source": spec, "source_index": index, "shard": shard, "of": shards}
        for index, spec in enumerate(resolve_sources(settings, sources))
        for shard in range(shards)
    ]


# --- models, loaded once per process ------------------------------------------------------

_ENGINES: dict[tuple[str, str, tuple[str, ...]], AnonymisationEngine] = {}


def keyring_for(settings: Settings) -> KeyRing:
    from privacy.pseudonym import KeyRing

    return KeyRing.from_settings(settings)


def engine_for(settings: Settings, keyring: KeyRing) -> AnonymisationEngine:
    from privacy.anonymise import AnonymisationEngine

    cache_key = (keyring.key_id, settings.tenant, tuple(settings.business_names))
    if cache_key not in _ENGINES:
        _ENGINES[cache_key] = AnonymisationEngine(settings, keyring)
    return _ENGINES[cache_key]


# --- extract + anonymise + stage ----------------------------------------------------------


def _shard_dir(settings: Settings, run_id: str) -> Path:
    return settings.staging_dir / run_id


def _manifest_path(settings: Settings, run_id: str, source_index: int, shard: int) -> Path:
    return _shard_dir(settings, run_id) / "manifests" / f"{source_index:02d}-{shard:03d}.json"


def _rejected_from_message(message: Message, ref: SourceRef, reason: str) -> Rejected:
    return Rejected(reason=reason, ref=ref, raw=message.model_dump_json().encode("utf-8"))


def extract_shard(
    settings: Settings,
    *,
    run_id: str,
    start: date,
    end: date,
    source: str,
    shard: int = 0,
    of: int = 1,
    source_index: int = 0,
    progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """Read one source, anonymise the conversations of one shard, stage them as Parquet.

    Rejected records are quarantined by shard 0 only, so that each is counted once.
    """
    from privacy.quarantine import QuarantineStore

    from pipeline.enrich import load_taxonomy

    interval = Interval(start, end)
    fmt, _ = parse_spec(source)
    reader = open_source(source, settings)
    keyring = keyring_for(settings)
    engine = engine_for(settings, keyring)
    quarantine = QuarantineStore(settings)
    taxonomy = load_taxonomy(settings.taxonomy_file)

    read = duplicates = out_of_interval = 0
    reasons: Counter[str] = Counter()
    conversations: dict[str, list[Record]] = defaultdict(list)
    seen: set[str] = set()

    def to_quarantine(rejected: Rejected) -> None:
        quarantine.put(rejected, run_id=run_id, source=source)
        reasons[rejected.reason] += 1

    for item in reader.read():
        if isinstance(item, Rejected):
            if shard == 0:
                read += 1
                to_quarantine(item)
            continue
        message = item.message
        if not interval.contains(message.created_time):
            out_of_interval += 1
            continue
        if shard_of(message.conversation_id, of) != shard:
            continue
        read += 1
        if message.message_id in seen:
            duplicates += 1
            continue
        seen.add(message.message_id)
        conversations[message.conversation_id].append(item)

    rows_by_day: dict[date, list[StagedRow]] = defaultdict(list)
    entities: Counter[tuple[str, str, str]] = Counter()
    for records in conversations.values():
        records.sort(key=lambda r: (r.message.created_time, r.message.message_id))
        messages = [r.message for r in records]
        try:
            anonymised = engine.anonymise_conversation(messages)
        except Exception as exc:
            log.error(
                "anonymisation failed (%s) for %d records of %s; quarantined",
                type(exc).__name__,
                len(records),
                records[0].ref.file,
            )
            for record in records:
                to_quarantine(_rejected_from_message(record.message, record.ref, "anonymise_error"))
            continue
        for message, anon in zip(messages, anonymised, strict=True):
            labels = taxonomy.classify(message.text, anon.language)
            for detection in anon.detections:
                entities[(detection.entity_type, anon.language, detection.recognizer)] += 1
            created = anon.created_time.astimezone(UTC)
            rows_by_day[created.date()].append(
                StagedRow(
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
                        "source_format": fmt,
                        "run_id": run_id,
                        "conversion": labels.conversion,
                    }
                )
            )
        if progress is not None:
            progress(len(records))

    files: list[str] = []
    rows_per_day: dict[str, int] = {}
    for day in interval.days():
        rows = sorted(rows_by_day.get(day, []), key=lambda r: str(r.values["message_key"]))
        folder = day_dir(settings.staging_dir, run_id, day)
        folder.mkdir(parents=True, exist_ok=True)
        rows_per_day[day.isoformat()] = len(rows)
        if rows:
            part = folder / f"part-{source_index:02d}-{shard:03d}.parquet"
            files.append(str(write_part(part, rows)))

    loaded = sum(rows_per_day.values())
    quarantined = sum(reasons.values())
    result: dict[str, Any] = {
        "source": source,
        "format": fmt,
        "source_index": source_index,
        "shard": shard,
        "of": of,
        "read": read,
        "staged": loaded,
        "quarantined": quarantined,
        "quarantined_by_reason": dict(reasons),
        "duplicates": duplicates,
        "out_of_interval": out_of_interval,
        "rows_per_day": rows_per_day,
        "skipped": dict(reader.stats.skipped) if shard == 0 else {},
        "unknown_fields": dict(reader.stats.unknown_fields) if shard == 0 else {},
        "warnings": list(reader.stats.warnings) if shard == 0 else [],
        "entities": [
            {"entity_type": t, "language": lang, "recognizer": rec, "count": n}
            for (t, lang, rec), n in sorted(entities.items())
        ],
        "files": files,
    }
    if read != loaded + quarantined + duplicates:
        raise RunError(
            f"{source}: reconciliation failed (read {read} != staged {loaded} + quarantined "
            f"{quarantined} + duplicates {duplicates})"
        )
    write_manifest(_manifest_path(settings, run_id, source_index, shard), result)
    return result


# --- validate, load, finalise -------------------------------------------------------------


def _shard_results(settings: Settings, run_id: str) -> list[dict[str, Any]]:
    folder = _shard_dir(settings, run_id) / "manifests"
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def _validation_path(settings: Settings, run_id: str) -> Path:
    return _shard_dir(settings, run_id) / "validation.json"


def validate_partitions(
    settings: Settings, *, run_id: str, start: date, end: date
) -> dict[str, Any]:
    """Run the validation suite over every staged day; raise when any day fails."""
    import pandas as pd

    from pipeline.stage import STAGING_SCHEMA
    from pipeline.validate import ValidationFailedError, validate_staging

    interval = Interval(start, end)
    shard_results = _shard_results(settings, run_id)
    expected: Counter[str] = Counter()
    for result in shard_results:
        expected.update(result["rows_per_day"])
    files = staged_files(settings.staging_dir, run_id)
    outcomes: list[dict[str, Any]] = []
    for day in interval.days():
        parts = files.get(day, [])
        if parts:
            frame = pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True)
        else:
            frame = STAGING_SCHEMA.empty_table().to_pandas()
        result = validate_staging(frame, day=day, expected_rows=expected[day.isoformat()])
        outcomes.append({"day": day.isoformat(), **result.to_dict()})
    payload: dict[str, Any] = {
        "success": all(o["success"] for o in outcomes),
        "days": outcomes,
    }
    write_manifest(_validation_path(settings, run_id), payload)
    if not payload["success"]:
        failed = sorted(
            {
                f"{o['day']}: {e['name']}"
                for o in outcomes
                for e in o["expectations"]
                if not e["success"]
            }
        )
        raise ValidationFailedError("validation failed, nothing was loaded: " + "; ".join(failed))
    return payload


def load_partitions(settings: Settings, *, run_id: str, start: date, end: date) -> dict[str, Any]:
    """Replace every day of the interval from staging, in one transaction (single writer)."""
    interval = Interval(start, end)
    keyring = keyring_for(settings)
    files = staged_files(settings.staging_dir, run_id)
    by_day = {day: files.get(day, []) for day in interval.days()}
    with writer_lock(settings.warehouse):
        con = connect(settings.warehouse)
        try:
            check_key(con, keyring.key_id)
            loaded = replace_days(con, by_day, run_id=run_id)
        finally:
            con.close()
    return {
        "partitions": [
            {"day": day.isoformat(), "rows": rows, "duplicates": dups}
            for day, (rows, dups) in sorted(loaded.items())
        ],
        "loaded": sum(rows for rows, _ in loaded.values()),
        "duplicates": sum(dups for _, dups in loaded.values()),
    }


def _latest_evaluation(settings: Settings) -> Any:
    path = settings.state_dir / "evaluation.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return None


def build_summary(
    settings: Settings,
    *,
    run_id: str,
    interval: Interval,
    shard_results: Sequence[dict[str, Any]],
    load_result: dict[str, Any] | None,
    validation: dict[str, Any] | None,
    started_at: datetime,
    errors: Sequence[str] = (),
) -> dict[str, Any]:
    keyring = keyring_for(settings)
    engine = engine_for(settings, keyring)
    per_source: dict[str, dict[str, Any]] = {}
    entities: Counter[tuple[str, str, str]] = Counter()
    for result in shard_results:
        entry = per_source.setdefault(
            result["source"],
            {
                "spec": result["source"],
                "format": result["format"],
                "read": 0,
                "loaded": 0,
                "quarantined": 0,
                "quarantined_by_reason": Counter(),
                "duplicates": 0,
                "out_of_interval": 0,
                "skipped": Counter(),
                "unknown_fields": Counter(),
                "warnings": [],
            },
        )
        for key in ("read", "quarantined", "duplicates", "out_of_interval"):
            entry[key] += result[key]
        entry["loaded"] += result["staged"]
        entry["quarantined_by_reason"].update(result["quarantined_by_reason"])
        entry["skipped"].update(result["skipped"])
        entry["unknown_fields"].update(result["unknown_fields"])
        entry["warnings"].extend(result["warnings"])
        for ent in result["entities"]:
            entities[(ent["entity_type"], ent["language"], ent["recognizer"])] += ent["count"]
    sources = [
        {k: (dict(v) if isinstance(v, Counter) else v) for k, v in entry.items()}
        for entry in per_source.values()
    ]
    cross_duplicates = int(load_result["duplicates"]) if load_result else 0
    totals = {
        "read": sum(s["read"] for s in sources),
        "loaded": int(load_result["loaded"]) if load_result else 0,
        "quarantined": sum(s["quarantined"] for s in sources),
        "duplicates": sum(s["duplicates"] for s in sources) + cross_duplicates,
        "not_loaded": 0,
    }
    staged = sum(s["loaded"] for s in sources)
    if load_result is None:
        totals["not_loaded"] = staged
    finished_at = datetime.now(UTC)
    duration = (finished_at - started_at).total_seconds()
    status = "succeeded" if load_result is not None and not errors else "failed"
    return {
        "run_id": run_id,
        "status": status,
        "started_at": started_at.isoformat(),
        "finished_at": finished_at.isoformat(),
        "duration_s": round(duration, 3),
        "throughput_msgs_per_s": round(totals["read"] / duration, 1) if duration > 0 else None,
        "interval": {"start": interval.start.isoformat(), "end": interval.end.isoformat()},
        "code_version": __version__,
        "key_id": keyring.key_id,
        "sources": sources,
        "totals": totals,
        "detector": engine.describe(),
        "entities": [
            {"entity_type": t, "language": lang, "recognizer": rec, "count": n}
            for (t, lang, rec), n in sorted(entities.items())
        ],
        "validation": validation["days"] if validation else [],
        "min_group_size": settings.min_group_size,
        "suppressed_cells": 0,
        "evaluation": _latest_evaluation(settings),
        "partitions": load_result["partitions"] if load_result else [],
        "errors": list(errors),
    }


def finalise(
    settings: Settings,
    *,
    run_id: str,
    start: date,
    end: date,
    shard_results: Sequence[dict[str, Any]] | None = None,
    load_result: dict[str, Any] | None = None,
    started_at: datetime | None = None,
    errors: Sequence[str] = (),
) -> dict[str, Any]:
    """Marts, retention purge, run record, audit log entry, marketing file and run report."""
    from pipeline.erasure import purge_expired
    from pipeline.marts import build_marts, export_marketing
    from pipeline.report import write_run_report
    from privacy.audit import AuditLog

    interval = Interval(start, end)
    results = list(shard_results) if shard_results is not None else _shard_results(settings, run_id)
    validation_file = _validation_path(settings, run_id)
    validation = (
        json.loads(validation_file.read_text(encoding="utf-8"))
        if validation_file.exists()
        else None
    )
    if load_result is None and not errors:
        load_result = _load_result_from_warehouse(settings, run_id, interval)
    summary = build_summary(
        settings,
        run_id=run_id,
        interval=interval,
        shard_results=results,
        load_result=load_result,
        validation=validation,
        started_at=started_at or _started_at(settings, run_id),
        errors=errors,
    )
    with writer_lock(settings.warehouse):
        con = connect(settings.warehouse)
        try:
            marts = build_marts(con, settings)
            summary["suppressed_cells"] = marts.suppressed_cells
            summary["retention_purged"] = purge_expired(con, settings)
            totals = summary["totals"]
            con.execute(
                "DELETE FROM runs WHERE run_id = ?",
                [run_id],
            )
            con.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run_id,
                    summary["started_at"],
                    summary["finished_at"],
                    summary["status"],
                    interval.start,
                    interval.end,
                    summary["key_id"],
                    summary["code_version"],
                    totals["read"],
                    totals["loaded"],
                    totals["quarantined"],
                    totals["duplicates"],
                    json.dumps(summary, sort_keys=True, default=str),
                ],
            )
            con.execute(
                "DELETE FROM entity_stats WHERE run_id = ?",
                [run_id],
            )
            for ent in summary["entities"]:
                con.execute(
                    "INSERT INTO entity_stats VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        run_id,
                        interval.start,
                        ent["entity_type"],
                        ent["language"],
                        ent["recognizer"],
                        ent["count"],
                    ],
                )
            AuditLog.from_settings(con, settings).append(
                "run",
                {
                    "run_id": run_id,
                    "status": summary["status"],
                    "interval": summary["interval"],
                    "key_id": summary["key_id"],
                    "totals": summary["totals"],
                    "partitions": summary["partitions"],
                },
            )
            con.execute("CHECKPOINT")
        finally:
            con.close()
        export_marketing(settings)
    json_path, html_path = write_run_report(settings, summary)
    return {"report_json": str(json_path), "report_html": str(html_path), "summary": summary}


def _started_at(settings: Settings, run_id: str) -> datetime:
    stamp = run_id.split("-", 1)[0]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.now(UTC)


def _load_result_from_warehouse(
    settings: Settings, run_id: str, interval: Interval
) -> dict[str, Any] | None:
    con = connect(settings.warehouse, read_only=True) if settings.warehouse.exists() else None
    if con is None:
        return None
    try:
        rows = con.execute(
            "SELECT day, rows_loaded FROM partitions WHERE run_id = ? ORDER BY day", [run_id]
        ).fetchall()
    finally:
        con.close()
    if not rows:
        return None
    return {
        "partitions": [{"day": d.isoformat(), "rows": int(n), "duplicates": 0} for d, n in rows],
        "loaded": sum(int(n) for _, n in rows),
        "duplicates": 0,
    }


def run_interval(
    settings: Settings,
    *,
    start: date,
    end: date,
    sources: Sequence[str] | None = None,
    progress: ProgressCallback | None = None,
) -> dict[str, Any]:
    """The whole run in one process (models load once): what ``convmon run`` does."""
    from pipeline.validate import ValidationFailedError

    interval = Interval(start, end)
    specs = resolve_sources(settings, sources)
    run_id = new_run_id()
    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    log.info("run %s: %s to %s over %d source(s)", run_id, start, end, len(specs))
    shard_results = [
        extract_shard(
            settings,
            run_id=run_id,
            start=interval.start,
            end=interval.end,
            source=spec,
            source_index=index,
            progress=progress,
        )
        for index, spec in enumerate(specs)
    ]
    errors: list[str] = []
    load_result: dict[str, Any] | None = None
    try:
        validate_partitions(settings, run_id=run_id, start=interval.start, end=interval.end)
        load_result = load_partitions(
            settings, run_id=run_id, start=interval.start, end=interval.end
        )
    except ValidationFailedError as exc:
        errors.append(str(exc))
    outcome = finalise(
        settings,
        run_id=run_id,
        start=interval.start,
        end=interval.end,
        shard_results=shard_results,
        load_result=load_result,
        started_at=started_at,
        errors=errors,
    )
    log.info("run %s finished in %.1fs", run_id, time.perf_counter() - clock)
    summary: dict[str, Any] = outcome["summary"]
    summary["report_json"] = outcome["report_json"]
    summary["report_html"] = outcome["report_html"]
    return summary
