"""Run in a subprocess: parse the DAG folder, print what the integrity tests check as JSON."""

from __future__ import annotations

import json
import sys

HEAVY = (
    "presidio_analyzer",
    "presidio_anonymizer",
    "spacy",
    "great_expectations",
    "duckdb",
    "pipeline.run",
    "pyarrow",
    "pandas",
    "torch",
    "transformers",
)


def main() -> None:
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=sys.argv[1])
    dags = {}
    for dag_id, dag in bag.dags.items():
        dags[dag_id] = {
            "tags": sorted(dag.tags or []),
            "doc_md": dag.doc_md or "",
            "owner": dag.owner,
            "fileloc": dag.fileloc,
            "tasks": {
                task.task_id: {
                    "retries": task.retries,
                    "backoff": float(task.retry_exponential_backoff or 0),
                    "pool": task.pool,
                    "mapped": bool(getattr(task, "is_mapped", False)),
                    "outlets": [getattr(o, "name", str(o)) for o in task.outlets],
                }
                for task in dag.tasks
            },
        }
    heavy = sorted(name for name in HEAVY if name in sys.modules)
    print(json.dumps({"import_errors": bag.import_errors, "dags": dags, "heavy": heavy}))


if __name__ == "__main__":
    main()
