"""Key rotation: the one explicit, audited way to change the pseudonymisation key of a warehouse.

A run refuses a key whose id differs from the one the warehouse was built with
(:func:`pipeline.warehouse.check_key`). ``rotate_key`` is how the key changes on purpose:

1. a new random key version ``v<N+1>`` is appended to the key file (written to a temporary
   file with mode 0600, flushed and renamed over the old one, so the file is never half
   written and older versions stay in it);
2. under the warehouse writer lock and in one transaction, ``warehouse_meta.key_id`` becomes the
   new key's id, ``key_rotated_at`` records when, and a ``key_rotation`` audit entry records the
   old and new key ids and versions (fingerprints only, never a key).

The key file is written first: a crash between the two steps leaves a key file whose newest
version the warehouse does not know yet; running ``rotate`` again finishes that rotation
instead of adding another version. What rotation means for joins is in docs/reliability.md.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.settings import Settings
from pipeline.warehouse import KeyMismatchError, WarehouseError, connect, writer_lock
from privacy.pseudonym import KeyRing, MissingKeyError

KEY_FILE_MODE = 0o600
_VERSION_LINE = re.compile(r"^v\d+\s*:")


class KeyRotationError(WarehouseError):
    """A rotation cannot be done; the message says how to fix it."""


@dataclass(frozen=True)
class RotationResult:
    """What a rotation did: fingerprints and versions only."""

    key_file: Path
    old_key_id: str | None
    new_key_id: str
    old_version: int
    new_version: int
    resumed: bool
    audit_seq: int


def _key_file(settings: Settings) -> Path:
    if settings.pseudonym_key_file is None:
        if settings.pseudonym_key is not None:
            raise KeyRotationError(
                "the key comes from CONVMON_PSEUDONYM_KEY: rotation appends a version to a key "
                "file. Move the key into a file (mode 0600), set CONVMON_PSEUDONYM_KEY_FILE to "
                "it and unset CONVMON_PSEUDONYM_KEY, then rotate again"
            )
        raise MissingKeyError(
            "no pseudonymisation key configured: create one with `convmon keys init` and set "
            "CONVMON_PSEUDONYM_KEY_FILE before rotating"
        )
    return settings.pseudonym_key_file


def _versioned_lines(text: str) -> list[str]:
    """The key file's lines in ``v<N>:<value>`` form (a bare single key becomes ``v1:``)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    keys = [line for line in lines if not line.startswith("#")]
    if len(keys) == 1 and not _VERSION_LINE.match(keys[0]):
        return [f"v1:{line}" if line == keys[0] else line for line in lines]
    return lines


def _write_key_file(path: Path, lines: list[str]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, KEY_FILE_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, KEY_FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def add_key_version(path: Path, *, tenant: str) -> KeyRing:
    """Append a random ``v<N+1>`` key to the key file; returns the new ring."""
    text = path.read_text(encoding="utf-8")
    ring = KeyRing.from_secret(text, tenant=tenant)
    lines = _versioned_lines(text)
    lines.append(f"v{ring.active_version + 1}:{secrets.token_hex(32)}")
    _write_key_file(path, lines)
    return KeyRing.from_secret(path.read_text(encoding="utf-8"), tenant=tenant)


def warehouse_key_id(settings: Settings) -> str | None:
    """The key id the warehouse was built with (None for a new or empty warehouse)."""
    if not settings.warehouse.exists():
        return None
    con = connect(settings.warehouse, read_only=True)
    try:
        row = con.execute("SELECT value FROM warehouse_meta WHERE name = 'key_id'").fetchone()
    finally:
        con.close()
    return None if row is None else str(row[0])


def rotate_key(settings: Settings) -> RotationResult:
    """Add a key version and switch the warehouse to it, audited (see the module docstring)."""
    from privacy.audit import AuditLog

    path = _key_file(settings)
    with writer_lock(settings.warehouse):
        ring = KeyRing.from_settings(settings)
        con = connect(settings.warehouse)
        try:
            row = con.execute("SELECT value FROM warehouse_meta WHERE name = 'key_id'").fetchone()
            recorded = None if row is None else str(row[0])
            versions = {key_id: version for version, key_id in ring.key_ids.items()}
            resumed = recorded is not None and recorded != ring.key_id
            if recorded is not None and resumed:
                if recorded not in versions:
                    raise KeyMismatchError(
                        f"this warehouse was built with key id {recorded}, which is not in "
                        f"{path}: configure the key file that holds that key, then rotate"
                    )
                old_version = versions[recorded]
            else:
                old_version = ring.active_version
                ring = add_key_version(path, tenant=settings.tenant)
            now = datetime.now(UTC)
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("DELETE FROM warehouse_meta WHERE name IN ('key_id', 'key_rotated_at')")
                con.execute(
                    "INSERT INTO warehouse_meta VALUES ('key_id', ?), ('key_rotated_at', ?)",
                    [ring.key_id, now.isoformat()],
                )
                seq = AuditLog.from_settings(con, settings).append(
                    "key_rotation",
                    {
                        "from_key_id": recorded,
                        "to_key_id": ring.key_id,
                        "from_version": old_version,
                        "to_version": ring.active_version,
                        "rotated_at": now.isoformat(),
                        "resumed": resumed,
                    },
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("CHECKPOINT")
        finally:
            con.close()
    return RotationResult(
        key_file=path,
        old_key_id=recorded,
        new_key_id=ring.key_id,
        old_version=old_version,
        new_version=ring.active_version,
        resumed=resumed,
        audit_seq=seq,
    )
