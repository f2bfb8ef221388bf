"""Marketing dashboard, refreshed whenever the warehouse Asset is updated."""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import dag, task
from convmon_common import DEFAULT_ARGS, WAREHOUSE_ASSET, task_settings

DOC_MD = """
# marketing_report

Scheduled on the `convmon_warehouse` Asset: runs after every successful load of
`conversation_monitoring` (and after an erasure). Writes the marketing-only DuckDB file (published
marts, every group >= k customers) and the self-contained dashboard
`$CONVMON_DATA_DIR/reports/dashboard.html`. Reads aggregates only; no message-level data.
"""


@dag(
    dag_id="marketing_report",
    schedule=[WAREHOUSE_ASSET],
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["convmon", "marketing", "dashboard"],
    doc_md=DOC_MD,
)
def marketing_report() -> None:
    @task
    def write_dashboard() -> dict[str, Any]:
        """Write the dashboard HTML; XCom gets its path."""
        from pipeline.dashboard import write_dashboard as write

        settings = task_settings()
        out = settings.reports_dir / "dashboard.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        return {"dashboard": str(write(settings, out))}

    write_dashboard()


marketing_report()
