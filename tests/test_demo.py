"""The demo generator: deterministic, self-consistent labels, valid identifiers, real paging."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from stdnum import iban, luhn
from stdnum.it import codicefiscale, iva

from pipeline.demo import KEEP_TYPES, generate, load_canaries
from pipeline.models import Message
from pipeline.settings import Settings
from pipeline.sources import source_class
from pipeline.sources.base import Record
from pipeline.sources.graph_api import GraphApiFolderSource
from privacy.types import ENTITY_TYPES

N = 40


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    generate(out, conversations=N, seed=11)
    return out


def _labels(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "labels.jsonl").read_text("utf-8").splitlines()]


def _tree(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(demo: Path, tmp_path: Path) -> None:
    generate(tmp_path, conversations=N, seed=11)
    assert _tree(tmp_path) == _tree(demo)


def test_other_seed_other_data(demo: Path, tmp_path: Path) -> None:
    generate(tmp_path, conversations=N, seed=12)
    assert (tmp_path / "labels.jsonl").read_bytes() != (demo / "labels.jsonl").read_bytes()


def test_every_span_is_its_value(demo: Path) -> None:
    for record in _labels(demo):
        text = record["message"]["text"]
        assert record["language"] in ("it", "en")
        for span in record["entities"] + record["keep"]:
            assert text[span["start"] : span["end"]] == span["value"]
        assert {s["type"] for s in record["entities"]} <= set(ENTITY_TYPES)
        assert {s["type"] for s in record["keep"]} <= set(KEEP_TYPES)


def test_every_entity_type_is_present(tmp_path: Path) -> None:
    generate(tmp_path, conversations=120, seed=7)
    seen = {span["type"] for r in _labels(tmp_path) for span in r["entities"] + r["keep"]}
    assert set(ENTITY_TYPES) | set(KEEP_TYPES) <= seen


_VALIDATORS = {
    "IBAN_CODE": iban.is_valid,
    "CREDIT_CARD": lambda v: luhn.is_valid(v.replace(" ", "").replace("-", "")),
    "IT_FISCAL_CODE": codicefiscale.is_valid,
    "IT_VAT_CODE": iva.is_valid,
}


@pytest.mark.parametrize("entity_type", sorted(_VALIDATORS))
def test_identifiers_are_valid(demo: Path, entity_type: str) -> None:
    values = [
        span["value"]
        for record in _labels(demo)
        for span in record["entities"]
        if span["type"] == entity_type
    ]
    assert values, f"no {entity_type} in the demo"
    assert all(_VALIDATORS[entity_type](value) for value in values), values


def test_labels_match_jsonl_and_validate(demo: Path) -> None:
    lines = (demo / "jsonl" / "messages.jsonl").read_text("utf-8").splitlines()
    labels = _labels(demo)
    assert [json.loads(line) for line in lines] == [r["message"] for r in labels]
    messages = [Message.model_validate(json.loads(line)) for line in lines]
    assert [m.created_time for m in messages] == sorted(m.created_time for m in messages)
    manifest = json.loads((demo / "manifest.json").read_text("utf-8"))
    assert manifest["messages"] == len(messages)
    assert manifest["conversations"] == len({m.conversation_id for m in messages})
    start, end = manifest["start"], manifest["end"]
    assert all(start <= m.created_time.date().isoformat() < end for m in messages)


def test_graph_api_needs_nested_paging(demo: Path) -> None:
    nested = 0
    for page_file in (demo / "graph-api").glob("*/page-*.json"):
        body = json.loads(page_file.read_text("utf-8"))
        assert len(body["data"]) <= 10
        for conv in body["data"]:
            assert conv["id"].startswith("t_")
            assert len(conv["messages"]["data"]) <= 25
            nested += "next" in conv["messages"]["paging"]
    assert nested >= 1


def test_graph_api_reads_back_as_the_jsonl(demo: Path) -> None:
    """The sources' own reader, following both paging levels, sees every generated message."""
    settings = Settings()
    expected = {
        json.loads(line)["message_id"]: json.loads(line)
        for line in (demo / "jsonl" / "messages.jsonl").read_text("utf-8").splitlines()
    }
    records = list(GraphApiFolderSource(demo / "graph-api", settings).read())
    assert all(isinstance(r, Record) for r in records)
    got = {r.message.message_id: r.message for r in records if isinstance(r, Record)}
    assert set(got) == set(expected)
    assert any(message.attachments for message in got.values())
    for message_id, message in got.items():
        assert message.text == expected[message_id]["text"]
        assert message.sender_role == expected[message_id]["sender_role"]
        attachments = [a.model_dump() for a in message.attachments]
        assert attachments == expected[message_id].get("attachments", [])


