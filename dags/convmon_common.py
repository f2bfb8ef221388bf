"""What convmon's DAGs share: names, default arguments and the Settings built inside a task.

Kept light on purpose: nothing heavy is imported here, so parsing a DAG file stays fast.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

from airflow.sdk import Asset

if TYPE_CHECKING:
    from pipeline.settings import Settings

OWNER = "convmon-data-eng"
WAREHOUSE_POOL = "convmon_warehouse_writer"
GRAPH_API_CONN_ID = "convmon_graph_api"
PSEUDONYM_KEY_VARIABLE = "convmon_pseudonym_key"
QUARANTINE_KEY_VARIABLE = "convmon_quarantine_key"

WAREHOUSE_ASSET = Asset(name="convmon_warehouse", uri="convmon://warehouse/convmon.duckdb")

DEFAULT_ARGS: dict[str, Any] = {
    "owner": OWNER,
    "retries": 2,
    "retry_delay": timedelta(seconds=30),
    "retry_exponential_backoff": 2.0,
    "max_retry_delay": timedelta(minutes=30),
}


def _secret_variable(key: str) -> str | None:
    from airflow.sdk import Variable
    from airflow.sdk.log import mask_secret

    value = Variable.get(key, default=None)
    if value is None or value == "":
        return None
    mask_secret(value, name=key)
    return str(value)


def _graph_api_overrides() -> dict[str, object]:
    from airflow.sdk import BaseHook
    from airflow.sdk.exceptions import AirflowNotFoundException
    from airflow.sdk.log import mask_secret

    try:
        conn = BaseHook.get_connection(GRAPH_API_CONN_ID)
    except AirflowNotFoundException:
        return {}
    overrides: dict[str, object] = {}
    if conn.password:
        mask_secret(conn.password, name=GRAPH_API_CONN_ID)
        overrides["graph_api_token"] = conn.password
    base_url = conn.extra_dejson.get("base_url")
    if base_url:
        overrides["graph_api_base_url"] = str(base_url)
    return overrides


def task_settings() -> Settings:
    """Settings from CONVMON_* plus the keys and token Airflow holds, all masked in task logs.

    Variables ``convmon_pseudonym_key`` / ``convmon_quarantine_key`` (or a secrets backend) win
    over the environment; the Graph API token is the password of Connection
    ``convmon_graph_api`` (optional extra ``{"base_url": ...}``).
    """
    from pipeline.settings import load_settings

    overrides: dict[str, object] = {}
    pseudonym_key = _secret_variable(PSEUDONYM_KEY_VARIABLE)
    if pseudonym_key is not None:
        overrides["pseudonym_key"] = pseudonym_key
    quarantine_key = _secret_variable(QUARANTINE_KEY_VARIABLE)
    if quarantine_key is not None:
        overrides["quarantine_key"] = quarantine_key
    overrides.update(_graph_api_overrides())
    # Airflow scales out with mapped shards on Celery workers; a task runs one process.
    overrides["workers"] = 1
    return load_settings(**overrides)
