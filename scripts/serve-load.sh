#!/bin/sh
# The served workshop's load benchmark: N teams (default 40) connected over SSH to 127.0.0.1, the time to
# play a quarter for all of them and redraw every laptop, and the heap per connected team.
#   scripts/serve-load.sh [TEAMS] [QUARTERS]
# Not a test: numbers depend on the machine; record them with `uptime` in docs/performance.md.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/serve-load.cp >/dev/null
uptime
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/serve-load.cp)" dev.capex.serve.ServeLoad "$@"
