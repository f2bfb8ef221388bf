"""``convmon anonymise``: the privacy core as an ad-hoc file tool (no warehouse)."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

from pipeline.settings import Settings
from pipeline.sources import Record, Rejected, open_source


def anonymise_file(settings: Settings, *, fmt: str, path: Path, output: Path) -> dict[str, int]:
    """Anonymise every message of ``path`` into ``output`` (JSONL), conversation by conversation.

    Each output line: ``message_id`` (the source's own id), ``conversation_id``, ``created_time``,
    ``sender_role`` and the anonymised ``text``. Rejected records go to the quarantine.
    """
    from pipeline.run import engine_for, keyring_for
    from privacy.quarantine import QuarantineStore

    reader = open_source(f"{fmt}:{path}", settings)
    engine = engine_for(settings, keyring_for(settings))
    quarantine = QuarantineStore(settings)
    conversations: dict[str, list[Record]] = defaultdict(list)
    seen: set[str] = set()
    counts = {"read": 0, "written": 0, "quarantined": 0, "duplicates": 0}
    for item in reader.read():
        counts["read"] += 1
        if isinstance(item, Rejected):
            quarantine.put(item, run_id="adhoc", source=f"{fmt}:{path}")
            counts["quarantined"] += 1
            continue
        if item.message.message_id in seen:
            counts["duplicates"] += 1
            continue
        seen.add(item.message.message_id)
        conversations[item.message.conversation_id].append(item)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for records in conversations.values():
            records.sort(key=lambda r: (r.message.created_time, r.message.message_id))
            messages = [r.message for r in records]
            for message, anon in zip(
                messages, engine.anonymise_conversation(messages), strict=True
            ):
                line = {
                    "message_id": message.message_id,
                    "conversation_id": message.conversation_id,
                    "created_time": message.created_time.isoformat(),
                    "sender_role": message.sender_role.value,
                    "text": anon.text,
                }
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
                counts["written"] += 1
    os.replace(tmp, output)
    return counts
