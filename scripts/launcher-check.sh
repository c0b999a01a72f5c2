#!/usr/bin/env bash
# Checks the launcher (./capex) as CI would, with no terminal: it makes its class-data archive from the
# training run (per user, keyed by JVM and jar), never writes to standard output itself, gives
# byte-identical output to `java -jar` for compare --format csv and simulate under JDK 17 and JDK 25, and
# ignores and rebuilds a damaged archive. Usage: scripts/launcher-check.sh (after mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/capex.jar ] || mvn -B -q package -DskipTests
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_CACHE_HOME="$WORK/cache"
fail() { echo "launcher-check: FAIL: $*" >&2; exit 1; }

# two small saves to compare
java -jar target/capex.jar play --plan scenarios/plans/seeds-2025.json --seed 3 --save "$WORK/a.json" >/dev/null
java -jar target/capex.jar play --plan scenarios/plans/seeds-2025.json --seed 4 --save "$WORK/b.json" >/dev/null

jdks=("")
J25=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1 || true)
[ -n "$J25" ] && jdks+=("$J25")
for jh in "${jdks[@]}"; do
    if [ -n "$jh" ]; then export JAVA_HOME="$jh"; JAVA="$jh/bin/java"; else unset JAVA_HOME; JAVA=java; fi
    label=$("$JAVA" -version 2>&1 | head -1)
    # the archive is made from the training run, silently
    out=$(CAPEX_CDS=sync ./capex --version)
    [ "$out" = "$("$JAVA" -jar target/capex.jar --version)" ] || fail "--version prints '$out' ($label)"
    n=$(find "$XDG_CACHE_HOME/capex" -name '*.jsa' | wc -l)
    [ "$n" -ge 1 ] || fail "no archive made in $XDG_CACHE_HOME/capex ($label)"
    for args in "compare $WORK/a.json $WORK/b.json --format csv" "simulate --strategy status-quo --worlds 100 --format csv" \
                "simulate --strategy leverage --worlds 50 --format json --threads 2" "scenarios" "replay $WORK/a.json --verify"; do
        # shellcheck disable=SC2086
        ./capex $args > "$WORK/launcher.out" 2> "$WORK/launcher.err" || fail "./capex $args exited $? ($label)"
        # shellcheck disable=SC2086
        "$JAVA" -jar target/capex.jar $args > "$WORK/jar.out" 2>/dev/null || fail "java -jar $args failed ($label)"
        cmp -s "$WORK/launcher.out" "$WORK/jar.out" || { diff "$WORK/launcher.out" "$WORK/jar.out" | head -5 >&2; fail "./capex $args differs from java -jar ($label)"; }
        [ ! -s "$WORK/launcher.err" ] || { head -3 "$WORK/launcher.err" >&2; fail "./capex $args wrote to standard error ($label)"; }
    done
    echo "launcher-check: outputs byte-identical with and without the launcher, nothing on stderr ($label)"
done
unset JAVA_HOME

# a damaged archive is ignored (same output, nothing printed) and made again (the default JVM's archive only)
rm -rf "$XDG_CACHE_HOME/capex"
CAPEX_CDS=sync ./capex --version >/dev/null
jsa=$(find "$XDG_CACHE_HOME/capex" -name '*.jsa' | head -1)
[ -n "$jsa" ] || fail "no archive for the default JVM"
chmod u+w "$jsa"; head -c 1000 /dev/urandom > "$jsa"
./capex scenarios > "$WORK/damaged.out" 2> "$WORK/damaged.err" || fail "a damaged archive broke ./capex"
java -jar target/capex.jar scenarios > "$WORK/jar.out"
cmp -s "$WORK/damaged.out" "$WORK/jar.out" || fail "a damaged archive changed the output"
[ ! -s "$WORK/damaged.err" ] || fail "a damaged archive printed: $(head -1 "$WORK/damaged.err")"
# the start above removed it and began making it again in the background: wait for it (at most 3 minutes)
for _ in $(seq 180); do [ -s "$jsa" ] && [ -f "$jsa.size" ] && break; sleep 1; done
[ -s "$jsa" ] && [ "$(wc -c < "$jsa")" -gt 100000 ] || fail "the damaged archive was not made again"
echo "launcher-check: a damaged archive is ignored and made again"

# an archive of another JVM given by hand: the JVM's complaints never reach standard output
if [ -n "$J25" ]; then
    j17=$(find "$XDG_CACHE_HOME/capex" -name '*.jsa' | head -1)
    out=$(JAVA_HOME="$J25" CAPEX_CDS=off CAPEX_JAVA_OPTS="-XX:SharedArchiveFile=$j17" ./capex --version 2>/dev/null)
    [ "$out" = "$(java -jar target/capex.jar --version)" ] || fail "JDK 25 with a foreign archive printed '$out'"
    echo "launcher-check: a foreign archive leaves standard output clean"
fi
echo "launcher-check: OK"
