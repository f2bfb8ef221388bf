"""Hand-built conversations in a real DuckDB warehouse created from schemas/warehouse.sql."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from pipeline.paths import schema_path
from pipeline.settings import Settings

_ids = itertools.count()

INSERT = """
INSERT INTO messages (
    message_key, conversation_key, platform, page_id, day, created_time, sender_key,
    sender_role, recipient_key, customer_key, language, text_anon, n_chars, entity_counts,
    attachment_count, attachment_types, referral_ad_id, referral_ref, topics, sentiment,
    source_format, run_id, conversion
) VALUES (?, ?, ?, ?, CAST(CAST(? AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS DATE), ?, ?, ?, NULL,
          ?, 'en', '<CUSTOMER> hi', 2, '{}', 0, [], ?, NULL, ?, ?, 'jsonl', 'test-run', ?)
"""


@dataclass
class Warehouse:
    con: duckdb.DuckDBPyConnection
    path: Path

    def add(
        self,
        conversation: str,
        role: str,
        at: str,
        *,
        customer: str | None = None,
        page: str = "P1",
        platform: str = "messenger",
        topics: Sequence[str] = (),
        sentiment: str = "neutral",
        ad: str | None = None,
        conversion: bool = False,
    ) -> None:
        """One message; ``at`` is an ISO time with offset (e.g. 2026-03-02T09:00:00+00:00)."""
        customer_key = customer or f"cust-{conversation}"
        created = datetime.fromisoformat(at)
        sender = customer_key if role == "customer" else f"agent-{page}"
        self.con.execute(
            INSERT,
            [
                f"msg-{next(_ids)}",
                f"conv-{conversation}",
                platform,
                page,
                created,
                created,
                sender,
                role,
                customer_key,
                ad,
                list(topics),
                sentiment,
                conversion,
            ],
        )


@pytest.fixture
def warehouse(tmp_path: Path) -> Iterator[Warehouse]:
    path = tmp_path / "convmon.duckdb"
    con = duckdb.connect(str(path))
    con.execute("SET TimeZone = 'UTC'")
    con.execute(schema_path("warehouse.sql").read_text(encoding="utf-8"))
    yield Warehouse(con, path)
    con.close()


def make_settings(tmp_path: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "warehouse": tmp_path / "convmon.duckdb",
        "marketing_warehouse": tmp_path / "marketing.duckdb",
        "data_dir": tmp_path / "var",
        "timezone": "UTC",
        "min_group_size": 5,
        "sla_minutes": 60,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]
