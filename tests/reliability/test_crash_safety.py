"""SIGKILL a real ``convmon run`` at several points: the warehouse stays old or becomes new.

The warehouse starts in a known previous state (the interval loaded from half of the data).
A run over all of the data is killed when a DEBUG line of a stage boundary appears on its
stderr. After the kill the warehouse, its marts and the marketing file must each equal either
the previous state or the complete new one (never a partial partition); then a run of the
same interval must complete and equal an uninterrupted run (run ids excluded), and the audit
chain must verify.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest

from pipeline.run import run_interval
from pipeline.settings import Settings
from tests.conftest import build_settings, write_key
from tests.reliability.harness import (
    copy_warehouse,
    env_for,
    run_args,
    run_convmon,
    snapshot_core,
    snapshot_marketing,
    snapshot_marts,
)

pytestmark = pytest.mark.slow

KILL_POINTS = {
    "during-anonymisation": r"anonymise: batch 1 ",
    "after-staging": r"stage: shard 0/1 staged",
    "mid-load-transaction": r"load: day \S+ replaced",
    "after-load-commit": r"load: \d+ days committed",
    "after-marts": r"finalise: \d+ marts rebuilt",
    "before-checkpoint": r"finalise: run recorded",
}


@dataclass(frozen=True)
class Scenario:
    root: Path
    keys: Path
    full_source: str
    start: date
    end: date
    old: Settings
    new: Settings

    def settings(self, name: str) -> Settings:
        return build_settings(
            self.root / name,
            pseudonym_key_file=self.keys / "pseudonym.key",
            quarantine_key_file=self.keys / "quarantine.key",
            min_group_size=2,
        )


def _busiest_two_days(jsonl: Path) -> date:
    days: Counter[date] = Counter()
    for line in jsonl.read_text("utf-8").splitlines():
        created = datetime.fromisoformat(json.loads(line)["created_time"].replace("Z", "+00:00"))
        days[created.date()] += 1
    return max(days, key=lambda d: (days[d] + days[d + timedelta(days=1)], -d.toordinal()))


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    from pipeline.demo import generate

    root = tmp_path_factory.mktemp("crash")
    generate(root / "demo", conversations=12, seed=5)
    jsonl = root / "demo" / "jsonl" / "messages.jsonl"
    lines = jsonl.read_text("utf-8").splitlines()
    threads = sorted({json.loads(line)["conversation_id"] for line in lines})
    kept = set(threads[::2])
    half = root / "half.jsonl"
    half.write_text(
        "".join(line + "\n" for line in lines if json.loads(line)["conversation_id"] in kept),
        encoding="utf-8",
    )
    start = _busiest_two_days(jsonl)
    end = start + timedelta(days=2)
    keys = root / "keys"
    write_key(keys / "pseudonym.key")
    write_key(keys / "quarantine.key")
    old = build_settings(
        root / "old",
        pseudonym_key_file=keys / "pseudonym.key",
        quarantine_key_file=keys / "quarantine.key",
        min_group_size=2,
    )
    result = run_interval(old, start=start, end=end, sources=[f"jsonl:{half}"])
    assert result["status"] == "succeeded"
    scene = Scenario(root, keys, f"jsonl:{jsonl}", start, end, old, old)
    new = scene.settings("new")
    copy_warehouse(old, new)
    result = run_interval(new, start=start, end=end, sources=[scene.full_source])
    assert result["status"] == "succeeded"
    return Scenario(root, keys, scene.full_source, start, end, old, new)


@pytest.fixture(scope="module")
def states(scenario: Scenario) -> dict[str, dict[str, Any]]:
    states = {}
    for name, settings in (("old", scenario.old), ("new", scenario.new)):
        states[name] = {
            "core": snapshot_core(settings.warehouse),
            "marts": snapshot_marts(settings.warehouse),
            "marketing": snapshot_marketing(settings.marketing_path),
        }
    assert states["old"]["core"] != states["new"]["core"], "the two states must differ"
    assert states["old"]["marts"] != states["new"]["marts"], "the marts must differ"
    return states


def _which(value: Any, states: dict[str, dict[str, Any]], part: str) -> str:
    for name in ("old", "new"):
        if value == states[name][part]:
            return name
    return "neither"


@pytest.mark.parametrize("point", list(KILL_POINTS), ids=list(KILL_POINTS))
def test_sigkill_leaves_old_or_new_and_the_rerun_equals_an_uninterrupted_run(
    scenario: Scenario,
    states: dict[str, dict[str, Any]],
    point: str,
) -> None:
    from privacy.audit import AuditLog

    settings = scenario.settings(point)
    copy_warehouse(scenario.old, settings)
    outcome = run_convmon(
        run_args(scenario.full_source, scenario.start, scenario.end),
        env_for(settings),
        kill_at=re.compile(KILL_POINTS[point]),
    )
    assert outcome.killed, f"kill point {point!r} never appeared:\n{outcome.stderr[-3000:]}"
    assert outcome.returncode == -9

    core = _which(snapshot_core(settings.warehouse), states, "core")
    marts = _which(snapshot_marts(settings.warehouse), states, "marts")
    marketing = _which(snapshot_marketing(settings.marketing_path), states, "marketing")
    print(f"after kill at {point}: core={core} marts={marts} marketing={marketing}")
    assert core != "neither", "a partial partition is visible after the kill"
    assert marts != "neither", "the marts are half rebuilt after the kill"
    assert marketing != "neither", "the marketing file is damaged after the kill"
    if core == "old":
        assert marts == "old" and marketing == "old"

    rerun = run_interval(
        settings, start=scenario.start, end=scenario.end, sources=[scenario.full_source]
    )
    assert rerun["status"] == "succeeded"
    assert snapshot_core(settings.warehouse) == states["new"]["core"]
    assert snapshot_marts(settings.warehouse) == states["new"]["marts"]
    assert snapshot_marketing(settings.marketing_path) == states["new"]["marketing"]
    con = duckdb.connect(str(settings.warehouse))
    try:
        verdict = AuditLog.from_settings(con, settings).verify()
    finally:
        con.close()
    assert verdict.ok, verdict.problem
