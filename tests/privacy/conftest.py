"""One anonymisation engine (spaCy and the lexicons loaded once) per test session."""

from __future__ import annotations

import pytest

from pipeline.settings import Settings
from privacy.anonymise import AnonymisationEngine
from privacy.pseudonym import KeyRing

TEST_KEY = "synthetic-test-key-for-privacy-tests-0001"


@pytest.fixture(scope="session")
def privacy_settings() -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None, business_names=["Casa Verde", "Marco Bellini Moda"], tenant="test"
    )


@pytest.fixture(scope="session")
def keyring() -> KeyRing:
    return KeyRing.from_secret(TEST_KEY, tenant="test")


@pytest.fixture(scope="session")
def engine(privacy_settings: Settings, keyring: KeyRing) -> AnonymisationEngine:
    return AnonymisationEngine(privacy_settings, keyring)
