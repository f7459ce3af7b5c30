#!/usr/bin/env bash
# The cluster bench (docs/performance.md, "Cluster"; issue 17): on this one machine, all on
# loopback, PostgreSQL, two production-jar nodes with the postgres profile and a fixed heap, and
# nginx in front with the shipped deploy/nginx/sandkassen.conf adapted only by addresses. The load
# driver's learners go through nginx; during the run the driver kills one node (SIGKILL), nginx
# moves its learners to the other node where they reload and carry on with their sandbox; this
# script starts the killed node again and the driver checks that it takes learners again.
# Prints the figures performance.md needs and exits 1 when a target is missed (see below).
#   scripts/cluster-test.sh                                  (400 learners: the targets)
#   LEARNERS=40 DURATION=30s RAMP_UP=20s WARM_UP=10s scripts/cluster-test.sh   (a short try)
# Environment (defaults in brackets):
#   LEARNERS [400]  over both nodes          THINK [1000-3000] ms between a learner's actions
#   WARM_UP [30s]   unmeasured, first        RAMP_UP [60s]     learners start over this long
#   DURATION [2m]   learners work this long after the ramp-up before a node is killed
#   WINDOW [30s]    a failure this soon after the kill, or the node's return, is a move, not an error
#   DOWN [15s]      the killed node stays down this long before this script starts it again
#   SETTLE [60s]    the learners run on this long after the node returned
#   MAX_P95 [50] ms per action, MAX_BROKEN [1] % of the moved journeys: the targets
#   HEAP [1g] per node, DB_POOL [20] connections per node, SKIP_BUILD=1 (use target/sandkassen.jar)
#   BASE_PORT [18400]: nginx on it, the nodes on +10/+11 and +20/+21 (management), PostgreSQL on +30
# Installs Debian's postgresql and nginx with apt-get when they are missing (as root).
#
# PostgreSQL is Debian's package, not the embedded binaries the tests use: it is what a kommune
# runs (docs/deploy.md), with the distribution's build and settings, so its CPU and connections
# are the ones to expect; it comes with psql, which reads pg_stat_activity; and it needs no user
# namespace to run as root (the embedded server does, Postgres.java). It runs as the postgres
# user in a temporary data directory on its own port, not as the system's service.
set -euo pipefail
cd "$(dirname "$0")/.."
LEARNERS="${LEARNERS:-400}" THINK="${THINK:-1000-3000}" WARM_UP="${WARM_UP:-30s}" RAMP_UP="${RAMP_UP:-60s}"
DURATION="${DURATION:-2m}" WINDOW="${WINDOW:-30s}" DOWN="${DOWN:-15}" SETTLE="${SETTLE:-60s}"
MAX_P95="${MAX_P95:-50}" MAX_BROKEN="${MAX_BROKEN:-1}" HEAP="${HEAP:-1g}" DB_POOL="${DB_POOL:-20}"
BASE_PORT="${BASE_PORT:-18400}"
NGINX_PORT=$BASE_PORT NODE_A=$((BASE_PORT + 10)) NODE_B=$((BASE_PORT + 20)) PG_PORT=$((BASE_PORT + 30))
# shellcheck source=scripts/server-under-test.sh
source scripts/server-under-test.sh

# seconds 2m → 120 (the driver's durations: 90s, 2m, 1h)
seconds() { case "$1" in *m) echo $(( ${1%m} * 60 )) ;; *h) echo $(( ${1%h} * 3600 )) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac; }

# What the bench needs, as on a fresh Debian machine of this kind.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PG_BIN" ] || { ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; }; then
  [ "$(id -u)" = 0 ] || { echo "install postgresql and nginx first (apt-get install -y postgresql nginx)"; exit 1; }
  timeout 300 apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -q postgresql nginx >/dev/null
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
[ -n "${SKIP_BUILD:-}" ] || [ -x .tools/node24/bin/node ] || source <(scripts/install-node24.sh)
[ -x .tools/node24/bin/node ] && export PATH="$PWD/.tools/node24/bin:$PATH"
build_jar_and_driver

