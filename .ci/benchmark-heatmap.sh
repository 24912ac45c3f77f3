#!/usr/bin/env bash
# Issue 17's target: the rollout heatmap for 50,000 employees in 200 departments and teams in under
# 1 s on PostgreSQL. Imports N people (default 50,000) into 40 departments of 4 teams, publishes a
# vision, confirms it for two in three, writes R feedback records (default 2,000,000), then times the
# company's heatmap and one department's drill-down (see HeatmapBenchmark).
# Usage: .ci/benchmark-heatmap.sh [people] [records]   (after `mvn -DskipTests install`; ~4 min)
set -euo pipefail
cd "$(dirname "$0")/.."

PEOPLE=${1:-50000}
RECORDS=${2:-2000000}
DB=cx_bench_heatmap
source .ci/bench-server.sh
mvn -q -pl cx-web exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=com.cxcentric.benchmark.HeatmapBenchmark \
    -Dexec.args="http://localhost:$PORT/cx/ bench-admin $PEOPLE $RECORDS jdbc:postgresql://127.0.0.1:5432/$DB $(TZ=Asia/Jakarta date +%F)"
