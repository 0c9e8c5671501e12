#!/usr/bin/env bash
# Provisioning benchmark: the claim/result cycle of ProvisioningService (REST) against a real
# WildFly with SCR deployed on PostgreSQL. For each concurrency, Cero Papel files REQUESTS PR-DMIGA-09
# user requests (oficios with solicitudUsuario), they are approved, and that many pollers claim them
# in batches and report each CREADO until none is left. Prints requests/s and p50/p95/p99 latency.
#
#   bench/provisioning.sh                      # builds, recreates the database, starts a server, measures, stops it
#   REQUESTS=2000 CONCURRENCY="1 4 16" bench/provisioning.sh
#
# Settings (environment): BENCH_DB (scr_bench_prov), PGHOST (127.0.0.1), PGUSER (postgres),
# BENCH_PORT_OFFSET (600), REQUESTS (500), BATCH (10), CONCURRENCY ("1 4 16"),
# SKIP_BUILD=1 to reuse ear/target/scr.ear.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DB=${BENCH_DB:-scr_bench_prov}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
OFFSET=${BENCH_PORT_OFFSET:-600}
REQUESTS=${REQUESTS:-500}
BATCH=${BATCH:-10}
CONCURRENCY=${CONCURRENCY:-1 4 16}
URL="http://localhost:$((8080 + OFFSET))"

source "$ROOT"/bench/lib.sh
start_server "$DB" "$OFFSET" prov

echo "SCR on PostgreSQL ($DB), $(nproc) cores; per run $REQUESTS approved Cero Papel requests, claims of $BATCH"
java "$ROOT"/bench/ProvisioningLoad.java header
for concurrency in $CONCURRENCY; do
    java "$ROOT"/bench/ProvisioningLoad.java seed "$URL" "$REQUESTS"
    # The Director's authorization, done in the database: the benchmark measures the integration's cycle.
    psql -q -d "$DB" -c "UPDATE cero_papel_request SET status = 'APROBADA', approved_at = now() WHERE status = 'REGISTRADA'"
    java "$ROOT"/bench/ProvisioningLoad.java cycle "$URL" "$concurrency" "$BATCH"
done
echo "requests created: $(psql -tA -d "$DB" -c "SELECT count(*) FROM cero_papel_request WHERE status = 'CREADO'")," \
     "passwords in clear: $(psql -tA -d "$DB" -c "SELECT count(*) FROM cero_papel_request WHERE temporary_password NOT LIKE 'v1:%'")"
