"""Faults: full disk, unwritable warehouse, a second writer, DuckDB dying mid-transaction,
and marketing readers during an export. Real processes, real files, real mounts (as root).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.settings import Settings
from pipeline.stage import StagedRow, write_part
from pipeline.warehouse import (
    WarehouseError,
    WarehouseLockedError,
    connect,
    replace_days,
    writer_lock,
)
from tests.reliability.harness import env_for, run_args, run_convmon

DAY = date(2026, 11, 3)
runner = CliRunner()


def staged(path: Path, rows: int, *, width: int = 16, day: date = DAY) -> Path:
    """A staged Parquet part of synthetic anonymised rows (random hex, no personal data)."""
    start = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
    return write_part(
        path,
        [
            StagedRow(
                {
                    "message_key": secrets.token_hex(16),
                    "conversation_key": secrets.token_hex(16),
                    "platform": "messenger",
                    "page_id": "104857600000001",
                    "day": day,
                    "created_time": start + timedelta(seconds=i),
                    "sender_key": secrets.token_hex(16),
                    "sender_role": "customer",
                    "recipient_key": None,
                    "customer_key": secrets.token_hex(16),
                    "language": "it",
                    "text_anon": secrets.token_hex(width),
                    "n_chars": 2 * width,
                    "entity_counts": "{}",
                    "attachment_count": 0,
                    "attachment_types": [],
                    "referral_ad_id": None,
                    "referral_ref": None,
                    "topics": [],
                    "sentiment": "neutral",
                    "source_format": "jsonl",
                    "run_id": "r",
                    "conversion": False,
                }
            )
            for i in range(rows)
        ],
    )


def count_rows(path: Path) -> int:
    con = connect(path, read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM messages").fetchone()
    finally:
        con.close()
    return int(row[0]) if row else -1


def load(path: Path, parts: dict[date, list[Path]], run_id: str) -> None:
    con = connect(path)
    try:
        replace_days(con, parts, run_id=run_id)
        con.execute("CHECKPOINT")
    finally:
        con.close()


@pytest.fixture
def mount_point(tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Mount tmpfs or read-only binds under tmp_path (root only); unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, *options: str, bind: Path | None = None) -> Path:
        target = tmp_path / name
        target.mkdir(exist_ok=True)
        if bind is None:
            command = ["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(target)]
        else:
            command = ["mount", "--bind", "-o", ",".join(options), str(bind), str(target)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot mount here (needs root): {done.stderr.strip()}")
        mounted.append(target)
        return target

    yield mount
    for target in reversed(mounted):
        subprocess.run(["umount", "-l", str(target)], check=False)


def test_full_disk_load_fails_clearly_and_keeps_the_previous_partition(
    tmp_path: Path, mount_point: Callable[..., Path]
) -> None:
    disk = mount_point("disk", "size=6m")
    warehouse = disk / "convmon.duckdb"
    load(warehouse, {DAY: [staged(tmp_path / "small.parquet", 50)]}, "r1")
    big = staged(tmp_path / "big.parquet", 20_000, width=500)
    with pytest.raises(WarehouseError, match="free disk space"):
        load(warehouse, {DAY: [big]}, "r2")
    assert count_rows(warehouse) == 50
    load(warehouse, {DAY: [staged(tmp_path / "next.parquet", 70)]}, "r3")
    assert count_rows(warehouse) == 70, "the warehouse must stay usable after the failure"


def test_full_disk_when_the_lock_cannot_be_created(
    tmp_path: Path, mount_point: Callable[..., Path]
) -> None:
    disk = mount_point("full", "size=64k")
    (disk / "filler").write_bytes(b"\0" * 60_000)
    with (
        pytest.raises(WarehouseError, match=r"convmon\.duckdb"),
        writer_lock(disk / "convmon.duckdb"),
    ):
        connect(disk / "convmon.duckdb").close()


def test_read_only_warehouse_folder_is_a_clear_error(
    tmp_path: Path, mount_point: Callable[..., Path], make_settings: Callable[..., Settings]
) -> None:
    source = tmp_path / "rw"
    source.mkdir()
    load(source / "convmon.duckdb", {DAY: [staged(tmp_path / "p.parquet", 5)]}, "r1")
    before = (source / "convmon.duckdb").read_bytes()
    frozen = mount_point("ro", "ro", bind=source)
    with pytest.raises(WarehouseError, match="writable"), writer_lock(frozen / "convmon.duckdb"):
        pass
    with pytest.raises(WarehouseError, match="cannot open the warehouse for writing"):
        connect(frozen / "convmon.duckdb")
    settings = make_settings(warehouse=frozen / "convmon.duckdb")
    result = runner.invoke(app, ["keys", "rotate", "--yes"], env=env_for(settings))
    assert result.exit_code == 2, result.output
    assert "error:" in result.output and "Traceback" not in result.output
    assert (source / "convmon.duckdb").read_bytes() == before
    assert count_rows(frozen / "convmon.duckdb") == 5, "readers still work"


_HOLD_LOCK = """
import sys, time
from pathlib import Path
from pipeline.warehouse import writer_lock
with writer_lock(Path(sys.argv[1])):
    print("LOCKED", flush=True)
    time.sleep(600)
