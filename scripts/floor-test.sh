#!/usr/bin/env bash
# Sandkassen beside the framework's floor (docs/performance.md, "The floor"): the same kind of
# journey against the app and against the trivial Vaadin page /floor (production jar, fixed heap,
# --sandkassen.perf.floor=true), side by side in one run:
#   heap: heap per open session with push on, each on a fresh server: learners walk away with
#         their page (and its WebSocket) open; the heap after GC is divided by the sessions left
#         open; a class histogram of each such server is kept (target/floor-test/histo-*.txt);
#   cpu:  server CPU-ms per action: one server per jar, started first and warmed up with both
#         journeys, then measured windows taking turns — each jar's app journey, then the floor —
#         ROUNDS times (A/B/floor/A/B/floor …), learners pressing "Afslut" as in scripts/load-test.sh.
# CPU-ms per action holds on a busy machine; latency does not, and is not reported here.
#   scripts/floor-test.sh                     (one jar: target/sandkassen.jar)
#   JARS="target/before.jar target/sandkassen.jar" SKIP_BUILD=1 scripts/floor-test.sh
#                                             (before/after side by side)
# Environment: JARS (production jars, default target/sandkassen.jar), ONLY (heap or cpu), ROUNDS
# (measured windows per jar and journey, default 2), HEAP_ARGS / CPU_ARGS / WARM_ARGS (the driver's
# options), and what scripts/server-under-test.sh reads (HEAP, PORT, JAVA_OPTS, SKIP_BUILD …).
set -euo pipefail
cd "$(dirname "$0")/.."
HEAP="${HEAP:-1g}"
ROUNDS="${ROUNDS:-2}"
JARS="${JARS:-target/sandkassen.jar}"
HEAP_ARGS="${HEAP_ARGS:---learners 40 --duration 60s --ramp-up 10s --warm-up 30s --think 200-400 --leave-open --push}"
CPU_ARGS="${CPU_ARGS:---learners 30 --duration 60s --ramp-up 5s --think 1000-3000}"
WARM_ARGS="${WARM_ARGS:---learners 30 --duration 45s --ramp-up 5s --think 500-1500}"
# A busy machine slows the door: new learners wait longer (within the driver's 30 s timeout), more at once.
SERVER_ARGS="${SERVER_ARGS:-} --sandkassen.perf.floor=true --sandkassen.capacity.new-visitor-wait=PT25S --sandkassen.capacity.new-visitors-at-once=4 --sandkassen.capacity.new-visitors-per-second=1000"
# shellcheck source=scripts/server-under-test.sh
source scripts/server-under-test.sh
build_jar_and_driver
OUT=target/floor-test
mkdir -p "$OUT"
SUMMARY=()
BASE_PORT=$PORT
declare -A SERVERS=()
trap 'for s in "${SERVERS[@]}"; do kill "$s" 2>/dev/null || true; done' EXIT

# drive NAME PORT [driver options...]: one run of the driver against the server on PORT; keeps its figures.
drive() {
  local name="$1" port="$2"; shift 2
  local log="$OUT/$name.log" line
  "$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver --url "http://localhost:$port" \
    --ops-url "http://127.0.0.1:$((port + 1))/actuator/sandkassen" "$@" > "$log" 2>&1 || echo "($name: the driver said NOT OK, see $log)"
  line=$(grep -E "^(heap per open session|server CPU per action):" "$log" | tr '\n' ' ')
  SUMMARY+=("$name: ${line:-no figure, see $log}")
  echo "${SUMMARY[-1]}"
}

# serve N JAR: starts JAR on port BASE_PORT + 10 N; its pid in SERVERS[N].
serve() {
  PORT=$((BASE_PORT + 10 * $1)) MANAGEMENT_PORT=$((BASE_PORT + 10 * $1 + 1)) JAR="$2" start_server "$OUT/server-$1.log"
  SERVERS[$1]=$SERVER
  trap 'for s in "${SERVERS[@]}"; do kill "$s" 2>/dev/null || true; done' EXIT # start_server's trap knows one server
}

stop() {
  kill "${SERVERS[$1]}"; wait "${SERVERS[$1]}" 2>/dev/null || true; unset "SERVERS[$1]"
}

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), -Xmx$HEAP, $("$JAVA" -version 2>&1 | head -1); jars: $JARS"
JAR_LIST=($JARS)
if [ "${ONLY:-heap}" = heap ]; then
  for i in "${!JAR_LIST[@]}"; do
    serve "$i" "${JAR_LIST[$i]}"
    # shellcheck disable=SC2086
    drive "heap-app-jar$((i + 1))" $((BASE_PORT + 10 * i)) $HEAP_ARGS
    "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "${SERVERS[$i]}" GC.class_histogram > "$OUT/histo-app-jar$((i + 1)).txt" 2>/dev/null || true
    stop "$i"
  done
  serve 0 "${JAR_LIST[0]}"
  # shellcheck disable=SC2086
  drive heap-floor "$BASE_PORT" $HEAP_ARGS --floor
  "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "${SERVERS[0]}" GC.class_histogram > "$OUT/histo-floor.txt" 2>/dev/null || true
  stop 0
fi
if [ "${ONLY:-cpu}" = cpu ]; then
  for i in "${!JAR_LIST[@]}"; do
    serve "$i" "${JAR_LIST[$i]}"
  done
  for i in "${!JAR_LIST[@]}"; do # warm-up (JIT, caches): both journeys on every server, unmeasured
    # shellcheck disable=SC2086
    drive "warm-app-jar$((i + 1))" $((BASE_PORT + 10 * i)) $WARM_ARGS
    # shellcheck disable=SC2086
    drive "warm-floor-jar$((i + 1))" $((BASE_PORT + 10 * i)) $WARM_ARGS --floor
  done
  for round in $(seq 1 "$ROUNDS"); do
    for i in "${!JAR_LIST[@]}"; do
      # shellcheck disable=SC2086
      drive "cpu-app-jar$((i + 1))-$round" $((BASE_PORT + 10 * i)) $CPU_ARGS
    done
    # shellcheck disable=SC2086
    drive "cpu-floor-$round" "$BASE_PORT" $CPU_ARGS --floor
  done
fi
echo
echo "summary ($(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %s\n' "${SUMMARY[@]}"
