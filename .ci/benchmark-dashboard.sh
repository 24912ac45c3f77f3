#!/usr/bin/env bash
# Issue 4's dashboard target: with 10 million feedback records in PostgreSQL, a department's
# 12-month dashboard answers in under 300 ms server time. Starts Payara Micro on a fresh database,
# imports 5,000 employees, writes N feedback records with their rollups straight into PostgreSQL,
# then times the dashboard API per department (see DashboardBenchmark).
# Usage: .ci/benchmark-dashboard.sh [records]   (after `mvn -DskipTests install`; 10M take ~10 min)
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${1:-10000000}
DB=cx_bench_dashboard
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin 5000"
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.DashboardBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $RECORDS jdbc:postgresql://127.0.0.1:5432/$DB $(TZ=Asia/Jakarta date +%F)"
