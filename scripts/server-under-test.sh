# Sourced by load-test.sh and flood-test.sh (not run by itself): builds the production jar and
# the load driver, starts the server the way a node behind a proxy runs, and reads its CPU time.
# Environment: OWN_TRAP=1 (the caller stops what these functions start; SERVER_PID_FILE: where
# start_server writes the server's pid at once), HEAP, PORT (default 18080), MANAGEMENT_PORT (default PORT+1: the actuator, on
# 127.0.0.1 only, where the server's own figures are read), SERVER_ARGS (more Spring Boot arguments), JAVA_OPTS
# (more JVM options for the server), SKIP_BUILD=1 (use target/sandkassen.jar as it is), JAR (start
# another production jar than target/sandkassen.jar, e.g. a copy of the one before a change).
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
PORT="${PORT:-18080}"
MANAGEMENT_PORT="${MANAGEMENT_PORT:-$((PORT + 1))}"
OPS_URL="http://127.0.0.1:$MANAGEMENT_PORT/actuator/sandkassen"

# The jar as the code is now (-Pproduction builds the frontend bundle, which needs Node 24:
# source <(scripts/install-node24.sh)); SKIP_BUILD=1 keeps the jar there is if it is a
# production build (./mvnw verify leaves a development jar there, which does not start alone).
# The driver (src/load/java) is compiled with the tests and runs on their class path.
build_jar_and_driver() {
  [ -n "${SKIP_BUILD:-}" ] && production_jar || ./mvnw -B -ntp -q -Pproduction -DskipTests package
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
  CLASSPATH_DRIVER="target/test-classes:target/classes:$(cat target/load-classpath.txt)"
}

