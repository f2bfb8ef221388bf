"""Tamper-evident audit log: an append-only, hash-chained table in the warehouse.

Each entry's ``entry_hash`` covers the canonical JSON of its ``seq``, ``entry_time`` (UTC, ISO
8601), ``kind``, ``payload`` and ``prev_hash`` (the previous entry's hash; 64 zeros for the
first), so that modifying, deleting, inserting or reordering any entry breaks the chain from
that entry on.

Keying (the choice, documented): with a chain key the hash is ``HMAC-SHA256(chain_key, ...)``;
without one it is plain SHA-256. A plain chain only proves that nobody edited the table
*carelessly*: anyone with write access can rewrite the rows and recompute every hash. convmon
therefore keys the chain with a key derived from the pseudonymisation key ring
(:func:`chain_key_from_settings`), which lives outside the warehouse; whoever can write the file
but not read the key cannot forge a valid chain. The derivation uses the ring's *oldest* key
version, so the chain stays verifiable after key rotations as long as that version stays in
the ring. Truncation (deleting the newest entries) leaves a valid shorter chain: pass an
``anchor`` file (kept outside the warehouse) and :meth:`AuditLog.verify` also checks that the
head it recorded is still there. The anchor moves only after a commit that ``append`` made
itself; inside a caller's transaction it stays behind (a lagging anchor still checks the
prefix), so a rolled-back entry never leaves the anchor ahead of the chain.

Payloads hold counts, ids of runs and pseudonyms only: never raw ids, names or message text.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipeline.settings import Settings

log = logging.getLogger(__name__)

KINDS = frozenset({"run", "erasure", "key_rotation", "retention_purge", "dp_release"})
GENESIS_HASH = "0" * 64
_DDL = """
CREATE TABLE IF NOT EXISTS audit_log (
    seq         BIGINT      NOT NULL,
    entry_time  TIMESTAMPTZ NOT NULL,
    kind        VARCHAR     NOT NULL,
    payload     JSON        NOT NULL,
    prev_hash   VARCHAR     NOT NULL,
    entry_hash  VARCHAR     NOT NULL
)
"""
_CHAIN_KEY_LABEL = "convmon/audit-log/chain-key/v1"


class AuditLogError(Exception):
    """An audit entry cannot be written (unknown kind, payload not JSON)."""


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of a chain check: ``first_bad_seq`` and ``problem`` are set when not ok."""

    ok: bool
    first_bad_seq: int | None = None
    problem: str | None = None
    entries: int = 0
    keyed: bool = False


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    entry_time: datetime
    kind: str
    payload: dict[str, Any]
    prev_hash: str
    entry_hash: str


def chain_key_from_settings(settings: Settings) -> bytes:
    """The audit chain key: derived from the oldest version of the pseudonymisation key ring."""
    from privacy.pseudonym import KeyRing

    ring = KeyRing.from_settings(settings)
    oldest = min(ring.key_ids)
    derived = ring.pseudonym(
        "user", _CHAIN_KEY_LABEL, platform="convmon-audit", page_id="audit", version=oldest
    )
    return bytes.fromhex(derived)


def _utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def canonical(
    seq: int, entry_time: datetime, kind: str, payload: dict[str, Any], prev_hash: str
) -> bytes:
    """The bytes an entry's hash covers."""
    document = {
        "seq": seq,
        "time": _utc_iso(entry_time),
        "kind": kind,
        "payload": payload,
        "prev_hash": prev_hash,
    }
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


