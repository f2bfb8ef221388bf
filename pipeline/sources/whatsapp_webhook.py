"""``whatsapp-webhook``: JSONL of WhatsApp Cloud API webhook bodies, one per line.

``{"object": "whatsapp_business_account", "entry": [{"id", "changes": [{"field": "messages",
"value": {"metadata": {"phone_number_id", "display_phone_number"}, "contacts": [{"profile":
{"name"}, "wa_id"}], "messages": [{"from", "id", "timestamp", "type", "text": {"body"}}],
"statuses": [...]}}]}]}``. ``from`` and ``wa_id`` are phone numbers (personal data). Statuses
(sent, delivered, read) are counted in ``stats.skipped``. The Page id is the
``phone_number_id``; the conversation id is ``<phone_number_id>_<customer wa_id>``. Business
replies are not part of these webhooks: every message is a customer message, unless ``from``
is one of ``CONVMON_PAGE_IDS``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.models import Attachment, Platform, SenderRole
from pipeline.sources._common import (
    build_record,
    count_unknown,
    from_unix,
    iter_webhook_bodies,
    raw_bytes,
)
from pipeline.sources.base import Record, Rejected, Source, SourceRef

_MESSAGE_FIELDS = (
    "from",
    "id",
    "timestamp",
    "type",
    "text",
    "context",
    "image",
    "video",
    "audio",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "button",
    "reaction",
    "referral",
    "errors",
    "system",
    "order",
)
_MEDIA = ("image", "video", "audio", "document", "sticker", "location", "contacts")


def _text(msg: dict[str, Any]) -> Any:
    kind = msg.get("type")
    if kind == "text" or "text" in msg:
        body = msg.get("text")
        return body.get("body") if isinstance(body, dict) else body
    for key in ("image", "video", "document"):
        node = msg.get(key)
        if isinstance(node, dict) and isinstance(node.get("caption"), str):
            return node["caption"]
    if kind == "button" and isinstance(msg.get("button"), dict):
        return msg["button"].get("text")
    if kind == "interactive" and isinstance(msg.get("interactive"), dict):
        for reply in ("button_reply", "list_reply"):
            node = msg["interactive"].get(reply)
            if isinstance(node, dict):
                return node.get("title")
    return ""


class WhatsAppWebhookSource(Source):
    """Stored WhatsApp Cloud API webhook bodies (see the module docstring)."""

    format = "whatsapp-webhook"

    def read(self) -> Iterator[Record | Rejected]:
        for item in iter_webhook_bodies(self.path):
            if isinstance(item, Rejected):
                yield item
                continue
            ref, raw, _, entries = item
            for i, entry in enumerate(entries):
                changes = entry.get("changes") if isinstance(entry, dict) else None
                if not isinstance(changes, list):
                    where = SourceRef(ref.file, ref.line, f"entry[{i}]")
                    yield Rejected("wrong_type", where, raw, "entry without changes list")
                    continue
                for j, change in enumerate(changes):
                    at = f"entry[{i}].changes[{j}]"
                    yield from self._change(change, ref, at, raw)

    def _change(
        self, change: Any, ref: SourceRef, at: str, raw: bytes
    ) -> Iterator[Record | Rejected]:
        value = change.get("value") if isinstance(change, dict) else None
        if not isinstance(value, dict):
            yield Rejected("wrong_type", SourceRef(ref.file, ref.line, at), raw, "change.value")
            return
        statuses = value.get("statuses")
        if isinstance(statuses, list):
            self.stats.skipped["status"] += len(statuses)
        metadata = value.get("metadata")
        page_id = metadata.get("phone_number_id") if isinstance(metadata, dict) else None
        names: dict[str, Any] = {}
        contacts = value.get("contacts")
        for contact in contacts if isinstance(contacts, list) else []:
            if isinstance(contact, dict) and isinstance(contact.get("wa_id"), str):
                profile = contact.get("profile")
                names[contact["wa_id"]] = profile.get("name") if isinstance(profile, dict) else None
        messages = value.get("messages", [])
        if not isinstance(messages, list):
            yield Rejected("wrong_type", SourceRef(ref.file, ref.line, at), raw, "messages")
            return
        for k, msg in enumerate(messages):
            where = SourceRef(ref.file, ref.line, f"{at}.value.messages[{k}]")
            if not isinstance(msg, dict):
                yield Rejected("wrong_type", where, raw_bytes(msg), "message is not an object")
                continue
            count_unknown(self.stats.unknown_fields, msg, _MESSAGE_FIELDS, "message.")
            if msg.get("type") in ("reaction", "system", "unsupported"):
                self.stats.skipped[str(msg["type"])] += 1
                continue
            if not isinstance(page_id, str):
                yield Rejected("missing_field", where, raw_bytes(msg), "missing: phone_number_id")
                continue
            if "timestamp" not in msg:
                yield Rejected("missing_field", where, raw_bytes(msg), "missing: timestamp")
                continue
            try:
                created = from_unix(msg["timestamp"])
            except (ValueError, TypeError, OverflowError, OSError):
                yield Rejected("bad_timestamp", where, raw_bytes(msg), "invalid: timestamp")
                continue
            sender = msg.get("from")
            agent = isinstance(sender, str) and sender in self.settings.page_ids
            kinds = [key for key in _MEDIA if key in msg]
            fields = {
                "message_id": msg.get("id"),
                "conversation_id": f"{page_id}_{sender}",
                "platform": Platform.WHATSAPP,
                "page_id": page_id,
                "sender_id": sender,
                "sender_name": names.get(sender) if isinstance(sender, str) else None,
                "sender_role": SenderRole.AGENT if agent else SenderRole.CUSTOMER,
                "recipient_id": page_id,
                "created_time": created,
                "text": _text(msg),
                "attachments": tuple(Attachment(type=kind) for kind in kinds),
            }
            yield build_record(fields, where, msg, self.settings)
