"""``facebook-export`` and ``instagram-export``: "Download Your Information" JSON exports.

PATH is the export folder or its ``.zip``. Every ``.../inbox/<thread>/message_N.json`` is read;
``message_1.json`` is the newest file and messages are newest first, so files are read from the
highest N and messages reversed: a thread is emitted oldest first. Every string is repaired from
mojibake (UTF-8 bytes written as Latin-1 code points). There are no ids: the sender id is the
display name, the message id is derived from thread, time, sender, text and occurrence index
(stable across re-reads and overlapping exports), and the business participant is the one named
in ``CONVMON_BUSINESS_NAMES`` (a warning in ``stats`` says when no or several names match).
The Page id is the first of ``CONVMON_PAGE_IDS`` (the second, when present, for Instagram).
Unsent messages, calls, reactions-as-messages and group events are counted in ``stats.skipped``.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.models import Attachment, Platform, SenderRole
from pipeline.sources._common import (
    build_record,
    count_unknown,
    fix_mojibake_deep,
    from_unix,
    is_business_name,
    pick_business,
    raw_bytes,
    stable_id,
)
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef

_THREAD_FILE = re.compile(r"(?:^|/)inbox/([^/]+)/message_(\d+)\.json$")
_MEDIA = {
    "photos": "image",
    "videos": "video",
    "audio_files": "audio",
    "gifs": "gif",
    "files": "file",
    "sticker": "sticker",
    "share": "share",
}
_MESSAGE_FIELDS = (
    "sender_name",
    "timestamp_ms",
    "content",
    "type",
    "is_unsent",
    "is_geoblocked_for_viewer",
    "is_unsent_image_by_messenger_kid_parent",
    "reactions",
    "call_duration",
    "users",
    "ip",
    "missed",
    *_MEDIA,
)
_SYSTEM_TEXT = re.compile(
    r"^(?:.{0,80} )?(?:liked a message|reacted .{1,16} to (?:your|a) message|"
    r"started a video chat|started a call|missed (?:a|your) (?:video )?call|"
    r"named the group .*|changed the group photo|set the nickname .*|"
    r"added .{1,80} to the group|left the group|removed .{1,80} from the group)\.?$",
    re.IGNORECASE | re.DOTALL,
)
_SKIPPED_TYPES = {"Call": "call", "Subscribe": "group_event", "Unsubscribe": "group_event"}


class _Export:
    """A folder or a zip, seen as (relative name -> bytes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._zip: zipfile.ZipFile | None = None
        if path.is_file():
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError):
                raise SourceFileError(
                    path, "not a zip file: give the export folder or its .zip"
                ) from None
        elif not path.is_dir():
            raise SourceFileError(path, "no such folder or .zip: give the export folder")

    def names(self) -> list[str]:
        if self._zip is not None:
            return [n for n in self._zip.namelist() if not n.endswith("/")]
        return [p.relative_to(self.path).as_posix() for p in self.path.rglob("*.json")]

    def read(self, name: str) -> bytes:
        if self._zip is not None:
            try:
                return self._zip.read(name)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise SourceFileError(
                    self.where(name), f"damaged zip member ({type(exc).__name__})"
                ) from None
        return (self.path / name).read_bytes()

    def where(self, name: str) -> str:
        return f"{self.path}!{name}" if self._zip is not None else str(self.path / name)


def _load(export: _Export, name: str) -> Any:
    data = export.read(name)
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise SourceFileError(export.where(name), f"not UTF-8 at byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise SourceFileError(
            export.where(name), f"invalid JSON ({exc.msg}): the file is truncated", exc.lineno
        ) from None
    except RecursionError:
        raise SourceFileError(export.where(name), "JSON nested too deeply") from None


