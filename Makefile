# Shorthands for the README's commands. Setting up has one path: scripts/setup.sh (the lock file into .venv,
# then the dbt manifest); `make test` is exactly what CI runs (.ci/run).
.PHONY: setup demo test lint clean

setup:
	sh scripts/setup.sh

demo: setup
	.venv/bin/courtperf demo

test:
	sh scripts/setup.sh test && .venv/bin/python -m pytest

lint: setup
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/python scripts/lint_sql.py lint dbt_project/models dbt_project/snapshots dbt_project/tests
	.venv/bin/python scripts/lint_sql.py lint --config scripts/sqlfluff_rendered.cfg dbt_project/models/intermediate/indicators/generated dbt_project/models/intermediate/configuration dbt_project/models/marts/indicators/generated

clean:
	rm -rf .venv .courtperf dbt_project/target dbt_project/logs
