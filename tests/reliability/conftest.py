"""Reliability fixtures: one anonymisation engine per session, message builders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from pipeline.models import Message
from tests.conftest import build_settings

if TYPE_CHECKING:
    from privacy.anonymise import AnonymisationEngine

BASE_TIME = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> AnonymisationEngine:
    """The real privacy engine (spaCy + recognizers), loaded once."""
    from privacy.anonymise import AnonymisationEngine
    from privacy.pseudonym import KeyRing

    settings = build_settings(tmp_path_factory.mktemp("engine"))
    return AnonymisationEngine(settings, KeyRing.from_settings(settings))


def make_message(text: str, *, index: int = 0, conversation: str = "t_hostile") -> Message:
    return Message(
        message_id=f"m_{conversation}_{index}",
        conversation_id=conversation,
        platform="messenger",
        page_id="104857600000001",
        sender_id="7000000000000001",
        sender_name="Cliente Prova",
        sender_role="customer",
        recipient_id="104857600000001",
        created_time=BASE_TIME + timedelta(minutes=index),
        text=text,
    )


@pytest.fixture
def message_factory() -> Callable[..., Message]:
    return make_message
