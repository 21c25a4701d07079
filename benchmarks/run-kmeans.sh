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

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
model=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
java_version=$(java -version 2>&1 | head -n 1)
start=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(load)
busy=$(awk -v n="$(nproc)" '{ print ($1 > n / 2) ? 1 : 0 }' /proc/loadavg 2>/dev/null || echo 0)
if [ "$busy" = 1 ]; then
  echo "run-kmeans.sh: warning: load average $load_start on $(nproc) cores: other processes are running," \
    "figures (and above all the threads(2) scaling) will be distorted" >&2
fi
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

# shellcheck disable=SC2086
java -Xmx8g -cp "$jar" org.clustermodels.benchmarks.kmeans.KMeansReport --out "$out/tables.md" \
  --jmh-log "$out/jmh" $args > /dev/null

{
  echo "## K-Means benchmark run"
  echo
  echo "- date: $start (to $(date -u '+%H:%M UTC'))"
  echo "- machine: $(nproc) cores, ${model:-unknown CPU}, $mem memory"
  echo "- java: $java_version"
  echo "- commit: $commit"
  echo "- load average (1, 5, 15 min) at start: $load_start; at end: $(load)"
  echo "- command: benchmarks/run-kmeans.sh$args"
  echo
  cat "$out/tables.md"
} | tee "$out/report.md"
