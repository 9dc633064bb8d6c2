#!/usr/bin/env bash
# Starts N instances (default 2) of this build's server on one PostgreSQL database behind HAProxy.
#
#   ./mvnw -DskipTests package        # once: builds the server (server-config/target/liberty)
#   cluster/start.sh 2                # instances routebook-cluster-1..N, HAProxy in front
#   cluster/stop.sh
#
# HAProxy listens on 127.0.0.1:$CLUSTER_PORT (9280); instance i on $CLUSTER_PORT+i (9281, ...).
# HAProxy sends a request only to an instance whose /health/ready answers 200 (checked every
# second), keeps a signed-in browser on its instance (cookie RBSERVER) and sends it to another
# when that one is down; sessions are stored in the database, so the user goes on there.
# The database comes from DB_HOST, DB_PORT, DB_NAME (routebook_cluster), DB_USER, DB_PASSWORD;
# it must exist and belong to DB_USER. DEMO_DATA=true (the default here) loads the demo users.
# Needs Debian's haproxy (apt-get install haproxy).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-2}
port=${CLUSTER_PORT:-9280}
wlp=$root/server-config/target/liberty/wlp
template=$wlp/usr/servers/routebook-server
state=$root/server-config/target/cluster

if ! [[ $count =~ ^[1-9]$ ]]; then
  echo "usage: $0 [instances 1-9]" >&2
  exit 2
fi
if [ ! -f "$template/apps/routebook.war" ]; then
  echo "no server built: run ./mvnw -DskipTests package first" >&2
  exit 1
fi
if ! command -v haproxy >/dev/null 2>&1; then
  echo "haproxy is not installed (apt-get install haproxy)" >&2
  exit 1
fi
if [ -f "$state/haproxy.pid" ]; then
  echo "a cluster seems to run already (stop it with cluster/stop.sh)" >&2
  exit 1
fi

export DB_KIND=postgresql
export DB_HOST=${DB_HOST:-localhost} DB_PORT=${DB_PORT:-5432} DB_NAME=${DB_NAME:-routebook_cluster}
export DB_USER=${DB_USER:-routebook} DB_PASSWORD=${DB_PASSWORD:-routebook}
export DEMO_DATA=${DEMO_DATA:-true}
export JVM_ARGS=${CLUSTER_JVM_ARGS:--Xmx512m}

mkdir -p "$state"
echo "$count" > "$state/instances"

ready() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$1/health/ready"; }

await_ready() {
  local name=$1 http=$2 deadline=$((SECONDS + ${CLUSTER_START_TIMEOUT:-300}))
  until ready "$http"; do
    if ((SECONDS > deadline)); then
      echo "$name did not become ready on port $http; its log:" >&2
      tail -n 40 "$wlp/usr/servers/$name/logs/messages.log" >&2 || true
      exit 1
    fi
    sleep 1
  done
  echo "$name ready on http://127.0.0.1:$http/"
}

start_instance() {
  local i=$1 name=routebook-cluster-$1
  local dir=$wlp/usr/servers/$name
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -r "$template/server.xml" "$template/db-h2.xml" "$template/db-postgresql.xml" \
    "$template/jdbc" "$template/apps" "$dir/"
  HTTP_PORT=$((port + i)) HTTPS_PORT=$((port + 10 + i)) "$wlp/bin/server" start "$name" >/dev/null
}

# All at once: Flyway takes PostgreSQL's advisory lock, so one instance migrates the schema (and
# loads the demo data, itself a migration) while the others wait for it.
for i in $(seq 1 "$count"); do start_instance "$i"; done
for i in $(seq 1 "$count"); do await_ready "routebook-cluster-$i" $((port + i)); done

{
  cat <<CFG
global
    maxconn 4096

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request is sent again to another instance only when it could not be delivered at all
    # (connection refused): never one an instance may have started to serve.
    retries 2
    option redispatch

frontend routebook
    bind 127.0.0.1:$port
    option forwardfor
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    cookie RBSERVER insert indirect nocache
CFG
  for i in $(seq 1 "$count"); do
    echo "    server routebook-cluster-$i 127.0.0.1:$((port + i)) check cookie i$i"
  done
} > "$state/haproxy.cfg"
haproxy -c -q -f "$state/haproxy.cfg"
haproxy -D -f "$state/haproxy.cfg" -p "$state/haproxy.pid"
until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/health/ready"; do sleep 0.5; done
echo "cluster of $count on http://127.0.0.1:$port/ (database $DB_NAME on $DB_HOST:$DB_PORT)"
