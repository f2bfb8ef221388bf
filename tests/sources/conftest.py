from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from pipeline.settings import Settings, load_settings
from pipeline.sources import Record, Rejected, Source

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "sources"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        data_dir=tmp_path / "var",
        business_names=["Casa Verde", "Marco Bellini Moda"],
        page_ids=["104857600000001", "104857600000002"],
        timezone="Europe/Rome",
    )


def split(items: Iterable[Record | Rejected]) -> tuple[list[Record], list[Rejected]]:
    records: list[Record] = []
    rejected: list[Rejected] = []
    for item in items:
        (records if isinstance(item, Record) else rejected).append(item)  # type: ignore[arg-type]
    return records, rejected


def read_all(source: Source) -> tuple[list[Record], list[Rejected]]:
    return split(source.read())
