#!/usr/bin/env sh
# Set up courtperf in ./.venv from the pinned lock. `scripts/setup.sh test` also installs the
# system packages the browser and PostgreSQL tests need (scripts/system-packages.txt, via apt-get when
# run as root on Debian) and starts the services in scripts/services/ — what CI runs before pytest. It also
# installs the optional Spark target (requirements-spark.lock, ~0.5 GB, ~1.5 min the first time).
set -eu
cd "$(dirname "$0")/.."
say() { echo "courtperf setup: $*"; }
say "creating .venv and installing the pinned packages (requirements.lock; about 2 min the first time)"
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check -r requirements.lock -e .
say "preparing the dbt manifest (the indicator catalog compiled into dbt models, then dbt parse)"
# the dbt manifest the Dagster definitions read (importing them prepares nothing): the catalog compiled into dbt
# models, then `dbt parse` when anything changed (orchestration/dbt_manifest.py)
.venv/bin/dagster-dbt project prepare-and-package --file orchestration/dbt_manifest.py >/dev/null

if [ "${1:-}" = "test" ]; then
    # the optional Spark target, so CI proves DuckDB and Spark build identical marts (tests/test_spark.py)
    say "installing the optional Spark target (requirements-spark.lock; about 1.5 min the first time)"
    .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-spark.lock -e ".[spark]"
    # the MySQL/MariaDB driver, so CI reads a mapped source system from a real MariaDB (tests/test_sources_mariadb.py)
    say "installing the MySQL/MariaDB source driver (the mysql extra)"
    .venv/bin/pip install --quiet --disable-pip-version-check -e ".[mysql]"
    packages=$(grep -v '^#' scripts/system-packages.txt | tr '\n' ' ')
    missing=""
    for package in $packages; do
        dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
            say "installing system packages:$missing"
            apt-get update -qq >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
        else
            echo "courtperf setup: not root or no apt-get; tests that need$missing will be skipped" >&2
        fi
    fi
    for service in scripts/services/*.sh; do
        [ -e "$service" ] && sh "$service"
    done
fi
say "ready: .venv/bin/courtperf --help"
exit 0