class AuditLog:
    """The ``audit_log`` table of a warehouse connection; created when missing."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        *,
        key: bytes | None = None,
        anchor: Path | None = None,
    ) -> None:
        self._con = con
        self._key = key
        self._anchor = anchor
        self._exists = _table_exists(con)
        if not self._exists:
            try:
                con.execute(_DDL)
                self._exists = True
            except duckdb.InvalidInputException:
                log.debug("read-only warehouse without an audit log")

    @classmethod
    def from_settings(cls, con: duckdb.DuckDBPyConnection, settings: Settings) -> AuditLog:
        """The keyed log, anchored in ``settings.state_dir/audit_head.json``."""
        return cls(
            con,
            key=chain_key_from_settings(settings),
            anchor=settings.state_dir / "audit_head.json",
        )

    def _hash(self, data: bytes) -> str:
        if self._key is None:
            return hashlib.sha256(data).hexdigest()
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()

    def append(self, kind: str, payload: dict[str, Any]) -> int:
        """Append one entry; returns its sequence number."""
        if kind not in KINDS:
            raise AuditLogError(f"unknown audit kind {kind!r}: use one of {sorted(KINDS)}")
        try:
            normalised = json.loads(json.dumps(payload, sort_keys=True, default=_not_json))
        except (TypeError, ValueError) as exc:
            raise AuditLogError(f"audit payload is not JSON-able: {exc}") from exc
        own_transaction = not _in_transaction(self._con)
        if own_transaction:
            self._con.execute("BEGIN TRANSACTION")
        try:
            seq, entry_hash = self._insert(kind, normalised)
            if own_transaction:
                self._con.execute("COMMIT")
        except BaseException:
            if own_transaction:
                self._con.execute("ROLLBACK")
            raise
        if own_transaction and self._anchor is not None:
            self._write_anchor(seq, entry_hash)
        return seq

    def _insert(self, kind: str, payload: dict[str, Any]) -> tuple[int, str]:
        last = self._con.execute(
            "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        seq = 1 if last is None else int(last[0]) + 1
        prev_hash = GENESIS_HASH if last is None else str(last[1])
        now = datetime.now(UTC)
        entry_hash = self._hash(canonical(seq, now, kind, payload, prev_hash))
        self._con.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?)",
            [seq, now, kind, json.dumps(payload, sort_keys=True), prev_hash, entry_hash],
        )
        return seq, entry_hash

    def _write_anchor(self, seq: int, entry_hash: str) -> None:
        assert self._anchor is not None
        self._anchor.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._anchor.with_name(self._anchor.name + ".tmp")
        tmp.write_text(json.dumps({"seq": seq, "entry_hash": entry_hash}), encoding="utf-8")
        os.replace(tmp, self._anchor)

    def entries(self, *, kind: str | None = None) -> list[AuditEntry]:
        """All entries in sequence order (optionally of one kind)."""
        if not self._exists:
            return []
        query = "SELECT seq, entry_time, kind, payload, prev_hash, entry_hash FROM audit_log"
        params: list[object] = []
        if kind is not None:
            query += " WHERE kind = ?"
            params.append(kind)
        rows = self._con.execute(query + " ORDER BY seq", params).fetchall()
        return [
            AuditEntry(
                seq=int(row[0]),
                entry_time=row[1],
                kind=str(row[2]),
                payload=json.loads(row[3]),
                prev_hash=str(row[4]),
                entry_hash=str(row[5]),
            )
            for row in rows
        ]

    def verify(self) -> VerifyResult:
        """Check the whole chain; name the first entry that is wrong and why."""
        keyed = self._key is not None
        try:
            entries = self.entries()
        except (json.JSONDecodeError, duckdb.Error) as exc:
            return VerifyResult(False, None, f"the audit log cannot be read: {exc}", 0, keyed)
        prev_hash = GENESIS_HASH
        expected_seq = 1
        for entry in entries:
            bad = self._check(entry, expected_seq, prev_hash)
            if bad is not None:
                return VerifyResult(False, bad[0], bad[1], len(entries), keyed)
            prev_hash = entry.entry_hash
            expected_seq += 1
        anchor_problem = self._check_anchor(entries)
        if anchor_problem is not None:
            return VerifyResult(False, anchor_problem[0], anchor_problem[1], len(entries), keyed)
        return VerifyResult(True, None, None, len(entries), keyed)

    def _check(
        self, entry: AuditEntry, expected_seq: int, prev_hash: str
    ) -> tuple[int, str] | None:
        if entry.seq < expected_seq:
            return entry.seq, f"entry {entry.seq} appears more than once (inserted or copied)"
        if entry.seq > expected_seq:
            return expected_seq, f"entry {expected_seq} is missing (deleted), next is {entry.seq}"
        if entry.prev_hash != prev_hash:
            return entry.seq, (
                f"entry {entry.seq} does not link to entry {entry.seq - 1} "
                "(an entry before it was deleted, inserted, reordered or modified)"
            )
        recomputed = self._hash(
            canonical(entry.seq, entry.entry_time, entry.kind, entry.payload, entry.prev_hash)
        )
        if not hmac.compare_digest(recomputed, entry.entry_hash):
            return entry.seq, f"entry {entry.seq} was modified (its hash does not match)"
        return None

    def _check_anchor(self, entries: list[AuditEntry]) -> tuple[int, str] | None:
        if self._anchor is None or not self._anchor.exists():
            return None
        head = json.loads(self._anchor.read_text(encoding="utf-8"))
        seq, entry_hash = int(head["seq"]), str(head["entry_hash"])
        by_seq = {entry.seq: entry for entry in entries}
        if seq not in by_seq:
            return seq, (
                f"entry {seq} recorded in {self._anchor} is missing (the log was truncated; "
                "if the warehouse was recreated on purpose, archive that file)"
            )
        if by_seq[seq].entry_hash != entry_hash:
            return seq, f"entry {seq} differs from the head recorded in {self._anchor.name}"
        return None


def _in_transaction(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the caller holds an open transaction (autocommit gives each statement an id)."""
    first = con.execute("SELECT txid_current()").fetchone()
    second = con.execute("SELECT txid_current()").fetchone()
    return first is not None and second is not None and first[0] == second[0]


def _table_exists(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = 'audit_log'"
    ).fetchone()
    return bool(row and row[0])


def _not_json(value: object) -> object:
    if isinstance(value, datetime):
        return _utc_iso(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON-able")