production_jar() {
  local info
  info=$(unzip -p target/sandkassen.jar META-INF/VAADIN/config/flow-build-info.json 2>/dev/null) \
    && [[ "$info" =~ \"productionMode\"\ *:\ *true ]]
}

# start_server LOG [JVM options...]: the jar with a fixed heap; returns when it is healthy.
# SERVER_CPUS (e.g. 0) pins it to those cores (taskset); NGINX_CPUS pins nginx (default CLIENT_CPUS:
# NGINX_CPUS=0 puts it beside the node, as on a real node's machine); CLIENT_CPUS (e.g. 1) pins nginx and
# the driver, so that the attacker's own CPU does not count against the node.
# The driver connects from loopback, which the server trusts as a proxy: it believes the
# X-Forwarded-For the driver sends (every simulated learner has an address of its own, so the
# limit on new sessions per address sees classes, not one address; a flood can come "from many").
start_server() {
  local log="$1"; shift
  # Started as in production (docs/deploy.md): a server that runs out of memory exits, and the run fails.
  # shellcheck disable=SC2086
  ${SERVER_CPUS:+taskset -c "$SERVER_CPUS"} "$JAVA" -Xms"$HEAP" -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "$@" ${JAVA_OPTS:-} -jar "${JAR:-target/sandkassen.jar}" \
    --server.port="$PORT" --management.server.port="$MANAGEMENT_PORT" --management.server.address=127.0.0.1 \
    --management.endpoints.web.exposure.include=health,sandkassen \
    --server.forward-headers-strategy=native '--server.tomcat.remoteip.internal-proxies=127\.0\.0\.1|0:0:0:0:0:0:0:1' \
    ${SERVER_ARGS:-} > "$log" 2>&1 &
  SERVER=$!
  [ -z "${SERVER_PID_FILE:-}" ] || echo "$SERVER" > "$SERVER_PID_FILE"
  [ -n "${OWN_TRAP:-}" ] || trap 'kill $SERVER 2>/dev/null || true' EXIT
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health" && return 0
    server_alive || { echo "the server did not start, see $log"; exit 1; }
    sleep 0.5
  done
  echo "the server did not become healthy in 2 minutes, see $log"; exit 1
}

# The server's process is there and not a zombie (a JVM that exited, e.g. on OutOfMemoryError).
server_alive() {
  local state
  state=$(ps -o stat= -p "$SERVER" 2>/dev/null) && [ "${state:0:1}" != Z ]
}

# The server's CPU time so far, in clock ticks.
cpu_ticks() { cpu_ticks_of "$SERVER"; }

# print_cpu TICKS SECONDS: the server's share of the machine over that time.
print_cpu() {
  if [ "$2" -gt 0 ] && [ "$1" -gt 0 ]; then
    awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v w="$2" -v n="$(nproc)" \
      'BEGIN { printf "server CPU: %.0f s in %d s = %.2f of %d cores on average (the driver shares the machine)\n", t/hz, w, t/hz/w, n }'
  fi
}

# start_nginx PORT [NODE_PORT...]: Debian's nginx in front of the server (or of the nodes on
# those loopback ports), with the shipped deploy/nginx/sandkassen.conf adapted only by addresses
# and paths (plain HTTP on 127.0.0.1:PORT, the upstream's first lines: these nodes, the busy page
# from deploy/nginx/), as e2e/Nginx.java does for the tests. Its limit on new visitors (per
# connecting address) then works as on the internet; the driver connects from addresses of its
# own in 127.0.0.0/8 (--addresses loopback). The access log names the node that answered, and
# has the refusals too (the shipped file leaves them out: counting them here costs ~0.04 ms each).
start_nginx() {
  local port="$1" dir i=1 node; shift
  local nodes=("$@"); [ ${#nodes[@]} -gt 0 ] || nodes=("$PORT")
  local upstreams=()
  for node in "${nodes[@]}"; do upstreams+=(-e "s|server 10.0.0.1$i:8080|server 127.0.0.1:$node|"); i=$((i + 1)); done
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is not installed (apt-get install -y nginx)"; exit 1; }
  dir=$(mktemp -d /tmp/sandkassen-nginx.XXXXXX)
  sed -e "s|listen 443 ssl;|listen 127.0.0.1:$port;|" -e '/^\s*http2 on;/d' -e '/^\s*ssl_certificate/d' \
      -e "s|^\s*listen 80;|    listen 127.0.0.1:$((port + 1));|" "${upstreams[@]}" -e '/server 10\.0\.0\.1[0-9]:8080/d' \
      -e "s|root /etc/nginx/sandkassen;|root $PWD/deploy/nginx;|" \
      -e "s|^\s*access_log /var/log/nginx/.*|    access_log $dir/access.log node;|" \
      deploy/nginx/sandkassen.conf > "$dir/site.conf"
  cat > "$dir/nginx.conf" <<CONF
worker_processes 1;
worker_rlimit_nofile 16384;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 8192; }
http {
  log_format node '\$remote_addr [\$time_local] "\$request" \$status \$upstream_addr \$request_time';
  access_log $dir/access.log node;
  client_body_temp_path $dir/body; proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fcgi; uwsgi_temp_path $dir/uwsgi; scgi_temp_path $dir/scgi;
  include $dir/site.conf;
}
CONF
  local nginx_cpus="${NGINX_CPUS:-${CLIENT_CPUS:-}}"
  ${nginx_cpus:+taskset -c "$nginx_cpus"} "$(command -v nginx || echo /usr/sbin/nginx)" -c "$dir/nginx.conf" -p "$dir" > "$dir/out.log" 2>&1 &
  NGINX=$!
  NGINX_DIR=$dir
  [ -n "${OWN_TRAP:-}" ] || trap 'kill $SERVER $NGINX 2>/dev/null || true' EXIT
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/robots.txt" && { echo "nginx $(nginx -v 2>&1 | sed 's/.*\///') on 127.0.0.1:$port, logs in $dir"; return 0; }
    sleep 0.2
  done
  echo "nginx did not start, see $dir/error.log"; cat "$dir/out.log"; exit 1
}

# The CPU time so far of process $1 and its children (nginx's workers), in clock ticks.
cpu_ticks_of() {
  local total=0 pid
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null); do
    total=$(( total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
