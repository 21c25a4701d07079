# Sourced by the benchmark scripts (run-kmeans.sh, run-hierarchy.sh): describes the machine before a run and
# warns when other processes load it. Sets load_start, start, mem, model, java_version and commit, and defines
# load (the current load average) and machine_header NAME COMMAND (the Markdown header of a report).
# $script must name the calling script for the warning.

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
model=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)
java_version=$(java -version 2>&1 | head -n 1)
start=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(load)
busy=$(awk -v n="$(nproc)" '{ print ($1 > n / 2) ? 1 : 0 }' /proc/loadavg 2>/dev/null || echo 0)
if [ "$busy" = 1 ]; then
  echo "$script: warning: load average $load_start on $(nproc) cores: other processes are running," \
    "figures (and above all the threads(2) rows) will be distorted" >&2
fi
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)

machine_header() {
  echo "## $1"
  echo
  echo "- date: $start (to $(date -u '+%H:%M UTC'))"
  echo "- machine: $(nproc) cores, ${model:-unknown CPU}, $mem memory"
  echo "- java: $java_version"
  echo "- commit: $commit"
  echo "- load average (1, 5, 15 min) at start: $load_start; at end: $(load)"
  echo "- command: $2"
  echo
}
