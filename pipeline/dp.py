"""Differentially private releases of marketing counts (OpenDP), charged to a budget ledger.

A release counts per cell of a fixed domain (every local day of the range x configured Page x
platform, zero cells included) after bounding each customer's contribution: at most
``max_days_per_customer`` days per customer (chosen by a hash of the customer and the day) and,
for ``messages_in``, at most ``max_messages_per_customer_day`` messages per kept day. Removing a
customer therefore changes each measure's vector by at most its sensitivity in L1, and each
measure gets discrete Laplace noise for its share of epsilon. Rounding, clamping at 0 and
suppressing cells whose noisy ``customers`` is below k are post-processing.
"""

from __future__ import annotations

import math
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa

from pipeline.models import Platform
from pipeline.settings import Settings

MARTS = ("daily_activity",)
MEASURES = ("customers", "new_customers", "messages_in")
DEFAULT_MEASURES = ("customers", "messages_in")
DEFAULT_DAYS = 28

LEDGER_DDL = """
CREATE TABLE IF NOT EXISTS dp_ledger (
    release_id   VARCHAR     NOT NULL PRIMARY KEY,
    created_at   TIMESTAMPTZ NOT NULL,
    mart         VARCHAR     NOT NULL,
    epsilon      DOUBLE      NOT NULL,
    measures     VARCHAR     NOT NULL,
    total_after  DOUBLE      NOT NULL
)
"""

_BOUNDED_SQL = """
WITH base AS (
    SELECT customer_key, page_id, platform, sender_role,
           CAST(timezone($tz, created_time) AS DATE) AS day
    FROM messages
    WHERE customer_key IS NOT NULL
      AND list_contains($pages, page_id)
      AND list_contains($platforms, platform)
),
first_seen AS (
    SELECT customer_key, page_id, platform, min(day) AS first_day
    FROM base
    GROUP BY customer_key, page_id, platform
),
customer_days AS (
    SELECT customer_key, page_id, platform, day,
           count(*) FILTER (WHERE sender_role = 'customer') AS n_in
    FROM base
    WHERE day BETWEEN $start AND $end
    GROUP BY customer_key, page_id, platform, day
),
kept AS (
    SELECT *
    FROM customer_days
    QUALIFY row_number() OVER (
        PARTITION BY customer_key, page_id, platform
        ORDER BY md5(customer_key || '|' || CAST(day AS VARCHAR)), day
    ) <= $max_days
),
cells AS (
    SELECT k.day, k.page_id, k.platform,
           count(*) AS customers,
           count(*) FILTER (WHERE f.first_day = k.day) AS new_customers,
           sum(least(k.n_in, $cap)) AS messages_in
    FROM kept AS k
    JOIN first_seen AS f USING (customer_key, page_id, platform)
    GROUP BY k.day, k.page_id, k.platform
)
SELECT d.day, d.page_id, d.platform,
       CAST(coalesce(c.customers, 0) AS BIGINT) AS customers,
       CAST(coalesce(c.new_customers, 0) AS BIGINT) AS new_customers,
       CAST(coalesce(c.messages_in, 0) AS BIGINT) AS messages_in
FROM dp_domain AS d
LEFT JOIN cells AS c USING (day, page_id, platform)
ORDER BY d.day, d.page_id, d.platform
"""


class DPError(Exception):
    """A release that cannot be made as asked; the message says what to do."""


class BudgetExceededError(DPError):
    """The release would take the ledger over ``CONVMON_DP_TOTAL_EPSILON``."""


@dataclass(frozen=True)
class ReleaseResult:
    """What a release published and what it cost."""

    release_id: str
    path: Path
    mart: str
    epsilon: float
    total_after: float
    total_budget: float
    measures: tuple[str, ...]
    scales: dict[str, float] = field(default_factory=dict)
    domain_cells: int = 0
    published_cells: int = 0
    suppressed_cells: int = 0

    @property
    def remaining(self) -> float:
        return max(self.total_budget - self.total_after, 0.0)


def sensitivity(measure: str, max_days: int, max_messages: int) -> int:
    """L1 change of one measure's cell vector when one customer is added or removed."""
    return max_days * (max_messages if measure == "messages_in" else 1)


