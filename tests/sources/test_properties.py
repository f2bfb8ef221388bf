"""Property-based: mutated and random input never crashes a reader, and nothing is lost."""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from pipeline.settings import Settings, load_settings
from pipeline.sources import Record, Rejected, SourceFileError, source_class
from tests.sources.conftest import FIXTURES

BUDGET = hsettings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
SETTINGS: Settings = load_settings(data_dir=Path(tempfile.gettempdir()) / "convmon-prop")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    2**70,
    1.5,
    float("inf"),
    "",
    "x",
    "\x00",
    "\ud800",
    "ieri",
    "2026-01-15T10:30:00+0000",
    "99999999999999999999",
    [],
    {},
    [None],
    {"a": None},
    [[{}]],
]


def mutate(value: Any, data: Any) -> Any:
    """Replace, drop or keep nodes of a JSON document, driven by one drawn seed."""
    rng = random.Random(data.draw(st.integers(0, 2**32)))
    rate = rng.choice([0.02, 0.1, 0.3])

    def walk(node: Any, depth: int) -> Any:
        if depth > 12:
            return node
        if rng.random() < rate:
            return rng.choice(ODD_VALUES)
        if isinstance(node, dict):
            return {k: walk(v, depth + 1) for k, v in node.items() if rng.random() > rate / 2}
        if isinstance(node, list):
            return [walk(v, depth + 1) for v in node]
        return node

    return walk(value, 0)


def consume(fmt: str, path: Path) -> tuple[list[Record], list[Rejected], Any]:
    source = source_class(fmt)(path, SETTINGS)
    records: list[Record] = []
    rejected: list[Rejected] = []
    try:
        for item in source.read():
            assert isinstance(item, Record | Rejected)
            (records if isinstance(item, Record) else rejected).append(item)  # type: ignore[arg-type]
    except SourceFileError as exc:
        assert exc.path
        return records, rejected, exc
    for item in rejected:
        assert item.reason and isinstance(item.raw, bytes)
    return records, rejected, None


def in_tmp(test: Callable[[Path], None]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="convmon-prop-"))
    try:
        test(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


VALID_LINE = (FIXTURES / "jsonl-valid-blank-lines.jsonl").read_text().splitlines()[0]


class _Drawer:
    def __init__(self, draw: Callable[..., Any]) -> None:
        self.draw = draw


@st.composite
def mutated_lines(draw: Callable[..., Any]) -> str:
    return json.dumps(mutate(json.loads(VALID_LINE), _Drawer(draw)))


@BUDGET
@given(
    st.lists(
        st.one_of(
            st.just(VALID_LINE),
            st.text(max_size=60),
            json_values.map(json.dumps),
            mutated_lines(),
        ),
        max_size=8,
    )
)
def test_jsonl_every_line_is_a_record_or_rejected(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").replace("\r", " ") for line in lines]

    def check(folder: Path) -> None:
        path = folder / "m.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        records, rejected, error = consume("jsonl", path)
        if error is None:
            expected = sum(
                1
                for line in path.read_bytes().split(b"\n")
                if line.decode("utf-8", "replace").strip()
            )
            assert len(records) + len(rejected) == expected

    in_tmp(check)


JSON_FIXTURES = [
    ("telegram", FIXTURES / "telegram" / "telegram-full-export-chats-list.json", "result.json"),
    (
        "messenger-webhook",
        FIXTURES / "messenger-webhook" / "webhook-echo-referral-sticker-standby.jsonl",
        None,
    ),
    (
        "whatsapp-webhook",
        FIXTURES / "whatsapp-webhook" / "whatsapp-cloud-text-image-statuses.jsonl",
        None,
    ),
]


@pytest.mark.parametrize(
    ("fmt", "fixture", "name"), JSON_FIXTURES, ids=[f[0] for f in JSON_FIXTURES]
)
@BUDGET
@given(data=st.data())
def test_mutated_json_formats_never_crash(
    fmt: str, fixture: Path, name: str | None, data: st.DataObject
) -> None:
    if name:
        text = json.dumps(mutate(json.loads(fixture.read_text()), data))
    else:
        text = "\n".join(
            json.dumps(mutate(json.loads(line), data))
            for line in fixture.read_text().splitlines()
            if line.endswith("}")
        )

    def check(folder: Path) -> None:
        path = folder / (name or "events.jsonl")
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        consume(fmt, path)

    in_tmp(check)


@BUDGET
@given(data=st.data())
def test_mutated_graph_folder_never_crashes(data: st.DataObject) -> None:
    def check(folder: Path) -> None:
        root = folder / "g"
        shutil.copytree(FIXTURES / "graph-two-pages-instagram-traps", root)
        for file in sorted(root.rglob("*.json")):
            if data.draw(st.booleans()):
                file.write_text(json.dumps(mutate(json.loads(file.read_text()), data)))
        consume("graph-api", root)

    in_tmp(check)


@BUDGET
@given(data=st.data())
def test_mutated_dyi_export_never_crashes(data: st.DataObject) -> None:
    def check(folder: Path) -> None:
        root = folder / "dyi"
        shutil.copytree(FIXTURES / "dyi" / "dyi-mojibake-emoji-two-files", root)
        for file in sorted(root.rglob("*.json")):
            file.write_text(json.dumps(mutate(json.loads(file.read_text()), data)))
        consume("facebook-export", root)

    in_tmp(check)


WA_LINES = [
    line
    for f in sorted((FIXTURES / "whatsapp").glob("*.txt"))
    if f.name != "whatsapp-not-utf8.txt"
    for line in f.read_text(encoding="utf-8").splitlines()
]


@BUDGET
@given(
    st.lists(st.one_of(st.sampled_from(WA_LINES), st.text(max_size=40)), max_size=12),
    st.booleans(),
)
def test_whatsapp_random_lines_never_crash(lines: list[str], zipped: bool) -> None:
    def check(folder: Path) -> None:
        text = "\n".join(lines)
        path = folder / "_chat.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        if zipped:
            archive = folder / "chat.zip"
            with zipfile.ZipFile(archive, "w") as z:
                z.write(path, "_chat.txt")
            path = archive
        consume("whatsapp", path)

    in_tmp(check)


@BUDGET
@given(st.binary(max_size=300))
def test_random_bytes_are_rejected_or_a_file_error(blob: bytes) -> None:
    def check(folder: Path) -> None:
        for fmt, name in (
            ("jsonl", "x.jsonl"),
            ("whatsapp", "_chat.txt"),
            ("telegram", "r.json"),
            ("messenger-webhook", "w.jsonl"),
            ("facebook-export", "e.zip"),
        ):
            path = folder / name
            path.write_bytes(blob)
            consume(fmt, path)

    in_tmp(check)
