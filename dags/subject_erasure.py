"""Manually triggered GDPR erasure of one data subject (Art. 17) from the warehouse."""

from __future__ import annotations

from typing import Any

import pendulum
from airflow.sdk import Param, dag, task
from convmon_common import DEFAULT_ARGS, WAREHOUSE_ASSET, WAREHOUSE_POOL, task_settings

DOC_MD = """
# subject_erasure

Forgets **one person**: derives their keyed pseudonym from the identifiers below, deletes every
row where they appear, rebuilds the affected aggregates, compacts the database file so that no
byte of them remains, and records the erasure in the tamper-evident audit log (by pseudonym,
never by raw id).

Trigger it from the UI ("Trigger DAG" with the form) or the CLI:

```
airflow dags trigger subject_erasure --conf '{"platform": "messenger",
  "page_id": "104857600000001", "user_id": "<PSID>"}'
```

Give `user_id` (platform-scoped id) or `phone` (WhatsApp). The identifiers are masked in task
logs and never returned in XCom; the task writes through pool `convmon_warehouse_writer`, so it
never races a nightly load.
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
        "platform": Param(
            "messenger",
            type="string",
            enum=["messenger", "instagram", "whatsapp", "telegram"],
            description="Platform the identifier belongs to.",
        ),
        "page_id": Param("", type="string", description="The business Page / account id."),
        "user_id": Param(None, type=["null", "string"], description="Platform user id."),
        "phone": Param(None, type=["null", "string"], description="Phone number (WhatsApp)."),
    },
)
def subject_erasure() -> None:
    @task(pool=WAREHOUSE_POOL, outlets=[WAREHOUSE_ASSET], multiple_outputs=False)
    def forget(**context: Any) -> dict[str, Any]:
        """Erase the subject; XCom gets the counts the erasure returns (no identifiers)."""
        from airflow.sdk.exceptions import AirflowFailException
        from airflow.sdk.log import mask_secret

        from pipeline.erasure import forget_subject

        params = context["params"]
        user_id = params.get("user_id") or None
        phone = params.get("phone") or None
        if user_id is None and phone is None:
            raise AirflowFailException("give the subject's user_id or phone in the run conf")
        if not params.get("page_id"):
            raise AirflowFailException("give the page_id the subject wrote to in the run conf")
        for name, value in (("user_id", user_id), ("phone", phone)):
            if value is not None:
                mask_secret(value, name=name)
        result = forget_subject(
            task_settings(),
            platform=params["platform"],
            page_id=params["page_id"],
            user_id=user_id,
            phone=phone,
        )
        return {key: value for key, value in result.items() if key not in {"user_id", "phone"}}

    forget()


subject_erasure()
