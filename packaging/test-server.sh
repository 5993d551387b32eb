#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the test suite with a throwaway PostgreSQL cluster, so every test marked BOTH_BACKENDS runs
# against SQLite and against PostgreSQL. Called by `packaging/dev.sh test` inside pg_virtualenv,
# which has started the cluster and exported PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
#
#   packaging/test-server.sh BUILD_DIR [CTEST ARGS...]
#
# Each test copies its own database from the template made here (CREATE DATABASE … TEMPLATE),
# which is much quicker than creating the schema each time.
set -euo pipefail
build=$(cd "$1" && pwd); shift

template=orgdesk_template
# UTF-8 with a UTF-8 character type: pg_trgm then indexes Chinese as well.
createdb -E UTF8 --locale=C.UTF-8 -T template0 "$template"
"$build/app/orgdesk-cli" --db "dbname=$template" init >/dev/null
export ORGDESK_TEST_TEMPLATE=$template
cd "$build"
ctest "$@"
