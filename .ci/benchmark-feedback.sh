#!/usr/bin/env bash
# Issue 4's ingestion target: REST ingestion at no less than a quarter of the rate of a plain JDBC
# batch insert (reWriteBatchedInserts) of the same records into the same PostgreSQL database.
# Starts Payara Micro on a fresh database, imports 5,000 employees (so records are attributed),
# then runs FeedbackIngestionBenchmark with N records (default 200,000).
# Usage: .ci/benchmark-feedback.sh [records]   (after `mvn -DskipTests install`)
set -euo pipefail
cd "$(dirname "$0")/.."

RECORDS=${1:-200000}
DB=cx_bench_feedback
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin 5000"
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.FeedbackIngestionBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $RECORDS jdbc:postgresql://127.0.0.1:5432/$DB"