def test_canaries_hold_every_participant_and_value(demo: Path) -> None:
    canaries = set(load_canaries(demo))
    for record in _labels(demo):
        message = record["message"]
        if message["sender_role"] == "customer":
            assert message["sender_name"] in canaries
            assert message["sender_id"] in canaries
            assert f"{message['sender_id']}@facebook.com" in canaries
            first, _, last = message["sender_name"].partition(" ")
            assert {first, last} <= canaries
        assert {span["value"] for span in record["entities"]} <= canaries
    assert not canaries & set(Settings().business_names)
    assert not canaries & set(Settings().page_ids)


def test_hard_cases_are_present(tmp_path: Path) -> None:
    generate(tmp_path, conversations=120, seed=7)
    labels = _labels(tmp_path)
    texts = [r["message"]["text"] for r in labels]
    entities = [span for r in labels for span in r["entities"]]
    assert any(
        " at " in s["value"] or "[at]" in s["value"] or "chiocciola" in s["value"]
        for s in entities
        if s["type"] == "EMAIL_ADDRESS"
    )
    assert any(s["value"].islower() for s in entities if s["type"] == "PERSON")
    assert any("Marco Bellini" in t for t in texts)
    assert any(r["message"].get("referral") for r in labels)
    assert any(s["type"] == "PRODUCT" and "Milano" in s["value"] for r in labels for s in r["keep"])
    customers = {}
    for r in labels:
        m = r["message"]
        if m["sender_role"] == "customer":
            customers.setdefault(m["sender_id"], set()).add(m["conversation_id"])
    assert any(len(convs) > 1 for convs in customers.values()), "no returning customer"


FORMAT_PATHS = {
    "whatsapp": "whatsapp/_chat.txt",
    "telegram": "telegram/result.json",
    "messenger-webhook": "messenger-webhook/events.jsonl",
    "facebook-export": "facebook-export",
}


@pytest.mark.parametrize("fmt", sorted(FORMAT_PATHS))
def test_other_formats_read_back_as_the_same_texts(demo: Path, fmt: str) -> None:
    """Each format, read by its own source, gives the texts of the conversations it holds."""
    manifest = json.loads((demo / "manifest.json").read_text("utf-8"))
    wanted = set(manifest["formats"][fmt])
    lines = (demo / "jsonl" / "messages.jsonl").read_text("utf-8").splitlines()
    expected = sorted(
        (m["created_time"], m["sender_role"], m["text"])
        for m in map(json.loads, lines)
        if m["conversation_id"] in wanted
    )
    source = source_class(fmt)(demo / FORMAT_PATHS[fmt], Settings())
    records = list(source.read())
    assert all(isinstance(r, Record) for r in records), [getattr(r, "reason", "") for r in records]
    got = sorted(
        (
            r.message.created_time.strftime("%Y-%m-%dT%H:%M:%SZ"),
            r.message.sender_role.value,
            r.message.text,
        )
        for r in records
        if isinstance(r, Record)
    )
    assert got == expected
    if fmt == "messenger-webhook":
        assert source.stats.skipped["delivery"] > 0 and source.stats.skipped["read"] > 0
        assert any(r.message.referral for r in records if isinstance(r, Record))
