from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.models import Platform, SenderRole
from pipeline.settings import Settings
from pipeline.sources import SourceFileError, open_source
from tests.sources.conftest import FIXTURES, read_all

DYI = FIXTURES / "dyi"
TG = FIXTURES / "telegram"
T0 = datetime(2026, 1, 15, 10, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "path", ["dyi-mojibake-emoji-two-files", "dyi-zip-export.zip"], ids=["folder", "zip"]
)
def test_dyi_mojibake_order_media_unsent_system(settings: Settings, path: str) -> None:
    source = open_source(f"facebook-export:{DYI / path}", settings)
    records, rejected = read_all(source)
    messages = [r.message for r in records]
    assert [m.text for m in messages] == [
        "Il divano è disponibile? 🛋️",
        "Sì, è disponibile 😀",
        "ok",
        "ok",
        "https://casaverde.example/divano",
        "",
    ]
    assert [m.created_time for m in messages] == sorted(m.created_time for m in messages)
    assert messages[0].created_time == T0
    assert messages[0].sender_id == "Ilaria Fontanesi"
    assert messages[0].recipient_id == "Casa Verde"
    assert [m.sender_role for m in messages[:2]] == [SenderRole.CUSTOMER, SenderRole.AGENT]
    assert messages[2].message_id != messages[3].message_id
    assert messages[4].attachments[0].type == "share"
    assert [(a.type, a.count) for a in messages[5].attachments] == [("image", 2)]
    assert messages[0].platform is Platform.MESSENGER
    assert [r.reason for r in rejected] == ["bad_timestamp"]
    assert source.stats.skipped == {"unsent": 1, "system_message": 1}
    assert source.stats.warnings == []


def test_dyi_ids_stable_across_folder_and_zip(settings: Settings) -> None:
    ids = []
    for path in ("dyi-mojibake-emoji-two-files", "dyi-zip-export.zip"):
        records, _ = read_all(open_source(f"instagram-export:{DYI / path}", settings))
        ids.append([r.message.message_id for r in records])
        assert records[0].message.platform is Platform.INSTAGRAM
    assert ids[0] == ids[1]


def test_dyi_no_business_participant_warns(settings: Settings) -> None:
    source = open_source(f"instagram-export:{DYI / 'dyi-no-business-participant'}", settings)
    records, _ = read_all(source)
    assert [r.message.sender_role for r in records] == [SenderRole.CUSTOMER] * 2
    assert len(source.stats.warnings) == 1 and "business_names" in source.stats.warnings[0].lower()
    assert "nora" not in source.stats.warnings[0]


def test_dyi_truncated_file(settings: Settings) -> None:
    with pytest.raises(SourceFileError) as info:
        list(open_source(f"facebook-export:{DYI / 'dyi-truncated-file'}", settings).read())
    assert "message_1.json" in str(info.value) and info.value.line == 2


def test_telegram_single_chat(settings: Settings) -> None:
    path = TG / "telegram-single-chat-entities-null-from.json"
    source = open_source(f"telegram:{path}", settings)
    records, rejected = read_all(source)
    messages = [r.message for r in records]
    assert [m.message_id for m in messages] == ["tg:4242:2", "tg:4242:3", "tg:4242:4"]
    assert messages[0].text == "Scrivetemi a ilaria.f@example.org oppure +1 202 555 0147"
    assert messages[0].created_time == datetime(2026, 1, 15, 10, 1, tzinfo=UTC)
    assert messages[1].sender_role is SenderRole.AGENT
    assert messages[2].sender_name is None and messages[2].sender_id == "user555"
    assert messages[2].attachments[0].type == "image"
    assert sorted(r.reason for r in rejected) == ["missing_field", "wrong_type"]
    assert source.stats.skipped == {"service_message": 1}


def test_telegram_full_export(settings: Settings) -> None:
    records, _ = read_all(
        open_source(f"telegram:{TG / 'telegram-full-export-chats-list.json'}", settings)
    )
    assert {r.message.conversation_id for r in records} == {"tg:4242", "tg:4343"}
    assert records[-1].ref.index == "chats.list[1].messages[0]"


def test_telegram_truncated(settings: Settings) -> None:
    with pytest.raises(SourceFileError, match="truncated"):
        list(open_source(f"telegram:{TG / 'telegram-truncated.json'}", settings).read())
