"""The same message from two sources (Graph API and Messenger webhook) is loaded once, and keeps
the click-to-Messenger referral that only the webhook copy carries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import _SOURCE, _without_cross_source_copies
from pipeline.settings import Settings
from pipeline.stage import StagedRow, write_part
from pipeline.warehouse import connect, replace_days
from tests.compliance.conftest import DAY, frame_of, staged_row

AD = "23851234567890001"


def _copies() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    graph = [staged_row(i, conversation=f"{0xAAA:032x}") for i in range(3)]
    webhook = [
        staged_row(i, conversation=f"{0xBBB:032x}") | {"source_format": "messenger-webhook"}
        for i in range(2)
    ]
    webhook[0] |= {"referral_ad_id": AD, "referral_ref": "autunno_2026"}
    return graph, webhook


def test_a_message_in_two_sources_is_loaded_once_with_the_webhook_referral(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    settings = make_settings()
    graph, webhook = _copies()
    parts = [
        write_part(tmp_path / "part-00.parquet", [StagedRow(r) for r in graph]),
        write_part(tmp_path / "part-01.parquet", [StagedRow(r) for r in webhook]),
    ]
    con = connect(settings.warehouse)
    try:
        loaded = replace_days(con, {DAY: parts}, run_id="r1")
        rows = con.execute(
            "SELECT message_key, conversation_key, source_format, referral_ad_id, referral_ref "
            "FROM messages ORDER BY created_time"
        ).fetchall()
    finally:
        con.close()
    assert loaded == {DAY: (3, 2)}
    assert {r[1] for r in rows} == {f"{0xAAA:032x}"}, "the Graph API conversation is kept"
    assert {r[2] for r in rows} == {"graph-api"}
    assert [(r[3], r[4]) for r in rows] == [(AD, "autunno_2026"), (None, None), (None, None)]


def test_a_referral_of_the_kept_copy_is_not_overwritten(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    settings = make_settings()
    graph, webhook = _copies()
    graph[0] |= {"referral_ref": "m.me-link"}
    parts = [
        write_part(tmp_path / "a.parquet", [StagedRow(r) for r in graph]),
        write_part(tmp_path / "b.parquet", [StagedRow(r) for r in webhook]),
    ]
    con = connect(settings.warehouse)
    try:
        replace_days(con, {DAY: parts}, run_id="r1")
        first = con.execute(
            "SELECT referral_ad_id, referral_ref FROM messages ORDER BY created_time LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    assert first == (None, "m.me-link")


def _tagged(rows: list[dict[str, object]], source: int) -> pd.DataFrame:
    return frame_of(rows).assign(**{_SOURCE: source})


@pytest.mark.parametrize(
    ("second_source", "kept"),
    [
        pytest.param(1, 3, id="copy-from-another-source-dropped"),
        pytest.param(0, 5, id="copy-within-one-source-kept-for-the-unique-check"),
    ],
)
def test_validation_sees_what_the_loader_keeps(second_source: int, kept: int) -> None:
    graph, webhook = _copies()
    frame = pd.concat([_tagged(graph, 0), _tagged(webhook, second_source)], ignore_index=True)
    rows, dropped = _without_cross_source_copies(frame)
    assert (len(rows), dropped) == (kept, 5 - kept)
    assert _SOURCE not in rows.columns
    assert set(rows["source_format"]) >= {"graph-api"}


def test_the_loader_and_the_validation_keep_the_same_copy(
    tmp_path: Path, make_settings: Callable[..., Settings]
) -> None:
    graph, webhook = _copies()
    early = [r | {"created_time": r["created_time"] - pd.Timedelta(seconds=1)} for r in webhook]
    frame = pd.concat([_tagged(graph, 0), _tagged(early, 1)], ignore_index=True)
    rows, _ = _without_cross_source_copies(frame)
    settings = make_settings()
    parts = [
        write_part(tmp_path / "a.parquet", [StagedRow(r) for r in graph]),
        write_part(tmp_path / "b.parquet", [StagedRow(r) for r in early]),
    ]
    con = connect(settings.warehouse)
    try:
        replace_days(con, {DAY: parts}, run_id="r1")
        loaded = con.execute("SELECT message_key, source_format FROM messages").fetchall()
    finally:
        con.close()
    assert sorted(loaded) == sorted(zip(rows["message_key"], rows["source_format"], strict=True))
    assert {fmt for _, fmt in loaded} == {"graph-api", "messenger-webhook"}
