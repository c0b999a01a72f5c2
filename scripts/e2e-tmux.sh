#!/usr/bin/env bash
# End-to-end test of the dashboard as a player uses it: `capex play` in tmux at 100x30, a GPU order and a
# private credit facility placed through the forms, two quarters ended, a clean quit. Every step waits
# (polling, with a timeout) for the text it expects on screen; any failed check prints the captured
# screen and exits non-zero. Then the game's save in the replay viewer (a quarter stepped, its result,
# quit) and beside a planned game in the compare view (a figure checked against compare's text). Usage: scripts/e2e-tmux.sh   (from anywhere; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=e2e
. scripts/tmux-lib.sh
e2e_prepare

SOCK="capex-e2e-$$"
T="tmux -u -L $SOCK"
SESSION=play
SAVES="$(mktemp -d)"
cleanup() { $T kill-server >/dev/null 2>&1 || true; rm -rf "$SAVES"; }
trap cleanup EXIT

# expect TEXT...: each must be on screen (allowing a moment for the screen to finish drawing).
expect() {
    for text in "$@"; do
        wait_for "$text" 5
    done
}

clear_field() { keys End; for _ in $(seq 16); do keys BSpace; done; }

$T new-session -d -s "$SESSION" -x 100 -y 30 \
    "env LANG=C.UTF-8 java -jar target/capex.jar play --seed 7 --team E2E --save $SAVES/e2e.json; echo \"EXIT=\$?\"; sleep 600"

echo "e2e: the dashboard opens"
wait_for "2025Q2 · 1/15" 20
expect "team E2E" "seed 7" "Cash" "\$70.2B" "Interest/yr" "Arena rank" "#33" "QUEUED for 2025Q2 (0)" "q quit"

echo "e2e: a GPU order through its form"
keys n; wait_for "New decision for 2025Q2"
keys h; wait_for "Order GPUs"
keys Tab; clear_field; typed "200k"
wait_for "✓ ORDER-"
expect "Cash after" "2025Q4" "deposit now"
keys Enter
wait_for "QUEUED for 2025Q2 (1)"
expect "order 200,000 B200"

echo "e2e: a private credit facility through its form"
keys n; wait_for "New decision for 2025Q2"
keys a; wait_for "Private credit"
expect "Apollo" "covenants"
keys Tab; clear_field; typed "10B"
wait_for "raised at"
expect "covenant headroom" "a year (now"
keys Enter
wait_for "QUEUED for 2025Q2 (2)"
expect "private credit from Apollo, \$10.0B" "order 200,000 B200" "after them: cash"

echo "e2e: end the first quarter"
keys e; wait_for "End 2025Q2 with 2 decisions"
keys y; wait_for "2025Q2 result"
expect "Income statement" "arena rank #" "Net income" "Interest expense"
keys End; wait_for "Competitors' moves"
expect "OpenAI"
keys Enter
wait_for "2025Q3 · 2/15"
expect "NEWS from 2025Q2" "OpenAI" "change since" "Interest qtr" "Arena rank" "QUEUED for 2025Q3 (0)"

echo "e2e: end the second quarter"
keys e; wait_for "End 2025Q3 with no new decisions"
keys y; wait_for "2025Q3 result"
keys Enter
wait_for "2025Q4 · 3/15"
expect "NEWS from 2025Q3" "Cash" "Debt"

echo "e2e: quit cleanly"
keys q; wait_for "Quit the game?"
keys y
wait_for "EXIT=0" 10
if screen_text | grep -qF "CAPEX ·"; then fail "the dashboard is still on screen after quitting"; fi

echo "e2e: the game's save in the replay viewer"
[ -f "$SAVES/e2e.json" ] || fail "the game was not saved to $SAVES/e2e.json"
SESSION=replay
$T new-session -d -s "$SESSION" -x 100 -y 30 \
    "env LANG=C.UTF-8 java -jar target/capex.jar replay $SAVES/e2e.json; echo \"EXIT=\$?\"; sleep 600"
wait_for "REPLAY · 2025Q2 · 1 of 2" 20
expect "team E2E" "seed 7" "DECISIONS in 2025Q2 (2)" "order 200,000 B200" "NEWS from 2025Q2" "q quit"
keys Right; wait_for "REPLAY · 2025Q3 · 2 of 2"
expect "DECISIONS in 2025Q3 (0)" "NEWS from 2025Q3" "The save ends here"
keys r; wait_for "2025Q3 result (replay)"
expect "Income statement" "Net income"
keys Escape; wait_for "REPLAY · 2025Q3 · 2 of 2"
keys q
wait_for "EXIT=0" 10
if screen_text | grep -qF "REPLAY ·"; then fail "the replay is still on screen after quitting"; fi

echo "e2e: the save beside a planned game in the compare view"
java -jar target/capex.jar play --plan scenarios/plans/seeds-2025.json --seed 7 --team Plan \
    --save "$SAVES/plan.json" >/dev/null 2>&1 || fail "the planned game did not play"
# The E2E game's cash after 2025Q2, as compare's text report prints it.
CASH="$(java -jar target/capex.jar compare "$SAVES/e2e.json" "$SAVES/plan.json" --format text \
    | awk '$1 == "2025Q2" && $2 == "E2E" { print $3 }')"
[ -n "$CASH" ] || fail "compare --format text has no 2025Q2 row for E2E"
SESSION=compare
$T new-session -d -s "$SESSION" -x 100 -y 30 \
    "env LANG=C.UTF-8 java -jar target/capex.jar compare $SAVES/e2e.json $SAVES/plan.json; echo \"EXIT=\$?\"; sleep 600"
wait_for "COMPARE · 2 games" 20
expect "2028Q4" "E2E" "Plan" "save ends" "LEADERBOARD" "q quit"
keys Home; wait_for "QUARTER 2025Q2"
expect "$CASH"
keys Tab; wait_for "PAIR 1 of 1"
expect "Same seed (7): the whole gap is choices." "Score gap" "choices"
keys q
wait_for "EXIT=0" 10
if screen_text | grep -qF "COMPARE ·"; then fail "the compare view is still on screen after quitting"; fi
echo "e2e: OK"
