#!/usr/bin/env sh
# Start a MariaDB server on 127.0.0.1:3306 for the test of a mapped source system on MySQL/MariaDB
# (tests/test_sources_mariadb.py), and create its database and logins. Idempotent and quick; run by
# `scripts/setup.sh test` (so by .ci/run). Without root or without the Debian package it says so and does
# nothing: that test then skips with that reason (and fails under CI=true).
#
# Test-only credentials (a throwaway server on loopback): courtperf_vendor is the vendor's database;
# login courtperf / courtperf writes it (the test plays the vendor's system), courtperf_etl / Qz7-etl-k9Vw-src
# may only read it, as courtperf's login on a court's server should.
set -eu
if [ "$(id -u)" != "0" ] || ! command -v mariadb >/dev/null 2>&1; then
    echo "courtperf setup: not root or MariaDB not installed; the MariaDB source test will be skipped" >&2
    exit 0
fi
if ! mariadb-admin ping --silent >/dev/null 2>&1; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    # no systemd in containers: the Debian init script starts mysqld_safe in the background
    /etc/init.d/mariadb start >/dev/null 2>&1 || (mysqld_safe --bind-address=127.0.0.1 >/dev/null 2>&1 &)
fi
i=0
until mariadb-admin ping --silent >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -gt 60 ] && { echo "courtperf setup: MariaDB did not start" >&2; exit 1; }
    sleep 1
done
mariadb -e "
create database if not exists courtperf_vendor character set utf8mb4;
create user if not exists 'courtperf'@'%' identified by 'courtperf';
create user if not exists 'courtperf_etl'@'%' identified by 'Qz7-etl-k9Vw-src';
grant all privileges on courtperf_vendor.* to 'courtperf'@'%';
grant select on courtperf_vendor.* to 'courtperf_etl'@'%';
flush privileges;"
echo "courtperf setup: MariaDB on 127.0.0.1:3306 (database courtperf_vendor; logins courtperf, courtperf_etl)"
