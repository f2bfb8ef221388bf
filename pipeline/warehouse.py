"""The DuckDB warehouse: schema, the single-writer lock, idempotent day loads, metrics."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb

from pipeline.paths import schema_path
from pipeline.settings import DEFAULT_DUCKDB_MEMORY, MEMORY_SIZE

WAREHOUSE_MODE = 0o640

log = logging.getLogger("convmon.warehouse")


class WarehouseError(Exception):
    """A warehouse problem the user can act on (locked, wrong key, unwritable)."""


class WarehouseLockedError(WarehouseError):
    pass


class KeyMismatchError(WarehouseError):
    pass


def ddl() -> str:
    return schema_path("warehouse.sql").read_text(encoding="utf-8")


def connect(
    path: Path, *, read_only: bool = False, memory_limit: str = DEFAULT_DUCKDB_MEMORY
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (creating it with the schema when writable); DuckDB uses at most
    ``memory_limit`` (``settings.duckdb_memory_limit``) and spills beyond it."""
    if read_only:
        if not path.exists():
            raise WarehouseError(f"{path}: no warehouse yet; run `convmon run` first")
        con = duckdb.connect(str(path), read_only=True)
        con.execute("SET TimeZone = 'UTC'")
        _limit_memory(con, memory_limit)
        return con
    path.parent.mkdir(parents=True, exist_ok=True)
    created = not path.exists()
    try:
        con = duckdb.connect(str(path))
    except duckdb.IOException as exc:
        raise WarehouseError(f"{path}: cannot open the warehouse for writing ({exc})") from exc
    if created:
        os.chmod(path, WAREHOUSE_MODE)
    con.execute("SET TimeZone = 'UTC'")
    _limit_memory(con, memory_limit)
    con.execute(ddl())
    return con


_MEMORY = re.compile(MEMORY_SIZE)


