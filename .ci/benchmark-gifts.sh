#!/usr/bin/env bash
# Issue 16's ledger target: 200 parallel gifts a second from different clients for one minute,
# without an error, a lost entry or a negative balance (see GiftsBenchmark).
# Usage: .ci/benchmark-gifts.sh [clients] [seconds] [people]   (after `mvn -DskipTests install`; ~3 min)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${1:-200}
SECONDS_RUN=${2:-60}
PEOPLE=${3:-1000}
DB=cx_bench_gifts
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $PEOPLE"
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.GiftsBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ jdbc:postgresql://127.0.0.1:5432/$DB $CLIENTS $SECONDS_RUN"
