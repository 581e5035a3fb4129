# The README's two commands, spelled out. Everything installs into .venv from the lock file.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test lint clean

$(BIN)/courtperf: requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock -e .
	touch $(BIN)/courtperf

setup: $(BIN)/courtperf

demo: setup
	$(BIN)/courtperf demo

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/sqlfluff lint dbt_project/models dbt_project/snapshots

clean:
	rm -rf $(VENV) .courtperf dbt_project/target dbt_project/logs
