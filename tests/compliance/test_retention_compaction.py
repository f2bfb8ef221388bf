"""Retention: a run that purges expired rows rewrites the file, so no freed block keeps them."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run_interval
from privacy.audit import AuditLog
from tests.conftest import build_settings

pytestmark = pytest.mark.slow

CANARY = "CV-2026-047113"
OLD_DAY = date(2026, 11, 3)


def _message(i: int, day: date, text: str) -> dict[str, object]:
    return {
        "message_id": f"m_{i}",
        "conversation_id": f"t_{day.isoformat()}",
        "platform": "messenger",
        "page_id": "104857600000001",
        "sender_id": "7000000000000001",
        "sender_name": "Ada Test",
        "sender_role": "customer",
        "recipient_id": "104857600000001",
        "created_time": f"{day.isoformat()}T10:{i:02d}:00+00:00",
        "text": text,
    }


def _database_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + ".wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_retention_purge_leaves_no_byte_of_the_purged_rows(tmp_path: Path) -> None:
    recent = datetime.now(UTC).date() - timedelta(days=1)
    lines = [
        _message(1, OLD_DAY, f"Buongiorno, quando arriva il mio ordine {CANARY}?"),
        _message(2, OLD_DAY, f"Ordine {CANARY}: grazie mille"),
        _message(3, recent, "Buongiorno, avete la taglia M?"),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    spec = [f"jsonl:{source}"]
    keep = build_settings(tmp_path / "run")
    first = run_interval(keep, start=OLD_DAY, end=OLD_DAY + timedelta(days=1), sources=spec)
    assert first["status"] == "succeeded" and first["totals"]["loaded"] == 2
    assert CANARY.encode() in _database_bytes(keep.warehouse), "guard: canary stored as bytes"

    purging = build_settings(tmp_path / "run", retention_days=2)
    second = run_interval(purging, start=recent, end=recent + timedelta(days=1), sources=spec)

    assert second["status"] == "succeeded"
    assert second["retention_purged"] == 2
    assert CANARY.encode() not in _database_bytes(purging.warehouse)
    assert not list(purging.warehouse.parent.glob(".*compact*"))
    con = duckdb.connect(str(purging.warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM runs").fetchone() == (2,)
        assert AuditLog.from_settings(con, purging).verify().ok
    finally:
        con.close()
