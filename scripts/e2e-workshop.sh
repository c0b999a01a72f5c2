#!/usr/bin/env bash
# End-to-end test of a hot-seat workshop as a facilitator runs it: `capex workshop` in tmux at 100x30 with
# three teams, Red orders GPUs through the dashboard's form, every team hands on with e (confirmed with y;
# a team's q asks the same and never ends the workshop), the facilitator plays each quarter with Enter,
# the leaderboard shows after each quarter, each team sees its result when it takes the keyboard, all 8
# quarters are played; then the three teams' logs go into `capex report`.
# Every step waits (polling, with a timeout) for the text it expects; a failed check prints the screen.
# Usage: scripts/e2e-workshop.sh   (from anywhere; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e-workshop
. scripts/tmux-lib.sh
e2e_prepare

SOCK="capex-e2e-ws-$$"
T="tmux -u -L $SOCK"
SESSION=workshop
OUT="$(mktemp -d)"
cleanup() { $T kill-server >/dev/null 2>&1 || true; rm -rf "$OUT"; }
trap cleanup EXIT

JAR="$(pwd)/target/capex.jar"
$T new-session -d -s "$SESSION" -x 100 -y 30 -c "$OUT" \
    "env LANG=C.UTF-8 java -jar $JAR workshop --teams Red,Blue,Green --seed 5 --saves logs; echo \"EXIT=\$?\"; sleep 600"

echo "e2e-workshop: the hand-over to Red"
wait_for "2025Q2: pass the keyboard to Red." 20
keys Enter
wait_for "QUEUED for 2025Q2 (0)"

echo "e2e-workshop: Red orders GPUs through the form and hands on"
keys n; wait_for "New decision for 2025Q2"
keys h; wait_for "Order GPUs"
keys Tab; keys End; for _ in $(seq 16); do keys BSpace; done; typed "300k"
wait_for "✓ ORDER-"
keys Enter
wait_for "QUEUED for 2025Q2 (1)"
keys q
wait_for "End Red's turn for 2025Q2 with 1 decision?"
keys n
wait_for "Your turn goes on."
keys e
wait_for "End Red's turn for 2025Q2 with 1 decision?"
keys y
wait_for "2025Q2: pass the keyboard to Blue."
screen_text | grep -qF "300,000" && fail "Red's order is visible at the hand-over to Blue"

echo "e2e-workshop: Blue and Green hand on; the leaderboard"
keys Enter; wait_for "QUEUED for 2025Q2 (0)"; keys e; wait_for "End Blue's turn"; keys y
wait_for "pass the keyboard to Green."; keys Enter; wait_for "QUEUED for 2025Q2 (0)"; keys e; wait_for "End Green's turn"
keys y
wait_for "Enter plays 2025Q2 for every team."
keys Enter
wait_for "2025Q2 has been played for every team."
wait_for "Reference: the built-in bots in the same world"

echo "e2e-workshop: the other seven quarters"
prev=2025Q2
for q in 2025Q3 2025Q4 2026Q1 2026Q2 2026Q3 2026Q4 2027Q1; do
    keys Enter
    for team in Red Blue Green; do
        wait_for "$q: pass the keyboard to $team."
        keys Enter; wait_for "$prev result"; keys Escape
        wait_for "QUEUED for $q (0)"; keys e; wait_for "End $team's turn"; keys y
    done
    wait_for "Enter plays $q for every team."
    keys Enter
    wait_for "$q has been played for every team."
    prev=$q
done
keys Enter
wait_for "Final leaderboard"
keys Enter
wait_for "EXIT=0"

echo "e2e-workshop: three saves that replay and compare, one debrief"
for t in red blue green; do
    [ -s "$OUT/logs/$t.plan.json" ] || fail "no log for $t"
    [ -s "$OUT/logs/$t.json" ] || fail "no save for $t"
    (cd "$OUT" && java -jar "$JAR" replay "logs/$t.json" --verify >/dev/null) || fail "the save of $t does not replay"
done
(cd "$OUT" && java -jar "$JAR" compare logs/red.json logs/blue.json logs/green.json >compare.txt) \
    || fail "the three saves do not compare"
grep -qi "leaderboard" "$OUT/compare.txt" || fail "no leaderboard in the comparison"
(cd "$OUT" && java -jar "$JAR" report logs/red.json logs/blue.json logs/green.json --out debrief.html >/dev/null)
grep -qF '<tr class="team">' "$OUT/debrief.html" || fail "no leaderboard rows in the debrief"
[ "$(grep -o '<tr class="team">' "$OUT/debrief.html" | wc -l)" -eq 3 ] || fail "the debrief does not have 3 teams"
[ -s "$OUT/debrief.csv" ] || fail "no debrief.csv"
echo "e2e-workshop: OK"
