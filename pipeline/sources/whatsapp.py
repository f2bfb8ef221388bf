"""``whatsapp``: a WhatsApp chat export, ``_chat.txt`` (or any ``.txt``) alone or in its ``.zip``.

Understands the iOS ``[24/11/26, 14:03:12] Name: text``, Android ``24/11/2026, 14:03 - Name: text``,
12-hour ``11/24/26, 2:03 PM - Name: text`` (also ``p. m.``) and year-first variants, after
removing the direction marks (U+200E, U+202A...U+202E) and turning U+202F / NBSP into spaces.
Day/month order is inferred from any field above 12 in the whole file, else
``CONVMON_DATE_ORDER_FALLBACK`` with a warning in ``stats``. Times are local to
``CONVMON_TIMEZONE`` and converted to UTC. A line without a timestamp continues the previous
message. Lines without ``Name:`` (group events, encryption notice) and deleted messages are
counted in ``stats.skipped``; media placeholders become an attachment with empty text. The
business author is the one named in ``CONVMON_BUSINESS_NAMES``; the others (names or phone
numbers) are customers, with the name (or phone) as sender id. The Page id is the first of
``CONVMON_PAGE_IDS``.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline.models import Attachment, Platform, SenderRole
from pipeline.sources._common import build_record, is_business_name, stable_id, utc
from pipeline.sources.base import Record, Rejected, Source, SourceFileError, SourceRef

_MARKS = dict.fromkeys(
    map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
)
_SPACES = {0x202F: " ", 0x00A0: " ", 0x2007: " "}
_HEADER = re.compile(
    r"^\[?(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})[,.]?\s+"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
    r"(?:\]\s*|\s+-\s+)(?P<rest>.*)$",
    re.DOTALL,
)
_AUTHOR = re.compile(r"^(?P<name>[^:\n]{1,120}?):(?:\s(?P<text>.*)|$)", re.DOTALL)
_MEDIA = (
    (
        re.compile(
            r"^<(?:media|médias?|multimedia) (?:omitted|omessi|omesso|omitido|omis)>$", re.I
        ),
        "media",
    ),
    (
        re.compile(
            r"^(?:image|photo|immagine|foto|imagen) (?:omitted|omessa|omessi|omitida)$", re.I
        ),
        "image",
    ),
    (re.compile(r"^(?:video|vídeo) (?:omitted|omesso|omitido)$", re.I), "video"),
    (re.compile(r"^(?:audio) (?:omitted|omesso|omitido)$", re.I), "audio"),
    (re.compile(r"^(?:sticker) (?:omitted|omesso|omitido)$", re.I), "sticker"),
    (re.compile(r"^(?:gif) (?:omitted|omessa|omesso|omitido)$", re.I), "gif"),
    (re.compile(r"^(?:document|documento) (?:omitted|omesso|omitido)$", re.I), "document"),
    (re.compile(r"^<attached: [^>]*\.(?:jpe?g|png|webp|heic)>$", re.I), "image"),
    (re.compile(r"^<attached: [^>]*\.(?:mp4|mov)>$", re.I), "video"),
    (re.compile(r"^<attached: [^>]*\.(?:opus|m4a|mp3|ogg)>$", re.I), "audio"),
    (re.compile(r"^<(?:attached|allegato): [^>]*>$", re.I), "document"),
)
_DELETED = re.compile(
    r"^(?:this message was deleted|you deleted this message|questo messaggio è stato eliminato|"
    r"hai eliminato questo messaggio|se eliminó este mensaje|eliminaste este mensaje)\.?$",
    re.I,
)
_NOTICE = re.compile(
    r"^(?:messages and calls are end-to-end encrypted|i messaggi e le chiamate sono crittografati"
    r"|los mensajes y las llamadas están cifrados)",
    re.I,
)


def clean_line(line: str) -> str:
    """Remove direction marks and turn narrow / no-break spaces into plain spaces."""
    return line.translate(_MARKS).translate(_SPACES)


@dataclass
class _Pending:
    line: int
    date: str
    time: str
    ampm: str | None
    rest: str
    raw: list[str] = field(default_factory=list)


def _fields(date: str) -> tuple[int, int, int, bool]:
    parts = [int(p) for p in re.split(r"[./-]", date)]
    year_first = len(re.split(r"[./-]", date)[0]) == 4
    return parts[0], parts[1], parts[2], year_first


def infer_date_order(dates: list[str], fallback: str) -> tuple[str, str | None]:
    """("DMY" | "MDY", warning or None) from every date of a file."""
    first_big = second_big = False
    for date in dates:
        a, b, _, year_first = _fields(date)
        if year_first:
            continue
        first_big |= a > 12
        second_big |= b > 12
    if first_big and not second_big:
        return "DMY", None
    if second_big and not first_big:
        return "MDY", None
    if first_big and second_big:
        return fallback, (
            f"dates disagree on day/month order; used {fallback} (CONVMON_DATE_ORDER_FALLBACK)"
        )
    return fallback, (
        f"no day above 12 in the file: assumed {fallback} order "
        "(set CONVMON_DATE_ORDER_FALLBACK if wrong)"
    )


def _read_text(path: Path) -> tuple[str, str]:
    """(text, name for refs) of the chat file, from a .txt or a .zip."""
    where = str(path)
    if not path.is_file():
        raise SourceFileError(path, "not a file: give _chat.txt or the export .zip")
    data = path.read_bytes()
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [n for n in archive.namelist() if n.lower().endswith(".txt")]
                if not names:
                    raise SourceFileError(path, "the .zip holds no _chat.txt")
                name = next((n for n in names if n.endswith("_chat.txt")), sorted(names)[0])
                data = archive.read(name)
                where = f"{path}!{name}"
        except (zipfile.BadZipFile, EOFError, OSError):
            raise SourceFileError(path, "damaged .zip: export the chat again") from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), where
        except UnicodeDecodeError:
            raise SourceFileError(where, "invalid UTF-16 text") from None
    try:
        return data.decode("utf-8-sig"), where
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceFileError(where, "not UTF-8 text: re-export the chat", line) from None


class WhatsAppExportSource(Source):
    """A WhatsApp chat export (see the module docstring)."""

    format = "whatsapp"

    def read(self) -> Iterator[Record | Rejected]:
        text, where = _read_text(self.path)
        lines = text.splitlines()
        pending: list[_Pending] = []
        orphans: list[tuple[int, str]] = []
        for number, original in enumerate(lines, start=1):
            line = clean_line(original)
            match = _HEADER.match(line)
            if match:
                pending.append(
                    _Pending(number, match["date"], match["time"], match["ampm"], match["rest"])
                )
                pending[-1].raw.append(original)
            elif pending:
                pending[-1].rest += "\n" + line
                pending[-1].raw.append(original)
            elif line.strip():
                orphans.append((number, original))
        for number, original in orphans:
            yield Rejected(
                "missing_field",
                SourceRef(where, number),
                original.encode("utf-8", "surrogatepass"),
                "missing: timestamp (text before the first message)",
            )
        order, warning = infer_date_order(
            [p.date for p in pending], self.settings.date_order_fallback
        )
        if warning:
            self.stats.warnings.append(f"{where}: {warning}")
        authors = []
        for item in pending:
            author = _AUTHOR.match(item.rest)
            if author:
                authors.append(author["name"].strip())
        unique = list(dict.fromkeys(authors))
        business = [a for a in unique if is_business_name(a, self.settings)]
        customers = [a for a in unique if a not in business]
        if not business and unique:
            self.stats.warnings.append(
                f"{where}: no author matches CONVMON_BUSINESS_NAMES; every author is a customer"
            )
        conversation = f"wa:{customers[0]}" if len(customers) == 1 else f"wa:{Path(where).stem}"
        occurrences: Counter[tuple[str, str, str]] = Counter()
        for item in pending:
            result = self._message(
                item, where, order, conversation, business, customers, occurrences
            )
            if result is not None:
                yield result

    def _time(self, item: _Pending, order: str) -> datetime:
        a, b, c, year_first = _fields(item.date)
        if year_first:
            year, month, day = a, b, c
        else:
            day, month = (a, b) if order == "DMY" else (b, a)
            year = c + 2000 if c < 100 else c
        parts = [int(p) for p in re.split(r"[:.]", item.time)]
        hour, minute = parts[0], parts[1]
        second = parts[2] if len(parts) > 2 else 0
        if item.ampm:
            pm = item.ampm.lower().startswith("p")
            if not 1 <= hour <= 12:
                raise ValueError("12-hour time out of range")
            hour = hour % 12 + (12 if pm else 0)
        local = datetime(year, month, day, hour, minute, second, tzinfo=self.settings.zone)
        return utc(local)

    def _message(
        self,
        item: _Pending,
        where: str,
        order: str,
        conversation: str,
        business: list[str],
        customers: list[str],
        occurrences: Counter[tuple[str, str, str]],
    ) -> Record | Rejected | None:
        ref = SourceRef(where, item.line)
        raw = "\n".join(item.raw).encode("utf-8", "surrogatepass")
        author = _AUTHOR.match(item.rest)
        if author is None:
            self.stats.skipped["system_line"] += 1
            return None
        name = author["name"].strip()
        text = (author["text"] or "").strip("\n")
        if _NOTICE.match(text.strip()):
            self.stats.skipped["system_line"] += 1
            return None
        if _DELETED.match(text.strip()):
            self.stats.skipped["deleted"] += 1
            return None
        try:
            created = self._time(item, order)
        except (ValueError, OverflowError):
            return Rejected("bad_timestamp", ref, raw, "invalid: date or time of the header")
        attachments: tuple[Attachment, ...] = ()
        for pattern, kind in _MEDIA:
            if pattern.match(text.strip()):
                attachments = (Attachment(type=kind),)
                text = ""
                break
        key = (created.isoformat(), name, text)
        occurrence = occurrences[key]
        occurrences[key] += 1
        agent = name in business
        recipient = customers[0] if agent and len(customers) == 1 else None
        if not agent and len(business) == 1:
            recipient = business[0]
        fields = {
            "message_id": stable_id("wa_", conversation, *key, occurrence),
            "conversation_id": conversation,
            "platform": Platform.WHATSAPP,
            "page_id": self.settings.page_ids[0] if self.settings.page_ids else "whatsapp",
            "sender_id": name,
            "sender_name": name,
            "sender_role": SenderRole.AGENT if agent else SenderRole.CUSTOMER,
            "recipient_id": recipient,
            "recipient_name": recipient,
            "created_time": created,
            "text": text,
            "attachments": attachments,
        }
        return build_record(fields, ref, raw, self.settings)
