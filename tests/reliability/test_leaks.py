"""Side doors: a DEBUG run over canary data leaks no canary through stdout, stderr, logs, the
run report or the quarantine's plaintext metadata; a failure inside anonymisation is reported
with a record reference and an exception type, never with content.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

import pytest

from tests.conftest import build_settings, write_key
from tests.reliability.harness import Outcome, env_for, run_args, run_convmon

pytestmark = pytest.mark.slow

SECRET_EMAIL = "zoe.canarini.leak@example.org"
SECRET_PHONE = "+39 347 998 1234"
SECRET_NAME = "Zoe Canarini"


def canary_pattern(values: list[str]) -> re.Pattern[str]:
    kept = sorted({v for v in values if len(v) >= 4}, key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in kept))


def _record(message_id: str, text: str, **extra: Any) -> str:
    record = {
        "message_id": message_id,
        "conversation_id": f"t_{message_id}",
        "platform": "messenger",
        "page_id": "104857600000001",
        "sender_id": "7000000000000099",
        "sender_name": SECRET_NAME,
        "sender_role": "customer",
        "recipient_id": "104857600000001",
        "created_time": "2026-11-03T10:00:00Z",
        "text": text,
    }
    record.update(extra)
    return json.dumps(record, ensure_ascii=False)


@pytest.fixture(scope="module")
def leak_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    from pipeline.demo import generate

    root = tmp_path_factory.mktemp("leaks")
    generate(root / "demo", conversations=8, seed=3)
    manifest = json.loads((root / "demo" / "manifest.json").read_text("utf-8"))
    canaries = json.loads((root / "demo" / "canaries.json").read_text("utf-8"))
    flat = canaries if isinstance(canaries, list) else [v for vs in canaries.values() for v in vs]
    values = [str(v) for v in flat]
    values += [SECRET_EMAIL, SECRET_PHONE, SECRET_NAME, "7000000000000099"]
    pii = f"Sono {SECRET_NAME}, scrivimi a {SECRET_EMAIL} o chiama il {SECRET_PHONE}. "
    hostile = root / "hostile.jsonl"
    hostile.write_text(
        "\n".join(
            [
                _record("m_ok", pii),
                _record("m_bad_platform", pii, platform="fax"),
                _record("m_bad_time", pii, created_time="yesterday"),
                _record("m_too_big_for_spacy", pii * 12_000),
                "{" + pii,
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    keys = root / "keys"
    write_key(keys / "pseudonym.key")
    write_key(keys / "quarantine.key")
    settings = build_settings(
        root / "run",
        pseudonym_key_file=keys / "pseudonym.key",
        quarantine_key_file=keys / "quarantine.key",
    )
    start = date.fromisoformat(manifest["start"])
    end = date.fromisoformat(manifest["end"])
    args = run_args(f"graph-api:{root / 'demo' / 'graph-api'}", start, end)
    args += ["--source", f"jsonl:{hostile}"]
    outcome = run_convmon(args, env_for(settings, CONVMON_MAX_MESSAGE_BYTES="2000000"))
    return {"outcome": outcome, "settings": settings, "values": values}


def _leaks(text: str, pattern: re.Pattern[str]) -> list[str]:
    return sorted({m.group(0) for m in pattern.finditer(text)})


def test_the_debug_run_succeeds_and_logs_at_debug(leak_run: dict[str, Any]) -> None:
    outcome: Outcome = leak_run["outcome"]
    assert outcome.returncode in (0, 1), outcome.stderr[-3000:]
    assert "DEBUG" in outcome.stderr
    assert "load: " in outcome.stderr


def test_no_canary_in_stdout_or_stderr(leak_run: dict[str, Any]) -> None:
    outcome: Outcome = leak_run["outcome"]
    pattern = canary_pattern(leak_run["values"])
    assert not _leaks(outcome.stdout, pattern)
    assert not _leaks(outcome.stderr, pattern)


def test_no_canary_in_the_run_report_or_quarantine_metadata(leak_run: dict[str, Any]) -> None:
    settings = leak_run["settings"]
    pattern = canary_pattern(leak_run["values"])
    files = [
        *settings.reports_dir.rglob("*"),
        *settings.quarantine_dir.rglob("*"),
        *settings.state_dir.rglob("*"),
    ]
    assert any(p.is_file() for p in settings.quarantine_dir.rglob("*"))
    for path in files:
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert not _leaks(text, pattern), path.name


def test_every_record_is_accounted_for_and_failures_name_no_content(
    leak_run: dict[str, Any],
) -> None:
    outcome: Outcome = leak_run["outcome"]
    report = json.loads(
        next(leak_run["settings"].reports_dir.glob("*.json")).read_text(encoding="utf-8")
    )
    hostile = next(s for s in report["sources"] if s["spec"].endswith("hostile.jsonl"))
    assert hostile["read"] == 5
    assert hostile["read"] == hostile["loaded"] + hostile["quarantined"] + hostile["duplicates"]
    assert hostile["quarantined"] >= 3
    for line in outcome.lines:
        if "anonymisation failed" in line:
            assert "hostile.jsonl" in line or "graph-api" in line
