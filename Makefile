# convmon: two commands do everything on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo .venv-uv/bin/uv)
VENV := .venv
CONVMON := $(VENV)/bin/convmon
DEMO_DIR ?= var/demo
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help run test check bench install install-dev demo clean lock dashboard test-distributed

help: ## list the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(UV):
	@echo "uv not found: bootstrapping it with pip into .venv-uv"
	$(PYTHON) -m venv .venv-uv && .venv-uv/bin/pip install --quiet uv

install: $(UV) ## create .venv from uv.lock (runtime dependencies)
	$(UV) sync --frozen --no-dev --inexact

install-dev: $(UV) ## create .venv from uv.lock with dev tools and the Airflow extra
	$(UV) sync --frozen --all-extras

run: install ## a real run over the bundled demo data into warehouse/convmon.duckdb
	$(CONVMON) demo-run --demo-dir $(DEMO_DIR)

test: install-dev ## run the whole test suite
	$(VENV)/bin/python -m pytest

test-distributed: install-dev ## only the Airflow CeleryExecutor test (PostgreSQL + Redis + 2 workers)
	$(VENV)/bin/python -m pytest -m distributed

check: install-dev ## ruff, mypy strict on pipeline/ and privacy/, pip-audit over the lock file
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(UV) export --frozen --all-extras --no-hashes --no-emit-project -o var/requirements-audit.txt >/dev/null
	$(VENV)/bin/pip-audit --strict --disable-pip --no-deps -r var/requirements-audit.txt || echo "pip-audit could not reach its vulnerability service (no network?)"

bench: install-dev ## throughput benchmark (writes numbers to stdout; see docs/benchmarks.md)
	$(VENV)/bin/python -m benchmarks.throughput

dashboard: install ## write the marketing dashboard of the demo warehouse to var/dashboard.html
	$(CONVMON) dashboard -o var/dashboard.html

lock: $(UV) ## re-resolve uv.lock after editing pyproject.toml
	$(UV) lock

clean: ## remove the demo warehouse, var/ and the virtualenvs
	rm -rf warehouse var .venv .venv-uv
