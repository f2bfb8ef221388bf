"""``convmon query``, ``convmon marts`` and ``convmon dashboard`` through the real CLI app."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.marts import MARTS, build_marts

from .conftest import Warehouse

runner = CliRunner()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, marketing_file: Path) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONVMON_MARKETING_WAREHOUSE", str(marketing_file))
    return tmp_path


SQL = "SELECT day, sum(messages_in) AS n FROM daily_activity GROUP BY day ORDER BY day LIMIT 3"


def test_query_table(env: Path) -> None:
    result = runner.invoke(app, ["query", SQL])
    assert result.exit_code == 0, result.output
    assert "2026-02-01" in result.output


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet"], ids=["csv", "json", "parquet"])
def test_query_formats_to_file(env: Path, fmt: str) -> None:
    out = env / f"out.{fmt}"
    result = runner.invoke(app, ["query", SQL, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "day,n" and len(lines) == 4
    elif fmt == "json":
        records = json.loads(out.read_text(encoding="utf-8"))
        assert records[0]["day"] == "2026-02-01" and len(records) == 3
    else:
        assert pq.read_table(out).num_rows == 3


@pytest.mark.parametrize(
    "sql",
    [
        "DROP TABLE daily_activity",
        "CREATE TABLE x AS SELECT 1",
        "SELECT * FROM read_csv('/etc/hostname')",
        "ATTACH 'convmon.duckdb' AS warehouse",
        "COPY daily_activity TO 'leak.csv'",
        "SELECT * FROM messages",
    ],
    ids=["drop", "create", "read-other-file", "attach-warehouse", "copy-out", "no-messages-table"],
)
def test_query_is_read_only_and_confined(env: Path, sql: str) -> None:
    result = runner.invoke(app, ["query", sql])
    assert result.exit_code == 2, result.output
    assert not (env / "leak.csv").exists()


def test_query_without_marketing_file_says_how_to_fix(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONVMON_MARKETING_WAREHOUSE", str(tmp_path / "missing.duckdb"))
    result = runner.invoke(app, ["query", "SELECT 1"])
    assert result.exit_code == 2
    assert "convmon run" in result.output


def test_marts_lists_every_mart_with_columns(env: Path) -> None:
    result = runner.invoke(app, ["marts"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for mart in MARTS:
        assert mart.name in result.output
        assert mart.description[:40] in result.output
    assert "customers BIGINT" in result.output


def test_dashboard_command_writes_a_page(env: Path) -> None:
    out = env / "dash" / "dashboard.html"
    result = runner.invoke(app, ["dashboard", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")


def test_marts_export_copies_the_warehouse_marts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, warehouse: Warehouse
) -> None:
    from .conftest import make_settings

    for i in range(5):
        warehouse.add(f"e{i}", "customer", "2026-03-02T09:00:00+00:00")
    settings = make_settings(tmp_path)
    build_marts(warehouse.con, settings)
    warehouse.con.close()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONVMON_WAREHOUSE", str(warehouse.path))
    monkeypatch.setenv("CONVMON_MARKETING_WAREHOUSE", str(tmp_path / "mk.duckdb"))
    result = runner.invoke(app, ["marts", "--export"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["query", "SELECT customers FROM daily_activity", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["customers", "5"]


def test_table_format_refuses_an_output_file(env: Path) -> None:
    result = runner.invoke(app, ["query", SQL, "-o", str(env / "x.txt")])
    assert result.exit_code == 2
    assert not (env / "x.txt").exists()
