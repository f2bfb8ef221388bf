#!/usr/bin/env bash
# Container health for whichever Airflow component this container runs (PID 1's command).
set -euo pipefail

cmdline="$(tr '\0' ' ' < /proc/1/cmdline)"
case "${cmdline}" in
    *api-server*)
        curl --fail --silent --show-error "http://localhost:8080/api/v2/monitor/health" > /dev/null
        ;;
    *celery*worker*)
        celery --app airflow.providers.celery.executors.celery_executor.app inspect ping \
            -d "celery@${HOSTNAME}" > /dev/null
        ;;
    *scheduler*)
        airflow jobs check --job-type SchedulerJob --local
        ;;
    *dag-processor*)
        airflow jobs check --job-type DagProcessorJob --local
        ;;
    *triggerer*)
        airflow jobs check --job-type TriggererJob --local
        ;;
    *)
        python -c "import airflow, pipeline.settings"
        ;;
esac
