"""Keys: missing and short keys refused with how-to-fix, no silent mixing, audited rotation."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.keys import KeyRotationError, rotate_key, warehouse_key_id
from pipeline.settings import Settings
from pipeline.warehouse import KeyMismatchError, check_key, connect
from privacy.audit import AuditLog
from privacy.pseudonym import KeyRing, KeyTooShortError, MissingKeyError

runner = CliRunner()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _seed_warehouse(settings: Settings) -> str:
    """A warehouse built with the configured key (its id recorded, as a first load does)."""
    ring = KeyRing.from_settings(settings)
    con = connect(settings.warehouse)
    try:
        check_key(con, ring.key_id)
    finally:
        con.close()
    return ring.key_id


def test_no_key_configured_says_how_to_provide_one(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(pseudonym_key_file=None, pseudonym_key=None)
    with pytest.raises(MissingKeyError, match="CONVMON_PSEUDONYM_KEY_FILE"):
        KeyRing.from_settings(settings)


def test_missing_key_file_is_named_with_the_fix(
    make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    settings = make_settings(pseudonym_key_file=tmp_path / "nowhere.key")
    with pytest.raises(MissingKeyError, match=r"nowhere\.key does not exist.*at least 32 bytes"):
        KeyRing.from_settings(settings)


@pytest.mark.parametrize(
    "secret",
    ["x" * 31, "v1:" + "y" * 20, "v1:" + "a" * 40 + "\nv2:short"],
    ids=["bare-31-bytes", "versioned-20-bytes", "newest-version-short"],
)
def test_key_shorter_than_32_bytes_is_refused(
    make_settings: Callable[..., Settings], tmp_path: Path, secret: str
) -> None:
    key = tmp_path / "short.key"
    key.write_text(secret + "\n", encoding="utf-8")
    settings = make_settings(pseudonym_key_file=key)
    with pytest.raises(KeyTooShortError, match="at least 32"):
        KeyRing.from_settings(settings)


def test_cli_run_with_a_short_key_exits_2_with_the_fix(tmp_path: Path) -> None:
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    env = {
        "CONVMON_PSEUDONYM_KEY": "too-short",
        "CONVMON_DATA_DIR": str(tmp_path / "var"),
        "CONVMON_WAREHOUSE": str(tmp_path / "wh.duckdb"),
    }
    result = runner.invoke(
        app, ["run", "--date", "2026-11-03", "--source", f"jsonl:{source}"], env=env
    )
    assert result.exit_code == 2
    assert "at least 32" in result.output
    assert "too-short" not in result.output


def test_a_run_with_another_key_is_refused(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    built_with = _seed_warehouse(settings)
    other = KeyRing.from_secret("z" * 64)
    con = connect(settings.warehouse)
    try:
        with pytest.raises(KeyMismatchError, match=r"keys rotate") as info:
            check_key(con, other.key_id)
        check_key(con, built_with)
    finally:
        con.close()
    assert built_with in str(info.value) and other.key_id in str(info.value)


def test_rotation_adds_a_version_switches_the_warehouse_and_audits(
    make_settings: Callable[..., Settings],
) -> None:
    settings = make_settings()
    assert settings.pseudonym_key_file is not None
    old_secret = settings.pseudonym_key_file.read_text("utf-8").strip()
    old_id = _seed_warehouse(settings)

    result = rotate_key(settings)

    ring = KeyRing.from_settings(settings)
    assert (result.old_key_id, result.old_version, result.new_version) == (old_id, 1, 2)
    assert result.new_key_id == ring.key_id != old_id
    assert ring.key_ids[1] == old_id, "the old key version must stay in the file"
    assert f"v1:{old_secret}" in settings.pseudonym_key_file.read_text("utf-8")
    assert _mode(settings.pseudonym_key_file) == 0o600
    assert warehouse_key_id(settings) == ring.key_id
    con = connect(settings.warehouse)
    try:
        check_key(con, ring.key_id)
        with pytest.raises(KeyMismatchError):
            check_key(con, old_id)
        entries = AuditLog.from_settings(con, settings).entries(kind="key_rotation")
        assert AuditLog.from_settings(con, settings).verify().ok
    finally:
        con.close()
    assert len(entries) == 1
    payload = entries[0].payload
    assert (payload["from_key_id"], payload["to_key_id"]) == (old_id, ring.key_id)
    assert old_secret not in repr(payload)


def test_rotating_twice_keeps_every_version(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    _seed_warehouse(settings)
    first = rotate_key(settings)
    second = rotate_key(settings)
    ring = KeyRing.from_settings(settings)
    assert sorted(ring.key_ids) == [1, 2, 3]
    assert second.old_key_id == first.new_key_id
    assert second.new_key_id == ring.key_id


def test_an_interrupted_rotation_is_finished_not_repeated(
    make_settings: Callable[..., Settings],
) -> None:
    """Crash after the key file was written, before the warehouse changed: rotate resumes."""
    from pipeline.keys import add_key_version

    settings = make_settings()
    assert settings.pseudonym_key_file is not None
    old_id = _seed_warehouse(settings)
    add_key_version(settings.pseudonym_key_file, tenant=settings.tenant)
    con = connect(settings.warehouse)
    try:
        with pytest.raises(KeyMismatchError):
            check_key(con, KeyRing.from_settings(settings).key_id)
    finally:
        con.close()
    result = rotate_key(settings)
    assert result.resumed and result.old_key_id == old_id
    assert sorted(KeyRing.from_settings(settings).key_ids) == [1, 2]
    assert warehouse_key_id(settings) == result.new_key_id


def test_rotation_refuses_a_key_file_without_the_warehouse_key(
    make_settings: Callable[..., Settings], tmp_path: Path
) -> None:
    settings = make_settings()
    _seed_warehouse(settings)
    stranger = tmp_path / "stranger.key"
    stranger.write_text("v1:" + "s" * 64 + "\n", encoding="utf-8")
    with pytest.raises(KeyMismatchError, match="not in"):
        rotate_key(make_settings(pseudonym_key_file=stranger))
    assert stranger.read_text("utf-8").count("\n") == 1, "no version may be added"


def test_rotation_needs_a_key_file(make_settings: Callable[..., Settings]) -> None:
    settings = make_settings(pseudonym_key_file=None, pseudonym_key="k" * 40)
    with pytest.raises(KeyRotationError, match="CONVMON_PSEUDONYM_KEY_FILE"):
        rotate_key(settings)


def test_cli_keys_rotate(tmp_path: Path, make_settings: Callable[..., Settings]) -> None:
    settings = make_settings()
    old_id = _seed_warehouse(settings)
    env = {
        "CONVMON_PSEUDONYM_KEY_FILE": str(settings.pseudonym_key_file),
        "CONVMON_WAREHOUSE": str(settings.warehouse),
        "CONVMON_DATA_DIR": str(settings.data_dir),
    }
    refused = runner.invoke(app, ["keys", "rotate"], env=env, input="n\n")
    assert refused.exit_code == 2
    assert warehouse_key_id(settings) == old_id
    result = runner.invoke(app, ["keys", "rotate", "--yes"], env=env, terminal_width=300)
    assert result.exit_code == 0, result.output
    new_id = KeyRing.from_settings(settings).key_id
    assert old_id in result.output and new_id in result.output
    assert settings.pseudonym_key_file is not None
    secrets_in_file = settings.pseudonym_key_file.read_text("utf-8")
    assert all(line.split(":", 1)[1] not in result.output for line in secrets_in_file.splitlines())


@pytest.mark.parametrize("creator", ["keys-init", "demo-keys"])
def test_key_files_are_created_0600(tmp_path: Path, creator: str) -> None:
    from privacy.pseudonym import ensure_local_key
    from privacy.quarantine import ensure_local_key as ensure_quarantine_key

    make = ensure_local_key if creator == "keys-init" else ensure_quarantine_key
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "keys" / "k.key"
        assert make(path)
    finally:
        os.umask(old_umask)
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700


def test_warehouse_is_created_0640(tmp_path: Path) -> None:
    old_umask = os.umask(0o000)
    try:
        con = connect(tmp_path / "wh" / "convmon.duckdb")
        con.close()
    finally:
        os.umask(old_umask)
    assert _mode(tmp_path / "wh" / "convmon.duckdb") == 0o640


def test_quarantine_files_are_0600_in_a_0700_folder(
    make_settings: Callable[..., Settings],
) -> None:
    from pipeline.sources import Rejected, SourceRef
    from privacy.quarantine import QuarantineStore

    settings = make_settings()
    old_umask = os.umask(0o000)
    try:
        QuarantineStore(settings).put(
            Rejected(reason="bad_json", ref=SourceRef("in.jsonl", line=3), raw=b"{not json"),
            run_id="r1",
            source="jsonl:in.jsonl",
        )
    finally:
        os.umask(old_umask)
    files = [p for p in settings.quarantine_dir.rglob("*") if p.is_file()]
    assert files
    assert {_mode(p) for p in files} == {0o600}
    assert _mode(settings.quarantine_dir) == 0o700
