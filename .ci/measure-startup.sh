#!/usr/bin/env bash
# Measures what the README promises about the run command: time from `java -jar payara-micro.jar`
# to "ready" and to a passing readiness check, and the resident memory once ready; first on an
# empty H2 database (migrations + demo data), then again on the same database (restart keeps data).
# Usage: .ci/measure-startup.sh   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/.."

WAR=cx-web/target/cx.war
MICRO=cx-web/target/payara-micro.jar
PORT=${PORT:-18080}
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'if [ -n "${PID:-}" ]; then kill "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

start() {
    local log=$1
    local t0
    t0=$(date +%s.%N)
    java -Xmx1g -Djava.io.tmpdir="$WORK" -Dcx.db.url="jdbc:h2:file:$WORK/data/cx" -Dcx.demo.enabled=true -Dcx.admin.password=demo \
        -jar "$MICRO" --deploy "$WAR" --contextroot cx --port "$PORT" --nocluster >"$log" 2>&1 &
    PID=$!
    for _ in $(seq 1 240); do
        grep -q "ready in" "$log" && break
        kill -0 "$PID" 2>/dev/null || { echo "Payara Micro stopped; see $log" >&2; cat "$log" >&2; exit 1; }
        sleep 0.25
    done
    local t_ready
    t_ready=$(date +%s.%N)
    until curl -sf "http://localhost:$PORT/health/ready" >/dev/null; do sleep 0.1; done
    local t_health
    t_health=$(date +%s.%N)
    sleep 5 # let the heap settle before reading the resident set
    local rss
    rss=$(ps -o rss= -p "$PID" | tr -d ' ')
    printf '%-28s ready %5.1f s   /health/ready %5.1f s   RSS %4d MB   (%s)\n' "$2" \
        "$(awk "BEGIN {print $t_ready - $t0}")" "$(awk "BEGIN {print $t_health - $t0}")" "$((rss / 1024))" \
        "$(grep -oE 'Payara Micro [0-9.]+ \(build [0-9]+\) ready in [0-9,]+ \(ms\)' "$log")"
    grep -oE "Demo (company .* in [0-9]+ ms|data not loaded: .*)" "$log" | sed 's/^/    /' | cut -c1-140
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    PID=
}

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
start "$WORK/first.log" "first start (empty database)"
start "$WORK/second.log" "restart (same database)"
