"""Data subjects' rights: erasure (Art. 17), subject access (Art. 15) and retention.

A subject is named by a platform, the business Page it wrote to and its platform user id (or
phone number, on WhatsApp). convmon never stores either: it derives the subject's pseudonyms
with the key ring (every key version, so that rows written before a rotation are found too)
and works on those.

Erasure deletes every row that carries one of the pseudonyms, in every table of every schema
(messages by sender, recipient or customer; anything else that holds the value), rebuilds the
affected daily metrics, partitions and marts, rewrites staged Parquet files that hold the
subject, removes quarantined records that mention the identifier, and then rewrites the
database into a fresh file (``COPY FROM DATABASE``) that atomically replaces the old one, so
that no freed block, WAL or old page keeps a byte of the subject.

The audit log records the erasure by a *subject reference*: ``HMAC(audit chain key,
pseudonym)``. The pseudonym itself must not survive in the file, yet the key holder can still
answer "was this person erased, and when?" by recomputing the reference.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from pipeline.settings import Settings

log = logging.getLogger(__name__)

_STRING_TYPES = ("VARCHAR", "JSON")
_SKIP_TABLES = frozenset({("main", "audit_log")})


class ErasureError(Exception):
    """An erasure or subject-access request that cannot be carried out as given."""


def subject_identifiers(user_id: str | None, phone: str | None) -> list[str]:
    values = [value.strip() for value in (user_id, phone) if value and value.strip()]
    if not values:
        raise ErasureError("name the subject: give --user-id ID or (WhatsApp) --phone NUMBER")
    return values


def subject_pseudonyms(
    settings: Settings,
    *,
    platform: str,
    page_id: str,
    user_id: str | None = None,
    phone: str | None = None,
) -> list[str]:
    """The subject's ``user`` pseudonyms under every key version of the ring."""
    from privacy.pseudonym import KeyRing

    if not page_id:
        raise ErasureError("give --page PAGE_ID: the business Page the subject wrote to")
    ring = KeyRing.from_settings(settings)
    found = {
        ring.pseudonym("user", value, platform=platform, page_id=page_id, version=version)
        for value in subject_identifiers(user_id, phone)
        for version in ring.key_ids
    }
    return sorted(found)


def subject_reference(settings: Settings, pseudonym: str) -> str:
    """A one-way, keyed reference to a pseudonym, safe to keep after the erasure."""
    from privacy.audit import chain_key_from_settings

    key = chain_key_from_settings(settings)
    return hmac.new(key, b"convmon/erasure/" + pseudonym.encode(), hashlib.sha256).hexdigest()[:32]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _string_columns(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str]]:
    rows = con.execute(
        "SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns() "
        "WHERE database_name = current_database() AND NOT internal "
        "ORDER BY schema_name, table_name, column_index"
    ).fetchall()
    return [
        (str(schema), str(table), str(column))
        for schema, table, column, data_type in rows
        if str(data_type) in _STRING_TYPES and (schema, table) not in _SKIP_TABLES
    ]


def _base_tables(con: duckdb.DuckDBPyConnection) -> set[tuple[str, str]]:
    rows = con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() "
        "WHERE database_name = current_database() AND NOT temporary"
    ).fetchall()
    return {(str(schema), str(table)) for schema, table in rows}


