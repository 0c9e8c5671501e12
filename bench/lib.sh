# Shared by the web-service benchmarks: a fresh PostgreSQL database and a WildFly of their own with
# the EAR the build produced, stopped and removed when the calling script ends.
#
#   source bench/lib.sh; start_server <database> <port offset> <name>
#
# Needs ROOT (the checkout) and PGHOST/PGUSER; honours SKIP_BUILD=1 (reuse ear/target/scr.ear).

start_server() {
    local db=$1 offset=$2 name=$3
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        mvn -q package -DskipTests
    fi
    local wildfly
    wildfly=$(ls -d "$ROOT"/config/target/wildfly-*/ | head -1)

    psql -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"

    SERVER_DIR=$(mktemp -d "/tmp/scr-bench-$name.XXXXXX")
    cp -r "$wildfly"/. "$SERVER_DIR"/
    cp "$ROOT"/ear/target/scr.ear "$SERVER_DIR"/standalone/deployments/
    SCR_DB_DRIVER=postgresql SCR_DB_URL="jdbc:postgresql://$PGHOST:5432/$db" SCR_DB_USER="$PGUSER" SCR_DB_PASSWORD=postgres \
        "$SERVER_DIR"/bin/standalone.sh --server-config=scr.xml -Djboss.socket.binding.port-offset="$offset" \
        > "$SERVER_DIR"/console.log 2>&1 &
    trap stop_server EXIT

    for _ in $(seq 1 180); do
        if grep -q 'WFLYSRV0010: Deployed "scr.ear"' "$SERVER_DIR"/console.log 2>/dev/null; then return 0; fi
        if grep -q 'WFLYSRV0026\|WFLYCTL0186' "$SERVER_DIR"/console.log 2>/dev/null; then
            echo "SCR did not deploy; see the log:"; tail -50 "$SERVER_DIR"/console.log; exit 1
        fi
        sleep 1
    done
    echo "SCR did not deploy within 180 s"; exit 1
}

stop_server() {
    # The java process start_server started (its command line names the server directory), by pid.
    for pid in $(pgrep -f "$SERVER_DIR" || true); do kill "$pid" 2>/dev/null || true; done
    sleep 3
    rm -rf "$SERVER_DIR"
}
