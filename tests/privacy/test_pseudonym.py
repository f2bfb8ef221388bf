"""Keyed pseudonyms: determinism, key separation, domain separation, key handling."""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

import pytest

from pipeline.settings import Settings
from privacy.pseudonym import (
    PSEUDONYM_PATTERN,
    KeyRing,
    KeyTooShortError,
    MissingKeyError,
    ensure_local_key,
)

KEY_A = "a" * 16 + "synthetic-test-key-0001"
KEY_B = "b" * 16 + "synthetic-test-key-0002"


def ring(secret: str = KEY_A, tenant: str = "demo") -> KeyRing:
    return KeyRing.from_secret(secret, tenant=tenant)


def test_same_input_same_key_same_pseudonym() -> None:
    first = ring().pseudonym("user", "2468013579", platform="messenger", page_id="p1")
    again = ring().pseudonym("user", "2468013579", platform="messenger", page_id="p1")
    assert first == again
    assert re.match(PSEUDONYM_PATTERN, first)


def test_other_key_other_pseudonym() -> None:
    args = {"platform": "messenger", "page_id": "p1"}
    first = ring(KEY_A).pseudonym("user", "u1", **args)
    assert first != ring(KEY_B).pseudonym("user", "u1", **args)


def test_pseudonym_is_not_a_plain_hash() -> None:
    value = "2468013579"
    pseudonym = ring().pseudonym("user", value, platform="messenger", page_id="p1")
    assert pseudonym not in hashlib.sha256(value.encode()).hexdigest()
    assert pseudonym not in hashlib.md5(value.encode()).hexdigest()


@pytest.mark.parametrize(
    ("other"),
    [
        pytest.param({"platform": "instagram", "page_id": "p1"}, id="other-platform"),
        pytest.param({"platform": "messenger", "page_id": "p2"}, id="other-page"),
    ],
)
def test_domain_separation(other: dict[str, str]) -> None:
    base = ring().pseudonym("user", "u1", platform="messenger", page_id="p1")
    assert ring().pseudonym("user", "u1", **other) != base


def test_tenant_and_kind_separate() -> None:
    base = ring().pseudonym("user", "x1", platform="messenger", page_id="p1")
    assert ring(tenant="other").pseudonym("user", "x1", platform="messenger", page_id="p1") != base
    assert ring().pseudonym("message", "x1", platform="messenger", page_id="p1") != base


@pytest.mark.parametrize(
    ("left", "right"),
    [
        pytest.param("393331234567", "+39 333 123 4567", id="whatsapp-e164"),
        pytest.param("0039 333-1234567", "+393331234567", id="whatsapp-00-prefix"),
    ],
)
def test_whatsapp_phone_normalised(left: str, right: str) -> None:
    args = {"platform": "whatsapp", "page_id": "p1"}
    assert ring().pseudonym("user", left, **args) == ring().pseudonym("user", right, **args)


def test_email_casefolded() -> None:
    args = {"platform": "messenger", "page_id": "p1"}
    assert ring().pseudonym("user", "Anna.Test@Example.COM", **args) == ring().pseudonym(
        "user", "anna.test@example.com", **args
    )


def test_short_key_refused() -> None:
    with pytest.raises(KeyTooShortError, match="CONVMON_PSEUDONYM_KEY"):
        KeyRing.from_settings(Settings(pseudonym_key="too-short", _env_file=None))  # type: ignore[call-arg]


def test_missing_key_says_how_to_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CONVMON_PSEUDONYM_KEY", raising=False)
    monkeypatch.delenv("CONVMON_PSEUDONYM_KEY_FILE", raising=False)
    with pytest.raises(MissingKeyError, match="CONVMON_PSEUDONYM_KEY_FILE"):
        KeyRing.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    with pytest.raises(MissingKeyError, match="does not exist"):
        KeyRing.from_settings(Settings(pseudonym_key_file=tmp_path / "nope", _env_file=None))  # type: ignore[call-arg]


def test_ensure_local_key_creates_private_file(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "pseudonym.key"
    assert ensure_local_key(path) is True
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert ensure_local_key(path) is False
    keyring = KeyRing.from_settings(Settings(pseudonym_key_file=path, _env_file=None))  # type: ignore[call-arg]
    assert re.match(r"^[0-9a-f]{16}$", keyring.key_id)


def test_versioned_key_file_newest_active(tmp_path: Path) -> None:
    path = tmp_path / "ring.key"
    path.write_text(f"v1:{KEY_A}\nv2:{KEY_B}\n", encoding="utf-8")
    keyring = KeyRing.from_settings(Settings(pseudonym_key_file=path, _env_file=None))  # type: ignore[call-arg]
    assert keyring.active_version == 2
    assert keyring.key_id == ring(KEY_B).key_id
    assert set(keyring.key_ids) == {1, 2}
    args = {"platform": "messenger", "page_id": "p1"}
    assert keyring.pseudonym("user", "u1", **args) == ring(KEY_B).pseudonym("user", "u1", **args)
    assert keyring.pseudonym("user", "u1", version=1, **args) == ring(KEY_A).pseudonym(
        "user", "u1", **args
    )


def test_key_never_in_repr() -> None:
    keyring = ring()
    assert KEY_A not in repr(keyring)
    assert KEY_A not in str(vars(keyring))