def _in_list(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


def _delete_everywhere(con: duckdb.DuckDBPyConnection, pseudonyms: Sequence[str]) -> dict[str, int]:
    tables = _base_tables(con)
    deleted: dict[str, int] = {}
    for schema, table, column in _string_columns(con):
        if (schema, table) not in tables:
            continue
        name = f"{_quote(schema)}.{_quote(table)}"
        where = f"CAST({_quote(column)} AS VARCHAR) IN ({_in_list(pseudonyms)})"
        row = con.execute(
            f"SELECT count(*) FROM {name} WHERE {where}",  # noqa: S608 - quoted identifiers
            list(pseudonyms),
        ).fetchone()
        count = int(row[0]) if row else 0
        if count:
            con.execute(f"DELETE FROM {name} WHERE {where}", list(pseudonyms))  # noqa: S608
            label = f"{schema}.{table}" if schema != "main" else table
            deleted[label] = deleted.get(label, 0) + count
    return deleted


def remaining_occurrences(con: duckdb.DuckDBPyConnection, pseudonyms: Sequence[str]) -> int:
    """How many cells of any string column (audit log included) still contain a pseudonym."""
    total = 0
    tables = _base_tables(con)
    rows = con.execute(
        "SELECT schema_name, table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND data_type IN ('VARCHAR', 'JSON')"
    ).fetchall()
    for schema, table, column in rows:
        if (schema, table) not in tables:
            continue
        for pseudonym in pseudonyms:
            row = con.execute(
                f"SELECT count(*) FROM {_quote(schema)}.{_quote(table)} "  # noqa: S608
                f"WHERE contains(CAST({_quote(column)} AS VARCHAR), ?)",
                [pseudonym],
            ).fetchone()
            total += int(row[0]) if row else 0
    return total


def _refresh_partitions(con: duckdb.DuckDBPyConnection, days: Sequence[date]) -> None:
    from pipeline.warehouse import day_hash

    for day in days:
        row = con.execute("SELECT count(*) FROM messages WHERE day = ?", [day]).fetchone()
        rows = int(row[0]) if row else 0
        con.execute(
            "UPDATE partitions SET rows_loaded = ?, content_hash = ? WHERE day = ?",
            [rows, day_hash(con, day), day],
        )


def _has_marts(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'marts'").fetchone()
    return bool(row and row[0])


def _rebuild_marts(con: duckdb.DuckDBPyConnection, settings: Settings) -> bool:
    if not _has_marts(con):
        return False
    try:
        from pipeline.marts import build_marts
    except ImportError:
        return False
    build_marts(con, settings)
    return True


def compact(con: duckdb.DuckDBPyConnection, path: Path) -> Path:
    """Rewrite the database into a fresh file and replace ``path`` with it; closes ``con``.

    ``CHECKPOINT`` alone leaves freed blocks (and their bytes) in the file: a full copy does not.
    """
    fresh = path.with_name(f".{path.name}.compact-{os.getpid()}")
    for leftover in (fresh, fresh.with_name(fresh.name + ".wal")):
        leftover.unlink(missing_ok=True)
    row = con.execute("SELECT current_database()").fetchone()
    assert row is not None
    source = str(row[0])
    literal = str(fresh).replace("'", "''")
    con.execute("CHECKPOINT")
    con.execute(f"ATTACH '{literal}' AS convmon_compacted")
    try:
        con.execute(f"COPY FROM DATABASE {_quote(source)} TO convmon_compacted")
    finally:
        con.execute("DETACH convmon_compacted")
    con.close()
    mode = path.stat().st_mode & 0o777
    os.chmod(fresh, mode)
    os.replace(fresh, path)
    path.with_name(path.name + ".wal").unlink(missing_ok=True)
    fresh.with_name(fresh.name + ".wal").unlink(missing_ok=True)
    return path


def _rewrite_staging(settings: Settings, pseudonyms: Sequence[str]) -> int:
    """Drop the subject's rows from staged Parquet files; returns how many files changed."""
    root = settings.staging_dir
    if not root.exists():
        return 0
    changed = 0
    con = duckdb.connect()
    try:
        for path in sorted(root.rglob("*.parquet")):
            where = (
                f"sender_key IN ({_in_list(pseudonyms)}) OR customer_key IN "
                f"({_in_list(pseudonyms)}) OR coalesce(recipient_key, '') IN "
                f"({_in_list(pseudonyms)})"
            )
            params = [str(path), *pseudonyms, *pseudonyms, *pseudonyms]
            row = con.execute(
                f"SELECT count(*) FROM read_parquet(?) WHERE {where}",  # noqa: S608
                params,
            ).fetchone()
            if not row or not row[0]:
                continue
            tmp = path.with_name(path.name + ".erasure.tmp")
            literal = str(tmp).replace("'", "''")
            con.execute(
                f"COPY (SELECT * FROM read_parquet(?) WHERE NOT ({where})) "  # noqa: S608
                f"TO '{literal}' (FORMAT parquet, COMPRESSION zstd)",
                params,
            )
            os.replace(tmp, path)
            changed += 1
    finally:
        con.close()
    return changed


def _erase_quarantine(settings: Settings, identifiers: Sequence[str]) -> int | None:
    """Remove quarantined records whose raw bytes mention the subject; None without a key."""
    from privacy.quarantine import QuarantineError, QuarantineStore

    try:
        store = QuarantineStore(settings)
        entries = store.list()
    except QuarantineError:
        return None
    needles = {value.encode("utf-8") for value in identifiers}
    needles |= {
        "".join(ch for ch in value if ch.isdigit()).encode()
        for value in identifiers
        if sum(ch.isdigit() for ch in value) >= 8
    }
    removed = 0
    for entry in entries:
        try:
            raw = store.show(entry.id).raw
        except QuarantineError:
            continue
        if any(needle and needle in raw for needle in needles):
            store.remove(entry.id)
            removed += 1
    return removed


def forget_subject(
    settings: Settings,
    *,
    platform: str,
    page_id: str,
    user_id: str | None = None,
    phone: str | None = None,
) -> dict[str, Any]:
    """Erase one subject everywhere convmon keeps data; returns counts (no identifiers)."""
    from pipeline.warehouse import connect, rebuild_daily_metrics, writer_lock
    from privacy.audit import AuditLog

    identifiers = subject_identifiers(user_id, phone)
    pseudonyms = subject_pseudonyms(
        settings, platform=platform, page_id=page_id, user_id=user_id, phone=phone
    )
    references = sorted(subject_reference(settings, p) for p in pseudonyms)
    erasure_id = f"erasure-{datetime.now(UTC):%Y%m%dT%H%M%SZ}"
    deleted: dict[str, int] = {}
    days: list[date] = []
    marts_rebuilt = False
    with writer_lock(settings.warehouse):
        if settings.warehouse.exists():
            con = connect(settings.warehouse)
            try:
                in_list = _in_list(pseudonyms)
                days = [
                    row[0]
                    for row in con.execute(
                        "SELECT DISTINCT day FROM messages WHERE sender_key IN "  # noqa: S608
                        f"({in_list}) OR customer_key IN ({in_list}) OR recipient_key IN "
                        f"({in_list}) ORDER BY day",
                        [*pseudonyms, *pseudonyms, *pseudonyms],
                    ).fetchall()
                ]
                con.execute("BEGIN TRANSACTION")
                try:
                    deleted = _delete_everywhere(con, pseudonyms)
                    rebuild_daily_metrics(con, days, run_id=erasure_id)
                    _refresh_partitions(con, days)
                    con.execute("COMMIT")
                except BaseException:
                    con.execute("ROLLBACK")
                    raise
                marts_rebuilt = _rebuild_marts(con, settings)
                AuditLog.from_settings(con, settings).append(
                    "erasure",
                    {
                        "erasure_id": erasure_id,
                        "platform": platform,
                        "subject_refs": references,
                        "rows_deleted": deleted,
                        "days": [d.isoformat() for d in days],
                    },
                )
                remaining = remaining_occurrences(con, pseudonyms)
            except BaseException:
                con.close()
                raise
            compact(con, settings.warehouse)
            if marts_rebuilt and settings.marketing_path.exists():
                from pipeline.marts import export_marketing

                export_marketing(settings)
        else:
            remaining = 0
        staging_files = _rewrite_staging(settings, pseudonyms)
    quarantine_removed = _erase_quarantine(settings, identifiers)
    log.info("erasure %s: %d row(s) deleted", erasure_id, sum(deleted.values()))
    return {
        "erasure_id": erasure_id,
        "subject_refs": references,
        "rows_deleted": deleted,
        "total_rows_deleted": sum(deleted.values()),
        "days": [d.isoformat() for d in days],
        "marts_rebuilt": marts_rebuilt,
        "staging_files_rewritten": staging_files,
        "quarantine_removed": quarantine_removed,
        "remaining_occurrences": remaining,
        "compacted": settings.warehouse.exists(),
    }


def subject_access(
    settings: Settings,
    *,
    platform: str,
    page_id: str,
    user_id: str | None = None,
    phone: str | None = None,
) -> dict[str, Any]:
    """What the warehouse holds about one subject (GDPR Art. 15), as a JSON-able dict."""
    from pipeline.warehouse import connect

    pseudonyms = subject_pseudonyms(
        settings, platform=platform, page_id=page_id, user_id=user_id, phone=phone
    )
    messages: list[dict[str, Any]] = []
    if settings.warehouse.exists():
        con = connect(settings.warehouse, read_only=True)
        try:
            in_list = _in_list(pseudonyms)
            cursor = con.execute(
                "SELECT conversation_key, platform, page_id, created_time, sender_role, "  # noqa: S608
                f"sender_key IN ({in_list}) AS subject_sent, language, text_anon, n_chars, "
                "entity_counts, attachment_count, attachment_types, topics, sentiment, "
                f"source_format, run_id FROM messages WHERE sender_key IN ({in_list}) OR "
                f"customer_key IN ({in_list}) OR recipient_key IN ({in_list}) "
                "ORDER BY created_time, message_key",
                [*pseudonyms, *pseudonyms, *pseudonyms, *pseudonyms],
            )
            names = [d[0] for d in cursor.description or []]
            for row in cursor.fetchall():
                item = dict(zip(names, row, strict=True))
                item["created_time"] = item["created_time"].astimezone(UTC).isoformat()
                messages.append(item)
        finally:
            con.close()
    conversations = sorted({m["conversation_key"] for m in messages})
    return {
        "generated_at": datetime.now(UTC).isoformat(),
        "controller_note": (
            "convmon keeps no name, user id or phone number: the subject is known to it only by "
            "keyed pseudonyms, and message texts are stored with personal data replaced."
        ),
        "platform": platform,
        "page_id": page_id,
        "pseudonyms": pseudonyms,
        "purposes": [p["purpose"] for p in _purposes()],
        "retention_days": settings.retention_days,
        "conversations": len(conversations),
        "messages_count": len(messages),
        "first_message": messages[0]["created_time"] if messages else None,
        "last_message": messages[-1]["created_time"] if messages else None,
        "messages": messages,
    }


def _purposes() -> list[dict[str, str]]:
    from pipeline.ropa import PURPOSES

    return PURPOSES


def purge_expired(
    con: duckdb.DuckDBPyConnection, settings: Settings, *, today: date | None = None
) -> int:
    """Delete message-level rows older than ``retention_days``; the purge is audit-logged."""
    from privacy.audit import AuditLog

    cutoff = (today or datetime.now(UTC).date()) - timedelta(days=settings.retention_days)
    days = [
        row[0]
        for row in con.execute(
            "SELECT DISTINCT day FROM messages WHERE day < ? ORDER BY day", [cutoff]
        ).fetchall()
    ]
    row = con.execute("SELECT count(*) FROM messages WHERE day < ?", [cutoff]).fetchone()
    purged = int(row[0]) if row else 0
    if purged:
        con.execute("DELETE FROM messages WHERE day < ?", [cutoff])
        con.execute("DELETE FROM partitions WHERE day < ?", [cutoff])
    AuditLog.from_settings(con, settings).append(
        "retention_purge",
        {
            "cutoff": cutoff.isoformat(),
            "retention_days": settings.retention_days,
            "rows": purged,
            "days": len(days),
            "first_day": days[0].isoformat() if days else None,
            "last_day": days[-1].isoformat() if days else None,
        },
    )
    return purged
