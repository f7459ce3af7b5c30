#!/usr/bin/env bash
# Measures the per-request cost of the database session store (decision 0004): starts the
# production jar twice on this machine, once with Spring Session JDBC (the default) and once
# with sessions only in memory, and runs the same heartbeat load against both in one run.
#   scripts/measure-session-store.sh            (builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f target/sandkassen.jar ] || ./mvnw -q -Pproduction -DskipTests package

start() { # name port store
  # Two servers at once: each takes a free management port instead of the default 8081.
  "$JAVA" -Xmx1g -jar target/sandkassen.jar --server.port="$2" --management.server.port=0 --sandkassen.session.store="$3" \
    --sandkassen.sweep.grace=PT1H --logging.level.root=warn > "target/measure-$1.log" 2>&1 &
  echo $!
}
wait_up() { for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$1/styles.css" && return 0; sleep 0.5; done; return 1; }

JDBC_PID=$(start jdbc 18081 jdbc)
MEMORY_PID=$(start memory 18082 memory)
trap 'kill $JDBC_PID $MEMORY_PID 2>/dev/null || true' EXIT
wait_up 18081 && wait_up 18082

echo "Spring Session JDBC (H2, the default):"
"$JAVA" scripts/SessionStoreCost.java http://localhost:18081 20 3000
echo "Sessions in memory only (baseline):"
"$JAVA" scripts/SessionStoreCost.java http://localhost:18082 20 3000
echo "Again, JDBC then memory, to see the spread:"
"$JAVA" scripts/SessionStoreCost.java http://localhost:18081 20 3000
"$JAVA" scripts/SessionStoreCost.java http://localhost:18082 20 3000
