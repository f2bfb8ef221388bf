"""End to end: a real run over generated data into a real DuckDB file, twice."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.run import run_interval
from tests.conftest import build_settings

pytestmark = pytest.mark.slow

CONTENT_TABLES = {
    "messages": "SELECT * EXCLUDE (run_id) FROM messages ORDER BY message_key",
    "daily_metrics": "SELECT * EXCLUDE (run_id) FROM daily_metrics ORDER BY ALL",
    "partitions": "SELECT day, rows_loaded, content_hash FROM partitions ORDER BY day",
}


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in CONTENT_TABLES.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def e2e(
    tmp_path_factory: pytest.TempPathFactory, demo_dataset: Path, demo_manifest: dict[str, Any]
) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("e2e")
    settings = build_settings(root)
    start = date.fromisoformat(demo_manifest["start"])
    end = date.fromisoformat(demo_manifest["end"])
    sources = [f"graph-api:{demo_dataset / 'graph-api'}"]
    first = run_interval(settings, start=start, end=end, sources=sources)
    snap1 = snapshot(settings.warehouse)
    second = run_interval(settings, start=start, end=end, sources=sources)
    snap2 = snapshot(settings.warehouse)
    return {
        "root": root,
        "settings": settings,
        "first": first,
        "second": second,
        "snap1": snap1,
        "snap2": snap2,
    }


def test_run_succeeds_and_loads_every_message(
    e2e: dict[str, Any], demo_manifest: dict[str, Any]
) -> None:
    totals = e2e["first"]["totals"]
    assert e2e["first"]["status"] == "succeeded"
    assert totals["read"] == demo_manifest["messages"]
    assert totals["read"] == totals["loaded"] + totals["quarantined"] + totals["duplicates"]
    assert totals["loaded"] > 0


def test_running_twice_gives_identical_tables(e2e: dict[str, Any]) -> None:
    assert e2e["snap1"]["messages"], "the warehouse is empty"
    for table in CONTENT_TABLES:
        assert e2e["snap1"][table] == e2e["snap2"][table], table


def test_pseudonyms_have_the_documented_format(e2e: dict[str, Any]) -> None:
    con = duckdb.connect(str(e2e["settings"].warehouse), read_only=True)
    try:
        bad = con.execute(
            "SELECT count(*) FROM messages WHERE NOT regexp_full_match(message_key, '[0-9a-f]{32}')"
            " OR NOT regexp_full_match(sender_key, '[0-9a-f]{32}')"
            " OR NOT regexp_full_match(customer_key, '[0-9a-f]{32}')"
            " OR NOT regexp_full_match(conversation_key, '[0-9a-f]{32}')"
        ).fetchone()
    finally:
        con.close()
    assert bad == (0,)


def _canary_pattern(demo_dataset: Path) -> re.Pattern[str]:
    canaries = json.loads((demo_dataset / "canaries.json").read_text("utf-8"))
    values = canaries if isinstance(canaries, list) else [v for vs in canaries.values() for v in vs]
    values = sorted({str(v) for v in values if len(str(v)) >= 3}, key=len, reverse=True)
    assert values, "the generator wrote no canaries"
    return re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in values))


def _written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "keys"]


def test_no_canary_in_the_bytes_of_any_written_file(
    e2e: dict[str, Any], demo_dataset: Path
) -> None:
    pattern = _canary_pattern(demo_dataset)
    files = _written_files(e2e["root"])
    assert any(p.suffix == ".duckdb" for p in files)
    assert any(p.suffix == ".html" for p in files)
    leaks = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        found = pattern.search(text)
        if found:
            leaks.append(f"{path.relative_to(e2e['root'])}: {found.group(0)!r}")
    assert not leaks


def test_no_canary_in_staged_parquet_values(e2e: dict[str, Any], demo_dataset: Path) -> None:
    pattern = _canary_pattern(demo_dataset)
    parts = list(e2e["root"].rglob("*.parquet"))
    assert parts
    for part in parts:
        for row in pq.read_table(part).to_pylist():
            for value in row.values():
                assert not pattern.search(str(value)), part.name


def test_no_canary_in_any_text_column(e2e: dict[str, Any], demo_dataset: Path) -> None:
    pattern = _canary_pattern(demo_dataset)
    for db in e2e["root"].rglob("*.duckdb"):
        con = duckdb.connect(str(db), read_only=True)
        try:
            columns = con.execute(
                "SELECT table_schema, table_name, column_name FROM information_schema.columns "
                "WHERE data_type IN ('VARCHAR', 'JSON', 'VARCHAR[]')"
            ).fetchall()
            assert columns
            for schema, table, column in columns:
                rows = con.execute(
                    f'SELECT CAST("{column}" AS VARCHAR) FROM "{schema}"."{table}"'
                ).fetchall()
                for (value,) in rows:
                    assert not pattern.search(str(value)), f"{db.name}:{table}.{column}"
        finally:
            con.close()
