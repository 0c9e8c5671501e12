#!/usr/bin/env bash
# Benchmark of the Bandeja and of the search with a million reports (bench/README.md).
#
#   bench/inbox.sh            # build the EAR first: mvn -q package -DskipTests
#
# Starts this checkout's WildFly (config/target) with the EAR against a PostgreSQL database, as
# a cluster of its own (another multicast address: no other SCR server on the machine joins it),
# fills it once with 1,000,000 reports (bench/fill.sql) into the schema the deployment migrated,
# signs in through the login page like a browser, and times on localhost the GET of
#   - the Bandeja's first page (secretaria), and
#   - a filtered search over all reports (director), a bookmarkable buscar.xhtml address,
#   - a free-text search over all reports (director),
# REQUESTS times each after a warm-up, printing p50 and p95 in milliseconds. The server is
# stopped at the end; the database is kept (drop it to load again).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OFFSET=${BENCH_PORT_OFFSET:-300}
PORT=$((8080 + OFFSET))
DB=${BENCH_DB:-scr_bench}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
REQUESTS=${BENCH_REQUESTS:-200}
WARMUP=${BENCH_WARMUP:-30}
FILTERED=${BENCH_FILTERED:-"estado=CERRADO&dependencia=BENCH07&desde=2025-01-01&hasta=2025-12-31"}
TEXT=${BENCH_TEXT:-"texto=impresora"}

JBOSS=$(ls -d "$ROOT"/config/target/wildfly-* 2>/dev/null | head -1)
EAR="$ROOT/ear/target/scr.ear"
[[ -d "$JBOSS" && -f "$EAR" ]] || { echo "Build first: mvn -q package -DskipTests" >&2; exit 1; }

WORK="$ROOT/bench/target"
BASE="$WORK/server"
rm -rf "$BASE" && mkdir -p "$BASE/deployments"
cp -r "$JBOSS/standalone/configuration" "$BASE/"
cp "$EAR" "$BASE/deployments/"

if ! psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    psql -d postgres -qc "CREATE DATABASE $DB"
fi

echo "Starting WildFly on port $PORT against PostgreSQL database $DB ..."
SCR_DB_DRIVER=postgresql SCR_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SCR_DB_USER="$PGUSER" \
SCR_DB_PASSWORD=${PGPASSWORD:-postgres} SCR_MODE=development \
    "$JBOSS/bin/standalone.sh" --server-config=scr.xml -Djboss.server.base.dir="$BASE" \
    -Djboss.socket.binding.port-offset="$OFFSET" -Djboss.node.name=scr-bench \
    -Djboss.default.multicast.address=230.0.3.44 >"$WORK/server.out" 2>&1 &
SERVER=$!
stop() {
    # standalone.sh runs the JVM as a child: end both, the JVM first.
    pkill -TERM -P "$SERVER" 2>/dev/null || true
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 180); do
    [[ -f "$BASE/deployments/scr.ear.deployed" ]] && break
    if [[ -f "$BASE/deployments/scr.ear.failed" ]] || ! kill -0 "$SERVER" 2>/dev/null; then
        echo "The deployment failed; see $WORK/server.out and $BASE/log/server.log" >&2
        exit 1
    fi
    sleep 1
done
[[ -f "$BASE/deployments/scr.ear.deployed" ]] || { echo "The deployment timed out" >&2; exit 1; }

REPORTS=$(psql -d "$DB" -Atc "SELECT count(*) FROM report")
if (( REPORTS < 1000000 )); then
    echo "Loading 1,000,000 reports (bench/fill.sql) ..."
    start=$(date +%s)
    psql -d "$DB" -q -v ON_ERROR_STOP=1 -f "$ROOT/bench/fill.sql" >/dev/null
    echo "Loaded in $(( $(date +%s) - start )) s."
fi
# Fresh planner statistics (V14's extended statistics included), as autovacuum would gather them.
psql -d "$DB" -qc "ANALYZE report"
psql -d "$DB" -Atc "SELECT count(*) || ' reports, ' || count(DISTINCT procedure_key) || ' procedures, '
    || count(DISTINCT department_id) || ' departments, from ' || min(created_at)::date || ' to '
    || max(created_at)::date || ', ' || count(*) FILTER (WHERE status IN ('SIN_CLASIFICAR','EN_TRAMITE','EN_ESPERA'))
    || ' open' FROM report"

BASE_URL="http://127.0.0.1:$PORT/scr"

# Signs in through login.xhtml (the JSF form, with its ViewState) and keeps the session cookie.
sign_in() {
    local jar="$WORK/$1.cookies" page state
    rm -f "$jar"
    page=$(curl -sf -c "$jar" -b "$jar" "$BASE_URL/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="\([^"]*\)"/\1/')
    curl -sf -o /dev/null -c "$jar" -b "$jar" "$BASE_URL/login.xhtml" \
        --data-urlencode "login=login" --data-urlencode "login:usuario=$1" --data-urlencode "login:contrasena=$2" \
        --data-urlencode "login:entrar=" --data-urlencode "jakarta.faces.ViewState=$state"
    page=$(curl -sf -b "$jar" "$BASE_URL/bandeja.xhtml")
    [[ "$page" == *'id="bandeja:reportes"'* ]] || { echo "$1 could not sign in" >&2; exit 1; }
    echo "$jar"
}

# Times GET $2 with the session of cookie jar $1: prints "p50 p95" in ms after $WARMUP untimed runs.
measure() {
    local jar=$1 url=$2 times="$WORK/times.txt"
    for _ in $(seq 1 "$WARMUP"); do curl -sf -o /dev/null -b "$jar" "$url"; done
    : >"$times"
    for _ in $(seq 1 "$REQUESTS"); do
        curl -sf -o /dev/null -b "$jar" -w '%{time_total}\n' "$url" >>"$times"
    done
    sort -n "$times" | awk '{ t[NR] = $1 * 1000 } END {
        p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)]
        printf "p50 %6.1f ms   p95 %6.1f ms   (n=%d, max %.1f ms)", p50, p95, NR, t[NR] }'
}

SECRETARIA=$(sign_in secretaria demo)
DIRECTOR=$(sign_in director demo)

echo
echo "Server time on localhost, $REQUESTS requests each (curl time_total of the page's HTML);"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '  %-52s %s\n' "Home page (no report query), for comparison" "$(measure "$SECRETARIA" "$BASE_URL/index.xhtml")"
printf '  %-52s %s\n' "Bandeja, first page (secretaria)" "$(measure "$SECRETARIA" "$BASE_URL/bandeja.xhtml")"
printf '  %-52s %s\n' "Search: buscar.xhtml?$FILTERED" "$(measure "$DIRECTOR" "$BASE_URL/buscar.xhtml?$FILTERED")"
printf '  %-52s %s\n' "Search: buscar.xhtml?$TEXT" "$(measure "$DIRECTOR" "$BASE_URL/buscar.xhtml?$TEXT")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
