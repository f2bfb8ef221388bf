"""Headless Chromium for tests: install it when missing, render a local HTML file.

Console errors are collected two ways: Chromium's console log on stderr (``--enable-logging=stderr``
logs every console message at level INFO, so messages that look like errors, e.g. "Uncaught ...",
count as errors; all of them are in ``console_messages``), and a ``data-console-errors`` attribute
that a page may keep on ``<html>`` (its ``window.onerror`` / ``console.error`` wrappers append
there, one per line), read back from the dumped DOM. Pages under test should do the latter.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
)
_CONSOLE_LINE = re.compile(r'CONSOLE[:(]\d+\)?\] "(?P<msg>.*)", source: (?P<source>.*)$')
_DOM_ERRORS = re.compile(r'data-console-errors="(?P<errs>[^"]*)"')
_ERROR_WORDS = ("Uncaught", "Error", "error", "Refused", "Failed to load")


@dataclass(frozen=True)
class RenderResult:
    """What a headless render produced: console errors, the DOM after scripts, a screenshot."""

    console_errors: list[str]
    dom: str
    screenshot_png: Path
    console_messages: list[str] = field(default_factory=list)


def ensure_chromium() -> str:
    """Path of Debian's chromium, installing it with apt-get when it is missing."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    found = shutil.which("chromium")
    if found:
        return found
    if shutil.which("apt-get") is None:
        raise RuntimeError("chromium is missing and apt-get is not available: install chromium")
    sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env, timeout=900)
    subprocess.run(
        [*sudo, "apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env, timeout=1800
    )
    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"apt-get installed chromium but {CHROMIUM} is missing")
    return CHROMIUM


def _console_messages(stderr: str) -> list[str]:
    messages = []
    for line in stderr.splitlines():
        match = _CONSOLE_LINE.search(line)
        if match is not None:
            messages.append(match.group("msg").strip())
    return messages


def _dom_errors(dom: str) -> list[str]:
    match = _DOM_ERRORS.search(dom)
    if match is None or not match.group("errs").strip():
        return []
    return [part for part in html.unescape(match.group("errs")).split("\n") if part.strip()]


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, capture_output=True, text=True, timeout=timeout, check=False, stdin=subprocess.DEVNULL
    )


def render(
    html_path: Path | str,
    *,
    window: tuple[int, int] = (1280, 2000),
    budget_ms: int = 3000,
    timeout: float = 120.0,
) -> RenderResult:
    """Open ``html_path`` in headless Chromium; return console errors, DOM and a screenshot."""
    chromium = ensure_chromium()
    page = Path(html_path).resolve()
    url = page.as_uri()
    out_dir = Path(tempfile.mkdtemp(prefix="convmon-render-"))
    screenshot = out_dir / f"{page.stem}.png"
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        common = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={window[0]},{window[1]}",
            f"--virtual-time-budget={budget_ms}",
        ]
        dumped = _run([*common, "--dump-dom", url], timeout)
        shot = _run([*common, f"--screenshot={screenshot}", url], timeout)
    if dumped.returncode != 0 or not dumped.stdout:
        raise RuntimeError(
            f"chromium --dump-dom failed ({dumped.returncode}): {dumped.stderr[-2000:]}"
        )
    if not screenshot.exists():
        raise RuntimeError(f"chromium --screenshot wrote nothing: {shot.stderr[-2000:]}")
    messages = _console_messages(dumped.stderr)
    errors = [m for m in messages if any(word in m for word in _ERROR_WORDS)]
    errors += [e for e in _dom_errors(dumped.stdout) if e not in errors]
    return RenderResult(
        console_errors=errors,
        dom=dumped.stdout,
        screenshot_png=screenshot,
        console_messages=messages,
    )
