#!/bin/sh
# K-Means speed comparison: ours vs Weka 3.8.6 SimpleKMeans vs ELKI 0.8.0 (see docs/benchmarks.md).
#
#   benchmarks/run-kmeans.sh [--quick] [--workloads W1,W2] [--weka10-w2] [--no-build]
#
# Builds the JMH uber-jar (benchmarks/target/benchmarks.jar) unless --no-build, runs
# org.clustermodels.benchmarks.kmeans.KMeansReport (an untimed correctness check, then JMH, one fork per case)
# and prints a Markdown report on stdout: the machine, then one table per workload with medians and ratios.
# Progress goes to stderr; JMH's own logs and a copy of the report go to benchmarks/target/kmeans-report/.
# About 20-30 minutes on an idle 2-core machine; --quick (one call per case, no warm-up) is a smoke test only.
# The benchmarks never run as part of ./mvnw verify.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=1
for arg in "$@"; do
  [ "$arg" = "--no-build" ] && build=0
done
if [ "$build" = 1 ]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests >&2
fi
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "run-kmeans.sh: $jar missing; build it first" >&2; exit 1; }

out=benchmarks/target/kmeans-report
mkdir -p "$out"
args=""
for arg in "$@"; do
  [ "$arg" = "--no-build" ] || args="$args $arg"
done

script=run-kmeans.sh
# shellcheck source=machine.sh
. benchmarks/machine.sh

# shellcheck disable=SC2086
java -Xmx8g -cp "$jar" org.clustermodels.benchmarks.kmeans.KMeansReport --out "$out/tables.md" \
  --jmh-log "$out/jmh" $args > /dev/null

{
  machine_header "K-Means benchmark run" "benchmarks/run-kmeans.sh$args"
  cat "$out/tables.md"
} | tee "$out/report.md"
