"""Helpers shared by the format readers: validation into ``Record | Rejected``, time parsing,
stable ids, mojibake repair and the business-or-customer decision."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.models import Message, SenderRole
from pipeline.settings import Settings
from pipeline.sources.base import Record, Rejected, SourceFileError, SourceRef

_TIME_ERRORS = ("datetime", "date_", "time_", "timezone")


def raw_bytes(value: Any) -> bytes:
    """The raw form of a parsed record, for the quarantine (UTF-8 JSON, lone surrogates kept)."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    return json.dumps(value, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")


def has_nul(value: Any) -> bool:
    """True when any string (key or value) inside ``value`` holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, Mapping):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(has_nul(item) for item in value)
    return False


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, Mapping):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_surrogate(item) for item in value)
    return False


def classify_validation_error(exc: ValidationError) -> tuple[str, str]:
    """(reason code, detail with field names and error types only) for a failed ``Message``."""
    errors = exc.errors(include_input=False, include_url=False, include_context=False)
    fields = sorted({".".join(str(p) for p in err["loc"]) or "record" for err in errors})
    kinds = {err["type"] for err in errors}
    if "missing" in kinds:
        missing = sorted(
            {".".join(str(p) for p in e["loc"]) for e in errors if e["type"] == "missing"}
        )
        return "missing_field", "missing: " + ", ".join(missing)
    if any(err["loc"][:1] == ("created_time",) for err in errors) and any(
        kind.startswith(_TIME_ERRORS) or kind == "value_error" for kind in kinds
    ):
        return "bad_timestamp", "invalid: created_time"
    detail = "invalid: " + ", ".join(fields) + " (" + ", ".join(sorted(kinds)) + ")"
    return "wrong_type", detail


def build_record(
    fields: Mapping[str, Any], ref: SourceRef, raw: Any, settings: Settings
) -> Record | Rejected:
    """Validate normalised ``fields`` into a ``Record``, or say why not in a ``Rejected``."""
    raw_b = raw_bytes(raw)
    text = fields.get("text")
    if (
        isinstance(text, str)
        and len(text.encode("utf-8", "surrogatepass")) > settings.max_message_bytes
    ):
        return Rejected("too_large", ref, raw_b, f"text over {settings.max_message_bytes} bytes")
    if len(raw_b) > 4 * settings.max_message_bytes:
        return Rejected(
            "too_large", ref, raw_b, f"record over {4 * settings.max_message_bytes} bytes"
        )
    if has_nul(dict(fields)):
        return Rejected("nul_bytes", ref, raw_b, "NUL character in a field")
    if _has_surrogate(dict(fields)):
        return Rejected("bad_encoding", ref, raw_b, "unpaired UTF-16 surrogate in a field")
    try:
        message = Message.model_validate(dict(fields))
    except ValidationError as exc:
        reason, detail = classify_validation_error(exc)
        return Rejected(reason, ref, raw_b, detail)
    return Record(message, ref)


def utc(value: datetime) -> datetime:
    """An aware datetime converted to UTC (naive values are rejected by the caller)."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC)


def parse_offset_time(value: Any) -> datetime:
    """``2026-01-15T10:30:00+0000`` (or ISO 8601 with a colon / ``Z``) -> aware UTC datetime."""
    if not isinstance(value, str):
        raise ValueError("not a string")
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return utc(parsed)


def from_unix(value: Any, *, millis: bool = False) -> datetime:
    """Unix seconds (int or numeric string) or milliseconds -> aware UTC datetime."""
    if isinstance(value, bool):
        raise ValueError("boolean timestamp")
    if isinstance(value, str):
        value = int(value.strip())
    if not isinstance(value, int | float):
        raise ValueError("not a number")
    seconds = value / 1000 if millis else value
    return datetime.fromtimestamp(seconds, UTC)


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id from the parts (thread, time, sender, text, occurrence index)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return f"{prefix}{digest.hexdigest()[:32]}"


