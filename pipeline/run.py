"""A run: extract and anonymise (per source shard), stage, validate, load, marts, report.

Each stage is a library function with JSON-able inputs and outputs (paths, counts, ids: never
message text), so that the CLI (``run_interval``) and the Airflow DAG (one task per stage, one
mapped task per source shard) are thin doors to the same code.
"""

from __future__ import annotations

import functools
import json
import logging
import secrets
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from pipeline import __version__
from pipeline.cleanup import WHOLE_RUN, remove_leftovers, run_marker
from pipeline.settings import Settings
from pipeline.sources import Rejected, parse_spec
from pipeline.sources.display import display_spec, display_text, set_display_key
from pipeline.stage import day_dir, staged_files, write_manifest
from pipeline.warehouse import check_key, connect, replace_days, writer_lock

if TYPE_CHECKING:
    import pandas as pd

    from privacy.anonymise import AnonymisationEngine
    from privacy.pseudonym import KeyRing

log = logging.getLogger("convmon.run")

ProgressCallback = Callable[[int], None]
P = ParamSpec("P")
R = TypeVar("R")


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


def _marks_run(func: Callable[P, R]) -> Callable[P, R]:
    """Hold the run's staging marker while a stage works, so no clean-up removes its files."""

    @functools.wraps(func)
    def marked(*args: P.args, **kwargs: P.kwargs) -> R:
        settings, run_id = args[0], kwargs["run_id"]
        assert isinstance(settings, Settings) and isinstance(run_id, str)
        with run_marker(settings.staging_dir, run_id):
            return func(*args, **kwargs)

    return marked


# --- extract + anonymise + stage ----------------------------------------------------------


def _shard_dir(settings: Settings, run_id: str) -> Path:
    return settings.staging_dir / run_id


def _manifest_path(settings: Settings, run_id: str, source_index: int, shard: int) -> Path:
    return _shard_dir(settings, run_id) / "manifests" / f"{source_index:02d}-{shard:03d}.json"


@_marks_run
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
    from pipeline.extract import (
        ConversationAssembler,
        ExtractCounts,
        PartWriter,
        ShardFilter,
        anonymise_conversations,
        quarantine_message,
        worker_count,
    )
    from privacy.quarantine import QuarantineStore

    interval = Interval(start, end)
    fmt, _ = parse_spec(source)
    set_display_key(keyring_for(settings).derived_key("source-path-display"))
    quarantine = QuarantineStore(settings)
    counts = ExtractCounts()

    def to_quarantine(rejected: Rejected) -> None:
        quarantine.put(rejected, run_id=run_id, source=source)
        counts.reasons[rejected.reason] += 1

    assembler = ConversationAssembler(
        source,
        settings,
        ShardFilter(interval.start, interval.end, shard, of),
        counts,
        to_quarantine,
    )
    log.debug("extract %s shard %d/%d: %d records to read", fmt, shard, of, assembler.total)
    writer = PartWriter(
        lambda day: day_dir(settings.staging_dir, run_id, day),
        prefix=f"part-{source_index:02d}-{shard:03d}",
    )
    detector = anonymise_conversations(
        settings,
        conversations=assembler.conversations(),
        fmt=fmt,
        run_id=run_id,
        writer=writer,
        counts=counts,
        quarantine_record=lambda record, reason: to_quarantine(
            quarantine_message(record.message, record.ref, reason)
        ),
        workers=worker_count(settings, assembler.total),
        progress=progress,
    )
    writer.close()

    rows_per_day: dict[str, int] = {}
    for day in interval.days():
        day_dir(settings.staging_dir, run_id, day).mkdir(parents=True, exist_ok=True)
        rows_per_day[day.isoformat()] = writer.rows_per_day.get(day, 0)
    staged = sum(rows_per_day.values())
    stats = assembler.reader.stats
    result: dict[str, Any] = {
        "source": display_spec(source),
        "format": fmt,
        "source_index": source_index,
        "shard": shard,
        "of": of,
        "read": counts.read,
        "staged": staged,
        "quarantined": counts.quarantined,
        "quarantined_by_reason": dict(counts.reasons),
        "duplicates": counts.duplicates,
        "out_of_interval": counts.out_of_interval,
        "rows_per_day": rows_per_day,
        "skipped": dict(stats.skipped) if shard == 0 else {},
        "unknown_fields": dict(stats.unknown_fields) if shard == 0 else {},
        "warnings": [display_text(w) for w in stats.warnings] if shard == 0 else [],
        "entities": [
            {"entity_type": t, "language": lang, "recognizer": rec, "count": n}
            for (t, lang, rec), n in sorted(counts.entities.items())
        ],
        "files": writer.files,
        "detector": detector,
    }
    if counts.read != staged + counts.quarantined + counts.duplicates:
        raise RunError(
            f"{result['source']}: reconciliation failed (read {counts.read} != staged {staged} + "
            f"quarantined {counts.quarantined} + duplicates {counts.duplicates})"
        )
    write_manifest(_manifest_path(settings, run_id, source_index, shard), result)
    log.debug("stage: shard %d/%d staged, %d parts", shard, of, len(writer.files))
    return result


