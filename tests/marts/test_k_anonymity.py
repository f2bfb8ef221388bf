"""A scan of every marketing-facing row: none counts fewer than k distinct customers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from pipeline.marts import MARTS, RELEASE_TABLE, build_marts, export_marketing, published_tables

from .conftest import Warehouse, make_settings

PLATFORMS = ("messenger", "instagram", "whatsapp", "telegram")
TOPICS = ("shipping", "returns_refunds", "complaint", "payment", "product_info")


def random_traffic(w: Warehouse, seed: int, conversations: int) -> None:
    """Skewed traffic: a busy page and platform, and a long tail of tiny cells."""
    rng = random.Random(seed)
    start = datetime(2026, 2, 1, tzinfo=UTC)
    for c in range(conversations):
        customer = f"cust-{rng.randrange(conversations // 2)}"
        page = rng.choices(("P1", "P2"), weights=(5, 1))[0]
        platform = rng.choices(PLATFORMS, weights=(8, 3, 2, 1))[0]
        at = start + timedelta(days=rng.randrange(40), minutes=rng.randrange(24 * 60))
        ad = rng.choice((None, None, "AD-1", "AD-2", "AD-3"))
        for turn in range(rng.randint(1, 4)):
            w.add(
                f"{c}",
                "customer",
                at.isoformat(),
                customer=f"{customer}-{page}-{platform}",
                page=page,
                platform=platform,
                topics=rng.sample(TOPICS, rng.randint(0, 2)),
                sentiment=rng.choice(("negative", "neutral", "positive")),
                ad=ad if turn == 0 else None,
                conversion=rng.random() < 0.1,
            )
            at += timedelta(minutes=rng.randrange(1, 600))
            if rng.random() < 0.8:
                w.add(
                    f"{c}",
                    "agent",
                    at.isoformat(),
                    customer=f"{customer}-{page}-{platform}",
                    page=page,
                    platform=platform,
                )
                at += timedelta(minutes=rng.randrange(1, 3000))


@pytest.mark.parametrize("k", [2, 5, 10], ids=["k2", "k5-default", "k10"])
def test_no_published_row_counts_fewer_than_k(warehouse: Warehouse, tmp_path: Path, k: int) -> None:
    random_traffic(warehouse, seed=k, conversations=600)
    settings = make_settings(tmp_path, min_group_size=k, timezone="Europe/Rome")
    result = build_marts(warehouse.con, settings)
    assert result.suppressed_cells > 0  # the long tail exists and was suppressed
    assert sum(result.rows_by_mart.values()) > 0  # and something was published
    assert result.rolled_up_rows > 0  # including (other) rows merged from small cells
    warehouse.con.close()
    path = export_marketing(settings)

    con = duckdb.connect(str(path), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    assert sorted(tables) == sorted(published_tables())
    scanned = 0
    for mart in MARTS:
        columns = [r[0] for r in con.execute(f'DESCRIBE "{mart.name}"').fetchall()]
        assert "customers" in columns, f"{mart.name} must count its customers"
        for (customers,) in con.execute(f'SELECT customers FROM "{mart.name}"').fetchall():
            scanned += 1
            assert customers >= k, f"{mart.name}: a row counts {customers} < {k} customers"
    release = con.execute(f'SELECT min_group_size, suppressed_cells FROM "{RELEASE_TABLE}"')
    assert release.fetchall() == [(k, result.suppressed_cells)]
    con.close()
    assert scanned == sum(result.rows_by_mart.values())
