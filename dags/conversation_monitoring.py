"""Nightly convmon run: one daily data interval, sharded extraction, a single warehouse writer."""

from __future__ import annotations

import os
from datetime import date
from typing import Any

import pendulum
from airflow.sdk import CronDataIntervalTimetable, Param, dag, task
from convmon_common import DEFAULT_ARGS, WAREHOUSE_ASSET, WAREHOUSE_POOL, task_settings

DOC_MD = """
# conversation_monitoring

Reads the private conversations of **one day** (the run's data interval, half-open
`[data_interval_start, data_interval_end)` in UTC), pseudonymises every piece of personal data
and loads only anonymised rows and aggregates into the DuckDB warehouse.

| task | what it does |
|---|---|
| `begin` | a new convmon run id and the day interval |
| `plan` | the source shards (`shards` param per source, default 2) |
| `extract_anonymise` | one mapped task per source shard: read, pseudonymise, stage Parquet |
| `validate` | Great Expectations suite over the staged partitions (a failure stops the run) |
| `load` | replaces each day in one transaction (pool `convmon_warehouse_writer`, 1 slot) |
| `finalise` | marts, audit log entry, run report; updates the `convmon_warehouse` Asset |

* **Idempotent**: re-running or back-filling an interval yields the same warehouse.
  Backfill: `airflow backfill create --dag-id conversation_monitoring --from-date 2025-01-01
  --to-date 2025-01-31`.
* **Secrets**: Variables `convmon_pseudonym_key`, `convmon_quarantine_key` (or a secrets backend),
  Connection `convmon_graph_api` (password = Page token). They are masked in task logs.
* **XCom** holds only run ids, paths and counts, never message text.
* Sources: `CONVMON_SOURCE` on the workers, or the `sources` param (`FORMAT:PATH`).
* A manual run processes the previous day (Airflow 3 infers a manual run's interval from the
  trigger time); give params `start` and `end` to reprocess other days.
"""


def _interval(context: dict[str, Any]) -> tuple[str, str]:
    """The days [start, end): the ``start``/``end`` params when given, else the data interval."""
    params = context["params"]
    if params.get("start") or params.get("end"):
        if not (params.get("start") and params.get("end")):
            raise ValueError("give both params start and end (YYYY-MM-DD), or neither")
        start_day = date.fromisoformat(params["start"])
        end_day = date.fromisoformat(params["end"])
    else:
        start, end = context.get("data_interval_start"), context.get("data_interval_end")
        if start is None or end is None:
            raise ValueError("this run has no data interval: give params start and end")
        start_day = start.in_timezone("UTC").date()
        end_day = end.in_timezone("UTC").date()
    if end_day <= start_day:
        raise ValueError(f"empty interval [{start_day}, {end_day}): end must be after start")
    return start_day.isoformat(), end_day.isoformat()


