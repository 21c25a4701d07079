#!/bin/sh
# Overhead of the Weka adapter ClusterModelsKMeans over the core's K-Means (see docs/benchmarks.md).
#
#   benchmarks/run-weka-adapter.sh [--quick] [--workload W1] [--restarts 1,10] [--no-build]
#
# Builds the JMH uber-jar (benchmarks/target/benchmarks.jar) unless --no-build, runs
# org.clustermodels.benchmarks.adapter.KMeansAdapterReport (an untimed check that adapter and core give identical
# models and labels, then JMH, one fork per method) and prints a Markdown report on stdout: the machine, then a
# table of medians, the ratio adapter / core and the overhead against the 10 % target. Progress goes to stderr;
# JMH's own logs and a copy of the report go to benchmarks/target/weka-adapter-report/.
# About 5 minutes on an idle 2-core machine; --quick (one call per method, no warm-up) is a smoke test only.
# The benchmarks never run as part of ./mvnw verify.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=1
args=""
for arg in "$@"; do
  if [ "$arg" = "--no-build" ]; then
    build=0
  else
    args="$args $arg"
  fi
done
if [ "$build" = 1 ]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests >&2
fi
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "run-weka-adapter.sh: $jar missing; build it first" >&2; exit 1; }

out=benchmarks/target/weka-adapter-report
mkdir -p "$out"

script=run-weka-adapter.sh
# shellcheck source=machine.sh
. benchmarks/machine.sh

# shellcheck disable=SC2086
java -Xmx4g -Djava.awt.headless=true -cp "$jar" org.clustermodels.benchmarks.adapter.KMeansAdapterReport \
  --out "$out/tables.md" --jmh-log "$out/jmh" $args > /dev/null

{
  machine_header "Weka adapter overhead run" "benchmarks/run-weka-adapter.sh$args"
  cat "$out/tables.md"
} | tee "$out/report.md"
