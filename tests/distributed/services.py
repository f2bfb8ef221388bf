"""PostgreSQL, Redis and Airflow processes for the distributed test: started here, stopped here."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for(
    check: Callable[[], bool], *, timeout: float, what: str, interval: float = 1.0
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise TimeoutError(f"gave up after {timeout:.0f}s waiting for {what}")


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def ensure_packages() -> None:
    """Install PostgreSQL and Redis from the Debian packages when they are missing."""
    if postgres_bin() is not None and shutil.which("redis-server"):
        return
    if os.geteuid() != 0:
        raise RuntimeError(
            "PostgreSQL and Redis are not installed: run "
            "`sudo apt-get install -y postgresql redis-server` (the test installs them as root)"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], env=env, check=True, capture_output=True, timeout=600)
    subprocess.run(
        ["apt-get", "install", "-y", "--no-install-recommends", "postgresql", "redis-server"],
        env=env,
        check=True,
        capture_output=True,
        timeout=900,
    )


@dataclass
class Postgres:
    """A throw-away PostgreSQL cluster on 127.0.0.1, owned by the ``postgres`` user."""

    port: int = field(default_factory=free_port)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="convmon-pg-")))

    def _as_postgres(self, *args: str, timeout: float = 120) -> None:
        cmd = list(args) if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=timeout)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/airflow"

    def start(self) -> None:
        bindir = postgres_bin()
        assert bindir is not None
        self.root.chmod(0o755)
        data = self.root / "data"
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._as_postgres(
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        )
        options = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=200"
        )
        self._as_postgres(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(self.root / "postgres.log"),
            "-w",
            "start",
        )
        self._as_postgres(
            str(bindir / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "airflow",
        )

    def stop(self) -> None:
        bindir = postgres_bin()
        if bindir is not None and (self.root / "data" / "postmaster.pid").exists():
            self._as_postgres(
                str(bindir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "fast", "-w", "stop"
            )
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass
class Process:
    """A long-running child in its own process group, with its output in a log file."""

    name: str
    args: list[str]
    env: dict[str, str]
    log: Path
    popen: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("wb") as out:
            self.popen = subprocess.Popen(
                self.args,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def stop(self, grace: float = 30) -> None:
        if self.popen is None or self.popen.poll() is not None:
            return
        pgid = os.getpgid(self.popen.pid)
        os.killpg(pgid, signal.SIGTERM)
        try:
            self.popen.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(pgid, signal.SIGKILL)
            self.popen.wait(timeout=30)
        with contextlib.suppress(ProcessLookupError):  # children that outlived their leader
            os.killpg(pgid, signal.SIGKILL)

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text("utf-8", "replace")[-chars:] if self.log.exists() else ""
