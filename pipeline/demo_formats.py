"""The demo conversations in the other input formats, for the cross-format source tests.

Each writer takes conversations (lists of ``Message`` in time order, all from the generator)
and returns the ids of the conversations it wrote. Texts are written unchanged, so every
format reads back as the same texts as ``jsonl/messages.jsonl``:

- ``whatsapp/_chat.txt``: Android variant (``24/11/2026, 14:03 - Name: text``), local time of
  ``settings.timezone``, Italian encryption notice, one chat (the longest Messenger thread).
- ``telegram/result.json``: a full export (``chats.list[]``); texts with e-mails, phones, links
  and mentions are lists of pieces and entity objects; some chats open with a service message.
- ``messenger-webhook/events.jsonl``: one webhook POST body per line for the Messenger Page:
  customer messages, the Page's replies as echoes, a separate referral event before the first
  message of ad-started threads, deliveries and reads.
- ``facebook-export/messages/inbox/<thread>/message_1.json``: DYI export of the Messenger Page's
  threads, newest message first, every string mojibake-encoded (UTF-8 bytes as Latin-1).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pipeline.models import Message, SenderRole

Thread = Sequence[Message]
Spans = dict[str, list[tuple[int, int, str]]]

_APP_ID = 263902037430900
TELEGRAM_KINDS = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "URL": "link",
    "HANDLE": "mention",
}


def _millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _customer(thread: Thread) -> tuple[str, str]:
    """(id, display name) of the thread's customer."""
    for message in thread:
        if message.sender_role is SenderRole.CUSTOMER:
            return message.sender_id, message.sender_name or message.sender_id
    first = thread[0]
    return first.recipient_id or "", first.recipient_name or ""


def write_whatsapp(out: Path, threads: Sequence[Thread], zone: ZoneInfo) -> list[str]:
    """The longest thread as an Android ``_chat.txt``."""
    thread = max(threads, key=len)
    first = thread[0].created_time.astimezone(zone)
    lines = [
        f"{first:%d/%m/%Y}, {first:%H:%M} - I messaggi e le chiamate sono crittografati "
        "end-to-end. Nessuno al di fuori di questa chat, nemmeno WhatsApp, può leggerli o "
        "ascoltarli. Tocca per saperne di più."
    ]
    for message in thread:
        local = message.created_time.astimezone(zone)
        lines.append(f"{local:%d/%m/%Y}, {local:%H:%M} - {message.sender_name}: {message.text}")
    folder = out / "whatsapp"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_chat.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [thread[0].conversation_id]


def _telegram_text(text: str, spans: list[tuple[int, int, str]]) -> tuple[Any, list[Any]]:
    pieces: list[Any] = []
    entities: list[dict[str, str]] = []
    position = 0
    for start, end, kind in sorted(spans):
        value = text[start:end]
        if kind == "email" and ("@" not in value or " " in value):
            continue
        if start > position:
            pieces.append(text[position:start])
            entities.append({"type": "plain", "text": text[position:start]})
        pieces.append({"type": kind, "text": value})
        entities.append({"type": kind, "text": value})
        position = end
    if not entities:
        return text, ([{"type": "plain", "text": text}] if text else [])
    if position < len(text):
        pieces.append(text[position:])
        entities.append({"type": "plain", "text": text[position:]})
    return pieces, entities


