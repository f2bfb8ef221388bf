"""Differentially private releases: budget ledger, real noise, bounding, fixed domain, k gate."""

from __future__ import annotations

import math
import random
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import dp
from pipeline.cli import app
from pipeline.models import Platform
from pipeline.settings import Settings
from privacy.audit import AuditLog
from tests.conftest import build_settings

from .conftest import Warehouse

START = date(2026, 3, 1)
DAYS = 10
END = START + timedelta(days=DAYS - 1)
PAGES = ["P1", "P2"]
DOMAIN = DAYS * len(PAGES) * len(Platform)
BUSY = "busy-customer"


def _settings(root: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "warehouse": root / "convmon.duckdb",
        "data_dir": root / "var",
        "timezone": "UTC",
        "page_ids": PAGES,
        "min_group_size": 5,
        "dp_total_epsilon": 1.0,
    }
    values.update(overrides)
    return build_settings(root, **values)


def _traffic(w: Warehouse, *, customers: int = 60, seed: int = 5) -> None:
    """Many customers on P1 messenger; one customer on P2 instagram on 20 days, 10 a day."""
    rng = random.Random(seed)
    for n in range(customers):
        day = START + timedelta(days=rng.randrange(DAYS))
        at = f"{day.isoformat()}T10:{n % 60:02d}:00+00:00"
        w.add(f"c{n}", "customer", at, customer=f"cust-{n}")
        w.add(f"c{n}", "agent", at.replace("T10", "T11"), customer=f"cust-{n}")
    for d in range(20):
        day = START - timedelta(days=5) + timedelta(days=d)
        for m in range(10):
            w.add(
                f"busy-{d}",
                "customer",
                f"{day.isoformat()}T09:{m:02d}:00+00:00",
                customer=BUSY,
                page="P2",
                platform="instagram",
            )


@pytest.fixture
def settings(warehouse: Warehouse, tmp_path: Path) -> Settings:
    _traffic(warehouse)
    warehouse.con.execute("CHECKPOINT")
    return _settings(tmp_path)


def _ledger_rows(settings: Settings) -> int:
    con = duckdb.connect(str(settings.warehouse))
    try:
        return int(con.execute("SELECT count(*) FROM dp_ledger").fetchone()[0])  # type: ignore[index]
    finally:
        con.close()


def _audit_releases(settings: Settings) -> int:
    con = duckdb.connect(str(settings.warehouse))
    try:
        return len(AuditLog.from_settings(con, settings).entries(kind="dp_release"))
    finally:
        con.close()


def _release(settings: Settings, epsilon: float, **kwargs: object) -> dp.ReleaseResult:
    return dp.release(settings, epsilon=epsilon, start=START, end=END, **kwargs)  # type: ignore[arg-type]


def test_release_under_budget_is_written_and_recorded(
    settings: Settings, warehouse: Warehouse
) -> None:
    result = _release(settings, 0.5)
    assert result.path.exists() and result.path.parent == settings.data_dir / "releases"
    assert result.total_after == pytest.approx(0.5) and result.remaining == pytest.approx(0.5)
    assert result.domain_cells == DOMAIN
    assert result.scales == {"customers": 7 / 0.25, "messages_in": 35 / 0.25}
    table = pq.read_table(result.path)
    assert table.column_names == ["day", "page_id", "platform", "customers", "messages_in"]
    assert table.num_rows == result.published_cells
    assert _ledger_rows(settings) == 1
    assert _audit_releases(settings) == 1
    warehouse.con.close()
    assert [row[0] for row in dp.ledger(settings)] == [result.release_id]


