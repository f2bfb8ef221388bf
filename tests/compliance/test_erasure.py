"""GDPR: erasure leaves no row and no byte of the subject; subject access; retention."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.erasure import (
    ErasureError,
    forget_subject,
    purge_expired,
    subject_access,
    subject_reference,
)
from pipeline.settings import Settings
from pipeline.warehouse import connect
from privacy.audit import AuditLog
from tests.compliance.conftest import PAGE

Seeded = tuple[Settings, dict[str, Any]]


def _file_bytes(settings: Settings) -> bytes:
    data = settings.warehouse.read_bytes()
    wal = settings.warehouse.with_name(settings.warehouse.name + ".wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _staged_bytes(settings: Settings) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(settings.staging_dir.rglob("*.parquet")))


def _count(settings: Settings, sql: str, params: list[Any] | None = None) -> int:
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        row = con.execute(sql, params or []).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])


def _raw_is_findable(settings: Settings, value: str) -> None:
    """Guard: the byte grep means something only if the value is stored uncompressed before."""
    assert value.encode() in _file_bytes(settings) or value.encode() in _staged_bytes(settings)


def test_forget_by_user_id_leaves_no_row_and_no_byte(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    subject = info["subject"]
    _raw_is_findable(settings, subject)
    before = _count(settings, "SELECT count(*) FROM messages")

    result = forget_subject(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )

    assert result["rows_deleted"]["messages"] == info["subject_rows"]
    assert result["remaining_occurrences"] == 0
    assert _count(settings, "SELECT count(*) FROM messages") == before - info["subject_rows"]
    for column in ("sender_key", "recipient_key", "customer_key"):
        sql = f"SELECT count(*) FROM messages WHERE {column} = ?"
        assert _count(settings, sql, [subject]) == 0
    assert subject.encode() not in _file_bytes(settings)
    assert subject.encode() not in _staged_bytes(settings)
    assert info["subject_id"].encode() not in _file_bytes(settings)
    for other in info["others"]:
        assert (
            _count(settings, "SELECT count(*) FROM messages WHERE customer_key = ?", [other]) == 6
        )


def test_forget_recomputes_daily_metrics_and_partitions(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    forget_subject(settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"])
    day = info["days"][0]
    customers = _count(
        settings,
        "SELECT sum(distinct_customers) FROM daily_metrics WHERE day = ? AND platform = ?",
        [day, "messenger"],
    )
    assert customers == len(info["others"])
    rows = _count(settings, "SELECT rows_loaded FROM partitions WHERE day = ?", [day])
    assert rows == _count(settings, "SELECT count(*) FROM messages WHERE day = ?", [day])


def test_erasure_is_audited_by_reference_never_by_id_or_pseudonym(
    seeded_warehouse: Seeded,
) -> None:
    settings, info = seeded_warehouse
    result = forget_subject(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    con = connect(settings.warehouse, read_only=True)
    try:
        log = AuditLog.from_settings(con, settings)
        entries = log.entries(kind="erasure")
        assert log.verify().ok
    finally:
        con.close()
    assert len(entries) == 1
    payload = entries[0].payload
    assert payload["subject_refs"] == result["subject_refs"]
    assert subject_reference(settings, info["subject"]) in payload["subject_refs"]
    text = repr(payload) + repr(result)
    assert info["subject"] not in text and info["subject_id"] not in text


@pytest.mark.parametrize(
    "phone",
    [
        pytest.param(None, id="phone-as-stored"),
        pytest.param("spaced", id="phone-other-spacing"),
    ],
)
def test_forget_whatsapp_subject_by_phone(seeded_warehouse: Seeded, phone: str | None) -> None:
    settings, info = seeded_warehouse
    number = info["subject_phone"]
    if phone == "spaced":
        number = number.replace(" ", "")
    _raw_is_findable(settings, info["whatsapp_subject"])
    result = forget_subject(settings, platform="whatsapp", page_id=PAGE, phone=number)
    assert result["rows_deleted"] == {"messages": 1}
    assert info["whatsapp_subject"].encode() not in _file_bytes(settings)
    assert (
        _count(settings, "SELECT count(*) FROM messages WHERE customer_key = ?", [info["subject"]])
        == info["subject_rows"]
    )


def test_forget_rebuilds_the_marts(seeded_warehouse: Seeded) -> None:
    from pipeline.marts import build_marts

    settings, info = seeded_warehouse
    con = connect(settings.warehouse)
    try:
        build_marts(con, settings)
    finally:
        con.close()
    result = forget_subject(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    assert result["marts_rebuilt"]
    assert result["remaining_occurrences"] == 0
    assert info["subject"].encode() not in _file_bytes(settings)


def test_forget_without_identifier_says_how_to_fix(seeded_warehouse: Seeded) -> None:
    settings, _ = seeded_warehouse
    with pytest.raises(ErasureError, match="--user-id"):
        forget_subject(settings, platform="messenger", page_id=PAGE)


def test_subject_access_exports_what_is_held(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    export = subject_access(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    assert export["messages_count"] == info["subject_rows"]
    assert export["conversations"] == 1
    assert export["pseudonyms"] == [info["subject"]]
    assert sum(1 for m in export["messages"] if m["subject_sent"]) == 3
    assert info["subject_id"] not in repr(export)
    nobody = subject_access(settings, platform="messenger", page_id=PAGE, user_id="1")
    assert nobody["messages_count"] == 0


def test_purge_expired_deletes_old_days_and_logs(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    today = info["days"][1] + timedelta(days=settings.retention_days)
    con = connect(settings.warehouse)
    try:
        purged = purge_expired(con, settings, today=today)
        left = con.execute("SELECT min(day), count(*) FROM messages").fetchone()
        log = AuditLog.from_settings(con, settings)
        entries = log.entries(kind="retention_purge")
        assert log.verify().ok
    finally:
        con.close()
    assert purged == 8
    assert left is not None and left[0] == info["days"][1]
    assert entries[-1].payload["rows"] == 8
    assert entries[-1].payload["cutoff"] == info["days"][1].isoformat()


def test_compaction_keeps_file_mode_and_content(seeded_warehouse: Seeded, tmp_path: Path) -> None:
    settings, info = seeded_warehouse
    mode = settings.warehouse.stat().st_mode & 0o777
    forget_subject(settings, platform="messenger", page_id=PAGE, user_id="nobody-123")
    assert settings.warehouse.stat().st_mode & 0o777 == mode
    assert _count(settings, "SELECT count(*) FROM messages") == info["rows"]
    assert not list(settings.warehouse.parent.glob(".*compact*"))


def test_forget_removes_quarantined_records_that_mention_the_subject(
    seeded_warehouse: Seeded,
) -> None:
    from pipeline.sources.base import Rejected, SourceRef
    from privacy.quarantine import QuarantineStore

    settings, info = seeded_warehouse
    store = QuarantineStore(settings)
    about = store.put(
        Rejected(
            "bad_json", SourceRef("inbox.json", 3), f'{{"from": "{info["subject_id"]}"'.encode()
        ),
        run_id="r1",
        source="jsonl:inbox.json",
    )
    other = store.put(
        Rejected("bad_json", SourceRef("inbox.json", 4), b'{"from": "someone else"'),
        run_id="r1",
        source="jsonl:inbox.json",
    )
    result = forget_subject(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    assert result["quarantine_removed"] == 1
    assert [e.id for e in store.list()] == [other] != [about]
