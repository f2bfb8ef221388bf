"""Manually triggered GDPR erasure of one data subject (Art. 17) from the warehouse."""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import Param, dag, task
from convmon_common import DEFAULT_ARGS, WAREHOUSE_ASSET, WAREHOUSE_POOL, task_settings

DOC_MD = """
# subject_erasure

Forgets **one person**: derives their keyed pseudonym, deletes every row where they appear,
rebuilds the affected aggregates, compacts the database file so that no byte of them remains,
and records the erasure in the tamper-evident audit log (by a keyed reference, never by raw id).

Airflow keeps a run's conf in its metadata database and shows it in the UI, so the conf must not
hold the person's identifier. First seal the request where convmon's data lives (the
compliance officer, on a host with the convmon settings and the quarantine key):

```
convmon request-erasure --platform messenger --page 104857600000001 --user-id <PSID>
# prints a reference such as er20261126T071500-3f2a9c0d5e6b7a81
```

then trigger this DAG with only that reference, from the UI ("Trigger DAG" with the form) or:

```
airflow dags trigger subject_erasure --conf '{"request": "er20261126T071500-3f2a9c0d5e6b7a81"}'
```

A conf holding `user_id` or `phone` is refused (the values are masked in the logs, but Airflow
would already have stored them). The request file is deleted once the warehouse holds no trace
of the person; the task writes through pool `convmon_warehouse_writer`, so it never races a
nightly load, and XCom gets counts only.
"""


@dag(
    dag_id="subject_erasure",
    schedule=None,
    start_date=pendulum.datetime(2025, 1, 1, tz="UTC"),
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["convmon", "privacy", "gdpr"],
    doc_md=DOC_MD,
    params={
        "request": Param(
            "",
            type="string",
            description="Reference printed by `convmon request-erasure` (no personal data).",
        ),
    },
)
def subject_erasure() -> None:
    @task(pool=WAREHOUSE_POOL, outlets=[WAREHOUSE_ASSET], multiple_outputs=False)
    def forget(**context: Any) -> dict[str, Any]:
        """Carry out the sealed request; XCom gets the counts (no identifiers)."""
        from airflow.sdk.exceptions import AirflowFailException
        from airflow.sdk.log import mask_secret

        from pipeline.subject_requests import RAW_CONF_REFUSAL, carry_out, raw_identifiers

        params = context["params"]
        conf = getattr(context.get("dag_run"), "conf", None) or {}
        raw = raw_identifiers(params, conf)
        if raw:
            for key, value in raw.items():
                mask_secret(value, name=key)
            raise AirflowFailException(RAW_CONF_REFUSAL.format(keys=", ".join(raw)))
        reference = str(params.get("request") or "").strip()
        if not reference:
            raise AirflowFailException(
                "give the request reference printed by `convmon request-erasure` in the run conf"
            )
        result = carry_out(task_settings(), reference)
        if result["remaining_occurrences"]:
            raise AirflowFailException(
                f"erasure of request {reference} incomplete: "
                f"{result['remaining_occurrences']} occurrence(s) left; the request is kept"
            )
        return result

    forget()


subject_erasure()
