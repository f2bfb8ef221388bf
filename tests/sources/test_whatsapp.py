from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.models import SenderRole
from pipeline.settings import Settings
from pipeline.sources import SourceFileError, open_source
from pipeline.sources.whatsapp import clean_line, infer_date_order
from tests.sources.conftest import FIXTURES, read_all

WA = FIXTURES / "whatsapp"
ROME = "Europe/Rome"


def read(settings: Settings, name: str):  # type: ignore[no-untyped-def]
    source = open_source(f"whatsapp:{WA / name}", settings)
    records, rejected = read_all(source)
    return source, [r.message for r in records], rejected


# (fixture, expected UTC times, texts, roles) -- times are Europe/Rome local (UTC+1 in November)
CASES = [
    (
        "whatsapp-ios-brackets-seconds.txt",
        [
            datetime(2026, 11, 24, 13, 3, 12, tzinfo=UTC),
            datetime(2026, 11, 24, 13, 5, 40, tzinfo=UTC),
            datetime(2026, 11, 24, 13, 6, 2, tzinfo=UTC),
        ],
        ["Buongiorno, avete il divano Milano?", "Sì! Consegna in 5 giorni.", ""],
        ["customer", "agent", "customer"],
    ),
    (
        "whatsapp-android-24h-multiline.txt",
        [
            datetime(2026, 11, 24, 13, 3, tzinfo=UTC),
            datetime(2026, 11, 24, 13, 10, tzinfo=UTC),
            datetime(2026, 11, 24, 13, 12, tzinfo=UTC),
        ],
        ["Salve,\nvorrei sapere:\n- prezzo\n- tempi di consegna", "", "grazie"],
        ["customer", "agent", "customer"],
    ),
    (
        "whatsapp-us-12h-mdy.txt",
        [
            datetime(2026, 11, 24, 13, 3, tzinfo=UTC),
            datetime(2026, 11, 23, 23, 15, tzinfo=UTC),
            datetime(2026, 11, 24, 11, 20, tzinfo=UTC),
        ],
        ["Hi, is the Portofino jacket available?", "Yes, size M and L.", ""],
        ["customer", "agent", "customer"],
    ),
    (
        "whatsapp-ios-u202f-pm.txt",
        [datetime(2026, 11, 24, 13, 3, 12, tzinfo=UTC), datetime(2026, 11, 25, 8, 0, tzinfo=UTC)],
        ["ciao", "buongiorno"],
        ["customer", "agent"],
    ),
    (
        "whatsapp-spanish-p-m-marks.txt",
        [
            datetime(2026, 11, 24, 13, 3, tzinfo=UTC),
            datetime(2026, 11, 24, 13, 5, tzinfo=UTC),
            datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        ],
        ["hola, ¿tienen stock?", "sí", "gracias"],
        ["customer", "agent", "customer"],
    ),
    (
        "whatsapp-year-first.txt",
        [datetime(2026, 11, 24, 13, 3, tzinfo=UTC), datetime(2026, 11, 24, 13, 4, tzinfo=UTC)],
        ["ciao", "salve"],
        ["customer", "agent"],
    ),
]


@pytest.mark.parametrize(
    ("name", "times", "texts", "roles"), CASES, ids=[c[0].removesuffix(".txt") for c in CASES]
)
def test_variants(
    settings: Settings, name: str, times: list[datetime], texts: list[str], roles: list[str]
) -> None:
    _, messages, rejected = read(settings, name)
    assert rejected == []
    assert [m.created_time for m in messages] == times
    assert [m.text for m in messages] == texts
    assert [m.sender_role.value for m in messages] == roles
    assert all(m.created_time.tzinfo is UTC for m in messages)


def test_phone_author_marks_removed_and_recipient(settings: Settings) -> None:
    _, messages, _ = read(settings, "whatsapp-spanish-p-m-marks.txt")
    assert messages[0].sender_id == "+1 202 555 0147"
    assert messages[0].recipient_id == "Casa Verde"
    assert messages[1].recipient_id == "+1 202 555 0147"


