"""The encrypted quarantine: rejected records kept for an engineer to inspect, fix and replay.

Each entry is one file ``<quarantine_dir>/<id>.qjson`` (mode 0600, folder 0700)::

    {"id", "reason", "ref", "source", "run_id", "created", "key_id", "nonce", "ciphertext"}

Only the id, reason code, source reference (file:line, in its display form: a name in the path
is a keyed digest), run id and creation time are plaintext; the raw bytes, the detail and the
real file:line are sealed with AES-256-GCM under the quarantine key (separate from
the pseudonymisation key), and the plaintext metadata is authenticated as associated data.
``list`` and ``purge`` need no key; ``show`` and ``replay`` decrypt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pipeline.settings import Settings
from pipeline.sources.base import Rejected
from pipeline.sources.display import display_spec

SUFFIX = ".qjson"
MIN_KEY_BYTES = 32
_ID = re.compile(r"^q[0-9]{14}-[0-9a-f]{16}$")
_HOW_TO_KEY = (
    "set CONVMON_QUARANTINE_KEY_FILE to a file holding at least 32 random bytes "
    "(create one: python -c 'import secrets; print(secrets.token_hex(32))' > quarantine.key; "
    "chmod 600 quarantine.key)"
)


class QuarantineError(Exception):
    """A quarantine operation failed (no key, wrong key, unknown id, damaged entry)."""


class QuarantineKeyError(QuarantineError):
    pass


@dataclass(frozen=True)
class QuarantineEntry:
    """The plaintext part of an entry: safe to list (no content, no personal data)."""

    id: str
    reason: str
    ref: str
    source: str
    run_id: str
    created: datetime


@dataclass(frozen=True)
class QuarantinedRecord:
    """A decrypted entry. ``raw`` and ``origin`` (the real file:line, whose path may name a
    person) may hold personal data: never log them."""

    entry: QuarantineEntry
    raw: bytes
    detail: str
    origin: str = ""


def ensure_local_key(path: Path) -> bool:
    """Create a random quarantine key file (mode 0600, folder 0700) if missing; True if created."""
    if path.exists():
        return False
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        os.chmod(path.parent, 0o700)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    os.chmod(path, 0o600)
    return True


def _load_secret(settings: Settings) -> bytes:
    if settings.quarantine_key_file is not None:
        path = settings.quarantine_key_file
        try:
            secret = path.read_text(encoding="utf-8").strip().encode("utf-8")
        except FileNotFoundError:
            raise QuarantineKeyError(
                f"quarantine key file {path} does not exist: {_HOW_TO_KEY}"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QuarantineKeyError(f"cannot read quarantine key file {path} ({exc})") from None
        origin = f"quarantine key file {path}"
    elif settings.quarantine_key is not None:
        secret = settings.quarantine_key.get_secret_value().strip().encode("utf-8")
        origin = "CONVMON_QUARANTINE_KEY"
    else:
        raise QuarantineKeyError(f"no quarantine key configured: {_HOW_TO_KEY}")
    if len(secret) < MIN_KEY_BYTES:
        raise QuarantineKeyError(
            f"{origin} is shorter than {MIN_KEY_BYTES} bytes: provide a key of at least "
            f"{MIN_KEY_BYTES} bytes (e.g. 64 hex characters)"
        )
    return secret


def sealing_cipher(settings: Settings, purpose: str) -> tuple[AESGCM, str]:
    """An AES-256-GCM cipher derived from the quarantine key for ``purpose``, and the key's
    fingerprint (safe to record). Each purpose (``quarantine``, ``subject-request``) gets its own
    HKDF-derived key, so a ciphertext of one can never be opened as the other."""
    secret = _load_secret(settings)
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"convmon/{purpose}/v1".encode()
    ).derive(secret)
    key_id = hmac.new(secret, b"convmon/quarantine-key-id/v1", hashlib.sha256).hexdigest()[:16]
    return AESGCM(key), key_id


def canonical_json(meta: dict[str, Any]) -> bytes:
    """The associated data of a sealed document: its plaintext metadata, canonically encoded."""
    return json.dumps(meta, sort_keys=True, separators=(",", ":")).encode("utf-8")


class QuarantineStore:
    """Encrypted store of ``Rejected`` records under ``settings.quarantine_dir``.

    The key is read on first use: listing and purging work without it.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.directory = settings.quarantine_dir
        self._aead: AESGCM | None = None
        self._key_id = ""

    def __repr__(self) -> str:
        return f"QuarantineStore({self.directory})"

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            self._aead, self._key_id = sealing_cipher(self.settings, "quarantine")
        return self._aead

    @property
    def key_id(self) -> str:
        """Fingerprint of the quarantine key (safe to record)."""
        self._cipher()
        return self._key_id

    def _ensure_dir(self) -> None:
        if not self.directory.exists():
            self.directory.mkdir(parents=True, mode=0o700)
        os.chmod(self.directory, 0o700)

    def put(self, rejected: Rejected, *, run_id: str, source: str) -> str:
        """Encrypt and store one rejected record; returns its id."""
        aead = self._cipher()
        self._ensure_dir()
        now = datetime.now(UTC)
        entry_id = f"q{now:%Y%m%d%H%M%S}-{secrets.token_hex(8)}"
        meta: dict[str, Any] = {
            "id": entry_id,
            "reason": rejected.reason,
            "ref": str(rejected.ref),
            "source": display_spec(source),
            "run_id": run_id,
            "created": now.isoformat(),
            "key_id": self._key_id,
        }
        payload = json.dumps(
            {
                "detail": rejected.detail,
                "raw": base64.b64encode(rejected.raw).decode("ascii"),
                "origin": rejected.ref.origin(),
                "source_origin": source,
            }
        ).encode("utf-8")
        nonce = secrets.token_bytes(12)
        sealed = aead.encrypt(nonce, payload, canonical_json(meta))
        document = dict(meta)
        document["nonce"] = base64.b64encode(nonce).decode("ascii")
        document["ciphertext"] = base64.b64encode(sealed).decode("ascii")
        path = self.directory / f"{entry_id}{SUFFIX}"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(document, handle)
        return entry_id

    def _documents(self) -> Iterator[tuple[Path, dict[str, Any]]]:
        if not self.directory.is_dir():
            return
        for path in sorted(self.directory.glob(f"*{SUFFIX}")):
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise QuarantineError(
                    f"{path}: damaged quarantine entry ({type(exc).__name__}); move it away"
                ) from None
            yield path, document

    @staticmethod
    def _entry(document: dict[str, Any]) -> QuarantineEntry:
        return QuarantineEntry(
            id=str(document["id"]),
            reason=str(document["reason"]),
            ref=str(document["ref"]),
            source=str(document["source"]),
            run_id=str(document["run_id"]),
            created=datetime.fromisoformat(str(document["created"])),
        )

    def list(
        self, *, run_id: str | None = None, reason: str | None = None
    ) -> list[QuarantineEntry]:
        """Entries (metadata only), oldest first, optionally for one run or reason."""
        entries = [self._entry(doc) for _, doc in self._documents()]
        return [
            e
            for e in entries
            if (run_id is None or e.run_id == run_id) and (reason is None or e.reason == reason)
        ]

    def _path(self, entry_id: str) -> Path:
        if not _ID.match(entry_id):
            raise QuarantineError(
                f"{entry_id!r} is not a quarantine id: see `convmon quarantine list`"
            )
        path = self.directory / f"{entry_id}{SUFFIX}"
        if not path.is_file():
            raise QuarantineError(f"no quarantine entry {entry_id}: see `convmon quarantine list`")
        return path

    def show(self, entry_id: str) -> QuarantinedRecord:
        """Decrypt one entry (for engineers holding the quarantine key)."""
        aead = self._cipher()
        path = self._path(entry_id)
        document = json.loads(path.read_text(encoding="utf-8"))
        meta = {
            k: document[k] for k in ("id", "reason", "ref", "source", "run_id", "created", "key_id")
        }
        try:
            payload = aead.decrypt(
                base64.b64decode(document["nonce"]),
                base64.b64decode(document["ciphertext"]),
                canonical_json(meta),
            )
        except InvalidTag:
            hint = (
                "it was sealed with another key"
                if meta["key_id"] != self._key_id
                else "the entry was altered"
            )
            raise QuarantineKeyError(f"cannot decrypt {entry_id}: {hint}") from None
        body = json.loads(payload)
        return QuarantinedRecord(
            entry=self._entry(document),
            raw=base64.b64decode(body["raw"]),
            detail=body["detail"],
            origin=str(body.get("origin", document["ref"])),
        )

    def replay(self, entry_id: str) -> bytes:
        """The raw bytes of one entry, for a caller to re-parse after a fix."""
        return self.show(entry_id).raw

    def remove(self, entry_id: str) -> None:
        """Delete one entry (after a successful replay)."""
        self._path(entry_id).unlink()

    def purge(self, older_than_days: int | None = None, *, now: datetime | None = None) -> int:
        """Delete entries older than the retention (default ``quarantine_retention_days``)."""
        days = (
            self.settings.quarantine_retention_days if older_than_days is None else older_than_days
        )
        cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
        removed = 0
        for path, document in self._documents():
            if self._entry(document).created < cutoff:
                path.unlink()
                removed += 1
        return removed

    def counts(self) -> dict[str, int]:
        """Entries per reason code."""
        out: dict[str, int] = {}
        for entry in self.list():
            out[entry.reason] = out.get(entry.reason, 0) + 1
        return out


def entry_as_dict(entry: QuarantineEntry) -> dict[str, str]:
    """JSON-friendly metadata of an entry."""
    data = asdict(entry)
    data["created"] = entry.created.isoformat()
    return {k: str(v) for k, v in data.items()}
