#!/usr/bin/env bash
# Issue 16's evaluation target: one monthly reward scheme over 50,000 people and 10 million
# feedback records in PostgreSQL is judged in at most 1.5 times the time of one hand-written SQL
# aggregate over the same rollups (see SchemeEvaluationBenchmark).
# Usage: .ci/benchmark-schemes.sh [people] [records]   (after `mvn -DskipTests install`; ~10 min)
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-50000}
RECORDS=${2:-10000000}
DB=cx_bench_schemes
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $PEOPLE"
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.SchemeEvaluationBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $RECORDS jdbc:postgresql://127.0.0.1:5432/$DB $(TZ=Asia/Jakarta date +%F)"