"""

_HOLD_DUCKDB = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("OPEN", flush=True)
time.sleep(600)
"""


def _holder(code: str, ready: str, *args: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == ready
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(timeout=30)
    if proc.stdout is not None:
        proc.stdout.close()


def test_a_second_writer_process_refuses_clearly(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    holder = _holder(_HOLD_LOCK, "LOCKED", settings.warehouse)
    try:
        with (
            pytest.raises(WarehouseLockedError, match="another convmon run"),
            writer_lock(settings.warehouse),
        ):
            pass
        result = runner.invoke(app, ["keys", "rotate", "--yes"], env=env_for(settings))
        assert result.exit_code == 2
        assert "being written by another convmon run" in result.output
    finally:
        _stop(holder)
    with writer_lock(settings.warehouse):
        pass


def test_a_warehouse_held_open_by_another_process_is_a_clear_error(
    make_settings: Callable[..., Settings],
) -> None:
    settings = make_settings()
    connect(settings.warehouse).close()
    holder = _holder(_HOLD_DUCKDB, "OPEN", settings.warehouse)
    try:
        with pytest.raises(WarehouseError, match="cannot open the warehouse for writing"):
            connect(settings.warehouse)
    finally:
        _stop(holder)


@pytest.mark.slow
def test_two_real_runs_the_second_refuses_clearly(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    """A run that reaches the load while another writer holds the warehouse exits 2."""
    settings = make_settings()
    source = tmp_path / "one.jsonl"
    source.write_text(
        '{"message_id": "m1", "conversation_id": "t1", "platform": "messenger", '
        '"page_id": "104857600000001", "sender_id": "7000000000000001", '
        '"sender_role": "customer", "created_time": "2026-11-03T09:00:00Z", '
        '"text": "buongiorno, a che ora aprite?"}\n',
        encoding="utf-8",
    )
    holder = _holder(_HOLD_LOCK, "LOCKED", settings.warehouse)
    try:
        outcome = run_convmon(
            run_args(f"jsonl:{source}", DAY, DAY + timedelta(1)), env_for(settings)
        )
    finally:
        _stop(holder)
    assert outcome.returncode == 2, outcome.stderr[-2000:]
    assert "being written by another convmon run" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert not settings.warehouse.exists() or count_rows(settings.warehouse) == 0


_DIE_IN_TRANSACTION = """
import sys, time
from datetime import date
from pathlib import Path
from pipeline.warehouse import connect, replace_days

class Blocking(list):
    def __iter__(self):
        print("IN_TRANSACTION", flush=True)
        time.sleep(600)
        return super().__iter__()

wh, first, second = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
con = connect(wh)
replace_days(con, {date(2026, 11, 3): [first], date(2026, 11, 4): Blocking([second])}, run_id="x")
"""

_DIE_AFTER_COMMIT = """
import sys, time
from datetime import date
from pathlib import Path
from pipeline.warehouse import connect, replace_days

wh, first, second = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
con = connect(wh)
con.execute("PRAGMA disable_checkpoint_on_shutdown")
con.execute("SET checkpoint_threshold = '1GB'")
replace_days(con, {date(2026, 11, 3): [first], date(2026, 11, 4): [second]}, run_id="x")
print("COMMITTED", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize(
    ("script", "ready", "expected"),
    [
        pytest.param(_DIE_IN_TRANSACTION, "IN_TRANSACTION", (10, 20), id="killed-mid-transaction"),
        pytest.param(_DIE_AFTER_COMMIT, "COMMITTED", (30, 40), id="killed-after-commit-wal-only"),
    ],
)
def test_duckdb_killed_in_a_load_keeps_old_or_new_days(
    tmp_path: Path, script: str, ready: str, expected: tuple[int, int]
) -> None:
    """SIGKILL inside ``replace_days``: the WAL is discarded (uncommitted) or replayed."""
    warehouse = tmp_path / "convmon.duckdb"
    second_day = DAY + timedelta(days=1)
    load(
        warehouse,
        {
            DAY: [staged(tmp_path / "a.parquet", 10)],
            second_day: [staged(tmp_path / "b.parquet", 20, day=second_day)],
        },
        "old",
    )
    new_first = staged(tmp_path / "c.parquet", 30)
    new_second = staged(tmp_path / "d.parquet", 40, day=second_day)
    proc = _holder(script, ready, warehouse, new_first, new_second)
    proc.kill()
    proc.wait(timeout=30)
    if proc.stdout is not None:
        proc.stdout.close()
    con = connect(warehouse, read_only=True)
    try:
        days = dict(
            con.execute("SELECT day, count(*) FROM messages GROUP BY day ORDER BY day").fetchall()
        )
        partitions = dict(
            con.execute("SELECT day, rows_loaded FROM partitions ORDER BY day").fetchall()
        )
    finally:
        con.close()
    assert (days[DAY], days[second_day]) == expected
    assert partitions == days


@pytest.fixture
def marts_settings(make_settings: Callable[..., Settings]) -> Settings:
    from pipeline.marts import build_marts

    settings = make_settings(min_group_size=2)
    con = connect(settings.warehouse)
    try:
        replace_days(con, {DAY: [staged(settings.data_dir / "p.parquet", 30)]}, run_id="r")
        build_marts(con, settings)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return settings


def test_marketing_readers_are_unaffected_by_exports(marts_settings: Settings) -> None:
    from pipeline.marts import export_marketing

    export_marketing(marts_settings)
    target = marts_settings.marketing_path
    reader = duckdb.connect(str(target), read_only=True)
    first = reader.execute("SELECT built_at FROM release_info").fetchall()
    failures: list[str] = []
    stop = threading.Event()

    def keep_reading() -> None:
        while not stop.is_set():
            try:
                con = duckdb.connect(str(target), read_only=True)
                try:
                    con.execute("SELECT count(*) FROM release_info").fetchall()
                finally:
                    con.close()
            except duckdb.Error as exc:
                failures.append(type(exc).__name__)

    thread = threading.Thread(target=keep_reading)
    thread.start()
    try:
        for _ in range(5):
            export_marketing(marts_settings)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert not failures, f"a reader failed while the file was replaced: {failures[:3]}"
    assert reader.execute("SELECT built_at FROM release_info").fetchall() == first
    reader.close()
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_the_marketing_file_stays_readable_while_a_writer_holds_the_warehouse(
    marts_settings: Settings,
) -> None:
    from pipeline.marts import export_marketing

    export_marketing(marts_settings)
    holder = _holder(_HOLD_LOCK, "LOCKED", marts_settings.warehouse)
    try:
        con = duckdb.connect(str(marts_settings.marketing_path), read_only=True)
        try:
            assert con.execute("SELECT count(*) FROM release_info").fetchone() == (1,)
        finally:
            con.close()
    finally:
        _stop(holder)


def test_file_modes_survive_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        with writer_lock(tmp_path / "w.duckdb"):
            pass
    finally:
        os.umask(old)
    assert (tmp_path / "w.duckdb.lock").stat().st_mode & 0o777 == 0o640
