"""Through the run API: a day with a residual e-mail is not loaded; the report says why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.run import (
    extract_shard,
    finalise,
    new_run_id,
    run_interval,
    validate_partitions,
)
from pipeline.settings import Settings
from pipeline.stage import staged_files
from pipeline.validate import ValidationFailedError
from tests.conftest import build_settings

pytestmark = pytest.mark.slow

PLANTED_EMAIL = "livia.benedetti.planted@example.net"


def _messages(settings: Settings) -> list[tuple[Any, ...]]:
    con = duckdb.connect(str(settings.warehouse), read_only=True)
    try:
        return con.execute(
            "SELECT * EXCLUDE (run_id) FROM messages ORDER BY message_key"
        ).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def gated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from pipeline.demo import generate

    root = tmp_path_factory.mktemp("gate")
    manifest = generate(root / "demo", conversations=6, seed=3, days=2)
    settings = build_settings(root / "w")
    start, end = manifest.start, manifest.end
    sources = [f"graph-api:{root / 'demo' / 'graph-api'}"]
    good = run_interval(settings, start=start, end=end, sources=sources)
    before = _messages(settings)

    run_id = new_run_id()
    shard = extract_shard(
        settings, run_id=run_id, start=start, end=end, source=sources[0], source_index=0
    )
    files = staged_files(settings.staging_dir, run_id)
    day, parts = next((d, p) for d, p in sorted(files.items()) if p)
    table = pq.read_table(parts[0])
    texts = table.column("text_anon").to_pylist()
    texts[0] = f"{texts[0]} scrivimi a {PLANTED_EMAIL}"
    table = table.set_column(table.schema.get_field_index("text_anon"), "text_anon", [texts])
    pq.write_table(table, parts[0])
    error: ValidationFailedError | None = None
    try:
        validate_partitions(settings, run_id=run_id, start=start, end=end)
    except ValidationFailedError as exc:
        error = exc
    outcome = finalise(
        settings,
        run_id=run_id,
        start=start,
        end=end,
        shard_results=[shard],
        load_result=None,
        errors=[str(error)] if error else [],
    )
    return {
        "settings": settings,
        "good": good,
        "before": before,
        "after": _messages(settings),
        "error": error,
        "day": day,
        "outcome": outcome,
        "run_id": run_id,
    }


def test_good_run_passes_the_gate(gated: dict[str, Any]) -> None:
    good = gated["good"]
    assert good["status"] == "succeeded", good["errors"]
    assert good["validation"] and all(d["success"] for d in good["validation"])


def test_planted_email_blocks_the_load(gated: dict[str, Any]) -> None:
    error = gated["error"]
    assert error is not None
    assert "no_residual_email:text_anon" in str(error)
    assert gated["day"].isoformat() in str(error)
    assert PLANTED_EMAIL not in str(error)
    assert gated["after"] == gated["before"], "the warehouse must keep its previous good state"


def test_failed_run_report_names_the_expectation_and_holds_no_email(
    gated: dict[str, Any],
) -> None:
    outcome = gated["outcome"]
    summary = outcome["summary"]
    assert summary["status"] == "failed"
    failed = {
        (d["day"], e["name"])
        for d in summary["validation"]
        for e in d["expectations"]
        if not e["success"]
    }
    day = gated["day"].isoformat()
    assert any(
        name == "no_residual_email:text_anon"
        and label.split("..")[0] <= day <= label.split("..")[-1]
        for label, name in failed
    ), failed
    for path in (outcome["report_json"], outcome["report_html"]):
        text = Path(path).read_text("utf-8")
        assert "no_residual_email:text_anon" in text
        assert PLANTED_EMAIL not in text and "example.net" not in text
    settings: Settings = gated["settings"]
    validation_files = list((settings.staging_dir / gated["run_id"]).rglob("*.json"))
    for path in validation_files:
        assert PLANTED_EMAIL not in path.read_text("utf-8")


def test_audit_chain_holds_both_runs_and_verifies(
    gated: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from pipeline.cli import app

    settings: Settings = gated["settings"]
    monkeypatch.chdir(tmp_path)
    for name, value in (
        ("CONVMON_PSEUDONYM_KEY_FILE", settings.pseudonym_key_file),
        ("CONVMON_QUARANTINE_KEY_FILE", settings.quarantine_key_file),
        ("CONVMON_WAREHOUSE", settings.warehouse),
        ("CONVMON_DATA_DIR", settings.data_dir),
    ):
        monkeypatch.setenv(name, str(value))
    runner = CliRunner()
    verified = runner.invoke(app, ["audit", "verify"])
    assert verified.exit_code == 0, verified.output
    listed = runner.invoke(app, ["audit", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    runs = {r["run_id"]: r for r in json.loads(listed.stdout)}
    assert runs[gated["run_id"]]["status"] == "failed"
    assert runs[gated["good"]["run_id"]]["status"] == "succeeded"
    day = gated["day"].isoformat()
    revalidated = runner.invoke(app, ["validate", "--date", day, "--json"])
    assert revalidated.exit_code == 0, revalidated.output
