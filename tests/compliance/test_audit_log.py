"""The audit log is a hash chain: every kind of tampering is caught and named."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from privacy.audit import GENESIS_HASH, AuditLog, AuditLogError, canonical

KEY = b"k" * 32


def _log(tmp_path: Path, *, key: bytes | None = KEY, anchor: bool = False) -> AuditLog:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("SET TimeZone = 'UTC'")
    return AuditLog(con, key=key, anchor=tmp_path / "head.json" if anchor else None)


def _fill(log: AuditLog, n: int = 5) -> None:
    kinds = ["run", "erasure", "key_rotation", "retention_purge"]
    for i in range(n):
        log.append(kinds[i % len(kinds)], {"i": i, "rows": i * 10, "pseudonym": f"{i:032x}"})


def _con(log: AuditLog) -> duckdb.DuckDBPyConnection:
    return log._con


def modify(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""UPDATE audit_log SET payload = '{"i": 2, "rows": 0}' WHERE seq = 3""")


def modify_kind(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE audit_log SET kind = 'run' WHERE seq = 3")


def modify_time(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE audit_log SET entry_time = entry_time - INTERVAL 1 DAY WHERE seq = 3")


def delete(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM audit_log WHERE seq = 3")


def delete_and_renumber(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DELETE FROM audit_log WHERE seq = 3")
    con.execute("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")


def insert(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE audit_log SET seq = seq + 1 WHERE seq >= 3")
    prev = con.execute("SELECT entry_hash FROM audit_log WHERE seq = 2").fetchone()
    assert prev is not None
    row = con.execute("SELECT entry_time FROM audit_log WHERE seq = 2").fetchone()
    assert row is not None
    payload = {"forged": True}
    forged = hashlib.sha256(canonical(3, row[0], "run", payload, prev[0]))
    con.execute(
        "INSERT INTO audit_log VALUES (3, ?, 'run', ?, ?, ?)",
        [row[0], json.dumps(payload), prev[0], forged.hexdigest()],
    )


def insert_duplicate(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("INSERT INTO audit_log SELECT * FROM audit_log WHERE seq = 3")


def reorder(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("UPDATE audit_log SET seq = CASE seq WHEN 3 THEN 4 ELSE 3 END WHERE seq IN (3, 4)")


def rewrite_chain_without_key(con: duckdb.DuckDBPyConnection) -> None:
    """An attacker with write access but no key recomputes a plain SHA-256 chain."""

    rows = con.execute(
        "SELECT seq, entry_time, kind, payload FROM audit_log ORDER BY seq"
    ).fetchall()
    con.execute("DELETE FROM audit_log")
    prev = GENESIS_HASH
    for seq, when, kind, payload in rows:
        data = json.loads(payload)
        if seq == 2:
            data["rows"] = 999
        digest = hashlib.sha256(canonical(seq, when, kind, data, prev)).hexdigest()
        con.execute(
            "INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?)",
            [seq, when, kind, json.dumps(data), prev, digest],
        )
        prev = digest


@pytest.mark.parametrize(
    ("tamper", "first_bad", "word"),
    [
        pytest.param(modify, 3, "modified", id="modified-payload"),
        pytest.param(modify_kind, 3, "modified", id="modified-kind"),
        pytest.param(modify_time, 3, "modified", id="modified-time"),
        pytest.param(delete, 3, "missing", id="deleted"),
        pytest.param(delete_and_renumber, 3, "does not link", id="deleted-renumbered"),
        pytest.param(insert, 3, "modified", id="inserted-forged"),
        pytest.param(insert_duplicate, 3, "more than once", id="inserted-duplicate"),
        pytest.param(reorder, 3, "does not link", id="reordered"),
        pytest.param(rewrite_chain_without_key, 1, "modified", id="rechained-without-key"),
    ],
)
def test_tampering_is_detected_and_named(
    tmp_path: Path,
    tamper: Callable[[duckdb.DuckDBPyConnection], None],
    first_bad: int,
    word: str,
) -> None:
    log = _log(tmp_path)
    _fill(log)
    assert log.verify().ok
    tamper(_con(log))
    result = log.verify()
    assert not result.ok
    assert result.first_bad_seq == first_bad
    assert result.problem is not None and word in result.problem


def test_intact_chain_verifies_and_links(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _fill(log, 6)
    result = log.verify()
    assert result.ok and result.entries == 6 and result.keyed
    entries = log.entries()
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.entry_hash for a, b in itertools.pairwise(entries))
    assert [e.seq for e in log.entries(kind="erasure")] == [2, 6]


def test_unkeyed_chain_still_detects_careless_edits(tmp_path: Path) -> None:
    log = _log(tmp_path, key=None)
    _fill(log)
    assert log.verify().ok and not log.verify().keyed
    modify(_con(log))
    assert log.verify().first_bad_seq == 3


def test_wrong_key_fails_from_the_first_entry(tmp_path: Path) -> None:
    log = _log(tmp_path)
    _fill(log)
    other = AuditLog(_con(log), key=b"x" * 32)
    result = other.verify()
    assert not result.ok and result.first_bad_seq == 1


def test_truncation_is_caught_by_the_anchor(tmp_path: Path) -> None:
    log = _log(tmp_path, anchor=True)
    _fill(log)
    assert log.verify().ok
    _con(log).execute("DELETE FROM audit_log WHERE seq = 5")
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 5
    assert result.problem is not None and "truncated" in result.problem


def test_unknown_kind_and_non_json_payload_are_refused(tmp_path: Path) -> None:
    log = _log(tmp_path)
    with pytest.raises(AuditLogError, match="unknown audit kind"):
        log.append("coffee", {})
    with pytest.raises(AuditLogError, match="not JSON-able"):
        log.append("run", {"x": object()})
    assert log.verify().entries == 0


def test_entry_in_a_rolled_back_transaction_leaves_the_anchor_behind(tmp_path: Path) -> None:
    log = _log(tmp_path, anchor=True)
    _fill(log, 2)
    con = _con(log)
    con.execute("BEGIN TRANSACTION")
    log.append("run", {"rolled": "back"})
    con.execute("ROLLBACK")
    assert log.verify().ok and log.verify().entries == 2
    con.execute("BEGIN TRANSACTION")
    log.append("run", {"kept": True})
    con.execute("COMMIT")
    log.append("run", {"after": True})
    result = log.verify()
    assert result.ok and result.entries == 4
