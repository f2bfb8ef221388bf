"""The same conversations exported in several formats anonymise to the same text.

The generator writes the demo conversations as Graph API pages and, for some of them, as a
WhatsApp chat, a Telegram export, a DYI export and Messenger webhook events. Read by their own
sources and anonymised conversation by conversation, each must give the same number of messages,
in the same order, with the same anonymised text as the Graph API copy.

Messenger webhook events are left out here: they carry ids but no display names (so the
participants cannot be recognised by name in the text) and a webhook "conversation" is the whole
customer-Page thread, which spans several Graph API conversations. ``tests/test_demo.py`` checks
that they hold the same messages, in the same order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Message
from pipeline.run import engine_for, keyring_for
from pipeline.settings import Settings
from pipeline.sources import Record, source_class
from tests.conftest import build_settings

pytestmark = pytest.mark.slow

FORMAT_PATHS = {
    "whatsapp": "whatsapp/_chat.txt",
    "telegram": "telegram/result.json",
    "facebook-export": "facebook-export",
}


def conversations(fmt: str, path: Path, settings: Settings) -> list[list[Message]]:
    grouped: dict[str, list[Message]] = defaultdict(list)
    for item in source_class(fmt)(path, settings).read():
        assert isinstance(item, Record), f"{fmt}: {getattr(item, 'reason', '')}"
        grouped[item.message.conversation_id].append(item.message)
    return [sorted(msgs, key=lambda m: (m.created_time, m.message_id)) for msgs in grouped.values()]


def fingerprint(messages: list[Message]) -> tuple[tuple[str, str], ...]:
    return tuple((m.created_time.strftime("%Y-%m-%dT%H:%M"), m.text) for m in messages)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, demo_dataset: Path) -> dict[str, Any]:
    settings = build_settings(tmp_path_factory.mktemp("cross"))
    engine = engine_for(settings, keyring_for(settings))
    reference = {
        fingerprint(conv): conv
        for conv in conversations("graph-api", demo_dataset / "graph-api", settings)
    }
    return {"settings": settings, "engine": engine, "reference": reference}


@pytest.mark.parametrize("fmt", sorted(FORMAT_PATHS))
def test_same_conversation_same_anonymised_text(
    fmt: str, setup: dict[str, Any], demo_dataset: Path
) -> None:
    settings, engine, reference = setup["settings"], setup["engine"], setup["reference"]
    manifest = json.loads((demo_dataset / "manifest.json").read_text("utf-8"))
    assert manifest["formats"].get(fmt) or fmt == "facebook-export"
    exported = conversations(fmt, demo_dataset / FORMAT_PATHS[fmt], settings)
    assert exported
    for conversation in exported:
        original = reference.get(fingerprint(conversation))
        assert original is not None, f"{fmt}: a conversation with no Graph API twin"
        assert len(conversation) == len(original)
        ours = [a.text for a in engine.anonymise_conversation(conversation)]
        theirs = [a.text for a in engine.anonymise_conversation(original)]
        assert ours == theirs
