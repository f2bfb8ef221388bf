"""Leftovers of runs that were killed: staging folders and temporary files.

A run marks its staging folder ``<staging>/<run_id>/`` with a ``.running`` file and holds a
shared ``flock`` on it while it works (the whole run for ``convmon run``; each task's duration
under Airflow, whose tasks of one run are separate processes). The lock dies with the process,
so a marked folder whose lock is free belongs to a run that is not running.

At the start of a run, under the warehouse writer lock, ``remove_leftovers`` deletes:

- the staging folder of every run that is neither recorded in ``runs`` (finished) nor locked,
  when it was a whole-run process, or when nothing in it changed for ``STALE_AFTER`` (a task
  run between two tasks holds no lock);
- ``*.tmp`` files inside the staging folders of finished runs;
- temporary files named after a process id (``.<name>.<pid>.tmp``, a compaction's
  ``.<name>.compact-<pid>``, and their DuckDB WAL files) beside the warehouse, the marketing
  file, the reports and the keys, when that process is gone.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pipeline.settings import Settings

log = logging.getLogger("convmon.cleanup")

MARKER = ".running"
WHOLE_RUN = "whole-run"
TASK = "task"
STALE_AFTER = 24 * 3600
_PID_TEMP = re.compile(r"^\..+\.(?:(?P<pid>\d+)\.tmp|compact-(?P<cpid>\d+))(?:\.wal)?$")


@dataclass(frozen=True)
class Leftovers:
    """What a clean-up removed (counts only)."""

    staging_folders: int = 0
    temp_files: int = 0


@contextmanager
def run_marker(staging_dir: Path, run_id: str, *, mode: str = TASK) -> Iterator[None]:
    """Mark ``run_id``'s staging folder as in use by this process until the block ends."""
    folder = staging_dir / run_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MARKER
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o640)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
        if os.fstat(fd).st_size == 0:
            os.write(fd, mode.encode("ascii") + b"\n")
        yield
    finally:
        os.close(fd)


def _in_use(folder: Path) -> bool:
    try:
        fd = os.open(folder / MARKER, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def _whole_run(folder: Path) -> bool:
    try:
        return (folder / MARKER).read_text(encoding="ascii").strip() == WHOLE_RUN
    except (FileNotFoundError, UnicodeDecodeError):
        return False


def _last_change(folder: Path) -> float:
    latest = folder.stat().st_mtime
    for path in folder.rglob("*"):
        try:
            latest = max(latest, path.lstat().st_mtime)
        except FileNotFoundError:
            continue
    return latest


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _finished_runs(settings: Settings) -> set[str] | None:
    """Run ids recorded in the warehouse; None when it cannot be read (then nothing is removed)."""
    import duckdb

    if not settings.warehouse.exists():
        return set()
    try:
        con = duckdb.connect(str(settings.warehouse), read_only=True)
    except duckdb.Error:
        return None
    try:
        return {str(row[0]) for row in con.execute("SELECT run_id FROM runs").fetchall()}
    except duckdb.Error:
        return None
    finally:
        con.close()


def _remove_staging(settings: Settings, current_run: str, now: float) -> tuple[int, int]:
    root = settings.staging_dir
    finished = _finished_runs(settings) if root.is_dir() else None
    if finished is None:
        return 0, 0
    folders = temps = 0
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and not p.is_symlink()):
        if folder.name == current_run:
            continue
        if folder.name in finished:
            for tmp in folder.rglob("*.tmp"):
                tmp.unlink(missing_ok=True)
                temps += 1
            continue
        if _in_use(folder):
            continue
        if _whole_run(folder) or now - _last_change(folder) > STALE_AFTER:
            shutil.rmtree(folder)
            folders += 1
    return folders, temps


def _remove_pid_temps(settings: Settings) -> int:
    folders = {
        settings.warehouse.parent,
        settings.marketing_path.parent,
        settings.reports_dir,
        settings.keys_dir,
    }
    removed = 0
    for folder in sorted(f for f in folders if f.is_dir()):
        for path in sorted(folder.iterdir()):
            match = _PID_TEMP.match(path.name)
            if match is None or not path.is_file():
                continue
            if not _process_alive(int(match["pid"] or match["cpid"])):
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def remove_leftovers(settings: Settings, *, current_run: str) -> Leftovers:
    """Remove what killed runs left behind; skipped (nothing removed) while another run holds
    the warehouse writer lock."""
    from pipeline.warehouse import WarehouseLockedError, writer_lock

    try:
        with writer_lock(settings.warehouse):
            folders, staged_temps = _remove_staging(settings, current_run, time.time())
            temps = staged_temps + _remove_pid_temps(settings)
    except WarehouseLockedError:
        log.debug("cleanup: skipped, another run holds the writer lock")
        return Leftovers()
    if folders or temps:
        log.info(
            "cleanup: removed %d staging folder(s) and %d temporary file(s) of runs not running",
            folders,
            temps,
        )
    return Leftovers(folders, temps)