@dag(
    dag_id="conversation_monitoring",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=os.environ.get("CONVMON_AIRFLOW_CATCHUP", "false").lower() in {"1", "true", "yes"},
    max_active_runs=2,
    default_args=DEFAULT_ARGS,
    tags=["convmon", "privacy", "warehouse"],
    doc_md=DOC_MD,
    params={
        "shards": Param(2, type="integer", minimum=1, maximum=64, description="Shards per source."),
        "start": Param(
            None,
            type=["null", "string"],
            description="First day (YYYY-MM-DD) to reprocess; empty: the run's data interval.",
        ),
        "end": Param(
            None,
            type=["null", "string"],
            description="Day after the last one (YYYY-MM-DD), with start.",
        ),
        "sources": Param(
            [],
            type="array",
            items={"type": "string"},
            description="FORMAT:PATH sources; empty means CONVMON_SOURCE of the workers.",
        ),
    },
)
def conversation_monitoring() -> None:
    @task(multiple_outputs=True)
    def begin(**context: Any) -> dict[str, str]:
        """A new convmon run id and the day interval [start, end) of this DAG run; removes the
        staging folders and temporary files of runs that were killed."""
        from pipeline import run
        from pipeline.cleanup import remove_leftovers

        start, end = _interval(context)
        run_id = run.new_run_id()
        remove_leftovers(task_settings(), current_run=run_id)
        return {"run_id": run_id, "start": start, "end": end}

    @task
    def plan(**context: Any) -> list[dict[str, Any]]:
        """The source shards; each names a source spec (a path) and a shard number, never data."""
        from pipeline import run

        params = context["params"]
        return list(
            run.plan_shards(
                task_settings(),
                sources=list(params["sources"]) or None,
                shards=int(params["shards"]),
            )
        )

    @task(map_index_template="{{ shard_label }}", multiple_outputs=False)
    def extract_anonymise(
        convmon_run: str, start: str, end: str, shard: dict[str, Any]
    ) -> dict[str, Any]:
        """Read, anonymise and stage one source shard; returns its counts and staged files."""
        from datetime import date

        from airflow.sdk import get_current_context

        from pipeline import run

        source_format = str(shard["source"]).split(":", 1)[0]
        label = f"{source_format} {shard['shard']}/{shard['of']}"
        get_current_context()["shard_label"] = label  # type: ignore[typeddict-unknown-key]

        return dict(
            run.extract_shard(
                task_settings(),
                run_id=convmon_run,
                start=date.fromisoformat(start),
                end=date.fromisoformat(end),
                source=str(shard["source"]),
                shard=int(shard["shard"]),
                of=int(shard["of"]),
                source_index=int(shard["source_index"]),
            )
        )

    @task(multiple_outputs=False)
    def validate(
        convmon_run: str, start: str, end: str, shard_results: list[dict[str, Any]]
    ) -> dict[str, Any]:
        """Validate the staged partitions; a failed suite fails the run without retrying."""
        from datetime import date

        from airflow.sdk.exceptions import AirflowFailException

        from pipeline import run
        from pipeline.validate import ValidationFailedError

        del shard_results
        try:
            return dict(
                run.validate_partitions(
                    task_settings(),
                    run_id=convmon_run,
                    start=date.fromisoformat(start),
                    end=date.fromisoformat(end),
                )
            )
        except ValidationFailedError as exc:
            raise AirflowFailException(f"staged data failed validation: {exc}") from exc

    @task(pool=WAREHOUSE_POOL, multiple_outputs=False)
    def load(convmon_run: str, start: str, end: str, validation: dict[str, Any]) -> dict[str, Any]:
        """Replace the interval's days in the warehouse (the single writer)."""
        from datetime import date

        from pipeline import run

        del validation
        return dict(
            run.load_partitions(
                task_settings(),
                run_id=convmon_run,
                start=date.fromisoformat(start),
                end=date.fromisoformat(end),
            )
        )

    @task(pool=WAREHOUSE_POOL, outlets=[WAREHOUSE_ASSET], multiple_outputs=False)
    def finalise(
        convmon_run: str,
        start: str,
        end: str,
        shard_results: list[dict[str, Any]],
        loaded: dict[str, Any],
    ) -> dict[str, Any]:
        """Marts, audit log and run report; XCom keeps report paths and totals only."""
        from datetime import date

        from pipeline import run

        result = run.finalise(
            task_settings(),
            run_id=convmon_run,
            start=date.fromisoformat(start),
            end=date.fromisoformat(end),
            shard_results=list(shard_results),
            load_result=dict(loaded),
        )
        summary = result.get("summary") or {}
        return {
            "run_id": convmon_run,
            "status": summary.get("status"),
            "totals": summary.get("totals"),
            "report_json": str(result["report_json"]),
            "report_html": str(result["report_html"]),
        }

    started = begin()
    convmon_run, start, end = started["run_id"], started["start"], started["end"]
    shard_results = extract_anonymise.partial(convmon_run=convmon_run, start=start, end=end).expand(
        shard=plan()
    )
    validation = validate(convmon_run, start, end, shard_results)
    loaded = load(convmon_run, start, end, validation)
    finalise(convmon_run, start, end, shard_results, loaded)


conversation_monitoring()
