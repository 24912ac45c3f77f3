#!/usr/bin/env bash
# Issue 3's target: 50,000 employees import in under 30 s with PostgreSQL. Starts Payara Micro with
# cx.war on a fresh PostgreSQL database (no demo data), imports a generated company of N employees
# through the REST API three times (all new; the same file again; one in ten changed) and prints
# each duration.
# Usage: .ci/benchmark-import.sh [employees]   (after `mvn -DskipTests install`)
set -euo pipefail
cd "$(dirname "$0")/.."

EMPLOYEES=${1:-50000}
DB=cx_bench
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.EmployeeImportBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $EMPLOYEES"
