#!/usr/bin/env bash
# Issue 3's target: segment membership of 50,000 employees recomputes in under 5 s with PostgreSQL.
# Starts Payara Micro on a fresh PostgreSQL database, imports a generated company of N employees,
# then times segment work through the REST API (see SegmentRecomputeBenchmark).
# Usage: .ci/benchmark-segments.sh [employees]   (after `mvn -DskipTests install`)
set -euo pipefail
cd "$(dirname "$0")/.."

EMPLOYEES=${1:-50000}
DB=cx_bench_segments
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.SegmentRecomputeBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $EMPLOYEES"
