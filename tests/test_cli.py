"""The command line: every command's help shows a real example; errors are one clear line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        yield path
        if hasattr(command, "commands"):
            yield from _commands(command, path)


COMMANDS = list(_commands(typer.main.get_command(app)))


def test_the_cli_has_the_documented_commands() -> None:
    names = {" ".join(c) for c in COMMANDS}
    assert {"run", "anonymise", "demo-data", "demo-run", "keys init"} <= names


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c))
def test_every_command_help_shows_an_example(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"`convmon {' '.join(command)} --help` shows no example"


def test_run_without_a_key_says_how_to_provide_one(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    for var in ("CONVMON_PSEUDONYM_KEY", "CONVMON_PSEUDONYM_KEY_FILE"):
        monkeypatch.delenv(var, raising=False)
    source = tmp_path / "empty.jsonl"
    source.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["run", "--date", "2026-11-03", "--source", f"jsonl:{source}"])
    assert result.exit_code == 2
    assert "CONVMON_PSEUDONYM_KEY" in result.output
