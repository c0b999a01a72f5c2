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

echo "== whole commands (JVM start included)"
if [ -x scripts/first-frame.sh ] && command -v tmux >/dev/null 2>&1; then
    scripts/first-frame.sh 5 | tail -1
else
    echo "launch to first frame: skipped (scripts/first-frame.sh or tmux missing)"
fi

SAVE="${BENCH_SAVE:-src/test/resources/saves/golden-seeds-2025-seed7.json}"
if $CAPEX replay --help >/dev/null 2>&1; then
    if [ -f "$SAVE" ]; then
        timed "replay --verify ($SAVE)" $CAPEX replay "$SAVE" --verify
    else
        echo "replay --verify: skipped (no 15-quarter save at $SAVE; set BENCH_SAVE)"
    fi
else
    echo "replay --verify: skipped (this build has no replay command)"
fi

timed "simulate --strategy leverage --worlds 10000 --threads 2" \
    $CAPEX simulate --strategy leverage --worlds 10000 --threads 2
timed "simulate --strategy status-quo --worlds 10000 --threads 2" \
    $CAPEX simulate --strategy status-quo --worlds 10000 --threads 2
timed "simulate --worlds $WORLDS_BIG with -Xmx256m" \
    java -Xmx256m -jar target/capex.jar simulate --worlds "$WORLDS_BIG" --threads 2
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
