"""End to end scale run: ``run_interval`` over N generated messages, wall time and peak memory.

Usage: .venv/bin/python -m benchmarks.scale --messages 100000 [--days 28] [--workers 0]
       [--json PATH] [--base-conversations 600]

The demo generator makes base corpora, one per copy with its own seed; the input (``jsonl``
normalised messages) is written as a stream of them with rewritten ids (unique message,
conversation and customer ids) and dates shifted by whole base periods so that they spread
over ``--days``. The run happens in a fresh child interpreter (what ``convmon run`` does, via
``pipeline.run.run_interval``) with its own keys, warehouse and data folder in a temporary
directory; the parent samples the resident memory of the child and all its descendants
(``/proc``) and reads ``RUSAGE_CHILDREN`` afterwards. Only counts and timings are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.throughput import machine

BASE_START = date(2026, 11, 2)
BASE_DAYS = 14
SAMPLE_SECONDS = 0.25


def write_input(
    path: Path,
    messages: int,
    *,
    workdir: Path,
    days: int,
    base_conversations: int,
    seed: int = 7,
    page_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """Stream ``messages`` normalised messages to ``path``: each copy of the base corpus is
    generated with its own seed (``seed + copy``), so texts, names and values differ between
    copies as in a real inbox and the detector's cache of identical texts gets no unfair hits."""
    from pipeline.demo import generate

    periods = max(1, days // BASE_DAYS)
    ours = set(page_ids)
    written = copy = base_messages = 0
    base_dir = workdir / "base"
    with path.open("w", encoding="utf-8") as handle:
        while written < messages:
            shutil.rmtree(base_dir, ignore_errors=True)
            generate(
                base_dir,
                conversations=base_conversations,
                seed=seed + copy,
                start=BASE_START,
                days=BASE_DAYS,
            )
            lines = (base_dir / "jsonl" / "messages.jsonl").read_text(encoding="utf-8")
            base = [json.loads(line) for line in lines.splitlines() if line.strip()]
            if not base:
                raise RuntimeError("the demo generator wrote no message: check pipeline.demo")
            base_messages = base_messages or len(base)
            shift = timedelta(days=BASE_DAYS * (copy % periods))
            suffix = f"{copy:06d}"
            for record in base:
                if written >= messages:
                    break
                handle.write(json.dumps(_copy(record, suffix, shift, ours), ensure_ascii=False))
                handle.write("\n")
                written += 1
            copy += 1
    shutil.rmtree(base_dir, ignore_errors=True)
    return {
        "messages": written,
        "base_messages": base_messages,
        "copies": copy,
        "bytes": path.stat().st_size,
    }


def _copy(record: dict[str, Any], suffix: str, shift: timedelta, ours: set[str]) -> dict[str, Any]:
    out = dict(record)
    out["message_id"] = f"{record['message_id']}-{suffix}"
    out["conversation_id"] = f"{record['conversation_id']}-{suffix}"
    for key in ("sender_id", "recipient_id"):
        value = record.get(key)
        if value and value not in ours:
            out[key] = f"{value}{suffix}"
    created = datetime.fromisoformat(str(record["created_time"]).replace("Z", "+00:00"))
    out["created_time"] = (created + shift).isoformat()
    return out


# --- memory sampling ----------------------------------------------------------------------


def _children_map() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text(encoding="utf-8")
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kib(root: int) -> tuple[int, int]:
    """(sum of RSS over ``root`` and its descendants, number of processes), in KiB."""
    tree = _children_map()
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(tree.get(pid, []))
    return sum(_rss_kib(pid) for pid in seen), len(seen)


def run_child(
    env: dict[str, str], cwd: Path, args: list[str], log: Callable[[str], None]
) -> dict[str, Any]:
    """Run ``python -m benchmarks.scale --child ...``; sample its process tree's memory."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.scale", "--child", *args],
        env=env,
        cwd=cwd,
    )
    peak_tree = peak_root = 0
    most_processes = 1
    samples: list[tuple[float, int]] = []
    while child.poll() is None:
        total, processes = tree_rss_kib(child.pid)
        peak_tree = max(peak_tree, total)
        peak_root = max(peak_root, _rss_kib(child.pid))
        most_processes = max(most_processes, processes)
        samples.append((round(time.perf_counter() - started, 2), total))
        time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if child.returncode != 0:
        raise RuntimeError(f"the run failed (exit {child.returncode}); see its log above")
    log(f"run finished in {wall:.1f}s, peak tree RSS {peak_tree / 1024:.0f} MiB")
    return {
        "wall_s": round(wall, 2),
        "peak_tree_rss_mib": round(peak_tree / 1024, 1),
        "peak_main_rss_mib": round(peak_root / 1024, 1),
        "max_single_process_rss_mib": round(usage.ru_maxrss / 1024, 1),
        "processes": most_processes,
        "samples": samples[:: max(1, len(samples) // 200)],
    }


def child_main(start: date, end: date, source: str, result_path: Path) -> int:
    """Inside the child: the run as ``convmon run`` does it, with a progress line every 10 s."""
    import logging

    from pipeline.run import run_interval
    from pipeline.settings import Settings

    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(name)s %(message)s", stream=sys.stderr
    )
    logging.getLogger("convmon").setLevel(logging.DEBUG)
    settings = Settings()
    done = 0
    clock = time.perf_counter()
    last = clock

    def progress(count: int) -> None:
        nonlocal done, last
        done += count
        now = time.perf_counter()
        if now - last >= 10:
            last = now
            print(
                f"  {done:,} messages anonymised, {done / (now - clock):,.0f} msg/s",
                file=sys.stderr,
                flush=True,
            )

    summary = run_interval(settings, start=start, end=end, sources=[source], progress=progress)
    keep = {k: summary.get(k) for k in ("status", "duration_s", "throughput_msgs_per_s", "totals")}
    keep["errors"] = len(summary.get("errors") or [])
    result_path.write_text(json.dumps(keep, indent=2), encoding="utf-8")
    return 0 if summary.get("status") == "succeeded" else 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.scale", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--days", type=int, default=28, help="interval length (multiple of 14)")
    parser.add_argument("--workers", type=int, default=0, help="CONVMON_WORKERS (0: one per core)")
    parser.add_argument("--base-conversations", type=int, default=600)
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--child", nargs=4, metavar=("START", "END", "SOURCE", "RESULT"))
    args = parser.parse_args(argv)
    if args.child:
        start, end, source, result = args.child
        return child_main(date.fromisoformat(start), date.fromisoformat(end), source, Path(result))
    if args.messages < 1 or args.days < BASE_DAYS:
        parser.error(f"--messages must be at least 1 and --days at least {BASE_DAYS}")

    def log(line: str) -> None:
        print(f"[{datetime.now():%H:%M:%S}] {line}", file=sys.stderr, flush=True)

    from pipeline.settings import Settings

    page_ids = Settings(_env_file=None).page_ids
    with tempfile.TemporaryDirectory(prefix="convmon-scale-") as tmp:
        work = Path(tmp)
        source_file = work / "input" / "messages.jsonl"
        source_file.parent.mkdir(parents=True)
        log(f"writing {args.messages:,} messages")
        clock = time.perf_counter()
        written = write_input(
            source_file,
            args.messages,
            workdir=work,
            days=args.days,
            base_conversations=args.base_conversations,
            page_ids=page_ids,
        )
        written["seconds"] = round(time.perf_counter() - clock, 1)
        log(f"input: {written}")
        keys = work / "keys"
        keys.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith("CONVMON_")}
        for name in ("pseudonym", "quarantine"):
            key = keys / f"{name}.key"
            key.write_text(secrets.token_hex(32) + "\n", encoding="utf-8")
            key.chmod(0o600)
            env[f"CONVMON_{name.upper()}_KEY_FILE"] = str(key)
        env["CONVMON_WAREHOUSE"] = str(work / "warehouse" / "convmon.duckdb")
        env["CONVMON_DATA_DIR"] = str(work / "var")
        env["CONVMON_WORKERS"] = str(args.workers)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(Path(__file__).resolve().parent.parent), env.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep)
        result_file = work / "result.json"
        end = BASE_START + timedelta(days=args.days)
        log("running")
        measured = run_child(
            env,
            work,
            [BASE_START.isoformat(), end.isoformat(), f"jsonl:{source_file}", str(result_file)],
            log,
        )
        run = json.loads(result_file.read_text(encoding="utf-8"))
        warehouse_mib = (work / "warehouse" / "convmon.duckdb").stat().st_size / 2**20
    payload = {
        "machine": machine(),
        "messages": args.messages,
        "days": args.days,
        "workers": args.workers,
        "input": written,
        "run": run,
        "warehouse_mib": round(warehouse_mib, 1),
        **measured,
    }
    summary = {k: v for k, v in payload.items() if k not in ("samples", "machine")}
    print(json.dumps(summary, indent=2))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
