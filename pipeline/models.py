"""The normalised message: what every source produces, whatever its format.

A ``Message`` holds raw personal data and lives in memory only. What leaves the process is an
``AnonymisedMessage`` (see ``privacy.anonymise``). ``schemas/message.schema.json`` is the same
contract as a JSON Schema, for the ``jsonl`` source and for other tools.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator


class Platform(StrEnum):
    MESSENGER = "messenger"
    INSTAGRAM = "instagram"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"


class SenderRole(StrEnum):
    CUSTOMER = "customer"
    AGENT = "agent"


class Attachment(BaseModel):
    """An attachment's kind and how many of that kind a message carries (never its URL)."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    type: str
    count: int = Field(default=1, ge=1)


class Referral(BaseModel):
    """Campaign attribution of a click-to-Messenger ad: ids of the ad, no personal data."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    source: str | None = None
    type: str | None = None
    ad_id: str | None = None
    ref: str | None = None


MESSAGE_FIELDS = (
    "message_id",
    "conversation_id",
    "platform",
    "page_id",
    "sender_id",
    "sender_name",
    "sender_role",
    "recipient_id",
    "created_time",
    "text",
)


class Message(BaseModel):
    """One message, normalised. Raw: it may contain personal data anywhere."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=False)

    message_id: str = Field(min_length=1)
    conversation_id: str = Field(min_length=1)
    platform: Platform
    page_id: str = Field(min_length=1)
    sender_id: str = Field(min_length=1)
    sender_name: str | None = None
    sender_role: SenderRole
    recipient_id: str | None = None
    created_time: AwareDatetime
    text: str = ""
    # Optional extensions (allowed by the contract): absent in most sources.
    recipient_name: str | None = None
    attachments: tuple[Attachment, ...] = ()
    referral: Referral | None = None

    @field_validator("text", mode="before")
    @classmethod
    def _none_text_is_empty(cls, value: Any) -> Any:
        return "" if value is None else value

    @field_validator("created_time")
    @classmethod
    def _reasonable_time(cls, value: datetime) -> datetime:
        if not 2000 <= value.year <= 2100:
            raise ValueError("created_time outside the years 2000-2100")
        return value


def unknown_fields(record: dict[str, Any]) -> list[str]:
    """Top-level keys of a raw record that the model ignores (counted, never kept)."""
    known = set(Message.model_fields)
    return sorted(key for key in record if key not in known)
