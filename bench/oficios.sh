#!/usr/bin/env bash
# Oficio intake benchmark (RecibirOficio over SOAP and REST at concurrency 1, 4 and 16) against a
# real WildFly with SCR deployed on PostgreSQL. Prints oficios/s and p50/p95/p99 latency.
#
#   bench/oficios.sh                 # builds, recreates the database, starts a server, measures, stops it
#   SECONDS_PER_RUN=30 bench/oficios.sh
#
# Settings (environment): BENCH_DB (scr_bench_oficios), PGHOST (127.0.0.1), PGUSER (postgres),
# BENCH_PORT_OFFSET (400), SECONDS_PER_RUN (20), SKIP_BUILD=1 to reuse ear/target/scr.ear.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DB=${BENCH_DB:-scr_bench_oficios}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
OFFSET=${BENCH_PORT_OFFSET:-400}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
PORT=$((8080 + OFFSET))

source "$ROOT"/bench/lib.sh
start_server "$DB" "$OFFSET" oficios

echo "SCR on PostgreSQL ($DB), $(nproc) cores; $SECONDS_PER_RUN s per run after a warm-up; each request a new oficio"
java "$ROOT"/bench/OficioLoad.java "http://localhost:$PORT" "$SECONDS_PER_RUN" 1 4 16
echo "reports opened: $(psql -tA -d "$DB" -c 'SELECT count(*) FROM incoming_oficio')"
