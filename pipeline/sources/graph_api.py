"""``graph-api``: a folder of saved Graph API ``/{page-id}/conversations`` responses.

Layout (written by the demo generator and, optionally, by the live client)::

    <root>/<page_id>/meta.json          {"page_id": "...", "platform": "messenger"|"instagram"}
    <root>/<page_id>/page-0001.json     conversation pages in paging order (page-0002.json ...)
    <root>/<page_id>/next/<key>.json    the saved response of any ``paging.next`` URL,
                                        key = next_page_key(url) = sha256(url)[:16]

The root may also be a single Page folder. Conversation pages are followed in file order; a
top-level ``paging.next`` with no following page file is looked up in ``next/``. Every nested
``messages.paging.next`` is followed through ``next/`` (messages come newest first; a reader that
stops at the first page would drop the older messages). A ``next`` URL whose saved response is
missing fails the file with the URL's key: the export is incomplete, and dropping the rest of a
thread silently is not an option. Messages of a conversation are emitted oldest first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.models import Attachment, Platform
from pipeline.settings import Settings
from pipeline.sources._common import (
    build_record,
    count_unknown,
    parse_offset_time,
    raw_bytes,
    role_by_id,
)
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef, SourceStats

_MESSAGE_FIELDS = (
    "id",
    "created_time",
    "from",
    "to",
    "message",
    "attachments",
    "sticker",
    "tags",
    "shares",
)
_CONVERSATION_FIELDS = (
    "id",
    "updated_time",
    "participants",
    "messages",
    "message_count",
    "link",
    "unread_count",
    "snippet",
    "can_reply",
    "is_subscribed",
    "former_participants",
    "name",
    "senders",
    "scoped_thread_key",
)


def next_page_key(url: str) -> str:
    """The file name (without ``.json``) under ``next/`` of a saved ``paging.next`` response.
    A lone surrogate a JSON escape can carry ("\\ud800") is hashed as its code point, not a
    crash (the same key as before for every valid URL)."""
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def load_json_file(path: Path) -> Any:
    """A whole JSON file, or ``SourceFileError`` naming the file and line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceFileError(path, f"cannot read the file ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceFileError(path, f"not UTF-8 at byte {exc.start}: re-save it as UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceFileError(
            path,
            f"invalid JSON ({exc.msg}, column {exc.colno}): the file is truncated or corrupt",
            exc.lineno,
        ) from None
    except RecursionError:
        raise SourceFileError(path, "JSON nested too deeply") from None


def _page_folders(root: Path) -> list[Path]:
    if (root / "meta.json").is_file():
        return [root]
    if not root.is_dir():
        raise SourceFileError(root, "not a folder: give a graph-api export folder")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.json").is_file())
    if not folders:
        raise SourceFileError(
            root, "no <page_id>/meta.json inside: give the folder written by the Graph API export"
        )
    return folders


def _paging_next(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    paging = node.get("paging")
    if not isinstance(paging, dict):
        return None
    nxt = paging.get("next")
    return nxt if isinstance(nxt, str) and nxt else None


def _attachments(record: dict[str, Any]) -> tuple[Attachment, ...]:
    counts: dict[str, int] = {}
    block = record.get("attachments")
    items = block.get("data") if isinstance(block, dict) else None
    if isinstance(items, list):
        for item in items:
            kind = "file"
            if isinstance(item, dict):
                mime = item.get("mime_type")
                if isinstance(mime, str) and "/" in mime:
                    kind = mime.split("/", 1)[0]
                elif isinstance(item.get("image_data"), dict):
                    kind = "image"
                elif isinstance(item.get("video_data"), dict):
                    kind = "video"
            counts[kind] = counts.get(kind, 0) + 1
    if record.get("sticker") and "image" not in counts:
        counts["sticker"] = 1
    return tuple(Attachment(type=k, count=v) for k, v in counts.items())


class GraphPageReader:
    """Reads the saved responses of one Page folder, following both levels of paging."""

    def __init__(self, folder: Path, settings: Settings, stats: SourceStats) -> None:
        self.folder = folder
        self.settings = settings
        self.stats = stats
        meta = load_json_file(folder / "meta.json")
        if not isinstance(meta, dict) or not isinstance(meta.get("page_id"), str | int):
            raise SourceFileError(folder / "meta.json", 'needs {"page_id": "...", "platform": ...}')
        self.page_id = str(meta["page_id"])
        platform = meta.get("platform", "messenger")
        try:
            self.platform = Platform(platform)
        except ValueError:
            raise SourceFileError(
                folder / "meta.json", "platform must be 'messenger' or 'instagram'"
            ) from None

    def _next_file(self, url: str, referrer: Path) -> Path:
        path = self.folder / "next" / f"{next_page_key(url)}.json"
        if not path.is_file():
            self.stats.warnings.append(
                f"{referrer.name}: saved response next/{path.name} of a paging.next is missing"
            )
            raise SourceFileError(
                referrer,
                f"paging.next response missing: expected next/{path.name}; "
                "re-run the export (the thread would otherwise lose its older messages)",
            )
        return path

    def _conversation_pages(self) -> Iterator[tuple[Path, Any]]:
        pages = sorted(self.folder.glob("page-*.json"))
        if not pages:
            raise SourceFileError(
                self.folder, "no page-0001.json: the export is empty or incomplete"
            )
        position = 0
        current: Path | None = pages[0]
        seen: set[Path] = set()
        while current is not None:
            if current in seen:
                raise SourceFileError(current, "paging.next loops back to a page already read")
            seen.add(current)
            body = load_json_file(current)
            if isinstance(body, dict) and "error" in body:
                raise SourceFileError(current, "the saved response is a Graph API error")
            yield current, body
            nxt = _paging_next(body)
            if current in pages and position + 1 < len(pages):
                position += 1
                current = pages[position]
            elif nxt is not None:
                current = self._next_file(nxt, current)
            else:
                current = None

    def _messages_of(self, conv: dict[str, Any], page: Path) -> list[tuple[Any, Path, str]]:
        """All saved messages of a conversation, newest first, with the file they came from."""
        out: list[tuple[Any, Path, str]] = []
        node: Any = conv.get("messages")
        where = page
        seen: set[Path] = set()
        level = 0
        while node is not None:
            if not isinstance(node, dict) or not isinstance(node.get("data", []), list):
                out.append((node, where, f"messages[{level}]"))
                break
            for j, msg in enumerate(node.get("data", [])):
                out.append((msg, where, f"messages[{level}].data[{j}]"))
            nxt = _paging_next(node)
            if nxt is None:
                break
            where = self._next_file(nxt, where)
            if where in seen:
                raise SourceFileError(
                    where, "messages paging.next loops back to a page already read"
                )
            seen.add(where)
            node = load_json_file(where)
            level += 1
        return out

    def read(self) -> Iterator[Record | Rejected]:
        for page, body in self._conversation_pages():
            data = body.get("data") if isinstance(body, dict) else None
            if not isinstance(data, list):
                raise SourceFileError(page, 'not a conversations response: needs {"data": [...]}')
            for i, conv in enumerate(data):
                if not isinstance(conv, dict):
                    yield Rejected(
                        "wrong_type",
                        SourceRef(str(page), index=f"data[{i}]"),
                        raw_bytes(conv),
                        "conversation is not an object",
                    )
                    continue
                count_unknown(
                    self.stats.unknown_fields, conv, _CONVERSATION_FIELDS, "conversation."
                )
                yield from self._conversation(conv, page, i)

    def _conversation(
        self, conv: dict[str, Any], page: Path, i: int
    ) -> Iterator[Record | Rejected]:
        conv_id = conv.get("id")
        messages = self._messages_of(conv, page)
        for msg, where, pos in reversed(messages):
            ref = SourceRef(str(where), index=f"data[{i}].{pos}" if where == page else pos)
            if not isinstance(msg, dict):
                yield Rejected("wrong_type", ref, raw_bytes(msg), "message is not an object")
                continue
            yield self._message(msg, conv_id, ref)

    def _message(self, msg: dict[str, Any], conv_id: Any, ref: SourceRef) -> Record | Rejected:
        return graph_message(
            msg,
            conv_id,
            ref,
            page_id=self.page_id,
            platform=self.platform,
            settings=self.settings,
            stats=self.stats,
        )


def graph_message(
    msg: dict[str, Any],
    conv_id: Any,
    ref: SourceRef,
    *,
    page_id: str,
    platform: Platform,
    settings: Settings,
    stats: SourceStats,
) -> Record | Rejected:
    """One Graph API message object of a conversation -> ``Record`` or ``Rejected``."""
    count_unknown(stats.unknown_fields, msg, _MESSAGE_FIELDS, "message.")
    raw = msg
    if not isinstance(conv_id, str) or not conv_id:
        reason = "missing_field" if conv_id is None else "wrong_type"
        return Rejected(reason, ref, raw_bytes(raw), "conversation id: conversation.id")
    sender = msg.get("from")
    if sender is None:
        return Rejected("missing_field", ref, raw_bytes(raw), "missing: from")
    if not isinstance(sender, dict):
        return Rejected("wrong_type", ref, raw_bytes(raw), "invalid: from (not an object)")
    if "created_time" not in msg:
        return Rejected("missing_field", ref, raw_bytes(raw), "missing: created_time")
    try:
        created = parse_offset_time(msg["created_time"])
    except (ValueError, TypeError, OverflowError):
        return Rejected("bad_timestamp", ref, raw_bytes(raw), "invalid: created_time")
    recipient_id: Any = None
    recipient_name: Any = None
    to = msg.get("to")
    to_data = to.get("data") if isinstance(to, dict) else None
    if isinstance(to_data, list) and to_data and isinstance(to_data[0], dict):
        recipient_id = to_data[0].get("id")
        recipient_name = to_data[0].get("name")
    text = msg.get("message", "")
    fields = {
        "message_id": msg.get("id"),
        "conversation_id": conv_id,
        "platform": platform,
        "page_id": page_id,
        "sender_id": sender.get("id"),
        "sender_name": sender.get("name"),
        "sender_role": role_by_id(sender.get("id"), page_id, settings),
        "recipient_id": recipient_id,
        "recipient_name": recipient_name,
        "created_time": created,
        "text": text,
        "attachments": _attachments(msg),
    }
    if fields["message_id"] is None:
        return Rejected("missing_field", ref, raw_bytes(raw), "missing: id")
    if fields["sender_id"] is None:
        return Rejected("missing_field", ref, raw_bytes(raw), "missing: from.id")
    return build_record(fields, ref, raw, settings)


class GraphApiFolderSource(Source):
    """Saved Graph API conversations of one or more Pages (see the module docstring)."""

    format = "graph-api"

    def read(self) -> Iterator[Record | Rejected]:
        for folder in _page_folders(self.path):
            yield from GraphPageReader(folder, self.settings, self.stats).read()
