"""Hostile and odd text against the real privacy engine: nothing crashes, PII is still found.

The forbidden values are checked after removing invisible characters and NFKC-normalising the
output, so a value cut apart by a zero-width space still counts as a leak.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from pipeline.models import Message
from pipeline.sources import Rejected, open_source
from tests.conftest import build_settings

if TYPE_CHECKING:
    from privacy.anonymise import AnonymisationEngine

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def visible(text: str) -> str:
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


def anonymise(engine: AnonymisationEngine, message: Message) -> str:
    return engine.anonymise_conversation([message])[0].text


# (text, values that must not survive, a fragment that must survive unchanged)
CASES = [
    pytest.param("", [], "", id="empty"),
    pytest.param("😀🎉👍🏽❤️‍🔥", [], "😀🎉", id="emoji-only"),
    pytest.param("ok 👍 grazie mille 🙏🙏", [], "grazie mille", id="emoji-and-words"),
    pytest.param(
        "مرحبا، بريدي mario.rossi@example.com شكرا",
        ["mario.rossi@example.com"],
        "مرحبا",
        id="rtl-arabic-email",
    ),
    pytest.param(
        "שלום, הטלפון שלי 333 123 4567 תודה", ["333 123 4567"], "שלום", id="rtl-hebrew-phone"
    ),
    pytest.param(
        "\u202amario.rossi@example.com\u202c \u200e+39 333 123 4567",
        ["mario.rossi@example.com", "333 123 4567"],
        "",
        id="bidi-embedding-marks",
    ),
    pytest.param(
        "Sono Mario Rossi, scrivimi a mario.rossi@example.com",
        ["Mario Rossi", "mario.rossi@example.com"],
        "scrivimi",
        id="plain-name-and-email",
    ),
    pytest.param(
        "Sono Ma\u0301rio Ro\u0300ssi, scrivimi",
        ["Mário Ròssi"],
        "scrivimi",
        id="combining-accents-name",
    ),
    pytest.param(
        "mario.rossi@example.com\u0301 e +39 333 123 4567\u0301",
        ["mario.rossi@example.com", "333 123 4567"],
        "",
        id="combining-mark-after-email-and-phone",
    ),
    pytest.param(
        "scrivimi a mario\u200b.rossi@example.com grazie",
        ["mario.rossi@example.com"],
        "grazie",
        id="zero-width-space-in-email",
    ),
    pytest.param(
        "scrivimi a mario\u200d.rossi@exam\u200dple.com grazie",
        ["mario.rossi@example.com"],
        "grazie",
        id="zero-width-joiner-in-email",
    ),
    pytest.param(
        "mario\u00ad.rossi@example.com", ["mario.rossi@example.com"], "", id="soft-hyphen-in-email"
    ),
    pytest.param(
        "chiamami al 333\u200b123\u200b4567 grazie",
        ["3331234567"],
        "grazie",
        id="zero-width-space-in-phone",
    ),
    pytest.param("+39\u00a0333\u00a0123\u00a04567", ["333 123 4567"], "", id="nbsp-in-phone"),
    pytest.param(
        "chiamami al ３３３ １２３ ４５６７ grazie",
        ["333 123 4567"],
        "grazie",
        id="full-width-digits-phone",
    ),
    pytest.param(
        "ｍａｒｉｏ．ｒｏｓｓｉ＠ｅｘａｍｐｌｅ．ｃｏｍ",
        ["mario.rossi@example.com"],
        "",
        id="full-width-email",
    ),
    pytest.param(
        "Sono Giu\u200blia Bian\u200bchi, grazie",
        ["Giulia", "Bianchi", "chi, grazie"],
        "grazie",
        id="zero-width-space-in-name",
    ),
    pytest.param(
        "IBAN ＩＴ６０Ｘ０５４２８１１１０１０００００００１２３４５６",
        [unicodedata.normalize("NFKC", "ＩＴ６０Ｘ０５４２８１１１０１０００００００１２３４５６")],
        "IBAN",
        id="full-width-iban",
    ),
    pytest.param(
        "scrivimi a m\u0430rio.rossi@ex\u0430mple.com",
        ["rossi@ex"],
        "scrivimi",
        id="homoglyph-cyrillic-a-in-email",
    ),
    pytest.param(
        "Sono M\u0430rio Rossi",
        ["M\u0430rio", "Rossi"],
        "Sono",
        id="homoglyph-cyrillic-a-in-name",
    ),
    pytest.param(
        "https://www.example.com/ordine?id=12345&utm=abc",
        [],
        "https://www.example.com/ordine",
        id="url-only",
    ),
    pytest.param(
        "https://example.com/unsubscribe?email=mario.rossi@example.com",
        ["mario.rossi@example.com"],
        "https://example.com/unsubscribe",
        id="url-carrying-an-email",
    ),
]


@pytest.mark.parametrize(("text", "forbidden", "kept"), CASES)
def test_hostile_text(
    engine: AnonymisationEngine,
    message_factory: Callable[..., Message],
    text: str,
    forbidden: list[str],
    kept: str,
) -> None:
    out = anonymise(engine, message_factory(text))
    seen = visible(out)
    for value in forbidden:
        assert visible(value) not in seen
        assert visible(value).replace(" ", "") not in seen.replace(" ", "")
    assert kept in out


@pytest.mark.slow
def test_a_100_kb_message_full_of_pii_is_anonymised_in_bounded_time(
    engine: AnonymisationEngine, message_factory: Callable[..., Message]
) -> None:
    unit = "Ciao sono Mario Rossi, mail mario.rossi@example.com tel 333 123 4567. "
    text = (unit * (100_000 // len(unit) + 1))[:99_000]
    started = time.perf_counter()
    out = anonymise(engine, message_factory(text, conversation="t_100kb"))
    elapsed = time.perf_counter() - started
    assert elapsed < 120, f"100 KB took {elapsed:.0f}s"
    assert "mario.rossi@example.com" not in out
    assert "Mario Rossi" not in out


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1 " * 50_000, id="digits-and-spaces"),
        pytest.param("a@" * 50_000, id="at-signs"),
        pytest.param("a." * 50_000, id="dots"),
        pytest.param("x" * 100_000, id="one-long-word"),
        pytest.param("+" + "9" * 99_999, id="one-long-number"),
        pytest.param("Mario " * 16_000, id="repeated-capitalised-word"),
    ],
)
def test_pathological_100_kb_messages_finish_in_bounded_time(
    engine: AnonymisationEngine, message_factory: Callable[..., Message], text: str
) -> None:
    started = time.perf_counter()
    anonymise(engine, message_factory(text, conversation=f"t_patho_{hash(text)}"))
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"took {elapsed:.0f}s: a backtracking pattern?"


def test_a_1_mb_message_is_quarantined_by_the_source_size_limit(tmp_path: Path) -> None:
    settings = build_settings(tmp_path)
    record = {
        "message_id": "m_big",
        "conversation_id": "t_big",
        "platform": "messenger",
        "page_id": "104857600000001",
        "sender_id": "7000000000000001",
        "sender_role": "customer",
        "created_time": "2026-11-03T09:00:00+00:00",
        "text": "a@" * 500_000,
    }
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    items = list(open_source(f"jsonl:{path}", settings).read())
    assert len(items) == 1
    assert isinstance(items[0], Rejected)
    assert items[0].reason == "too_large"
    assert "a@a@" not in items[0].detail