# --- validate, load, finalise -------------------------------------------------------------


def _shard_results(settings: Settings, run_id: str) -> list[dict[str, Any]]:
    folder = _shard_dir(settings, run_id) / "manifests"
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))]


def _validation_path(settings: Settings, run_id: str) -> Path:
    return _shard_dir(settings, run_id) / "validation.json"


@_marks_run
def validate_partitions(
    settings: Settings, *, run_id: str, start: date, end: date
) -> dict[str, Any]:
    """Validate every staged day (consecutive days together, up to ``VALIDATION_CHUNK_ROWS``
    rows: Great Expectations has a cost per validation, and the chunk, or the largest day,
    bounds the run's peak memory); raise when any check fails."""
    import pandas as pd

    from pipeline.stage import STAGING_SCHEMA
    from pipeline.validate import ValidationFailedError, validate_staging

    interval = Interval(start, end)
    shard_results = _shard_results(settings, run_id)
    expected: Counter[str] = Counter()
    for result in shard_results:
        expected.update(result["rows_per_day"])
    files = staged_files(settings.staging_dir, run_id)
    source_of = {
        Path(name).name: int(result["source_index"])
        for result in shard_results
        for name in result["files"]
    }
    outcomes: list[dict[str, Any]] = []
    for chunk in _validation_chunks(interval, expected):
        parts = [part for day in chunk for part in files.get(day, [])]
        copies = 0
        if parts:
            frame = pd.concat(
                [pd.read_parquet(p).assign(**{_SOURCE: source_of.get(p.name, -1)}) for p in parts],
                ignore_index=True,
            )
            frame, copies = _without_cross_source_copies(frame)
        else:
            frame = STAGING_SCHEMA.empty_table().to_pandas()
        label = chunk[0].isoformat()
        if len(chunk) > 1:
            label += f"..{chunk[-1].isoformat()}"
        checked = validate_staging(
            frame,
            day=chunk[0],
            end=chunk[-1] + timedelta(days=1),
            expected_rows=sum(expected[d.isoformat()] for d in chunk) - copies,
        )
        outcomes.append({"day": label, **checked.to_dict()})
    payload: dict[str, Any] = {
        "success": all(o["success"] for o in outcomes),
        "days": outcomes,
    }
    write_manifest(_validation_path(settings, run_id), payload)
    log.debug("validate: %d days checked, success=%s", len(outcomes), payload["success"])
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


VALIDATION_CHUNK_ROWS = 50_000
_SOURCE = "__source_index"


