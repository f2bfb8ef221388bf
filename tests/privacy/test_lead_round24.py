"""Session 14 (lead): names in another script inside a Latin-script message, an Italian
mobile after a bare "nr", a player's id in both cases with "_" in a sentence naming a
platform, a personal site named after a short first name or a handle of the message. Every
value here is invented for these tests (none comes from a labelled corpus)."""

from __future__ import annotations

import re

import pytest

from privacy.anonymise import AnonymisationEngine
from privacy.recognizers.scripts import find_script_names
from tests.privacy.test_names_general import chat_message


def _out(engine: AnonymisationEngine, text: str) -> str:
    return engine.anonymise_conversation([chat_message(0, "customer", text)])[0].text


def _survives(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) is not None


REDACTED = [
    ("chinese-in-brackets", "my son Chen Hao (in chinese 陈浩) starts on Monday", "陈浩"),
    ("japanese-name", "grazie mille! 山田花子, il mio nome in giapponese", "山田花子"),
    ("arabic-signature", "ok ci vediamo domani alle 10. سمير", "سمير"),
    ("arabic-full-name", "Sono Layla Haddad (ليلى حداد), abito vicino", "ليلى حداد"),
    ("korean-name", "my name in korean is 김민지, my passport says Kim Minji", "김민지"),
    ("hebrew-name", "the booking is for Noa Levi (נועה לוי) and her sister", "נועה לוי"),
    ("mobile-after-nr", "sono Ornella Capuzzi, nr 3471185592", "3471185592"),
    ("mobile-after-nr-spaced", "il mio nr 347 118 5592 se serve", "347 118 5592"),
    ("player-id", "su PlayStation mio figlio è RedFox_2015, giocate?", "RedFox_2015"),
    ("player-id-en", "on Xbox my brother is Silent_Hawk_77 lol", "Silent_Hawk_77"),
    (
        "site-short-name",
        "our friend Eva, a potter, sells on evaclaywork.example.com",
        "evaclaywork.example.com",
    ),
    (
        "site-after-handle",
        "follow me at @marcellotorrisi.music, the gigs are on marcellotorrisi.example.net",
        "marcellotorrisi.example.net",
    ),
]
KEPT = [
    ("thanks-in-chinese", "grazie mille 谢谢!! a domani", "谢谢"),
    ("thanks-in-arabic", "شكرا, arrivo alle 5", "شكرا"),
    ("japanese-thanks", "ありがとう! see you at 6", "ありがとう"),
    ("order-nr", "ordine nr 3471185592 non arrivato", "3471185592"),
    ("ticket-n", "ticket n. 3471185592 aperto ieri", "3471185592"),
    ("discount-code", "sul sito il codice è SCONTO_10, vale fino a domenica", "SCONTO_10"),
]


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in REDACTED])
def test_redacted(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert not _survives(value, _out(engine, text))


@pytest.mark.parametrize(("text", "value"), [pytest.param(t, v, id=c) for c, t, v in KEPT])
def test_kept(engine: AnonymisationEngine, text: str, value: str) -> None:
    assert _survives(value, _out(engine, text))


def test_a_message_in_another_language_is_not_a_name() -> None:
    """A message written wholly in Chinese is that language, not names inside ours."""
    assert list(find_script_names("我们明天下午三点到店里取货可以吗")) == []
    assert [d.end - d.start for d in find_script_names("my name is 张伟, ok?")] == [2]
