from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest

from pipeline.models import Platform, SenderRole
from pipeline.settings import Settings
from pipeline.sources import SourceFileError, open_source
from pipeline.sources.graph_api import next_page_key
from tests.sources.conftest import FIXTURES, read_all

PAGE = "104857600000001"


def test_next_page_key_is_sha256_prefix() -> None:
    url = "https://graph.facebook.com/v21.0/t_1/messages?after=X"
    assert next_page_key(url) == hashlib.sha256(url.encode()).hexdigest()[:16]


@pytest.mark.parametrize(
    "root",
    ["graph-nested-paging", f"graph-nested-paging/{PAGE}"],
    ids=["root-of-pages", "single-page-folder"],
)
def test_nested_paging_followed_both_levels_oldest_first(settings: Settings, root: str) -> None:
    source = open_source(f"graph-api:{FIXTURES / root}", settings)
    records, rejected = read_all(source)
    assert rejected == []
    ids = [r.message.message_id for r in records]
    assert ids == [f"m_{100 + k:06d}" for k in range(7)] + ["m_000200", "m_000201"]
    thread = [r.message for r in records[:7]]
    assert [m.created_time for m in thread] == sorted(m.created_time for m in thread)
    first = thread[0]
    assert first.sender_role is SenderRole.CUSTOMER and thread[1].sender_role is SenderRole.AGENT
    assert first.recipient_id == PAGE and first.recipient_name == "Casa Verde"
    assert first.platform is Platform.MESSENGER and first.page_id == PAGE
    assert records[7].message.created_time == datetime(2026, 1, 14, 6, 58, tzinfo=UTC)
    assert source.stats.unknown_fields == {}


def test_missing_next_file_fails_naming_the_key(settings: Settings) -> None:
    source = open_source(f"graph-api:{FIXTURES / 'graph-missing-next-file'}", settings)
    with pytest.raises(SourceFileError) as info:
        list(source.read())
    url2 = "https://graph.facebook.com/v21.0/t_1001/messages?after=QVFI2&limit=3"
    assert f"next/{next_page_key(url2)}.json" in str(info.value)


def test_truncated_page_fails_with_file_and_line(settings: Settings) -> None:
    with pytest.raises(SourceFileError) as info:
        list(open_source(f"graph-api:{FIXTURES / 'graph-truncated-page'}", settings).read())
    assert info.value.path.endswith("page-0001.json") and info.value.line == 2


def test_instagram_page_and_record_traps(settings: Settings) -> None:
    source = open_source(f"graph-api:{FIXTURES / 'graph-two-pages-instagram-traps'}", settings)
    records, rejected = read_all(source)
    assert len(records) == 9 + 2
    ig = [r.message for r in records if r.message.platform is Platform.INSTAGRAM]
    assert [m.message_id for m in ig] == ["m_000301", "m_000307"]
    assert ig[1].text == "" and ig[1].attachments[0].type == "image"
    assert ig[1].attachments[0].count == 2
    reasons = sorted(r.reason for r in rejected)
    assert reasons == sorted(
        [
            "wrong_type",
            "missing_field",
            "bad_timestamp",
            "bad_timestamp",
            "wrong_type",
            "nul_bytes",
            "wrong_type",
        ]
    )
    assert source.stats.unknown_fields == {"message.reactions": 1}
    for item in rejected:
        assert "nora" not in item.detail


def test_not_an_export_folder(settings: Settings) -> None:
    with pytest.raises(SourceFileError, match=r"meta\.json"):
        list(open_source(f"graph-api:{FIXTURES}", settings).read())


def test_a_lone_surrogate_in_a_next_url_is_a_key_not_a_crash() -> None:
    # found by test_properties: a saved ``paging.next`` of "\ud800" (a JSON escape) crashed the
    # reader; valid URLs keep their key
    assert len(next_page_key("\ud800")) == 16
    url = "https://graph.facebook.com/v21.0/t_1/messages?after=QVFI"
    assert next_page_key(url) == hashlib.sha256(url.encode()).hexdigest()[:16]
