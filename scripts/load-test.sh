#!/usr/bin/env bash
# The HTTP load test (docs/performance.md): starts the production jar with a fixed heap, runs the
# load driver against it (simulated learners speaking Vaadin's protocol), prints the driver's
# figures and the server's CPU, and stops the server. Exits non-zero when any learner hit an
# error, so that a broken server never produces a good-looking report.
#   scripts/load-test.sh                                   (200 learners, 2 minutes)
#   scripts/load-test.sh --learners 50 --duration 1m       (any option of the driver: --help)
# Environment: HEAP (default 1g), PORT (default 18080), MANAGEMENT_PORT (default PORT+1: where the
# server's own figures are read, on 127.0.0.1), SERVER_ARGS (more Spring Boot arguments),
# JAVA_OPTS (more JVM options for the server, e.g. -Xlog:gc:file=target/gc.log),
# SKIP_BUILD=1 (use target/sandkassen.jar as it is).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HEAP="${HEAP:-1g}"
PORT="${PORT:-18080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-$((PORT + 1))}"
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(--learners 200 --duration 2m --ramp-up 30s --warm-up 30s --think 1000-3000)

# The jar as the code is now (the committed frontend bundle needs no Node); SKIP_BUILD=1 keeps the jar there is.
[ -n "${SKIP_BUILD:-}" ] && [ -f target/sandkassen.jar ] || ./mvnw -B -ntp -q -Pproduction -DskipTests package
# The driver (src/load/java) is compiled with the tests; it runs on their class path.
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
CLASSPATH_DRIVER="target/test-classes:target/classes:$(cat target/load-classpath.txt)"

# Started as in production (docs/deploy.md): a server that runs out of memory exits, and the run fails.
# shellcheck disable=SC2086
"$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar target/sandkassen.jar \
  --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" \
  --management.endpoints.web.exposure.include=health,sandkassen ${SERVER_ARGS:-} > target/load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://localhost:$PORT/readyz" && break
  kill -0 $SERVER 2>/dev/null || { echo "the server did not start, see target/load-server.log"; exit 1; }
  sleep 0.5
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat" 2>/dev/null || echo 0; }
TICKS_BEFORE=$(cpu_ticks); WALL_BEFORE=$(date +%s)
echo "server: java -Xms$HEAP -Xmx$HEAP -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar target/sandkassen.jar ${SERVER_ARGS:-}  ($("$JAVA" -version 2>&1 | head -1), $(nproc) cores)"
STATUS=0
"$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver --url "http://localhost:$PORT" \
  --management "http://127.0.0.1:$MANAGEMENT_PORT" "${ARGS[@]}" || STATUS=$?
TICKS=$(( $(cpu_ticks) - TICKS_BEFORE )); WALL=$(( $(date +%s) - WALL_BEFORE ))
if [ "$WALL" -gt 0 ] && [ "$TICKS" -gt 0 ]; then
  awk -v t="$TICKS" -v hz="$(getconf CLK_TCK)" -v w="$WALL" -v n="$(nproc)" \
    'BEGIN { printf "server CPU: %.0f s in %d s = %.2f of %d cores on average (the driver shares the machine)\n", t/hz, w, t/hz/w, n }'
fi
exit $STATUS