def test_release_over_budget_is_refused_and_writes_nothing(settings: Settings) -> None:
    _release(settings, 0.6)
    files = sorted((settings.data_dir / "releases").iterdir())
    out = settings.data_dir / "refused.csv"
    with pytest.raises(dp.BudgetExceededError, match="CONVMON_DP_TOTAL_EPSILON"):
        _release(settings, 0.5, output=out)
    assert not out.exists()
    assert sorted((settings.data_dir / "releases").iterdir()) == files
    assert _ledger_rows(settings) == 1
    assert _audit_releases(settings) == 1
    assert _release(settings, 0.4).total_after == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"epsilon": 0.0}, "positive"),
        ({"epsilon": math.inf}, "positive"),
        ({"epsilon": 0.1, "mart": "campaigns"}, "no DP release"),
        ({"epsilon": 0.1, "measures": ("messages_in",)}, "include 'customers'"),
        ({"epsilon": 0.1, "measures": ("customers", "text")}, "unknown measures"),
    ],
    ids=["zero-epsilon", "infinite-epsilon", "unsupported-mart", "no-k-gate", "unknown-measure"],
)
def test_invalid_release_is_refused(
    settings: Settings, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(dp.DPError, match=message):
        dp.release(settings, start=START, end=END, **kwargs)  # type: ignore[arg-type]
    assert not (settings.data_dir / "releases").exists()


def test_two_releases_differ(settings: Settings, tmp_path: Path) -> None:
    big = _settings(tmp_path, dp_total_epsilon=10.0)
    first = pq.read_table(_release(big, 2.0).path)
    second = pq.read_table(_release(big, 2.0).path)
    assert first.to_pylist() != second.to_pylist()


def test_noise_is_centred_within_its_scale() -> None:
    n, sens, epsilon = 20_000, 7, 0.5
    scale = sens / epsilon
    noisy = dp.laplace_noise([100] * n, sensitivity=sens, epsilon=epsilon)
    assert len(set(noisy)) > 50
    standard_error = math.sqrt(2) * scale / math.sqrt(n)
    assert abs(sum(noisy) / n - 100) < 5 * standard_error
    spread = math.sqrt(sum((v - 100) ** 2 for v in noisy) / n)
    assert 0.8 * math.sqrt(2) * scale < spread < 1.2 * math.sqrt(2) * scale


def _bounded(settings: Settings, warehouse: Warehouse, max_days: int) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = dp.bounded_counts(
        warehouse.con,
        settings,
        start=START - timedelta(days=5),
        end=START + timedelta(days=20),
        max_days_per_customer=max_days,
        max_messages_per_customer_day=5,
    ).to_pylist()
    return rows


@pytest.mark.parametrize("max_days", [1, 7, 19], ids=["one-day", "default-seven", "nineteen"])
def test_contribution_is_bounded(settings: Settings, warehouse: Warehouse, max_days: int) -> None:
    rows = _bounded(settings, warehouse, max_days)
    busy = [r for r in rows if r["page_id"] == "P2" and r["platform"] == "instagram"]
    assert sum(int(r["customers"]) for r in busy) == max_days  # type: ignore[call-overload]
    assert {r["messages_in"] for r in busy if r["customers"]} == {5}
    assert _bounded(settings, warehouse, max_days) == rows


def test_zero_cells_of_the_domain_are_present(settings: Settings, warehouse: Warehouse) -> None:
    rows = dp.bounded_counts(
        warehouse.con,
        settings,
        start=START,
        end=END,
        max_days_per_customer=7,
        max_messages_per_customer_day=5,
    ).to_pylist()
    assert len(rows) == DOMAIN
    assert {(r["day"], r["page_id"], r["platform"]) for r in rows} == {
        (START + timedelta(days=d), page, platform.value)
        for d in range(DAYS)
        for page in PAGES
        for platform in Platform
    }
    active = {(r["day"], r["page_id"], r["platform"]) for r in rows if r["customers"]}
    assert sum(1 for r in rows if r["customers"] == 0) == DOMAIN - len(active)
    assert sum(int(r["customers"]) for r in rows if r["page_id"] == "P1") == 60


@pytest.mark.parametrize("k", [2, 5, 10], ids=["k2", "k5", "k10"])
def test_no_released_row_counts_fewer_than_k(warehouse: Warehouse, tmp_path: Path, k: int) -> None:
    _traffic(warehouse, customers=400, seed=k)
    warehouse.con.execute("CHECKPOINT")
    settings = _settings(tmp_path, min_group_size=k, dp_total_epsilon=5.0)
    result = _release(settings, 5.0)
    rows = pq.read_table(result.path).to_pylist()
    assert rows and all(int(r["customers"]) >= k for r in rows)
    assert result.published_cells + result.suppressed_cells == DOMAIN


@pytest.fixture
def cli_env(settings: Settings, monkeypatch: pytest.MonkeyPatch, warehouse: Warehouse) -> Path:
    warehouse.con.close()
    monkeypatch.chdir(settings.warehouse.parent)
    for name, value in {
        "WAREHOUSE": settings.warehouse,
        "DATA_DIR": settings.data_dir,
        "PSEUDONYM_KEY_FILE": settings.pseudonym_key_file,
        "QUARANTINE_KEY_FILE": settings.quarantine_key_file,
        "TIMEZONE": "UTC",
        "PAGE_IDS": ",".join(PAGES),
        "DP_TOTAL_EPSILON": "1.0",
    }.items():
        monkeypatch.setenv(f"CONVMON_{name}", str(value))
    return settings.warehouse.parent


@pytest.mark.parametrize("suffix", ["csv", "parquet"], ids=["csv", "parquet"])
def test_cli_release_and_ledger(cli_env: Path, suffix: str) -> None:
    out = cli_env / f"release.{suffix}"
    args = ["release", "--from", START.isoformat(), "--to", END.isoformat()]
    result = CliRunner().invoke(app, [*args, "--epsilon", "0.7", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists() and "0.3 left" in result.output
    refused = CliRunner().invoke(app, [*args, "--epsilon", "0.5", "-o", str(cli_env / "x.csv")])
    assert refused.exit_code == 2 and "refused" in refused.output
    assert not (cli_env / "x.csv").exists()
    ledger = CliRunner().invoke(app, ["release", "--ledger"])
    assert ledger.exit_code == 0, ledger.output
    assert "0.7 of 1 spent" in ledger.output
