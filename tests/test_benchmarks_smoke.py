"""The benchmark harness runs end to end on a tiny corpus (so it cannot rot); nothing is timed."""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from benchmarks import scale, throughput
from pipeline.demo import generate
from privacy.evaluate import load_dataset

EXPECTED_ENGINES = [
    "presidio",
    "presidio-batch",
    "presidio-batch-2p",
    "spacy-ner",
    "convmon",
    "convmon-batched",
    "convmon-batched-2p",
]


@pytest.mark.slow
def test_throughput_quick_runs_every_engine(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    assert throughput.main(["--quick", "--json", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    results = {r["name"]: r for r in payload["results"]}
    assert list(results) == EXPECTED_ENGINES
    messages = payload["corpus"]["messages"]
    assert messages >= 50
    assert set(payload["corpus"]["languages"]) == {"en", "it"}
    for name, result in results.items():
        assert result["messages"] == messages, name
        assert result["messages_per_s"] > 0, name
        assert result["messages_per_cpu_s"] > 0, name
        assert result["cpu_seconds"] > 0, name
        if name != "spacy-ner":
            assert 0 <= result["quality"]["leak_rate"] <= 1, name
    assert results["presidio-batch"]["quality"] == results["presidio"]["quality"]
    assert results["convmon-batched-2p"]["quality"] == results["convmon"]["quality"]
    assert payload["machine"]["cpus"] >= 1


@pytest.fixture(scope="module")
def scale_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    work = tmp_path_factory.mktemp("scale")
    path = work / "messages.jsonl"
    written = scale.write_input(
        path, 500, workdir=work, days=28, base_conversations=10, page_ids=["104857600000001"]
    )
    return work, written


@pytest.mark.parametrize(
    ("copy", "shift_days"),
    [(0, 0), (1, 14), (2, 0)],
    ids=["first-copy-unshifted", "second-copy-next-period", "third-copy-wraps"],
)
def test_scale_input_copies_get_unique_ids_and_spread_dates(
    scale_input: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    copy: int,
    shift_days: int,
) -> None:
    work, written = scale_input
    # each copy comes from the demo generator with its own seed (7 + copy)
    generate(tmp_path, conversations=10, seed=7 + copy, start=date(2026, 11, 2), days=14)
    base = load_dataset(tmp_path / "labels.jsonl")
    lines = [
        json.loads(line)
        for line in (work / "messages.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert written["messages"] == len(lines) == 500
    assert written["copies"] >= 3
    assert not (work / "base").exists()
    assert len({line["message_id"] for line in lines}) == len(lines)
    per_copy = [line for line in lines if line["message_id"].endswith(f"-{copy:06d}")]
    assert per_copy
    original = {item.message.message_id: item.message for item in base}
    for line in per_copy:
        source = original[line["message_id"].rsplit("-", 1)[0]]
        moved = datetime.fromisoformat(line["created_time"])
        assert (moved - source.created_time).days == shift_days
        assert line["text"] == source.text
        assert line["conversation_id"] == f"{source.conversation_id}-{copy:06d}"
        assert date(2026, 11, 2) <= moved.date() < date(2026, 11, 30)


def test_scale_input_copies_differ_in_text(scale_input: tuple[Path, dict[str, Any]]) -> None:
    """No copy repeats another's texts wholesale (the detector's cache would flatter the run)."""
    work, _ = scale_input
    texts: dict[str, set[str]] = {}
    for line in (work / "messages.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts.setdefault(record["message_id"].rsplit("-", 1)[1], set()).add(record["text"])
    first, second = texts["000000"], texts["000001"]
    assert len(first & second) < len(first) / 2


def test_scale_memory_sampler_sees_this_process() -> None:
    total, processes = scale.tree_rss_kib(os.getpid())
    assert processes >= 1
    assert total > 1024


@pytest.mark.slow
def test_blind_corpora_scores_each_corpus_and_the_pool(tmp_path: Path) -> None:
    from benchmarks import blind_corpora

    out = tmp_path / "blind.json"
    argv = ["heldout", "handwritten2", "--without-scorer", "--strict", "--json", str(out)]
    assert blind_corpora.main(argv) == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["corpus"], r["engine"]) for r in rows] == [
        ("heldout", "convmon"),
        ("heldout", "convmon without scorer"),
        ("heldout", "convmon strict"),
        ("handwritten2", "convmon"),
        ("handwritten2", "convmon without scorer"),
        ("handwritten2", "convmon strict"),
        ("pooled", "convmon"),
        ("pooled", "convmon without scorer"),
        ("pooled", "convmon strict"),
    ]
    assert rows[6]["values"] == rows[0]["values"] + rows[3]["values"] > 0
    for r in rows:
        assert 0 <= r["leak_rate"] <= 1
        low, high = r["leak_interval"]
        assert low <= r["leak_rate"] <= high
    # the generator's business names reach the engine: the tenant's own names are kept
    assert blind_corpora.business_names(blind_corpora.corpus_path("handwritten2"))[:2] == [
        "Traslochi Fratelli Sala",
        "Vela Camogli",
    ]