def _without_cross_source_copies(frame: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The rows the loader keeps when two sources hold the same message (see ``replace_days``):
    of each message_key's copies from other sources only the first by time and format stays.
    Copies within one source stay, for the uniqueness check to catch. Returns (rows, dropped)."""
    ordered = frame.sort_values(["created_time", "source_format", _SOURCE], kind="stable")
    first_source = ordered.groupby("message_key")[_SOURCE].transform("first")
    kept = ordered[ordered[_SOURCE] == first_source].drop(columns=[_SOURCE])
    return kept.reset_index(drop=True), len(ordered) - len(kept)


def _validation_chunks(interval: Interval, rows_per_day: Counter[str]) -> list[list[date]]:
    chunks: list[list[date]] = [[]]
    rows = 0
    for day in interval.days():
        day_rows = rows_per_day[day.isoformat()]
        if chunks[-1] and rows + day_rows > VALIDATION_CHUNK_ROWS:
            chunks.append([])
            rows = 0
        chunks[-1].append(day)
        rows += day_rows
    return chunks


@_marks_run
def load_partitions(settings: Settings, *, run_id: str, start: date, end: date) -> dict[str, Any]:
    """Replace every day of the interval from staging, in one transaction (single writer)."""
    interval = Interval(start, end)
    keyring = keyring_for(settings)
    files = staged_files(settings.staging_dir, run_id)
    by_day = {day: files.get(day, []) for day in interval.days()}
    with writer_lock(settings.warehouse):
        con = connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
        try:
            check_key(con, keyring.key_id)
            loaded = replace_days(con, by_day, run_id=run_id)
        finally:
            con.close()
    log.debug("load: %d days committed", len(loaded))
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
    detector = next((r["detector"] for r in shard_results if r.get("detector")), None)
    if detector is None:
        detector = engine_for(settings, keyring).describe()
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
    sources: list[dict[str, Any]] = [
        {k: (dict(v) if isinstance(v, Counter) else v) for k, v in entry.items()}
        for entry in per_source.values()
    ]
    cross_duplicates = int(load_result["duplicates"]) if load_result else 0
    totals: dict[str, int] = {
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
        "detector": detector,
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


@_marks_run
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
    from pipeline.erasure import compact, purge_expired
    from pipeline.marts import build_marts, export_marketing
    from pipeline.report import write_run_report
    from privacy.audit import AuditLog
    from privacy.quarantine import QuarantineStore

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
        con = connect(settings.warehouse, memory_limit=settings.duckdb_memory_limit)
        try:
            con.execute("BEGIN TRANSACTION")
            marts = build_marts(con, settings)
            con.execute("COMMIT")
            log.debug("finalise: %d marts rebuilt", len(marts.marts))
            summary["suppressed_cells"] = marts.suppressed_cells
            summary["retention_purged"] = purge_expired(con, settings)
            summary["quarantine_purged"] = QuarantineStore(settings).purge()
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
                    "quarantine_purged": summary["quarantine_purged"],
                },
            )
            log.debug("finalise: run recorded, checkpointing")
            con.execute("CHECKPOINT")
            if summary["retention_purged"]:
                compact(con, settings.warehouse)
                log.debug("finalise: warehouse compacted after the retention purge")
        finally:
            con.close()
        export_marketing(settings)
        log.debug("finalise: marketing file replaced")
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
    """The whole run in one process (models load once): what ``convmon run`` does. It starts
    by removing what killed runs left behind (``pipeline.cleanup``)."""
    interval = Interval(start, end)
    specs = resolve_sources(settings, sources)
    run_id = new_run_id()
    with run_marker(settings.staging_dir, run_id, mode=WHOLE_RUN):
        remove_leftovers(settings, current_run=run_id)
        return _run_marked(settings, run_id, interval, specs, progress)


def _run_marked(
    settings: Settings,
    run_id: str,
    interval: Interval,
    specs: Sequence[str],
    progress: ProgressCallback | None,
) -> dict[str, Any]:
    from pipeline.validate import ValidationFailedError

    started_at = datetime.now(UTC)
    clock = time.perf_counter()
    log.info("run %s: %s to %s over %d source(s)", run_id, interval.start, interval.end, len(specs))
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
