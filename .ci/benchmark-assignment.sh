#!/usr/bin/env bash
# Issue 5's assignment target: assigning a course to 20,000 people is one set-based operation
# under 10 s with PostgreSQL. Starts Payara Micro on a fresh database, imports N employees
# (default 20,000), makes a segment of everyone, and assigns three courses to it, then one again.
# Usage: .ci/benchmark-assignment.sh [employees]   (after `mvn -DskipTests install`)
set -euo pipefail
cd "$(dirname "$0")/.."

EMPLOYEES=${1:-20000}
DB=cx_bench_assignment
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.AssignmentBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $EMPLOYEES"
