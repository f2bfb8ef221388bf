"""``[core] hostname_callable`` for the test's Celery workers: both run on this one machine."""

from __future__ import annotations

import os
import socket


def hostname() -> str:
    """The worker's name from CONVMON_TEST_WORKER_HOSTNAME (set per worker by the test)."""
    return os.environ.get("CONVMON_TEST_WORKER_HOSTNAME") or socket.getfqdn()