def _limit_memory(con: duckdb.DuckDBPyConnection, limit: str) -> None:
    """``SET memory_limit`` (per connection setting; SET takes no bound parameter, so the value
    is checked against the pattern of ``settings.duckdb_memory_limit`` first)."""
    if not _MEMORY.fullmatch(limit):
        raise WarehouseError(f"memory limit {limit!r}: give a size such as 512MB or 2GB")
    con.execute(f"SET memory_limit = '{limit}'")


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """One writer at a time per warehouse: a second run refuses clearly instead of waiting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o640)
    except OSError as exc:
        raise WarehouseError(
            f"{lock_path}: cannot create the writer lock ({exc.strerror}); make the warehouse "
            "folder writable (and check the disk is not full)"
        ) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseLockedError(
                f"{path} is being written by another convmon run; wait for it to finish"
            ) from None
        yield
    finally:
        os.close(fd)


def check_key(con: duckdb.DuckDBPyConnection, key_id: str) -> None:
    """Refuse to mix pseudonyms of two keys; record the key id on first use."""
    row = con.execute("SELECT value FROM warehouse_meta WHERE name = 'key_id'").fetchone()
    if row is None:
        con.execute("INSERT INTO warehouse_meta VALUES ('key_id', ?)", [key_id])
        return
    if row[0] != key_id:
        raise KeyMismatchError(
            f"this warehouse was built with key id {row[0]}, but the configured key has id "
            f"{key_id}: pseudonyms of two keys must not mix. Configure the original key "
            "(CONVMON_PSEUDONYM_KEY_FILE) or rotate explicitly with `convmon keys rotate`."
        )


MESSAGE_COLUMNS: tuple[str, ...] = (
    "message_key",
    "conversation_key",
    "platform",
    "page_id",
    "day",
    "created_time",
    "sender_key",
    "sender_role",
    "recipient_key",
    "customer_key",
    "language",
    "text_anon",
    "n_chars",
    "entity_counts",
    "attachment_count",
    "attachment_types",
    "referral_ad_id",
    "referral_ref",
    "topics",
    "sentiment",
    "source_format",
    "run_id",
    "conversion",
)


# The same message read from two sources (e.g. the Graph API and the Messenger webhook: the
# same ``mid``, hence the same message_key) is loaded once: the first copy by time, format and
# run wins, and when it has no click-to-Messenger referral it takes the first copy's that has
# one (only webhooks carry referrals), so a Graph API conversation keeps its campaign.
_COPIES = "PARTITION BY message_key ORDER BY created_time, source_format, run_id"
_REFERRAL = (
    "first_value(CASE WHEN referral_ad_id IS NOT NULL OR referral_ref IS NOT NULL "
    "THEN {'ad_id': referral_ad_id, 'ref': referral_ref} END IGNORE NULLS) OVER (copies "
    "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"
)
_OWN_REFERRAL = "referral_ad_id IS NOT NULL OR referral_ref IS NOT NULL"
_DEDUPED_COLUMNS = ", ".join(
    f"CASE WHEN {_OWN_REFERRAL} THEN {c} ELSE ({_REFERRAL}).{c.removeprefix('referral_')} END"
    if c in ("referral_ad_id", "referral_ref")
    else c
    for c in MESSAGE_COLUMNS
)


def replace_days(
    con: duckdb.DuckDBPyConnection,
    files_by_day: Mapping[date, Sequence[Path]],
    *,
    run_id: str,
) -> dict[date, tuple[int, int]]:
    """Replace each day's partition from its staged Parquet files, all in one transaction.

    Returns, per day, (rows loaded, duplicates dropped across staged files).
    """
    columns = ", ".join(MESSAGE_COLUMNS)
    result: dict[date, tuple[int, int]] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for day, files in sorted(files_by_day.items()):
            con.execute("DELETE FROM messages WHERE day = ?", [day])
            staged = 0
            if files:
                paths = [str(f) for f in files]
                staged_row = con.execute(
                    "SELECT count(*) FROM read_parquet(?) WHERE day = ?", [paths, day]
                ).fetchone()
                staged = int(staged_row[0]) if staged_row else 0
                con.execute(
                    f"INSERT INTO messages ({columns}) "  # noqa: S608 - fixed column list
                    f"SELECT {_DEDUPED_COLUMNS} FROM read_parquet(?) WHERE day = ? "
                    f"WINDOW copies AS ({_COPIES}) "
                    f"QUALIFY row_number() OVER ({_COPIES}) = 1 "
                    "ORDER BY created_time, message_key",
                    [paths, day],
                )
            loaded_row = con.execute(
                "SELECT count(*) FROM messages WHERE day = ?", [day]
            ).fetchone()
            loaded = int(loaded_row[0]) if loaded_row else 0
            rebuild_daily_metrics(con, [day], run_id=run_id)
            con.execute("DELETE FROM partitions WHERE day = ?", [day])
            con.execute(
                "INSERT INTO partitions VALUES (?, ?, ?, ?, ?)",
                [day, run_id, loaded, datetime.now(UTC), day_hash(con, day)],
            )
            result[day] = (loaded, staged - loaded)
            log.debug("load: day %s replaced, %d rows, not yet committed", day, loaded)
        con.execute("COMMIT")
    except (duckdb.IOException, duckdb.TransactionException) as exc:
        _rollback(con)
        raise WarehouseError(
            f"the load failed and was rolled back, the warehouse is unchanged ({exc}): free "
            "disk space or make the warehouse writable, then run the same interval again"
        ) from exc
    except BaseException:
        _rollback(con)
        raise
    return result


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, unless DuckDB already aborted the transaction (a failed COMMIT does)."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        log.debug("rollback: no transaction was active (already aborted)")


def rebuild_daily_metrics(
    con: duckdb.DuckDBPyConnection, days: Sequence[date], *, run_id: str
) -> None:
    for day in days:
        con.execute("DELETE FROM daily_metrics WHERE day = ?", [day])
        con.execute(
            """
            INSERT INTO daily_metrics
            SELECT day, page_id, platform,
                   count(*) FILTER (WHERE sender_role = 'customer'),
                   count(*) FILTER (WHERE sender_role = 'agent'),
                   count(DISTINCT conversation_key),
                   count(DISTINCT customer_key),
                   ?
            FROM messages WHERE day = ?
            GROUP BY day, page_id, platform
            ORDER BY page_id, platform
            """,
            [run_id, day],
        )


def day_hash(con: duckdb.DuckDBPyConnection, day: date) -> str:
    """SHA-256 over a day's rows without run ids: equal for equal content."""
    digest = hashlib.sha256()
    content_columns = [c for c in MESSAGE_COLUMNS if c != "run_id"]
    cols = ", ".join(content_columns)
    rows = con.execute(
        f"SELECT {cols} FROM messages WHERE day = ? ORDER BY message_key",  # noqa: S608
        [day],
    ).fetchall()
    for row in rows:
        digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
