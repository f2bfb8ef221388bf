"""``telegram``: a Telegram Desktop JSON export, ``result.json``.

Either one chat (``{name, type, id, messages[]}``) or a full export (``{"chats": {"list":
[chat...]}}``). ``text`` is a string or a list of strings and entity objects (``{type, text}``),
joined. Times come from ``date_unixtime`` (``date`` is local time without a zone). Service
messages (``type: "service"``) are counted in ``stats.skipped``. ``from`` may be null: the
sender id is then ``from_id``. The business is the author named in ``CONVMON_BUSINESS_NAMES``
or whose ``from_id`` is in ``CONVMON_PAGE_IDS``; the Page id is the first of
``CONVMON_PAGE_IDS``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pipeline.models import Attachment, Platform, SenderRole
from pipeline.sources._common import (
    build_record,
    count_unknown,
    from_unix,
    is_business_name,
    raw_bytes,
)
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef

_MESSAGE_FIELDS = (
    "id",
    "type",
    "date",
    "date_unixtime",
    "edited",
    "edited_unixtime",
    "from",
    "from_id",
    "text",
    "text_entities",
    "reply_to_message_id",
    "forwarded_from",
    "photo",
    "file",
    "file_name",
    "file_size",
    "thumbnail",
    "media_type",
    "mime_type",
    "duration_seconds",
    "width",
    "height",
    "sticker_emoji",
    "via_bot",
    "reactions",
    "actor",
    "actor_id",
    "action",
    "photo_file_size",
    "saved_from",
    "poll",
    "contact_information",
    "location_information",
)


def join_text(value: Any) -> str:
    """A Telegram ``text``: a string, or a list of strings and ``{type, text}`` pieces."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        out = []
        for piece in value:
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
                out.append(piece["text"])
            else:
                raise TypeError("text piece is neither a string nor {type, text}")
        return "".join(out)
    raise TypeError("text is neither a string nor a list")


def _attachments(msg: dict[str, Any]) -> tuple[Attachment, ...]:
    if "photo" in msg:
        return (Attachment(type="image"),)
    media = msg.get("media_type")
    if isinstance(media, str):
        return (Attachment(type="sticker" if media == "sticker" else media),)
    if "file" in msg:
        return (Attachment(type="file"),)
    for key, kind in (
        ("poll", "poll"),
        ("contact_information", "contact"),
        ("location_information", "location"),
    ):
        if key in msg:
            return (Attachment(type=kind),)
    return ()


class TelegramExportSource(Source):
    """A Telegram Desktop ``result.json`` (see the module docstring)."""

    format = "telegram"

    def _load(self) -> Any:
        path = self.path / "result.json" if self.path.is_dir() else self.path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SourceFileError(path, f"cannot read the file ({exc.strerror})") from None
        try:
            return json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise SourceFileError(path, f"not UTF-8 at byte {exc.start}") from None
        except json.JSONDecodeError as exc:
            raise SourceFileError(
                path, f"invalid JSON ({exc.msg}): the file is truncated", exc.lineno
            ) from None
        except RecursionError:
            raise SourceFileError(path, "JSON nested too deeply") from None

    def read(self) -> Iterator[Record | Rejected]:
        body = self._load()
        where = str(self.path / "result.json" if self.path.is_dir() else self.path)
        if isinstance(body, dict) and isinstance(body.get("chats"), dict):
            chats = body["chats"].get("list")
            if not isinstance(chats, list):
                raise SourceFileError(where, 'full export without "chats": {"list": [...]}')
            prefix = "chats.list"
        elif isinstance(body, dict) and isinstance(body.get("messages"), list):
            chats, prefix = [body], ""
        else:
            raise SourceFileError(where, 'not a Telegram export: needs "messages" or "chats"')
        for c, chat in enumerate(chats):
            at = f"{prefix}[{c}]." if prefix else ""
            if not isinstance(chat, dict) or not isinstance(chat.get("messages"), list):
                yield Rejected(
                    "wrong_type",
                    SourceRef(where, index=f"{at}chat"),
                    raw_bytes(chat),
                    'chat without "messages" list',
                )
                continue
            yield from self._chat(chat, where, at)

    def _chat(self, chat: dict[str, Any], where: str, at: str) -> Iterator[Record | Rejected]:
        chat_id = chat.get("id")
        conversation = f"tg:{chat_id}" if chat_id is not None else f"tg:{chat.get('name')}"
        page_id = self.settings.page_ids[0] if self.settings.page_ids else "telegram"
        senders: dict[str, str | None] = {}
        for msg in chat["messages"]:
            if isinstance(msg, dict) and msg.get("type") == "message":
                sid = msg.get("from_id")
                if isinstance(sid, str):
                    senders.setdefault(
                        sid, msg.get("from") if isinstance(msg.get("from"), str) else None
                    )
        business = {
            sid
            for sid, name in senders.items()
            if sid in self.settings.page_ids
            or sid.removeprefix("user").removeprefix("channel") in self.settings.page_ids
            or is_business_name(name, self.settings)
        }
        if senders and not business:
            self.stats.warnings.append(
                f"{where}: chat {at or 'root'} has no author in CONVMON_BUSINESS_NAMES; "
                "every author treated as a customer"
            )
        customers = [sid for sid in senders if sid not in business]
        for m, msg in enumerate(chat["messages"]):
            ref = SourceRef(where, index=f"{at}messages[{m}]")
            if not isinstance(msg, dict):
                yield Rejected("wrong_type", ref, raw_bytes(msg), "message is not an object")
                continue
            count_unknown(self.stats.unknown_fields, msg, _MESSAGE_FIELDS, "message.")
            if msg.get("type") == "service":
                self.stats.skipped["service_message"] += 1
                continue
            if "date_unixtime" not in msg:
                yield Rejected("missing_field", ref, raw_bytes(msg), "missing: date_unixtime")
                continue
            try:
                created = from_unix(msg["date_unixtime"])
                text = join_text(msg.get("text"))
            except TypeError:
                yield Rejected("wrong_type", ref, raw_bytes(msg), "invalid: text")
                continue
            except (ValueError, OverflowError, OSError):
                yield Rejected("bad_timestamp", ref, raw_bytes(msg), "invalid: date_unixtime")
                continue
            sender_id = msg.get("from_id")
            agent = isinstance(sender_id, str) and sender_id in business
            recipient = customers[0] if agent and len(customers) == 1 else None
            if not agent and len(business) == 1:
                recipient = next(iter(business))
            message_id = msg.get("id")
            fields = {
                "message_id": f"{conversation}:{message_id}" if message_id is not None else None,
                "conversation_id": conversation,
                "platform": Platform.TELEGRAM,
                "page_id": page_id,
                "sender_id": sender_id,
                "sender_name": msg.get("from"),
                "sender_role": SenderRole.AGENT if agent else SenderRole.CUSTOMER,
                "recipient_id": recipient,
                "recipient_name": senders.get(recipient) if recipient else None,
                "created_time": created,
                "text": text,
                "attachments": _attachments(msg),
            }
            yield build_record(fields, ref, msg, self.settings)
