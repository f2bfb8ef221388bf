"""Staging: anonymised rows as Parquet, one folder per run and day, written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

STAGING_SCHEMA = pa.schema(
    [
        ("message_key", pa.string()),
        ("conversation_key", pa.string()),
        ("platform", pa.string()),
        ("page_id", pa.string()),
        ("day", pa.date32()),
        ("created_time", pa.timestamp("us", tz="UTC")),
        ("sender_key", pa.string()),
        ("sender_role", pa.string()),
        ("recipient_key", pa.string()),
        ("customer_key", pa.string()),
        ("language", pa.string()),
        ("text_anon", pa.string()),
        ("n_chars", pa.int32()),
        ("entity_counts", pa.string()),
        ("attachment_count", pa.int32()),
        ("attachment_types", pa.list_(pa.string())),
        ("referral_ad_id", pa.string()),
        ("referral_ref", pa.string()),
        ("topics", pa.list_(pa.string())),
        ("sentiment", pa.string()),
        ("source_format", pa.string()),
        ("run_id", pa.string()),
        ("conversion", pa.bool_()),
    ]
)


@dataclass(frozen=True)
class StagedRow:
    """One anonymised message as it is staged and loaded (no raw content)."""

    values: dict[str, object]

    @property
    def day(self) -> date:
        value = self.values["day"]
        assert isinstance(value, date)
        return value


def day_dir(staging_dir: Path, run_id: str, day: date) -> Path:
    return staging_dir / run_id / f"day={day.isoformat()}"


def write_part(path: Path, rows: Sequence[StagedRow]) -> Path:
    """Write rows to ``path`` via a temporary file and an atomic rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([row.values for row in rows], schema=STAGING_SCHEMA)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return path


def staged_files(staging_dir: Path, run_id: str) -> dict[date, list[Path]]:
    """The Parquet parts of a run, by day (a day folder may be empty of parts)."""
    result: dict[date, list[Path]] = {}
    root = staging_dir / run_id
    if not root.exists():
        return result
    for folder in sorted(root.glob("day=*")):
        day = date.fromisoformat(folder.name.removeprefix("day="))
        result[day] = sorted(folder.glob("*.parquet"))
    return result


def write_manifest(path: Path, payload: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=2, sort_keys=True, default=str), encoding="utf-8")
    os.replace(tmp, path)


def read_manifests(paths: Iterable[Path]) -> list[dict[str, object]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in paths]