WORK=$(mktemp -d /tmp/sandkassen-cluster.XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local pid
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}" $(cat "$WORK"/*.pid 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate -t 30 stop >/dev/null 2>&1 || true
  wait 2>/dev/null || true
  rm -rf "$WORK/pg"
  echo "stopped everything this script started; logs in $WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# PostgreSQL: a fresh cluster, trusted on loopback only, as the nodes' one database.
mkdir -p "$WORK/pg"
[ "$(id -u)" != 0 ] || chown postgres "$WORK" "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 --no-locale >"$WORK/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/postgresql.log" -w -t 60 \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
PSQL=("$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Atq)
"${PSQL[@]}" -c "create database sandkassen" postgres
POSTMASTER=$(head -1 "$WORK/pg/postmaster.pid")
echo "PostgreSQL $("${PSQL[@]}" -c 'show server_version' postgres) (Debian's package) on 127.0.0.1:$PG_PORT, data in $WORK/pg"

# Two nodes, started the production way (server-under-test.sh) with the postgres profile.
OWN_TRAP=1 # server-under-test.sh's functions leave the clean-up to this script's trap
export SANDKASSEN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/sandkassen" SANDKASSEN_DB_USER=postgres SANDKASSEN_DB_POOL="$DB_POOL"
SERVER_ARGS="--spring.profiles.active=postgres ${SERVER_ARGS:-}"
start_node() { # NAME PORT: returns when healthy; its pid in $WORK/NAME.pid
  PORT=$2 MANAGEMENT_PORT=$(($2 + 1)) SERVER_PID_FILE="$WORK/node-$1.pid"
  start_server "$WORK/node-$1.log"
}
start_node a "$NODE_A"
start_node b "$NODE_B"
echo "two nodes: java -Xms$HEAP -Xmx$HEAP -jar target/sandkassen.jar --spring.profiles.active=postgres on 127.0.0.1:$NODE_A and :$NODE_B"
start_nginx "$NGINX_PORT" "$NODE_A" "$NODE_B"
PIDS+=("$NGINX")
# Each node's first page once, so that the warm-up's learners do not all wait for a cold node.
for port in "$NODE_A" "$NODE_B"; do curl -s -m 120 -o /dev/null "http://127.0.0.1:$port/" || true; done

# The killed node comes back: once its process is gone (the driver kills it), DOWN seconds later.
(
  pid=$(cat "$WORK/node-a.pid")
  while [ -e "/proc/$pid" ] && ! grep -q '^State:\s*Z' "/proc/$pid/status" 2>/dev/null; do sleep 0.2; done
  sleep "$DOWN"
  echo "starting node a again"
  PORT=$NODE_A MANAGEMENT_PORT=$((NODE_A + 1)) SERVER_PID_FILE="$WORK/node-a.pid"
  start_server "$WORK/node-a-again.log"
  wait "$SERVER" 2>/dev/null || true
) &
PIDS+=($!)

# PostgreSQL's side, sampled every 2 s: connections (all, and active), and its CPU (the
# postmaster, its live backends, and the backends that ended — cutime/cstime).
pg_ticks() {
  local total pid
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$POSTMASTER/stat")
  for pid in $(pgrep -P "$POSTMASTER"); do total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  echo "$total"
}
(
  while true; do
    "${PSQL[@]}" -F ' ' -c "select count(*), count(*) filter (where state = 'active') from pg_stat_activity where datname = 'sandkassen'" \
      postgres >> "$WORK/connections.txt" 2>/dev/null || true
    sleep 2
  done
) &
PIDS+=($!)

# Where the requests wait: six thread dumps of each node, 2 s apart, halfway through the steady
# part (after the warm-up and ramp-up, before the kill), summarised after the run.
(
  sleep $(( $(seconds "$WARM_UP") + $(seconds "$RAMP_UP") + $(seconds "$DURATION") / 2 ))
  for _ in 1 2 3 4 5 6; do
    for node in a b; do
      "${JAVA_HOME:+$JAVA_HOME/bin/}jcmd" "$(cat "$WORK/node-$node.pid")" Thread.print >> "$WORK/threads-$node.txt" 2>/dev/null || true
    done
    sleep 2
  done
) &
PIDS+=($!)

# The whole machine's CPU (every process: nodes, PostgreSQL, nginx, the driver), from /proc/stat.
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
nginx_ticks() {
  local total=0 pid
  for pid in $(pgrep -x nginx); do total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) )); done
  echo "$total"
}
ulimit -n 65536 2>/dev/null || true
PG_BEFORE=$(pg_ticks) WALL_BEFORE=$(date +%s) NGINX_BEFORE=$(nginx_ticks)
read -r BUSY_BEFORE ALL_BEFORE < <(machine_busy)
LIMIT=$(( $(seconds "$WARM_UP") + $(seconds "$RAMP_UP") + $(seconds "$DURATION") + 2 * $(seconds "$WINDOW") + $(seconds "$SETTLE") + DOWN + 420 ))
set +e
timeout "$LIMIT" "$JAVA" -cp "$CLASSPATH_DRIVER" dk.sandkassen.perf.LoadDriver --url "http://localhost:$NGINX_PORT" \
  --management "http://127.0.0.1:$((NODE_B + 1))" --addresses loopback --learners "$LEARNERS" --think "$THINK" \
  --warm-up "$WARM_UP" --ramp-up "$RAMP_UP" --failover-kill "$(cat "$WORK/node-a.pid")" \
  --failover-node "http://127.0.0.1:$((NODE_A + 1))" --failover-node-url "http://127.0.0.1:$NODE_A/robots.txt" --failover-after "$DURATION" --failover-window "$WINDOW" \
  --failover-return-within "$((DOWN + 300))s" --failover-settle "$SETTLE" --max-p95 "$MAX_P95" --max-broken "$MAX_BROKEN" \
  | tee "$WORK/driver.txt"
