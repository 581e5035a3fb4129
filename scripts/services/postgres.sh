#!/usr/bin/env sh
# Start a PostgreSQL server on localhost:5432 for the tests of the production Dagster instance
# (dagster.postgres.yaml), and create their role and databases. Idempotent and quick; run by
# `scripts/setup.sh test` (so by .ci/run). Without root or without the Debian packages it says so and
# does nothing: those tests then skip with that reason.
#
# Test-only credentials (a throwaway server on loopback): role courtperf / password courtperf owns the
# databases courtperf_dagster (Dagster's storage) and courtperf_source (a source system); role
# courtperf_etl reads the source.
set -eu
if [ "$(id -u)" != "0" ] || ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "courtperf setup: not root or PostgreSQL not installed; PostgreSQL tests will be skipped" >&2
    exit 0
fi
cluster=$(pg_lsclusters -h | awk '$3 == 5432 {print $1 " " $2; exit}')
if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster --port 5432 "$version" main >/dev/null
    cluster="$version main"
fi
# shellcheck disable=SC2086 # "<version> <name>"
if ! pg_lsclusters -h | awk '$3 == 5432 {print $4}' | grep -q online; then
    pg_ctlcluster $cluster start
fi
i=0
until su postgres -c "pg_isready -q -h localhost -p 5432" 2>/dev/null; do
    i=$((i + 1))
    [ "$i" -gt 30 ] && { echo "courtperf setup: PostgreSQL did not start" >&2; exit 1; }
    sleep 1
done
psql_admin() { su postgres -c "psql -p 5432 -v ON_ERROR_STOP=1 -tAq -c \"$1\""; }
[ "$(psql_admin "select 1 from pg_roles where rolname = 'courtperf'")" = "1" ] ||
    psql_admin "create role courtperf login password 'courtperf'"
# a source-system login with a distinctive password, which the leak test looks for in every log
[ "$(psql_admin "select 1 from pg_roles where rolname = 'courtperf_etl'")" = "1" ] ||
    psql_admin "create role courtperf_etl login password 'Qz7-etl-k9Vw-src'"
for db in courtperf_dagster courtperf_source; do
    [ "$(psql_admin "select 1 from pg_database where datname = '$db'")" = "1" ] ||
        psql_admin "create database $db owner courtperf"
done
echo "courtperf setup: PostgreSQL $cluster on localhost:5432 (role courtperf; databases courtperf_dagster, courtperf_source)"
