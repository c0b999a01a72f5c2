#!/usr/bin/env bash
# A full game of `capex play` at 80x24 in a real terminal (tmux), played through the dashboard's keys as a
# player would, with the screen captured at the moments a player reads: the first frame, the lever menu,
# forms with their preview (one refused, in the player's language), a quarter's result page with the
# share price's bridge, the dashboard in mid-game, the final result, the scorecard page and what the
# terminal shows after the dashboard closes. All 15 quarters are played; levers are used in the first
# five. Writes docs/walkthrough-LANG.md (Markdown with the captures) for each language asked.
#
# Usage: scripts/walkthrough.sh [en|de|both]   (default both; from anywhere; builds the jar if missing)
# Not part of CI (it takes a few minutes and reads screens rather than checking them; e2e-tmux.sh checks).
set -euo pipefail
cd "$(dirname "$0")/.."

E2E_NAME=walkthrough
. scripts/tmux-lib.sh
e2e_prepare

LANGS="${1:-both}"
[ "$LANGS" = both ] && LANGS="en de"
SEED=7
SOCK="capex-walk-$$"
T="tmux -u -L $SOCK"
SESSION=walk
WORK="$(mktemp -d)"
cleanup() { $T kill-server >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT

# settle: waits until the screen has stopped changing (the dashboard draws after each key, and a quarter
# takes a moment to resolve behind the computing line).
settle() {
    local a b n=0
    a="$(screen_text)"
    while :; do
        sleep 0.4
        b="$(screen_text)"
        if [ "$a" = "$b" ] && ! grep -qE "Playing 20|wird gespielt: Welt" <<<"$b"; then
            return 0
        fi
        a="$b"
        n=$((n + 1))
        [ "$n" -ge 150 ] && fail "the screen did not settle within a minute"
    done
}

# shot TITLE TEXT: adds the screen as it is now to the walk-through, under a heading and a sentence.
shot() {
    settle
    {
        echo
        echo "### $1"
        echo
        [ -n "${2:-}" ] && { echo "$2"; echo; }
        echo '```'
        screen_text | sed -e 's/[[:space:]]*$//' | sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'
        echo '```'
    } >>"$OUT"
}

# letter TITLE: the key of a lever in the open menu, read from the menu line that shows its title.
letter() {
    local hit
    hit="$(screen_text | grep -oE -- "│[a-z]  $1" | head -1)" || true
    [ -n "$hit" ] || fail "no lever '$1' in the menu"
    sed -E 's/^│([a-z]).*/\1/' <<<"$hit"
}

clear_field() { keys End; for _ in $(seq 16); do keys BSpace; done; }

# open_lever TITLE: n, then the lever's letter; waits for its form.
open_lever() {
    keys n; settle
    local k
    k="$(letter "$1")"
    keys "$k"; wait_for "$1" 10; settle
}

# end_quarter N: e, y, and the result page that opens by itself (N = the quarter's number, 1..15).
end_quarter() {
    keys e; settle
    keys y
    wait_for "$2" 120
    settle
}

walk() {
    local L="$1"
    OUT="docs/walkthrough-$L.md"
    if [ "$L" = de ]; then
        local T_ORDER="GPUs bestellen" T_TRAIN="Trainingsanteil" T_CREDIT="Private Credit" T_SALE="Verkauf von Vermögen"
        local T_BUILD="Rechenzentren bauen" T_HIRE="Star-Forscher abwerben" RESULT="Ergebnis" NEXT="weiter zu"
        local FINAL="Schlusswertung" QUEUED="VORGEMERKT" TITLE="Capex-Rundgang: ein ganzes Spiel auf Deutsch (80x24)"
    else
        local T_ORDER="Order GPUs" T_TRAIN="Training share" T_CREDIT="Private credit" T_SALE="Asset sale"
        local T_BUILD="Build data centers" T_HIRE="Hire star researchers" RESULT="result" NEXT="on to"
        local FINAL="final scorecard" QUEUED="QUEUED" TITLE="Capex walk-through: a whole game in English (80x24)"
    fi
    {
        echo "# $TITLE"
        echo
        echo "Written by \`scripts/walkthrough.sh $L\` (seed $SEED, tmux at 80x24, \`LANG=C.UTF-8\`,"
        echo "\`capex play --lang $L\`): every screen below is what tmux's capture-pane read at that moment."
        echo "Re-run the script to regenerate this file after a change to the screens."
    } >"$OUT"

    $T kill-server >/dev/null 2>&1 || true
    $T new-session -d -s "$SESSION" -x 80 -y 24 \
        "env LANG=C.UTF-8 java -jar target/capex.jar play --lang $L --seed $SEED --team Walk --out $WORK/$L.json; echo \"EXIT=\$?\"; sleep 600"
    wait_for "1/15" 30

    echo "walkthrough $L: first frame"
    shot "1. The first frame" "The position at the start, the arena, the outlook, the empty queue and the welcome."

    echo "walkthrough $L: quarter 1 — GPUs and the training share"
    keys n; settle
    shot "2. The lever menu (n)"
    keys Escape; settle
    open_lever "$T_ORDER"
    keys Tab; clear_field; typed "200k"; settle
    shot "3. A GPU order with its preview" "200,000 B200 typed in; the preview shows cash, interest, leverage, rating, the release forecast and the verdict."
    keys Enter; wait_for "$QUEUED" 10; settle
    open_lever "$T_TRAIN"
    clear_field; typed "45%"; settle
    shot "4. The training share with its effect on the next release's Elo"
    keys Enter; settle
    shot "5. The dashboard with two decisions queued"
    end_quarter 1 "2025Q2"
    shot "6. The first quarter's result (opens by itself)" "Headline, why the share price moved, the next release's forecast, the running score."
    keys PgDn; settle
    shot "7. The result page, one page down: the statements"
    keys End; settle
    shot "8. The end of the result page: what happened and the rivals"
    for _ in 1 2 3; do keys PgUp; done; settle
    keys Enter; wait_for "2/15" 20; settle

    echo "walkthrough $L: quarter 2 — private credit"
    open_lever "$T_CREDIT"
    keys Tab; clear_field; typed "10B"; settle
    shot "9. Private credit with its terms and covenants"
    keys Enter; settle
    end_quarter 2 "2025Q3"
    keys Enter; wait_for "3/15" 20; settle

    echo "walkthrough $L: quarter 3 — an asset sale the engine refuses, then a build"
    open_lever "$T_SALE"
    keys Tab; keys Enter; keys Down; keys Enter; settle
    shot "10. An asset sale the engine refuses, with its reason" "A parcel of land offered for sale-leaseback: land can only be sold outright or put into a co-development JV."
    keys Escape; settle
    open_lever "$T_BUILD"
    keys Tab; clear_field; typed "9"; settle
    shot "11. A build larger than the site's grid connection: refused, saying how much is left"
    clear_field; typed "0.5"; settle
    keys Enter; settle
    end_quarter 3 "2025Q4"
    keys Enter; wait_for "4/15" 20; settle

    echo "walkthrough $L: quarter 4 — hire stars"
    open_lever "$T_HIRE"
    settle
    shot "12. Hiring stars at the market package: refused, with the stars' asking price"
    keys Tab; clear_field; typed "200"; settle
    shot "13. Hiring stars at a package they accept, with the forecast's change"
    keys Enter; settle
    screen_text | grep -q "<Vormerken>\|<Queue>" && { keys Escape; settle; }
    end_quarter 4 "2026Q1"
    keys Enter; wait_for "5/15" 20; settle

    local q
    for q in $(seq 5 14); do
        echo "walkthrough $L: quarter $q"
        if [ "$q" = 9 ]; then
            shot "14. The dashboard after eight quarters" "Changes since last quarter, sparklines, the arena, the outlook and last quarter's news."
        fi
        keys e; settle; keys y
        wait_for "$NEXT" 120; settle
        keys Enter; wait_for "$((q + 1))/15" 20; settle
    done

    echo "walkthrough $L: the last quarter"
    keys e; settle; keys y
    wait_for "$FINAL" 120; settle
    shot "15. The last quarter's result"
    keys Enter; settle
    shot "16. The scorecard page"
    keys End; settle
    shot "17. The scorecard page, end: the benchmark against the bots in the same world"
    keys Enter
    wait_for "EXIT=" 60; settle
    shot "18. The terminal after the dashboard closed"
    echo "walkthrough $L: wrote $OUT"
}

for L in $LANGS; do
    walk "$L"
done