def fix_mojibake(value: str) -> str:
    """Undo UTF-8 bytes written as Latin-1 code points; the string as is when that fails."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def fix_mojibake_deep(value: Any) -> Any:
    """``fix_mojibake`` applied to every string (keys kept) inside lists and dicts."""
    if isinstance(value, str):
        return fix_mojibake(value)
    if isinstance(value, list):
        return [fix_mojibake_deep(item) for item in value]
    if isinstance(value, dict):
        return {key: fix_mojibake_deep(item) for key, item in value.items()}
    return value


def role_by_id(sender_id: Any, page_id: str, settings: Settings) -> SenderRole:
    """Agent when the sender is the Page itself or one of the business's own ids."""
    if isinstance(sender_id, str) and (sender_id == page_id or sender_id in settings.page_ids):
        return SenderRole.AGENT
    return SenderRole.CUSTOMER


def _norm_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def is_business_name(name: Any, settings: Settings) -> bool:
    if not isinstance(name, str):
        return False
    wanted = {_norm_name(n) for n in settings.business_names}
    return _norm_name(name) in wanted


def pick_business(
    names: Iterable[str], settings: Settings, *, where: str
) -> tuple[str | None, str | None]:
    """Which of a thread's participant names is the business, with a warning when unsure.

    Returns (business name or None, warning or None). Warnings name positions, never people.
    """
    unique = list(dict.fromkeys(n for n in names if isinstance(n, str)))
    matches = [n for n in unique if is_business_name(n, settings)]
    if len(matches) == 1:
        return matches[0], None
    if not matches:
        return None, (
            f"{where}: no participant matches CONVMON_BUSINESS_NAMES; "
            "every sender treated as a customer (add the Page name to business_names)"
        )
    return matches[0], (
        f"{where}: {len(matches)} participants match CONVMON_BUSINESS_NAMES; all treated as agent"
    )


def count_unknown(
    counter: Any, record: Mapping[str, Any], known: Iterable[str], prefix: str
) -> None:
    """Count the keys of ``record`` that the reader does not use, by name (never by value)."""
    known_set = set(known)
    for key in record:
        if key not in known_set:
            counter[f"{prefix}{key}"] += 1


def check_utf8_lines(path: Path) -> None:
    """Fail the whole file when it is not UTF-8 (naming the line), before any record is read."""
    if not path.is_file():
        raise SourceFileError(path, "not a file: give the path of a .jsonl file")
    with path.open("rb") as handle:
        if handle.read(2) in (b"\xff\xfe", b"\xfe\xff"):
            raise SourceFileError(path, "UTF-16 file: re-save it as UTF-8", 1)
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SourceFileError(
                    path, f"not UTF-8 at byte {exc.start}: re-save the file as UTF-8", number
                ) from None


def iter_json_lines(path: Path) -> Iterator[tuple[SourceRef, bytes, Any]]:
    """(ref, raw line, parsed value or a ``Rejected``) for every non-blank line of a JSONL file."""
    check_utf8_lines(path)
    name = str(path)
    with path.open("rb") as handle:
        for number, raw_line in enumerate(handle, start=1):
            line = raw_line.decode("utf-8-sig" if number == 1 else "utf-8")
            if not line.strip():
                continue
            ref = SourceRef(name, number)
            raw = raw_line.rstrip(b"\r\n")
            try:
                value: Any = json.loads(line)
            except json.JSONDecodeError as exc:
                value = Rejected("invalid_json", ref, raw, f"invalid JSON at column {exc.colno}")
            except RecursionError:
                value = Rejected("invalid_json", ref, raw, "JSON nested too deeply")
            yield ref, raw, value


def iter_webhook_bodies(
    path: Path,
) -> Iterator[tuple[SourceRef, bytes, dict[str, Any], list[Any]] | Rejected]:
    """(ref, raw line, body, its ``entry`` list) for every webhook POST body of a JSONL file,
    or a ``Rejected`` for a line that is not JSON or not a webhook body."""
    for ref, raw, body in iter_json_lines(path):
        if isinstance(body, Rejected):
            yield body
            continue
        entries = body.get("entry") if isinstance(body, dict) else None
        if not isinstance(entries, list):
            yield Rejected("wrong_type", ref, raw, 'line is not a webhook body {"entry": [...]}')
            continue
        yield ref, raw, body, entries
