"""``messenger-webhook``: JSONL of Messenger / Instagram webhook POST bodies, one per line.

``{"object": "page"|"instagram", "entry": [{"id": PAGE_ID, "time": ms, "messaging": [...],
"standby": [...]}]}``. Message events become messages; the Page's own replies arrive as echoes
(``message.is_echo``) and are agent messages. Deliveries, reads, reactions and other non-message
events are counted in ``stats.skipped``. A ``referral`` (click-to-Messenger ad) on the event, in
the message, or in a separate referral event just before the first message is kept as
``Message.referral``. A sticker that arrives both as ``sticker`` and ``image`` counts once.
The conversation id is ``<page_id>_<customer PSID>``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.models import Attachment, Platform, Referral, SenderRole
from pipeline.sources._common import (
    build_record,
    count_unknown,
    from_unix,
    iter_webhook_bodies,
    raw_bytes,
)
from pipeline.sources.base import Record, Rejected, Source, SourceRef

_NOT_MESSAGES = (
    "delivery",
    "read",
    "reaction",
    "postback",
    "optin",
    "account_linking",
    "message_edit",
    "pass_thread_control",
    "take_thread_control",
    "request_thread_control",
    "app_roles",
    "policy_enforcement",
)
_EVENT_FIELDS = ("sender", "recipient", "timestamp", "message", "referral", *_NOT_MESSAGES)
_MESSAGE_FIELDS = (
    "mid",
    "text",
    "attachments",
    "quick_reply",
    "reply_to",
    "is_echo",
    "app_id",
    "metadata",
    "referral",
    "sticker_id",
    "nlp",
    "commands",
    "is_deleted",
)
_PLATFORMS = {"page": Platform.MESSENGER, "instagram": Platform.INSTAGRAM}


def _id_of(node: Any) -> Any:
    return node.get("id") if isinstance(node, dict) else None


def _referral(node: Any) -> Referral | None:
    if not isinstance(node, dict):
        return None
    values = {k: node.get(k) for k in ("source", "type", "ad_id", "ref")}
    clean = {k: (str(v) if isinstance(v, str | int) else None) for k, v in values.items()}
    return Referral(**clean)


def attachments_of(message: dict[str, Any]) -> tuple[Attachment, ...]:
    """Attachment kinds and counts; a sticker sent as both ``sticker`` and ``image`` counts once."""
    counts: dict[str, int] = {}
    stickers: set[str] = set()
    anonymous_sticker = False
    items = message.get("attachments")
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            counts["unknown"] = counts.get("unknown", 0) + 1
            continue
        kind = item.get("type") if isinstance(item.get("type"), str) else "unknown"
        payload = item.get("payload")
        sticker_id = payload.get("sticker_id") if isinstance(payload, dict) else None
        if kind == "sticker" or sticker_id is not None:
            if sticker_id is None:
                anonymous_sticker = True
            else:
                stickers.add(str(sticker_id))
            continue
        counts[str(kind)] = counts.get(str(kind), 0) + 1
    if message.get("sticker_id") is not None:
        stickers.add(str(message["sticker_id"]))
    if stickers or anonymous_sticker:
        counts["sticker"] = max(len(stickers), 1)
    return tuple(Attachment(type=k, count=v) for k, v in counts.items())


class MessengerWebhookSource(Source):
    """Stored webhook bodies of Messenger (``object: page``) or Instagram (``instagram``)."""

    format = "messenger-webhook"

    def read(self) -> Iterator[Record | Rejected]:
        pending: dict[str, Referral] = {}
        for item in iter_webhook_bodies(self.path):
            if isinstance(item, Rejected):
                yield item
                continue
            ref, raw, body, entries = item
            platform = _PLATFORMS.get(str(body.get("object")), Platform.MESSENGER)
            for i, entry in enumerate(entries):
                if not isinstance(entry, dict):
                    yield Rejected(
                        "wrong_type", _at(ref, f"entry[{i}]"), raw, "entry not an object"
                    )
                    continue
                page_id = entry.get("id")
                for channel in ("messaging", "standby"):
                    events = entry.get(channel, [])
                    if not isinstance(events, list):
                        where = _at(ref, f"entry[{i}].{channel}")
                        yield Rejected("wrong_type", where, raw, f"{channel} is not a list")
                        continue
                    for j, event in enumerate(events):
                        where = _at(ref, f"entry[{i}].{channel}[{j}]")
                        yield from self._event(event, where, page_id, platform, pending)
        for _ in pending:
            self.stats.skipped["referral_without_message"] += 1

    def _event(
        self,
        event: Any,
        ref: SourceRef,
        page_id: Any,
        platform: Platform,
        pending: dict[str, Referral],
    ) -> Iterator[Record | Rejected]:
        if not isinstance(event, dict):
            yield Rejected("wrong_type", ref, _raw(event), "event is not an object")
            return
        count_unknown(self.stats.unknown_fields, event, _EVENT_FIELDS, "event.")
        message = event.get("message")
        if message is None:
            if isinstance(event.get("referral"), dict):
                customer = _id_of(event.get("sender"))
                referral = _referral(event["referral"])
                if isinstance(customer, str) and referral is not None:
                    pending[f"{page_id}_{customer}"] = referral
                    return
            kind = next((k for k in _NOT_MESSAGES if k in event), "unknown_event")
            self.stats.skipped[kind] += 1
            return
        if not isinstance(message, dict):
            yield Rejected("wrong_type", ref, _raw(event), "invalid: message (not an object)")
            return
        count_unknown(self.stats.unknown_fields, message, _MESSAGE_FIELDS, "message.")
        if message.get("is_deleted") is True:
            self.stats.skipped["deleted"] += 1
            return
        sender_id = _id_of(event.get("sender"))
        recipient_id = _id_of(event.get("recipient"))
        echo = message.get("is_echo") is True
        if not isinstance(page_id, str | int) or isinstance(page_id, bool):
            yield Rejected("missing_field", ref, _raw(event), "missing: entry.id (page id)")
            return
        page = str(page_id)
        customer = recipient_id if echo else sender_id
        if not isinstance(customer, str) or not customer:
            field = "recipient.id" if echo else "sender.id"
            yield Rejected("missing_field", ref, _raw(event), f"missing: {field}")
            return
        if "timestamp" not in event:
            yield Rejected("missing_field", ref, _raw(event), "missing: timestamp")
            return
        try:
            created = from_unix(event["timestamp"], millis=True)
        except (ValueError, TypeError, OverflowError, OSError):
            yield Rejected("bad_timestamp", ref, _raw(event), "invalid: timestamp")
            return
        conversation = f"{page}_{customer}"
        referral = _referral(message.get("referral")) or _referral(event.get("referral"))
        if referral is None and not echo:
            referral = pending.pop(conversation, None)
        is_agent = echo or sender_id == page or sender_id in self.settings.page_ids
        fields = {
            "message_id": message.get("mid"),
            "conversation_id": conversation,
            "platform": platform,
            "page_id": page,
            "sender_id": sender_id,
            "sender_role": SenderRole.AGENT if is_agent else SenderRole.CUSTOMER,
            "recipient_id": recipient_id,
            "created_time": created,
            "text": message.get("text"),
            "attachments": attachments_of(message),
            "referral": referral,
        }
        yield build_record(fields, ref, event, self.settings)


def _at(ref: SourceRef, index: str) -> SourceRef:
    return SourceRef(ref.file, ref.line, index)


def _raw(value: Any) -> bytes:
    return raw_bytes(value)
