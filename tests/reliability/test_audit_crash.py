"""The audit log's anchor file under crashes: it must never run ahead of the committed chain."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.settings import Settings
from pipeline.warehouse import connect
from privacy.audit import AuditLog


def test_a_rolled_back_audit_entry_does_not_move_the_anchor(
    make_settings: Callable[..., Settings],
) -> None:
    settings = make_settings()
    con = connect(settings.warehouse)
    try:
        AuditLog.from_settings(con, settings).append("run", {"run_id": "r1"})
        con.execute("BEGIN TRANSACTION")
        AuditLog.from_settings(con, settings).append("run", {"run_id": "r2"})
        con.execute("ROLLBACK")
        verdict = AuditLog.from_settings(con, settings).verify()
    finally:
        con.close()
    assert verdict.ok, verdict.problem
