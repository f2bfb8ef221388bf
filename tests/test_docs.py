"""The README and .env.example document every setting; the README's commands exist."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.settings import settings_reference
from scripts.update_readme_settings import render

ROOT = Path(__file__).resolve().parent.parent


def test_readme_settings_table_is_current() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert render(text) == text, "run: .venv/bin/python scripts/update_readme_settings.py"


def test_env_example_lists_every_setting() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    missing = [env for env, _, _ in settings_reference() if not re.search(rf"\b{env}=", text)]
    assert not missing


def test_readme_shows_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test", "check", "help", "bench"):
        assert re.search(rf"^{target}:", makefile, re.M), target
