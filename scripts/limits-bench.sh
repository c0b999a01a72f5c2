#!/usr/bin/env bash
# Memory and time at the largest input each limit of docs/limits.md allows (and just past it): a
# measurement, never a test. Builds the inputs in a temporary folder from the shipped scenario and plan,
# runs each command once under /usr/bin/time -v and prints a Markdown table (wall time, CPU time, peak
# resident memory, exit code) with the machine's load. Needs target/capex.jar (mvn -q package -DskipTests)
# and python3.
#
# Usage: scripts/limits-bench.sh            (simulate at 100,000 worlds; LIMITS_WORLDS=1000000 for the limit)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/capex.jar
[ -f "$JAR" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
WORLDS="${LIMITS_WORLDS:-100000}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

python3 - "$T" <<'EOF'
import json, sys, copy
t = sys.argv[1]
sc = json.load(open("scenarios/meta-2025.json"))
plan = json.load(open("scenarios/plans/seeds-2025.json"))

# 1. A scenario at its limits: every list at its cap (copies with fresh ids), texts at 4,000 characters,
#    the file just under 1 MB. Semantically it is a scenario of 40 competitors, 200 events...
caps = {"competitors": 40, "lenders": 40, "events": 200, "arenaField": 200, "targets": 40, "sites": 40}
big = copy.deepcopy(sc)
for name, cap in caps.items():
    items = big[name]
    i = 0
    while len(items) < cap:
        c = copy.deepcopy(items[i % len(sc[name])])
        for key in ("id", "name", "title", "model"):
            if key in c and isinstance(c[key], str):
                c[key] = c[key] + "-" + str(len(items))
        items.append(c)
        i += 1
big["description"] = ("A long description. " * 200)[:4000]
big["lesson"] = ("A long lesson. " * 300)[:4000]
text = json.dumps(big, indent=1)
json.dump(big, open(f"{t}/scenario-at-limits.json", "w"), indent=1)
# The same, padded with spaces inside the JSON to just under the 1 MB file limit.
pad = (1 << 20) - 64 - len(text.encode())
open(f"{t}/scenario-1mb.json", "w").write(text.replace("{", "{" + " " * pad, 1))

# 2. The same scenario padded past the size limit, and 200,000 competitors (refused unread).
many = copy.deepcopy(sc)
many["competitors"] = [sc["competitors"][0]] * 200000
json.dump(many, open(f"{t}/scenario-200000-competitors.json", "w"))

# 3. A plan at the decision limit: 100 decisions in every quarter of the game (repeated small ones that
#    the engine accepts or refuses with a reason: both count).
quarters = [f"{y}Q{q}" for y in range(2025, 2029) for q in range(1, 5)][1:]
moves = [{"type": "trainingShare", "share": 0.5}, {"type": "computeResale", "share": 0.05},
         {"type": "realityLabs", "budgetM": 4000}, {"type": "orderGpus", "generation": "B200", "units": 1000}]
full = {"name": "100 a quarter", "decisions": {q: [moves[i % 4] for i in range(100)] for q in quarters}}
json.dump(full, open(f"{t}/plan-100-a-quarter.json", "w"), indent=1)

# 4. A plan of 100,000 decisions in one quarter (refused by the size limit, unread).
huge = {"decisions": {"2025Q2": [moves[0]] * 100000}}
json.dump(huge, open(f"{t}/plan-100000.json", "w"))

# 5. 10,000 queued commands in the plain mode.
open(f"{t}/typed.txt", "w").write("training 0.5\n" * 10000 + "end\nquit\n")
EOF

LOAD_BEFORE=$(uptime)
row() { # name, command...
    local name="$1"; shift
    local out="$T/time.txt"
    set +e
    /usr/bin/time -v -o "$out" "$@" >"$T/stdout.txt" 2>"$T/stderr.txt" </dev/null
    local rc=$?
    set -e
    local wall user sys rss
    wall=$(grep "Elapsed (wall clock)" "$out" | awk '{print $NF}')
    user=$(grep "User time" "$out" | awk '{print $NF}')
    sys=$(grep "System time" "$out" | awk '{print $NF}')
    rss=$(grep "Maximum resident" "$out" | awk '{print $NF}')
    local said
    said=$( (grep -v "^Saving the game" "$T/stderr.txt" || true) | head -c 110 | tr '\n|' '  ')
    [ -n "$said" ] || said=$(head -c 110 "$T/stdout.txt" | tr '\n|' '  ')
    printf '| %s | %s | %.1f s | %d MB | %d | %s |\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$rc" \
        "$said"
}
rowin() { # name, input file, command...
    local name="$1" input="$2"; shift 2
    local out="$T/time.txt"
    set +e
    /usr/bin/time -v -o "$out" "$@" >"$T/stdout.txt" 2>"$T/stderr.txt" <"$input"
    local rc=$?
    set -e
    printf '| %s | %s | %.1f s | %d MB | %d | %s |\n' "$name" "$(grep "Elapsed (wall clock)" "$out" | awk '{print $NF}')" \
        "$(echo "$(grep "User time" "$out" | awk '{print $NF}') + $(grep "System time" "$out" | awk '{print $NF}')" | bc)" \
        $(($(grep "Maximum resident" "$out" | awk '{print $NF}') / 1024)) "$rc" "$(tail -c 110 "$T/stdout.txt" | tr '\n|' '  ')"
}

J="java -jar $JAR"
echo "## Limits at their largest ($(date -u +%Y-%m-%dT%H:%MZ))"
echo
echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1). Load before: ${LOAD_BEFORE##*load average: }"
echo
echo "| input | wall | CPU | peak RSS | exit | message / last output |"
echo "|---|---|---|---|---|---|"
row "validate: the shipped scenario (48 KB), for reference" $J validate scenarios/meta-2025.json
row "validate: a scenario at its limits ($(du -k "$T/scenario-at-limits.json" | cut -f1) KB, lists at their caps)" \
    $J validate "$T/scenario-at-limits.json"
row "validate: the same padded to just under the 1 MB limit" $J validate "$T/scenario-1mb.json"
row "validate: 200,000 competitors ($(du -m "$T/scenario-200000-competitors.json" | cut -f1) MB, refused by size)" \
    $J validate "$T/scenario-200000-competitors.json"
row "play --plan: 100 decisions in each of 15 quarters ($(du -k "$T/plan-100-a-quarter.json" | cut -f1) KB)" \
    $J play --plan "$T/plan-100-a-quarter.json" --seed 1 --save "$T/full.json"
row "replay --verify: the save of that game ($(du -k "$T/full.json" | cut -f1) KB, 1,500 decisions)" \
    $J replay "$T/full.json" --verify
row "play --plan: 100,000 decisions in a quarter ($(du -m "$T/plan-100000.json" | cut -f1) MB, refused by size)" \
    $J play --plan "$T/plan-100000.json" --save "$T/never.json"
rowin "play --plain: 10,000 queued commands (100 queued, the rest refused), one quarter" "$T/typed.txt" \
    $J play --plain --seed 1 --save "$T/plain.json"
row "simulate --worlds 99999999999999 (refused)" $J simulate --worlds 99999999999999
row "simulate --worlds $WORLDS (status-quo; the limit is 1,000,000: docs/performance.md has that run)" \
    $J simulate --worlds "$WORLDS" --format csv
echo
echo "Load after: $(uptime | sed 's/.*load average: //')"
