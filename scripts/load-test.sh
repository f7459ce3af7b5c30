#!/usr/bin/env bash
# The HTTP load test (docs/performance.md): starts the production jar with a fixed heap, runs the
# load driver against it (simulated learners speaking Vaadin's protocol), prints the driver's
# figures and the server's CPU, and stops the server. Exits non-zero when any learner hit an
# error, so that a broken server never produces a good-looking report.
#   scripts/load-test.sh                                   (200 learners, 2 minutes)
#   scripts/load-test.sh --learners 50 --duration 1m       (any option of the driver: --help)
#   scripts/load-test.sh --classes 7 --class-size 30 --rounds 2 --warm-up-classes 1
#                                                          (classroom mode: teachers' boards open, classes
#                                                           of 30 joining within 10 s; docs/performance.md)
# Environment: HEAP (default 1g), PORT (default 18080), MANAGEMENT_PORT (default PORT+1), SERVER_ARGS (more Spring
# Boot arguments), JAVA_OPTS (more JVM options for the server, e.g. -Xlog:gc:file=target/gc.log),
# SKIP_BUILD=1 (use target/sandkassen.jar as it is); see scripts/server-under-test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${HEAP:-1g}"
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(--learners 200 --duration 2m --ramp-up 30s --warm-up 30s --think 1000-3000)
# shellcheck source=scripts/server-under-test.sh
source scripts/server-under-test.sh

build_jar_and_driver
start_server target/load-server.log
TICKS_BEFORE=$(cpu_ticks); WALL_BEFORE=$(date +%s)
echo "server: java -Xms$HEAP -Xmx$HEAP -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar target/sandkassen.jar ${SERVER_ARGS:-}  ($("$JAVA" -version 2>&1 | head -1), $(nproc) cores)"
STATUS=0
"$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver --url "http://localhost:$PORT" --ops-url "$OPS_URL" "${ARGS[@]}" || STATUS=$?
print_cpu $(( $(cpu_ticks) - TICKS_BEFORE )) $(( $(date +%s) - WALL_BEFORE ))
exit $STATUS
