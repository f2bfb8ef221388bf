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


class CanaryScanner:
    """Finds any generator-planted personal value in a text, as a whole word, in linear time.

    A canary can only be present if all its words are among the text's words; only those few
    candidates are then searched for exactly.
    """

    def __init__(self, demo_dataset: Path) -> None:
        canaries = json.loads((demo_dataset / "canaries.json").read_text("utf-8"))
        values = (
            canaries if isinstance(canaries, list) else [v for vs in canaries.values() for v in vs]
        )
        self.values = sorted({str(v) for v in values if len(str(v)) >= 3})
        assert self.values, "the generator wrote no canaries"
        self.words = {v: tuple(WORD.findall(v)) for v in self.values}

    def search(self, text: str) -> str | None:
        present = set(WORD.findall(text))
        for value, words in self.words.items():
            if words and all(w in present for w in words):
                if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text):
                    return value
            elif not words and value in text:
                return value
        return None


WORD = re.compile(r"\w+")


def test_the_scanner_finds_canaries_in_the_raw_input(demo_dataset: Path) -> None:
    scanner = CanaryScanner(demo_dataset)
    raw = (demo_dataset / "jsonl" / "messages.jsonl").read_text("utf-8")
    assert scanner.search(raw) is not None
    assert scanner.search("Buongiorno, il pacco CV-2026-000123 arriva domani") is None


def _written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and p.parent.name != "keys"]


def test_no_canary_in_the_bytes_of_any_written_file(
    e2e: dict[str, Any], demo_dataset: Path
) -> None:
    scanner = CanaryScanner(demo_dataset)
    files = _written_files(e2e["root"])
    assert any(p.suffix == ".duckdb" for p in files)
    assert any(p.suffix == ".html" for p in files)
    leaks = []
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        found = scanner.search(text)
        if found:
            leaks.append(f"{path.relative_to(e2e['root'])}: {found!r}")
    assert not leaks


def test_no_canary_in_staged_parquet_values(e2e: dict[str, Any], demo_dataset: Path) -> None:
    scanner = CanaryScanner(demo_dataset)
    parts = list(e2e["root"].rglob("*.parquet"))
    assert parts
    for part in parts:
        values = [str(v) for row in pq.read_table(part).to_pylist() for v in row.values()]
        assert not scanner.search("\n".join(values)), part.name


def test_no_canary_in_any_text_column(e2e: dict[str, Any], demo_dataset: Path) -> None:
    scanner = CanaryScanner(demo_dataset)
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
                text = "\n".join(str(value) for (value,) in rows)
                assert not scanner.search(text), f"{db.name}:{schema}.{table}.{column}"
        finally:
            con.close()