def write_telegram(out: Path, threads: Sequence[Thread], spans: Spans, zone: ZoneInfo) -> list[str]:
    """Every thread as a personal chat of one Telegram Desktop full export."""
    chats = []
    for number, thread in enumerate(threads):
        customer_id, customer_name = _customer(thread)
        messages: list[dict[str, Any]] = []
        if number % 5 == 0:
            moment = thread[0].created_time
            messages.append(
                {
                    "id": 1,
                    "type": "service",
                    "date": moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(int(moment.timestamp()) - 60),
                    "actor": customer_name,
                    "actor_id": f"user{customer_id}",
                    "action": "phone_call",
                    "discard_reason": "missed",
                    "text": "",
                    "text_entities": [],
                }
            )
        for message in thread:
            text, entities = _telegram_text(message.text, spans.get(message.message_id, []))
            messages.append(
                {
                    "id": len(messages) + 1,
                    "type": "message",
                    "date": message.created_time.astimezone(zone).strftime("%Y-%m-%dT%H:%M:%S"),
                    "date_unixtime": str(int(message.created_time.timestamp())),
                    "from": message.sender_name,
                    "from_id": f"user{message.sender_id}",
                    "text": text,
                    "text_entities": entities,
                }
            )
        chats.append(
            {
                "name": customer_name,
                "type": "personal_chat",
                "id": int(re.sub(r"\D", "", thread[0].conversation_id)[:12]),
                "messages": messages,
            }
        )
    export = {
        "about": "Here is the data you requested. Use result.json for programmatic access.",
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    folder = out / "telegram"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "result.json").write_text(
        json.dumps(export, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return [thread[0].conversation_id for thread in threads]


def _body(page_id: str, moment_ms: int, event: dict[str, Any]) -> str:
    payload = {
        "object": "page",
        "entry": [{"id": page_id, "time": moment_ms, "messaging": [event]}],
    }
    return json.dumps(payload, ensure_ascii=False)


def write_messenger_webhook(out: Path, threads: Sequence[Thread]) -> list[str]:
    """Webhook bodies of every thread, interleaved in time order as a Page receives them."""
    timed: list[tuple[int, int, str]] = []
    for thread in threads:
        customer_id, _ = _customer(thread)
        for index, message in enumerate(thread):
            page_id, ms = message.page_id, _millis(message.created_time)
            customer = message.sender_role is SenderRole.CUSTOMER
            if customer and message.referral is not None:
                referral = message.referral.model_dump(exclude_none=True)
                event = {
                    "sender": {"id": customer_id},
                    "recipient": {"id": page_id},
                    "timestamp": ms - 1500,
                    "referral": referral,
                }
                timed.append((ms - 1500, 0, _body(page_id, ms - 1500, event)))
            body: dict[str, Any] = {"mid": message.message_id, "text": message.text}
            for attachment in message.attachments:
                body["attachments"] = [
                    {
                        "type": attachment.type,
                        "payload": {"url": f"https://cdn.example.invalid/{message.message_id}/{n}"},
                    }
                    for n in range(attachment.count)
                ]
            if customer:
                event = {
                    "sender": {"id": customer_id},
                    "recipient": {"id": page_id},
                    "timestamp": ms,
                    "message": body,
                }
            else:
                body["is_echo"] = True
                body["app_id"] = _APP_ID
                event = {
                    "sender": {"id": page_id},
                    "recipient": {"id": customer_id},
                    "timestamp": ms,
                    "message": body,
                }
            timed.append((ms, 1, _body(page_id, ms, event)))
            if not customer:
                delivered = ms + 2000
                delivery = {
                    "sender": {"id": customer_id},
                    "recipient": {"id": page_id},
                    "timestamp": delivered,
                    "delivery": {"mids": [message.message_id], "watermark": ms},
                }
                timed.append((delivered, 2, _body(page_id, delivered, delivery)))
                if index % 3 != 2:
                    seen = ms + 45_000
                    read = {
                        "sender": {"id": customer_id},
                        "recipient": {"id": page_id},
                        "timestamp": seen,
                        "read": {"watermark": ms},
                    }
                    timed.append((seen, 3, _body(page_id, seen, read)))
    folder = out / "messenger-webhook"
    folder.mkdir(parents=True, exist_ok=True)
    lines = [line for _, _, line in sorted(timed)]
    (folder / "events.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [thread[0].conversation_id for thread in threads]


def _mojibake(value: Any) -> Any:
    """What Facebook's DYI export does to every string: UTF-8 bytes read as Latin-1."""
    if isinstance(value, str):
        return value.encode("utf-8").decode("latin-1")
    if isinstance(value, list):
        return [_mojibake(item) for item in value]
    if isinstance(value, dict):
        return {key: _mojibake(item) for key, item in value.items()}
    return value


def dyi_thread_folder(thread: Thread) -> str:
    """The DYI folder name of a thread: the customer's name squashed, and digits (personal)."""
    _, customer_name = _customer(thread)
    slug = re.sub(r"[^a-z0-9]", "", customer_name.lower()) or "utente"
    return f"{slug}_{re.sub(r'[^0-9]', '', thread[0].conversation_id)[:10]}"


def write_facebook_export(out: Path, threads: Sequence[Thread]) -> list[str]:
    """DYI ``messages/inbox/<thread>/message_1.json`` per thread, newest message first."""
    inbox = out / "facebook-export" / "messages" / "inbox"
    for thread in threads:
        _, customer_name = _customer(thread)
        folder = dyi_thread_folder(thread)
        messages = []
        for message in reversed(thread):
            item: dict[str, Any] = {
                "sender_name": message.sender_name,
                "timestamp_ms": _millis(message.created_time),
                "content": message.text,
                "is_geoblocked_for_viewer": False,
            }
            photos = [a for a in message.attachments if a.type == "image"]
            if photos:
                seconds = int(message.created_time.timestamp())
                item["photos"] = [
                    {
                        "uri": f"messages/inbox/{folder}/photos/{seconds}_{n}.jpg",
                        "creation_timestamp": seconds,
                    }
                    for n in range(photos[0].count)
                ]
            messages.append(item)
        page_name = (
            thread[0].recipient_name
            if thread[0].sender_role is SenderRole.CUSTOMER
            else thread[0].sender_name
        )
        document = {
            "participants": [{"name": customer_name}, {"name": page_name}],
            "messages": messages,
            "title": customer_name,
            "is_still_participant": True,
            "thread_path": f"inbox/{folder}",
            "magic_words": [],
        }
        path = inbox / folder / "message_1.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(_mojibake(document), indent=2) + "\n", encoding="utf-8")
    return [thread[0].conversation_id for thread in threads]
