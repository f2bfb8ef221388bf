"""The DAGs for real with ``airflow dags test``: SQLite metadata DB, demo data, real warehouse.

One module fixture runs, in a temporary AIRFLOW_HOME: conversation_monitoring twice for the
same demo day (idempotency), marketing_report, then subject_erasure of one demo customer.
"""

from __future__ import annotations

import json
import re
import secrets
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.settings import Settings
from pipeline.subject_requests import create_request, pending_requests

from .airflow_env import airflow_env, run_airflow

pytestmark = pytest.mark.slow

DEMO_DAY = date(2026, 11, 3)
SNAPSHOT_SQL = {
    "messages": "SELECT * EXCLUDE (run_id) FROM messages ORDER BY message_key",
    "partitions": "SELECT day, rows_loaded, content_hash FROM partitions ORDER BY day",
}


def warehouse_snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in SNAPSHOT_SQL.items()}
    finally:
        con.close()


def metadata(home: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(home / "airflow.db")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def demo_customer(demo_dataset: Path, day: date) -> dict[str, str]:
    """A customer who wrote on ``day`` (platform, page and platform user id)."""
    with (demo_dataset / "jsonl" / "messages.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["sender_role"] == "customer" and row["created_time"].startswith(day.isoformat()):
                return {k: row[k] for k in ("platform", "page_id", "sender_id")}
    raise AssertionError(f"the demo data has no customer message on {day}")


@pytest.fixture(scope="module")
def dag_runs(tmp_path_factory: pytest.TempPathFactory, demo_dataset: Path) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("dag-test")
    home = root / "airflow"
    home.mkdir()
    keys = {"pseudonym": secrets.token_hex(32), "quarantine": secrets.token_hex(32)}
    env = airflow_env(
        home,
        CONVMON_WAREHOUSE=str(root / "warehouse" / "convmon.duckdb"),
        CONVMON_DATA_DIR=str(root / "var"),
        CONVMON_SOURCE=f"graph-api:{demo_dataset / 'graph-api'}",
        # the quarantine key through the environment secrets backend, the pseudonym key below
        # through the metadata DB: both are Airflow Variables to the DAG
        AIRFLOW_VAR_CONVMON_QUARANTINE_KEY=keys["quarantine"],
    )
    run_airflow(["db", "migrate"], env)
    run_airflow(["pools", "set", "convmon_warehouse_writer", "1", "convmon writer"], env)
    run_airflow(["variables", "set", "convmon_pseudonym_key", keys["pseudonym"]], env)

    logical_date = (DEMO_DAY + timedelta(days=1)).isoformat()
    warehouse = root / "warehouse" / "convmon.duckdb"
    runs: dict[str, Any] = {"root": root, "home": home, "keys": keys, "env": env}
    runs["first"] = run_airflow(["dags", "test", "conversation_monitoring", logical_date], env)
    runs["snap1"] = warehouse_snapshot(warehouse)
    runs["second"] = run_airflow(["dags", "test", "conversation_monitoring", logical_date], env)
    runs["snap2"] = warehouse_snapshot(warehouse)
    runs["marketing"] = run_airflow(["dags", "test", "marketing_report"], env)

    customer = demo_customer(demo_dataset, DEMO_DAY)
    runs["customer"] = customer
    runs["pseudonyms"] = subject_pseudonyms(runs, customer)
    runs["before_erasure"] = rows_of(warehouse, runs["pseudonyms"])
    # the compliance officer seals the request; Airflow's conf holds only its reference
    runs["request"] = create_request(
        convmon_settings(runs),
        platform=customer["platform"],
        page_id=customer["page_id"],
        user_id=customer["sender_id"],
    )
    conf = {"request": runs["request"]}
    runs["erasure"] = run_airflow(["dags", "test", "subject_erasure", "-c", json.dumps(conf)], env)
    runs["after_erasure"] = rows_of(warehouse, runs["pseudonyms"])
    return runs


def convmon_settings(runs: dict[str, Any]) -> Settings:
    """The settings the DAGs' tasks see (same keys, warehouse and data dir)."""
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        pseudonym_key=runs["keys"]["pseudonym"],
        quarantine_key=runs["keys"]["quarantine"],
        warehouse=runs["root"] / "warehouse" / "convmon.duckdb",
        data_dir=runs["root"] / "var",
    )


def subject_pseudonyms(runs: dict[str, Any], customer: dict[str, str]) -> list[str]:
    from pipeline.erasure import subject_pseudonyms as derive

    return list(
        derive(
            convmon_settings(runs),
            platform=customer["platform"],
            page_id=customer["page_id"],
            user_id=customer["sender_id"],
        )
    )


def rows_of(warehouse: Path, pseudonyms: list[str]) -> int:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        marks = ", ".join("?" for _ in pseudonyms)
        row = con.execute(
            f"SELECT count(*) FROM messages WHERE sender_key IN ({marks}) "
            f"OR customer_key IN ({marks})",
            [*pseudonyms, *pseudonyms],
        ).fetchone()
    finally:
        con.close()
    assert row is not None
    return int(row[0])


def test_every_dag_run_succeeded(dag_runs: dict[str, Any]) -> None:
    # the re-run of the same logical date re-uses (and clears) the first run's DagRun
    states = metadata(dag_runs["home"], "SELECT dag_id, state FROM dag_run ORDER BY dag_id")
    assert states == [
        ("conversation_monitoring", "success"),
        ("marketing_report", "success"),
        ("subject_erasure", "success"),
    ]


def test_extraction_ran_as_mapped_shards(dag_runs: dict[str, Any]) -> None:
    rows = metadata(
        dag_runs["home"],
        "SELECT DISTINCT map_index FROM task_instance WHERE task_id = 'extract_anonymise' "
        "AND state = 'success' ORDER BY map_index",
    )
    assert rows == [(0,), (1,)]


def test_warehouse_holds_exactly_the_demo_day(dag_runs: dict[str, Any]) -> None:
    partitions = dag_runs["snap1"]["partitions"]
    assert [row[0] for row in partitions] == [DEMO_DAY]
    assert partitions[0][1] == len(dag_runs["snap1"]["messages"]) > 0


def test_rerunning_the_interval_gives_the_same_warehouse(dag_runs: dict[str, Any]) -> None:
    assert dag_runs["snap1"] == dag_runs["snap2"]


def test_run_report_reconciles(dag_runs: dict[str, Any]) -> None:
    reports = sorted((dag_runs["root"] / "var" / "reports").glob("*.json"))
    summaries = [json.loads(p.read_text("utf-8")) for p in reports]
    runs = [s for s in summaries if "totals" in s]
    assert len(runs) == 2
    for summary in runs:
        totals = summary["totals"]
        assert summary["status"] == "succeeded"
        assert summary["interval"]["start"] == DEMO_DAY.isoformat()
        assert totals["read"] == totals["loaded"] + totals["quarantined"] + totals["duplicates"]


def test_marketing_report_wrote_the_dashboard(dag_runs: dict[str, Any]) -> None:
    dashboard = dag_runs["root"] / "var" / "reports" / "dashboard.html"
    assert dashboard.read_text("utf-8").lstrip().lower().startswith("<!doctype html")


def test_subject_erasure_removed_every_row_of_the_subject(dag_runs: dict[str, Any]) -> None:
    assert dag_runs["before_erasure"] > 0
    assert dag_runs["after_erasure"] == 0


def test_subject_identifier_is_masked_in_the_erasure_log(dag_runs: dict[str, Any]) -> None:
    output = dag_runs["erasure"].stdout + dag_runs["erasure"].stderr
    assert dag_runs["customer"]["sender_id"] not in output


def test_airflow_metadata_never_holds_the_subject_identifier(dag_runs: dict[str, Any]) -> None:
    """The run conf (stored by Airflow) names the sealed request, not the person; the request
    file is gone once the erasure succeeded."""
    confs = metadata(dag_runs["home"], "SELECT conf FROM dag_run WHERE dag_id = 'subject_erasure'")
    assert len(confs) == 1
    stored = confs[0][0]
    text = stored if isinstance(stored, str) else bytes(stored).decode("utf-8", "replace")
    assert dag_runs["request"] in text
    database = (dag_runs["home"] / "airflow.db").read_bytes()
    assert dag_runs["customer"]["sender_id"].encode() not in database
    assert pending_requests(convmon_settings(dag_runs)) == []


def test_keys_never_reach_the_logs(dag_runs: dict[str, Any]) -> None:
    outputs = [dag_runs[k].stdout + dag_runs[k].stderr for k in ("first", "second", "erasure")]
    logs = [p.read_text("utf-8", "replace") for p in (dag_runs["home"] / "logs").rglob("*.log")]
    for text in [*outputs, *logs]:
        for key in dag_runs["keys"].values():
            assert key not in text


def _canaries(demo_dataset: Path) -> list[str]:
    data = json.loads((demo_dataset / "canaries.json").read_text("utf-8"))
    values = data if isinstance(data, list) else [v for vs in data.values() for v in vs]
    return sorted({str(v) for v in values if len(str(v)) >= 4})


def test_xcom_holds_no_canary_from_the_input(dag_runs: dict[str, Any], demo_dataset: Path) -> None:
    rows = metadata(dag_runs["home"], "SELECT dag_id, task_id, key, value FROM xcom")
    assert any(task_id == "extract_anonymise" for _, task_id, _, _ in rows)
    canaries = _canaries(demo_dataset)
    assert canaries
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(c)}(?!\w)" for c in canaries))
    leaks = [
        f"{dag_id}.{task_id}[{key}]"
        for dag_id, task_id, key, value in rows
        if pattern.search(
            value if isinstance(value, str) else bytes(value).decode("utf-8", "replace")
        )
    ]
    assert leaks == []
