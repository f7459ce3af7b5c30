#!/usr/bin/env bash
# Sandkassen beside the framework's floor (docs/performance.md, "The floor"): the same kind of
# journey against the app and against the trivial Vaadin page /floor, each on a fresh server
# (production jar, fixed heap, --sandkassen.perf.floor=true), alternately:
#   1. heap per open session with push on: learners walk away with their page (and its WebSocket)
#      open, and the heap after GC is divided by the sessions left open;
#   2. server CPU-ms per action: learners as in scripts/load-test.sh, who press "Afslut".
# Prints both figures per run and a summary, and a class histogram of every heap run
# (target/floor-test/histo-*.txt). CPU-ms per action holds on a busy machine; latency does not.
#   scripts/floor-test.sh                     (2 rounds of app, floor: ~12 min)
#   JARS="target/before.jar target/sandkassen.jar" ROUNDS=2 SKIP_BUILD=1 scripts/floor-test.sh
#                                             (before/after side by side: A/B/A/B, the floor in each round)
# Environment: ROUNDS (default 2), JARS (production jars to alternate, default target/sandkassen.jar),
# ONLY (heap or cpu: one measurement), HEAP_ARGS / CPU_ARGS (the driver's options for each),
# and what scripts/server-under-test.sh reads (HEAP, PORT, JAVA_OPTS, SKIP_BUILD …).
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${HEAP:-1g}"
ROUNDS="${ROUNDS:-2}"
JARS="${JARS:-target/sandkassen.jar}"
HEAP_ARGS="${HEAP_ARGS:---learners 60 --duration 45s --ramp-up 5s --warm-up 15s --think 200-400 --leave-open --push}"
CPU_ARGS="${CPU_ARGS:---learners 100 --duration 60s --ramp-up 10s --warm-up 20s --think 1000-3000}"
SERVER_ARGS="${SERVER_ARGS:-} --sandkassen.perf.floor=true"
# shellcheck source=scripts/server-under-test.sh
source scripts/server-under-test.sh
build_jar_and_driver
OUT=target/floor-test
mkdir -p "$OUT"
SUMMARY=()

# run NAME JAR MEASUREMENT [driver options...]: one fresh server, one driver run, the figures kept.
run() {
  local name="$1" jar="$2" what="$3"; shift 3
  local log="$OUT/$name.log"
  JAR="$jar" start_server "$OUT/$name-server.log"
  # shellcheck disable=SC2086
  "$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver --url "http://localhost:$PORT" --ops-url "$OPS_URL" "$@" \
    > "$log" 2>&1 || echo "($name: the driver said NOT OK, see $log)"
  if [ "$what" = heap ]; then
    jcmd "$SERVER" GC.class_histogram > "$OUT/histo-$name.txt" 2>/dev/null || true
  fi
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  local line
  line=$(grep -E "^(heap per open session|server CPU per action):" "$log" | tr '\n' ' ')
  SUMMARY+=("$name: ${line:-no figure, see $log}")
  echo "${SUMMARY[-1]}"
}

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), -Xmx$HEAP, $("$JAVA" -version 2>&1 | head -1)"
for round in $(seq 1 "$ROUNDS"); do
  n=0
  for jar in $JARS; do
    n=$((n + 1))
    tag=$([ "$(echo "$JARS" | wc -w)" -gt 1 ] && echo "-jar$n" || true)
    # shellcheck disable=SC2086
    [ "${ONLY:-heap}" = heap ] && run "heap-app$tag-$round" "$jar" heap $HEAP_ARGS
    # shellcheck disable=SC2086
    [ "${ONLY:-cpu}" = cpu ] && run "cpu-app$tag-$round" "$jar" cpu $CPU_ARGS
  done
  # shellcheck disable=SC2086
  [ "${ONLY:-heap}" = heap ] && run "heap-floor-$round" "${JARS%% *}" heap $HEAP_ARGS --floor
  # shellcheck disable=SC2086
  [ "${ONLY:-cpu}" = cpu ] && run "cpu-floor-$round" "${JARS%% *}" cpu $CPU_ARGS --floor
done
echo
echo "summary ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %s\n' "${SUMMARY[@]}"
