"""Command implementations behind the ``convmon`` CLI (Typer sub-apps) and what they share."""

from __future__ import annotations

from datetime import date

import typer


def parse_day(value: str, option: str) -> date:
    """A ``YYYY-MM-DD`` option value, or a usage error naming the option."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option
        ) from None
