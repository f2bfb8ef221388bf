"""A run starts by removing what killed runs left behind, never a live run's files.

The leftovers are real: a ``convmon run`` SIGKILLed after staging (its staging folder, marker
and Parquet parts), and temporary files named after that dead process. The live run is a real
process holding its staging marker; an Airflow-style run between two tasks holds no lock but
changed its folder recently.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.cleanup import MARKER, STALE_AFTER, TASK
from pipeline.run import run_interval
from pipeline.settings import Settings
from tests.reliability.harness import env_for, run_args, run_convmon

pytestmark = pytest.mark.slow

DAY = date(2026, 11, 3)
LIVE_RUN = "20261125T000000Z-live01"

_HOLDER = """
import sys
from pathlib import Path
from pipeline.cleanup import WHOLE_RUN, run_marker
staging, run_id = Path(sys.argv[1]), sys.argv[2]
with run_marker(staging, run_id, mode=WHOLE_RUN):
    part = staging / run_id / "day=2026-11-03" / "part-00-000-0000.parquet"
    part.parent.mkdir(parents=True, exist_ok=True)
    part.write_bytes(b"PAR1")
    print("ready", flush=True)
    sys.stdin.readline()
"""


def _message(i: int) -> dict[str, object]:
    return {
        "message_id": f"m_{i}",
        "conversation_id": "t_1",
        "platform": "messenger",
        "page_id": "104857600000001",
        "sender_id": "7000000000000001",
        "sender_name": "Ada Test",
        "sender_role": "customer",
        "recipient_id": "104857600000001",
        "created_time": f"2026-11-03T10:{i:02d}:00+00:00",
        "text": "Buongiorno, quando arriva il mio ordine CV-2026-000123?",
    }


@pytest.fixture
def live_run(make_settings: Callable[..., Settings]) -> Iterator[subprocess.Popen[str]]:
    settings = make_settings()
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(settings.staging_dir), LIVE_RUN],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield holder
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)
    holder.stdout.close()


def _task_folder(settings: Settings, run_id: str, *, age: float) -> Path:
    folder = settings.staging_dir / run_id
    (folder / "manifests").mkdir(parents=True)
    (folder / MARKER).write_text(TASK + "\n", encoding="ascii")
    (folder / "manifests" / "00-000.json").write_text("{}", encoding="utf-8")
    stamp = time.time() - age
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (stamp, stamp))
    return folder


def test_leftovers_of_killed_runs_go_and_live_runs_stay(
    tmp_path: Path,
    make_settings: Callable[..., Settings],
    live_run: subprocess.Popen[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_settings()
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(_message(i)) + "\n" for i in range(4)), "utf-8")
    spec = f"jsonl:{source}"
    finished = run_interval(settings, start=DAY, end=DAY + timedelta(days=1), sources=[spec])
    finished_dir = settings.staging_dir / finished["run_id"]

    killed = run_convmon(
        run_args(spec, DAY, DAY + timedelta(days=1)),
        env_for(settings),
        kill_at=re.compile(r"stage: shard 0/1 staged"),
    )
    assert killed.killed and killed.returncode == -9, killed.stderr[-2000:]
    [killed_dir] = [
        p for p in settings.staging_dir.iterdir() if p.name not in (finished["run_id"], LIVE_RUN)
    ]
    assert list(killed_dir.rglob("*.parquet")), "guard: the killed run staged parts"
    finished_tmp = next(finished_dir.rglob("*.parquet")).with_suffix(".parquet.erasure.tmp")
    finished_tmp.write_bytes(b"half")
    dead_pid = _dead_pid()
    dead_temps = [
        settings.warehouse.with_name(f".marketing.duckdb.{dead_pid}.tmp"),
        settings.warehouse.with_name(f".marketing.duckdb.{dead_pid}.tmp.wal"),
        settings.warehouse.with_name(f".convmon.duckdb.compact-{dead_pid}"),
        settings.reports_dir / f".{finished['run_id']}.json.{dead_pid}.tmp",
    ]
    live_temp = settings.warehouse.with_name(f".marketing.duckdb.{live_run.pid}.tmp")
    for path in [*dead_temps, live_temp]:
        path.write_bytes(b"partial")
    between_tasks = _task_folder(settings, "20261125T010000Z-task01", age=60)
    abandoned = _task_folder(settings, "20261120T010000Z-task02", age=STALE_AFTER + 3600)

    caplog.set_level(logging.INFO, logger="convmon")
    again = run_interval(settings, start=DAY, end=DAY + timedelta(days=1), sources=[spec])

    assert again["status"] == "succeeded"
    assert not killed_dir.exists() and not abandoned.exists()
    assert not any(p.exists() for p in dead_temps)
    assert not finished_tmp.exists()
    assert finished_dir.is_dir() and list(finished_dir.rglob("*.parquet"))
    assert (settings.staging_dir / LIVE_RUN / "day=2026-11-03").is_dir()
    assert live_temp.exists() and between_tasks.is_dir()
    assert "removed 2 staging folder(s) and 5 temporary file(s)" in caplog.text
    assert str(settings.staging_dir) not in caplog.text


def _dead_pid() -> int:
    """A process id that belonged to a process that has exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid
