"""Build the marts over N synthetic messages (default one million) and print the build time.

Usage: .venv/bin/python benchmarks/marts_scale.py [--messages 1000000] [--threads 2]

Rows are generated in SQL with ``range()`` in a temporary DuckDB file: 20,000 customers on two
Pages and four platforms, conversations of 10 messages alternating customer and business, over
90 days, with topics, sentiment, ads and conversions. Nothing is kept afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import duckdb

from pipeline.marts import build_marts, export_marketing
from pipeline.paths import schema_path
from pipeline.settings import Settings

GENERATE = """
INSERT INTO messages
SELECT
    'm' || i AS message_key,
    'c' || (i // 10) AS conversation_key,
    ['messenger', 'instagram', 'whatsapp', 'telegram'][1 + (i // 10) % 4] AS platform,
    ['104857600000001', '104857600000002'][1 + (i // 40) % 2] AS page_id,
    CAST(ts AS DATE) AS day,
    ts AS created_time,
    CASE WHEN i % 2 = 0 THEN 'k' || ((i // 10) % $customers) ELSE 'agent' END AS sender_key,
    CASE WHEN i % 2 = 0 THEN 'customer' ELSE 'agent' END AS sender_role,
    NULL AS recipient_key,
    'k' || ((i // 10) % $customers) AS customer_key,
    'it' AS language,
    '<CUSTOMER> ...' AS text_anon,
    40 AS n_chars,
    '{}' AS entity_counts,
    0 AS attachment_count,
    [] AS attachment_types,
    CASE WHEN i % 10 = 0 AND (i // 10) % 7 = 0 THEN 'AD-' || ((i // 10) % 5) END AS referral_ad_id,
    NULL AS referral_ref,
    CASE (i % 5) WHEN 0 THEN ['shipping'] WHEN 2 THEN ['returns_refunds', 'complaint']
        WHEN 4 THEN ['product_info'] ELSE [] END AS topics,
    ['negative', 'neutral', 'positive'][1 + (i // 2) % 3] AS sentiment,
    'jsonl' AS source_format,
    'bench' AS run_id,
    (i % 10 = 8 AND (i // 10) % 9 = 0) AS conversion
FROM (
    SELECT
        i,
        TIMESTAMPTZ '2026-01-01 00:00:00+00'
            + to_seconds(((i // 10) * 7919) % (90 * 86400))
            + to_seconds((i % 10) * (300 + (i * 37) % 7200)) AS ts
    FROM range($messages) AS t(i)
)
"""


def _cpu() -> float:
    """CPU seconds of this process (all threads): honest on a shared, loaded machine."""
    usage = os.times()
    return usage.user + usage.system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--threads", type=int, default=0, help="DuckDB threads (0: default)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="convmon-bench-") as tmp:
        root = Path(tmp)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            warehouse=root / "convmon.duckdb",
            marketing_warehouse=root / "marketing.duckdb",
        )
        con = duckdb.connect(str(settings.warehouse))
        if args.threads:
            con.execute(f"SET threads = {int(args.threads)}")
        con.execute("SET TimeZone = 'UTC'")
        con.execute(schema_path("warehouse.sql").read_text(encoding="utf-8"))
        started = time.perf_counter()
        con.execute(GENERATE, {"messages": args.messages, "customers": args.customers})
        generated = time.perf_counter() - started
        started, cpu_started = time.perf_counter(), _cpu()
        result = build_marts(con, settings)
        built, built_cpu = time.perf_counter() - started, _cpu() - cpu_started
        con.execute("CHECKPOINT")
        con.close()
        started = time.perf_counter()
        export_marketing(settings)
        exported = time.perf_counter() - started
        threads = args.threads or "default"
        print(
            json.dumps(
                {
                    "messages": args.messages,
                    "customers": args.customers,
                    "threads": threads,
                    "generate_s": round(generated, 2),
                    "build_marts_s": round(built, 2),
                    "build_marts_cpu_s": round(built_cpu, 2),
                    "load_average_1min": round(os.getloadavg()[0], 1),
                    "export_s": round(exported, 2),
                    "suppressed_cells": result.suppressed_cells,
                    "rolled_up_rows": result.rolled_up_rows,
                    "rows_by_mart": result.rows_by_mart,
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
