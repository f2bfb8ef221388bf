"""Marketing marts: aggregates of the ``messages`` table with minimum-group-size suppression.

Each mart is one SQL file of this package (a SELECT over the working tables ``mart_base`` and
``mart_inbound``). Every mart has a ``customers`` column: a cell that counts fewer than
``settings.min_group_size`` distinct customers is suppressed and counted, never published.
The marts live in the warehouse schema ``marts``; ``export_marketing`` copies them, and nothing
else, into the marketing DuckDB file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import duckdb

from pipeline.settings import Settings

SCHEMA = "marts"
RELEASE_TABLE = "release_info"
MARKETING_MODE = 0o644
_SQL_DIR = Path(__file__).resolve().parent
_PARAM = re.compile(r"\$([a-z_]+)")
_BASE_TABLES = ("base_messages", "base_inbound", "base_topics")


class MartsError(Exception):
    """The marts cannot be built or exported; the message says what to do."""


@dataclass(frozen=True)
class Rollup:
    """How a mart's small cells are merged: the working table the mart reads, and for each
    dimension of the mart the expression over that table's rows (alias ``src``) giving it."""

    source: str
    keys: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Mart:
    """One published aggregate: its SQL file, its grain (dimension columns), a description.

    With a ``rollup``, cells below k are merged per remaining dimensions into one row whose
    page_id and platform are ``(other)``; that row is published when it reaches k customers.
    """

    name: str
    dimensions: tuple[str, ...]
    rollup: Rollup | None = None

    @property
    def sql(self) -> str:
        return _read_sql(self.name)

    @property
    def description(self) -> str:
        first = self.sql.splitlines()[0]
        return first.removeprefix("--").strip()


OTHER = "(other)"
_DAY_KEYS = (("day", "src.local_day"), ("page_id", "src.page_id"), ("platform", "src.platform"))

MARTS: tuple[Mart, ...] = (
    Mart("daily_activity", ("day", "page_id", "platform"), Rollup("mart_base", _DAY_KEYS)),
    Mart("daily_response", ("day", "page_id", "platform"), Rollup("mart_inbound", _DAY_KEYS)),
    Mart(
        "hour_of_week",
        ("page_id", "platform", "weekday", "hour"),
        Rollup(
            "mart_base",
            (
                ("page_id", "src.page_id"),
                ("platform", "src.platform"),
                ("weekday", "isodow(src.local_time)"),
                ("hour", "hour(src.local_time)"),
            ),
        ),
    ),
    Mart(
        "daily_topics",
        ("day", "page_id", "platform", "topic"),
        Rollup("mart_topics", (*_DAY_KEYS, ("topic", "src.topic"))),
    ),
    Mart(
        "daily_sentiment",
        ("day", "page_id", "platform", "sentiment"),
        Rollup("mart_base", (*_DAY_KEYS, ("sentiment", "src.sentiment"))),
    ),
    Mart("campaigns", ("referral_ad_id", "page_id", "platform")),
    Mart("customer_journeys", ("cohort_month", "page_id", "platform")),
    Mart("conversations_per_customer", ("page_id", "platform", "conversations_bucket")),
)


@dataclass(frozen=True)
class MartsResult:
    """What a build published: the marts and how many cells were suppressed (for the audit)."""

    suppressed_cells: int
    marts: list[str]
    suppressed_by_mart: dict[str, int] = field(default_factory=dict)
    rows_by_mart: dict[str, int] = field(default_factory=dict)
    rolled_up_rows: int = 0


