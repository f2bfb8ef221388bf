"""Real ``convmon run`` subprocesses, killed at points seen from the outside, and snapshots."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb

from pipeline.settings import Settings

CORE_TABLES = {
    "messages": "SELECT * EXCLUDE (run_id) FROM messages ORDER BY message_key",
    "daily_metrics": "SELECT * EXCLUDE (run_id) FROM daily_metrics ORDER BY ALL",
    "partitions": "SELECT day, rows_loaded, content_hash FROM partitions ORDER BY day",
}
RUN_TIMEOUT_S = 900
CONVMON = Path(sys.executable).with_name("convmon")


def env_for(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment that gives a subprocess exactly these settings, logging at DEBUG."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONVMON_")}
    env.update(
        {
            "CONVMON_PSEUDONYM_KEY_FILE": str(settings.pseudonym_key_file),
            "CONVMON_QUARANTINE_KEY_FILE": str(settings.quarantine_key_file),
            "CONVMON_WAREHOUSE": str(settings.warehouse),
            "CONVMON_DATA_DIR": str(settings.data_dir),
            "CONVMON_MIN_GROUP_SIZE": str(settings.min_group_size),
            "CONVMON_LOG_LEVEL": "DEBUG",
            "COLUMNS": "250",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


def run_args(source: str, start: date, end: date) -> list[str]:
    """``convmon run`` over [start, end) (the CLI's --end is inclusive)."""
    last = end - timedelta(days=1)
    return [
        str(CONVMON),
        "run",
        "--start",
        start.isoformat(),
        "--end",
        last.isoformat(),
        "--source",
        source,
    ]


@dataclass
class Outcome:
    returncode: int
    killed: bool
    stdout: str
    stderr: str
    lines: list[str] = field(default_factory=list)


def run_convmon(
    args: list[str],
    env: dict[str, str],
    *,
    kill_at: re.Pattern[str] | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run convmon; with ``kill_at``, SIGKILL it as soon as a stderr line matches."""
    with subprocess.Popen(
        args,
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    ) as proc:
        out_chunks: list[str] = []
        reader = threading.Thread(
            target=lambda: out_chunks.append(proc.stdout.read() if proc.stdout else ""),
            daemon=True,
        )
        reader.start()
        lines: list[str] = []
        killed = False
        deadline = time.monotonic() + RUN_TIMEOUT_S
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if kill_at is not None and not killed and kill_at.search(line):
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
            if time.monotonic() > deadline:
                proc.kill()
                raise TimeoutError(f"convmon did not finish in {RUN_TIMEOUT_S}s")
        proc.wait(timeout=60)
        reader.join(timeout=60)
    return Outcome(proc.returncode, killed, "".join(out_chunks), "".join(lines), lines)


def snapshot_core(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: con.execute(sql).fetchall() for name, sql in CORE_TABLES.items()}
    finally:
        con.close()


def snapshot_marts(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of schema ``marts`` (release_info without its build time)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [
            row[0]
            for row in con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'marts' ORDER BY 1"
            ).fetchall()
        ]
        result: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            exclude = " EXCLUDE (built_at)" if name == "release_info" else ""
            result[name] = con.execute(
                f'SELECT *{exclude} FROM marts."{name}" ORDER BY ALL'
            ).fetchall()
        return result
    finally:
        con.close()


def snapshot_marketing(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [row[0] for row in con.execute("SHOW TABLES").fetchall()]
        result: dict[str, list[tuple[Any, ...]]] = {}
        for name in names:
            exclude = " EXCLUDE (built_at)" if name == "release_info" else ""
            result[name] = con.execute(f'SELECT *{exclude} FROM "{name}" ORDER BY ALL').fetchall()
        return result
    finally:
        con.close()


def copy_warehouse(source: Settings, target: Settings) -> None:
    """Copy the warehouse and marketing files (a checkpointed DuckDB file has no WAL)."""
    target.warehouse.parent.mkdir(parents=True, exist_ok=True)
    for src, dst in (
        (source.warehouse, target.warehouse),
        (source.marketing_path, target.marketing_path),
    ):
        shutil.copy2(src, dst)
        wal = src.with_name(src.name + ".wal")
        if wal.exists():
            shutil.copy2(wal, dst.with_name(dst.name + ".wal"))
