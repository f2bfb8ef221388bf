"""DAG integrity: the DAG folder parses, and every DAG follows the project's policies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .airflow_env import DAGS_FOLDER, airflow_env

PROBE = Path(__file__).with_name("probe_dagbag.py")
EXPECTED_DAGS = ["conversation_monitoring", "marketing_report", "subject_erasure"]


@pytest.fixture(scope="module")
def dagbag(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Parse the DAG folder in a fresh interpreter (so sys.modules tells what a parse imports)."""
    env = airflow_env(tmp_path_factory.mktemp("airflow-home"))
    proc = subprocess.run(
        [sys.executable, str(PROBE), str(DAGS_FOLDER)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_no_import_errors(dagbag: dict[str, Any]) -> None:
    assert dagbag["import_errors"] == {}


def test_expected_dags_are_defined(dagbag: dict[str, Any]) -> None:
    assert sorted(dagbag["dags"]) == EXPECTED_DAGS


def test_parsing_imports_no_heavy_library(dagbag: dict[str, Any]) -> None:
    assert dagbag["heavy"] == [], "move these imports inside the task functions"


@pytest.mark.parametrize("dag_id", EXPECTED_DAGS)
def test_dag_has_tags_docs_and_owner(dagbag: dict[str, Any], dag_id: str) -> None:
    dag = dagbag["dags"][dag_id]
    assert "convmon" in dag["tags"]
    assert dag["doc_md"].lstrip().startswith(f"# {dag_id}")
    assert dag["owner"] not in ("", "airflow")


@pytest.mark.parametrize("dag_id", EXPECTED_DAGS)
def test_every_task_retries_with_exponential_backoff(dagbag: dict[str, Any], dag_id: str) -> None:
    for task_id, task in dagbag["dags"][dag_id]["tasks"].items():
        assert task["retries"] >= 2, task_id
        assert task["backoff"] > 1, task_id


@pytest.mark.parametrize(
    ("dag_id", "task_id"),
    [
        pytest.param("conversation_monitoring", "load", id="nightly-load"),
        pytest.param("conversation_monitoring", "finalise", id="nightly-marts"),
        pytest.param("subject_erasure", "forget", id="erasure"),
    ],
)
def test_warehouse_writers_share_the_one_slot_pool(
    dagbag: dict[str, Any], dag_id: str, task_id: str
) -> None:
    assert dagbag["dags"][dag_id]["tasks"][task_id]["pool"] == "convmon_warehouse_writer"


def test_warehouse_asset_is_produced_by_finalise_and_erasure(dagbag: dict[str, Any]) -> None:
    producers = sorted(
        f"{dag_id}.{task_id}"
        for dag_id, dag in dagbag["dags"].items()
        for task_id, task in dag["tasks"].items()
        if "convmon_warehouse" in task["outlets"]
    )
    assert producers == ["conversation_monitoring.finalise", "subject_erasure.forget"]


def test_extraction_is_dynamically_mapped(dagbag: dict[str, Any]) -> None:
    tasks = dagbag["dags"]["conversation_monitoring"]["tasks"]
    assert tasks["extract_anonymise"]["mapped"] is True
    assert not any(
        task["mapped"] for task_id, task in tasks.items() if task_id != "extract_anonymise"
    )
