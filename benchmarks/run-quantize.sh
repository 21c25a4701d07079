#!/bin/sh
# Colour quantisation speed: data/chelsea.png (135,300 pixels) at k = 16 (see docs/benchmarks.md).
#
#   benchmarks/run-quantize.sh [--no-build]
#
# Builds the JMH uber-jar (benchmarks/target/benchmarks.jar) and the command line unless --no-build, runs
# org.clustermodels.benchmarks.quantize.QuantizeBenchmark (cold: the first call in each of 10 fresh JVMs; warm:
# 10 calls after 5 warm-up calls), then times 5 whole command-line runs (JVM start, reading the PNG, the
# quantisation, writing the PNG) and prints a Markdown report on stdout: the machine, JMH's table, the
# command-line wall times. About one minute. The benchmarks never run as part of ./mvnw verify.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q -pl benchmarks,cli -am package -DskipTests >&2
fi
jar=benchmarks/target/benchmarks.jar
cli=cli/target/clustermodels-cli.jar
for f in "$jar" "$cli"; do
  [ -f "$f" ] || { echo "run-quantize.sh: $f missing; build it first" >&2; exit 1; }
done

out=benchmarks/target/quantize-report
mkdir -p "$out"
script=run-quantize.sh
# shellcheck source=machine.sh
. benchmarks/machine.sh

java -cp "$jar" org.openjdk.jmh.Main 'org.clustermodels.benchmarks.quantize.QuantizeBenchmark' \
  -rf text -rff "$out/jmh.txt" > "$out/jmh.log"

times=""
for i in 1 2 3 4 5; do
  t0=$(date +%s%N)
  java -jar "$cli" quantize -i data/chelsea.png -k 16 -o "$out/chelsea-16.png" > /dev/null
  t1=$(date +%s%N)
  times="$times $(( (t1 - t0) / 1000000 ))"
done

{
  machine_header "Colour quantisation run" "benchmarks/run-quantize.sh"
  echo '```'
  cat "$out/jmh.txt"
  echo '```'
  echo
  echo "Whole command-line runs (java -jar $cli quantize -i data/chelsea.png -k 16 -o ...), wall time in ms:$times"
} | tee "$out/report.md"
