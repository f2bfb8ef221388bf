from __future__ import annotations

from datetime import UTC, datetime

from pipeline.models import Platform, SenderRole
from pipeline.settings import Settings
from pipeline.sources import open_source
from tests.sources.conftest import FIXTURES, read_all

PAGE = "104857600000001"
C1 = "7203918273645501"


def test_messenger_webhook_echo_referral_sticker_standby(settings: Settings) -> None:
    path = FIXTURES / "messenger-webhook" / "webhook-echo-referral-sticker-standby.jsonl"
    source = open_source(f"messenger-webhook:{path}", settings)
    records, rejected = read_all(source)
    messages = {r.message.message_id: r.message for r in records}
    assert list(messages) == ["m_w1", "m_w2", "m_w3", "m_w4", "m_w7", "ig_m1"]
    first = messages["m_w1"]
    assert first.conversation_id == f"{PAGE}_{C1}" and first.sender_role is SenderRole.CUSTOMER
    assert first.referral is not None and first.referral.ad_id == "6051234567"
    assert first.created_time == datetime(2026, 1, 15, 10, 30, 1, tzinfo=UTC)
    echo = messages["m_w2"]
    assert echo.sender_role is SenderRole.AGENT and echo.conversation_id == first.conversation_id
    assert echo.recipient_id == C1 and echo.referral is None
    assert [(a.type, a.count) for a in messages["m_w3"].attachments] == [("sticker", 1)]
    standby = messages["m_w4"]
    assert [(a.type, a.count) for a in standby.attachments] == [("image", 2)]
    assert standby.referral is not None and standby.referral.ad_id == "6059999999"
    assert messages["ig_m1"].platform is Platform.INSTAGRAM
    assert sorted((r.reason, r.ref.line) for r in rejected) == [
        ("bad_timestamp", 9),
        ("invalid_json", 7),
        ("missing_field", 8),
    ]
    assert source.stats.skipped == {"delivery": 1, "read": 1, "reaction": 1}
    assert source.stats.unknown_fields == {"event.brand_new": 1}


def test_whatsapp_cloud_webhook(settings: Settings) -> None:
    path = FIXTURES / "whatsapp-webhook" / "whatsapp-cloud-text-image-statuses.jsonl"
    source = open_source(f"whatsapp-webhook:{path}", settings)
    records, rejected = read_all(source)
    messages = [r.message for r in records]
    assert [m.message_id for m in messages] == ["wamid.A1", "wamid.A2"]
    assert messages[0].sender_id == "12025550147" and messages[0].sender_name == "Ilaria Fontanesi"
    assert messages[0].created_time == datetime(2026, 1, 15, 10, 30, tzinfo=UTC)
    assert messages[0].page_id == "109876543210" and messages[0].platform is Platform.WHATSAPP
    assert messages[1].text == "questa" and messages[1].attachments[0].type == "image"
    assert sorted(r.reason for r in rejected) == ["bad_timestamp", "invalid_json"]
    assert source.stats.skipped == {"status": 2, "reaction": 1}
