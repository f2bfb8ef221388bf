"""A real CeleryExecutor cluster: PostgreSQL metadata DB, Redis broker, two Celery workers.

Everything runs on localhost and is stopped at the end (also on failure). A manual run for one
demo day is triggered and the DAG unpaused, so the scheduler also creates the nightly run for
the latest day: both days load through the one-slot writer pool. (Airflow 3 infers a manual
run's data interval from the trigger time, so the manual run names its day with params.)
"""

from __future__ import annotations

import itertools
import json
import secrets
import socket
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.dags.airflow_env import airflow_env, run_airflow

from .services import Postgres, Process, ensure_packages, free_port, wait_for

pytestmark = [pytest.mark.distributed, pytest.mark.slow, pytest.mark.timeout(1800)]

RUN_TIMEOUT_S = 900
WORKERS = ("convmon-w1", "convmon-w2")
DAG_ID = "conversation_monitoring"
HERE = Path(__file__).resolve().parent


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def query(pg: Postgres, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import psycopg2

    con = psycopg2.connect(host="127.0.0.1", port=pg.port, user="postgres", dbname="airflow")
    try:
        with con.cursor() as cur:
            cur.execute(sql, params)
            return list(cur.fetchall())
    finally:
        con.close()


def demo_messages_on(demo: Path, days: set[date]) -> int:
    """Messages of the demo data created on ``days`` (UTC), counted from its JSONL twin."""
    with (demo / "jsonl" / "messages.jsonl").open(encoding="utf-8") as lines:
        return sum(
            date.fromisoformat(json.loads(line)["created_time"][:10]) in days for line in lines
        )


def failure_context(processes: list[Process]) -> str:
    return "\n".join(f"--- {p.name} (alive={p.alive()}):\n{p.tail()}" for p in processes)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    from pipeline.demo import generate

    ensure_packages()
    root = tmp_path_factory.mktemp("celery")
    today = datetime.now(UTC).date()
    manual_day, nightly_day = today - timedelta(days=2), today - timedelta(days=1)
    generate(root / "demo", conversations=24, seed=5, start=manual_day, days=2)

    processes: list[Process] = []
    pg = Postgres()
    try:
        pg.start()
        redis_port = free_port()
        redis = Process(
            "redis",
            [
                "redis-server",
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            env={"PATH": "/usr/bin:/bin"},
            log=root / "redis.log",
        )
        processes.append(redis)
        redis.start()
        wait_for(lambda: port_open(redis_port), timeout=30, what="redis")

        api_port = free_port()
        home = root / "airflow"
        home.mkdir()
        keys = {"pseudonym": secrets.token_hex(32), "quarantine": secrets.token_hex(32)}
        from cryptography.fernet import Fernet

        env = airflow_env(
            home,
            AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
            AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=pg.url,
            AIRFLOW__CELERY__BROKER_URL=f"redis://127.0.0.1:{redis_port}/0",
            AIRFLOW__CELERY__RESULT_BACKEND=f"db+postgresql://postgres@127.0.0.1:{pg.port}/airflow",
            AIRFLOW__CELERY__WORKER_CONCURRENCY="1",
            AIRFLOW__CORE__FERNET_KEY=Fernet.generate_key().decode(),
            AIRFLOW__CORE__EXECUTION_API_SERVER_URL=f"http://127.0.0.1:{api_port}/execution/",
            AIRFLOW__API__BASE_URL=f"http://127.0.0.1:{api_port}",
            AIRFLOW__API__PORT=str(api_port),
            AIRFLOW__API_AUTH__JWT_SECRET=secrets.token_hex(32),
            AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION="True",
            AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK="False",
            CONVMON_WAREHOUSE=str(root / "warehouse" / "convmon.duckdb"),
            CONVMON_DATA_DIR=str(root / "var"),
            CONVMON_SOURCE=f"graph-api:{root / 'demo' / 'graph-api'}",
            AIRFLOW_VAR_CONVMON_QUARANTINE_KEY=keys["quarantine"],
        )
        run_airflow(["db", "migrate"], env, timeout=600)
        run_airflow(["pools", "set", "convmon_warehouse_writer", "1", "convmon writer"], env)
        run_airflow(["variables", "set", "convmon_pseudonym_key", keys["pseudonym"]], env)

        airflow = str(Path(sys.executable).with_name("airflow"))
        components = [
            ("scheduler", [airflow, "scheduler", "--skip-serve-logs"], {}),
            ("dag-processor", [airflow, "dag-processor"], {}),
            (
                "api-server",
                [airflow, "api-server", "-H", "127.0.0.1", "-p", str(api_port), "-w", "1"],
                {},
            ),
        ]
        for worker in WORKERS:
            args = [
                airflow,
                "celery",
                "worker",
                "--celery-hostname",
                f"{worker}@%h",
                "--concurrency",
                "1",
                "--skip-serve-logs",
                "--without-gossip",
            ]
            worker_env = {
                "CONVMON_TEST_WORKER_HOSTNAME": worker,
                "AIRFLOW__CORE__HOSTNAME_CALLABLE": "worker_identity.hostname",
                "PYTHONPATH": f"{env['PYTHONPATH']}:{HERE}",
            }
            components.append((worker, args, worker_env))
        for name, args, extra in components:
            process = Process(name, args, env={**env, **extra}, log=root / f"{name}.log")
            processes.append(process)
            process.start()

        wait_for(lambda: port_open(api_port), timeout=180, what="the api-server")
        wait_for(
            lambda: bool(query(pg, "SELECT 1 FROM dag WHERE dag_id = %s", (DAG_ID,))),
            timeout=300,
            what="the dag-processor to register the DAG",
            interval=3,
        )
        interval = {"start": manual_day.isoformat(), "end": nightly_day.isoformat()}
        run_airflow(["dags", "trigger", DAG_ID, "-c", json.dumps(interval)], env)
        run_airflow(["dags", "unpause", DAG_ID], env)
        started = time.monotonic()

        def finished() -> bool:
            states = [
                s for (s,) in query(pg, "SELECT state FROM dag_run WHERE dag_id = %s", (DAG_ID,))
            ]
            dead = [p.name for p in processes if not p.alive()]
            if dead:
                raise AssertionError(f"stopped early: {dead}\n{failure_context(processes)}")
            return len(states) >= 2 and all(s in ("success", "failed") for s in states)

        try:
            wait_for(finished, timeout=RUN_TIMEOUT_S, what="both DAG runs", interval=5)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n{failure_context(processes)}") from exc
        yield {
            "pg": pg,
            "root": root,
            "days": [manual_day, nightly_day],
            "expected_read": demo_messages_on(root / "demo", {manual_day, nightly_day}),
            "keys": keys,
            "duration_s": time.monotonic() - started,
            "processes": processes,
        }
    finally:
        for process in reversed(processes):
            process.stop()
        pg.stop()


def test_both_runs_succeeded(cluster: dict[str, Any]) -> None:
    rows = query(
        cluster["pg"],
        "SELECT run_type, state FROM dag_run WHERE dag_id = %s ORDER BY run_type",
        (DAG_ID,),
    )
    assert rows == [("manual", "success"), ("scheduled", "success")], failure_context(
        cluster["processes"]
    )


def test_tasks_ran_on_both_workers(cluster: dict[str, Any]) -> None:
    hosts = query(
        cluster["pg"],
        "SELECT hostname, count(*) FROM task_instance WHERE dag_id = %s GROUP BY hostname",
        (DAG_ID,),
    )
    assert sorted(h for h, _ in hosts) == sorted(WORKERS)


def test_warehouse_writes_never_overlapped(cluster: dict[str, Any]) -> None:
    spans = query(
        cluster["pg"],
        "SELECT start_date, end_date FROM task_instance WHERE dag_id = %s "
        "AND pool = 'convmon_warehouse_writer' ORDER BY start_date",
        (DAG_ID,),
    )
    assert len(spans) == 4
    for (_, previous_end), (next_start, _) in itertools.pairwise(spans):
        assert previous_end <= next_start


def test_warehouse_holds_both_days_and_every_message(cluster: dict[str, Any]) -> None:
    import duckdb

    root: Path = cluster["root"]
    con = duckdb.connect(str(root / "warehouse" / "convmon.duckdb"), read_only=True)
    try:
        partitions = con.execute("SELECT day, rows_loaded FROM partitions ORDER BY day").fetchall()
        messages = con.execute("SELECT count(*) FROM messages").fetchone()
    finally:
        con.close()
    assert [day for day, _ in partitions] == cluster["days"]
    assert all(rows > 0 for _, rows in partitions)
    summaries = [
        json.loads(p.read_text("utf-8")) for p in (root / "var" / "reports").glob("*.json")
    ]
    runs = [s for s in summaries if "totals" in s]
    assert len(runs) == 2
    assert sum(s["totals"]["read"] for s in runs) == cluster["expected_read"] > 0
    assert messages == (sum(s["totals"]["loaded"] for s in runs),)
