#!/usr/bin/env bash
# Builds a node's JVM AOT cache for a built jar in one command (docs/deploy.md, "Start-up"):
#   scripts/build-aot-cache.sh [JAR] [DIR]        (defaults: target/sandkassen.jar, target/app)
# 1. extracts the jar with Spring Boot's jarmode tools into DIR (the cache only works with the
#    extracted form: DIR/sandkassen.jar and DIR/lib/);
# 2. a training run: starts DIR/sandkassen.jar with -XX:AOTCacheOutput on loopback ports of its
#    own, with an in-memory database, asks for what a learner's first visit asks for (the page,
#    its scripts, the readiness), then stops it with SIGTERM; the JVM writes DIR/sandkassen.aot
#    as it exits (JDK 25+, JEP 514). On JDK 21–24 a CDS archive (DIR/sandkassen.jsa) instead.
# Then start the node from DIR:  java -XX:AOTCache=sandkassen.aot -jar sandkassen.jar
# (deploy/systemd/sandkassen.service does). Make the cache again for every new jar and JDK: a
# cache that does not match is ignored with a warning and the node starts as without it.
# Needs nothing but the JDK and curl; about a minute on 2 cores.
set -euo pipefail
JAR="${1:-target/sandkassen.jar}"
DIR="${2:-target/app}"
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
PORT="${TRAINING_PORT:-18190}"
[ -f "$JAR" ] || { echo "no jar at $JAR (build it: ./mvnw -Pproduction -DskipTests package)"; exit 1; }

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
rm -rf "$DIR" && mkdir -p "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" > /dev/null
JAR_NAME=$(basename "$JAR")
if [ "$FEATURE" -ge 25 ]; then
  CACHE="sandkassen.aot"; WRITE=(-XX:AOTCacheOutput="$CACHE"); USE="-XX:AOTCache=$CACHE"
else
  CACHE="sandkassen.jsa"; WRITE=(-XX:ArchiveClassesAtExit="$CACHE"); USE="-XX:SharedArchiveFile=$CACHE"
fi

# The training run: the application as a node runs it (production jar, its own settings), on
# loopback, with the embedded database whatever the environment says, so training touches no
# real database and no learner.
cd "$DIR"
"$JAVA" -Xmx1g "${WRITE[@]}" -jar "$JAR_NAME" --server.address=127.0.0.1 --server.port="$PORT" \
  --management.server.port=$((PORT + 1)) --management.server.address=127.0.0.1 --spring.profiles.active=default \
  --logging.level.root=warn > training.log 2>&1 &
TRAINEE=$!
trap 'kill $TRAINEE 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$((PORT + 1))/actuator/health" && break
  kill -0 $TRAINEE 2>/dev/null || { echo "the training run did not start, see $DIR/training.log"; exit 1; }
  sleep 0.5
done
# What a learner's first visit asks for, a few times (new visitors: no cookie), and the probes.
for _ in 1 2 3 4 5; do
  page=$(curl -s "http://127.0.0.1:$PORT/")
  for script in $(grep -o 'src="/VAADIN/[^"]*"' <<< "$page" | sed 's/src="//; s/"$//' | head -5); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT$script"
  done
  curl -s -o /dev/null "http://127.0.0.1:$PORT/readyz"
done
kill -TERM $TRAINEE
wait $TRAINEE 2>/dev/null || true   # exits 143 after SIGTERM; the cache is written as it exits
trap - EXIT
[ -s "$CACHE" ] || { echo "no cache was written, see $DIR/training.log"; tail -20 training.log; exit 1; }
echo "AOT cache: $DIR/$CACHE ($(du -h "$CACHE" | cut -f1)) for $DIR/$JAR_NAME and $("$JAVA" -version 2>&1 | head -1)"
echo "start the node from $DIR with: java $USE -jar $JAR_NAME"
