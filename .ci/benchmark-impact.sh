#!/usr/bin/env bash
# Issue 18's target: the training impact of a course with 20,000 trainees over 24 months is computed
# in under 10 s on PostgreSQL (the per-person-month panel in the database, the bootstrap in memory).
# Imports N people in teams of 20 (default 30,000), writes R feedback records over 730 days straight
# into PostgreSQL (default 3,000,000) and certifies the first 20,000 in service recovery team by team
# over months 4 to 19, then times GET /api/v1/training-impact/CX-RECOVERY (see ImpactBenchmark).
# Usage: .ci/benchmark-impact.sh [people] [records]   (after `mvn -DskipTests install`; ~5 min)
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-30000}
RECORDS=${2:-3000000}
DB=cx_bench_impact
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $PEOPLE"
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.ImpactBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $RECORDS jdbc:postgresql://127.0.0.1:5432/$DB $(TZ=Asia/Jakarta date +%F)"
