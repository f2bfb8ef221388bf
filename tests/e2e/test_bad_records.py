"""Bad JSONL records are quarantined with reasons and counted; the good ones still load."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.run import run_interval
from pipeline.settings import Settings

pytestmark = pytest.mark.slow


def good(i: int, role: str = "customer") -> dict[str, object]:
    return {
        "message_id": f"m_{i}",
        "conversation_id": "t_1",
        "platform": "messenger",
        "page_id": "104857600000001",
        "sender_id": "104857600000001" if role == "agent" else "7000000000000001",
        "sender_name": "Casa Verde" if role == "agent" else "Ada Test",
        "sender_role": role,
        "recipient_id": "7000000000000001" if role == "agent" else "104857600000001",
        "created_time": f"2026-11-03T10:{i:02d}:00+00:00",
        "text": "Buongiorno, quando arriva il mio ordine CV-2026-000123?",
    }


def test_bad_jsonl_records_are_quarantined_and_counted(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    missing = good(3)
    del missing["sender_role"]
    wrong_type = good(4)
    wrong_type["created_time"] = 12
    lines = [
        json.dumps(good(1)),
        json.dumps(good(2, "agent")),
        json.dumps(good(5))[:40],  # truncated line
        json.dumps(missing),
        json.dumps(wrong_type),
        json.dumps(good(6)),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = make_settings()

    summary = run_interval(
        settings, start=date(2026, 11, 3), end=date(2026, 11, 4), sources=[f"jsonl:{source}"]
    )

    totals = summary["totals"]
    assert summary["status"] == "succeeded"
    assert (totals["read"], totals["loaded"], totals["quarantined"]) == (6, 3, 3)
    reasons = summary["sources"][0]["quarantined_by_reason"]
    assert sum(reasons.values()) == 3
    assert len(reasons) >= 2, reasons
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM messages").fetchone() == (3,)
    finally:
        con.close()
    quarantined = [p for p in settings.quarantine_dir.rglob("*") if p.is_file()]
    assert quarantined
    for path in quarantined:
        assert b"Ada Test" not in path.read_bytes()
        assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by others"
