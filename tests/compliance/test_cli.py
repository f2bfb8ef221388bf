"""The compliance commands, through the real ``convmon`` app."""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.report import write_run_report
from pipeline.settings import Settings
from tests.compliance.conftest import PAGE
from tests.compliance.test_report import make_summary

Seeded = tuple[Settings, dict[str, Any]]


def _tamper(settings: Settings, sql: str) -> None:
    con = duckdb.connect(str(settings.warehouse))
    try:
        con.execute(sql)
    finally:
        con.close()


@pytest.mark.parametrize(
    ("sql", "seq"),
    [
        pytest.param(
            """UPDATE audit_log SET payload = '{"run_id": "run-1"}' WHERE seq = 2""",
            2,
            id="modified",
        ),
        pytest.param("DELETE FROM audit_log WHERE seq = 2", 2, id="deleted"),
        pytest.param(
            "INSERT INTO audit_log SELECT seq, entry_time, kind, payload, prev_hash, entry_hash "
            "FROM audit_log WHERE seq = 3",
            3,
            id="inserted",
        ),
        pytest.param(
            "UPDATE audit_log SET seq = CASE seq WHEN 2 THEN 3 ELSE 2 END WHERE seq IN (2, 3)",
            2,
            id="reordered",
        ),
    ],
)
def test_audit_verify_exit_codes(
    cli: tuple[CliRunner, Settings, dict[str, Any]], sql: str, seq: int
) -> None:
    runner, settings, _ = cli
    intact = runner.invoke(app, ["audit", "verify"])
    assert intact.exit_code == 0, intact.output
    assert "intact" in intact.output
    _tamper(settings, sql)
    broken = runner.invoke(app, ["audit", "verify"])
    assert broken.exit_code == 1
    assert f"entry {seq}" in broken.output


def test_forget_and_subject_access_commands(
    cli: tuple[CliRunner, Settings, dict[str, Any]],
) -> None:
    runner, settings, info = cli
    args = ["--platform", "messenger", "--page", PAGE, "--user-id", info["subject_id"]]
    export_path = settings.data_dir / "sar.json"
    access = runner.invoke(app, ["subject-access", *args, "--out", str(export_path)])
    assert access.exit_code == 0, access.output
    assert json.loads(export_path.read_text("utf-8"))["messages_count"] == info["subject_rows"]
    forgotten = runner.invoke(app, ["forget", *args])
    assert forgotten.exit_code == 0, forgotten.output
    result = json.loads(forgotten.stdout)
    assert result["total_rows_deleted"] == info["subject_rows"]
    assert info["subject_id"] not in forgotten.output and info["subject"] not in forgotten.output
    assert info["subject"].encode() not in settings.warehouse.read_bytes()
    after = runner.invoke(app, ["subject-access", *args])
    assert json.loads(after.stdout)["messages_count"] == 0
    assert runner.invoke(app, ["audit", "verify"]).exit_code == 0


def test_forget_without_identifier_is_a_user_error(
    cli: tuple[CliRunner, Settings, dict[str, Any]],
) -> None:
    runner, _, _ = cli
    result = runner.invoke(app, ["forget", "--platform", "messenger", "--page", PAGE])
    assert result.exit_code == 2
    assert "--user-id" in result.output


def test_ropa_markdown_comes_from_configuration(
    cli: tuple[CliRunner, Settings, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    runner, settings, _ = cli
    monkeypatch.setenv("CONVMON_RETENTION_DAYS", "200")
    monkeypatch.setenv("CONVMON_MIN_GROUP_SIZE", "7")
    result = runner.invoke(app, ["ropa"])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith("# Record of processing activities (GDPR Art. 30)")
    for needle in ("**200 days**", "k = 7", "HMAC-SHA256", "## Recipients", "## Purposes"):
        assert needle in text
    from privacy.pseudonym import KeyRing

    assert KeyRing.from_settings(settings).key_id in text


def test_audit_show_and_list(cli: tuple[CliRunner, Settings, dict[str, Any]]) -> None:
    runner, settings, _ = cli
    summary = make_summary(failed=True)
    write_run_report(settings, summary)
    html = settings.data_dir / "copy.html"
    shown = runner.invoke(app, ["audit", "show", summary["run_id"], "--html", str(html)])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["run_id"] == summary["run_id"]
    assert "no_residual_email:text_anon" in html.read_text("utf-8")
    listed = runner.invoke(app, ["audit", "list"])
    assert listed.exit_code == 0 and summary["run_id"] in listed.output
    missing = runner.invoke(app, ["audit", "show", "20990101T000000Z-none"])
    assert missing.exit_code == 2 and "audit list" in missing.output


def test_validate_command_on_loaded_days(cli: tuple[CliRunner, Settings, dict[str, Any]]) -> None:
    runner, _, info = cli
    day = info["days"][0].isoformat()
    result = runner.invoke(app, ["validate", "--date", day, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["success"] is True
    _, settings, _ = cli
    _tamper(
        settings, "UPDATE messages SET sender_key = 'not-a-pseudonym' WHERE day = '" + day + "'"
    )
    failed = runner.invoke(app, ["validate", "--date", day])
    assert failed.exit_code == 1
    assert "pseudonym_format:sender_key" in failed.output
