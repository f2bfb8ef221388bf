"""Where convmon's bundled files are, in a source checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def schema_path(name: str) -> Path:
    """A file of ``schemas/`` (the repo's top-level folder, or its copy inside the wheel)."""
    for base in (_PACKAGE_DIR.parent / "schemas", _PACKAGE_DIR / "_schemas"):
        candidate = base / name
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"schemas/{name} is missing from this installation")
