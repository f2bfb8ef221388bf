"""Conversation tests: role tokens, consistent surrogates, carry-forward, keys. Synthetic data."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from pipeline.models import Message
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import PSEUDONYM_PATTERN, KeyRing

CUSTOMER_ID = "7000000000000001"
PAGE_ID = "104857600000001"
START = datetime(2026, 11, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def message(index: int, role: str, text: str, name: str | None = None) -> Message:
    customer = role == "customer"
    return Message(
        message_id=f"m_{index}",
        conversation_id="t_1",
        platform="messenger",
        page_id=PAGE_ID,
        sender_id=CUSTOMER_ID if customer else PAGE_ID,
        sender_name=name,
        sender_role=role,  # type: ignore[arg-type]
        recipient_id=PAGE_ID if customer else CUSTOMER_ID,
        recipient_name=None if customer else "Ginevra Palumbo",
        created_time=START + timedelta(minutes=index),
        text=text,
    )


CONVERSATION = [
    message(
        1,
        "customer",
        "Buongiorno, sono Ginevra. L'ordine IT-2026-004512 non è arrivato. Mia sorella "
        "Ottavia Lombardi può ritirarlo? Il mio numero è 333 123 4567.",
        "Ginevra Palumbo",
    ),
    message(
        2,
        "agent",
        "Ciao ginevra, sono Tommaso di Casa Verde. Certo, Ottavia può ritirarlo alle 14:30.",
        "Tommaso Ferri",
    ),
    message(
        3,
        "customer",
        "Grazie Tommaso! Ottavia ha anche il 333 123 4567. Scrivete a palumbo.g@example.com",
        "Ginevra Palumbo",
    ),
    message(4, "customer", "", "Ginevra Palumbo"),
]


def test_roles_surrogates_and_carry_forward(engine: AnonymisationEngine) -> None:
    out = engine.anonymise_conversation(CONVERSATION)
    texts = [item.text for item in out]
    assert texts[0].startswith("Buongiorno, sono <CUSTOMER>.")
    assert "IT-2026-004512" in texts[0]
    assert "<PERSON_1>" in texts[0] and "<PHONE_1>" in texts[0]
    assert texts[1].startswith("Ciao <CUSTOMER>, sono <AGENT> di Casa Verde.")
    assert "<PERSON_1> può ritirarlo alle 14:30" in texts[1]
    assert texts[2].startswith("Grazie <AGENT>! <PERSON_1> ha anche il <PHONE_1>.")
    assert "<EMAIL_1>" in texts[2]
    for text in texts:
        for secret in ("Ginevra", "ginevra", "Palumbo", "Ottavia", "Lombardi", "Tommaso", "4567"):
            assert secret not in text


def test_keys_times_and_counts(engine: AnonymisationEngine, keyring: KeyRing) -> None:
    out = engine.anonymise_conversation(CONVERSATION)
    first, agent, _, empty = out
    assert re.match(PSEUDONYM_PATTERN, first.message_key)
    assert first.customer_key == agent.customer_key == first.sender_key == agent.recipient_key
    assert first.customer_key == keyring.pseudonym(
        "user", CUSTOMER_ID, platform="messenger", page_id=PAGE_ID
    )
    assert first.created_time.utcoffset() == timedelta(0)
    assert first.created_time.hour == 8
    assert first.n_chars == len(CONVERSATION[0].text)
    assert first.entity_counts["PHONE_NUMBER"] == 1
    assert first.language == "it"
    assert empty.language == "und" and empty.text == ""
    for detection in first.detections:
        assert 0 <= detection.start < detection.end <= len(CONVERSATION[0].text)
        assert detection.recognizer


def test_stats_and_describe(engine: AnonymisationEngine) -> None:
    engine.anonymise_conversation(CONVERSATION)
    assert engine.stats[("PERSON", "it", "participant")] > 0
    described = engine.describe()
    assert described["models"]
    assert "PHONE_NUMBER" in described["operators"]  # type: ignore[operator]


def test_english_conversation(engine: AnonymisationEngine) -> None:
    conversation = [
        message(
            1,
            "customer",
            "Hi, this is Jonathan Wright. Please ship to 221B Baker Street, London. "
            "My wife Harriet will collect it, her number is (415) 555-2671.",
            "Jonathan Wright",
        ),
        message(2, "agent", "Thanks Jonathan! Harriet can collect it on Monday.", "Casa Verde"),
    ]
    out = engine.anonymise_conversation(conversation)
    assert out[0].language == "en"
    assert out[0].text.startswith("Hi, this is <CUSTOMER>.")
    assert "Baker" not in out[0].text and "221B" not in out[0].text
    assert out[1].text == "Thanks <CUSTOMER>! <PERSON_1> can collect it on Monday."


def test_batched_conversations_equal_one_at_a_time(engine: AnonymisationEngine) -> None:
    english = [message(1, "customer", "Hi, this is Jonathan Wright from Leeds.", "Jonathan Wright")]
    batched = list(engine.anonymise_conversations([CONVERSATION, english], batch=1))
    assert batched == [
        engine.anonymise_conversation(CONVERSATION),
        engine.anonymise_conversation(english),
    ]


def test_misspelt_introduction_takes_the_participant_role(engine: AnonymisationEngine) -> None:
    typo = message(
        1, "customer", "buonasera, mi chiamo ginevrra Palumbo. Ordine?", "Ginevra Palumbo"
    )
    assert (
        engine.anonymise_conversation([typo])[0].text == "buonasera, mi chiamo <CUSTOMER>. Ordine?"
    )


def test_zero_width_name_is_replaced_whole(engine: AnonymisationEngine) -> None:
    hidden = message(1, "customer", "Sono Giu\u200blia Bian\u200bchi, grazie", "Cliente Prova")
    assert engine.anonymise_conversation([hidden])[0].text == "Sono <PERSON_1>, grazie"
