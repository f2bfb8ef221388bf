"""Types shared by detection, anonymisation and evaluation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from pipeline.models import Message

# Canonical entity types, and the surrogate label each becomes in anonymised text.
SURROGATE_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CARD",
    "IT_FISCAL_CODE": "FISCAL_CODE",
    "IT_VAT_CODE": "VAT",
    "IP_ADDRESS": "IP",
    "URL": "URL",
    "HANDLE": "HANDLE",
    "LOCATION": "LOCATION",
    "ADDRESS": "ADDRESS",
}
ENTITY_TYPES: tuple[str, ...] = tuple(SURROGATE_LABELS)
ROLE_TOKENS = {"customer": "<CUSTOMER>", "agent": "<AGENT>"}


@dataclass(frozen=True)
class Detection:
    """A detected span of the original text (in memory only; never written anywhere)."""

    start: int
    end: int
    entity_type: str
    recognizer: str = ""
    score: float = 1.0


@dataclass(frozen=True)
class AnonymisedMessage:
    """What may leave the process: pseudonyms, roles, times, anonymised text and counts.

    ``detections`` refer to the original text and exist for evaluation; they are not persisted.
    """

    message_key: str
    conversation_key: str
    platform: str
    page_id: str
    created_time: datetime
    sender_key: str
    sender_role: str
    recipient_key: str | None
    customer_key: str
    language: str
    text: str
    n_chars: int
    entity_counts: dict[str, int] = field(default_factory=dict)
    detections: tuple[Detection, ...] = ()


class Anonymiser(Protocol):
    """Anything that anonymises a conversation: the real engine, or a fake one in tests."""

    def anonymise_conversation(self, messages: Sequence[Message]) -> list[AnonymisedMessage]:
        """Messages of one conversation in time order -> anonymised, in the same order."""
        ...
