#!/bin/sh
# Hierarchical clustering speed comparison: ours vs Weka 3.8.6 HierarchicalClusterer vs ELKI 0.8.0
# (see docs/benchmarks.md).
#
#   benchmarks/run-hierarchy.sh [--quick] [--large | --large-only] [--large-threads T] [--no-build]
#                               [--phases | --phases-only]
#                               [--sizes N1,N2,..] [--diana-sizes N1,..] [--weka-n N] [--agnes-n N]
#
# Builds the JMH uber-jar (benchmarks/target/benchmarks.jar) unless --no-build, runs
# org.clustermodels.benchmarks.hierarchy.HierarchyReport (for each size an untimed correctness check, then JMH,
# one fork per case) and prints a Markdown report on stdout: the machine, then one table per size with medians
# and ratios, DIANA, and the issue's targets. Progress goes to stderr; JMH's own logs and a copy of the report go
# to benchmarks/target/hierarchy-report/.
# --large adds the size section (HierarchyScale: one timed call each of average linkage at n = 50,000 with the
# matrix method and of Ward and single linkage at n = 200,000 with the vector method, in a JVM with -Xmx20g;
# --large-threads T runs them on T threads, default 1); --large-only runs that section alone. With --quick the
# size section uses n = 5,000 and 20,000.
# --phases adds the phase section (HierarchyPhases: where the time of one matrix-method call goes for complete and
# average linkage at n = 2,000, 1 and 2 threads, next to one Weka call per linkage; about 2 minutes);
# --phases-only runs that section alone.
# The full comparison takes about 35-45 minutes on an idle 2-core machine (the untimed check about 8 of them,
# n = 20,000 about half), the size section about 10 minutes more; --quick (one call per case, n = 500 and 1,000)
# is a smoke test of under two minutes. The benchmarks never run as part of ./mvnw verify.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=1
large=0
report=1
large_threads=1
phases=0
args=""
quick=""
expect_threads=0
for arg in "$@"; do
  if [ "$expect_threads" = 1 ]; then
    large_threads=$arg
    expect_threads=0
    continue
  fi
  case "$arg" in
    --no-build) build=0 ;;
    --large) large=1 ;;
    --large-only) large=1; report=0 ;;
    --phases) phases=1 ;;
    --phases-only) phases=1; report=0 ;;
    --large-threads) expect_threads=1 ;;
    --quick) quick="--quick"; args="$args $arg" ;;
    *) args="$args $arg" ;;
  esac
done
if [ "$build" = 1 ]; then
  ./mvnw -B -q -pl benchmarks -am package -DskipTests >&2
fi
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "run-hierarchy.sh: $jar missing; build it first" >&2; exit 1; }

out=benchmarks/target/hierarchy-report
mkdir -p "$out"
rm -f "$out/tables.md" "$out/size.md" "$out/phases.md"

script=run-hierarchy.sh
# shellcheck source=machine.sh
. benchmarks/machine.sh

if [ "$report" = 1 ]; then
  # shellcheck disable=SC2086
  java -Xmx8g -cp "$jar" org.clustermodels.benchmarks.hierarchy.HierarchyReport --out "$out/tables.md" \
    --jmh-log "$out/jmh" $args > /dev/null
fi
if [ "$large" = 1 ]; then
  # shellcheck disable=SC2086
  java -Xmx20g -cp "$jar" org.clustermodels.benchmarks.hierarchy.HierarchyScale --out "$out/size.md" \
    --threads "$large_threads" $quick > /dev/null
fi
if [ "$phases" = 1 ]; then
  java -Xms8g -Xmx8g -cp "$jar" org.clustermodels.benchmarks.hierarchy.HierarchyPhases --out "$out/phases.md" \
    > /dev/null
fi

{
  machine_header "Hierarchical clustering benchmark run" "benchmarks/run-hierarchy.sh $*"
  [ -f "$out/tables.md" ] && cat "$out/tables.md"
  [ -f "$out/size.md" ] && cat "$out/size.md"
  [ -f "$out/phases.md" ] && cat "$out/phases.md"
  true
} | tee "$out/report.md"