class DyiExportSource(Source):
    """Messages of a Facebook "Download Your Information" export."""

    format = "facebook-export"
    platform = Platform.MESSENGER

    def _page_id(self) -> str:
        ids = self.settings.page_ids
        if self.platform is Platform.INSTAGRAM and len(ids) > 1:
            return ids[1]
        if not ids:
            raise SourceFileError(self.path, "set CONVMON_PAGE_IDS: the export has no Page id")
        return ids[0]

    def read(self) -> Iterator[Record | Rejected]:
        export = _Export(self.path)
        threads: dict[str, list[tuple[int, str]]] = {}
        for name in export.names():
            match = _THREAD_FILE.search(name)
            if match:
                threads.setdefault(match.group(1), []).append((int(match.group(2)), name))
        if not threads:
            raise SourceFileError(
                self.path, "no messages/inbox/<thread>/message_N.json: is this a DYI JSON export?"
            )
        page_id = self._page_id()
        for thread in sorted(threads):
            files = sorted(threads[thread], reverse=True)
            yield from self._thread(export, thread, [name for _, name in files], page_id)

    def _thread(
        self, export: _Export, thread: str, names: list[str], page_id: str
    ) -> Iterator[Record | Rejected]:
        items: list[tuple[Any, SourceRef]] = []
        participants: list[str] = []
        conversation = thread
        for name in names:
            body = fix_mojibake_deep(_load(export, name))
            if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
                raise SourceFileError(export.where(name), 'not a thread file: needs "messages"')
            listed = body.get("participants")
            for person in listed if isinstance(listed, list) else []:
                if isinstance(person, dict) and isinstance(person.get("name"), str):
                    participants.append(person["name"])
            if isinstance(body.get("thread_path"), str) and body["thread_path"]:
                conversation = body["thread_path"]
            messages = body["messages"]
            for index in range(len(messages) - 1, -1, -1):
                ref = SourceRef(export.where(name), index=f"messages[{index}]")
                items.append((messages[index], ref))
        label = f"thread {stable_id('', thread)[:8]}"
        business, warning = pick_business(participants, self.settings, where=label)
        if warning:
            self.stats.warnings.append(warning)
        people = list(dict.fromkeys(participants))
        occurrences: Counter[tuple[Any, ...]] = Counter()
        for msg, ref in items:
            if not isinstance(msg, dict):
                yield Rejected("wrong_type", ref, raw_bytes(msg), "message is not an object")
                continue
            count_unknown(self.stats.unknown_fields, msg, _MESSAGE_FIELDS, "message.")
            result = self._message(msg, ref, conversation, page_id, business, people, occurrences)
            if result is not None:
                yield result

    def _message(
        self,
        msg: dict[str, Any],
        ref: SourceRef,
        conversation: str,
        page_id: str,
        business: str | None,
        people: list[str],
        occurrences: Counter[tuple[Any, ...]],
    ) -> Record | Rejected | None:
        if msg.get("is_unsent") is True:
            self.stats.skipped["unsent"] += 1
            return None
        kind = msg.get("type")
        if isinstance(kind, str) and kind in _SKIPPED_TYPES:
            self.stats.skipped[_SKIPPED_TYPES[kind]] += 1
            return None
        content = msg.get("content")
        attachments = tuple(
            Attachment(type=label, count=len(v) if isinstance(v, list) and v else 1)
            for key, label in _MEDIA.items()
            if (v := msg.get(key))
        )
        if isinstance(content, str) and not attachments and _SYSTEM_TEXT.match(content):
            self.stats.skipped["system_message"] += 1
            return None
        sender = msg.get("sender_name")
        if "sender_name" not in msg:
            return Rejected("missing_field", ref, raw_bytes(msg), "missing: sender_name")
        if "timestamp_ms" not in msg:
            return Rejected("missing_field", ref, raw_bytes(msg), "missing: timestamp_ms")
        try:
            created = from_unix(msg["timestamp_ms"], millis=True)
        except (ValueError, TypeError, OverflowError, OSError):
            return Rejected("bad_timestamp", ref, raw_bytes(msg), "invalid: timestamp_ms")
        if not isinstance(sender, str):
            return Rejected("wrong_type", ref, raw_bytes(msg), "invalid: sender_name")
        if content is not None and not isinstance(content, str):
            return Rejected("wrong_type", ref, raw_bytes(msg), "invalid: content")
        text = content if content is not None else ""
        key = (msg["timestamp_ms"], sender, text)
        occurrence = occurrences[key]
        occurrences[key] += 1
        is_agent = business is not None and is_business_name(sender, self.settings)
        others = [p for p in people if p != sender]
        recipient = others[0] if len(others) == 1 else None
        fields = {
            "message_id": stable_id("dyi_", conversation, *key, occurrence),
            "conversation_id": conversation,
            "platform": self.platform,
            "page_id": page_id,
            "sender_id": sender,
            "sender_name": sender,
            "sender_role": SenderRole.AGENT if is_agent else SenderRole.CUSTOMER,
            "recipient_id": recipient,
            "recipient_name": recipient,
            "created_time": created,
            "text": text,
            "attachments": attachments,
        }
        return build_record(fields, ref, msg, self.settings)


class InstagramExportSource(DyiExportSource):
    """Messages of an Instagram "Download Your Information" export (same layout)."""

    format = "instagram-export"
    platform = Platform.INSTAGRAM