STATUS=${PIPESTATUS[0]}
set -e
[ "$STATUS" != 124 ] || { echo "FAILED: the driver did not end within $LIMIT s"; STATUS=1; }
PG_TICKS=$(( $(pg_ticks) - PG_BEFORE )) WALL=$(( $(date +%s) - WALL_BEFORE )) NGINX_TICKS=$(( $(nginx_ticks) - NGINX_BEFORE ))
read -r BUSY_AFTER ALL_AFTER < <(machine_busy)

echo
echo "conditions: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '{ if ($1 > max) max = $1; if ($2 > act) act = $2; sum += $2; n++ }
  END { printf "database connections (pg_stat_activity, every 2 s): at most %d open, at most %d active, %.1f active on average\n", max, act, n ? sum / n : 0 }' \
  "$WORK/connections.txt"
awk -v t="$PG_TICKS" -v hz="$(getconf CLK_TCK)" -v w="$WALL" -v n="$(nproc)" \
  'BEGIN { printf "PostgreSQL CPU: %.0f s in %d s = %.2f of %d cores on average\n", t / hz, w, t / hz / w, n }'
awk -v t="$NGINX_TICKS" -v hz="$(getconf CLK_TCK)" -v w="$WALL" -v n="$(nproc)" \
  'BEGIN { printf "nginx CPU: %.0f s in %d s = %.2f of %d cores on average\n", t / hz, w, t / hz / w, n }'
awk -v b=$((BUSY_AFTER - BUSY_BEFORE)) -v a=$((ALL_AFTER - ALL_BEFORE)) -v n="$(nproc)" \
  'BEGIN { printf "the whole machine (everything on it, /proc/stat): %.0f %% busy = %.2f of %d cores\n", 100 * b / a, n * b / a, n }'
for node in a b; do
  echo "node $node's request threads halfway through (6 thread dumps, 2 s apart; state, what they wait on, where):"
  awk -f scripts/thread-waits.awk "$WORK/threads-$node.txt" 2>/dev/null || echo "  (no thread dumps)"
done
echo "requests by the node that answered them (nginx's log; - : nginx itself): $(awk '{print $(NF-1)}' "$NGINX_DIR/access.log" \
  | sort | uniq -c | sort -rn | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $2, $1}')"
exit $STATUS
