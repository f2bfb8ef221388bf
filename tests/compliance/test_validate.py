"""The Great Expectations gate over one day of staging data."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from pipeline.validate import (
    ValidationFailedError,
    ValidationResult,
    has_card,
    has_fiscal_code,
    has_iban,
    validate_staging,
)
from tests.compliance.conftest import DAY, frame_of, staged_row

PLANTED = {
    "email": "scrivimi a giulia.ferri@example.org per favore",
    "phone": "chiamami al +39 347 215 9034 dopo le 18",
    "phone-national": "il mio cell è 347 2159034",
    "iban": "bonifico su IT60X0542811101000000123456 grazie",
    "card": "la carta è 4539 1488 0343 6467 scad 12/27",
    "fiscal_code": "codice fiscale RSSMRA85T10A562S",
    "profile_url": "mi trovi su instagram.com/giulia.ferri_92",
    "handle": "seguimi @giulia_ferri92 su IG",
}


@pytest.fixture(scope="module")
def planted() -> ValidationResult:
    """One day with each kind of residual personal data planted in its own row."""
    rows = [staged_row(i) for i in range(12)]
    for i, text in enumerate(PLANTED.values()):
        rows[i + 2] = staged_row(i + 2, text=text)
    return validate_staging(frame_of(rows), day=DAY, expected_rows=len(rows))


@pytest.mark.parametrize(
    ("kind", "count"),
    [
        pytest.param("email", 1, id="residual-email"),
        pytest.param("phone", 2, id="residual-phone-international-and-national"),
        pytest.param("iban", 1, id="residual-iban"),
        pytest.param("card", 1, id="residual-card-luhn"),
        pytest.param("fiscal_code", 1, id="residual-codice-fiscale"),
        pytest.param("profile_url", 1, id="residual-profile-url"),
        pytest.param("handle", 1, id="residual-handle"),
    ],
)
def test_planted_residual_fails_the_named_expectation(
    planted: ValidationResult, kind: str, count: int
) -> None:
    assert not planted.success
    outcome = next(e for e in planted.expectations if e.name == f"no_residual_{kind}:text_anon")
    assert not outcome.success
    assert outcome.unexpected_count == count


def test_results_keep_counts_never_values(planted: ValidationResult) -> None:
    stored = json.dumps(planted.to_dict())
    for text in PLANTED.values():
        for word in text.split():
            if len(word) > 6:
                assert word not in stored
    assert set(planted.failed_names()) == {
        f"no_residual_{kind}:text_anon"
        for kind in ("email", "phone", "iban", "card", "fiscal_code", "profile_url", "handle")
    }


def test_clean_day_passes_every_expectation(clean_rows: list[dict[str, Any]]) -> None:
    result = validate_staging(frame_of(clean_rows), day=DAY, expected_rows=len(clean_rows))
    assert result.success, result.failed_names()
    names = [e.name for e in result.expectations]
    for expected in (
        "columns_match",
        "row_count_reconciles",
        "created_time_in_interval",
        "pseudonym_format:customer_key",
        "not_null:sender_key",
        "type_int:n_chars",
        "no_residual_email:text_anon",
        "no_residual_pii:referral_ref",
    ):
        assert expected in names


def _outside_interval(rows: list[dict[str, Any]]) -> None:
    rows[0]["created_time"] = rows[0]["created_time"] - timedelta(days=1)


def _bad_pseudonym(rows: list[dict[str, Any]]) -> None:
    rows[1]["sender_key"] = "Mario.Rossi"


def _null_key(rows: list[dict[str, Any]]) -> None:
    rows[2]["conversation_key"] = None


def _unknown_role(rows: list[dict[str, Any]]) -> None:
    rows[3]["sender_role"] = "bot"


def _duplicate_key(rows: list[dict[str, Any]]) -> None:
    rows[5]["message_key"] = rows[4]["message_key"]


def _referral_email(rows: list[dict[str, Any]]) -> None:
    rows[6]["referral_ref"] = "promo-giulia.ferri@example.org"


@pytest.fixture(scope="module")
def broken() -> ValidationResult:
    """One day with a different defect in each of several rows, and one row too many."""
    rows = [staged_row(i) for i in range(12)]
    rows[0]["created_time"] = rows[0]["created_time"] - timedelta(days=1)
    rows[1]["sender_key"] = "Mario.Rossi"
    rows[2]["conversation_key"] = None
    rows[3]["sender_role"] = "bot"
    rows[5]["message_key"] = rows[4]["message_key"]
    rows[6]["referral_ref"] = "promo-giulia.ferri@example.org"
    rows[7]["sentiment"] = None
    return validate_staging(frame_of(rows), day=DAY, expected_rows=len(rows) - 1)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        pytest.param("created_time_in_interval", 1, id="timestamp-day-before"),
        pytest.param("pseudonym_format:sender_key", 1, id="raw-id-as-key"),
        pytest.param("not_null:conversation_key", 1, id="null-key"),
        pytest.param("required_columns_not_null", 2, id="null-required-columns"),
        pytest.param("allowed_values:sender_role", 1, id="unknown-role"),
        pytest.param("unique:message_key", 2, id="duplicate-message-key"),
        pytest.param("no_residual_pii:referral_ref", 1, id="email-in-referral-ref"),
        pytest.param("row_count_reconciles", None, id="count-does-not-reconcile"),
    ],
)
def test_broken_day_names_what_failed(
    broken: ValidationResult, name: str, count: int | None
) -> None:
    outcome = next(e for e in broken.expectations if e.name == name)
    assert not outcome.success
    assert outcome.unexpected_count == count


def test_broken_day_fails_nothing_else(broken: ValidationResult) -> None:
    assert not broken.success
    assert set(broken.failed_names()) == {
        "created_time_in_interval",
        "pseudonym_format:sender_key",
        "not_null:conversation_key",
        "required_columns_not_null",
        "allowed_values:sender_role",
        "unique:message_key",
        "no_residual_pii:referral_ref",
        "row_count_reconciles",
    }


def test_missing_column_fails_closed(clean_rows: list[dict[str, Any]]) -> None:
    frame = frame_of(clean_rows).drop(columns=["customer_key"])
    result = validate_staging(frame, day=DAY, expected_rows=len(clean_rows))
    assert not result.success
    assert "columns_match" in result.failed_names()


def test_empty_day_passes_when_nothing_was_expected() -> None:
    result = validate_staging(frame_of([]), day=DAY, expected_rows=0)
    assert result.success, result.failed_names()


@pytest.mark.parametrize(
    ("scanner", "text", "found"),
    [
        pytest.param(has_card, "4539 1488 0343 6467", True, id="card-visa-spaced"),
        pytest.param(has_card, "4539-1488-0343-6468", False, id="card-luhn-invalid"),
        pytest.param(has_card, "tracking JD949313165153363", False, id="card-tracking-number"),
        pytest.param(has_card, "0000000000000000", False, id="card-all-zero"),
        pytest.param(has_iban, "IT60 X054 2811 1010 0000 0123 456", True, id="iban-spaced"),
        pytest.param(has_iban, "IT60X0542811101000000123457", False, id="iban-bad-check"),
        pytest.param(has_fiscal_code, "rssmra85t10a562s", True, id="cf-lowercase"),
        pytest.param(has_fiscal_code, "RSSMRA85T10A562X", False, id="cf-bad-check"),
    ],
)
def test_checksum_scanners(scanner: Any, text: str, found: bool) -> None:
    assert scanner(text) is found


def test_error_names_the_failed_expectations() -> None:
    error = ValidationFailedError(["no_residual_email:text_anon"], day=DAY)
    assert "no_residual_email:text_anon" in str(error) and "2026-11-03" in str(error)
    assert error.failed == ["no_residual_email:text_anon"]
    assert str(ValidationFailedError("validation failed: x")) == "validation failed: x"