def test_media_placeholder_system_and_deleted_counted(settings: Settings) -> None:
    source, messages, _ = read(settings, "whatsapp-android-24h-multiline.txt")
    assert messages[1].attachments[0].type == "media"
    assert source.stats.skipped == {"system_line": 1, "deleted": 1}


def test_group_system_lines_skipped(settings: Settings) -> None:
    source, messages, _ = read(settings, "whatsapp-system-lines-group.txt")
    assert [m.text for m in messages] == ["ok"]
    assert source.stats.skipped == {"system_line": 3}


def test_ambiguous_dates_use_fallback_with_warning(settings: Settings) -> None:
    source, messages, _ = read(settings, "whatsapp-ambiguous-dates-fallback.txt")
    assert messages[0].created_time == datetime(2026, 4, 3, 8, 0, tzinfo=UTC)
    assert any("DMY" in w for w in source.stats.warnings)
    mdy = settings.model_copy(update={"date_order_fallback": "MDY"})
    _, messages, _ = read(mdy, "whatsapp-ambiguous-dates-fallback.txt")
    assert messages[0].created_time == datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def test_bad_date_and_orphan_line_rejected(settings: Settings) -> None:
    _, messages, rejected = read(settings, "whatsapp-bad-date-and-orphan.txt")
    assert [m.text for m in messages] == ["ok"]
    assert sorted((r.reason, r.ref.line) for r in rejected) == [
        ("bad_timestamp", 2),
        ("missing_field", 1),
    ]
    assert all("impossibile" not in r.detail for r in rejected)


def test_zip_equals_txt_and_ids_are_stable(settings: Settings) -> None:
    _, from_txt, _ = read(settings, "whatsapp-ios-brackets-seconds.txt")
    _, from_zip, _ = read(settings, "whatsapp-zip-with-media.zip")
    _, again, _ = read(settings, "whatsapp-zip-with-media.zip")
    assert [m.message_id for m in from_zip] == [m.message_id for m in again]
    assert [m.text for m in from_zip] == [m.text for m in from_txt]
    assert len({m.message_id for m in from_zip}) == len(from_zip)
    assert from_zip[0].sender_role is SenderRole.CUSTOMER


@pytest.mark.parametrize(
    "name", ["whatsapp-not-utf8.txt", "whatsapp-not-a-zip.zip"], ids=["not-utf8", "not-a-zip"]
)
def test_unreadable_file(settings: Settings, name: str) -> None:
    with pytest.raises(SourceFileError) as info:
        list(open_source(f"whatsapp:{WA / name}", settings).read())
    assert name in str(info.value)


def test_clean_line_and_inference() -> None:
    assert clean_line("\u200e[1/2/26, 2:03\u202fPM]\u00a0x") == "[1/2/26, 2:03 PM] x"
    assert infer_date_order(["13/01/2026", "01/02/2026"], "MDY") == ("DMY", None)
    assert infer_date_order(["01/13/2026"], "DMY") == ("MDY", None)
    assert infer_date_order(["01/02/2026"], "DMY")[1] is not None


@pytest.mark.parametrize(
    ("placeholder", "kind"),
    [
        ("<Media omitted>", "media"),
        ("<Media omessi>", "media"),
        ("<Media omesso>", "media"),
        ("immagine omessa", "image"),
        ("image omitted", "image"),
        ("\u200evideo omitted", "video"),
        ("sticker omitted", "sticker"),
        ("\u200e<attached: 00000012-PHOTO-2026-11-24-14-06-02.jpg>", "image"),
    ],
    ids=[
        "en-android",
        "it-omessi",
        "it-omesso",
        "it-immagine",
        "en-ios-image",
        "ios-video",
        "ios-sticker",
        "ios-attached-photo",
    ],
)
def test_media_placeholders(
    settings: Settings, tmp_path: Path, placeholder: str, kind: str
) -> None:
    path = tmp_path / "_chat.txt"
    path.write_text(f"24/11/2026, 14:03 - Ilaria Fontanesi: {placeholder}\n", encoding="utf-8")
    records, _ = read_all(open_source(f"whatsapp:{path}", settings))
    assert records[0].message.text == ""
    assert records[0].message.attachments[0].type == kind
