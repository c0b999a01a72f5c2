#!/usr/bin/env bash
# Shared by the tmux end-to-end scripts (source it after setting E2E_NAME, T and SESSION): installs tmux
# and builds the jar when missing, and gives the screen helpers. Every wait polls with a timeout.

e2e_prepare() {
    if ! command -v tmux >/dev/null 2>&1; then
        echo "$E2E_NAME: installing tmux"
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq tmux >/dev/null
    fi
    if [ ! -f target/capex.jar ]; then
        echo "$E2E_NAME: building target/capex.jar"
        mvn -B -q clean package -DskipTests
    fi
}

screen_text() { $T capture-pane -p -t "$SESSION"; }

fail() {
    echo "$E2E_NAME FAILED: $*" >&2
    echo "----- screen -----" >&2
    screen_text >&2 || true
    echo "------------------" >&2
    exit 1
}

# wait_for TEXT [SECONDS]: polls the screen until TEXT appears.
wait_for() {
    local text="$1" limit="${2:-15}" waited=0
    while ! screen_text | grep -qF -- "$text"; do
        sleep 0.1
        waited=$((waited + 1))
        [ "$waited" -ge $((limit * 10)) ] && fail "'$text' did not appear within ${limit}s"
    done
    return 0
}

keys() { $T send-keys -t "$SESSION" "$@"; }
typed() { $T send-keys -t "$SESSION" -l "$1"; }
