"""convmon pipeline: sources, staging, validation, warehouse, marts and reports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("convmon")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+local"
