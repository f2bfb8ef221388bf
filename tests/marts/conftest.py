"""Hand-built conversations in a real DuckDB warehouse created from schemas/warehouse.sql."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
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
)
SELECT message_key, conversation_key, platform, page_id,
       CAST(timezone('UTC', created_time) AS DATE), created_time, sender_key, sender_role, NULL,
       customer_key, 'en', '<CUSTOMER> hi', 2, '{}', 0, [], referral_ad_id, NULL, topics,
       sentiment, 'jsonl', 'test-run', conversion
FROM pending_rows
"""

PENDING_SCHEMA = pa.schema(
    [
        ("message_key", pa.string()),
        ("conversation_key", pa.string()),
        ("platform", pa.string()),
        ("page_id", pa.string()),
        ("created_time", pa.timestamp("us", tz="UTC")),
        ("sender_key", pa.string()),
        ("sender_role", pa.string()),
        ("customer_key", pa.string()),
        ("referral_ad_id", pa.string()),
        ("topics", pa.list_(pa.string())),
        ("sentiment", pa.string()),
        ("conversion", pa.bool_()),
    ]
)


@dataclass
class Warehouse:
    """A real warehouse file; rows added are inserted in one batch when ``con`` is next used."""

    _con: duckdb.DuckDBPyConnection
    path: Path
    pending: list[dict[str, object]] = field(default_factory=list)

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self.pending:
            rows = pa.Table.from_pylist(self.pending, schema=PENDING_SCHEMA)
            self.pending = []
            self._con.register("pending_rows", rows)
            self._con.execute(INSERT)
            self._con.unregister("pending_rows")
        return self._con

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
        self.pending.append(
            {
                "message_key": f"msg-{next(_ids)}",
                "conversation_key": f"conv-{conversation}",
                "platform": platform,
                "page_id": page,
                "created_time": datetime.fromisoformat(at),
                "sender_key": customer_key if role == "customer" else f"agent-{page}",
                "sender_role": role,
                "customer_key": customer_key,
                "referral_ad_id": ad,
                "topics": list(topics),
                "sentiment": sentiment,
                "conversion": conversion,
            }
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


@pytest.fixture(scope="session")
def marketing_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A marketing file exported from 1,500 random conversations (k = 5, Europe/Rome)."""
    from pipeline.marts import build_marts, export_marketing

    from .test_k_anonymity import random_traffic

    root = tmp_path_factory.mktemp("marketing")
    con = duckdb.connect(str(root / "convmon.duckdb"))
    con.execute("SET TimeZone = 'UTC'")
    con.execute(schema_path("warehouse.sql").read_text(encoding="utf-8"))
    w = Warehouse(con, root / "convmon.duckdb")
    random_traffic(w, seed=3, conversations=1500)
    settings = make_settings(root, timezone="Europe/Rome")
    build_marts(w.con, settings)
    con.close()
    return export_marketing(settings)
