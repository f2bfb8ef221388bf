from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.models import SenderRole
from pipeline.settings import Settings
from pipeline.sources import SourceFileError, open_source
from tests.sources.conftest import FIXTURES, read_all


def test_valid_lines_blank_lines_skipped_extras_counted(settings: Settings) -> None:
    source = open_source(f"jsonl:{FIXTURES / 'jsonl-valid-blank-lines.jsonl'}", settings)
    records, rejected = read_all(source)
    assert rejected == []
    assert [r.ref.line for r in records] == [1, 3]
    first, second = (r.message for r in records)
    assert first.created_time == datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
    assert second.sender_role is SenderRole.AGENT
    assert second.text == ""
    assert second.attachments[0].count == 2
    assert second.referral is not None and second.referral.ad_id == "6001"
    assert source.stats.unknown_fields == {"extra_field": 1}


def test_record_traps_are_rejected_with_line_and_reason(settings: Settings) -> None:
    path = FIXTURES / "jsonl-record-traps.jsonl"
    records, rejected = read_all(open_source(f"jsonl:{path}", settings))
    assert [r.message.message_id for r in records] == ["m_ok"]
    got = {r.ref.line: r.reason for r in rejected}
    assert got == {
        2: "invalid_json",
        3: "missing_field",
        4: "wrong_type",
        5: "bad_timestamp",
        6: "bad_timestamp",
        7: "nul_bytes",
        8: "wrong_type",
        9: "wrong_type",
        10: "bad_timestamp",
    }
    lines = path.read_bytes().splitlines()
    for item in rejected:
        assert item.raw == lines[item.ref.line - 1]
        assert "Ilaria" not in item.detail and "Ciao" not in item.detail
    assert "sender_id" in next(r.detail for r in rejected if r.reason == "missing_field")


def test_too_large_text_is_rejected(settings: Settings, tmp_path: Path) -> None:
    line = (FIXTURES / "jsonl-valid-blank-lines.jsonl").read_text().splitlines()[0]
    big = line.replace('"Ciao!"', '"' + "x" * (settings.max_message_bytes + 1) + '"')
    path = tmp_path / "big.jsonl"
    path.write_text(line + "\n" + big + "\n")
    records, rejected = read_all(open_source(f"jsonl:{path}", settings))
    assert len(records) == 1
    assert [(r.reason, r.ref.line) for r in rejected] == [("too_large", 2)]


@pytest.mark.parametrize(
    "name", ["jsonl-utf16-file.jsonl", "jsonl-latin1-file.jsonl"], ids=["utf16", "latin1"]
)
def test_wrong_encoding_fails_the_whole_file(settings: Settings, name: str) -> None:
    with pytest.raises(SourceFileError) as info:
        list(open_source(f"jsonl:{FIXTURES / name}", settings).read())
    assert name in str(info.value)
    assert "UTF-8" in str(info.value)
