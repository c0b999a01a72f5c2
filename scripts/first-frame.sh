#!/usr/bin/env bash
# Measures launch to first frame: the time from launching `capex play` in a tmux pane (100x30; the clock starts in
# the pane's shell, so tmux's own start is not counted) to the dashboard's
# header appearing in capture-pane, and then ending the first quarter: from the key that confirms it to
# its result on screen, over a few runs. A measurement, not a test (targets: 400 ms and 150 ms).
# Usage: scripts/first-frame.sh [RUNS] [JAR|./capex]   (default 5 runs of target/capex.jar, built if missing;
# another JAR, e.g. one built from an older commit, to compare under the same load; ./capex for the
# launcher). PAUSE=SECONDS (default 1): how long the "player" reads the first frame before ending the quarter.
# The load average is printed with the result: on a shared 2-core machine it moves the figure
# more than most changes do.
# CAPEX_JAVA_OPTS="-Dcapex.startupTrace=/tmp/trace.log" adds JVM options (the start-up trace, phase by phase).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
PAUSE="${PAUSE:-1}"
JAR="${2:-target/capex.jar}"
command -v tmux >/dev/null 2>&1 || { echo "first-frame: tmux is needed (apt-get install tmux)" >&2; exit 1; }
if [ "$JAR" = target/capex.jar ] && [ ! -f "$JAR" ]; then mvn -B -q clean package -DskipTests; fi
[ -f "$JAR" ] || { echo "first-frame: no such jar: $JAR" >&2; exit 1; }
case "$JAR" in
    *.jar) RUN="java ${CAPEX_JAVA_OPTS:-} -jar $JAR" ;;
    *) RUN="$JAR" ;;   # the launcher (it reads CAPEX_JAVA_OPTS itself)
esac
SAVES="$(mktemp -d)"

SOCK="capex-ff-$$"
T="tmux -u -L $SOCK"
trap '$T kill-server >/dev/null 2>&1 || true; rm -rf "$SAVES"' EXIT
results=()
quarters=()
wait_for() { # PATTERN WHAT: waits until the pane shows PATTERN (extended regex), at most 20 s after $start
    until $T capture-pane -p -t ff 2>/dev/null | grep -qE "$1"; do
        sleep 0.005
        if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 20000 ]; then
            echo "first-frame: no $2 after 20 s" >&2
            $T capture-pane -p -t ff >&2 || true
            exit 1
        fi
    done
}
# One tmux server for all runs (a parked session keeps it alive): starting tmux is not the game's start-up.
$T new-session -d -s park -x 100 -y 30 "sleep 3600"
for i in $(seq "$RUNS"); do
    $T kill-session -t ff >/dev/null 2>&1 || true
    rm -f "$SAVES/start"
    # The clock starts in the pane's shell, the moment the command is launched (as a player presses Enter).
    start=$(date +%s%N)
    $T new-session -d -s ff -x 100 -y 30 "date +%s%N > $SAVES/start; env LANG=C.UTF-8 $RUN play --seed 7 --save $SAVES/run-$i.json; sleep 60"
    wait_for "QUEUED for|GEPLANT|Queued for" dashboard
    ms=$(( ($(date +%s%N) - $(cat "$SAVES/start")) / 1000000 ))
    results+=("$ms")
    # end the first quarter: e opens the confirmation, y resolves it; timed from y to the result on screen.
    # First a player reads the first frame: PAUSE seconds (default 1; 0 presses at once).
    sleep "$PAUSE"
    $T send-keys -t ff e
    wait_for "\\(y\\)" confirmation
    start=$(date +%s%N)
    $T send-keys -t ff y
    wait_for "result · turn 1|Ergebnis" "result page"
    qms=$(( ($(date +%s%N) - start) / 1000000 ))
    quarters+=("$qms")
    echo "run $i: first frame ${ms} ms, first quarter ${qms} ms"
    $T send-keys -t ff q; sleep 0.2; $T send-keys -t ff y
    $T kill-session -t ff >/dev/null 2>&1 || true
done
sorted=$(printf '%s\n' "${results[@]}" | sort -n)
median=$(echo "$sorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "launch to first frame ($JAR): median ${median} ms, min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms over ${RUNS} runs; load average $(cut -d' ' -f1-3 /proc/loadavg)"
qsorted=$(printf '%s\n' "${quarters[@]}" | sort -n)
qmedian=$(echo "$qsorted" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "ending the first quarter ($JAR): median ${qmedian} ms, min $(echo "$qsorted" | head -1) ms, max $(echo "$qsorted" | tail -1) ms over ${RUNS} runs"
