#!/usr/bin/env bash
# The flood test (docs/performance.md, "Flood"; issue 11): the production jar with a small fixed
# heap (512 MiB: the session cap derived from it is 557, and running out of memory is real; the
# JVM exits on it), then three runs of the load driver against the same server:
#   1. baseline: learners only (after a warm-up);
#   2. a flood of new visitors from one address while the learners carry on;
#   3. the same flood from many addresses (one per request): the cap on sessions is reached.
# Each flood prints its answers (admitted, 429 busy, 503 full, errors, no answer), the learners'
# p95/p99 before, during and after it, and the server's sessions, sandboxes and heap after GC
# before, right after, and 90 s after it (one cleanup interval past the 60 s that a session
# whose UI never starts lives). Exits non-zero when a learner hit an error, the server stopped
# answering, or it died. About 9 minutes.
#   scripts/flood-test.sh                       (all three)
#   PHASES="many" FLOOD_UI=false scripts/flood-test.sh   (a crawler from many addresses only)
#   VIA_NGINX=1 scripts/flood-test.sh           (through nginx with the shipped configuration)
#   SERVER_CPUS=0 CLIENT_CPUS=1 VIA_NGINX=1 LEARNERS=50 scripts/flood-test.sh
#                                               (the node on one core, nginx and the driver on the other)
#   SERVER_CPUS=0 NGINX_CPUS=0 CLIENT_CPUS=1 VIA_NGINX=1 LEARNERS=50 PHASES="baseline one:19" scripts/flood-test.sh
#                                               (the node's machine: node and nginx on core 0; the learners'
#                                                browsers and the attacker elsewhere, on core 1)
#   ATTACKER_NICE=19 VIA_NGINX=1 scripts/flood-test.sh
#                                               (the flood a process of its own at the lowest CPU priority:
#                                                the attacker's CPU as if on a machine of its own)
#   VIA_NGINX=1 PHASES="baseline one one:19" scripts/flood-test.sh
#                                               (side by side: the attacker in the driver, then at nice 19)
# Environment: LEARNERS (100), FLOOD (10000), CONCURRENCY (32), FLOOD_UI (true), ATTACKER_NICE, PHASES
# ("baseline one many"), HEAP (512m), SETTLE (210s: the 3 minutes a UI started and never used
# lives, plus one cleanup interval of 15 s, plus a sample's margin), VIA_NGINX (unset; 1: the
# driver goes through nginx on NGINX_PORT, 8090, each simulated person connecting from an
# address of its own in 127.0.0.0/8), and those of scripts/server-under-test.sh (PORT,
# MANAGEMENT_PORT, SERVER_ARGS, JAVA_OPTS, SKIP_BUILD=1).
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${HEAP:-512m}"
LEARNERS="${LEARNERS:-100}"
FLOOD="${FLOOD:-10000}"
CONCURRENCY="${CONCURRENCY:-32}"
FLOOD_UI="${FLOOD_UI:-true}"
PHASES="${PHASES:-baseline one many}"
SETTLE="${SETTLE:-210s}"
NGINX_PORT="${NGINX_PORT:-8090}"
# shellcheck source=scripts/server-under-test.sh
source scripts/server-under-test.sh

machine() { echo "machine: $(nproc) cores,$(uptime | sed 's/.*load average/ load average/')"; }

build_jar_and_driver
echo "=== $(date -u +%FT%TZ)  what else runs on the machine:"
top -bn1 | head -15
start_server target/flood-server.log
echo "server: java -Xms$HEAP -Xmx$HEAP -XX:+ExitOnOutOfMemoryError ${JAVA_OPTS:-} -jar target/sandkassen.jar ${SERVER_ARGS:-}  ($("$JAVA" -version 2>&1 | head -1))"
curl -s "http://localhost:$MANAGEMENT_PORT/actuator/health/readiness"; echo

URL="http://localhost:$PORT"
ADDRESSES=header
if [ -n "${VIA_NGINX:-}" ]; then
  start_nginx "$NGINX_PORT"
  URL="http://127.0.0.1:$NGINX_PORT"
  ADDRESSES=loopback
fi
DRIVER=(--url "$URL" --addresses "$ADDRESSES" --ops-url "$OPS_URL" --learners "$LEARNERS" --ramp-up 10s --think 1000-3000)
FLOOD_ARGS=(--flood "$FLOOD" --flood-concurrency "$CONCURRENCY" --flood-ui "$FLOOD_UI" --flood-after 30s --flood-settle "$SETTLE" --sample 15s)
[ -z "${ATTACKER_NICE:-}" ] || FLOOD_ARGS+=(--flood-nice "$ATTACKER_NICE")
STATUS=0
for phase in $PHASES; do
  case "$phase" in
    baseline) ARGS=(--warm-up 30s --duration 60s) ;;
    one|many) ARGS=("${FLOOD_ARGS[@]}" --flood-from "$phase") ;;
    one:*|many:*) ARGS=("${FLOOD_ARGS[@]}" --flood-from "${phase%%:*}" --flood-nice "${phase#*:}") ;;
    *) echo "unknown phase $phase (baseline, one, many; one:19 and many:19 with the attacker at nice 19)"; exit 2 ;;
  esac
  echo; echo "=== $(date -u +%FT%TZ)  $phase: LoadDriver ${DRIVER[*]} ${ARGS[*]}"
  machine
  TICKS_BEFORE=$(cpu_ticks); WALL_BEFORE=$(date +%s); NGINX_TICKS_BEFORE=$(cpu_ticks_of "${NGINX:-0}")
  ${CLIENT_CPUS:+taskset -c "$CLIENT_CPUS"} "$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver "${DRIVER[@]}" "${ARGS[@]}" || STATUS=1
  print_cpu $(( $(cpu_ticks) - TICKS_BEFORE )) $(( $(date +%s) - WALL_BEFORE ))
  if [ -n "${VIA_NGINX:-}" ]; then
    awk -v t="$(( $(cpu_ticks_of "$NGINX") - NGINX_TICKS_BEFORE ))" -v hz="$(getconf CLK_TCK)" \
      'BEGIN { printf "nginx CPU: %.1f s\n", t/hz }'
    echo "nginx answered 429 (new visitors over its limit): $(grep -c '\" 429 ' "$NGINX_DIR/access.log") in all so far"
  fi
  machine
  if ! server_alive; then
    echo "FAILED: the server died during $phase; the end of target/flood-server.log:"
    tail -20 target/flood-server.log
    exit 1
  fi
done
echo; echo "=== $(date -u +%FT%TZ)  done"
top -bn1 | head -15
grep -c " ERROR " target/flood-server.log | sed 's/^/server log: ERROR lines: /' || true
exit $STATUS
