"""Keyed pseudonyms: HMAC-SHA256 over a normalised value, separated by tenant, platform and page.

A pseudonym is ``HMAC-SHA256(key, domain || kind || normalised value)`` truncated to 32 hex
characters. Every field is length-prefixed, so no two different inputs share a message.

Normalisation before hashing (so that the same subject gets the same pseudonym):

- ``user`` ids that look like phone numbers (always on WhatsApp, whose ids are phone numbers;
  elsewhere ids with a ``+``/``00`` prefix or digit groups, never bare digit PSIDs) become E.164
  (``+393331234567``); a number without country prefix is read as Italian;
- ``user`` ids that look like e-mail addresses are casefolded;
- everything else is NFKC-normalised and stripped (names keep their case).

The key ring holds one or more key versions. The key file (or ``CONVMON_PSEUDONYM_KEY``) holds
either a single bare value (version 1) or one ``v<N>:<value>`` per line; the highest version is
active. A key value is used as its UTF-8 bytes and must be at least 32 bytes long.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import phonenumbers

from pipeline.settings import Settings

PSEUDONYM_PATTERN = r"^[0-9a-f]{32}$"
MIN_KEY_BYTES = 32
KINDS = frozenset({"user", "message", "conversation"})

_HOW_TO = (
    "set CONVMON_PSEUDONYM_KEY to a secret of at least 32 bytes, or CONVMON_PSEUDONYM_KEY_FILE "
    "to a file (mode 0600) holding one (e.g. `python -c 'import secrets; "
    "print(secrets.token_hex(32))' > keyfile`)"
)
_VERSION_LINE = re.compile(r"^v(\d+)\s*:\s*(.+)$")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{6,20}$")
_EMAIL_LIKE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class MissingKeyError(Exception):
    """No pseudonymisation key is configured."""


class KeyTooShortError(MissingKeyError):
    """A configured pseudonymisation key is shorter than 32 bytes."""


@dataclass(frozen=True, repr=False)
class _KeyVersion:
    version: int
    secret: bytes

    def __repr__(self) -> str:
        return f"_KeyVersion(version={self.version}, secret=<hidden>)"


def _fingerprint(secret: bytes) -> str:
    return hmac.new(secret, b"convmon/key-id/v1", hashlib.sha256).hexdigest()[:16]


def _parse_keys(text: str, origin: str) -> list[_KeyVersion]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("#")]
    if not lines:
        raise MissingKeyError(f"{origin} is empty: {_HOW_TO}")
    versions: dict[int, bytes] = {}
    for line in lines:
        match = _VERSION_LINE.match(line)
        if match:
            number, value = int(match.group(1)), match.group(2).strip()
        elif len(lines) == 1:
            number, value = 1, line
        else:
            raise MissingKeyError(
                f"{origin}: with several keys every line must look like 'v<N>:<value>'"
            )
        secret = value.encode("utf-8")
        if len(secret) < MIN_KEY_BYTES:
            raise KeyTooShortError(
                f"{origin}: key version {number} has {len(secret)} bytes, "
                f"at least {MIN_KEY_BYTES} are needed: {_HOW_TO}"
            )
        if number in versions:
            raise MissingKeyError(f"{origin}: key version {number} appears twice; keep one")
        versions[number] = secret
    return [_KeyVersion(number, versions[number]) for number in sorted(versions)]


def normalise_phone(value: str, default_region: str = "IT") -> str | None:
    """E.164 form of a phone number, or None when ``value`` is not a valid number."""
    candidate = value.strip()
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    attempts = [candidate]
    if candidate.isdigit() and len(candidate) >= 11:
        attempts.insert(0, "+" + candidate)
    for attempt in attempts:
        try:
            parsed = phonenumbers.parse(attempt, default_region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return None


@lru_cache(maxsize=65_536)
def normalise_value(kind: str, value: str, *, platform: str) -> str:
    """The canonical form of an id or name that is hashed (see the module docstring)."""
    text = unicodedata.normalize("NFKC", value).strip()
    if kind != "user":
        return text
    if _EMAIL_LIKE.match(text):
        return text.casefold()
    if platform == "whatsapp" or _phone_like(text):
        phone = normalise_phone(text)
        if phone is not None:
            return phone
    return text


def _phone_like(text: str) -> bool:
    """A user id written like a phone number: a + or 00 prefix, or digits in groups.

    Bare digit strings (Messenger/Instagram PSIDs, Telegram ids) are ids, not phones.
    """
    if not _PHONE_LIKE.match(text) or not 8 <= sum(c.isdigit() for c in text) <= 15:
        return False
    return text.startswith(("+", "00")) or not text.isdigit()


def _field(value: str) -> bytes:
    data = value.encode("utf-8")
    return len(data).to_bytes(4, "big") + data


class KeyRing:
    """Versioned pseudonymisation keys; the newest version is active. Never shows a key."""

    def __init__(self, keys: list[_KeyVersion], *, tenant: str) -> None:
        if not keys:
            raise MissingKeyError(f"no pseudonymisation key: {_HOW_TO}")
        self._keys = sorted(keys, key=lambda key: key.version)
        self._tenant = tenant
        self._prefixes: dict[tuple[int, str, str], hmac.HMAC] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyRing:
        """The key ring from ``pseudonym_key_file`` (preferred) or ``pseudonym_key``."""
        if settings.pseudonym_key_file is not None:
            path = settings.pseudonym_key_file
            try:
                text = path.read_text(encoding="utf-8")
            except FileNotFoundError as exc:
                raise MissingKeyError(f"the key file {path} does not exist: {_HOW_TO}") from exc
            return cls(_parse_keys(text, f"key file {path}"), tenant=settings.tenant)
        if settings.pseudonym_key is not None:
            keys = _parse_keys(settings.pseudonym_key.get_secret_value(), "CONVMON_PSEUDONYM_KEY")
            return cls(keys, tenant=settings.tenant)
        raise MissingKeyError(f"no pseudonymisation key configured: {_HOW_TO}")

    @classmethod
    def from_secret(cls, secret: str, *, tenant: str = "demo") -> KeyRing:
        """A key ring from a key text (same format as the key file); for tools and tests."""
        return cls(_parse_keys(secret, "the given key"), tenant=tenant)

    @property
    def active_version(self) -> int:
        return self._keys[-1].version

    @property
    def key_id(self) -> str:
        """Fingerprint of the active key (16 hex); safe to record, never the key itself."""
        return _fingerprint(self._keys[-1].secret)

    @property
    def key_ids(self) -> dict[int, str]:
        """Fingerprint of every key version."""
        return {key.version: _fingerprint(key.secret) for key in self._keys}

    def derived_key(self, purpose: str) -> bytes:
        """A 32-byte key for one purpose other than pseudonyms, derived from the active key."""
        return hmac.new(
            self._keys[-1].secret, b"convmon/derived-key/v1/" + purpose.encode(), hashlib.sha256
        ).digest()

    def pseudonym(
        self,
        kind: str,
        value: str,
        *,
        platform: str,
        page_id: str,
        version: int | None = None,
    ) -> str:
        """32 hex characters that stand for ``value`` in this tenant, platform and page."""
        if kind not in KINDS:
            raise ValueError(f"unknown pseudonym kind {kind!r}: use one of {sorted(KINDS)}")
        key = self._keys[-1] if version is None else self._key(version)
        mac = self._prefix(key, str(platform), str(page_id)).copy()
        mac.update(_field(kind) + _field(normalise_value(kind, value, platform=str(platform))))
        return mac.hexdigest()[:32]

    def _prefix(self, key: _KeyVersion, platform: str, page_id: str) -> hmac.HMAC:
        """The HMAC state after the domain, tenant, platform and page fields (copied per use)."""
        memo = (key.version, platform, page_id)
        prefix = self._prefixes.get(memo)
        if prefix is None:
            if len(self._prefixes) >= 4096:
                self._prefixes.clear()
            prefix = hmac.new(key.secret, b"convmon/pseudonym/v1", hashlib.sha256)
            for part in (self._tenant, platform, page_id):
                prefix.update(_field(part))
            self._prefixes[memo] = prefix
        return prefix

    def _key(self, version: int) -> _KeyVersion:
        for key in self._keys:
            if key.version == version:
                return key
        raise MissingKeyError(
            f"key version {version} is not in the key ring; add it as a 'v{version}:' line"
        )

    def __repr__(self) -> str:
        return f"KeyRing(active_version={self.active_version}, key_id={self.key_id})"


def ensure_local_key(path: Path) -> bool:
    """Create a random key file (mode 0600, parent 0700) if it is missing; True when created."""
    if path.exists():
        return False
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
        os.chmod(path.parent, 0o700)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        descriptor = os.open(path, flags, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(f"v1:{secrets.token_hex(32)}\n")
    os.chmod(path, 0o600)
    return True
