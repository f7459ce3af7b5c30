#!/usr/bin/env bash
# Cold start of the production jar to the first page served, three ways (docs/performance.md):
#   1. java -jar target/sandkassen.jar                       (as built)
#   2. the same jar extracted with Spring Boot's jarmode tools
#   3. extracted, with a JVM AOT cache from a training run    (JDK 25+; CDS on JDK 21-24)
#      that only starts the context (spring.context.exit=onRefresh, Spring Boot's documented way)
#   4. extracted, with the cache scripts/build-aot-cache.sh makes: trained on a learner's first
#      visits (the page, its scripts), the documented production path (docs/deploy.md)
# Each is started RUNS times (default 3); the time runs from launching the JVM until
# GET / answers 200 with the page, and Spring's own "Started … in" figure is printed beside it.
#   scripts/measure-startup.sh [runs]      (builds the jar with -Pproduction first)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT=18090
# The jar as the code is now (the committed frontend bundle needs no Node); SKIP_BUILD=1 keeps the jar there is.
[ -n "${SKIP_BUILD:-}" ] && [ -f target/sandkassen.jar ] || ./mvnw -B -ntp -q -Pproduction -DskipTests package

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
WORK="$PWD/target/startup"
rm -rf "$WORK" && mkdir -p "$WORK"
"$JAVA" -Djarmode=tools -jar target/sandkassen.jar extract --destination "$WORK/app" > /dev/null

# The training run: the context starts and exits at once (spring.context.exit=onRefresh),
# writing the cache of the classes it loaded. JDK 25 knows -XX:AOTCacheOutput; older, CDS.
if [ "$FEATURE" -ge 25 ]; then
  CACHE_WRITE=(-XX:AOTCacheOutput=app.aot); CACHE_USE=(-XX:AOTCache=app.aot); CACHE_NAME="AOT cache"
else
  CACHE_WRITE=(-XX:ArchiveClassesAtExit=app.jsa); CACHE_USE=(-XX:SharedArchiveFile=app.jsa); CACHE_NAME="CDS archive"
fi
(cd "$WORK/app" && "$JAVA" "${CACHE_WRITE[@]}" -Dspring.context.exit=onRefresh -jar sandkassen.jar \
  --management.server.port=$((PORT + 1)) --logging.level.root=warn > ../training.log 2>&1) || { echo "training run failed, see $WORK/training.log"; exit 1; }

now_ms() { date +%s%3N; }

# start <dir> <jar> <java options...>: one cold start, prints "<ms to first page> <Spring's figure>"
start() {
  local dir="$1"; shift
  local jar="$1"; shift
  local begin pid status="" spring
  begin=$(now_ms)
  (cd "$dir" && exec "$JAVA" -Xmx1g "$@" -jar "$jar" --server.port=$PORT --management.server.port=$((PORT + 1)) \
    > "$WORK/run.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/" || true)
    [ "$status" = 200 ] && break
    sleep 0.05
  done
  local elapsed=$(( $(now_ms) - begin ))
  spring=$(sed -n 's/.*Started Application in \([0-9.]*\) seconds.*/\1/p' "$WORK/run.log" | head -1)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  [ "$status" = 200 ] || { echo "no page within 60 s, see $WORK/run.log" >&2; return 1; }
  echo "$elapsed ${spring:-?}"
}

measure() { # label dir jar options...
  local label="$1"; shift
  local total=0 line ms figures=""
  for i in $(seq 1 "$RUNS"); do
    line=$(start "$@")
    ms=${line%% *}
    total=$((total + ms))
    figures="$figures ${ms} ms (Spring ${line#* } s);"
  done
  printf '%-34s mean %5d ms to the first page —%s\n' "$label" $((total / RUNS)) "${figures%;}"
}

echo "Cold start to the first page served (GET / → 200), $RUNS runs each, $("$JAVA" -version 2>&1 | head -1), $(nproc) cores:"
measure "java -jar target/sandkassen.jar" . target/sandkassen.jar
measure "extracted jar" "$WORK/app" sandkassen.jar
measure "extracted jar + $CACHE_NAME" "$WORK/app" sandkassen.jar "${CACHE_USE[@]}"
if [ "$FEATURE" -ge 25 ]; then
  scripts/build-aot-cache.sh target/sandkassen.jar "$WORK/trained" > "$WORK/build-aot-cache.log" 2>&1 \
    || { echo "scripts/build-aot-cache.sh failed, see $WORK/build-aot-cache.log"; exit 1; }
  measure "build-aot-cache.sh (first visits)" "$WORK/trained" sandkassen.jar -XX:AOTCache=sandkassen.aot
fi
echo "The cache: $(du -h "$WORK/app/"app.* | cut -f1) in target/startup/app (make it again for each new jar and JDK)."
