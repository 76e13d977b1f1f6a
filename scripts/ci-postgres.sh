#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster (if stopped) and creates the role and database the Postgres
# store suite uses: postgres://csc_drill:csc_drill@127.0.0.1:5432/csc_drill_test. Idempotent.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then echo "not root: cannot start PostgreSQL; the Postgres suite will skip"; exit 0; fi
version=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1)
if [ -z "$version" ]; then echo "PostgreSQL is not installed; the Postgres suite will skip"; exit 0; fi
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then pg_createcluster "$version" main; fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
pg_isready -h 127.0.0.1
psql_as() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
[ "$(psql_as "SELECT 1 FROM pg_roles WHERE rolname = 'csc_drill'")" = 1 ] ||
  psql_as "CREATE ROLE csc_drill LOGIN PASSWORD 'csc_drill'"
[ "$(psql_as "SELECT 1 FROM pg_database WHERE datname = 'csc_drill_test'")" = 1 ] ||
  psql_as "CREATE DATABASE csc_drill_test OWNER csc_drill"
echo "PostgreSQL $version ready: role csc_drill, database csc_drill_test"
