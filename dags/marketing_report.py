"""Marketing dashboard, refreshed whenever the warehouse Asset is updated."""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import dag, task
from convmon_common import DEFAULT_ARGS, WAREHOUSE_ASSET, task_settings

DOC_MD = """
# marketing_report

Scheduled on the `convmon_warehouse` Asset: runs after every successful `finalise` of
`conversation_monitoring` and after every `subject_erasure`. Renders the self-contained
dashboard `$CONVMON_DATA_DIR/reports/dashboard.html` from the marketing-only DuckDB file
(published marts, every group >= k customers). Reads aggregates only, never message-level data.
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
    @task(multiple_outputs=False)
    def write_dashboard() -> dict[str, Any]:
        """Write the dashboard HTML; XCom gets its path."""
        from pipeline.dashboard import write_dashboard as write

        settings = task_settings()
        out = write(settings.marketing_path, settings.reports_dir / "dashboard.html")
        return {"dashboard": str(out)}

    write_dashboard()


marketing_report()
