"""The README's commands, as a new user types them, in a fresh folder with no configuration."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.slow

CONVMON = str(Path(sys.executable).with_name("convmon"))


def convmon(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONVMON_")}
    env["COLUMNS"] = "200"
    return subprocess.run(
        [CONVMON, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1200
    )


@pytest.fixture(scope="module")
def demo_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    cwd = tmp_path_factory.mktemp("newuser")
    return cwd, convmon(cwd, "demo-run", "--demo-dir", "var/demo", "--conversations", "120")


def test_demo_run_creates_keys_data_and_a_warehouse(
    demo_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    cwd, result = demo_run
    assert result.returncode == 0, result.stderr[-2000:]
    for words in ("created a local demo key", "messages read", "quarantined", "run report"):
        assert words in result.stdout, words
    key = cwd / "var" / "keys" / "pseudonym.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    warehouse = cwd / "warehouse" / "convmon.duckdb"
    assert stat.S_IMODE(warehouse.stat().st_mode) == 0o640
    assert (cwd / "warehouse" / "marketing.duckdb").exists()
    assert list((cwd / "var" / "reports").glob("*.html"))


def test_demo_run_brings_campaigns_to_the_dashboard_without_double_counting(
    demo_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    cwd, _ = demo_run
    manifest = json.loads((cwd / "var" / "demo" / "manifest.json").read_text("utf-8"))
    con = duckdb.connect(str(cwd / "warehouse" / "convmon.duckdb"), read_only=True)
    try:
        loaded = con.execute("SELECT count(*) FROM messages").fetchone()
        referrals = con.execute(
            "SELECT count(*) FROM messages WHERE referral_ad_id IS NOT NULL"
        ).fetchone()
        campaigns = con.execute("SELECT count(*) FROM marts.campaigns").fetchone()
        run = con.execute(
            "SELECT messages_read, loaded, quarantined, duplicates FROM runs ORDER BY started_at"
        ).fetchone()
    finally:
        con.close()
    assert loaded == (manifest["messages"],), "a message read from both sources counted twice"
    assert run is not None and run[0] == run[1] + run[2] + run[3] and run[3] > 0
    assert referrals is not None and referrals[0] > 0
    assert campaigns is not None and campaigns[0] > 0
    result = convmon(cwd, "dashboard", "-o", "campaigns.html")
    assert result.returncode == 0, result.stderr[-2000:]
    page = (cwd / "campaigns.html").read_text(encoding="utf-8")
    chart = re.search(r'<svg data-chart="campaigns".*?</svg>', page, re.S)
    assert chart is not None and "data-empty" not in chart.group(0)
    assert re.search(r"<rect\b", chart.group(0))


def test_a_second_demo_run_reuses_the_key(
    demo_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    cwd, _ = demo_run
    key = (cwd / "var" / "keys" / "pseudonym.key").read_bytes()
    again = convmon(cwd, "demo-run", "--demo-dir", "var/demo")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "created a local demo key" not in again.stdout
    assert (cwd / "var" / "keys" / "pseudonym.key").read_bytes() == key


@pytest.mark.parametrize(
    "args",
    [
        ("audit", "list"),
        ("audit", "verify"),
        ("marts",),
        ("query", "SELECT count(*) AS days FROM daily_activity"),
        ("dashboard", "-o", "dashboard.html"),
        ("ropa",),
    ],
    ids=lambda a: "-".join(a[:2]),
)
def test_readme_commands_work_after_make_run(
    demo_run: tuple[Path, subprocess.CompletedProcess[str]], args: tuple[str, ...]
) -> None:
    cwd, _ = demo_run
    result = convmon(cwd, *args)
    assert result.returncode == 0, result.stdout[-1000:] + result.stderr[-2000:]
