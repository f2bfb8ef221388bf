"""Fixtures for the compliance tests: staging frames and small warehouses of synthetic rows."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from faker import Faker
from typer.testing import CliRunner

from pipeline.settings import Settings
from pipeline.stage import STAGING_SCHEMA, StagedRow, write_part
from privacy.pseudonym import KeyRing

DAY = date(2026, 11, 3)
PAGE = "104857600000001"


def staged_row(
    i: int,
    *,
    day: date = DAY,
    text: str = "Buongiorno <CUSTOMER>, il suo ordine è pronto.",
    sender: str | None = None,
    customer: str | None = None,
    recipient: str | None = None,
    conversation: str | None = None,
    role: str = "customer",
    platform: str = "messenger",
    page_id: str = PAGE,
    run_id: str = "20261104T020000Z-test01",
) -> dict[str, Any]:
    """One row with the columns of ``messages`` (synthetic pseudonyms unless given)."""
    customer = customer or f"{(i // 3) + 1:032x}"
    return {
        "message_key": f"{0xABC000 + i:032x}",
        "conversation_key": conversation or f"{0xC0000 + i // 3:032x}",
        "platform": platform,
        "page_id": page_id,
        "day": day,
        "created_time": datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        + timedelta(minutes=7 * i + 1),
        "sender_key": sender or customer,
        "sender_role": role,
        "recipient_key": recipient,
        "customer_key": customer,
        "language": "it",
        "text_anon": text,
        "n_chars": len(text),
        "entity_counts": json.dumps({"PERSON": 1}),
        "attachment_count": 0,
        "attachment_types": [],
        "referral_ad_id": None,
        "referral_ref": None,
        "topics": ["ordini"],
        "sentiment": "neutral",
        "source_format": "graph-api",
        "run_id": run_id,
        "conversion": False,
    }


def frame_of(rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The frame the pipeline reads back from staged Parquet."""
    return pa.Table.from_pylist(list(rows), schema=STAGING_SCHEMA).to_pandas()


@pytest.fixture
def clean_rows() -> list[dict[str, Any]]:
    fake = Faker("it_IT")
    Faker.seed(5)
    texts = [
        "Buongiorno <CUSTOMER>, il suo ordine è pronto.",
        "Grazie <AGENT>! Scrivo a <EMAIL_1> o chiamo <PHONE_1>?",
        "Il pacco con tracking JD949313165153363 è in consegna.",
        f"Prezzo {fake.pyint(10, 99)},90 € per la taglia M, ordine n. 48213",
        "Ci vediamo @ 10 in negozio, <PERSON_1> la aspetta",
        "Page 104857600000001 ha risposto in 5 minuti :)",
    ]
    return [staged_row(i, text=texts[i % len(texts)]) for i in range(12)]


Subject = dict[str, str]


@pytest.fixture
def seeded_warehouse(
    make_settings: Callable[..., Settings],
) -> tuple[Settings, dict[str, Any]]:
    """A warehouse loaded (through the real loader) with a subject and three other people."""
    from pipeline.warehouse import connect, replace_days

    settings = make_settings()
    ring = KeyRing.from_settings(settings)
    fake = Faker("it_IT")
    Faker.seed(17)
    subject_id = str(fake.random_number(digits=15, fix_len=True))
    subject_phone = "+39 333 " + str(fake.random_number(digits=7, fix_len=True))
    subject = ring.pseudonym("user", subject_id, platform="messenger", page_id=PAGE)
    whatsapp_subject = ring.pseudonym("user", subject_phone, platform="whatsapp", page_id=PAGE)
    others = [
        ring.pseudonym(
            "user",
            str(fake.random_number(digits=15, fix_len=True)),
            platform="messenger",
            page_id=PAGE,
        )
        for _ in range(3)
    ]
    agent = ring.pseudonym("user", PAGE, platform="messenger", page_id=PAGE)
    rows: list[dict[str, Any]] = []
    days = [DAY, DAY + timedelta(days=1), DAY + timedelta(days=2)]
    i = 0
    for day in days:
        for person in [subject, *others]:
            conversation = f"{abs(hash((person, 'c'))) % (16**32):032x}"
            rows.append(
                staged_row(i, day=day, customer=person, conversation=conversation, recipient=agent)
            )
            rows.append(
                staged_row(
                    i + 1,
                    day=day,
                    customer=person,
                    sender=agent,
                    recipient=person,
                    role="agent",
                    conversation=conversation,
                )
            )
            i += 2
    rows.append(
        staged_row(
            i,
            day=days[2],
            customer=whatsapp_subject,
            platform="whatsapp",
            conversation=f"{0xFEED:032x}",
            recipient=agent,
        )
    )
    staging = settings.staging_dir / "20261104T020000Z-test01"
    files: dict[date, list[Path]] = {}
    for day in days:
        part = staging / f"day={day.isoformat()}" / "part-0-0.parquet"
        write_part(part, [StagedRow(r) for r in rows if r["day"] == day])
        files[day] = [part]
    con = connect(settings.warehouse)
    try:
        replace_days(con, files, run_id="20261104T020000Z-test01")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    info = {
        "subject_id": subject_id,
        "subject_phone": subject_phone,
        "subject": subject,
        "whatsapp_subject": whatsapp_subject,
        "others": others,
        "days": days,
        "rows": len(rows),
        "subject_rows": 6,
    }
    return settings, info


@pytest.fixture
def cli(
    seeded_warehouse: tuple[Settings, dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> tuple[CliRunner, Settings, dict[str, Any]]:
    """The ``convmon`` app's environment pointed at the seeded warehouse, four runs logged."""
    from pipeline.warehouse import connect
    from privacy.audit import AuditLog

    settings, info = seeded_warehouse
    monkeypatch.chdir(tmp_path)
    for name, value in (
        ("CONVMON_PSEUDONYM_KEY_FILE", settings.pseudonym_key_file),
        ("CONVMON_QUARANTINE_KEY_FILE", settings.quarantine_key_file),
        ("CONVMON_WAREHOUSE", settings.warehouse),
        ("CONVMON_DATA_DIR", settings.data_dir),
    ):
        monkeypatch.setenv(name, str(value))
    con = connect(settings.warehouse)
    try:
        log = AuditLog.from_settings(con, settings)
        for i in range(4):
            log.append("run", {"run_id": f"run-{i}", "totals": {"read": i}})
    finally:
        con.close()
    return CliRunner(), settings, info
