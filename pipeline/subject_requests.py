"""Sealed data-subject requests: hand an erasure to Airflow without giving Airflow the identifier.

Everything in an Airflow run's ``conf`` is stored in the metadata database (``dag_run.conf``),
shown in the UI and kept as long as the run's history. A raw user id or phone number passed to
the ``subject_erasure`` DAG would therefore outlive the very erasure it asked for. Instead, the
compliance officer seals the request where convmon's data lives::

    convmon request-erasure --platform messenger --page 104857600000001 --user-id 2710000000001
    # -> er20261126T071500-3f2a9c0d5e6b7a81

and triggers the DAG with only that opaque reference (``{"request": "er..."}``). The request file
``<data dir>/requests/<id>.json`` (mode 0600) holds the platform, the Page and the creation time
in plaintext (authenticated) and the identifiers sealed with AES-256-GCM under a key derived from
the quarantine key. The DAG's task opens it, erases the subject and deletes the file once the
warehouse holds no trace of the subject (a failed erasure keeps it, so a retry can run).
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag

from pipeline.erasure import ErasureError, subject_identifiers
from pipeline.settings import Settings

_ID = re.compile(r"^er[0-9]{8}T[0-9]{6}-[0-9a-f]{16}$")
_PURPOSE = "subject-request"
PLATFORMS = ("messenger", "instagram", "whatsapp", "telegram")
RAW_KEYS = ("user_id", "phone", "psid", "igsid", "sender_id", "wa_id")
RAW_CONF_REFUSAL = (
    "the run conf holds {keys}: Airflow stores a run's conf in its metadata database, so name "
    "the person by a sealed request instead: run `convmon request-erasure ...` and trigger with "
    '{{"request": "<reference>"}}; then delete this run from Airflow\'s history'
)


@dataclass(frozen=True)
class SubjectRequest:
    """An opened request. ``user_id`` and ``phone`` are personal data: never log them."""

    id: str
    platform: str
    page_id: str
    created: datetime
    user_id: str | None = None
    phone: str | None = None

    def __repr__(self) -> str:  # the identifiers stay out of reprs, logs and tracebacks
        return f"SubjectRequest({self.id}, {self.platform}, page {self.page_id})"


def _path(settings: Settings, request_id: str) -> Path:
    if not _ID.fullmatch(request_id or ""):
        raise ErasureError(
            f"{request_id!r} is not a request reference (expected er<date>T<time>-<16 hex>, "
            "as printed by `convmon request-erasure`)"
        )
    return settings.requests_dir / f"{request_id}.json"


def create_request(
    settings: Settings,
    *,
    platform: str,
    page_id: str,
    user_id: str | None = None,
    phone: str | None = None,
) -> str:
    """Seal an erasure request for one subject; returns its reference (no personal data)."""
    from privacy.quarantine import canonical_json, sealing_cipher

    if platform not in PLATFORMS:
        raise ErasureError(f"unknown platform {platform!r}: one of {', '.join(PLATFORMS)}")
    if not page_id:
        raise ErasureError("give --page PAGE_ID: the business Page the subject wrote to")
    subject_identifiers(user_id, phone)
    aead, key_id = sealing_cipher(settings, _PURPOSE)
    now = datetime.now(UTC)
    request_id = f"er{now:%Y%m%dT%H%M%S}-{secrets.token_hex(8)}"
    meta: dict[str, Any] = {
        "id": request_id,
        "kind": "erasure",
        "platform": platform,
        "page_id": page_id,
        "created": now.isoformat(),
        "key_id": key_id,
    }
    nonce = secrets.token_bytes(12)
    payload = json.dumps({"user_id": user_id, "phone": phone}).encode("utf-8")
    document = dict(meta)
    document["nonce"] = base64.b64encode(nonce).decode("ascii")
    sealed = aead.encrypt(nonce, payload, canonical_json(meta))
    document["ciphertext"] = base64.b64encode(sealed).decode("ascii")
    directory = settings.requests_dir
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(directory, 0o700)
    descriptor = os.open(_path(settings, request_id), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
    return request_id


def open_request(settings: Settings, request_id: str) -> SubjectRequest:
    """Read and decrypt a sealed request; a clear :class:`ErasureError` when it cannot."""
    from privacy.quarantine import canonical_json, sealing_cipher

    path = _path(settings, request_id)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ErasureError(
            f"no request {request_id} in {settings.requests_dir} (already carried out, or "
            "created with another CONVMON_DATA_DIR?)"
        ) from None
    except (OSError, ValueError) as exc:
        raise ErasureError(f"request file {path} is unreadable ({exc})") from None
    meta = {k: document.get(k) for k in ("id", "kind", "platform", "page_id", "created", "key_id")}
    aead, key_id = sealing_cipher(settings, _PURPOSE)
    if meta["id"] != request_id or meta["kind"] != "erasure":
        raise ErasureError(f"request file {path} does not hold request {request_id}")
    if meta["key_id"] != key_id:
        raise ErasureError(
            f"request {request_id} was sealed under another quarantine key "
            f"({meta['key_id']}, this one is {key_id})"
        )
    try:
        nonce = base64.b64decode(str(document["nonce"]))
        sealed = base64.b64decode(str(document["ciphertext"]))
        payload = json.loads(aead.decrypt(nonce, sealed, canonical_json(meta)))
    except (KeyError, ValueError, InvalidTag):
        raise ErasureError(f"request file {path} is damaged or was altered") from None
    return SubjectRequest(
        id=request_id,
        platform=str(meta["platform"]),
        page_id=str(meta["page_id"]),
        created=datetime.fromisoformat(str(meta["created"])),
        user_id=payload.get("user_id"),
        phone=payload.get("phone"),
    )


def raw_identifiers(*confs: Any) -> dict[str, str]:
    """The raw subject identifiers in an Airflow run's params or conf (which Airflow stores)."""
    found: dict[str, str] = {}
    for conf in confs:
        if not hasattr(conf, "get"):
            continue
        for key in RAW_KEYS:
            value = conf.get(key)
            if value not in (None, "") and key not in found:
                found[key] = str(value)
    return found


def pending_requests(settings: Settings) -> list[str]:
    """References of the requests not yet carried out, oldest first."""
    if not settings.requests_dir.is_dir():
        return []
    return sorted(p.stem for p in settings.requests_dir.glob("er*.json") if _ID.fullmatch(p.stem))


def carry_out(settings: Settings, request_id: str) -> dict[str, Any]:
    """Erase the subject of a sealed request; the request file is deleted once nothing is left.

    Returns :func:`pipeline.erasure.forget_subject`'s counts plus the reference (no identifiers).
    """
    from pipeline.erasure import forget_subject

    request = open_request(settings, request_id)
    result = forget_subject(
        settings,
        platform=request.platform,
        page_id=request.page_id,
        user_id=request.user_id,
        phone=request.phone,
    )
    result["request"] = request_id
    if not result["remaining_occurrences"]:
        _path(settings, request_id).unlink(missing_ok=True)
    return result
