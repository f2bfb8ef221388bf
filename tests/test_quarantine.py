from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.commands.quarantine import quarantine_app
from pipeline.settings import Settings, load_settings
from pipeline.sources import Rejected, SourceRef
from privacy.quarantine import (
    QuarantineError,
    QuarantineKeyError,
    QuarantineStore,
    ensure_local_key,
)

RAW = '{"sender_name": "Ilaria Fontanesi", "text": "il mio IBAN è IT60X0542811101000000123456"'


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    key = tmp_path / "keys" / "quarantine.key"
    assert ensure_local_key(key)
    return load_settings(data_dir=tmp_path / "var", quarantine_key_file=key)


def rejected(line: int = 7) -> Rejected:
    return Rejected("invalid_json", SourceRef("in.jsonl", line), RAW.encode(), "column 80")


def test_put_encrypts_with_0600_files_and_plain_metadata_only(settings: Settings) -> None:
    store = QuarantineStore(settings)
    entry_id = store.put(rejected(), run_id="run-1", source="jsonl:in.jsonl")
    path = settings.quarantine_dir / f"{entry_id}.qjson"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(settings.quarantine_dir.stat().st_mode) == 0o700
    blob = path.read_bytes()
    for secret in (b"Ilaria", b"IT60X", b"column 80", b"sender_name"):
        assert secret not in blob
    document = json.loads(blob)
    assert set(document) == {
        "id",
        "reason",
        "ref",
        "source",
        "run_id",
        "created",
        "key_id",
        "nonce",
        "ciphertext",
    }
    assert document["ref"] == "in.jsonl:7" and document["reason"] == "invalid_json"
    shown = store.show(entry_id)
    assert shown.raw == RAW.encode() and shown.detail == "column 80"
    assert store.replay(entry_id) == RAW.encode()
    assert [e.id for e in store.list()] == [entry_id]
    assert store.list(reason="too_large") == []


def test_key_file_created_only_explicitly_0600(tmp_path: Path) -> None:
    key = tmp_path / "k" / "q.key"
    assert ensure_local_key(key) is True
    assert ensure_local_key(key) is False
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_missing_key_is_a_clear_error_and_creates_nothing(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "var")
    store = QuarantineStore(settings)
    with pytest.raises(QuarantineKeyError, match="CONVMON_QUARANTINE_KEY_FILE"):
        store.put(rejected(), run_id="r", source="s")
    assert not settings.keys_dir.exists()
    assert store.list() == []


def test_short_key_rejected(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, quarantine_key="too-short")
    with pytest.raises(QuarantineKeyError, match="at least 32 bytes"):
        QuarantineStore(settings).put(rejected(), run_id="r", source="s")


@pytest.mark.parametrize("tamper", ["wrong-key", "edited-metadata"])
def test_decryption_fails_loudly(settings: Settings, tmp_path: Path, tamper: str) -> None:
    entry_id = QuarantineStore(settings).put(rejected(), run_id="r", source="s")
    if tamper == "wrong-key":
        other = load_settings(data_dir=settings.data_dir, quarantine_key="x" * 40)
        store = QuarantineStore(other)
    else:
        path = settings.quarantine_dir / f"{entry_id}.qjson"
        document = json.loads(path.read_text())
        document["reason"] = "too_large"
        path.write_text(json.dumps(document))
        store = QuarantineStore(settings)
    with pytest.raises(QuarantineKeyError, match="cannot decrypt"):
        store.show(entry_id)


def test_purge_by_age(settings: Settings) -> None:
    store = QuarantineStore(settings)
    store.put(rejected(1), run_id="r", source="s")
    store.put(rejected(2), run_id="r", source="s")
    assert store.purge(30) == 0
    assert store.purge(30, now=datetime.now(UTC) + timedelta(days=31)) == 2
    assert store.list() == []


def test_unknown_id(settings: Settings) -> None:
    with pytest.raises(QuarantineError, match="quarantine list"):
        QuarantineStore(settings).show("../../etc/passwd")


def test_cli_list_show_replay_purge(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONVMON_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CONVMON_QUARANTINE_KEY_FILE", str(settings.quarantine_key_file))
    store = QuarantineStore(settings)
    first = store.put(rejected(1), run_id="r1", source="jsonl:in.jsonl")
    store.put(Rejected("too_large", SourceRef("b.jsonl", 2), b"{}", ""), run_id="r2", source="s")
    runner = CliRunner()
    listed = runner.invoke(quarantine_app, ["list", "--json", "--reason", "invalid_json"])
    assert listed.exit_code == 0, listed.output
    assert [json.loads(line)["id"] for line in listed.output.splitlines()] == [first]
    assert "Ilaria" not in listed.output
    shown = runner.invoke(quarantine_app, ["show", first])
    assert shown.exit_code == 0 and "Ilaria" in shown.output
    out = tmp_path / "fix.jsonl"
    replayed = runner.invoke(
        quarantine_app, ["replay", "--run-id", "r1", "-o", str(out), "--remove"]
    )
    assert replayed.exit_code == 0, replayed.output
    assert out.read_bytes() == RAW.encode() + b"\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [e.run_id for e in store.list()] == ["r2"]
    assert runner.invoke(quarantine_app, ["purge", "--older-than-days", "1"]).exit_code == 0
    bad = runner.invoke(quarantine_app, ["show", "nope"])
    assert bad.exit_code == 2
    for command in ("list", "show", "replay", "purge"):
        helped = runner.invoke(quarantine_app, [command, "--help"])
        assert "Example: convmon quarantine" in helped.output
