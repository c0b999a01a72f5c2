#!/usr/bin/env bash
# Performance measurements (never a test): the machine, JMH micro-benchmarks of the engine (bench
# profile), and whole commands timed wall-clock with the JVM start included. Numbers go into
# docs/performance.md by hand, with the machine they came from.
#
# Usage: scripts/bench.sh [quick|full|commands]
#   quick     short JMH runs (1 fork, 3x1 s warm-up, 5x1 s measurement) and the commands (default)
#   full      JMH with the benchmarks' own settings (3x2 s warm-up, 5x2 s measurement), and the commands
#   commands  only the whole commands
# Environment: WORLDS_BIG (default 1000000) worlds for the constant-memory run; BENCH_SAVE a 15-quarter
# save for 'replay --verify' (default: the golden 15-quarter test save).
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-quick}"
WORLDS_BIG="${WORLDS_BIG:-1000000}"

echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
java -version 2>&1 | sed 's/^/java: /'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build (bench profile)"
mvn -B -q -Pbench clean package -DskipTests
BENCH_JAR=$(ls target/capex-*-benchmarks.jar | head -1)
CAPEX="java -jar target/capex.jar"

timed() { # label, command...: wall seconds, user+sys CPU seconds, peak RSS
    local label="$1"; shift
    /usr/bin/time -f "$label: wall %e s, cpu %U+%S s, max RSS %M KB" "$@" >/tmp/capex-bench-out.$$ 2>/tmp/capex-bench-err.$$ \
        || { cat /tmp/capex-bench-err.$$ >&2; rm -f /tmp/capex-bench-*.$$; return 1; }
    tail -1 /tmp/capex-bench-err.$$
    head -3 /tmp/capex-bench-out.$$ | sed 's/^/    /'
    rm -f /tmp/capex-bench-*.$$
}

if [ "$MODE" != "commands" ]; then
    echo "== JMH (one core, warm; µs per operation)"
    if [ "$MODE" = "full" ]; then
        java -jar "$BENCH_JAR" -rf json -rff target/jmh.json
    else
        java -jar "$BENCH_JAR" -f 1 -wi 3 -w 1 -i 5 -r 1 -rf json -rff target/jmh.json
    fi
fi

echo "== whole commands (JVM start included), each beside the JVM floor measured in this run"
# The floor: a hello-world on the same JVM. Every start-up figure is printed as a ratio to it, so that a
# loaded machine moves both sides. Medians of RUNS runs; the launcher's archive is made first (CAPEX_CDS=sync).
RUNS="${RUNS:-5}"
HELLO_DIR="$(mktemp -d)"
trap 'rm -rf "$HELLO_DIR"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$HELLO_DIR/Hello.java"
javac -d "$HELLO_DIR" "$HELLO_DIR/Hello.java"
CAPEX_CDS=sync ./capex --version >/dev/null
median_ms() { # command...: the median wall time of RUNS runs, in ms
    local i s all=()
    for i in $(seq "$RUNS"); do
        s=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        all+=($(( ($(date +%s%N) - s) / 1000000 )))
    done
    printf '%s\n' "${all[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
FLOOR=$(median_ms java -cp "$HELLO_DIR" Hello)
echo "JVM floor (hello world): ${FLOOR} ms   load average $(cut -d' ' -f1-3 /proc/loadavg)"
ratio() { # label, command...: the median and its ratio to the floor
    local label="$1"; shift
    local ms; ms=$(median_ms "$@")
    awk -v l="$label" -v m="$ms" -v f="$FLOOR" 'BEGIN {printf "%-44s %6d ms  %5.1fx the floor\n", l, m, m / f}'
}
SAVE="${BENCH_SAVE:-src/test/resources/saves/golden-seeds-2025-seed7.json}"
ratio "./capex --version" ./capex --version
ratio "java -jar capex.jar --version" java -jar target/capex.jar --version
ratio "./capex --help" ./capex --help
ratio "./capex scenarios" ./capex scenarios
ratio "java -jar capex.jar scenarios" java -jar target/capex.jar scenarios
ratio "./capex replay SAVE --verify" ./capex replay "$SAVE" --verify
ratio "java -jar capex.jar replay SAVE --verify" java -jar target/capex.jar replay "$SAVE" --verify
if [ -x scripts/first-frame.sh ] && command -v tmux >/dev/null 2>&1; then
    scripts/first-frame.sh "$RUNS" ./capex | tail -2
    scripts/first-frame.sh "$RUNS" target/capex.jar | tail -2
else
    echo "launch to first frame: skipped (scripts/first-frame.sh or tmux missing)"
fi
echo "JVM floor again: $(median_ms java -cp "$HELLO_DIR" Hello) ms   load average $(cut -d' ' -f1-3 /proc/loadavg)"

timed "./capex simulate --strategy leverage --worlds 10000" \
    ./capex simulate --strategy leverage --worlds 10000
timed "java -jar capex.jar simulate --strategy leverage --worlds 10000" \
    $CAPEX simulate --strategy leverage --worlds 10000
timed "./capex simulate --worlds $WORLDS_BIG (no heap flag)" \
    ./capex simulate --worlds "$WORLDS_BIG"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
