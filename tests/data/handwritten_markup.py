"""The markup and record layout shared by the hand-written corpora no. 18 to 30.

A generator (``make_handwritten<N>_corpus.py``) writes its conversations by hand with markup:

- ``[[CODE:value]]`` marks a personal value (gold entity); CODE is one of ``ENTITY_CODES``.
- ``{{CODE:value}}`` marks a look-alike that must survive (keep span); CODE is in ``KEEP_CODES``.

This module strips the markup, computes the offsets, and builds the labelled records with ids
and timestamps derived from each conversation's start and the message index, so a corpus is
byte-identical on every run.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

ENTITY_CODES: dict[str, str] = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "I": "IBAN_CODE",
    "C": "CREDIT_CARD",
    "CF": "IT_FISCAL_CODE",
    "V": "IT_VAT_CODE",
    "IP": "IP_ADDRESS",
    "U": "URL",
    "H": "HANDLE",
    "L": "LOCATION",
    "A": "ADDRESS",
}
KEEP_CODES: dict[str, str] = {
    "O": "ORDER",
    "$": "PRICE",
    "PD": "PRODUCT",
    "B": "BRAND",
    "D": "DATE",
    "TM": "TIME",
    "TR": "TRACKING",
    "W": "WORD",
    "R": "REFERENCE",
}
_MARKUP = re.compile(
    r"\[\[(?P<ecode>[A-Z]+):(?P<evalue>.*?)\]\]|\{\{(?P<kcode>[A-Z$]+):(?P<kvalue>.*?)\}\}",
    re.DOTALL,
)

# A conversation: business key, platform, customer display name, default language, start time
# (UTC) and messages as (role, text) or (role, text, language); role "c" customer, "a" agent.
Conversation = dict[str, Any]


def parse_markup(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup; return the plain text, its entity spans and its keep spans."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    keep: list[dict[str, Any]] = []
    position = 0
    length = 0
    for match in _MARKUP.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        if match.group("ecode") is not None:
            code, value, target, table = (
                match.group("ecode"),
                match.group("evalue"),
                entities,
                ENTITY_CODES,
            )
        else:
            code, value, target, table = (
                match.group("kcode"),
                match.group("kvalue"),
                keep,
                KEEP_CODES,
            )
        if code not in table:
            raise ValueError(f"unknown markup code {code!r} in {marked[:60]!r}")
        target.append(
            {"start": length, "end": length + len(value), "type": table[code], "value": value}
        )
        parts.append(value)
        length += len(value)
        position = match.end()
    parts.append(marked[position:])
    text = "".join(parts)
    if "[[" in text or "]]" in text or "{{" in text or "}}" in text:
        raise ValueError(f"unbalanced markup in {marked[:60]!r}")
    return text, entities, keep


def build_records(
    number: int,
    conversations: list[Conversation],
    business_names: dict[str, str],
    page_ids: dict[str, str],
) -> list[dict[str, Any]]:
    """All labelled messages of corpus ``number``, in conversation order, with deterministic ids
    (``h<number>-conv-01``, ``h<number>-m-01-01``...) and timestamps."""
    prefix = f"h{number}"
    records: list[dict[str, Any]] = []
    for conversation_number, conversation in enumerate(conversations, start=1):
        business = conversation["business"]
        page_id = page_ids[business]
        conversation_id = f"{prefix}-conv-{conversation_number:02d}"
        customer_id = f"{prefix}-cust-{conversation_number:02d}"
        agent_id = f"{prefix}-page-{business}"
        moment = datetime.fromisoformat(conversation["start"]).replace(tzinfo=UTC)
        for index, item in enumerate(conversation["messages"], start=1):
            role_code, marked = item[0], item[1]
            language = item[2] if len(item) > 2 else conversation["lang"]
            text, entities, keep = parse_markup(marked)
            customer = role_code == "c"
            if index > 1:
                moment += timedelta(minutes=2 + (len(text) * 7 + index * 13) % 47)
            message = {
                "message_id": f"{prefix}-m-{conversation_number:02d}-{index:02d}",
                "conversation_id": conversation_id,
                "platform": conversation["platform"],
                "page_id": page_id,
                "sender_id": customer_id if customer else agent_id,
                "sender_name": conversation["customer"] if customer else business_names[business],
                "sender_role": "customer" if customer else "agent",
                "recipient_id": agent_id if customer else customer_id,
                "created_time": moment.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
                "text": text,
            }
            records.append(
                {"message": message, "language": language, "entities": entities, "keep": keep}
            )
    return records


def render(records: list[dict[str, Any]]) -> str:
    """The JSONL text of the corpus (one record a line, keys in a fixed order)."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
