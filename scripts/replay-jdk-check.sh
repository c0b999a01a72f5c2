#!/usr/bin/env bash
# Replays must agree bit for bit across JVMs: a game saved under the machine's default Java (17) must
# verify under the JDK 25, and the reverse. Exit 0 when both directions verify, non-zero otherwise.
# Skips (exit 0, with a message) when the JDK 25 is not installed.
# Usage: scripts/replay-jdk-check.sh   (builds target/capex.jar if it is missing or stale)
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PLAN=scenarios/plans/seeds-2025.json
SEED=${SEED:-7}

if [ ! -x "$JAVA25" ]; then
    echo "replay-jdk-check: skipped: no JDK 25 at $JAVA25 (set JAVA25 to another java to run it)"
    exit 0
fi
if [ ! -f target/capex.jar ] || [ -n "$(find src scenarios pom.xml -newer target/capex.jar -print -quit)" ]; then
    echo "replay-jdk-check: building target/capex.jar (missing or older than the sources)"
    mvn -B -q clean package -DskipTests
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "replay-jdk-check: $("$JAVA17" -version 2>&1 | head -1) and $("$JAVA25" -version 2>&1 | head -1)"

status=0
check() { # check NAME WRITER VERIFIER
    local save="$work/$1.json"
    "$2" -jar target/capex.jar play --plan "$PLAN" --seed "$SEED" --team "$1" --save "$save" > "$work/$1.txt" 2>/dev/null
    if "$3" -jar target/capex.jar replay "$save" --verify; then
        echo "replay-jdk-check: $1: ok"
    else
        echo "replay-jdk-check: $1: the replay differs (see above)" >&2
        status=1
    fi
}
check saved-with-17-verified-with-25 "$JAVA17" "$JAVA25"
check saved-with-25-verified-with-17 "$JAVA25" "$JAVA17"

# The two games are the same game: their digests must be identical too.
d17=$(grep '"digest"' "$work/saved-with-17-verified-with-25.json")
d25=$(grep '"digest"' "$work/saved-with-25-verified-with-17.json")
if [ "$d17" != "$d25" ]; then
    echo "replay-jdk-check: the same plan and seed give different digests under the two JDKs" >&2
    status=1
fi
# And the same text on screen.
if ! cmp -s "$work/saved-with-17-verified-with-25.txt" <(sed 's/saved-with-25-verified-with-17/saved-with-17-verified-with-25/' "$work/saved-with-25-verified-with-17.txt"); then
    echo "replay-jdk-check: the game's text differs between the two JDKs" >&2
    status=1
fi
exit $status