def laplace_noise(counts: Sequence[int], *, sensitivity: int, epsilon: float) -> list[int]:
    """``counts`` plus discrete Laplace noise from OpenDP, epsilon-DP at that L1 sensitivity."""
    import opendp.prelude as dp

    dp.enable_features("contrib")
    space = dp.vector_domain(dp.atom_domain(T=int)), dp.l1_distance(T=int)
    scale = sensitivity / epsilon
    measurement = dp.m.make_laplace(*space, scale=scale)
    while measurement.map(sensitivity) > epsilon:  # type: ignore[no-untyped-call]
        scale *= 1 + 1e-9
        measurement = dp.m.make_laplace(*space, scale=scale)
    return [int(v) for v in measurement([int(c) for c in counts])]


def domain(settings: Settings, start: date, end: date) -> pa.Table:
    """Every cell of the release: local day x configured Page x platform, fixed in advance."""
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    rows = [
        (day, page, platform.value)
        for day in days
        for page in settings.page_ids
        for platform in Platform
    ]
    return pa.table(
        {
            "day": pa.array([r[0] for r in rows], pa.date32()),
            "page_id": pa.array([r[1] for r in rows], pa.string()),
            "platform": pa.array([r[2] for r in rows], pa.string()),
        }
    )


def bounded_counts(
    con: duckdb.DuckDBPyConnection,
    settings: Settings,
    *,
    start: date,
    end: date,
    max_days_per_customer: int,
    max_messages_per_customer_day: int,
) -> pa.Table:
    """True counts over the whole domain after contribution bounding (no noise yet)."""
    con.register("dp_domain", domain(settings, start, end))
    try:
        return con.sql(
            _BOUNDED_SQL,
            params={
                "tz": settings.timezone,
                "pages": list(settings.page_ids),
                "platforms": [p.value for p in Platform],
                "start": start,
                "end": end,
                "max_days": max_days_per_customer,
                "cap": max_messages_per_customer_day,
            },
        ).to_arrow_table()
    finally:
        con.unregister("dp_domain")


def spent(con: duckdb.DuckDBPyConnection) -> float:
    con.execute(LEDGER_DDL)
    rows = con.execute("SELECT coalesce(sum(epsilon), 0) FROM dp_ledger").fetchall()
    return float(rows[0][0]) if rows else 0.0


def ledger(settings: Settings) -> list[tuple[str, datetime, str, float, str, float]]:
    """Every release charged to the budget, oldest first."""
    if not settings.warehouse.exists():
        return []
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        con.execute("SET TimeZone = 'UTC'")
        present = con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'dp_ledger'"
        ).fetchall()
        if not present[0][0]:
            return []
        return [
            (str(r[0]), r[1], str(r[2]), float(r[3]), str(r[4]), float(r[5]))
            for r in con.execute(
                "SELECT release_id, created_at, mart, epsilon, measures, total_after "
                "FROM dp_ledger ORDER BY created_at, release_id"
            ).fetchall()
        ]
    finally:
        con.close()


def _check(
    mart: str, epsilon: float, measures: Sequence[str], max_days: int, max_messages: int
) -> None:
    if mart not in MARTS:
        raise DPError(f"no DP release for mart {mart!r}: use one of {', '.join(MARTS)}")
    if not (math.isfinite(epsilon) and epsilon > 0):
        raise DPError(f"epsilon must be a positive number, not {epsilon!r} (e.g. --epsilon 0.5)")
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise DPError(f"unknown measures {unknown}: choose from {', '.join(MEASURES)}")
    if "customers" not in measures:
        raise DPError("measures must include 'customers' (its noisy value gates publication)")
    if len(set(measures)) != len(measures):
        raise DPError("each measure may be given once")
    if max_days < 1 or max_messages < 1:
        raise DPError("max_days_per_customer and max_messages_per_customer_day must be >= 1")


