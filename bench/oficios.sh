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
SERVER_DIR=$(mktemp -d /tmp/scr-bench-oficios.XXXXXX)

if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -q package -DskipTests
fi
WILDFLY=$(ls -d "$ROOT"/config/target/wildfly-*/ | head -1)

psql -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

cp -r "$WILDFLY"/. "$SERVER_DIR"/
cp "$ROOT"/ear/target/scr.ear "$SERVER_DIR"/standalone/deployments/
SCR_DB_DRIVER=postgresql SCR_DB_URL="jdbc:postgresql://$PGHOST:5432/$DB" SCR_DB_USER="$PGUSER" SCR_DB_PASSWORD=postgres \
    "$SERVER_DIR"/bin/standalone.sh --server-config=scr.xml -Djboss.socket.binding.port-offset="$OFFSET" \
    > "$SERVER_DIR"/console.log 2>&1 &
stop() {
    # The java process the script started (its command line names the server directory), by pid.
    for pid in $(pgrep -f "$SERVER_DIR" || true); do kill "$pid" 2>/dev/null || true; done
    sleep 3
    rm -rf "$SERVER_DIR"
}
trap stop EXIT

for _ in $(seq 1 180); do
    if grep -q 'WFLYSRV0010: Deployed "scr.ear"' "$SERVER_DIR"/console.log 2>/dev/null; then break; fi
    if grep -q 'WFLYSRV0026\|WFLYCTL0186' "$SERVER_DIR"/console.log 2>/dev/null; then
        echo "SCR did not deploy; see the log:"; tail -50 "$SERVER_DIR"/console.log; exit 1
    fi
    sleep 1
done

echo "SCR on PostgreSQL ($DB), $(nproc) cores; $SECONDS_PER_RUN s per run after a warm-up; each request a new oficio"
java "$ROOT"/bench/OficioLoad.java "http://localhost:$PORT" "$SECONDS_PER_RUN" 1 4 16
echo "reports opened: $(psql -tA -d "$DB" -c 'SELECT count(*) FROM incoming_oficio')"
