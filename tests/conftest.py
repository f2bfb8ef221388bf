"""Shared fixtures: isolated settings with a test key, and one demo dataset per session."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pipeline.settings import Settings

DEMO_CONVERSATIONS = 40
DEMO_SEED = 11


def write_key(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def build_settings(root: Path, **overrides: Any) -> Settings:
    """Settings whose every path lies under ``root``, with random keys (kept if present)."""
    keys = root / "keys"
    values: dict[str, Any] = {
        "pseudonym_key_file": keys / "pseudonym.key",
        "quarantine_key_file": keys / "quarantine.key",
        "warehouse": root / "warehouse" / "convmon.duckdb",
        "data_dir": root / "var",
    }
    for name in ("pseudonym_key_file", "quarantine_key_file"):
        if not values[name].exists():
            write_key(values[name])
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings whose every path lies under this test's tmp dir, with fresh random keys."""

    def factory(root: Path | None = None, **overrides: Any) -> Settings:
        return build_settings(root or tmp_path, **overrides)

    return factory


@pytest.fixture(scope="session")
def demo_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated demo dataset (graph-api pages, jsonl, labels, canaries, manifest)."""
    from pipeline.demo import generate

    out = tmp_path_factory.mktemp("demo")
    generate(out, conversations=DEMO_CONVERSATIONS, seed=DEMO_SEED)
    return out


@pytest.fixture(scope="session")
def demo_manifest(demo_dataset: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((demo_dataset / "manifest.json").read_text("utf-8"))
    return data
