"""Command implementations behind the ``convmon`` CLI (Typer sub-apps)."""
