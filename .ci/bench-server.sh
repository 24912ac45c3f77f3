# Sourced by the benchmark scripts: starts Payara Micro with cx.war on a fresh PostgreSQL database
# ($DB, no demo data) on $PORT and waits until it is ready; stops it on exit. As in production
# (docs/ARCHITECTURE.md, "Threads and connections"), at most 32 HTTP threads, the pool's connections.
# BENCH_JAVA_OPTS adds JVM options (a flight recording, say).
WAR=cx-web/target/cx.war
MICRO=cx-web/target/payara-micro.jar
PORT=${PORT:-18081}
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "Build first: mvn -DskipTests install" >&2; exit 2; }

psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

WORK=$(mktemp -d)
trap 'if [ -n "${PID:-}" ]; then kill "$PID" 2>/dev/null || true; fi; cp "$WORK/micro.log" target-bench-micro.log 2>/dev/null; rm -rf "$WORK"' EXIT
java -Xmx1g ${BENCH_JAVA_OPTS:-} -Djava.io.tmpdir="$WORK" \
    -Dcx.db.datasource-class=org.postgresql.ds.PGSimpleDataSource \
    -Dcx.db.url="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" -Dcx.db.user=postgres -Dcx.db.password=postgres \
    -Dcx.admin.password=bench-admin \
    -jar "$MICRO" --deploy "$WAR" --contextroot cx --port "$PORT" --nocluster --maxhttpthreads 32 >"$WORK/micro.log" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
    curl -sf "http://localhost:$PORT/health/ready" >/dev/null && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/micro.log" >&2; exit 1; }
    sleep 0.5
done

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), $(psql -V)"
