"""Sealed erasure requests: the Airflow conf names a person only by an opaque reference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.erasure import ErasureError
from pipeline.settings import Settings
from pipeline.subject_requests import (
    carry_out,
    create_request,
    open_request,
    pending_requests,
    raw_identifiers,
)
from tests.compliance.conftest import PAGE

Seeded = tuple[Settings, dict[str, Any]]


def _request_file(settings: Settings, reference: str) -> Path:
    return settings.requests_dir / f"{reference}.json"


def test_request_file_holds_no_identifier_and_opens_back(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    reference = create_request(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    path = _request_file(settings, reference)
    raw = path.read_bytes()
    assert info["subject_id"].encode() not in raw
    assert info["subject"].encode() not in raw
    assert path.stat().st_mode & 0o777 == 0o600
    assert settings.requests_dir.stat().st_mode & 0o777 == 0o700
    assert info["subject_id"] not in reference
    request = open_request(settings, reference)
    assert (request.platform, request.page_id, request.user_id, request.phone) == (
        "messenger",
        PAGE,
        info["subject_id"],
        None,
    )
    assert info["subject_id"] not in repr(request)
    assert pending_requests(settings) == [reference]


def test_carrying_out_erases_and_deletes_the_request(seeded_warehouse: Seeded) -> None:
    settings, info = seeded_warehouse
    reference = create_request(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    result = carry_out(settings, reference)
    assert result["request"] == reference
    assert result["total_rows_deleted"] == info["subject_rows"]
    assert result["remaining_occurrences"] == 0
    assert not _request_file(settings, reference).exists()
    assert pending_requests(settings) == []
    with pytest.raises(ErasureError, match="already carried out"):
        carry_out(settings, reference)


@pytest.mark.parametrize(
    ("field", "value"),
    [("platform", "instagram"), ("page_id", "999"), ("ciphertext", "AAAA"), ("key_id", "0" * 16)],
)
def test_an_altered_request_is_refused(seeded_warehouse: Seeded, field: str, value: str) -> None:
    settings, info = seeded_warehouse
    reference = create_request(
        settings, platform="messenger", page_id=PAGE, user_id=info["subject_id"]
    )
    path = _request_file(settings, reference)
    document = json.loads(path.read_text("utf-8"))
    document[field] = value
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(ErasureError, match=r"altered|damaged|another quarantine key"):
        open_request(settings, reference)


@pytest.mark.parametrize("reference", ["../../etc/passwd", "er1", "", "q20261126000000-0"])
def test_a_malformed_reference_is_refused(seeded_warehouse: Seeded, reference: str) -> None:
    settings, _ = seeded_warehouse
    with pytest.raises(ErasureError, match="not a request reference"):
        open_request(settings, reference)


def test_a_request_needs_a_platform_page_and_identifier(seeded_warehouse: Seeded) -> None:
    settings, _ = seeded_warehouse
    with pytest.raises(ErasureError, match="--user-id"):
        create_request(settings, platform="messenger", page_id=PAGE)
    with pytest.raises(ErasureError, match="--page"):
        create_request(settings, platform="messenger", page_id="", user_id="1")
    with pytest.raises(ErasureError, match="unknown platform"):
        create_request(settings, platform="myspace", page_id=PAGE, user_id="1")


def test_raw_identifiers_in_an_airflow_conf_are_found() -> None:
    assert raw_identifiers({"request": "er20261126T000000-0123456789abcdef"}, {}) == {}
    assert raw_identifiers({"user_id": None, "request": ""}, None) == {}
    assert raw_identifiers({"user_id": "2710001"}, {"phone": "+39 333 1234567"}) == {
        "user_id": "2710001",
        "phone": "+39 333 1234567",
    }
    assert raw_identifiers({}, {"psid": 2710001}) == {"psid": "2710001"}


def test_request_erasure_then_forget_through_the_cli(
    cli: tuple[CliRunner, Settings, dict[str, Any]],
) -> None:
    runner, settings, info = cli
    args = ["--platform", "messenger", "--page", PAGE, "--user-id", info["subject_id"]]
    sealed = runner.invoke(app, ["request-erasure", *args])
    assert sealed.exit_code == 0, sealed.output
    reference = sealed.stdout.strip()
    assert pending_requests(settings) == [reference]
    assert "airflow dags trigger subject_erasure" in sealed.output
    assert info["subject_id"] not in sealed.output
    both = runner.invoke(app, ["forget", "--request", reference, "--user-id", "1"])
    assert both.exit_code == 2
    assert "not both" in both.output
    forgotten = runner.invoke(app, ["forget", "--request", reference])
    assert forgotten.exit_code == 0, forgotten.output
    assert json.loads(forgotten.stdout)["total_rows_deleted"] == info["subject_rows"]
    assert pending_requests(settings) == []
    again = runner.invoke(app, ["forget", "--request", reference])
    assert again.exit_code == 2
    assert "already carried out" in again.output
