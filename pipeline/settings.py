"""Configuration: every setting is an environment variable with the ``CONVMON_`` prefix.

Settings are read from the environment and from an optional ``.env`` file in the working
directory. Secrets are ``SecretStr`` so that they never appear in a repr, a log line or a report.
"""

from __future__ import annotations

from datetime import time
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A DuckDB memory size ("512MB", "2GB"), and the default limit of the warehouse connections.
MEMORY_SIZE = r"\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)"
DEFAULT_DUCKDB_MEMORY = "512MB"

CommaList = Annotated[list[str], NoDecode]


def _split_commas(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


class Settings(BaseSettings):
    """All of convmon's configuration. See the README's configuration table."""

    model_config = SettingsConfigDict(
        env_prefix="CONVMON_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
    )

    # --- keys (secrets) -------------------------------------------------------------------
    pseudonym_key: SecretStr | None = Field(
        default=None, description="Pseudonymisation key (>= 32 bytes). Prefer the key file."
    )
    pseudonym_key_file: Path | None = Field(
        default=None,
        description="File holding the pseudonymisation key (mode 0600); default: "
        "<data dir>/keys/pseudonym.key when that file exists (`make run` creates it).",
    )
    quarantine_key: SecretStr | None = Field(
        default=None, description="Separate key that encrypts the quarantine (>= 32 bytes)."
    )
    quarantine_key_file: Path | None = Field(
        default=None,
        description="File holding the quarantine key (mode 0600); default: "
        "<data dir>/keys/quarantine.key when that file exists.",
    )

    # --- where things go ------------------------------------------------------------------
    warehouse: Path = Field(
        default=Path("warehouse/convmon.duckdb"), description="The DuckDB warehouse file."
    )
    marketing_warehouse: Path | None = Field(
        default=None,
        description="Read-only marts-only DuckDB file for marketing "
        "(default: marketing.duckdb beside the warehouse).",
    )
    data_dir: Path = Field(
        default=Path("var"),
        description="Everything else the pipeline writes: staging, reports, quarantine, state.",
    )

    # --- the business ---------------------------------------------------------------------
    tenant: str = Field(
        default="demo", description="Tenant name; part of every pseudonym's domain."
    )
    timezone: str = Field(
        default="Europe/Rome",
        description="The business's time zone (business hours, WhatsApp export times).",
    )
    business_names: CommaList = Field(
        default_factory=lambda: ["Casa Verde", "Marco Bellini Moda"],
        description="Page, brand and product names never redacted (comma-separated).",
    )
    name_scorer: bool = Field(
        default=True,
        description="Also redact the words the trained name scorer (privacy/scorer.py) flags.",
    )
    name_scorer_strict: bool = Field(
        default=True,
        description=(
            "Use the scorer's recall-first (F2) thresholds (the default since session 8: fewer "
            "names leak); false uses its precision-first (F0.5) thresholds, which keep a few "
            "more look-alikes (docs/quality.md)."
        ),
    )
    page_ids: CommaList = Field(
        default_factory=lambda: ["104857600000001", "104857600000002"],
        description="The business's own Page / account IDs (comma-separated).",
    )
    min_group_size: int = Field(
        default=5, ge=2, description="k: the fewest distinct customers a published row may count."
    )

    # --- sources --------------------------------------------------------------------------
    source: CommaList = Field(
        default_factory=list,
        description="Default sources as FORMAT:PATH, comma-separated (e.g. graph-api:exports/).",
    )
    max_message_bytes: int = Field(
        default=100_000, ge=1_000, description="Larger messages are quarantined (reason too_large)."
    )
    date_order_fallback: Literal["DMY", "MDY"] = Field(
        default="DMY", description="WhatsApp export day/month order when a file does not tell."
    )
    graph_api_token: SecretStr | None = Field(
        default=None, description="Page access token for the live Graph API source."
    )
    graph_api_base_url: str = Field(
        default="https://graph.facebook.com/v21.0", description="Graph API base URL."
    )

    # --- retention and marts --------------------------------------------------------------
    retention_days: int = Field(
        default=395, ge=1, description="Message-level rows older than this are purged each run."
    )
    quarantine_retention_days: int = Field(
        default=30, ge=1, description="Quarantined records older than this are purged."
    )
    sla_minutes: int = Field(default=60, ge=1, description="Reply SLA used by the marts.")
    business_hours_start: time = Field(default=time(9, 0), description="Opening time (local).")
    business_hours_end: time = Field(default=time(18, 0), description="Closing time (local).")
    dp_total_epsilon: float = Field(
        default=1.0,
        ge=0,
        description="Total differential-privacy budget (epsilon) of all `convmon release` runs.",
    )
    taxonomy_file: Path | None = Field(
        default=None,
        description="TOML keyword taxonomy and sentiment lexicon for topics, sentiment and "
        "conversions (default: the bundled pipeline/data/taxonomy.toml).",
    )

    workers: int = Field(
        default=0,
        ge=0,
        description="Anonymisation processes for large runs (0: one per CPU core; small "
        "shards always use one).",
    )
    duckdb_memory_limit: str = Field(
        default=DEFAULT_DUCKDB_MEMORY,
        pattern=f"^{MEMORY_SIZE}$",
        description="Memory DuckDB may use while loading and building marts (it spills to disk "
        "beyond it); bounds a run's peak memory whatever the warehouse size.",
    )
    log_level: str = Field(default="INFO", description="Logging level of the pipeline.")

    @model_validator(mode="after")
    def _local_key_files(self) -> Settings:
        """Use the key files under <data dir>/keys when no key is configured and they exist."""
        for secret, path_field, name in (
            ("pseudonym_key", "pseudonym_key_file", "pseudonym.key"),
            ("quarantine_key", "quarantine_key_file", "quarantine.key"),
        ):
            candidate = self.data_dir / "keys" / name
            unset = getattr(self, secret) is None and getattr(self, path_field) is None
            if unset and candidate.is_file():
                object.__setattr__(self, path_field, candidate)
        return self

    @field_validator("business_names", "page_ids", "source", mode="before")
    @classmethod
    def _comma_lists(cls, value: object) -> object:
        return _split_commas(value)

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown time zone {value!r}: use an IANA name such as Europe/Rome"
            ) from exc
        return value

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def staging_dir(self) -> Path:
        return self.data_dir / "staging"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def quarantine_dir(self) -> Path:
        return self.data_dir / "quarantine"

    @property
    def state_dir(self) -> Path:
        return self.data_dir / "state"

    @property
    def requests_dir(self) -> Path:
        """Sealed data-subject requests waiting for the ``subject_erasure`` DAG."""
        return self.data_dir / "requests"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def marketing_path(self) -> Path:
        if self.marketing_warehouse is not None:
            return self.marketing_warehouse
        return self.warehouse.with_name("marketing.duckdb")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (and ``.env``), with explicit overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]


def settings_reference() -> list[tuple[str, str, str]]:
    """(environment variable, default, description) for every setting: the README's table."""
    rows: list[tuple[str, str, str]] = []
    for name, info in Settings.model_fields.items():
        if info.default_factory is not None:
            default_value: object = info.default_factory()  # type: ignore[call-arg]
        else:
            default_value = info.default
        if isinstance(default_value, list):
            default = ",".join(str(v) for v in default_value)
        elif default_value is None:
            default = ""
        else:
            default = str(default_value)
        rows.append((f"CONVMON_{name.upper()}", default, info.description or ""))
    return rows


def settings_markdown() -> str:
    lines = ["| variable | default | meaning |", "| --- | --- | --- |"]
    for env, default, description in settings_reference():
        shown = f"`{default}`" if default else "(none)"
        lines.append(f"| `{env}` | {shown} | {description} |")
    return "\n".join(lines)
