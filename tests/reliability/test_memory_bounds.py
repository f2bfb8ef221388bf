"""What keeps a run's peak memory flat as the input grows (measured by ``benchmarks.scale``)."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from pipeline.run import VALIDATION_CHUNK_ROWS, Interval, _validation_chunks
from pipeline.warehouse import connect


@pytest.mark.parametrize("limit", ["256MB", "1GB"])
def test_warehouse_connections_cap_duckdb_memory(tmp_path: Path, limit: str) -> None:
    path = tmp_path / "convmon.duckdb"
    con = connect(path, memory_limit=limit)
    try:
        (value,) = con.execute("SELECT current_setting('memory_limit')").fetchone() or ("",)
    finally:
        con.close()
    number = float(str(value).split()[0])
    expected_mib = {"256MB": 256e6 / 2**20, "1GB": 1e9 / 2**20}[limit]
    assert abs(number * (1024 if "GiB" in str(value) else 1) - expected_mib) < 1, value


@pytest.mark.parametrize(
    ("per_day", "days", "most_rows"),
    [
        pytest.param(30_000, 10, 30_000, id="busy-days-one-per-chunk"),
        pytest.param(1_000, 28, 28_000, id="quiet-month-one-chunk"),
        pytest.param(12_000, 28, 48_000, id="four-days-per-chunk"),
    ],
)
def test_validation_chunks_stay_under_the_row_bound(
    per_day: int, days: int, most_rows: int
) -> None:
    start = date(2026, 11, 2)
    interval = Interval(start, start + timedelta(days=days))
    rows = Counter({d.isoformat(): per_day for d in interval.days()})
    chunks = _validation_chunks(interval, rows)
    assert [d for chunk in chunks for d in chunk] == interval.days()
    largest = max(sum(rows[d.isoformat()] for d in chunk) for chunk in chunks)
    assert largest == most_rows <= VALIDATION_CHUNK_ROWS


def test_a_day_above_the_bound_is_validated_alone() -> None:
    start = date(2026, 11, 2)
    interval = Interval(start, start + timedelta(days=3))
    rows = Counter({"2026-11-02": 10, "2026-11-03": VALIDATION_CHUNK_ROWS + 5, "2026-11-04": 10})
    chunks = _validation_chunks(interval, rows)
    assert [len(chunk) for chunk in chunks] == [1, 1, 1]