@cache
def _read_sql(name: str) -> str:
    return (_SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _bind(sql: str, params: Mapping[str, object]) -> dict[str, object]:
    return {name: params[name] for name in dict.fromkeys(_PARAM.findall(sql))}


def _params(settings: Settings) -> dict[str, object]:
    return {
        "tz": settings.timezone,
        "bh_start": settings.business_hours_start,
        "bh_end": settings.business_hours_end,
        "sla_seconds": settings.sla_minutes * 60,
        "k": settings.min_group_size,
    }


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> int:
    row = con.execute(sql, params).fetchone()
    return int(row[0]) if row else 0


def build_marts(con: duckdb.DuckDBPyConnection, settings: Settings) -> MartsResult:
    """Rebuild every mart in schema ``marts`` from ``messages``, suppressing cells below k."""
    k = settings.min_group_size
    params = _params(settings)
    for name in _BASE_TABLES:
        sql = _read_sql(name)
        con.execute(sql, _bind(sql, params))
    con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    suppressed: dict[str, int] = {}
    rows: dict[str, int] = {}
    rolled = 0
    for mart in MARTS:
        sql = mart.sql
        con.execute(f"CREATE OR REPLACE TEMP TABLE mart_cells AS {sql}", _bind(sql, params))
        suppressed[mart.name] = _count(
            con, "SELECT count(*) FROM mart_cells WHERE customers < ?", [k]
        )
        if mart.rollup is not None and suppressed[mart.name]:
            rolled += _roll_up(con, mart, mart.rollup, params, k)
        con.execute("DELETE FROM mart_cells WHERE customers < ?", [k])
        order = ", ".join(_quote(d) for d in mart.dimensions)
        target = f"{SCHEMA}.{_quote(mart.name)}"
        con.execute(
            f"CREATE OR REPLACE TABLE {target} AS "  # noqa: S608 - identifiers from MARTS
            f"SELECT * FROM mart_cells ORDER BY {order}"
        )
        rows[mart.name] = _count(con, f"SELECT count(*) FROM {target}", [])  # noqa: S608
    total = sum(suppressed.values())
    con.execute(
        f"CREATE OR REPLACE TABLE {SCHEMA}.{RELEASE_TABLE} AS SELECT "
        "CAST(? AS TIMESTAMPTZ) AS built_at, CAST(? AS INTEGER) AS min_group_size, "
        "CAST(? AS INTEGER) AS suppressed_cells, CAST(? AS VARCHAR) AS timezone, "
        "CAST(? AS INTEGER) AS sla_minutes, CAST(? AS TIME) AS business_hours_start, "
        "CAST(? AS TIME) AS business_hours_end",
        [
            datetime.now(UTC),
            k,
            total,
            settings.timezone,
            settings.sla_minutes,
            settings.business_hours_start,
            settings.business_hours_end,
        ],
    )
    for temp in ("mart_cells", "mart_topics", "mart_inbound", "mart_base"):
        con.execute(f"DROP TABLE IF EXISTS {temp}")
    return MartsResult(
        suppressed_cells=total,
        marts=[m.name for m in MARTS],
        suppressed_by_mart=suppressed,
        rows_by_mart=rows,
        rolled_up_rows=rolled,
    )


def _roll_up(
    con: duckdb.DuckDBPyConnection,
    mart: Mart,
    rollup: Rollup,
    params: Mapping[str, object],
    k: int,
) -> int:
    """Merge the suppressed cells of ``mart`` into ``(other)`` rows; publish those reaching k.

    The mart is recomputed over its working table with the page and platform of the rows of
    suppressed cells replaced by ``(other)``; no total is published beside it, so a suppressed
    cell cannot be recovered by difference within the mart. Returns the rows added.
    """
    source = _quote(rollup.source)
    match = " AND ".join(
        f"s.{_quote(column)} IS NOT DISTINCT FROM {expression}"
        for column, expression in rollup.keys
    )
    sql = mart.sql
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE mart_source_copy AS SELECT * FROM {source}"  # noqa: S608
    )
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE mart_small AS SELECT * FROM mart_cells "
            "WHERE customers < ?",
            [k],
        )
        con.execute(
            f"UPDATE {source} AS src SET page_id = ?, platform = ? "  # noqa: S608
            f"WHERE EXISTS (SELECT 1 FROM mart_small AS s WHERE {match})",
            [OTHER, OTHER],
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE mart_small AS {sql}", _bind(sql, params))
        added = _count(
            con,
            "SELECT count(*) FROM mart_small WHERE page_id = ? AND customers >= ?",
            [OTHER, k],
        )
        con.execute(
            "INSERT INTO mart_cells BY NAME "
            "SELECT * FROM mart_small WHERE page_id = ? AND customers >= ?",
            [OTHER, k],
        )
    finally:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {source} AS "  # noqa: S608
            "SELECT * FROM mart_source_copy"
        )
        con.execute("DROP TABLE IF EXISTS mart_source_copy")
        con.execute("DROP TABLE IF EXISTS mart_small")
    return added


def published_tables() -> tuple[str, ...]:
    """Every table of the marketing file: the marts and the release metadata."""
    return (*(m.name for m in MARTS), RELEASE_TABLE)


def export_marketing(settings: Settings, con: duckdb.DuckDBPyConnection | None = None) -> Path:
    """Write the marts, and only the marts, to ``settings.marketing_path`` atomically.

    Pass ``con`` when this process already holds the warehouse open; otherwise the warehouse
    is opened read-only.
    """
    source = con
    if source is None:
        if not settings.warehouse.exists():
            raise MartsError(f"{settings.warehouse}: no warehouse yet; run `convmon run` first")
        source = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return _export(source, settings.marketing_path)
    finally:
        if con is None:
            source.close()


def _export(source: duckdb.DuckDBPyConnection, target: Path) -> Path:
    present = {
        row[0]
        for row in source.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = ?", [SCHEMA]
        ).fetchall()
    }
    missing = [name for name in published_tables() if name not in present]
    if missing:
        raise MartsError(
            f"marts missing from the warehouse ({', '.join(missing)}): run `convmon run` "
            "(or pipeline.marts.build_marts) before exporting"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    out = duckdb.connect(str(tmp))
    try:
        out.execute("SET TimeZone = 'UTC'")
        for name in published_tables():
            table = source.sql(
                f"SELECT * FROM {SCHEMA}.{_quote(name)}"  # noqa: S608 - fixed names
            ).to_arrow_table()
            out.register("mart_rows", table)
            out.execute(f"CREATE TABLE {_quote(name)} AS SELECT * FROM mart_rows")  # noqa: S608
            out.unregister("mart_rows")
        out.execute("CHECKPOINT")
    except BaseException:
        out.close()
        tmp.unlink(missing_ok=True)
        raise
    out.close()
    os.chmod(tmp, MARKETING_MODE)
    os.replace(tmp, target)
    return target


def describe_marts(settings: Settings) -> dict[str, list[tuple[str, str]]]:
    """Columns and types of every published table, from a build over an empty warehouse."""
    from pipeline.paths import schema_path

    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(schema_path("warehouse.sql").read_text(encoding="utf-8"))
        build_marts(con, settings)
        return {
            name: [
                (str(row[0]), str(row[1]))
                for row in con.execute(f"DESCRIBE {SCHEMA}.{_quote(name)}").fetchall()
            ]
            for name in published_tables()
        }
    finally:
        con.close()