def _noisy_release(
    true: pa.Table,
    *,
    measures: Sequence[str],
    epsilon: float,
    max_days: int,
    max_messages: int,
    k: int,
) -> tuple[pa.Table, dict[str, float]]:
    share = epsilon / len(measures)
    columns: dict[str, pa.Array] = {
        "day": true.column("day").combine_chunks(),
        "page_id": true.column("page_id").combine_chunks(),
        "platform": true.column("platform").combine_chunks(),
    }
    scales: dict[str, float] = {}
    for measure in measures:
        sens = sensitivity(measure, max_days, max_messages)
        scales[measure] = sens / share
        noisy = laplace_noise(true.column(measure).to_pylist(), sensitivity=sens, epsilon=share)
        columns[measure] = pa.array([max(v, 0) for v in noisy], pa.int64())
    table = pa.table(columns)
    keep = pa.array([v >= k for v in columns["customers"].to_pylist()], pa.bool_())
    return table.filter(keep), scales


def _write(table: pa.Table, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    if target.suffix.lower() == ".csv":
        import pyarrow.csv as pcsv

        pcsv.write_csv(table, tmp)
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, tmp)
    return tmp


def release(
    settings: Settings,
    *,
    mart: str = "daily_activity",
    epsilon: float,
    measures: Sequence[str] = DEFAULT_MEASURES,
    max_days_per_customer: int = 7,
    max_messages_per_customer_day: int = 5,
    start: date | None = None,
    end: date | None = None,
    output: Path | None = None,
) -> ReleaseResult:
    """Publish one noisy release of ``mart`` and charge ``epsilon`` to the ledger.

    The range defaults to the ``DEFAULT_DAYS`` local days before today. Refused, with nothing
    written, when the ledger plus ``epsilon`` would exceed ``settings.dp_total_epsilon``.
    """
    from pipeline.warehouse import connect, writer_lock
    from privacy.audit import AuditLog

    measures = tuple(measures)
    _check(mart, epsilon, measures, max_days_per_customer, max_messages_per_customer_day)
    if end is None:
        end = datetime.now(settings.zone).date() - timedelta(days=1)
    if start is None:
        start = end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise DPError(f"the range is empty ({start} > {end}): give --from before --to")
    if not settings.warehouse.exists():
        raise DPError(f"{settings.warehouse}: no warehouse yet; run `convmon run` first")
    release_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"
    target = output or settings.data_dir / "releases" / f"dp_{mart}_{release_id}.parquet"
    with writer_lock(settings.warehouse):
        con = connect(settings.warehouse)
        try:
            before = spent(con)
            total_after = before + epsilon
            if total_after > settings.dp_total_epsilon + 1e-12:
                raise BudgetExceededError(
                    f"release refused: epsilon {epsilon:g} would take the budget to "
                    f"{total_after:g} > CONVMON_DP_TOTAL_EPSILON={settings.dp_total_epsilon:g} "
                    f"({max(settings.dp_total_epsilon - before, 0):g} left); ask for a smaller "
                    "epsilon or raise the total budget knowingly"
                )
            true = bounded_counts(
                con,
                settings,
                start=start,
                end=end,
                max_days_per_customer=max_days_per_customer,
                max_messages_per_customer_day=max_messages_per_customer_day,
            )
            published, scales = _noisy_release(
                true,
                measures=measures,
                epsilon=epsilon,
                max_days=max_days_per_customer,
                max_messages=max_messages_per_customer_day,
                k=settings.min_group_size,
            )
            tmp = _write(published, target)
            try:
                con.execute(
                    "INSERT INTO dp_ledger VALUES (?, ?, ?, ?, ?, ?)",
                    [release_id, datetime.now(UTC), mart, epsilon, ",".join(measures), total_after],
                )
                AuditLog.from_settings(con, settings).append(
                    "dp_release",
                    {
                        "release_id": release_id,
                        "mart": mart,
                        "epsilon": epsilon,
                        "total_after": total_after,
                        "measures": list(measures),
                        "max_days_per_customer": max_days_per_customer,
                        "domain_cells": true.num_rows,
                        "published_cells": published.num_rows,
                    },
                )
                os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        finally:
            con.close()
    return ReleaseResult(
        release_id=release_id,
        path=target,
        mart=mart,
        epsilon=epsilon,
        total_after=total_after,
        total_budget=settings.dp_total_epsilon,
        measures=measures,
        scales=scales,
        domain_cells=true.num_rows,
        published_cells=published.num_rows,
        suppressed_cells=true.num_rows - published.num_rows,
    )
